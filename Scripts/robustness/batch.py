"""Runs `mandat extract` over files and finds those whose worker crashed or timed out, and where.

Shared by Scripts/realworld and Scripts/mutate. A crash is read from summary.json (error kind
`crashed`, a worker ended by a signal; `timeout`, a worker stopped after --timeout); where it
crashed is found by running the file once more through `mandat worker`, the process extract
reads its files in, and reading the Swift runtime's backtrace: the fatal error's message and the
first frame in Mandat's own sources (its crash site). A timeout's site is the first frame in
Mandat's sources of a stack taken with gdb while the file is still being read, where gdb is
installed.
"""

import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FAILURES = ("crashed", "timeout")


def mandat_binary():
    """The binary to run: $MANDAT when set, else the release build, built when out of date."""
    given = os.environ.get("MANDAT")
    if given:
        return str(Path(given).resolve())
    subprocess.run(["Scripts/setup"], cwd=ROOT, check=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "mandat"], cwd=ROOT, check=True)
    return str(ROOT / ".build/release/mandat")


# The exit statuses of a batch that ran to its end (README, "Exit status"): every file read,
# some unreadable (3), over a limit (5) or crashing its reader (6, told file by file in
# summary.json). Any other status is the main process's own failure.
FINISHED = (0, 3, 5, 6)


def extract(binary, inputs, out, timeout, jobs=None, limit=None):
    """Runs extract over `inputs` into `out` (no cache) and returns (exit status, file reports).

    A status of FINISHED is a finished batch; anything else means the main process itself failed, and
    the reports are those of summary.json when it was written, else none. A run still going
    after `limit` seconds is stopped with its workers and given the status "hung".
    """
    command = [binary, "extract", *map(str, inputs), "--out", str(out), "--no-cache", "--quiet",
               "--timeout", str(timeout)]
    if jobs:
        command += ["--jobs", str(jobs)]
    with tempfile.TemporaryDirectory(prefix="mandat-cache-") as cache:
        run = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env=dict(os.environ, MANDAT_CACHE_DIR=cache), start_new_session=True)
        try:
            status = run.wait(limit)
        except subprocess.TimeoutExpired:
            os.killpg(run.pid, signal.SIGKILL)
            run.wait()
            status = "hung"
    summary = Path(out) / "summary.json"
    reports = json.loads(summary.read_text())["files"] if summary.exists() else []
    return status, reports


FRAME = re.compile(r"0x[0-9a-f]+ (?P<function>.*?) \+ \d+ in (?P<image>\S+)(?: at (?P<file>\S+?):(?P<line>\d+):\d+)?$")


def crash_site(binary, path):
    """(message, site) of the worker's crash on `path`, or why none was seen when run alone."""
    env = dict(os.environ, SWIFT_BACKTRACE="enable=yes,interactive=no,color=no")
    try:
        run = subprocess.run([binary, "worker"], input=json.dumps(str(path)) + "\n", capture_output=True,
                             text=True, errors="replace", env=env, timeout=300, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return "did not end within 300 s when run alone", "-"
    if run.returncode >= 0:
        return f"did not crash when run alone (exit status {run.returncode})", "-"
    lines = run.stderr.splitlines()
    message = next((line.split("Fatal error: ", 1)[1] for line in lines if "Fatal error: " in line), None)
    if message is None:
        crashed = next((line for line in lines if line.startswith("*** Program crashed: ")), None)
        message = crashed[len("*** Program crashed: "):].split(" at 0x")[0] if crashed else f"signal {-run.returncode}"
    frames = [match for match in map(FRAME.search, lines) if match]
    return message, site(frames)


def site(frames):
    """The first frame in Mandat's sources (with the dependency's frame it called, if the crash was
    in one), else the first in a dependency's sources, else the first outside the Swift runtime and
    libc. (The runtime's backtrace stops at C frames: a crash under libc's stdio shows no caller.)"""
    def place(frame):
        return f"{frame['file'].split('/Sources/', 1)[1]}:{frame['line']} {frame['function']}"
    sourced = [frame for frame in frames if frame["file"] and "/Sources/" in frame["file"]]
    own = next((frame for frame in sourced if "/.build/" not in frame["file"]), None)
    if own:
        inner = sourced[0]
        return place(own) + (f" (in {place(inner)})" if inner is not own and "/.build/" in inner["file"] else "")
    if sourced:
        return place(sourced[0])
    for frame in frames:
        if not re.search(r"libswiftCore|libc\.so|libc-|_assertionFailure", frame["image"] + frame["function"]):
            return f"{frame['function']} in {frame['image']}"
    return "-"


def timeout_site(binary, path, seconds):
    """The first frame in Mandat's own sources while `path` is still being read after `seconds`."""
    if not shutil.which("gdb"):
        return "-"
    worker = subprocess.Popen([binary, "worker"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
    try:
        worker.stdin.write(json.dumps(str(path)) + "\n")
        worker.stdin.flush()
        try:
            worker.wait(seconds)
            return "-"
        except subprocess.TimeoutExpired:
            stack = subprocess.run(["gdb", "-p", str(worker.pid), "-batch", "-ex", "bt 60"], capture_output=True,
                                   text=True, errors="replace").stdout
    finally:
        worker.kill()
        worker.wait()
    innermost = None
    for line in stack.splitlines():
        frame = re.match(r"#\d+\s+(?:0x[0-9a-f]+ in )?(\S+) .*?(?: at (\S+):(\d+))?$", line)
        if not frame:
            continue
        innermost = innermost or frame[1]
        if frame[2] and "/Sources/" in frame[2] and "/.build/" not in frame[2]:
            name = subprocess.run(["swift", "demangle", "--simplified", "--compact", frame[1]], capture_output=True,
                                  text=True).stdout.strip()
            return f"{frame[2].split('/Sources/', 1)[1]}:{frame[3]} {name} (inside {innermost})"
    return innermost or "-"


def describe(binary, report, timeout):
    """One line for a crashed or timed-out file: its error kind, path, message and site."""
    if report["error"] == "crashed":
        message, where = crash_site(binary, report["file"])
    else:
        message, where = f"still reading after {timeout} s", timeout_site(binary, report["file"], timeout)
    return {"kind": report["error"], "file": report["file"], "message": message, "site": where}
