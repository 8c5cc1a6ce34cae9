"""`python -m benchmarks [NAME ...]`: run every benchmarks/bench_*.py and print one table.

Each benchmark runs as its own process (a fresh interpreter, its own memory figures),
with a time limit. Figures are read from lines of the form

    FIGURE <name> <value> <unit> target <target>

where <target> is "<=1.5", ">=100" or "-". From benchmarks that print none of those
lines, figures are read from lines like "layout from scratch: 139.6 ms" or
"10,000 events -> PNG: 373 ms (target < 1000 ms)" (the label before the first colon,
under the latest "== section" heading; the number with the target's unit if a
target is given). Their output is also shown after the table, as written.
The table is Markdown, ready for the README, headed by the machine it ran on.

Options: NAME selects benchmarks by name ("project" or "bench_project"); --timeout
sets each one's limit in seconds; --list shows what would run; -o FILE also writes
the report to FILE.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
FIGURE = re.compile(r"^FIGURE\s+(\S+)\s+(\S+)\s+(\S+)\s+target\s+(\S+)\s*$")
_LABELLED = re.compile(r"^\s*(?P<label>[^:=]{3,90}?)\s*:\s+(?P<rest>.*)$")
_NUMBER = re.compile(r"(?<![\w.])(?P<value>\d[\d,]*(?:\.\d+)?)\s?(?P<unit>ms|s|MB|GB|x|chars/s)(?![\w/])")
_TARGET = re.compile(r"\(target\s*(?P<op>[<>]=?)\s*(?P<bound>[\d.,]+)\s*(?P<unit>ms|s|MB|GB|x)?\)")


@dataclass(slots=True)
class Figure:
    name: str
    value: str
    unit: str
    target: str

    def met(self) -> str:
        """ "yes"/"no" against a "<=x" or ">=x" target, "" when there is none to check."""
        m = re.fullmatch(r"(<=|>=|<|>)([0-9.eE+-]+)", self.target)
        if not m:
            return ""
        try:
            value, bound = float(self.value), float(m.group(2))
        except ValueError:
            return ""
        ok = {"<=": value <= bound, ">=": value >= bound, "<": value < bound, ">": value > bound}[m.group(1)]
        return "yes" if ok else "no"


@dataclass(slots=True)
class Run:
    name: str
    status: str = "not run"
    seconds: float = 0.0
    figures: list[Figure] = field(default_factory=list)
    other_output: list[str] = field(default_factory=list)
    from_text: bool = False  # figures read from free-form output, not FIGURE lines


def figures_from_text(lines: list[str]) -> list[Figure]:
    """Figures in free-form output (see the module's docstring); lines without a unit are skipped."""
    found, section = [], ""
    for line in lines:
        if line.startswith("=="):
            section = re.split(r"[(;:]", line.strip("= ").strip())[0].strip()[:50]
            continue
        labelled = _LABELLED.match(line)
        if not labelled:
            continue
        rest = labelled.group("rest")
        target = _TARGET.search(rest)
        if target:
            rest = rest[: target.start()]  # the target's own number is not the figure
        numbers = list(_NUMBER.finditer(rest))
        if target and target.group("unit"):
            numbers = [n for n in numbers if n.group("unit") == target.group("unit")] or numbers
        if not numbers:
            continue
        number = numbers[-1] if target else numbers[0]
        label = (
            " ".join(f"{section} / {labelled.group('label')}".split()) if section else labelled.group("label")
        )
        bound = f"{target.group('op')}{target.group('bound').replace(',', '')}" if target else "-"
        value = number.group("value").replace(",", "")
        found.append(Figure(" ".join(label.split()), value, number.group("unit"), bound))
    return found


def discover(selected: list[str]) -> list[Path]:
    found = sorted(HERE.glob("bench_*.py"))
    if not selected:
        return found
    wanted = {s.removeprefix("bench_").removesuffix(".py") for s in selected}
    chosen = [p for p in found if p.stem.removeprefix("bench_") in wanted]
    unknown = wanted - {p.stem.removeprefix("bench_") for p in chosen}
    if unknown:
        raise SystemExit(f"benchmarks: no such benchmark: {', '.join(sorted(unknown))}")
    return chosen


def run_one(path: Path, timeout: float) -> Run:
    """Run one benchmark; on timeout its whole process group (workers too) is killed."""
    run = Run(path.stem)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    started = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-m", f"benchmarks.{path.stem}"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    ) as child:
        try:
            output, _ = child.communicate(timeout=timeout)
            run.status = "ok" if child.returncode == 0 else f"exit {child.returncode}"
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(child.pid, signal.SIGKILL)
            output, _ = child.communicate()
            run.status = f"timeout ({timeout:.0f} s)"
        finally:
            with contextlib.suppress(ProcessLookupError):  # workers it left behind
                os.killpg(child.pid, signal.SIGKILL)
    run.seconds = time.perf_counter() - started
    for line in output.splitlines():
        m = FIGURE.match(line.strip())
        if m:
            run.figures.append(Figure(*m.groups()))
        else:
            run.other_output.append(line)
    if not run.figures:
        run.figures = figures_from_text(run.other_output)
        run.from_text = bool(run.figures)
    return run


def machine() -> list[str]:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError), open("/proc/cpuinfo", encoding="utf-8") as info:
        for line in info:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram = "?"
    with contextlib.suppress(OSError, ValueError), open("/proc/meminfo", encoding="utf-8") as info:
        for line in info:
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 2**20:.1f} GB"
                break
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt = f"Qt {qVersion()} (PySide6 {PySide6.__version__})"
    except ImportError:
        qt = "Qt not installed"
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, check=False
    ).stdout.strip()
    return [
        f"- CPU: {cpu}, {os.cpu_count()} cores ({usable} usable)",
        f"- RAM: {ram}",
        f"- Python {platform.python_version()} ({platform.python_implementation()}), {qt}",
        f"- OS: {platform.platform()}",
        f"- load average at start (1/5/15 min): {load}; commit {commit or '?'}; "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
    ]


def table(runs: list[Run]) -> list[str]:
    lines = ["| benchmark | figure | value | unit | target | met |", "| --- | --- | ---: | --- | --- | --- |"]
    for run in runs:
        if not run.figures:
            lines.append(f"| {run.name} | (see its output below) | | | | {run.status} |")
        name = f"{run.name} *" if run.from_text else run.name
        for fig in run.figures:
            target = "" if fig.target == "-" else fig.target
            lines.append(f"| {name} | {fig.name} | {fig.value} | {fig.unit} | {target} | {fig.met()} |")
    if any(run.from_text for run in runs):
        lines.append("\n\\* read from the benchmark's text output; see it below for context.")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", metavar="NAME", help="benchmarks to run (default: all)")
    parser.add_argument("--timeout", type=float, default=1200, help="seconds allowed to each (default 1200)")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    parser.add_argument("-o", "--output", type=Path, help="also write the report here (for the README)")
    args = parser.parse_args(argv)
    paths = discover(args.names)
    if args.list:
        print("\n".join(p.stem for p in paths))
        return 0
    header = machine()
    runs = []
    for path in paths:
        print(f"benchmarks: running {path.stem} ...", file=sys.stderr, flush=True)
        run = run_one(path, args.timeout)
        print(f"benchmarks: {path.stem}: {run.status} in {run.seconds:.0f} s", file=sys.stderr, flush=True)
        runs.append(run)
    shared = "(The machine may be shared with other jobs: figures are noisy.)"
    report = ["## Benchmarks", "", *header, "", shared, ""]
    report += table(runs)
    for run in runs:
        text = "\n".join(run.other_output).strip()
        if text:
            report += ["", f"### {run.name} ({run.status}, {run.seconds:.0f} s)", "", "```", text, "```"]
    if args.output:
        args.output.write_text("\n".join(report) + "\n", encoding="utf-8")
    print("\n".join(report))
    return 0 if all(run.status == "ok" for run in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
