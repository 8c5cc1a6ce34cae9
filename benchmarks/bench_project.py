"""Open and save of a 100,000-event project (issue 8: <= 1 s each).

Run:  python -m benchmarks.bench_project [--events 100000] [--rounds 3]

Two projects: the synthetic timeline of timeline_app.core.synthetic (the mix of
precisions news gives, no sources), and the same events each citing a 120-character
quote of one of 500 articles and carrying a one-line description, which is closer to
an extracted project and about twice the bytes. Save is save_project (encode, write,
fsync, rename) of the timeline made in this process. Open is load_project (read, parse,
checks and repairs, the garbage collector's share) in a new process, as the command
line and the window open a file: the figure for the target. The same open is also
timed in this process, which holds the two timelines made (some 600 MB), each round's
timeline dropped before the next round starts so that none slows the next. Each is
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


def timed(
    action: Callable[[], object], rounds: int, before: Callable[[], object] = lambda: None
) -> tuple[float, float, float]:
    """(best wall, median wall, CPU of the best round), in seconds; ``before`` runs,
    untimed, before each round."""
    walls, cpus = [], []
    for _ in range(rounds):
        before()
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
    "c, t = time.process_time(), time.perf_counter(); load_project(sys.argv[1])\n"
    "print(time.perf_counter() - t, time.process_time() - c)\n"
)


def fresh_open(path: Path, rounds: int) -> tuple[float, float, float]:
    """Open in a new process (as the CLI and the window do it): (best wall, median wall,
    CPU of the best round). Imports are not counted (a window has made them before
    the user opens a file); the process's heap grows from nothing, as in a fresh start."""
    command = [sys.executable, "-c", _FRESH, str(path)]
    runs = [subprocess.run(command, capture_output=True, text=True, check=True) for _ in range(rounds)]
    times = sorted(tuple(map(float, run.stdout.split())) for run in runs)
    return times[0][0], statistics.median(wall for wall, _ in times), times[0][1]


def bench(label: str, timeline: Timeline, folder: Path, rounds: int) -> None:
    path = folder / f"{label}.json"
    save_best, save_median, save_cpu = timed(lambda: save_project(timeline, path), rounds)
    size = path.stat().st_size / 1e6
    open_best, open_median, open_cpu = fresh_open(path, rounds)
    loaded: list[Timeline] = []  # the last round's timeline; freed, untimed, before the next round
    here_best, here_median, here_cpu = timed(
        lambda: loaded.append(load_project(path)[0]), rounds, before=loaded.clear
    )
    assert len(loaded[-1]) == len(timeline)
    loaded.clear()
    n = len(timeline)
    print(
        f"== {n:,} events, {label}: file {size:.1f} MB\n"
        f"save: best {save_best:.2f} s, median {save_median:.2f} s (CPU {save_cpu:.2f} s)\n"
        f"open in a new process: best {open_best:.2f} s, median {open_median:.2f} s (CPU {open_cpu:.2f} s)\n"
        f"open in this process: best {here_best:.2f} s, median {here_median:.2f} s (CPU {here_cpu:.2f} s)"
    )
    tag = f"{n // 1000}k_{label}"
    figure(f"project_save_{tag}", save_best, "s", "<=1")
    figure(f"project_open_{tag}", open_best, "s", "<=1")
    figure(f"project_open_in_process_{tag}", here_best, "s")
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
