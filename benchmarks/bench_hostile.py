"""Hostile exports (issue 15.3): what one huge record costs, in time and peak memory.

Run:  python -m benchmarks.bench_hostile [--timeout 120] [--case NAME ...]

Each case writes its input in a temporary folder and runs ``timeline-app export`` on it
in a child process (a fresh interpreter, as a user would), timed on the wall clock; the
child's peak resident memory is its ``ru_maxrss``, read with os.wait4 for that child
alone (resource.getrusage(RUSAGE_CHILDREN) would give the largest child so far). Linux
counts in a child's peak the size of the process that forked it, so the inputs are made
by another child and this process stays at a few tens of MB. The
contract: every export of a project under 100 MB stays under 1 GB and 30 s, or refuses
at once with one line. The cases:

- one event with 1,000,000 actors, exported to PNG with ``--lanes actor``;
- one event with 100,000 actors, to SVG with ``--lanes actor``;
- one event with a 50 MB title, to SVG and to PDF;
- a 32767 x 32767 PNG of a small project;
- a project of 55 MB: 20,000 events of 200 actors each, all different, to SVG with
  ``--lanes actor`` (4,000,000 lanes if nothing were bounded);
- 5,000 lanes (the most an image may have) to PDF and to SVG;
- a project of 85 MB: 40,000 events whose titles are all 2,000 characters long (the
  loader's bound), to SVG and to PNG;
- a project of 97 MB: 300,000 synthetic events, to PNG, iCalendar, TimelineJS and CSV.

Prints a line per case and ``FIGURE hostile_<case>_s`` / ``_mb`` lines for python -m benchmarks.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LIMIT_S, LIMIT_MB = 30.0, 1024.0


def _record(eid: str, title: str, day: int, actors: list[str]) -> dict[str, object]:
    return {
        "id": eid,
        "title": title,
        "description": "",
        "when": {"start": f"2025-03-{day:02d}", "end": None, "precision": "day", "approximate": False,
                 "expression": ""},
        "actors": actors,
        "places": [],
        "kind": "OTHER",
        "status": "reported",
        "sources": [],
        "origin": "extracted",
        "reviewed": False,
    }  # fmt: skip


def _write_project(path: Path, records: list[dict[str, object]]) -> Path:
    document = {"format": "timeline-app", "version": 1, "title": "Hostile", "articles": [], "events": records}
    with path.open("w", encoding="utf-8") as out:
        json.dump(document, out, ensure_ascii=False)
    return path


def one_event_with_actors(folder: Path, count: int) -> Path:
    actors = [f"Envoy {n}" for n in range(count)]
    records = [_record("big", "Summit", 3, actors), _record("small", "Talks", 4, ["UN"])]
    return _write_project(folder / f"actors-{count}.json", records)


def one_event_with_a_long_title(folder: Path, megabytes: int = 50) -> Path:
    title = ("Envoys meet in Geneva " * (megabytes * 1024 * 1024 // 22 + 1))[: megabytes * 1024 * 1024]
    records = [_record("big", title, 3, ["UN"]), _record("small", "Talks", 4, ["UN"])]
    return _write_project(folder / "long-title.json", records)


def small_project(folder: Path) -> Path:
    records = [_record(f"e{n}", f"Talks round {n}", n % 28 + 1, ["UN"]) for n in range(20)]
    return _write_project(folder / "small.json", records)


def many_lanes_project(folder: Path, events: int = 20_000, actors: int = 200) -> Path:
    records = [
        _record(f"e{n}", f"Talks round {n}", n % 28 + 1, [f"A{n}-{k}" for k in range(actors)])
        for n in range(events)
    ]
    return _write_project(folder / "many-lanes.json", records)


def long_titles_project(folder: Path, events: int = 40_000) -> Path:
    """About 85 MB: every title at the loader's bound of 2,000 characters."""
    words = "Envoys meet in Geneva to talk about the ceasefire and the prisoners " * 30
    records = [_record(f"e{n}", f"{n} {words}"[:2000], n % 28 + 1, ["UN"]) for n in range(events)]
    return _write_project(folder / "long-titles.json", records)


def synthetic_project(folder: Path, events: int = 300_000) -> Path:
    """About 97 MB: the synthetic timeline of the project benchmarks, 300,000 events."""
    from timeline_app.core.io.project import save_project
    from timeline_app.core.synthetic import synthetic_timeline

    path = folder / "synthetic.json"
    save_project(synthetic_timeline(events), path)
    return path


@dataclass
class Case:
    name: str
    make: Callable[[Path], Path]
    output: str
    options: tuple[str, ...] = ()


CASES = (
    Case("actors_1m_png", lambda f: one_event_with_actors(f, 1_000_000), "out.png", ("--lanes", "actor")),
    Case("actors_100k_svg", lambda f: one_event_with_actors(f, 100_000), "out.svg", ("--lanes", "actor")),
    Case("title_50mb_svg", one_event_with_a_long_title, "out.svg"),
    Case("title_50mb_pdf", one_event_with_a_long_title, "out.pdf"),
    Case("png_32767", small_project, "out.png", ("--width", "32767", "--height", "32767")),
    Case("lanes_4m_svg", many_lanes_project, "out.svg", ("--lanes", "actor")),
    Case("lanes_5000_pdf", lambda f: many_lanes_project(f, 25, 200), "out.pdf", ("--lanes", "actor")),
    Case("lanes_5000_svg", lambda f: many_lanes_project(f, 25, 200), "out.svg", ("--lanes", "actor")),
    Case("titles_2000x40k_svg", long_titles_project, "out.svg"),
    Case("titles_2000x40k_png", long_titles_project, "out.png"),
    Case("events_300k_png", synthetic_project, "out.png"),
    Case("events_300k_ics", synthetic_project, "out.ics"),
    Case("events_300k_timelinejs", synthetic_project, "out.json", ("--format", "timelinejs")),
    Case("events_300k_csv", synthetic_project, "out.csv"),
)


@dataclass
class Outcome:
    seconds: float
    peak_mb: float
    code: int | None
    stderr: str
    input_mb: float


def make_input(case: Case, folder: Path) -> Path:
    """The case's input, written by a child process: a child's ru_maxrss starts from the size
    of the process that forked it, so this one must stay small."""
    code = (
        "import sys; from pathlib import Path; from benchmarks.bench_hostile import CASES; "
        "print({c.name: c for c in CASES}[sys.argv[1]].make(Path(sys.argv[2])))"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-c", code, case.name, str(folder)]
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=REPO, env=env)
    return Path(done.stdout.strip())


def run_case(case: Case, folder: Path, timeout: float) -> Outcome:
    source = make_input(case, folder)
    command = [sys.executable, "-m", "timeline_app", "export", str(source), "-o", str(folder / case.output)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    with tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        child = subprocess.Popen([*command, *case.options], stdout=subprocess.DEVNULL, stderr=err, env=env,
                                 cwd=REPO, start_new_session=True)  # fmt: skip
        code: int | None = None
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                code = os.waitstatus_to_exitcode(status)
                break
            if time.perf_counter() > deadline:
                os.killpg(child.pid, signal.SIGKILL)
                _pid, _status, usage = os.wait4(child.pid, 0)
                break
            time.sleep(0.02)
        seconds = time.perf_counter() - start
        child.returncode = code if code is not None else -9  # waited for above: Popen must not wait again
        err.seek(0)
        stderr = err.read()
    peak_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
    return Outcome(seconds, peak_mb, code, stderr, source.stat().st_size / 2**20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a case is killed")
    parser.add_argument("--case", action="append", choices=[c.name for c in CASES], help="run only these")
    args = parser.parse_args()
    chosen = [c for c in CASES if not args.case or c.name in args.case]
    print(f"limits: {LIMIT_S:.0f} s and {LIMIT_MB:.0f} MB per export (or a one-line refusal)")
    for case in chosen:
        with tempfile.TemporaryDirectory(prefix="bench-hostile-") as tmp:
            outcome = run_case(case, Path(tmp), args.timeout)
        said = " | ".join(line for line in outcome.stderr.splitlines() if line.strip())[:300]
        verdict = "killed" if outcome.code is None else ("refused" if outcome.code else "written")
        print(
            f"{case.name}: input {outcome.input_mb:.1f} MB, {verdict} in {outcome.seconds:.1f} s, "
            f"peak {outcome.peak_mb:.0f} MB (exit {outcome.code}): {said}"
        )
        print(f"FIGURE hostile_{case.name}_s {outcome.seconds:.2f} s target <={LIMIT_S:.0f}")
        print(f"FIGURE hostile_{case.name}_mb {outcome.peak_mb:.0f} MB target <={LIMIT_MB:.0f}")


if __name__ == "__main__":
    main()
