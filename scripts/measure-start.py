#!/usr/bin/env python3
"""Measures how long Balans takes from starting the process to a loaded window.

Usage: scripts/measure-start.py BINARY [RUNS]

Starts a private Xvfb display, then runs BINARY RUNS times (default 10), each
with a fresh, empty data folder and BALANS_STARTUP_PROBE set, which makes the
app print one line when its window has loaded the page and quit. Reports the
median, fastest and slowest wall-clock time to that line. The first run warms
the disk cache and is not counted.
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

READY_LINE = b"balans: window ready"
TIMEOUT_SECONDS = 60


def free_display():
    for number in range(90, 200):
        if not os.path.exists(f"/tmp/.X11-unix/X{number}") and not os.path.exists(f"/tmp/.X{number}-lock"):
            return f":{number}"
    sys.exit("measure-start: no free X display between :90 and :199")


def start_display():
    if shutil.which("Xvfb") is None:
        sys.exit("measure-start: Xvfb is not installed (Debian package xvfb); `make deps-test` installs it")
    display = free_display()
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    socket = f"/tmp/.X11-unix/X{display[1:]}"
    deadline = time.monotonic() + 10
    while not os.path.exists(socket):
        if time.monotonic() > deadline:
            xvfb.kill()
            sys.exit("measure-start: Xvfb did not come up within 10 s")
        time.sleep(0.05)
    return xvfb, display


def one_start(binary, display):
    with tempfile.TemporaryDirectory(prefix="balans-start-") as data:
        env = dict(os.environ, DISPLAY=display, BALANS_STARTUP_PROBE="1", BALANS_DATA_DIR=data)
        began = time.monotonic()
        app = subprocess.Popen([binary], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        try:
            for line in app.stdout:
                if line.strip() == READY_LINE:
                    return time.monotonic() - began
                if time.monotonic() - began > TIMEOUT_SECONDS:
                    break
            sys.exit(f"measure-start: {binary} never reported a loaded window")
        finally:
            app.kill()
            app.wait()


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    binary = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) == 3 else 10
    xvfb, display = start_display()
    try:
        one_start(binary, display)
        times = [one_start(binary, display) for _ in range(runs)]
    finally:
        xvfb.kill()
    ms = [t * 1000 for t in times]
    print(f"start to loaded window, {runs} runs of {binary}: "
          f"median {statistics.median(ms):.0f} ms, fastest {min(ms):.0f} ms, slowest {max(ms):.0f} ms")


if __name__ == "__main__":
    main()
