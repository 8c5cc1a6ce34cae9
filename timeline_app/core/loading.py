"""From article files to a timeline: load, extract, merge. Used by the CLI and the GUI."""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

from timeline_app.core.dates import FuzzyDate, as_fuzzy
from timeline_app.core.errors import InputError
from timeline_app.core.model import Article, Event, Timeline


def parse_date_option(value: str | None, option: str = "--published") -> FuzzyDate | None:
    """A YYYY-MM-DD (or coarser ISO) date given on the command line.

    Raises:
        InputError: not a date, or an impossible one.
    """
    if value is None:
        return None
    try:
        return as_fuzzy(value)
    except ValueError as error:
        raise InputError(f"{option} {value!r}: {error}") from None


PARALLEL_FROM = 12
"""Fewer articles than this are extracted in this process: starting the worker processes
costs a fraction of a second, more than a few articles take."""


def read_all(articles: Iterable[Article], workers: int | None = None) -> tuple[list[Article], list[Event]]:
    """Several articles read on ``workers`` processes (default: two, or one on a one-core
    machine, or for fewer than :data:`PARALLEL_FROM` articles), as the window does: the
    articles as read, each keeping its time expressions (saved with the project, so the
    window does not tag it again), and their events, the same event told by several merged
    into one, in the articles' order."""
    from timeline_app.core.extract import merge_events, read_many

    articles = list(articles)
    if workers is None:  # starting the processes costs more than a few articles take
        workers = min(2, os.cpu_count() or 1) if len(articles) >= PARALLEL_FROM else 1
    read: list[Article] = []
    events: list[Event] = []
    for article, found in read_many(articles, workers=workers):
        read.append(article)
        events.extend(found)
    return read, merge_events([], events)


def timeline_from_articles(articles: list[Article], title: str | None = None) -> Timeline:
    timeline = Timeline(title=title or (articles[0].title if len(articles) == 1 else "Timeline"))
    read, events = read_all(articles)
    timeline.replace_all(timeline.title, read, events)
    return timeline


PROJECT_SUFFIXES = (".json", ".tlproj")
EXCHANGE_SUFFIXES = (".csv", ".ics")
"""Event files made by other tools (or exported by us) that are read as they are; a .json
that is not a project is read as TimelineJS3."""


def _read_events_file(path: Path) -> tuple[Timeline, list[str], bool]:
    """A project, or a CSV / iCalendar / TimelineJS3 file: its timeline, repair warnings,
    and whether it was a project.

    Raises:
        InputError: one line naming the file.
    """
    from timeline_app.core.io.project import is_project_file, load_project

    if is_project_file(path):  # the same test as the window's
        try:
            return (*load_project(path), True)
        except InputError as error:
            if path.suffix.lower() != ".json" or "not a timeline-app project" not in str(error):
                raise
    from timeline_app.core.io.exchange import import_file

    result = import_file(path)
    return result.timeline, result.warnings, False


def load_inputs(
    paths: Iterable[str | Path],
    published: _dt.date | FuzzyDate | None = None,
    warnings: list[str] | None = None,
    projects: dict[Path, list[str]] | None = None,
    skippable: Collection[str | Path] = (),
) -> Timeline:
    """Articles and project files on a command line, as one timeline.

    Project files are read as they are (their events kept); articles are extracted.
    What was repaired in a project file is appended to ``warnings``, one line each,
    starting with the file's name; ``projects`` is given each file read as a project
    with its own repair warnings (the CLI must not save a repair over it unasked).
    An article among ``skippable`` (the files found in a folder, not named by the user)
    that cannot be read is left out with a warning line, as the window's Import Folder
    leaves it out: one empty or binary file must not stop a folder of 300.

    Raises:
        InputError: a file cannot be read (one line naming it), or no file of a folder can.
    """

    timeline = Timeline()
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        suffix = path.suffix.lower()
        if suffix in PROJECT_SUFFIXES or suffix in EXCHANGE_SUFFIXES:
            project, repaired, is_project = _read_events_file(path)
            if is_project and projects is not None:
                projects[path] = repaired
            if warnings is not None:
                warnings.extend(f"{path.name}: {line}" for line in repaired)
            if len(timeline) == 0 and not timeline.articles:
                timeline.title = project.title
            for article in project.articles:
                if not timeline.has_article(article.id):
                    timeline.add_article(article)
            fresh = [e for e in project.events if not timeline.has_event(e.id)]
            if warnings is not None and len(fresh) < len(project):
                warnings.append(
                    f"{path.name}: {len(project) - len(fresh)} events have ids already read from an "
                    "earlier file; the earlier ones were kept"
                )
            timeline.add_events(fresh)
        else:
            files.append(path)
    if files:
        failed: list[str] = []
        read, events = _read_files(files, published, timeline, {Path(p) for p in skippable}, failed)
        if warnings is not None:
            warnings.extend(f"{line}; left out" for line in failed)
        if not read and failed and len(timeline) == 0:
            raise InputError(f"no file could be read ({len(failed)} failed); the first: {failed[0]}")
        if len(timeline) == 0 and not timeline.articles:
            timeline.title = read[0].title if len(read) == 1 else "Timeline"
        for article in read:
            timeline.add_article(article)
        timeline.add_events(e for e in events if not timeline.has_event(e.id))
    return timeline


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # loading it says why


def _read_files(
    files: list[Path],
    published: _dt.date | FuzzyDate | None,
    timeline: Timeline,
    skippable: set[Path],
    failed: list[str],
) -> tuple[list[Article], list[Event]]:
    """The article files read as :func:`read_all` reads articles (in the files' order, the same
    text only once, none ``timeline`` has), each handed to the extracting processes as soon as it
    is loaded, the largest first: loading overlaps extraction. A file of ``skippable`` that cannot
    be read is left out, its one-line error appended to ``failed``.

    Raises:
        InputError: a file not in ``skippable`` cannot be read (one line naming it).
    """
    from timeline_app.core.extract import merge_events, read_as_loaded
    from timeline_app.core.io.articles import load_article

    kept: list[int] = []

    def loaded() -> Iterator[Article]:
        seen: set[str] = set()
        for i in sorted(range(len(files)), key=lambda i: -_size(files[i])):  # a tie: the files' order
            try:
                article = load_article(files[i], published)
            except InputError as error:
                if files[i] not in skippable:
                    raise
                failed.append(str(error))
                continue
            if article.id not in seen and not timeline.has_article(article.id):
                seen.add(article.id)
                kept.append(i)
                yield article

    workers = min(2, os.cpu_count() or 1) if len(files) >= PARALLEL_FROM else 1
    found = read_as_loaded(loaded(), workers)
    in_order = [result for _i, result in sorted(zip(kept, found, strict=True), key=lambda pair: pair[0])]
    return [article for article, _ in in_order], merge_events(
        [], [e for _, events in in_order for e in events]
    )
