#!/usr/bin/env python3
"""Measures how long the system-wide shortcut takes to bring up the quick
log with Balans in the tray: from the key press to the dialog drawn and
ready for typing.

Usage: scripts/measure-shortcut.py [--ledger FILE] [--target MS] BINARY [RUNS]

Starts a private Xvfb display, then BINARY once, started in the tray
(`--in-tray`, window hidden) on a fresh data folder (empty, or holding a
copy of the ledger FILE) with BALANS_STARTUP_PROBE set, which makes it
print a line each time the quick log brought up from outside is drawn. Each
run hides the window again (unmapped, as the tray hides it), waits half a
second, presses Ctrl+Alt+B with xdotool and times from just before the press
to that line, so the time includes xdotool sending the key; then Escape
closes the dialog. The first press, which also waits for the shortcut to be
registered and draws the window for the first time, is not counted. With
--target, the command fails when the median is above MS milliseconds.
"""

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import queue

QUICK_LOG_LINE = b"balans: quick log ready"
FIRST_PRESS_SECONDS = 60
PRESS_SECONDS = 10

_spec = importlib.util.spec_from_file_location(
    "measure_start", os.path.join(os.path.dirname(os.path.abspath(__file__)), "measure-start.py"))
measure_start = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(measure_start)


def xdotool(display, *args):
    subprocess.run(["xdotool", *args], env=dict(os.environ, DISPLAY=display), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def press(display):
    xdotool(display, "key", "--clearmodifiers", "ctrl+alt+b")


def hide_window(display):
    """Unmaps Balans's window, as closing it to the tray does."""
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Balans$"],
                           env=dict(os.environ, DISPLAY=display), capture_output=True, text=True)
    for window in found.stdout.split():
        xdotool(display, "windowunmap", "--sync", window)


def lines_of(app):
    """The app's output lines, each with the moment it arrived."""
    arrived = queue.Queue()

    def read():
        for line in app.stdout:
            arrived.put((time.monotonic(), line.strip()))
    threading.Thread(target=read, daemon=True).start()
    return arrived


def next_ready(arrived, seconds):
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        try:
            at, line = arrived.get(timeout=left)
        except queue.Empty:
            break
        if line == QUICK_LOG_LINE:
            return at
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ledger", help="a ledger file Balans starts with")
    parser.add_argument("--target", type=float, help="the highest median in milliseconds that passes")
    parser.add_argument("binary")
    parser.add_argument("runs", nargs="?", type=int, default=20)
    args = parser.parse_args()
    if shutil.which("xdotool") is None:
        sys.exit("measure-shortcut: xdotool is not installed (Debian package xdotool); `make deps-test` installs it")
    xvfb, display = measure_start.start_display()
    times = []
    with tempfile.TemporaryDirectory(prefix="balans-shortcut-") as home:
        data = os.path.join(home, "data")
        os.mkdir(data)
        if args.ledger:
            shutil.copy(args.ledger, os.path.join(data, "balans.sqlite3"))
        env = dict(os.environ, DISPLAY=display, BALANS_STARTUP_PROBE="1", HOME=home,
                   XDG_CONFIG_HOME=os.path.join(home, "config"),
                   DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent/measure-shortcut")
        app = subprocess.Popen([args.binary, "--in-tray", "--data-dir", data], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        try:
            arrived = lines_of(app)
            # The shortcut is registered a moment after the start: pressed until it answers.
            deadline = time.monotonic() + FIRST_PRESS_SECONDS
            while next_ready(arrived, 0) is None:
                if time.monotonic() > deadline:
                    sys.exit(f"measure-shortcut: no quick log within {FIRST_PRESS_SECONDS} s of pressing")
                press(display)
                if next_ready(arrived, 1.0) is not None:
                    break
            for run in range(args.runs):
                xdotool(display, "key", "Escape")
                hide_window(display)
                time.sleep(0.5)
                pressed = time.monotonic()
                press(display)
                ready = next_ready(arrived, PRESS_SECONDS)
                if ready is None:
                    sys.exit(f"measure-shortcut: run {run + 1}: no quick log within {PRESS_SECONDS} s")
                times.append((ready - pressed) * 1000)
        finally:
            measure_start.end(app)
            app.wait()
            measure_start.stop_display(xvfb)
    median = statistics.median(times)
    what = f"ledger {os.path.basename(args.ledger)}" if args.ledger else "empty ledger"
    print(f"shortcut to quick log ready, {args.runs} presses, {what}: median {median:.0f} ms "
          f"(fastest {min(times):.0f}, slowest {max(times):.0f})")
    if args.target is not None and median > args.target:
        sys.exit(f"measure-shortcut: the median {median:.0f} ms is above the target of {args.target:.0f} ms")


if __name__ == "__main__":
    main()
