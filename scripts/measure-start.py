#!/usr/bin/env python3
"""Measures how long Balans takes from starting the process to its first
screen drawn with data, and how much memory it then uses.

Usage: scripts/measure-start.py [--ledger FILE] [--floor BARE_BINARY
                                 [--targets START MEMORY]] BINARY [RUNS]

Starts a private Xvfb display (on a number Xvfb picks itself), then runs
BINARY RUNS times (default 10), each with a fresh data folder (empty, or
holding a copy of the ledger FILE, written out to disk before the clock
starts) and BALANS_STARTUP_PROBE set, which makes the app print one line once
its window has drawn the first screen. Time is wall-clock from starting the
process to that line; memory is the summed PSS (proportional set size, so
shared pages are split fairly) of the app and every process it started
(WebKit's web and network processes), read one second after that line. Each
run's processes are killed and gone before the next run starts, so no start
shares the processors with the last one's teardown. With --floor, the bare
Tauri window (benches/bare-window) is measured the same way, interleaved run
by run, and the ratios are printed (the start's also run by run, with how sure
it is); with --targets too, the command fails when a ratio of the medians, as
printed to two decimals, is above its target, or when the 95% interval of the
start's ratio run by run reaches above it: a start that passes only by the
luck of the host's pace does not pass. The first run of each warms the disk
cache and is not counted.
"""

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

READY_LINE = b"balans: window ready"
TIMEOUT_SECONDS = 120
SETTLE_SECONDS = 1.0
RESAMPLES = 2000


def start_display():
    """A private Xvfb on a display number it picks itself (`-displayfd`), so a
    stale lock file left by an X server that was killed never blocks a run."""
    if shutil.which("Xvfb") is None:
        sys.exit("measure-start: Xvfb is not installed (Debian package xvfb); `make deps-test` installs it")
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    number = xvfb.stdout.readline().strip()
    if not number:
        stop_display(xvfb)
        sys.exit("measure-start: Xvfb did not name a display")
    return xvfb, f":{number.decode()}"


def stop_display(xvfb):
    """Ends Xvfb the way that lets it remove its lock file and socket."""
    xvfb.terminate()
    try:
        xvfb.wait(timeout=10)
    except subprocess.TimeoutExpired:
        xvfb.kill()
        xvfb.wait()


def stat_fields(pid):
    """The fields of /proc/PID/stat after the command name (state first, then
    the parent's pid), or None once the process is gone."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


def descendants(root):
    """The process `root` and every process under it."""
    children = {}
    for entry in os.listdir("/proc"):
        fields = stat_fields(entry) if entry.isdigit() else None
        if fields:
            children.setdefault(int(fields[1]), []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def pss_kib(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def running(pid):
    """Whether `pid` still runs (a zombie has already given its memory back)."""
    fields = stat_fields(pid)
    return fields is not None and fields[0] != "Z"


def end(app):
    """Kills the app and every process it started, and waits until they are
    gone: a web process still tearing down would take processor time from
    the next start."""
    pids = descendants(app.pid)
    for pid in reversed(pids):
        try:
            os.kill(pid, 9)
        except OSError:
            pass
    deadline = time.monotonic() + TIMEOUT_SECONDS
    while any(running(pid) for pid in pids if pid != app.pid) and time.monotonic() < deadline:
        time.sleep(0.01)


def one_start(binary, display, ledger, windows=None):
    """Seconds to the first drawn screen, and the summed PSS in KiB. With a
    list for `windows`, the start's (began, drawn) on the monotonic clock is
    added to it."""
    with tempfile.TemporaryDirectory(prefix="balans-start-") as data:
        if ledger:
            shutil.copy(ledger, os.path.join(data, "balans.sqlite3"))
        # A user's ledger has long been written out; without this the kernel
        # would be writing this fresh copy back while the app starts.
        os.sync()
        env = dict(os.environ, DISPLAY=display, BALANS_STARTUP_PROBE="1", BALANS_DATA_DIR=data,
                   DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent/measure-start")
        began = time.monotonic()
        app = subprocess.Popen([binary], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        # An app that never draws, or never prints again, is ended, which ends the reading.
        watchdog = threading.Timer(TIMEOUT_SECONDS, end, [app])
        watchdog.start()
        try:
            for line in app.stdout:
                if line.strip() == READY_LINE:
                    drawn = time.monotonic()
                    elapsed = drawn - began
                    if windows is not None:
                        windows.append((began, drawn))
                    time.sleep(SETTLE_SECONDS)
                    return elapsed, sum(pss_kib(pid) for pid in descendants(app.pid))
            sys.exit(f"measure-start: {binary} never reported a drawn window within {TIMEOUT_SECONDS} s")
        finally:
            watchdog.cancel()
            end(app)
            app.wait()


def summary(name, runs):
    ms = [t * 1000 for t, _ in runs]
    mib = [m / 1024 for _, m in runs]
    print(f"{name}: start median {statistics.median(ms):.0f} ms (fastest {min(ms):.0f}, slowest {max(ms):.0f}); "
          f"memory median {statistics.median(mib):.1f} MiB PSS (least {min(mib):.1f}, most {max(mib):.1f})")
    return statistics.median(ms), statistics.median(mib)


def paired_start_ratio(app_runs, floor_runs):
    """The median of each start's ratio to the bare window's start beside it,
    and a 95% interval for it (from RESAMPLES resamples, seeded, so a rerun
    on the same times prints the same). The host's speed drifts over minutes;
    neighbouring starts share its pace, so this says how sure the ratio is."""
    pairs = [app[0] / floor[0] for app, floor in zip(app_runs, floor_runs)]
    draw = random.Random(0)
    resampled = sorted(statistics.median(draw.choices(pairs, k=len(pairs))) for _ in range(RESAMPLES))
    return statistics.median(pairs), resampled[int(RESAMPLES * 0.025)], resampled[int(RESAMPLES * 0.975) - 1]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ledger", help="a ledger file each run starts with")
    parser.add_argument("--floor", help="the bare Tauri window to compare with")
    parser.add_argument("--targets", nargs=2, type=float, metavar=("START", "MEMORY"),
                        help="the highest ratios to the bare window that pass")
    parser.add_argument("binary")
    parser.add_argument("runs", nargs="?", type=int, default=10)
    args = parser.parse_args()
    if args.targets and not args.floor:
        parser.error("--targets needs --floor: they are ratios to the bare window")
    xvfb, display = start_display()
    measured = {args.binary: []}
    if args.floor:
        measured[args.floor] = []
    try:
        for binary in measured:
            one_start(binary, display, args.ledger)
        for _ in range(args.runs):
            for binary, runs in measured.items():
                runs.append(one_start(binary, display, args.ledger if binary == args.binary else None))
    finally:
        stop_display(xvfb)
    what = f"{args.runs} runs" + (f", ledger {os.path.basename(args.ledger)}" if args.ledger else ", empty ledger")
    print(f"measure-start: {what}")
    app_ms, app_mib = summary(args.binary, measured[args.binary])
    if args.floor:
        floor_ms, floor_mib = summary(args.floor, measured[args.floor])
        ratios = (app_ms / floor_ms, app_mib / floor_mib)
        print(f"ratio to the bare window: start {ratios[0]:.2f}, memory {ratios[1]:.2f}")
        paired, low, high = paired_start_ratio(measured[args.binary], measured[args.floor])
        print(f"start ratio run by run: median {paired:.2f}, 95% interval {low:.2f} to {high:.2f}")
        if args.targets:
            start_target, memory_target = args.targets
            start_within = round(ratios[0], 2) <= start_target and round(high, 2) <= start_target
            within = start_within and round(ratios[1], 2) <= memory_target
            print(f"targets: start at most {start_target} (the run-by-run interval too), "
                  f"memory at most {memory_target}: {'within' if within else 'OVER'}")
            sys.exit(0 if within else 1)


if __name__ == "__main__":
    main()
