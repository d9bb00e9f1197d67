#!/usr/bin/env bash
# Makes ui/fonts/ from Inter's published release (the npm package inter-ui):
# the regular, bold and italic faces, cut down to the letters of the Latin,
# Greek and Cyrillic scripts (Vietnamese included) and the punctuation,
# currency signs, arrows and maths the window writes, with the default
# OpenType features and tabular figures, as TrueType. WOFF2 would be smaller
# on disk but is decoded at every start; the binary compresses its assets
# anyway. Needs npm and Python with venv (Debian: python3-venv); not part of
# the build, the fonts are kept in the repository. The tools are pinned, so
# the same release gives the same files.
set -euo pipefail

VERSION=4.1.1
RANGES="U+0000-024F,U+0259,U+02B0-036F,U+0370-03FF,U+0400-04FF,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2200-22FF,U+FEFF,U+FFFD"

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "inter-ui@$VERSION" >/dev/null && tar xzf "inter-ui-$VERSION.tgz")
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet fonttools==4.68.0 brotli==1.2.1

# An empty --flavor writes TrueType; without it the WOFF2 input's flavour is kept.
for face in Regular Bold Italic; do
  "$work/venv/bin/pyftsubset" "$work/package/web/Inter-$face.woff2" \
    --unicodes="$RANGES" --layout-features+=tnum \
    --name-IDs='*' --name-languages='*' --notdef-outline \
    --flavor= --output-file="$root/ui/fonts/Inter-$face.ttf"
done
cp "$work/package/LICENSE.txt" "$root/ui/fonts/OFL.txt"
ls -l "$root/ui/fonts"
