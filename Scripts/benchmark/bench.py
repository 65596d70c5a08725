"""Times Mandat against poppler-glib in C, pdftotext and the Python peers, on the same files.

Run through Scripts/bench, which installs and builds what this needs and passes it here:

    python3 Scripts/benchmark/bench.py --mandat PATH --extractor PATH --python PATH
        [--files 500] [--compiled 300] [--memory-files 1000] [--work .build-bench]

Steps: generate (or reuse) the corpus (Scripts/benchmark/generate.py); read every file once so
that all tools find them in the page cache; fill Mandat's cache once; then run pdftotext, the C
program and Mandat (cold and warm) over the same files, interleaved — a round of one run each,
five rounds for commands under 20 s, so that a slow spell of a shared machine falls on all of
them alike — and the Python peers likewise; each wall-clock timed from outside, under
/usr/bin/time for its peak RSS; the median of a command's runs counts. Then one run of Mandat over
--memory-files files under /usr/bin/time -v for the peak memory. Prints a Markdown report and
writes it to WORK/results.md.

Exit status 0 when every tool ran, whether or not a target was met; 1 when a tool failed
(its command and the end of its stderr are printed).
"""
import argparse
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

REPEAT_UNDER = 20.0  # seconds: a command faster than this is run five times, the median kept
REPEATS = 5
ROW_ORDER = ["pdftotext", "c", "ckept", "cold1", "coldN", "fill", "warm1", "warmN", "pymupdf", "pdfminer", "pdfplumber"]
TARGETS = {
    "c": 0.7,        # mandat 1 worker / the C program
    "cores": 1.8,    # mandat all cores / 1 worker
    "warm": 20.0,    # warm cache / cold, 1 worker
    "plumber": 20.0,  # mandat 1 worker / pdfplumber
    "rss_mb": 200.0,  # peak RSS over --memory-files files
}


class ToolFailed(Exception):
    pass


def shown(path):
    """A path as the report shows it: relative to the repository when inside it."""
    path = os.path.abspath(path)
    relative = os.path.relpath(path, ROOT)
    return path if relative.startswith("..") else relative


def quoted(path):
    return shlex.quote(shown(path))


class Runner:
    def __init__(self, work, log):
        self.work = work
        self.log = log
        self.rss_file = os.path.join(work, "rss.txt")
        self.aside = os.path.join(work, "aside")
        self.set_aside = 0

    def empty(self, folder):
        """Makes folder empty by moving what it holds aside, deleted with the scratch folder after
        the benchmark: on a file system that avoids reusing just-freed inodes (ext4 without a
        journal), files made right after thousands were deleted take several times longer to
        create, and a run would pay for the deletion of the run before."""
        if os.path.exists(folder):
            os.makedirs(self.aside, exist_ok=True)
            self.set_aside += 1
            os.rename(folder, os.path.join(self.aside, str(self.set_aside)))
        os.makedirs(folder)

    def run_once(self, command, fresh=(), check_output=None):
        """Runs command (a shell string, from the repository root) once: (seconds, peak KiB, stdout).

        fresh: folders made empty before the run (outside the timing)."""
        for folder in fresh:
            self.empty(folder)
        stdout_path = os.path.join(self.work, "stdout.txt")
        stderr_path = os.path.join(self.work, "stderr.txt")
        with open(stdout_path, "w") as stdout, open(stderr_path, "w") as stderr:
            start = time.perf_counter()
            status = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", self.rss_file, "bash", "-c", command],
                                    cwd=ROOT, stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr).returncode
            seconds = time.perf_counter() - start
        if status != 0:
            with open(stderr_path, errors="replace") as file:
                tail = file.read()[-3000:]
            raise ToolFailed(f"exit status {status}: {command}\n{tail}")
        with open(self.rss_file) as file:
            peak = int(file.read().split()[-1])
        with open(stdout_path, errors="replace") as file:
            output = file.read()[-10000:]
        if check_output:
            check_output()
        print(f"  {seconds:8.3f} s  {command}", file=self.log, flush=True)
        return seconds, peak, output

    def run_interleaved(self, commands):
        """Runs each command (a dict of run_once's arguments, and repeat=False for one run only)
        once, then those under REPEAT_UNDER round after round, one run of each per round, until
        each has REPEATS: a slow spell of a shared machine then falls on all of them alike. Returns
        (median seconds, peak KiB, stdouts) per command, in order."""
        runs = [[] for _ in commands]

        def once(index):
            options = {key: value for key, value in commands[index].items() if key != "repeat"}
            runs[index].append(self.run_once(**options))

        for index in range(len(commands)):
            once(index)
        for _ in range(REPEATS - 1):
            for index, command in enumerate(commands):
                if command.get("repeat", True) and runs[index][0][0] < REPEAT_UNDER:
                    once(index)
        return [(statistics.median(run[0] for run in done), max(run[1] for run in done), [run[2] for run in done])
                for done in runs]


def mandat_flags(mandat):
    """Which of the flags the benchmark uses `mandat extract --help` lists."""
    text = subprocess.run([mandat, "extract", "--help"], capture_output=True, text=True).stdout
    flags = {flag: re.search(rf"(^|[\s,]){re.escape(flag)}\b", text) is not None
             for flag in ("-j", "--jobs", "--no-cache", "--cache-dir", "--quiet", "--json-log")}
    flags["--json-log"] = flags["--json-log"] and "readMs" in text  # only a log that times the reading helps
    return flags


class TreeMemory(threading.Thread):
    """Samples a process tree's memory while it runs: the largest sum, over the tree, of each
    process's proportional set size (PSS: shared pages divided among the processes sharing them,
    so the sum is what the tree costs the machine) and of its RSS."""

    def __init__(self, pid, interval=0.05):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_pss_kib = self.peak_rss_kib = self.most_processes = 0
        self.stopped = threading.Event()

    def tree(self):
        children = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as file:
                    parent = int(file.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
        found, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            found.append(pid)
            todo += children.get(pid, [])
        return found

    @staticmethod
    def memory(pid):
        """(PSS, RSS) in KiB, from smaps_rollup; (0, 0) for a process that is gone."""
        pss = rss = 0
        try:
            with open(f"/proc/{pid}/smaps_rollup") as file:
                for line in file:
                    if line.startswith("Pss:"):
                        pss = int(line.split()[1])
                    elif line.startswith("Rss:"):
                        rss = int(line.split()[1])
        except (OSError, ValueError):
            pass
        return pss, rss

    def run(self):
        while not self.stopped.is_set():
            pids = self.tree()
            sizes = [self.memory(pid) for pid in pids]
            self.peak_pss_kib = max(self.peak_pss_kib, sum(pss for pss, _ in sizes))
            self.peak_rss_kib = max(self.peak_rss_kib, sum(rss for _, rss in sizes))
            self.most_processes = max(self.most_processes, sum(1 for pss, rss in sizes if rss))
            self.stopped.wait(self.interval)

    def stop(self):
        self.stopped.set()
        self.join()


def count_mandates(out):
    with open(os.path.join(out, "summary.json")) as file:
        summary = json.load(file)
    files = summary["files"]
    return (sum(len(entry.get("mandates", [])) for entry in files),
            sum(1 for entry in files if entry.get("status") == "failed"), len(files))


def environment(arguments):
    def output(command):
        """What command prints (stdout, else stderr), or "" when it fails."""
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.SubprocessError):
            return ""
        return (result.stdout.strip() or result.stderr.strip()) if result.returncode == 0 else ""

    cpu = "?"
    try:
        with open("/proc/cpuinfo") as file:
            cpu = next(line.split(":", 1)[1].strip() for line in file if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    memory = "?"
    try:
        with open("/proc/meminfo") as file:
            memory = f"{int(file.readline().split()[1]) / 1024 ** 2:.0f} GiB"
    except (OSError, ValueError):
        pass
    peers = json.loads(output([arguments.python, os.path.join(HERE, "peers.py"), "--versions"]) or "{}")
    mandat_dir = os.path.dirname(os.path.abspath(arguments.mandat))
    commit = output(["git", "-C", mandat_dir, "rev-parse", "--short", "HEAD"])
    if commit:
        dirty = output(["git", "-C", mandat_dir, "status", "--porcelain", "--untracked-files=no"])
        commit = f" (built from commit {commit}{', with local changes' if dirty else ''})"
    pdftotext = subprocess.run(["pdftotext", "-v"], capture_output=True, text=True).stderr.splitlines()
    return {
        "machine": f"{cpu}, {os.cpu_count()} cores, {memory}, {platform.system()} {platform.release()}",
        "mandat": f"{shown(arguments.mandat)}{commit}",
        "poppler-glib": output(["pkg-config", "--modversion", "poppler-glib"]) or "?",
        "pdftotext": pdftotext[0] if pdftotext else "?",
        "python": output([arguments.python, "-c", "import sys; print(sys.version.split()[0])"]) or "?",
        "peers": ", ".join(f"{name} {version}" for name, version in peers.items()),
    }


def rate(count, seconds):
    return count / seconds if seconds > 0 else float("inf")


def fmt_rate(value):
    return f"{value:,.1f}" if value < 100 else f"{value:,.0f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mandat", required=True)
    parser.add_argument("--extractor", required=True, help="the compiled poppler_extract")
    parser.add_argument("--python", default=sys.executable, help="the Python with the peers installed")
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--compiled", type=int, default=300, help="pages of the compiled PDF")
    parser.add_argument("--memory-files", type=int, default=1000)
    parser.add_argument("--work", default=os.path.join(ROOT, ".build-bench"))
    parser.add_argument("--invocation", default="", help="the command line to name in the report")
    arguments = parser.parse_args()
    log = sys.stderr
    work = os.path.abspath(arguments.work)
    corpus = os.path.join(work, "corpus")
    scratch = os.path.join(work, "scratch")
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    runner = Runner(scratch, log)
    cores = os.cpu_count() or 1

    # The corpus ----------------------------------------------------------------------------------
    generate = [arguments.python, os.path.join(HERE, "generate.py"), corpus]
    made = json.loads(subprocess.run(
        generate + ["--files", str(arguments.files), "--compiled", str(arguments.compiled)],
        check=True, stdout=subprocess.PIPE, text=True).stdout)
    memory_set = made["mandates"]
    if arguments.memory_files != arguments.files:
        memory_set = json.loads(subprocess.run(generate + ["--files", str(arguments.memory_files)], check=True,
                                               stdout=subprocess.PIPE, text=True).stdout)["mandates"]
    sets = [("mandates", made["mandates"]), ("compiled", made["compiled"])]
    for _, info in sets + [("memory", memory_set)]:  # one pass through the page cache
        for name in sorted(os.listdir(info["folder"])):
            with open(os.path.join(info["folder"], name), "rb") as file:
                while file.read(1 << 20):
                    pass

    flags = mandat_flags(arguments.mandat)
    missing = [flag for flag in ("--jobs", "--no-cache", "--cache-dir", "--quiet") if not flags[flag]]
    if missing:
        print(f"note: mandat extract has no {', '.join(missing)}: the rows that need them are not run", file=log)

    mandat = quoted(arguments.mandat)
    python = quoted(arguments.python)
    peers = quoted(os.path.join(HERE, "peers.py"))
    quiet = " --quiet" if flags["--quiet"] else ""
    no_cache = " --no-cache" if flags["--no-cache"] else ""

    def jobs(count):
        if not flags["--jobs"]:
            return ""
        return f" -j {count}" if flags["-j"] else f" --jobs {count}"

    rows = {}  # (set, key) → row
    order = []
    mandate_counts = {}
    try:
        for set_name, info in sets:
            folder = quoted(info["folder"])
            files = f"{folder}/*.pdf"
            out = os.path.join(scratch, "out")
            cache = os.path.join(scratch, f"cache-{set_name}")
            text_out = os.path.join(scratch, "text")
            print(f"{set_name}: {info['files']} files, {info['pages']} pages in {shown(info['folder'])}", file=log)

            def measure(*specs):
                """Times the (key, tool, command, options) together, interleaved, and keeps their rows."""
                results = runner.run_interleaved([dict(command=command, **options) for _, _, command, options in specs])
                for (key, tool, command, _), (seconds, peak, outputs) in zip(specs, results):
                    row = {"set": set_name, "tool": tool, "command": command, "files": info["files"],
                           "pages": info["pages"], "seconds": seconds, "rss_kib": peak}
                    inner = [json.loads(output.strip().splitlines()[-1])["seconds"] for output in outputs
                             if output.strip().startswith("{")]
                    if inner:  # a Python peer: its own seconds, without start-up and import
                        row["inner_seconds"] = statistics.median(inner)
                    rows[(set_name, key)] = row
                    order.append((set_name, key))

            def check_mandates():
                mandate_counts[set_name] = count_mandates(out)

            cold_out = dict(fresh=[out])
            if flags["--cache-dir"]:
                # Filled first, so that the warm runs can be timed together with the cold ones.
                measure(("fill", f"mandat, {cores} workers, filling the cache",
                         f"{mandat} extract {folder} --out {quoted(out)}{jobs(cores)} --cache-dir {quoted(cache)}{quiet}",
                         dict(fresh=[out, cache], repeat=False)))
            together = [
                ("pdftotext", "pdftotext (poppler-utils)",
                 f"for f in {files}; do pdftotext -q \"$f\" {quoted(text_out)}/\"${{f##*/}}\".txt; done",
                 dict(fresh=[text_out])),
                ("c", "poppler-glib in C", f"{quoted(arguments.extractor)} {files}", {}),
                ("ckept", "poppler-glib in C, global state kept", f"{quoted(arguments.extractor)} --keep-state {files}",
                 {}),
                ("cold1", "mandat, 1 worker", f"{mandat} extract {folder} --out {quoted(out)}{jobs(1)}{no_cache}{quiet}",
                 dict(fresh=[out], check_output=check_mandates)),
            ]
            if flags["--jobs"]:
                together.append(("coldN", f"mandat, {cores} workers",
                                 f"{mandat} extract {folder} --out {quoted(out)}{jobs(cores)}{no_cache}{quiet}", cold_out))
            if flags["--cache-dir"]:
                together.append(("warm1", "mandat, 1 worker, warm cache",
                                 f"{mandat} extract {folder} --out {quoted(out)}{jobs(1)} --cache-dir {quoted(cache)}{quiet}",
                                 cold_out))
                if flags["--jobs"]:
                    together.append(("warmN", f"mandat, {cores} workers, warm cache",
                                     f"{mandat} extract {folder} --out {quoted(out)}{jobs(cores)} "
                                     f"--cache-dir {quoted(cache)}{quiet}", cold_out))
            measure(*together)
            measure(("pymupdf", "PyMuPDF, page.get_text()", f"{python} {peers} pymupdf {files}", {}),
                    ("pdfminer", "pdfminer.six, extract_text()", f"{python} {peers} pdfminer {files}", {}),
                    ("pdfplumber", "pdfplumber, page.extract_text()", f"{python} {peers} pdfplumber {files}", {}))

        # Peak memory over the memory set, all cores (the most files in flight at once): the
        # whole process tree's (mandat and its workers), sampled, and the largest single process's.
        out = os.path.join(scratch, "out")
        runner.empty(out)
        memory_command = (f"/usr/bin/time -v {mandat} extract {quoted(memory_set['folder'])} --out {quoted(out)}"
                          f"{jobs(cores)}{no_cache}{quiet}")
        start = time.perf_counter()
        with open(os.path.join(scratch, "time-v.txt"), "w+") as stderr:
            process = subprocess.Popen(["bash", "-c", memory_command], cwd=ROOT, stdin=subprocess.DEVNULL,
                                       stdout=subprocess.DEVNULL, stderr=stderr)
            sampler = TreeMemory(process.pid)
            sampler.start()
            status = process.wait()
            sampler.stop()
            memory_seconds = time.perf_counter() - start
            stderr.seek(0)
            printed = stderr.read()
        if status != 0:
            raise ToolFailed(f"exit status {status}: {memory_command}\n{printed[-3000:]}")
        match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", printed)
        memory = {"largest_rss_kib": int(match.group(1)) if match else None, "tree_pss_kib": sampler.peak_pss_kib,
                  "tree_rss_kib": sampler.peak_rss_kib, "processes": sampler.most_processes,
                  "seconds": memory_seconds, "command": memory_command, "files": memory_set["files"]}
        print(f"  {memory_seconds:8.3f} s  {memory_command}", file=log)

        json_log = None
        if flags["--json-log"]:
            json_log = read_share_from_json_log(arguments.mandat, made["mandates"]["folder"], scratch, flags)
    except ToolFailed as error:
        print(f"\nerror: a tool failed: {error}", file=log)
        return 1

    report = render(rows, order, sets, memory, json_log, mandate_counts, flags, cores, environment(arguments),
                    arguments.invocation)
    print(report)
    with open(os.path.join(work, "results.md"), "w") as file:
        file.write(report)
    print(f"(written to {shown(os.path.join(work, 'results.md'))})", file=log)
    shutil.rmtree(scratch, ignore_errors=True)
    return 0


def read_share_from_json_log(mandat, folder, scratch, flags):
    """The share after reading, from mandat's own per-file log, if it gives readMs and a total."""
    out = os.path.join(scratch, "out-json-log")
    command = [mandat, "extract", folder, "--out", out, "--json-log"]
    if flags["--jobs"]:
        command += ["--jobs", "1"]
    if flags["--no-cache"]:
        command += ["--no-cache"]
    result = subprocess.run(command, capture_output=True, text=True)
    read = total = 0.0
    for line in (result.stdout + "\n" + result.stderr).splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if not isinstance(entry, dict) or "readMs" not in entry:
            continue
        whole = next((entry[key] for key in ("ms", "totalMs", "elapsedMs", "wallMs") if key in entry), None)
        if whole is None:
            continue
        read += float(entry["readMs"])
        total += float(whole)
    return (read, total) if total > 0 else None


def verdict(value, target, lower_is_better=False):
    if value is None:
        return "n/a"
    met = value < target if lower_is_better else value >= target
    return "ok" if met else "MISSED"


def render(rows, order, sets, memory, json_log, mandate_counts, flags, cores, env, invocation):
    lines = ["# Mandat throughput benchmark", ""]
    if invocation:
        lines += [f"`{invocation}`, {time.strftime('%Y-%m-%d %H:%M %Z')}", ""]
    for key, value in env.items():
        lines.append(f"- {key}: {value}")
    lines.append("")
    for set_name, info in sets:
        found = mandate_counts.get(set_name)
        what = (f"{info['files']} mandate PDFs of 2–4 pages ({info['pages']} pages)" if set_name == "mandates"
                else f"one compiled PDF of {info['pages']} pages ({info.get('mandates')} mandates set back to back)")
        lines.append(f"## {what}")
        lines.append("")
        if found:
            lines.append(f"Mandat found {found[0]} of the {info.get('mandates', '?')} mandates set in "
                         + (f"these {found[2]} files" if found[2] != 1 else "this file") + f"; {found[1]} failed.")
            lines.append("")
        lines.append("| tool | command | files | pages | seconds | docs/s | pages/s | × pdftotext "
                     "| peak RSS, largest process |")
        lines.append("|---|---|--:|--:|--:|--:|--:|--:|--:|")
        base = rows.get((set_name, "pdftotext"))
        for key in sorted((key for name, key in order if name == set_name), key=ROW_ORDER.index):
            row = rows[(set_name, key)]
            docs = rate(row["files"], row["seconds"])
            ratio = row_ratio(row, base)
            lines.append(f"| {row['tool']} | `{row['command']}` | {row['files']} | {row['pages']} | "
                         f"{row['seconds']:.2f} | {fmt_rate(docs)} | {fmt_rate(rate(row['pages'], row['seconds']))} | "
                         f"{ratio:.2f} | {row['rss_kib'] / 1024:.0f} MiB |")
        lines.append("")
        inner = [(rows[(name, key)]["tool"].split(",")[0], rows[(name, key)]) for name, key in order
                 if name == set_name and "inner_seconds" in rows[(name, key)]]
        if inner:
            lines.append("Without the interpreter's start-up and the import: " + ", ".join(
                f"{tool} {row['inner_seconds']:.2f} s, {fmt_rate(rate(row['files'], row['inner_seconds']))} docs/s"
                for tool, row in inner) + ".")
            lines.append("")

    def throughput(key, set_name="mandates"):
        row = rows.get((set_name, key))
        return rate(row["files"], row["seconds"]) if row else None

    def ratio(a, b, set_name="mandates"):
        x, y = throughput(a, set_name), throughput(b, set_name)
        return x / y if x is not None and y else None

    lines.append("## Targets (the mandate PDFs)")
    lines.append("")
    checks = [
        ("mandat 1 worker / poppler-glib in C", ratio("cold1", "c"), TARGETS["c"], "≥"),
        (f"mandat {cores} workers / 1 worker", ratio("coldN", "cold1"), TARGETS["cores"], "≥"),
        ("warm cache / cold, 1 worker", ratio("warm1", "cold1"), TARGETS["warm"], "≥"),
        (f"warm cache / cold, {cores} workers", ratio("warmN", "coldN"), TARGETS["warm"], "≥"),
        ("mandat 1 worker / pdfplumber", ratio("cold1", "pdfplumber"), TARGETS["plumber"], "≥"),
    ]
    for label, value, target, sign in checks:
        shown_value = "not run" if value is None else f"{value:.2f}"
        lines.append(f"- {label}: {shown_value} (target {sign} {target:g}): {verdict(value, target)}")
    kept = ratio("cold1", "ckept")
    if kept is not None:
        lines.append(f"- mandat 1 worker / poppler-glib in C with its global state kept, as Mandat's reader keeps "
                     f"it: {kept:.2f} (the same comparison without the saving both make on poppler's start-up "
                     f"per file; not a target)")
    def megabytes(kib):
        return kib * 1024 / 1e6 if kib else None

    tree = megabytes(memory["tree_pss_kib"])
    largest = megabytes(memory["largest_rss_kib"])
    lines.append(f"- peak memory of mandat over {memory['files']} files"
                 + (f", {cores} workers" if flags["--jobs"] else "") + ": "
                 + (f"{tree:.0f} MB" if tree else "unknown")
                 + f" (target < {TARGETS['rss_mb']:g} MB): {verdict(tree, TARGETS['rss_mb'], True)} — the sum of "
                 f"PSS over its {memory['processes']} processes at their peak (RSS summed: "
                 f"{megabytes(memory['tree_rss_kib']) or 0:.0f} MB; largest single process: "
                 + (f"{largest:.0f} MB" if largest else "unknown")
                 + f"); `{memory['command']}`, {memory['seconds']:.1f} s")
    shares = []
    for set_name, label in (("mandates", "mandate PDFs"), ("compiled", "compiled PDF")):
        mandat_row, c_row = rows.get((set_name, "cold1")), rows.get((set_name, "ckept"))
        if mandat_row and c_row:
            shares.append(f"{(mandat_row['seconds'] - c_row['seconds']) / mandat_row['seconds']:.0%} ({label})")
    if shares:
        lines.append(f"- share of time after text extraction: {', '.join(shares)} — estimated as (mandat 1 worker "
                     f"− poppler-glib in C with its state kept) / mandat 1 worker, so it holds layout, detection, "
                     f"parsing, the "
                     f"consistency check, JSON export and the process's start-up")
    if json_log:
        read, total = json_log
        lines.append(f"- share of time after reading, from `mandat extract --json-log` (readMs against the "
                     f"per-file total): {(total - read) / total:.0%}")
    lines.append("")
    lines.append("docs/s and pages/s are files and pages over wall-clock seconds of the whole command (process "
                 "start-up included), the median of five runs for commands under 20 s. × pdftotext is docs/s "
                 "over pdftotext's docs/s on the same files. Peak RSS is the resident set of the command's "
                 "largest process (/usr/bin/time; mandat's workers are processes of their own, so the memory "
                 "target is checked on the sum over the process tree above). MB is 10^6 bytes, MiB 2^20.")
    return "\n".join(lines) + "\n"


def row_ratio(row, base):
    if not base:
        return float("nan")
    return rate(row["files"], row["seconds"]) / rate(base["files"], base["seconds"])


if __name__ == "__main__":
    sys.exit(main())
