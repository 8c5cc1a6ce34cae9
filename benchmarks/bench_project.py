"""Open and save of a 100,000-event project (issue 8: <= 1 s each).

Run:  python -m benchmarks.bench_project [--events 100000] [--rounds 3]

Two projects: the synthetic timeline of timeline_app.core.synthetic (the mix of
precisions news gives, no sources), and the same events each citing a 120-character
quote of one of 500 articles and carrying a one-line description, which is closer to
an extracted project and about twice the bytes. Save is save_project (encode, write,
fsync, rename); open is load_project (read, json.loads, checks and repairs). Each is
timed on the wall clock, best and median of the rounds, with the CPU time of the best
round beside it: the machine may be shared, and CPU time is what contention distorts least.

Prints lines ``FIGURE <name> <value> <unit> target <target>`` for python -m benchmarks.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from timeline_app.core.io.project import load_project, save_project
from timeline_app.core.model import Article, Source, Timeline
from timeline_app.core.synthetic import synthetic_timeline

WORDS = (
    "the", "talks", "ministers", "said", "on", "Monday", "ceasefire", "envoy", "agreed", "sanctions",
    "border", "troops", "summit", "officials", "delegation", "Geneva", "withdrawal", "statement", "president",
)  # fmt: skip


def with_sources(timeline: Timeline, n_articles: int = 500, seed: int = 3) -> Timeline:
    """The same events, each citing a quote of one of ``n_articles`` articles of about 6,000 characters."""
    rnd = random.Random(seed)
    articles = [
        Article(f"a{i:04d}", f"Article {i + 1}", " ".join(rnd.choice(WORDS) for _ in range(800)))
        for i in range(n_articles)
    ]
    events = []
    for event in timeline.iter_events():
        article = articles[rnd.randrange(n_articles)]
        start = rnd.randrange(len(article.text) - 120)
        events.append(
            event.with_changes(
                sources=(Source.from_article(article, start, start + 120),),
                description=f"{event.title}, according to {article.title}.",
            )
        )
    result = Timeline(title=timeline.title + " with sources")
    result.replace_all(result.title, articles, events)
    return result


def timed(action: Callable[[], object], rounds: int) -> tuple[float, float, float]:
    """(best wall, median wall, CPU of the best round), in seconds."""
    walls, cpus = [], []
    for _ in range(rounds):
        cpu, wall = time.process_time(), time.perf_counter()
        action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    best = min(range(rounds), key=walls.__getitem__)
    return walls[best], statistics.median(walls), cpus[best]


def peak_rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def figure(name: str, value: float, unit: str, target: str = "-") -> None:
    print(f"FIGURE {name} {value:.3f} {unit} target {target}", flush=True)


_FRESH = (
    "import sys, time\n"
    "from timeline_app.core.io.project import load_project\n"
    "t = time.perf_counter(); load_project(sys.argv[1]); print(time.perf_counter() - t)\n"
)


def fresh_open(path: Path, rounds: int) -> float:
    """Best open in a new process (as the CLI and the window do it), imports not counted:
    the first open of a process also pays for growing its heap."""
    command = [sys.executable, "-c", _FRESH, str(path)]
    runs = [subprocess.run(command, capture_output=True, text=True, check=True) for _ in range(rounds)]
    return min(float(run.stdout) for run in runs)


def bench(label: str, timeline: Timeline, folder: Path, rounds: int) -> None:
    path = folder / f"{label}.json"
    save_best, save_median, save_cpu = timed(lambda: save_project(timeline, path), rounds)
    size = path.stat().st_size / 1e6
    loaded: list[Timeline] = []
    open_best, open_median, open_cpu = timed(lambda: loaded.append(load_project(path)[0]), rounds)
    assert len(loaded[-1]) == len(timeline)
    fresh = fresh_open(path, rounds)
    n = len(timeline)
    print(
        f"== {n:,} events, {label}: file {size:.1f} MB\n"
        f"save: best {save_best:.2f} s, median {save_median:.2f} s (CPU {save_cpu:.2f} s)\n"
        f"open: best {open_best:.2f} s, median {open_median:.2f} s (CPU {open_cpu:.2f} s); "
        f"in a new process: best {fresh:.2f} s"
    )
    tag = f"{n // 1000}k_{label}"
    figure(f"project_save_{tag}", save_best, "s", "<=1")
    figure(f"project_open_{tag}", open_best, "s", "<=1")
    figure(f"project_open_new_process_{tag}", fresh, "s")
    figure(f"project_file_{tag}", size, "MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    started = time.perf_counter()
    bare = synthetic_timeline(args.events, articles=200)
    cited = with_sources(bare)
    print(f"(timelines made in {time.perf_counter() - started:.1f} s; not a target)")
    print(
        "load average before: {:.2f} {:.2f} {:.2f} (other work on the machine skews wall times)".format(
            *os.getloadavg()
        )
    )
    with tempfile.TemporaryDirectory(prefix="bench-project-") as tmp:
        bench("synthetic", bare, Path(tmp), args.rounds)
        bench("with_sources", cited, Path(tmp), args.rounds)
    figure("project_peak_rss", peak_rss_mb(), "MB")
    print("load average after: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
