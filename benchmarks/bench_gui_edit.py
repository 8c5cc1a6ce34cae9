"""How long the window is busy after one edit, on big timelines.

Builds a timeline of ARTICLES articles with 5 events each (made-up text, no corpus),
opens it in a real MainWindow (offscreen), and times: opening it, selecting an event
of another article, one edit (mark confirmed) with the panels' refresh, its undo,
the paint that follows, and a search typed in the filter bar and then cleared.
Median of a few repeats, in milliseconds.

    /work/venv/bin/python benchmarks/bench_gui_edit.py [--articles 200 2000 20000]

The machine is usually shared: the load average is printed with the figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time

SENTENCES = (
    "The ministers of Norland and Sudria met in Varel for round {n}.",
    "Norland accused Sudria of moving troops to the border.",
    "The two sides agreed to reopen the crossing at Ostmark.",
    "A council spokesman denied that the talks had collapsed.",
    "Sudria will host a summit in Kessel next month.",
)


def build(articles: int):
    from timeline_app.core.dates import FuzzyDate
    from timeline_app.core.model import Article, ArticleTimes, Event, Kind, Source, Timeline

    kinds = (Kind.CONSULT, Kind.ACCUSE, Kind.AGREE, Kind.STATEMENT, Kind.CONSULT)
    all_articles, events = [], []
    for n in range(articles):
        text = "\n".join(s.format(n=n) for s in SENTENCES)
        published = FuzzyDate.from_days(19000 + n % 3000)
        # Time expressions kept, as in a project saved by this version (left empty: no figure
        # here depends on them), so that the window has nothing to tag in the background.
        times = ArticleTimes(published, ())
        article = Article(
            id=f"a-{n}", title=f"Report {n}", text=text, published=published, source="Wire", times=times
        )
        all_articles.append(article)
        start = 0
        for k, line in enumerate(text.split("\n")):
            events.append(
                Event(
                    id=f"e-{n}-{k}",
                    title=line[:50],
                    when=FuzzyDate.from_days(published.start_days - k),
                    actors=("Norland", f"Envoy {n % 50}"),
                    kind=kinds[k],
                    sources=(Source.from_article(article, start, start + len(line)),),
                )
            )
            start += len(line) + 1
    timeline = Timeline()
    timeline.replace_all("Benchmark", all_articles, events)
    return timeline


def measure(articles: int, repeats: int) -> dict[str, float]:
    from timeline_app.gui.app import create_application
    from timeline_app.gui.window.main_window import MainWindow

    app = create_application()
    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    timeline = build(articles)
    start = time.perf_counter()
    window.document.replace(timeline, None)
    app.processEvents()
    figures: dict[str, list[float]] = {"open": [(time.perf_counter() - start) * 1000]}
    ids = [e.id for e in window.document.timeline.events]
    for r in range(repeats):
        target = ids[(r * 7919) % len(ids)]
        for name, action in (
            ("select", lambda t=target: window.document.selection.set([t])),
            ("edit", lambda: window.edit_ops.mark_status("confirmed")),
            ("undo", window.document.undo_stack.undo),
            ("paint", app.processEvents),
        ):
            start = time.perf_counter()
            action()
            figures.setdefault(name, []).append((time.perf_counter() - start) * 1000)
    from timeline_app.gui.panels.filters import EventFilter

    for _ in range(repeats):
        # A search typed in the filter bar (a fifth of the events match), then cleared;
        # each until the window has repainted.
        for name, value in (("filter", EventFilter(text="sudria host")), ("clear", EventFilter())):
            start = time.perf_counter()
            window.filter_bar.set_filter(value)
            app.processEvents()
            figures.setdefault(name, []).append((time.perf_counter() - start) * 1000)
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    app.processEvents()
    return {name: statistics.median(values) for name, values in figures.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[200, 2000, 20000])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["TIMELINE_APP_CONFIG_DIR"] = tempfile.mkdtemp(prefix="bench-gui-")
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"median ms over {args.repeats} repeats; load average {load}")
    print("articles   events    open  select    edit    undo   paint  filter   clear")
    figures = {}
    for count in args.articles:
        f = figures = measure(count, args.repeats)
        print(
            f"{count:>8}  {count * 5:>7}  {f['open']:>6.0f}  {f['select']:>6.1f}  {f['edit']:>6.1f}"
            f"  {f['undo']:>6.1f}  {f['paint']:>6.1f}  {f['filter']:>6.0f}  {f['clear']:>6.0f}"
        )
    events = args.articles[-1] * 5
    for name in ("open", "edit", "filter", "clear"):  # the largest size, for `python -m benchmarks`
        print(f"FIGURE window_{name}_{events}_events {figures[name]:.1f} ms target -", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
