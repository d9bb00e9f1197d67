#!/usr/bin/env python3
"""Runs every reliability suite and writes docs/reliability.md: one row per
suite with its rounds, what it checks, and the result of this run, so the
table is never older than the command that made it.

    make reliability              (CRASH_ROUNDS, PROPTEST_CASES, FUZZ_SECONDS,
                                   CONCURRENCY_SCALE and START_RUNS in the
                                   environment make the runs longer)
    scripts/reliability.py --only SUITE [SUITE ...]
                                  runs the named suites alone and replaces
                                  their rows, each marked with the date and
                                  commit it ran on
"""

import datetime
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CRASH_ROUNDS = os.environ.get("CRASH_ROUNDS", "200")
PROPTEST_CASES = os.environ.get("PROPTEST_CASES", "256")
FUZZ_SECONDS = os.environ.get("FUZZ_SECONDS", "20")
START_RUNS = os.environ.get("START_RUNS", "150")
CONCURRENCY_SCALE = os.environ.get("CONCURRENCY_SCALE", "1")

SUITES = [
    {
        "suite": "Crash",
        "rounds": f"{CRASH_ROUNDS} SIGKILLs at random moments",
        "checks": "a writer process prints each exchange id after its commit returns and is killed "
        "with SIGKILL; every printed id is present, `integrity_check` is ok, per-person figures "
        "equal a fresh computation, every note is in the search index once",
        "command": ["cargo", "test", "-p", "balans-core", "--locked", "--test", "crash"],
        "env": {"BALANS_CRASH_ROUNDS": CRASH_ROUNDS},
        "summary": r"^crash: .*",
    },
    {
        "suite": "Concurrency",
        "rounds": f"8 x 250 writes; {200 * int(CONCURRENCY_SCALE)} rounds of 4 to 8 first opens; "
        f"{50 * int(CONCURRENCY_SCALE)} rounds of 4 upgraders per older schema; "
        f"{200 * int(CONCURRENCY_SCALE)} killed upgrades",
        "checks": "real processes on one data folder: 8 processes logging 250 exchanges each, "
        "opening the ledger for each as a command does (0 failed, 0 lost, figures equal a fresh "
        "computation); a write held off past the busy "
        "timeout is the typed `busy` error; 4 to 8 processes opening a folder with no ledger yet "
        "(0 failed, 0 unopenable); 4 processes upgrading a ledger at each older schema (0 failed, "
        "one copy before the upgrade, the data equal to one process's upgrade); SIGKILL during an "
        "upgrade (old or new version, never between, completed on the next open); end to end, the "
        "window writing while 8 command-line processes write 250 exchanges each",
        "command": ["cargo", "test", "-p", "balans-core", "--locked", "--test", "concurrency"],
        # The end-to-end scenario runs the command line beside the window
        # (target/debug/balans), which `cargo test --test e2e` does not build.
        "also": [["cargo", "build", "--locked", "-p", "balans-cli"],
                 ["cargo", "test", "--locked", "--test", "e2e", "--", "many_writers"]],
        "env": {"BALANS_CONCURRENCY_ROUNDS": CONCURRENCY_SCALE},
        "summary": r"^(concurrency: .*|e2e: .*)",
    },
    {
        "suite": "Corruption",
        "rounds": "7 kinds of damage",
        "checks": "an empty file, random bytes, a truncated file, flipped header bytes, flipped page "
        "bytes and a write-ahead log without its database are recognised (at start or by "
        "`quick_check` in the background), moved aside into `damaged/` with every byte intact, and "
        "the newest good backup is offered and restores; a newer ledger is refused and left in "
        "place; the window shows the message and restores (end to end)",
        "command": ["cargo", "test", "--locked", "-p", "balans-core", "--test", "core", "damage"],
        "also": [
            ["cargo", "test", "--locked", "-p", "balans", "--lib", "ledger::state"],
            ["cargo", "test", "--locked", "--test", "e2e", "--", "damaged"],
        ],
        "summary": r"^(test result: .*|e2e: .*)",
    },
    {
        "suite": "Disk full",
        "rounds": "2 (database, export)",
        "checks": "on a small tmpfs the suite mounts: the ledger is written until the disk is full, the "
        "refused write is a clear `disk_full` error and every earlier write is intact after "
        "reopening; an export to a full disk is refused and leaves no file or partial file",
        "command": ["cargo", "test", "-p", "balans-core", "--locked", "--test", "diskfull"],
        "summary": r"^diskfull: .*",
    },
    {
        "suite": "Bad input (properties)",
        "rounds": f"{PROPTEST_CASES} generated sequences of up to 12 commands",
        "checks": "every writing command with hostile text (NUL, right-to-left override, emoji, "
        "control characters, 20,000-character strings), NaN, infinite, negative and huge numbers, "
        "unknown ids: no panic, a typed refusal, and a refused command changes nothing (the whole "
        "ledger exports to the same bytes)",
        "command": ["cargo", "test", "-p", "balans-core", "--locked", "--test", "core", "hostile::"],
        "env": {"PROPTEST_CASES": PROPTEST_CASES},
        "summary": r"^test hostile::.*",
    },
    {
        "suite": "Hostile files in and out",
        "rounds": "4 tests, every way in and out",
        "checks": "hostile values through the JSON backup (merge, replace, preview, command line), the "
        "contacts CSV, vCard, LinkedIn and the command line: refused rows (1e300, 0000-00-00, line "
        "breaks, ids that are markup or SQL, ESC and bidi controls, duplicate ids) change nothing; "
        "allowed markup, separators and formulas, and SQL-made legacy damage, come out escaped: the "
        "HTML report has only its own elements and attributes, vCard and iCalendar read back with "
        "`ical` one per person, hledger reads the journal with only Balans's accounts, CSV cells are "
        "never formulas, terminal output has no control but LF and tab; backups and exports are 0600",
        "command": ["cargo", "test", "-p", "balans-cli", "--locked", "--test", "cli", "hostile::"],
        "summary": r"^(test hostile::.*|hostile: .*)",
    },
    {
        "suite": "Bad input (fuzzing)",
        "rounds": f"{FUZZ_SECONDS} s per importer",
        "checks": "cargo-fuzz (libFuzzer) on the contact CSV, LinkedIn and vCard importers, "
        "seeded with the test fixtures: parsing never panics, importing what parses gives at "
        "worst a typed refusal that changes nothing",
        "command": ["scripts/fuzz.sh", FUZZ_SECONDS],
        "summary": r"^fuzz: .*",
    },
    {
        "suite": "Two instances",
        "rounds": "20 rapid launches, with and without D-Bus",
        "checks": "with D-Bus nineteen launches hand over to the first and exit; without it the lock "
        "file keeps nineteen from ever opening the database (checked in /proc); a second launch "
        "never opens it; the ledger is intact after",
        "command": ["cargo", "test", "--locked", "--test", "desktop", "--", "twenty", "second", "without_dbus"],
        "summary": r"^test .* \.\.\. \w+$|^test result: .*",
    },
    {
        "suite": "Start and memory",
        "rounds": f"{START_RUNS} starts of each, interleaved",
        "checks": "the release build on the 200,000-exchange ledger against a bare Tauri window "
        "(`benches/bare-window`): process start to the first screen drawn with data, and the summed "
        "PSS of the app's processes a second later, medians; at most 1.3 and 1.2 times the bare "
        "window, and the start's 95% interval run by run within 1.3 too (docs/performance.md)",
        "command": ["make", "--no-print-directory", "floor", f"FLOOR_RUNS={START_RUNS}",
                    "FLOOR_TARGETS=--targets 1.3 1.2"],
        "summary": r"^(target/release/\S+: start median .*|ratio to the bare window: .*|start ratio run by run: .*|targets: .*|measure-start: .*)",
    },
]


def run(command, env):
    full_env = dict(os.environ, **env)
    done = subprocess.run(command, cwd=ROOT, env=full_env, capture_output=True, text=True)
    return done.returncode, done.stdout + done.stderr


def run_suite(suite):
    """Runs one suite; returns whether it failed, and its verdict and summary."""
    lines = []
    ok = True
    for command in [suite["command"], *suite.get("also", [])]:
        code, output = run(command, suite.get("env", {}))
        ok = ok and code == 0
        lines += [l.strip() for l in output.splitlines() if re.match(suite["summary"], l.strip())]
    # A check that could not run is not a pass.
    skipped = any("SKIPPED" in line for line in lines)
    verdict = "FAILED" if not ok else ("INCOMPLETE (a check was skipped)" if skipped else "passed")
    said = "; ".join(dict.fromkeys(lines)) or "(no summary printed)"
    print(f"{suite['suite']}: {verdict}: {said}", flush=True)
    return (not ok or skipped), verdict, said


def row(suite, verdict, said, note=""):
    return f"| {suite['suite']} | {suite['rounds']} | {suite['checks']} | **{verdict}**{note}: {said} |"


def rerun_alone(names, commit, today):
    """Replaces the rows of the named suites in docs/reliability.md, in the order of SUITES."""
    chosen = [suite for suite in SUITES if suite["suite"] in names]
    unknown = set(names) - {suite["suite"] for suite in chosen}
    if unknown:
        sys.exit(f"no suite called {', '.join(sorted(unknown))}")
    path = ROOT / "docs" / "reliability.md"
    table = path.read_text().splitlines()
    failed = False
    for suite in chosen:
        suite_failed, verdict, said = run_suite(suite)
        failed = failed or suite_failed
        fresh = row(suite, verdict, said, f" (run alone on {today}, commit {commit})")
        at = [i for i, line in enumerate(table) if line.startswith(f"| {suite['suite']} |")]
        if at:
            table[at[0]] = fresh
        else:
            order = [s["suite"] for s in SUITES]
            later = [i for i, line in enumerate(table)
                     for name in order[order.index(suite["suite"]) + 1:] if line.startswith(f"| {name} |")]
            table.insert(min(later) if later else len(table), fresh)
    path.write_text("\n".join(table) + "\n")
    print("wrote docs/reliability.md")
    sys.exit(1 if failed else 0)


def main():
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    today = datetime.date.today().isoformat()
    if sys.argv[1:2] == ["--only"]:
        rerun_alone(sys.argv[2:], commit, today)
    rows = []
    failed = False
    for suite in SUITES:
        suite_failed, verdict, said = run_suite(suite)
        failed = failed or suite_failed
        rows.append((suite, verdict, said))

    out = [
        "# Reliability",
        "",
        "Users trust Balans with years of notes about the people they work with.",
        "Each suite below tries to lose or damage them; the table is written by",
        "`make reliability` (`scripts/reliability.py`), which runs every suite and",
        "records what it printed. `make test` runs the same suites at the sizes",
        "shown, all but start and memory (`make floor`); `make soak` runs the",
        "crash, concurrency, property and fuzzing suites far longer.",
        "",
        f"Last run: {today}, commit {commit}, on the project's 2-core development VM.",
        "",
        "| suite | rounds | what it checks | result |",
        "|---|---|---|---|",
    ]
    out += [row(suite, verdict, said) for suite, verdict, said in rows]
    out.append("")
    (ROOT / "docs" / "reliability.md").write_text("\n".join(out))
    print("wrote docs/reliability.md")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
