"""Reading a parsed project file defensively: repair what can be repaired, say what was.

Every repair adds a one-line warning; only a file that is not a project at all,
or one of a newer version, is refused. Event records as this version writes them
are decoded by msgspec into :class:`~timeline_app.core.io.project_records.EventRecord`
and read by the fast path there; this module reads the rest, one record at a time,
from plain JSON values, and gives the same result for a record both can read
(tests/core/io/test_project_reader_fast). Dates repeat a lot in a timeline, so each
distinct ``when`` is read once (:mod:`project_dates`).
"""

from __future__ import annotations

import itertools
import os
from dataclasses import replace
from enum import StrEnum
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any, TypeGuard, TypeVar

import msgspec

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.errors import InputError
from timeline_app.core.io.limits import (
    MAX_ALTERNATIVES,
    MAX_DESCRIPTION,
    MAX_NAMES,
    MAX_ROLES,
    MAX_SOURCES,
    MAX_TITLE,
    cap_text,
    cut_note,
)
from timeline_app.core.io.project_dates import read_when
from timeline_app.core.io.project_records import (
    Declined,
    EventRecord,
    ProjectRecord,
    ReadCaches,
    plain_values,
    read_record,
)
from timeline_app.core.model import (
    Article,
    ArticleTimes,
    Event,
    Kind,
    Origin,
    Source,
    Status,
    Timeline,
    TimeMark,
    new_id,
)

_E = TypeVar("_E", bound=StrEnum)

FORMAT = "timeline-app"
VERSION = 2
"""2: articles keep their time expressions ("times"). A version 1 file reads as before, its
articles without them (the window tags such an article when it is first shown)."""

KINDS = {k.value: k for k in Kind}
STATUSES = {s.value: s for s in Status}
ORIGINS = {o.value: o for o in Origin}


def parse_project_object(data: Any, folder: str | None = None) -> tuple[Timeline, list[str]]:
    """Build a Timeline from a parsed project object, repairing what can be repaired.

    ``folder`` is the project file's folder: article paths, relative to it in the
    file, are then joined to it, so that a Save As elsewhere can re-base them.
    ``data`` may also be a :class:`ProjectRecord`, whose events are decoded records.

    Raises:
        InputError: not a timeline-app project, or of a newer version.
    """
    if isinstance(data, ProjectRecord):
        data = msgspec.structs.asdict(data)
    if not isinstance(data, dict):
        raise InputError("is not a timeline-app project (the top level is not an object)")
    if data.get("format") != FORMAT:
        raise InputError('is not a timeline-app project (no "format": "timeline-app")')
    version = data.get("version")
    if not _is_int(version) or version < 1:
        raise InputError(f"has an invalid format version {version!r}")
    if version > VERSION:
        raise InputError(
            f"was written by a newer timeline-app (format version {version}); "
            f"this one reads version {VERSION}; please update timeline-app"
        )
    warnings: list[str] = []
    reader = _Reader(warnings, folder)
    articles = reader.articles(_list_or_empty(data, "articles"))
    events = reader.events(_list_or_empty(data, "events"), {a.id: a for a in articles})
    title = data.get("title")
    if not isinstance(title, str):
        title = "Untitled timeline"
    if len(title) > MAX_TITLE:
        warnings.append(f"the timeline was too large; cut {cut_note('title', len(title), MAX_TITLE)}")
        title = cap_text(title, MAX_TITLE)
    timeline = Timeline(title=title)
    timeline.replace_all(title, articles, events)
    return timeline, warnings


def _list_or_empty(data: dict[str, Any], key: str) -> Any:
    value = data.get(key)
    return [] if value is None else value


def when_from_json(data: Any) -> FuzzyDate:
    """The ``when`` object of an event (see project.when_to_json).

    Raises:
        ValueError: no start, an unknown precision, or an impossible date.
    """
    return _Reader([]).when(data)


class _Reader:
    """One read: the warnings so far, and the values already checked (dates, lists of names)."""

    def __init__(self, warnings: list[str], folder: str | None = None) -> None:
        self.warnings = warnings
        self.folder = folder
        self.caches = ReadCaches()

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    # -- articles ---------------------------------------------------------------

    def articles(self, items: Any) -> list[Article]:
        if not isinstance(items, list):
            raise InputError('has "articles" that is not a list')
        articles: dict[str, Article] = {}
        for n, item in enumerate(items, 1):
            try:
                article = self.article(item)
            except (ValueError, TypeError) as error:
                self.warnings.append(f"article {n} was skipped: {error}")
                continue
            if article.id in articles:
                self.warnings.append(f"article {n} repeats the id {article.id!r}; the first one was kept")
                continue
            articles[article.id] = article
        return list(articles.values())

    def article(self, item: Any) -> Article:
        if not isinstance(item, dict):
            raise TypeError("not an object")
        aid = _text(item, "id")
        if not aid:
            raise ValueError("it has no id")
        published = None
        raw = item.get("published")
        if raw is not None and raw != "":
            try:
                if not isinstance(raw, str):
                    raise ValueError(f"{raw!r} is not a date")
                published = FuzzyDate.parse(raw)
            except ValueError as error:
                self.warn(f"article {aid!r} had an impossible publication date ({error}); it was dropped")
        path = _text(item, "path")
        if path_escapes(path):
            self.warnings.append(
                f"article {aid!r} had a path outside the project folder ({path!r}); only its name was kept"
            )
            path = PureWindowsPath(path).name
        if path and self.folder:
            path = os.path.join(self.folder, *PurePosixPath(path).parts)
        title = _text(item, "title")
        if len(title) > MAX_TITLE:
            self.warn(f"article {aid!r} was too large; cut {cut_note('title', len(title), MAX_TITLE)}")
            title = cap_text(title, MAX_TITLE)
        text = _text(item, "text")
        return Article(
            id=aid,
            title=title,
            text=text,
            published=published,
            source=_text(item, "source"),
            path=path,
            sha256=_text(item, "sha256"),
            language=_text(item, "language"),
            times=self.times(item.get("times"), aid, text, published),
        )

    def times(self, items: Any, aid: str, text: str, published: FuzzyDate | None) -> ArticleTimes | None:
        """The article's time expressions; None (tagged again when needed) if absent or broken."""
        if items is None:
            return None
        marks = []
        try:
            if not isinstance(items, list) or len(items) > len(text) + 1:
                raise ValueError("not a list of time expressions")
            for item in items:
                if not isinstance(item, list) or len(item) != 5:
                    raise ValueError("a time expression is not [start, end, value, date, explanation]")
                start, end, value, date, explanation = item
                if not (_is_int(start) and _is_int(end) and 0 <= start <= end <= len(text)):
                    raise ValueError(f"a time expression at {start!r}-{end!r} is outside the text")
                if not isinstance(value, str) or not isinstance(explanation, str):
                    raise ValueError("a time expression's value and explanation must be text")
                marks.append(
                    TimeMark(start, end, value, None if date is None else self.when(date), explanation)
                )
        except (ValueError, TypeError) as error:
            self.warn(f"article {aid!r} had unreadable time expressions ({error}); they will be found again")
            return None
        return ArticleTimes(published, tuple(marks))

    # -- events -----------------------------------------------------------------

    def events(self, items: Any, articles: dict[str, Article]) -> list[Event]:
        """``items``: the records decoded by msgspec, or plain JSON values. A record that
        is not an :class:`EventRecord`, or that the fast path declines, is repaired."""
        if not isinstance(items, list):
            raise InputError('has "events" that is not a list')
        events: dict[str, Event] = {}
        caches = self.caches
        for n, item in enumerate(items, 1):
            try:
                record = item if type(item) is EventRecord else msgspec.convert(item, EventRecord)
                event = read_record(record, articles, events, caches)
            except (msgspec.ValidationError, Declined):
                plain = plain_values(item) if type(item) is EventRecord else item
                self._repaired_event(plain, n, articles, events)
            else:
                events[event.id] = event
        return list(events.values())

    def _repaired_event(
        self, item: Any, n: int, articles: dict[str, Article], events: dict[str, Event]
    ) -> None:
        """Read the ``n``-th record, repairing it, into ``events``."""
        try:
            event = self.event(item, articles)
        except (ValueError, TypeError) as error:
            self.warnings.append(f"event {n} was skipped: {error}")
            return
        if event.id in events:
            fresh = new_id()
            self.warn(f"event {n} repeats the id {event.id!r}; it was given the new id {fresh!r}")
            event = replace(event, id=fresh)
        events[event.id] = event

    def plain_event(self, item: Any, articles: dict[str, Article]) -> Event | None:
        """The record read by the fast path alone; None if it declines it (for tests)."""
        try:
            return read_record(msgspec.convert(item, EventRecord), articles, {}, self.caches)
        except (msgspec.ValidationError, Declined):
            return None

    def event(self, item: Any, articles: dict[str, Article]) -> Event:
        """One event record, repaired: well-formed values are taken as they are, and only a
        value of the wrong type goes through the checking helpers, which repair it or raise.
        Records as written are read by the fast path (project_records); this one reads
        the others."""
        if type(item) is not dict:
            raise TypeError("not an object")
        get = item.get
        eid = _text(item, "id") or new_id()
        label = _Label(eid)
        title, description = get("title", ""), get("description", "")
        if type(title) is not str or type(description) is not str:
            title, description = _text(item, "title"), _text(item, "description")
        expression, notes, explanation = get("expression"), get("notes"), get("explanation")
        if expression is not None or notes is not None or explanation is not None:
            expression, notes = _text(item, "expression"), _text(item, "notes")
            explanation = _text(item, "explanation")
        when: FuzzyDate | None = None
        when_data = get("when")
        if when_data is not None:
            if type(when_data) is not dict:
                raise TypeError("'when' must be an object or null")
            expression = _text(when_data, "expression") or expression
            try:
                when = self.when(when_data)
            except ValueError as error:
                self.warn(f"{label} had an impossible date ({error}); it is now undated")
                unreadable = f"Unreadable date in the file: {when_data.get('start')!r}"
                notes = f"{notes}\n{unreadable}" if notes else unreadable
        kind, status, origin = get("kind", "OTHER"), get("status", "reported"), get("origin", "extracted")
        try:  # the common case: three known names
            kind, status, origin = KINDS[kind], STATUSES[status], ORIGINS[origin]
        except (KeyError, TypeError):
            kind = self._choice(KINDS, kind, Kind.OTHER, label)
            status = self._choice(STATUSES, status, Status.REPORTED, label)
            origin = self._choice(ORIGINS, origin, Origin.EXTRACTED, label)
        reviewed = get("reviewed", False)
        if type(reviewed) is not bool:
            reviewed = reviewed in (1, "true", "True", "yes")
        sources, roles, alternatives = get("sources"), get("roles"), get("alternatives")
        actors, places = get("actors"), get("places")
        confidence, reason = get("confidence", 1.0), get("confidence_reason", "")
        if type(confidence) is not float or not 0.0 <= confidence <= 1.0 or type(reason) is not str:
            confidence, reason = self.confidence(confidence, reason, label)
        if (
            len(title) > MAX_TITLE
            or len(description) > MAX_DESCRIPTION
            or any(_too_long(v, limit) for v, limit in _bounded(actors, places, roles, sources, alternatives))
        ):  # cut before reading: a million sources would otherwise be a million checks and warnings
            cuts: list[str] = []
            title = _cut(title, "title", MAX_TITLE, cuts)
            description = _cut(description, "description", MAX_DESCRIPTION, cuts)
            actors, places = _cut(actors, "actors", MAX_NAMES, cuts), _cut(places, "places", MAX_NAMES, cuts)
            roles, sources = (
                _cut(roles, "roles", MAX_ROLES, cuts),
                _cut(sources, "sources", MAX_SOURCES, cuts),
            )
            alternatives = _cut(alternatives, "alternatives", MAX_ALTERNATIVES, cuts)
            self.warn(f"{label} was too large; cut " + ", ".join(cuts))
        return Event(
            id=eid,
            title=title,
            when=when,
            description=description,
            actors=_strings(actors, "actors") if actors else (),
            places=_strings(places, "places") if places else (),
            kind=kind,
            status=status,
            sources=self.sources(sources, articles, eid) if sources else (),
            origin=origin,
            reviewed=reviewed,
            expression=expression or "",
            explanation=explanation or "",
            notes=notes or "",
            roles=self.roles(roles, label) if roles else (),
            alternatives=self.alternatives(alternatives, label) if alternatives else (),
            confidence=confidence,
            confidence_reason=reason,
        )

    def confidence(self, value: Any, reason: Any, label: object) -> tuple[float, str]:
        """A confidence from 0 to 1 and its reason, repaired; a file without them (older
        versions, or made by hand) gives 1.0 and ""."""
        if type(reason) is not str:
            reason = "" if reason is None else str(reason)
        if type(value) is float and 0.0 <= value <= 1.0:
            return value, reason
        if type(value) is int and value in (0, 1):
            return float(value), reason
        if type(value) in (int, float) and value == value:  # not NaN
            clamped = min(1.0, max(0.0, float(value)))
            self.warnings.append(f"{label} had a confidence of {value!r}; it became {clamped}")
            return clamped, reason
        self.warnings.append(f"{label} had an unreadable confidence {value!r}; it became 1.0")
        return 1.0, reason

    def _choice(self, table: dict[str, _E], value: Any, default: _E, label: object) -> _E:
        found = table.get(value) if type(value) is str else None
        if found is not None:
            return found
        self.warnings.append(
            f"{label} had an unknown {type(default).__name__.lower()} {value!r}; it became {default.value!r}"
        )
        return default

    def roles(self, value: Any, label: object) -> tuple[tuple[str, str], ...]:
        if not value:
            return ()
        if not isinstance(value, dict):
            self.warnings.append(f"{label}: its roles were not an object and were dropped")
            return ()
        return tuple((str(k), str(v)) for k, v in value.items())

    def alternatives(self, value: Any, label: object) -> tuple[FuzzyDate, ...]:
        if not value:
            return ()
        if not isinstance(value, list):
            self.warnings.append(f"{label}: its alternative dates were not a list and were dropped")
            return ()
        found = []
        for alt in value:
            try:
                found.append(self.when(alt))
            except ValueError as error:
                self.warnings.append(f"{label}: an alternative date was dropped ({error})")
        return tuple(found)

    def sources(self, items: Any, articles: dict[str, Article], eid: str) -> tuple[Source, ...]:
        if not items:
            return ()
        if not isinstance(items, list):
            raise TypeError("'sources' must be a list")
        sources: list[Source] = []
        for item in items:
            if not isinstance(item, dict):
                raise TypeError("a source must be an object")
            aid = _text(item, "article")
            start, end = item.get("start"), item.get("end")
            quote = _text(item, "quote")
            article = articles.get(aid)
            if article is None:
                self.warnings.append(
                    f"event {eid!r} cited a missing article {aid!r}; that source was dropped"
                )
                continue
            text = article.text
            if not (type(start) is int and type(end) is int and 0 <= start <= end <= len(text)):
                start, end = -1, -1
            # text[start:end] == quote, without copying the slice
            if start < 0 or end - start != len(quote) or not text.startswith(quote, start):
                found = text.find(quote) if quote else -1
                if found < 0:
                    self.warn(f"event {eid!r}: a quote is no longer in its article; that source was dropped")
                    continue
                self.warn(f"event {eid!r}: a source's offsets did not match its quote; they were re-anchored")
                start, end = found, found + len(quote)
            sources.append(Source(aid, start, end, quote))
        return tuple(sources)

    # -- dates --------------------------------------------------------------------

    def when(self, data: Any) -> FuzzyDate:
        if not isinstance(data, dict):
            raise ValueError("a date must be an object")
        start, end = data.get("start"), data.get("end")
        key = (start, end, data.get("precision"), data.get("end_precision"), bool(data.get("approximate")))
        try:
            found = self.caches.dates.get(key)
        except TypeError:  # an unhashable start or end (a list...): not a date
            raise ValueError("a date's start and end must be text") from None
        if found is None:
            found = self.caches.dates[key] = read_when(start, end, key[2], key[3], key[4])
        return found


def path_escapes(path: str) -> bool:
    """Absolute (POSIX or Windows), drive-relative, or climbing out with "..": a path
    that, followed, would read files outside the project folder."""
    if not path:
        return False
    for flavour in (PurePosixPath, PureWindowsPath):
        pure = flavour(path)
        if pure.anchor or ".." in pure.parts:
            return True
    return "\x00" in path


def _bounded(*values: Any) -> zip[tuple[Any, int]]:
    """actors, places, roles, sources, alternatives with their bounds."""
    return zip(values, (MAX_NAMES, MAX_NAMES, MAX_ROLES, MAX_SOURCES, MAX_ALTERNATIVES), strict=True)


def _too_long(value: Any, limit: int) -> bool:
    """A list or an object of more than ``limit`` entries (other values are left to the checks)."""
    return isinstance(value, list | dict) and len(value) > limit


def _cut(value: Any, what: str, limit: int, cuts: list[str]) -> Any:
    """A text, a list or an object of a record within ``limit`` (other values are left to the checks)."""
    if not (_too_long(value, limit) or (isinstance(value, str) and len(value) > limit)):
        return value
    cuts.append(cut_note(what, len(value), limit))
    if isinstance(value, str):
        return cap_text(value, limit)
    if isinstance(value, dict):
        return dict(itertools.islice(value.items(), limit))
    return value[:limit]


class _Label:
    """ "event 'e-1'" for warnings, formatted only if a warning is written."""

    __slots__ = ("eid",)

    def __init__(self, eid: str) -> None:
        self.eid = eid

    def __str__(self) -> str:
        return f"event {self.eid!r}"


def _text(item: dict[str, Any], key: str) -> str:
    value = item.get(key)
    if type(value) is str:
        return value
    if value is None:
        return ""
    raise TypeError(f"{key!r} must be text")


def _strings(value: Any, key: str) -> tuple[str, ...]:
    if not value:
        return ()
    if not isinstance(value, list) or not all(type(v) is str for v in value):
        raise TypeError(f"{key!r} must be a list of text")
    return tuple(value)


def _is_int(value: Any) -> TypeGuard[int]:
    """A JSON integer (Python's bool is an int, but JSON's true is not a number)."""
    return isinstance(value, int) and not isinstance(value, bool)
