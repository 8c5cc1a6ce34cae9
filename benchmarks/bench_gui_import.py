"""How responsive the window stays while it imports many articles.

Writes N copies of the bundled sample article (each with its own publication date
and a numbered last line, so that each is a distinct article), imports them into
a real MainWindow (offscreen) with the real extractor in its worker process, and
measures the event loop with a 5 ms QTimer: the gaps between its ticks are the
stalls a user would feel. Prints the worst gap, the 99th percentile, the number of
gaps over 50 and 100 ms, and the wall time of the import.

``--news`` writes real wire stories instead (``../shared/corpus/news/te3_silver_news.jsonl.gz``,
one file a story: title, "Published:" line, text) and imports them through File > Import
Folder (the folder is read by the window itself); it skips when the corpus is absent. The
gaps cover the whole import: progress, the merge, applying the result to the document, and
the table, the view and the Articles panel refreshing afterwards (``--key-events`` turns
View > Key Events on first, and waits for its key dates too). Peak memory is the high-water
mark of the window's process and of the extraction process. Each stall over 100 ms is printed
with what the window was doing, how much of it the GUI thread ran (the rest it waited:
for the GIL, or for a core on a loaded machine) and how much the window process's threads ran
together (a gap the GUI thread waited out while the other threads ran is the GIL's; one in
which the whole process hardly ran is the machine's load), and so is each full garbage collection over
50 ms (they hold the GIL, whichever thread runs them). The GUI thread's most CPU time between
two ticks is printed too: what the window itself does in one go, which the load of a shared
machine does not stretch (on an idle machine the worst gap comes near it).

    /work/venv/bin/python benchmarks/bench_gui_import.py [--articles 200] [--runs 3]
    /work/venv/bin/python benchmarks/bench_gui_import.py --news --articles 1000 --runs 1 [--key-events]

The machine is usually shared: the load average is printed with the figures.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import itertools
import json
import os
import statistics
import sys
import tempfile
import threading
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


NEWS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "news" / "te3_silver_news.jsonl.gz"


def write_news(folder: Path, count: int) -> list[Path]:
    """``count`` wire stories of the news corpus, one .txt file each, in a few subfolders."""
    paths = []
    with gzip.open(NEWS, "rt", encoding="utf-8") as lines:
        for n, line in enumerate(itertools.islice(lines, count)):
            story = json.loads(line)
            sub = folder / f"part-{n // 250}"
            sub.mkdir(exist_ok=True)
            path = sub / f"{n:04d}.txt"
            title = " ".join(story.get("title", "").split()) or story["id"]
            text = f"{title}\nPublished: {story['published']}\n\n{story['text']}\n"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
    return paths


def peak_mb(pid: int | str = "self") -> float:
    """The process's memory high-water mark (VmHWM) in MB, 0 where /proc is missing."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def one_run(count: int, cold: bool, news: bool = False, key_events: bool = False) -> dict:
    from PySide6.QtCore import Qt, QTimer

    from timeline_app.gui.app import create_application
    from timeline_app.gui.window.main_window import MainWindow

    app = create_application()
    window = MainWindow()
    window.show()
    if not cold:  # as the app does right after its window opens
        window.import_ops.warm_up()
        while not window.import_ops.warm_up_worker.isFinished():
            app.processEvents()
            time.sleep(0.01)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    cpu: list[float] = []  # the GUI thread's CPU time at each tick: busy, or kept waiting?
    process: list[float] = []  # the window process's (all its threads): another thread held the GIL?
    timer.timeout.connect(
        lambda: (
            ticks.append(time.perf_counter()),
            cpu.append(time.thread_time()),
            process.append(time.process_time()),
        )
    )
    result: dict[str, float] = {}
    if key_events:
        window.key_event_ops.set_key_events_mode(True)
    with tempfile.TemporaryDirectory() as folder:
        if news:
            write_news(Path(folder), count)
        else:
            paths = write_articles(Path(folder), count)
        finished: list[tuple[int, int]] = []
        window.import_ops.finished.connect(lambda a, e: finished.append((a, e)))
        keyed: list[int] = []
        window.key_events.changed.connect(lambda *_: keyed.append(1))
        timer.start()
        start = time.perf_counter()
        ticks.append(start)
        cpu.append(time.thread_time())
        process.append(time.process_time())
        if news:
            window.import_ops.import_folder(Path(folder))
        else:
            window.import_ops.import_files(paths)
        # What the window was doing when each stall began: the last mark before it.
        marks: list[tuple[float, str]] = [(start, "starting")]
        window.import_ops.worker.progress.connect(
            lambda n, _total, _t: marks.append((time.perf_counter(), f"article {n}"))
        )
        window.import_ops.worker.done.connect(
            lambda _r: marks.append((time.perf_counter(), "merged, waiting for the window")),
            Qt.ConnectionType.DirectConnection,  # in the worker, as it emits
        )
        finish = window.import_ops._finish_import

        def applying(result: object) -> None:
            marks.append((time.perf_counter(), "applying the result"))
            finish(result)

        window.import_ops._finish_import = applying
        gc_pauses: list[float] = []
        gc_start: list[float] = []
        gc_where: list[str] = []

        def on_gc(phase: str, info: dict) -> None:
            if info.get("generation") == 2:
                if phase == "start":
                    gc_start[:] = [time.perf_counter()]
                elif gc_start:
                    gc_pauses.append(time.perf_counter() - gc_start[0])
                    gc_where.append(threading.current_thread().name)

        gc.callbacks.append(on_gc)
        while not finished:
            app.processEvents()
            time.sleep(0.001)
        end = time.perf_counter()
        if key_events:  # the key dates of the new events, computed after the import
            deadline = time.perf_counter() + 300
            while (not keyed or window.key_events.busy) and time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.001)
        marks.append((time.perf_counter(), "after the import"))
        settle = time.perf_counter() + 0.5
        while time.perf_counter() < settle:
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
        gc.callbacks.remove(on_gc)
    from timeline_app.gui.window import workers

    pool = workers._pool
    child_pids = list(getattr(pool, "_processes", None) or {}) if pool is not None else []
    result["gui_mb"] = peak_mb()
    result["worker_mb"] = max((peak_mb(pid) for pid in child_pids), default=0.0)
    stalls = [
        (a, b - a, cb - ca, pb - pa)
        for (a, b), (ca, cb), (pa, pb) in zip(
            itertools.pairwise(ticks), itertools.pairwise(cpu), itertools.pairwise(process), strict=True
        )
        if b - a > 0.1
    ]
    result["stalls"] = [
        (
            round(gap * 1000),
            round(busy * 1000),
            round(whole * 1000),
            next((label for t, label in reversed(marks) if t <= at), "starting"),
        )
        for at, gap, busy, whole in stalls
    ]
    result["gc_full_ms"] = max(gc_pauses, default=0.0) * 1000
    result["gc_slow"] = [(round(t * 1000), w) for t, w in zip(gc_pauses, gc_where, strict=True) if t > 0.05]
    gaps = sorted(b - a for a, b in itertools.pairwise(ticks))
    result.update(
        articles=finished[0][0],
        events=finished[0][1],
        seconds=end - start,
        worst_ms=gaps[-1] * 1000,
        p99_ms=gaps[int(len(gaps) * 0.99)] * 1000,
        over_50=sum(g > 0.05 for g in gaps),
        over_100=sum(g > 0.1 for g in gaps),
        busy_ms=max((cb - ca for ca, cb in itertools.pairwise(cpu)), default=0.0) * 1000,
        keyed_seconds=(time.perf_counter() - start) if key_events else 0.0,
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
    parser.add_argument("--news", action="store_true", help="real wire stories through File > Import Folder")
    parser.add_argument("--key-events", action="store_true", help="with View > Key Events on")
    args = parser.parse_args()
    if args.news and not NEWS.exists():
        print(f"skipped: {NEWS} is absent")
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["TIMELINE_APP_CONFIG_DIR"] = tempfile.mkdtemp(prefix="bench-gui-")
    load_before = os.getloadavg()[0]
    runs = [one_run(args.articles, args.cold, args.news, args.key_events) for _ in range(args.runs)]
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    start = "cold extraction process" if args.cold else "extraction process started first"
    source = "news stories via Import Folder" if args.news else "copies of the sample"
    keys = "; Key Events on" if args.key_events else ""
    print(
        f"import of {args.articles} articles ({source}{keys}), {args.runs} runs, {start};"
        f" load average {load_before:.2f} before, {load} after"
    )
    print("run  articles  events  seconds  worst_ms  p99_ms  gaps>50ms  gaps>100ms  gui_MB  worker_MB")
    for n, r in enumerate(runs, 1):
        print(
            f"{n:>3}  {r['articles']:>8.0f}  {r['events']:>6.0f}  {r['seconds']:>7.2f}  {r['worst_ms']:>8.1f}"
            f"  {r['p99_ms']:>6.1f}  {r['over_50']:>9.0f}  {r['over_100']:>10.0f}"
            f"  {r['gui_mb']:>6.0f}  {r['worker_mb']:>9.0f}"
        )
        print(
            "     stalls over 100 ms (ms; of which the GUI thread ran; the window process's threads ran,"
            f" on 2 cores at most; during): {r['stalls'] or 'none'}"
        )
        print(f"     full garbage collections over 50 ms (ms, thread): {r['gc_slow'] or 'none'}")
        print(
            f"     the GUI thread's most CPU time between two ticks: {r['busy_ms']:.1f} ms (what the window"
            " itself did without answering; a gap adds the waits for a core or the GIL)"
        )
        if args.key_events:
            print(f"     key dates ready {r['keyed_seconds']:.2f} s after the import started")
    print(f"median worst gap: {statistics.median(r['worst_ms'] for r in runs):.1f} ms")
    busy = statistics.median(r["busy_ms"] for r in runs)
    print(f"median of the GUI thread's most CPU time between ticks: {busy:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
