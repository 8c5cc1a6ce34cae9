"""Exchange formats: CSV, TimelineJS3 JSON and iCalendar both ways; Markdown out.

Each format is a pair of plain functions over a :class:`~timeline_app.core.model.Timeline`
(``export_*`` returns text, bytes or a dict; ``import_*`` returns an
:class:`ImportResult`). Writing files is the caller's job (atomically, see
:mod:`timeline_app.core.io.atomic`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from timeline_app.core.errors import InputError
from timeline_app.core.io.atomic import describe_os_error
from timeline_app.core.io.exchange.csv_io import export_csv, import_csv
from timeline_app.core.io.exchange.ics import IcsExport, export_ics, import_ics
from timeline_app.core.io.exchange.markdown import export_markdown
from timeline_app.core.io.exchange.records import LANE_MODES, ImportResult, lane_namer
from timeline_app.core.io.exchange.timelinejs import export_timelinejs, import_timelinejs, timelinejs_bytes
from timeline_app.core.io.xml_text import encodable_text
from timeline_app.core.model import Timeline

DATA_FORMATS = ("csv", "json", "timelinejs", "ics", "md")
IMPORT_SUFFIXES = (".csv", ".ics", ".json")
"""Files :func:`import_file` reads (a .json must be TimelineJS3; projects are opened, not imported)."""
MAX_IMPORT_BYTES = 200 * 1024 * 1024
"""Data formats by the names the CLI and the export dialog use (json is the project file)."""


@dataclass(slots=True)
class DataExport:
    """A data file's bytes, how many events it holds, and how many could not go in."""

    data: bytes
    events: int
    skipped: int = 0


def timeline_in_range(timeline: Timeline, first: float | None, last: float | None) -> Timeline:
    """The events overlapping [first, last) days (all of them, undated included, with no range)."""
    if first is None and last is None:
        return timeline
    lo = -float("inf") if first is None else first
    hi = float("inf") if last is None else last
    kept = [e for e in timeline.iter_events() if e.when and e.when.end_days > lo and e.when.start_days < hi]
    subset = Timeline(title=timeline.title)
    subset.replace_all(timeline.title, timeline.articles, kept)
    return subset


def export_data(
    timeline: Timeline, fmt: str, lanes: str = "none", subtitle: str = "", folder: str | None = None
) -> DataExport:
    """The timeline in one of :data:`DATA_FORMATS`, ready to be written atomically.

    ``folder`` is where a project file will live (its article paths are kept relative to it).

    Raises:
        ValueError: an unknown format name.
    """
    if fmt == "csv":
        return DataExport(encodable_text(export_csv(timeline, lanes=lanes)).encode("utf-8"), len(timeline))
    if fmt == "json":
        from timeline_app.core.io.project import project_bytes

        return DataExport(project_bytes(timeline, folder), len(timeline))
    if fmt == "timelinejs":
        data, slides = timelinejs_bytes(timeline, lanes=lanes, subtitle=subtitle)
        return DataExport(data, slides, len(timeline) - slides)
    if fmt == "ics":
        result = export_ics(timeline)
        return DataExport(result.data, len(timeline) - result.skipped, result.skipped)
    if fmt == "md":
        markdown = encodable_text(export_markdown(timeline, subtitle=subtitle))
        return DataExport(markdown.encode("utf-8"), len(timeline))
    raise ValueError(f"unknown data format {fmt!r} (one of {', '.join(DATA_FORMATS)})")


def import_file(path: str | Path) -> ImportResult:
    """Events from a CSV, iCalendar or TimelineJS3 file, by its extension.

    Raises:
        InputError: unreadable, too large, not UTF-8 (CSV, JSON), or not of its format
            (one line naming the file).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in IMPORT_SUFFIXES:
        raise InputError(f"cannot import {suffix or 'files without an extension'}", path=path.name)
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise InputError("is too large to import (over 200 MB)", path=path.name)
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read it: {describe_os_error(error)}", path=path.name) from None
    title = path.stem
    try:
        if suffix == ".ics":
            return import_ics(data, title=title)
        text = data.decode("utf-8-sig")
        if suffix == ".csv":
            return import_csv(text, title=title)
        return import_timelinejs(json.loads(text), title=None)
    except UnicodeDecodeError:
        raise InputError("is not UTF-8 text", path=path.name) from None
    except json.JSONDecodeError as error:
        raise InputError(f"is not valid JSON (line {error.lineno})", path=path.name) from None
    except RecursionError:
        raise InputError("is nested too deeply", path=path.name) from None
    except InputError as error:
        raise InputError(str(error), path=path.name) from None


__all__ = [
    "DATA_FORMATS",
    "IMPORT_SUFFIXES",
    "LANE_MODES",
    "DataExport",
    "IcsExport",
    "ImportResult",
    "export_csv",
    "export_data",
    "export_ics",
    "export_markdown",
    "export_timelinejs",
    "import_csv",
    "import_file",
    "import_ics",
    "import_timelinejs",
    "lane_namer",
    "timeline_in_range",
]
