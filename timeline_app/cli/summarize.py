"""`timeline-app summarize INPUT... [--dates N] [--sentences K] [--from DATE] [--to DATE] [-o OUT]`:
the key dates of many articles, each with what happened (issue 12).

INPUT is an article, a project or a folder (read recursively: .txt, .md, .html, .htm).
OUT's extension picks the format as for ``export``: .md (the default, also on standard
output) is a dated list with numbered sources; .json is a project of the key dates' events
(``--format timelinejs`` for TimelineJS3); .png/.svg/.pdf is the key-dates timeline drawn by
the window's painter.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from pathlib import Path

from timeline_app.cli.export import UsageError, date_option, output_format
from timeline_app.cli.messages import print_warnings
from timeline_app.cli.outputs import check_output
from timeline_app.core.dates import civil_from_days
from timeline_app.core.errors import InputError, printable
from timeline_app.core.key_events import source_count
from timeline_app.core.keydates import KeyDate, event_sentence, key_dates, summarise_day
from timeline_app.core.model import Article, Event, Timeline, without_uncertain

FORMATS = ("md", "json", "timelinejs", "png", "svg", "pdf")
_BY_SUFFIX = {".md": "md", ".markdown": "md", ".json": "json", ".png": "png", ".svg": "svg", ".pdf": "pdf"}
IMAGE_FORMATS = ("png", "svg", "pdf")
MAX_CITED = 5
"""Sources numbered after a sentence of the Markdown list; the others are counted."""


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "summarize",
        help="the key dates of many articles, each with what happened",
        description="Load articles, folders of articles (read recursively: .txt, .md, .html, .htm) "
        "or projects, extract and merge their events, and write the days the articles report "
        "most, each with its most widely reported sentences. OUT: .md (default: Markdown on "
        "standard output), .json (project; --format timelinejs for TimelineJS3), .png/.svg/.pdf.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="articles, folders or project files")
    parser.add_argument("--dates", type=int, default=20, metavar="N", help="how many key dates (default 20)")
    parser.add_argument(
        "--sentences", type=int, default=1, metavar="K", help="sentences per date (default 1)"
    )
    parser.add_argument(
        "--from", dest="date_from", metavar="DATE", help="first day considered (e.g. 2010-04)"
    )
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="last day considered (e.g. 2010-09-30)")
    parser.add_argument("-o", "--output", metavar="OUT", help="write here (atomically) instead of stdout")
    parser.add_argument("--format", choices=FORMATS, help="output format (default: from OUT's extension)")
    parser.add_argument("--title", help="title (default: the timeline's)")
    parser.add_argument("--published", metavar="YYYY-MM-DD", help="publication date of the articles")
    parser.add_argument(
        "--include-uncertain",
        action="store_true",
        help="also show the events the extractor is unsure of (they weigh in the ranking by their "
        "confidence, but are left out of what is shown by default, as in the window)",
    )


def _day(value: str | None, option: str, last: bool) -> _dt.date | None:
    """The first (or last) day of a date given on the command line."""
    days = date_option(value, option, last)
    if days is None:
        return None
    return _dt.date(*civil_from_days(int(days) - 1 if last else int(days)))


def _check(args: argparse.Namespace) -> tuple[str, _dt.date | None, _dt.date | None]:
    fmt = output_format(args.output, args.format, _BY_SUFFIX) if args.output else args.format or "md"
    if not args.output and fmt != "md":
        raise UsageError(f"--format {fmt} needs -o OUT (only Markdown goes to standard output)")
    if not 1 <= args.dates <= 10_000:
        raise UsageError("--dates must be between 1 and 10000")
    if not 1 <= args.sentences <= 100:
        raise UsageError("--sentences must be between 1 and 100")
    first = _day(args.date_from, "--from", last=False)
    last = _day(args.date_to, "--to", last=True)
    if first is not None and last is not None and last < first:
        raise UsageError("--to is before --from")
    return fmt, first, last


def input_files(inputs: list[str]) -> tuple[list[str], set[str]]:
    """The inputs with each folder replaced by the article files under it, and the files
    found in folders (which loading may leave out when they cannot be read).

    Raises:
        InputError: a folder with no article file in it.
    """
    from timeline_app.core.io.folders import ARTICLE_SUFFIXES, article_files

    files: list[str] = []
    found_in_folders: set[str] = set()
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            found = article_files(path)
            if not found:
                raise InputError(
                    f"{printable(path)}: no article files ({', '.join(ARTICLE_SUFFIXES)}) in this folder"
                )
            files.extend(str(p) for p in found)
            found_in_folders.update(str(p) for p in found)
        else:
            files.append(raw)
    return files, found_in_folders


def run(args: argparse.Namespace) -> int:
    try:
        fmt, first, last = _check(args)
    except UsageError as error:
        print(f"timeline-app summarize: {error}", file=sys.stderr)
        return 2
    from timeline_app.core.loading import load_inputs, parse_date_option

    files, found_in_folders = input_files(args.inputs)
    if args.output:
        check_output(args.output, files, writes_project=False)
    warnings: list[str] = []
    timeline = load_inputs(files, parse_date_option(args.published), warnings, skippable=found_in_folders)
    print_warnings(warnings)
    if args.title:
        timeline.title = args.title
    # Days are ranked on every event, each weighted by its confidence; what is shown of them
    # leaves out the uncertain events, as the window and export do (unless asked).
    chosen = key_dates(
        list(timeline.events),
        args.dates,
        start=first,
        end=last,
        sentences=args.sentences,
        articles=timeline.articles,
    )
    if not args.include_uncertain:
        timeline, _hidden = without_uncertain(timeline)
        for key in chosen:
            key.events = [e for e in key.events if not e.uncertain]
            key.summary = summarise_day(key.events, args.sentences)
    if fmt == "md":
        text = markdown(timeline, chosen)
        if args.output:
            from timeline_app.core.io.atomic import atomic_write_bytes

            atomic_write_bytes(args.output, text.encode("utf-8"))
        else:
            sys.stdout.write(text)
            sys.stdout.flush()
    else:
        picked = key_timeline(timeline, chosen)
        if fmt in IMAGE_FORMATS:  # the key events drawn prominent, every other one in the density band
            _image(timeline, fmt, args.output, {e.id: source_count(e) for e in picked.iter_events()})
        else:
            from timeline_app.core.io.atomic import atomic_write_bytes
            from timeline_app.core.io.exchange import export_data

            atomic_write_bytes(args.output, export_data(picked, fmt).data)
    where = f" -> {printable(args.output)}" if args.output else ""
    n = len(timeline.articles)
    print(f"{len(chosen)} key dates from {n:,} article{'s' * (n != 1)}{where}", file=sys.stderr)
    return 0


def summary_events(key: KeyDate) -> list[Event]:
    """The event behind each summary sentence of a key date, in the summary's order."""
    out = []
    for sentence in key.summary:
        event = next((e for e in key.events if event_sentence(e) == sentence), None)
        if event is not None and event not in out:
            out.append(event)
    return out


def key_timeline(timeline: Timeline, chosen: list[KeyDate]) -> Timeline:
    """A timeline of the events behind the key dates' summaries, with their articles."""
    events = [e for key in chosen for e in summary_events(key)]
    used = {s.article for e in events for s in e.sources}
    out = Timeline(title=timeline.title)
    out.replace_all(timeline.title, [a for a in timeline.articles if a.id in used], events)
    return out


def _article_label(article: Article) -> str:
    title = " ".join(article.title.split()) or article.id
    parts = [title]
    if article.published is not None:
        parts.append(article.published.iso())
    if article.path:
        parts.append(Path(article.path).name)
    return " - ".join(parts)


def markdown(timeline: Timeline, chosen: list[KeyDate]) -> str:
    """A dated list: each key date, its sentences, and the numbered sources that tell them."""
    numbers: dict[str, int] = {}
    lines = [f"# {timeline.title}", ""]
    n = len(timeline.articles)
    lines += [f"{len(chosen)} key dates from {n:,} article{'s' * (n != 1)}.", ""]
    for key in chosen:
        lines += [f"## {key.date.isoformat()} ({key.date.strftime('%A')})", ""]
        reported = len({s.article for e in key.events for s in e.sources})
        for sentence, event in zip(key.summary, summary_events(key), strict=False):
            articles = list(dict.fromkeys(s.article for s in event.sources))
            cited = [numbers.setdefault(a, len(numbers) + 1) for a in articles[:MAX_CITED]]
            refs = " ".join(f"[{k}]" for k in cited)
            if len(articles) > MAX_CITED:
                refs += f" and {len(articles) - MAX_CITED} more"
            lines.append(f"- {sentence} {refs}".rstrip())
        lines += ["", f"Reported by {reported} article{'s' * (reported != 1)}.", ""]
    if numbers:
        lines += ["## Sources", ""]
        for article_id, number in numbers.items():
            article = timeline.article(article_id) if timeline.has_article(article_id) else None
            lines.append(f"{number}. {_article_label(article) if article else article_id}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _image(timeline: Timeline, fmt: str, output: str, key: dict[str, int]) -> None:
    """``timeline`` drawn as the window's Key Events mode draws it: the events of ``key`` (id ->
    how many articles tell it) with their titles in full and source counts, every other event
    in the density band, over the key events' range."""
    from timeline_app.cli.export import ensure_headless_platform

    ensure_headless_platform()
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["timeline-app"])
    from timeline_app.gui.export.budget import PROCESS_MEMORY_LIMIT
    from timeline_app.gui.export.export import export_image
    from timeline_app.gui.export.options import ExportOptions

    options = ExportOptions(
        format=fmt, scale=2.0 if fmt == "png" else 1.0, memory_limit=PROCESS_MEMORY_LIMIT, key_events=key
    )
    try:
        report = export_image(timeline, output, options)  # fitted to its content: every label drawn
    finally:
        del app
    for note in report.notes:
        print(f"timeline-app summarize: {note}", file=sys.stderr)
    if report.clustered:
        print(
            f"timeline-app summarize: {report.clustered} events drawn in '+N' badges "
            "(fewer --dates draws them all)",
            file=sys.stderr,
        )
