#!/usr/bin/env bash
# Runs each importer's fuzz target (fuzz/) for SECONDS seconds, seeded with
# the importer tests' fixtures. cargo-fuzz drives libFuzzer; on the stable
# toolchain it needs RUSTC_BOOTSTRAP=1 for its coverage flags, and runs
# without a sanitizer (safe Rust needs none to find panics). A crash leaves
# its input in fuzz/artifacts/<target>/ and fails the run.
#
#   scripts/fuzz.sh 20     what `make test` runs
#   scripts/fuzz.sh 600    what `make soak` runs
set -euo pipefail

seconds=${1:-20}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="$root/target/fuzz"
for target in contacts_csv linkedin vcard; do
  corpus="$root/target/fuzz-corpus/$target"
  mkdir -p "$corpus"
  log="$root/target/fuzz-$target.log"
  if cargo fuzz run "$target" --sanitizer none "$corpus" crates/balans-core/tests/fixtures \
      -- -max_total_time="$seconds" >"$log" 2>&1; then
    echo "fuzz: $target ... ok: $(grep -E '^Done [0-9]+ runs' "$log" | tail -1)"
  else
    echo "fuzz: $target ... FAILED (see $log and fuzz/artifacts/$target/)"
    tail -30 "$log"
    exit 1
  fi
done
