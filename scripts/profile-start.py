#!/usr/bin/env python3
"""Where the processor time of a start goes, per process and library, for
Balans against the bare Tauri window: the measure behind start-time work.

Usage: scripts/profile-start.py [--ledger FILE] --floor BARE_BINARY BINARY [RUNS]

Launches each binary RUNS times (default 5), interleaved, exactly as
scripts/measure-start.py does (the ledger goes to BINARY only), while `perf
record` samples every processor on the monotonic clock. Only the samples
between starting a process and its first drawn screen count. Prints, per
thread name and library, the average processor milliseconds of one start for
each binary and the difference, largest first. The app's own main thread is
named after its binary, so both are shown as "main thread".

Needs perf (Debian package linux-perf) and permission to sample the whole
system (root, or kernel.perf_event_paranoid at -1).
"""

import argparse
import collections
import importlib.util
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SAMPLES_PER_SECOND = 1999
ROWS_SHOWN = 20


def measure_start_module():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "measure-start.py")
    spec = importlib.util.spec_from_file_location("measure_start", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cpu_ms_in(recording, window, binary):
    """Processor milliseconds per (thread name, library) in one start's window."""
    began, drawn = window
    report = subprocess.run(
        ["perf", "report", "-i", recording, "--time", f"{began:.6f},{drawn:.6f}", "--sort", "comm,dso",
         "--stdio", "-n", "-g", "none", "--field-separator", "\t"],
        capture_output=True, text=True, check=True).stdout
    main_thread = os.path.basename(binary)[:15]
    found = {}
    for line in report.splitlines():
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 4:
            continue
        _, samples, comm, library = (field.strip() for field in fields[:4])
        comm = "main thread" if comm == main_thread else comm
        found[(comm, library)] = found.get((comm, library), 0) + int(samples) * 1000 / SAMPLES_PER_SECOND
    return found


def average(starts):
    total = collections.Counter()
    for start in starts:
        total.update(start)
    return {key: value / len(starts) for key, value in total.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ledger", help="a ledger file each of BINARY's runs starts with")
    parser.add_argument("--floor", required=True, help="the bare Tauri window to compare with")
    parser.add_argument("binary")
    parser.add_argument("runs", nargs="?", type=int, default=5)
    args = parser.parse_args()
    if shutil.which("perf") is None:
        sys.exit("profile-start: perf is not installed (Debian package linux-perf)")
    measure = measure_start_module()
    xvfb, display = measure.start_display()
    windows = {args.binary: [], args.floor: []}
    with tempfile.TemporaryDirectory(prefix="balans-profile-") as scratch:
        recording = os.path.join(scratch, "perf.data")
        try:
            for binary in windows:
                measure.one_start(binary, display, args.ledger if binary == args.binary else None)
            perf = subprocess.Popen(
                ["perf", "record", "-a", "-F", str(SAMPLES_PER_SECOND), "-k", "CLOCK_MONOTONIC", "-o", recording],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(1)
            if perf.poll() is not None:
                sys.exit("profile-start: perf record stopped at once (is sampling the whole system allowed?)")
            for _ in range(args.runs):
                for binary, seen in windows.items():
                    measure.one_start(binary, display, args.ledger if binary == args.binary else None, seen)
            # Interrupted, perf writes its recording out and ends.
            perf.send_signal(signal.SIGINT)
            perf.wait()
        finally:
            measure.stop_display(xvfb)
        app = average([cpu_ms_in(recording, w, args.binary) for w in windows[args.binary]])
        floor = average([cpu_ms_in(recording, w, args.floor) for w in windows[args.floor]])
    what = f"{args.runs} starts each" + (f", ledger {os.path.basename(args.ledger)}" if args.ledger else "")
    print(f"profile-start: processor ms per start, {what}; idle is the kernel's idle thread (swapper)")
    print("| thread | library | Balans | bare window | difference |")
    print("|---|---|---:|---:|---:|")
    keys = sorted(set(app) | set(floor), key=lambda k: -abs(app.get(k, 0) - floor.get(k, 0)))
    for comm, library in keys[:ROWS_SHOWN]:
        a, f = app.get((comm, library), 0), floor.get((comm, library), 0)
        print(f"| {comm} | {library} | {a:.1f} | {f:.1f} | {a - f:+.1f} |")
    busy = [(sum(v for (c, _), v in side.items() if c != "swapper")) for side in (app, floor)]
    print(f"| all threads | all libraries, idle left out | {busy[0]:.1f} | {busy[1]:.1f} | {busy[0] - busy[1]:+.1f} |")


if __name__ == "__main__":
    main()
