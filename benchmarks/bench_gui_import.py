"""How responsive the window stays while it imports many articles.

Writes N copies of the bundled sample article (each with its own publication date
and a numbered last line, so that each is a distinct article), imports them into
a real MainWindow (offscreen) with the real extractor in its worker process, and
measures the event loop with a 5 ms QTimer: the gaps between its ticks are the
stalls a user would feel. Prints the worst gap, the 99th percentile, the number of
gaps over 50 and 100 ms, and the wall time of the import.

    /work/venv/bin/python benchmarks/bench_gui_import.py [--articles 200] [--runs 3]

The machine is usually shared: the load average is printed with the figures.
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def write_articles(folder: Path, count: int) -> list[Path]:
    from timeline_app.core.resources import sample_article

    lines = sample_article().read_text(encoding="utf-8").splitlines()
    body = lines[1:]  # the first line is the sample's header with its date
    paths = []
    for n in range(count):
        day = n % 28 + 1
        path = folder / f"article-{n:04d}.txt"
        header = f" date 2025-{n % 12 + 1:02d}-{day:02d} {n}"
        text = "\n".join([header, *body, f"(Copy {n} for the benchmark.)"])
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def one_run(count: int, cold: bool) -> dict[str, float]:
    from PySide6.QtCore import QTimer

    from timeline_app.gui.app import create_application
    from timeline_app.gui.main_window import MainWindow

    app = create_application()
    window = MainWindow()
    window.show()
    if not cold:  # as the app does right after its window opens
        window.warm_up()
        while not window.warm_up_worker.isFinished():
            app.processEvents()
            time.sleep(0.01)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    result: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        paths = write_articles(Path(folder), count)
        finished: list[tuple[int, int]] = []
        window.importFinished.connect(lambda a, e: finished.append((a, e)))
        timer.start()
        start = time.perf_counter()
        ticks.append(start)
        window.import_files(paths)
        while not finished:
            app.processEvents()
            time.sleep(0.001)
        end = time.perf_counter()
        settle = end + 0.2
        while time.perf_counter() < settle:
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
    gaps = sorted(b - a for a, b in itertools.pairwise(ticks))
    result.update(
        articles=finished[0][0],
        events=finished[0][1],
        seconds=end - start,
        worst_ms=gaps[-1] * 1000,
        p99_ms=gaps[int(len(gaps) * 0.99)] * 1000,
        over_50=sum(g > 0.05 for g in gaps),
        over_100=sum(g > 0.1 for g in gaps),
    )
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    app.processEvents()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cold", action="store_true", help="do not start the extraction process first")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["TIMELINE_APP_CONFIG_DIR"] = tempfile.mkdtemp(prefix="bench-gui-")
    runs = [one_run(args.articles, args.cold) for _ in range(args.runs)]
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    start = "cold extraction process" if args.cold else "extraction process started first"
    print(f"import of {args.articles} articles, {args.runs} runs, {start}; load average {load}")
    print("run  articles  events  seconds  worst_ms  p99_ms  gaps>50ms  gaps>100ms")
    for n, r in enumerate(runs, 1):
        print(
            f"{n:>3}  {r['articles']:>8.0f}  {r['events']:>6.0f}  {r['seconds']:>7.2f}  {r['worst_ms']:>8.1f}"
            f"  {r['p99_ms']:>6.1f}  {r['over_50']:>9.0f}  {r['over_100']:>10.0f}"
        )
    print(f"median worst gap: {statistics.median(r['worst_ms'] for r in runs):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
