#!/usr/bin/env bash
# Installs the .deb that `make bundle` built, checks what the package put on
# the system, drives the installed binary through the end-to-end harness, and
# removes the package again, also when a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."

deb=$(ls -t target/release/bundle/deb/*.deb 2>/dev/null | head -n 1 || true)
if [ -z "$deb" ]; then
  echo "No .deb found under target/release/bundle/deb; run \`make bundle\` first." >&2
  exit 1
fi
package=$(dpkg-deb -f "$deb" Package)
sudo=()
if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi

remove() { "${sudo[@]}" apt-get remove -y -q "$package" >/dev/null || true; }
trap remove EXIT

echo "Installing $deb ($package)"
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "./$deb"

fail() { echo "install test: $*" >&2; exit 1; }
binary=$(command -v balans) || fail "balans is not on the PATH after installing"
desktop=$(dpkg -L "$package" | grep '\.desktop$' | head -n 1)
[ -n "$desktop" ] || fail "the package has no desktop entry"
grep -q '^Categories=.*Office' "$desktop" || fail "$desktop is not in the Office category"
grep -q '^Name=Balans' "$desktop" || fail "$desktop is not named Balans"
dpkg -L "$package" | grep -q 'icons/hicolor/.*/apps/' || fail "the package installs no icon"
cmp -s /usr/share/doc/balans/OFL-Inter.txt ui/fonts/OFL.txt || fail "the package does not carry the font's licence"
echo "Installed $binary with $desktop"

data=$(mktemp -d)
balans --data-dir "$data" people add "Installed Check" >/dev/null
balans --data-dir "$data" people list | grep -q "Installed Check" || fail "the installed command line did not list the person it added"

BALANS_E2E_APP="$binary" cargo test --locked --test e2e -- person_and_exchange_survive_a_restart
echo "install test: passed"
