#!/usr/bin/env bash
# Times the command line `balans` as a whole process on the heavy ledger
# (5,000 people, 200,000 exchanges; the one `make floor` uses), beside
# ledger and hledger reading the same exchanges from the journal Balans
# exports, and prints them side by side (docs/performance.md, "The command
# line"). hyperfine runs each command without a shell (-N), its output
# discarded, after warm-up runs, so the file cache is warm for all of them.
#
#   scripts/bench-cli.sh            measure and print
#   BENCH_CLI_CHECK=1 scripts/bench-cli.sh
#                                   also fail when a target is missed:
#                                   kinds at most 10 ms, balances at most 40 ms
#                                   (means), and ledger's `bal` at least 50 times
#                                   slower than `balans balances`
#
# BENCH_CLI_RUNS (default 50) and BENCH_CLI_SLOW_RUNS (default 10) set the
# least number of timed runs of balans and of ledger and hledger.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${BENCH_CLI_RUNS:-50}
slow_runs=${BENCH_CLI_SLOW_RUNS:-10}

for tool in hyperfine ledger hledger python3; do
  command -v "$tool" >/dev/null ||
    { echo "bench-cli: $tool is missing; \`scripts/install-deps.sh bench\` installs it" >&2; exit 1; }
done

cargo build --release --locked -p balans-cli
cargo run --release --locked -p balans-core --example heavy_ledger -- target/heavy-ledger.sqlite3
balans=target/release/balans

# The command line opens DIR/balans.sqlite3 (balans_core::store::DATABASE_FILE);
# a copy, so nothing it does touches the ledger `make floor` starts from.
work=target/bench-cli
data=$work/data
rm -rf "$data"
mkdir -p "$data"
cp target/heavy-ledger.sqlite3 "$data/balans.sqlite3"
journal=$work/heavy-ledger.journal
"$balans" --data-dir "$data" export journal "$journal" --replace >/dev/null

# Each command once, checked, before anything is timed: a command that fails
# would otherwise be timed as a quick failure.
for command in "$balans --data-dir $data kinds" "$balans --data-dir $data balances" \
  "ledger -f $journal bal" "hledger -f $journal bal"; do
  $command >"$work/check.out" 2>"$work/check.err" ||
    { echo "bench-cli: \`$command\` failed:" >&2; cat "$work/check.err" >&2; exit 1; }
  [ -s "$work/check.out" ] || { echo "bench-cli: \`$command\` printed nothing" >&2; exit 1; }
done

hyperfine -N --warmup 5 --min-runs "$runs" --export-json "$work/balans.json" \
  -n "balans kinds" "$balans --data-dir $data kinds" \
  -n "balans balances" "$balans --data-dir $data balances"
hyperfine -N --warmup 1 --min-runs "$slow_runs" --export-json "$work/ledgers.json" \
  -n "ledger -f FILE bal" "ledger -f $journal bal" \
  -n "hledger -f FILE bal" "hledger -f $journal bal"

transactions=$(grep -c '^[0-9]' "$journal" || true)
python3 - "$work/balans.json" "$work/ledgers.json" "$journal" "$transactions" <<'PY'
import json, os, subprocess, sys

balans_json, ledgers_json, journal, transactions = sys.argv[1:5]
results = []
for path in (balans_json, ledgers_json):
    with open(path) as f:
        results += json.load(f)["results"]
by_name = {r["command"]: r for r in results}

# Targets from the issue, on the mean.
targets = {"balans kinds": 0.010, "balans balances": 0.040}

def ms(seconds):
    return f"{seconds * 1000:,.1f} ms"

def version(*command):
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=60).stdout
        return out.strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "?"

print()
print(f"bench-cli: the heavy ledger; journal {os.path.getsize(journal) / 2**20:.1f} MiB, "
      f"{int(transactions or 0):,} transactions")
print(f"  {version('target/release/balans', '--version')}; {version('ledger', '--version')}; "
      f"{version('hledger', '--version')}; {version('hyperfine', '--version')}")
print()
print("| command | runs | mean ± σ | median | fastest | slowest | target |")
print("|---|---:|---:|---:|---:|---:|---|")
missed = []
for r in results:
    name = r["command"]
    target = targets.get(name)
    verdict = ""
    if target is not None:
        within = r["mean"] <= target
        verdict = f"≤ {target * 1000:.0f} ms: {'within' if within else 'MISSED'}"
        if not within:
            missed.append(name)
    print(f"| `{name}` | {len(r['times'])} | {ms(r['mean'])} ± {ms(r['stddev'] or 0)} | "
          f"{ms(r['median'])} | {ms(r['min'])} | {ms(r['max'])} | {verdict} |")

balances = by_name["balans balances"]
for other in ("ledger -f FILE bal", "hledger -f FILE bal"):
    r = by_name[other]
    line = (f"{other} / balans balances: {r['mean'] / balances['mean']:.0f}× on the mean, "
            f"{r['median'] / balances['median']:.0f}× on the median")
    if other.startswith("ledger"):
        within = r["mean"] / balances["mean"] >= 50
        line += f" (target ≥ 50×: {'within' if within else 'MISSED'})"
        if not within:
            missed.append("50× ledger")
    print(line)

if missed:
    print(f"targets missed: {', '.join(missed)}")
    if os.environ.get("BENCH_CLI_CHECK") == "1":
        sys.exit(1)
else:
    print("targets: all within")
PY
