"""`timeline-app export INPUT ... -o OUT`: articles or projects to an image or a data file.

Images (PNG, SVG, PDF) are painted by the same painter as the timeline window, with
no display needed: when neither DISPLAY nor WAYLAND_DISPLAY is set, Qt's offscreen
platform is chosen before the application object is made. Data formats (CSV, the
project JSON, TimelineJS3 JSON, iCalendar, Markdown) need no Qt at all.
Every file is written atomically (temporary file, fsync, rename).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from timeline_app.cli.messages import print_warnings
from timeline_app.cli.outputs import check_output, check_resave
from timeline_app.core.dates import FuzzyDate
from timeline_app.core.errors import InputError, printable
from timeline_app.core.io.exchange import LANE_MODES, timeline_in_range
from timeline_app.core.model import Timeline, without_uncertain

IMAGE_FORMATS = ("png", "svg", "pdf")
DATA_FORMATS = ("csv", "json", "timelinejs", "ics", "md")
FORMATS = IMAGE_FORMATS + DATA_FORMATS
_BY_SUFFIX = {
    ".png": "png", ".svg": "svg", ".pdf": "pdf", ".csv": "csv", ".json": "json",
    ".ics": "ics", ".ical": "ics", ".md": "md", ".markdown": "md",
}  # fmt: skip


class UsageError(Exception):
    """A command line that asks for something impossible (exit status 2)."""


DEFAULT_SCALE = 2.0
"""A fitted PNG is twice its logical size by default: 1,200 pixels is too few for a printed
page. An image of a size the user gave (--width, --height) is that many pixels."""


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export",
        help="export a timeline to PNG, SVG, PDF, CSV, JSON, TimelineJS, iCalendar or Markdown",
        description="Load articles (.txt, .md, .html) or project files (.json), extract their events, "
        "and write them to OUT. The format follows OUT's extension unless --format is given "
        "(.json is the project file; use --format timelinejs for TimelineJS3).",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="articles or project files")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="the file to write (atomically)")
    parser.add_argument("--format", choices=FORMATS, help="output format (default: from OUT's extension)")
    parser.add_argument(
        "--width", type=int, metavar="W", help="image width in pixels (default: fit; PDF: one page this wide)"
    )
    parser.add_argument(
        "--height", type=int, metavar="H", help="image height in pixels (default: fit; PDF: a page this tall)"
    )
    parser.add_argument(
        "--scale",
        type=float,
        default=None,
        metavar="S",
        help=f"pixel density of a PNG: 1, 2 or 3 (default: 1 with --width/--height, else "
        f"{DEFAULT_SCALE:g}, sharp in print)",
    )
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="first date shown (e.g. 2025-11)")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="last date shown (e.g. 2025-12-31)")
    parser.add_argument("--lanes", choices=LANE_MODES, default="none", help="group events into lanes by ...")
    parser.add_argument("--title", help="title (default: the timeline's)")
    parser.add_argument("--subtitle", default=None, help="subtitle under the title")
    parser.add_argument("--theme", choices=("light", "dark"), default="light", help="colours of an image")
    parser.add_argument("--transparent", action="store_true", help="no background (PNG, SVG)")
    parser.add_argument("--page", choices=("a4", "letter", "a3"), default="a4", help="PDF paper, landscape")
    parser.add_argument("--published", metavar="YYYY-MM-DD", help="publication date of the articles")
    parser.add_argument(
        "--repair",
        action="store_true",
        help="allow saving a project repaired while loading over its own file",
    )
    parser.add_argument(
        "--include-uncertain",
        action="store_true",
        help="also export the events the extractor is unsure of (hidden by default, as in the window)",
    )


def output_format(output: str, given: str | None, by_suffix: dict[str, str] = _BY_SUFFIX) -> str:
    """The format asked for, or the one OUT's extension names in ``by_suffix``.

    Raises:
        UsageError: the extension names no format we write.
    """
    if given:
        return given
    suffix = Path(output).suffix.lower()
    if suffix not in by_suffix:
        names = ", ".join(sorted(set(by_suffix)))
        what = suffix or "no extension"
        raise UsageError(f"cannot tell the format from {what!r} (use {names} or --format)")
    return by_suffix[suffix]


def date_option(value: str | None, option: str, last: bool) -> float | None:
    """The first (or, with ``last``, the end) day of a --from/--to date, in days since 1970.

    Raises:
        UsageError: not a date.
    """
    if value is None:
        return None
    try:
        when = FuzzyDate.parse(value)
    except ValueError as error:
        raise UsageError(f"{option} {value!r}: {error}") from None
    return when.end_days if last else when.start_days


def _check(args: argparse.Namespace) -> tuple[str, float | None, float | None]:
    fmt = output_format(args.output, args.format)
    for name in ("width", "height"):
        value = getattr(args, name)
        if value is not None and value <= 0:
            raise UsageError(f"--{name} must be a positive number of pixels")
    if args.scale is None:  # --width 1920 is an image 1,920 pixels wide; a fitted one is printed
        args.scale = 1.0 if args.width or args.height else DEFAULT_SCALE
    if not 0.25 <= args.scale <= 4:
        raise UsageError("--scale must be between 0.25 and 4 (1, 2 or 3 for HiDPI)")
    first = date_option(args.date_from, "--from", last=False)
    last = date_option(args.date_to, "--to", last=True)
    if first is not None and last is not None and last <= first:
        raise UsageError("--to is before --from")
    return fmt, first, last


def run(args: argparse.Namespace) -> int:
    try:
        fmt, first, last = _check(args)
    except UsageError as error:
        print(f"timeline-app export: {error}", file=sys.stderr)
        return 2
    from timeline_app.core.loading import parse_date_option

    same = check_output(args.output, args.inputs, writes_project=fmt == "json")
    warnings: list[str] = []
    projects: dict[Path, list[str]] = {}
    timeline = _load(args.inputs, parse_date_option(args.published), warnings, projects)
    print_warnings(warnings)
    check_resave(same, projects, args.repair)
    if same and (first is not None or last is not None):
        kept = len(timeline_in_range(timeline, first, last))
        if kept < len(timeline):
            raise InputError(
                f"--from/--to leave out {len(timeline) - kept} of the {len(timeline)} events of "
                f"{same[0].name}, which the output would replace (choose another output file)"
            )
    if args.title:
        timeline.title = args.title
    if not args.include_uncertain:
        timeline, hidden = without_uncertain(timeline)
        if hidden and same:
            raise InputError(
                f"{hidden} uncertain events of {same[0].name} would be left out of the output, which "
                "replaces it (add --include-uncertain, or choose another output file)"
            )
        if hidden:
            print(
                f"timeline-app export: {hidden} uncertain events left out (--include-uncertain keeps them)",
                file=sys.stderr,
            )
    if fmt in IMAGE_FORMATS:
        count = _export_image(timeline, fmt, args, first, last)
    else:
        count = _export_data(timeline_in_range(timeline, first, last), fmt, args)
    print(f"{count:,} event{'s' * (count != 1)} -> {printable(args.output)}", file=sys.stderr)
    return 0


def _load(
    inputs: list[str], published: FuzzyDate | None, warnings: list[str], projects: dict[Path, list[str]]
) -> Timeline:
    """The timeline of the inputs; their repairs go to ``warnings`` (each starting with the
    file's name), and each file read as a project to ``projects`` with its own repairs.

    A lone project file is the project itself: load_inputs would copy its events one by
    one into a new timeline (a tenth of a second at 100,000 events). Any other file, or
    one that load_project refuses (a TimelineJS3 .json...), goes to load_inputs, which
    reads the other formats and words the errors.
    """
    from timeline_app.core.loading import PROJECT_SUFFIXES, load_inputs

    if len(inputs) == 1 and Path(inputs[0]).suffix.lower() in PROJECT_SUFFIXES:
        from timeline_app.core.io.project import load_project

        path = Path(inputs[0])
        try:
            timeline, repaired = load_project(path)
        except InputError:
            pass
        else:
            projects[path] = repaired
            warnings.extend(f"{printable(path.name)}: {line}" for line in repaired)
            return timeline
    return load_inputs(inputs, published, warnings, projects)


def _export_data(timeline: Timeline, fmt: str, args: argparse.Namespace) -> int:
    from timeline_app.core.io.atomic import atomic_write_bytes
    from timeline_app.core.io.exchange import export_data

    result = export_data(timeline, fmt, lanes=args.lanes, subtitle=args.subtitle or "")
    atomic_write_bytes(args.output, result.data)
    if result.skipped:
        print(
            f"timeline-app export: {result.skipped} undated or out-of-range events left out", file=sys.stderr
        )
    return result.events


def ensure_headless_platform() -> None:
    """Choose Qt's offscreen platform when there is no display (before any QGuiApplication)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _export_image(
    timeline: Timeline, fmt: str, args: argparse.Namespace, first: float | None, last: float | None
) -> int:
    ensure_headless_platform()
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["timeline-app"])
    from timeline_app.gui.export.budget import PROCESS_MEMORY_LIMIT
    from timeline_app.gui.export.export import export_image
    from timeline_app.gui.export.options import ExportOptions

    options = ExportOptions(
        format=fmt,
        first=first,
        last=last,
        width=args.width,
        height=args.height,
        scale=args.scale,
        title=args.title,
        subtitle=args.subtitle or "",
        lanes=args.lanes,
        theme=args.theme,
        transparent=args.transparent,
        page=args.page,
        memory_limit=PROCESS_MEMORY_LIMIT,
    )
    try:
        report = export_image(timeline, args.output, options)
    finally:
        del app
    for note in report.notes:
        print(f"timeline-app export: {note}", file=sys.stderr)
    return report.in_range
