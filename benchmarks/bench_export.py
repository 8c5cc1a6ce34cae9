"""Export speed: PNG through the timeline painter, against matplotlib, and the whole CLI process.

Run:  python -m benchmarks.bench_export [--quick]

Prints three figures (medians of several runs; the machine may be shared, so read them
as orders of magnitude, and compare figures taken in the same run):

1. 10,000 events to a 3840x2160 PNG (layout, painting, PNG encoding): target < 1 s.
2. 2,000 events to a 3840x2160 PNG, ours against matplotlib's gallery recipe "timeline
   with lines, dates and text" (examples/lines_bars_and_markers/timeline.py: stems with
   annotated text) drawing the same events: target at least 10 times faster. Matplotlib
   draws every label (overlapping); ours labels what fits and counts the rest in "+N"
   badges, so the labels each side draws are printed, and ours again fitted as tall as
   its labels need.
3. ``timeline-app export`` of 100,000 and of 1,000 events (project files) to a 1920x1080
   PNG, whole process included: target at most 3 times the cost.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

from timeline_app.core.model import Timeline
from timeline_app.core.synthetic import synthetic_timeline


def _median(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def ours(timeline: Timeline, width: int, height: int | None) -> bytes:
    return ours_report(timeline, width, height)[0]


def ours_report(timeline: Timeline, width: int, height: int | None):
    """The PNG and the export's report (``height`` None: as tall as the events need)."""
    from timeline_app.gui.export.export import ExportOptions, render_image

    return render_image(timeline, ExportOptions(width=width, height=height, lanes="none"))


def labels_drawn(report) -> tuple[int, int]:
    """(events drawn with their label, events counted in "+N" badges) in an export's frames."""
    labelled = sum(e.label_width > 0 for frame in report.frames for e in frame.events)
    return labelled, report.clustered


def matplotlib_recipe(timeline: Timeline, width: int, height: int) -> bytes:
    """The gallery's timeline recipe, unchanged in spirit, fed with our events."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    import numpy as np

    dated = [e for e in timeline.events if e.when is not None]
    dates = np.array([e.when.start_days for e in dated])  # type: ignore[union-attr]
    names = [e.title for e in dated]
    levels = np.tile([-5, 5, -3, 3, -1, 1], int(np.ceil(len(dates) / 6)))[: len(dates)]
    fig, ax = plt.subplots(figsize=(width / 100, height / 100), dpi=100, layout="constrained")
    ax.set(title=timeline.title)
    ax.vlines(dates, 0, levels, color="tab:red")
    ax.plot(dates, np.zeros_like(dates), "-o", color="k", markerfacecolor="w")
    for d, level, name in zip(dates, levels, names, strict=True):
        ax.annotate(
            name, xy=(d, level), xytext=(-3, np.sign(level) * 3), textcoords="offset points",
            horizontalalignment="right", verticalalignment="bottom" if level > 0 else "top",
        )  # fmt: skip
    ax.xaxis_date()
    ax.xaxis.set_major_locator(mdates.MonthLocator(interval=4))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    plt.setp(ax.get_xticklabels(), rotation=30, ha="right")
    ax.yaxis.set_visible(False)
    ax.spines[["left", "top", "right"]].set_visible(False)
    ax.margins(y=0.1)
    out = io.BytesIO()
    fig.savefig(out, format="png")
    plt.close(fig)
    return out.getvalue()


def cli_process(project: Path, out: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    command = [sys.executable, "-m", "timeline_app", "export", str(project), "-o", str(out),
               "--width", "1920", "--height", "1080"]  # fmt: skip
    subprocess.run(command, env=env, check=True, capture_output=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    args = parser.parse_args()
    repeat = 3 if args.quick else 5
    app = QGuiApplication.instance() or QGuiApplication(["bench"])

    big = synthetic_timeline(10_000, seed=1)
    ours(big, 3840, 2160)  # warm-up: fonts, glyph caches
    t = _median(lambda: ours(big, 3840, 2160), repeat)
    print(f"1. 10,000 events -> 3840x2160 PNG: {t * 1000:.0f} ms (target < 1000 ms)")

    two = synthetic_timeline(2_000, years=5, seed=2)
    t_ours = _median(lambda: ours(two, 3840, 2160), repeat)
    t_mpl = _median(lambda: matplotlib_recipe(two, 3840, 2160), max(1, repeat // 2))
    print(f"2. 2,000 events -> 3840x2160 PNG: ours {t_ours * 1000:.0f} ms, matplotlib recipe "
          f"{t_mpl * 1000:.0f} ms: {t_mpl / t_ours:.1f}x faster (target >= 10x)")  # fmt: skip
    # Like with like: matplotlib draws all 2,000 labels (on top of each other); ours as shipped
    # labels what fits and counts the rest in "+N" badges. Ours as tall as the labels need:
    labelled, badged = labels_drawn(ours_report(two, 3840, 2160)[1])
    height = 2160
    while height < 32_000 and labels_drawn(ours_report(two, 3840, height)[1])[1]:
        height = int(height * 1.25)  # taller until no event is left to a "+N" badge
    tall_labelled, tall_badged = labels_drawn(ours_report(two, 3840, height)[1])
    t_tall = _median(lambda: ours(two, 3840, height), repeat)
    print(
        f"   labels: matplotlib 2,000 (overlapping); ours as shipped {labelled:,} labelled + {badged:,} "
        f"in '+N' badges; ours 3840x{height} px: {tall_labelled:,} labelled + {tall_badged:,} in "
        f"badges, {t_tall * 1000:.0f} ms ({t_mpl / t_tall:.1f}x faster than matplotlib)"
    )

    from timeline_app.core.io.project import save_project

    with tempfile.TemporaryDirectory() as folder:
        small, large = Path(folder) / "small.json", Path(folder) / "large.json"
        save_project(synthetic_timeline(1_000, seed=3, articles=20), small)
        save_project(synthetic_timeline(100_000, seed=3, articles=200), large)
        out = Path(folder) / "out.png"
        cli_process(small, out)  # warm-up: the disk cache, .pyc files
        t_small = _median(lambda: cli_process(small, out), repeat)
        t_large = _median(lambda: cli_process(large, out), max(3, repeat // 2))
    print(f"3. timeline-app export -> 1920x1080 PNG, whole process: 1,000 events {t_small * 1000:.0f} ms, "
          f"100,000 events {t_large * 1000:.0f} ms: {t_large / t_small:.2f}x (target <= 3x)")  # fmt: skip
    del app


if __name__ == "__main__":
    main()
