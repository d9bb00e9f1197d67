#!/usr/bin/env bash
# Builds the command line `balans` (crates/balans-cli) in release and writes
# what the .deb and .rpm install beside the window into target/cli-extras/:
#
#   balans        the command line, /usr/bin/balans
#   balans.bash   bash completion, /usr/share/bash-completion/completions/balans
#   _balans       zsh completion, /usr/share/zsh/vendor-completions/_balans (Debian's
#                 place; /usr/share/zsh/site-functions/_balans in the .rpm, Fedora's)
#   balans.fish   fish completion, /usr/share/fish/vendor_completions.d/balans.fish
#   man1/         the man pages: balans(1) and one per command (balans-log(1), ...),
#                 gzipped, into /usr/share/man/man1/
#
# The completions and the man pages are written by the binary itself
# (`balans completions SHELL`, `balans manual FOLDER`), from the same
# definitions its parser reads. `tauri build` runs this before it bundles (build.beforeBundleCommand
# in tauri.linux.conf.json); bundle.linux.deb.files and bundle.linux.rpm.files in
# tauri.conf.json name these files.
set -euo pipefail
cd "$(dirname "$0")/.."

# `tauri build --target TRIPLE` tells its hooks the triple; build the command
# line for the same machine as the window. Only a triple other than the host's
# is passed on, so a native build shares target/release with everything else.
target_args=()
host=$(rustc -vV | sed -n 's/^host: //p')
if [ -n "${TAURI_ENV_TARGET_TRIPLE:-}" ] && [ "$TAURI_ENV_TARGET_TRIPLE" != "$host" ]; then
  target_args=(--target "$TAURI_ENV_TARGET_TRIPLE")
fi

cargo build --release --locked -p balans-cli "${target_args[@]}"

# Where cargo put it: CARGO_TARGET_DIR and .cargo/config are honoured by asking cargo.
target_dir=$(cargo metadata --format-version 1 --no-deps --locked |
  sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
[ -n "$target_dir" ] || { echo "cli-extras: cargo metadata named no target directory" >&2; exit 1; }
if ((${#target_args[@]})); then
  built="$target_dir/$TAURI_ENV_TARGET_TRIPLE/release/balans"
else
  built="$target_dir/release/balans"
fi
[ -x "$built" ] || { echo "cli-extras: no command line at $built after building it" >&2; exit 1; }

# Always here, whatever the target directory: tauri.conf.json names these paths.
out=target/cli-extras
mkdir -p "$out"
work=$(mktemp -d "$out/.new.XXXXXX")
trap 'rm -rf "$work"' EXIT

install -m 0755 "$built" "$work/balans"

# The completions and the page are made by the host's copy when the target's
# cannot run here (a cross build); they do not depend on the machine.
runner="$work/balans"
if ! "$runner" --version >/dev/null 2>&1; then
  cargo build --release --locked -p balans-cli
  runner="$target_dir/release/balans"
fi

version=$("$runner" --version)
"$runner" completions bash >"$work/balans.bash"
"$runner" completions zsh >"$work/_balans"
"$runner" completions fish >"$work/balans.fish"
"$runner" manual "$work/man1" >/dev/null
[ -f "$work/man1/balans.1" ] || { echo "cli-extras: \`balans manual\` wrote no balans.1" >&2; exit 1; }
for page in "$work"/man1/*.1; do
  grep -q '^\.TH' "$page" || { echo "cli-extras: $page is not a man page" >&2; exit 1; }
  # -n leaves out the name and time stamp, so the same page gives the same bytes.
  gzip -n -9 "$page"
  chmod 0644 "$page.gz"
done

for file in balans.bash _balans balans.fish; do
  [ -s "$work/$file" ] || { echo "cli-extras: \`balans completions\` wrote nothing for $file" >&2; exit 1; }
  chmod 0644 "$work/$file"
done

for file in balans balans.bash _balans balans.fish; do
  mv -f "$work/$file" "$out/$file"
done
# A whole new folder of pages, so a page of a command that is gone goes too.
rm -rf "$out/man1"
mv "$work/man1" "$out/man1"
echo "cli-extras: $version, its completions and $(ls "$out/man1" | wc -l) man pages are in $out/"
