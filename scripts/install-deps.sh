#!/usr/bin/env bash
# Installs what Balans needs on a Debian or Ubuntu machine, and only what is
# missing, so `make run` and `make test` work on a fresh machine and cost
# nothing on a prepared one.
#
#   scripts/install-deps.sh build   libraries to build and run the app
#   scripts/install-deps.sh test    the above, plus Xvfb, WebKitWebDriver, tauri-driver, D-Bus,
#                                   cargo-fuzz, hledger, faketime, and the npm tools (Biome)
#   scripts/install-deps.sh bundle  the above for build, plus the npm tools (the Tauri CLI)
#   scripts/install-deps.sh bench   the above for build, plus hyperfine, ledger and hledger
#                                   (`make bench-cli`)
set -euo pipefail

purpose=${1:-build}

build_packages=(
  build-essential pkg-config file
  libwebkit2gtk-4.1-dev libssl-dev libxdo-dev librsvg2-dev libayatana-appindicator3-dev
  libclang-dev
)
test_packages=(xvfb webkit2gtk-driver dbus dbus-x11 xauth hledger faketime syncthing xdotool)
bench_packages=(hyperfine ledger hledger python3)

case "$purpose" in
  build|bundle) wanted=("${build_packages[@]}") ;;
  test) wanted=("${build_packages[@]}" "${test_packages[@]}") ;;
  bench) wanted=("${build_packages[@]}" "${bench_packages[@]}") ;;
  *) echo "usage: $0 build|test|bundle|bench" >&2; exit 2 ;;
esac

missing=()
for package in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done

if ((${#missing[@]})); then
  if ! command -v apt-get >/dev/null; then
    echo "Balans needs these system packages, and this machine has no apt-get: ${missing[*]}" >&2
    exit 1
  fi
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
  echo "Installing system packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "${missing[@]}"
fi

cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
if [ "$purpose" = test ] && ! command -v tauri-driver >/dev/null && [ ! -x "$cargo_bin/tauri-driver" ]; then
  echo "Installing tauri-driver"
  cargo install tauri-driver --locked
fi

if [ "$purpose" = test ] && ! command -v cargo-fuzz >/dev/null && [ ! -x "$cargo_bin/cargo-fuzz" ]; then
  echo "Installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi

# The npm tools: the Tauri CLI to bundle, Biome to check the JavaScript. The
# lock names each one's build for every platform, so `npm ci` installs exactly
# the locked versions here and in the release workflow. npm keeps a copy of the
# lock it installed from in node_modules; an older copy means the lock changed.
if { [ "$purpose" = bundle ] || [ "$purpose" = test ]; } &&
  { [ ! -e node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; }; then
  echo "Installing the npm tools"
  npm ci --no-audit --no-fund
fi
