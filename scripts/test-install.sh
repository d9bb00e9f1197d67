#!/usr/bin/env bash
# Installs the .deb that `make bundle` built, checks what the package put on
# the system (the window balans-desktop and its menu entry, the command line
# balans with its completions and man page), drives the installed window
# through the end-to-end harness, and removes the package again, also when a
# check fails.
set -euo pipefail
cd "$(dirname "$0")/.."

deb=$(ls -t target/release/bundle/deb/*.deb 2>/dev/null | head -n 1 || true)
if [ -z "$deb" ]; then
  echo "No .deb found under target/release/bundle/deb; run \`make bundle\` first." >&2
  exit 1
fi
package=$(dpkg-deb -f "$deb" Package)
version=$(dpkg-deb -f "$deb" Version)
sudo=()
if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi

data=$(mktemp -d)
xvfb=
window_pid=
cleanup() {
  if [ -n "$window_pid" ]; then kill -KILL -- "-$window_pid" 2>/dev/null || true; fi
  if [ -n "$xvfb" ]; then kill "$xvfb" 2>/dev/null || true; fi
  "${sudo[@]}" apt-get remove -y -q "$package" >/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT

echo "Installing $deb ($package $version)"
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "./$deb"

fail() { echo "install test: $*" >&2; exit 1; }
installed=$(dpkg -L "$package")
ships() { grep -qx "$1" <<<"$installed"; }

# The window, and the menu entry that starts it.
window=/usr/bin/balans-desktop
ships "$window" && [ -x "$window" ] || fail "the package does not install the window as $window"
desktop=$(grep '\.desktop$' <<<"$installed" | head -n 1)
[ -n "$desktop" ] || fail "the package has no desktop entry"
grep -q '^Categories=.*Office' "$desktop" || fail "$desktop is not in the Office category"
grep -q '^Name=Balans' "$desktop" || fail "$desktop is not named Balans"
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -n 1)
read -r exec_program _ <<<"$exec_line"
exec_path=$(command -v "$exec_program") || fail "the desktop entry's Exec ($exec_line) is not on the PATH"
[ "$(readlink -f "$exec_path")" = "$window" ] ||
  fail "the desktop entry starts $exec_path ($exec_line), not the window $window"
grep -q 'icons/hicolor/.*/apps/' <<<"$installed" || fail "the package installs no icon"
cmp -s /usr/share/doc/balans/OFL-Inter.txt ui/fonts/OFL.txt || fail "the package does not carry the font's licence"
echo "Installed the window $window, started by $desktop (Exec=$exec_line)"

# The command line: on the PATH, no window toolkit in its libraries, and
# working without a display.
binary=$(command -v balans) || fail "balans is not on the PATH after installing"
[ "$(readlink -f "$binary")" = /usr/bin/balans ] || fail "balans on the PATH is $binary, not /usr/bin/balans"
ships /usr/bin/balans || fail "/usr/bin/balans is not the package's"
toolkit=$(ldd /usr/bin/balans | grep -Ei 'gtk|gdk|webkit|javascriptcore|soup|cairo|pango|ayatana' || true)
[ -z "$toolkit" ] || fail "the command line links a window toolkit:"$'\n'"$toolkit"
without_display=(env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS)
reported=$("${without_display[@]}" balans --version) || fail "\`balans --version\` failed without a display"
grep -qF "$version" <<<"$reported" || fail "\`balans --version\` says \"$reported\", the package is $version"
"${without_display[@]}" balans --data-dir "$data" kinds >"$data/kinds.out" ||
  fail "\`balans kinds\` failed without a display"
[ -s "$data/kinds.out" ] || fail "\`balans kinds\` printed nothing"
"${without_display[@]}" balans --data-dir "$data" people add "Installed Check" >/dev/null
"${without_display[@]}" balans --data-dir "$data" people list | grep -q "Installed Check" ||
  fail "the installed command line did not list the person it added"
echo "Installed the command line $binary ($reported): no window toolkit linked, works without a display"

# Its man page and completions.
page=/usr/share/man/man1/balans.1.gz
ships "$page" || fail "the package has no man page $page"
if dpkg-query -W -f='${Status}' man-db 2>/dev/null | grep -q 'install ok installed'; then
  found=$(man -w balans) || fail "\`man -w balans\` finds no page"
  [ "$found" = "$page" ] || fail "\`man -w balans\` finds $found, not $page"
fi
[ -f "$page" ] && grep -q '^\.TH' <(zcat "$page") || fail "$page is not a man page"
for completion in /usr/share/bash-completion/completions/balans \
  /usr/share/zsh/vendor-completions/_balans /usr/share/fish/vendor_completions.d/balans.fish; do
  ships "$completion" && [ -s "$completion" ] || fail "the package has no completion $completion"
done
bash -c 'source /usr/share/bash-completion/completions/balans && complete -p balans' >/dev/null ||
  fail "the bash completion does not register for balans"
if command -v zsh >/dev/null; then
  zsh -n /usr/share/zsh/vendor-completions/_balans || fail "the zsh completion does not parse"
fi
if command -v fish >/dev/null; then
  fish -n /usr/share/fish/vendor_completions.d/balans.fish || fail "the fish completion does not parse"
fi
echo "Installed $page and the bash, zsh and fish completions"

# `balans` with no command hands over to the window beside it: on a private
# Xvfb, it must draw its first screen (BALANS_STARTUP_PROBE makes the window
# print one line once it has).
command -v Xvfb >/dev/null || fail "Xvfb is not installed (Debian package xvfb); \`make deps-test\` installs it"
exec 3< <(Xvfb -displayfd 1 -screen 0 1280x900x24 -nolisten tcp 2>/dev/null)
xvfb=$!
read -r -t 30 number <&3 || fail "Xvfb did not name a display"
# In a group of its own (this shell has no job control, so setsid does not
# fork): the window and its WebKit processes end together.
DISPLAY=":$number" BALANS_STARTUP_PROBE=1 DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/test-install \
  setsid balans --data-dir "$data/window" >"$data/window.out" 2>"$data/window.err" &
window_pid=$!
drawn=
for _ in $(seq 1200); do
  if grep -q '^balans: window ready' "$data/window.out"; then drawn=yes; break; fi
  kill -0 "$window_pid" 2>/dev/null || break
  sleep 0.1
done
window_program=$(readlink "/proc/$window_pid/exe" 2>/dev/null || true)
kill -KILL -- "-$window_pid" 2>/dev/null || true
wait "$window_pid" 2>/dev/null || true
window_pid=
kill "$xvfb" 2>/dev/null || true
xvfb=
exec 3<&-
[ -n "$drawn" ] || fail "\`balans\` with no command drew no window:"$'\n'"$(cat "$data/window.err")"
[ "$window_program" = "$window" ] || fail "\`balans\` with no command ran ${window_program:-?}, not $window"
echo "\`balans\` with no command opened the window ($window_program)"

# The installed window, driven end to end: the binary the menu entry starts.
# --workspace keeps the features `make test` built with, so nothing builds twice.
BALANS_E2E_APP="$exec_path" cargo test --workspace --locked --test e2e -- person_and_exchange_survive_a_restart
echo "install test: passed"
