"""Reading a parsed project file defensively: repair what can be repaired, say what was.

Every repair adds a one-line warning; only a file that is not a project at all,
or one of a newer version, is refused. Reading is built for 100,000 events in well
under a second: dates repeat a lot in a timeline, so each distinct ``when`` is parsed
once, and the common "YYYY-MM-DD" day is read without the general ISO parser.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import fields, replace
from enum import StrEnum
from pathlib import PurePosixPath, PureWindowsPath
from types import GeneratorType
from typing import Any, TypeVar

from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.errors import InputError
from timeline_app.core.model import Article, Event, Kind, Origin, Source, Status, Timeline, new_id

_E = TypeVar("_E", bound=StrEnum)
_T = TypeVar("_T")

FORMAT = "timeline-app"
VERSION = 1

_KINDS = {k.value: k for k in Kind}
_STATUSES = {s.value: s for s in Status}
_ORIGINS = {o.value: o for o in Origin}
_PRECISIONS = {p.value: p for p in Precision}
_DAY = re.compile(r"([+-]?\d{4,6})-(\d\d)-(\d\d)")
_MINUTE = re.compile(r"([+-]?\d{4,6})-(\d\d)-(\d\d)T(\d\d):(\d\d)")
_MILLENNIUM = re.compile(r"[+-]?\d{1,3}")


def _builder(cls: type[_T]) -> Callable[..., _T]:
    """A fast constructor for a frozen, slotted dataclass, taking every field in order,
    for values already checked and normalised (no ``__post_init__``).

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``,
    which for the 16 fields of an Event was a fifth of the time of opening 100,000
    events. The builder is a plain twin class with the same slots, whose ``__init__``
    stores the fields as plain attributes and then gives the object its real class,
    which Python allows between classes of the same layout. The twin is made from the
    dataclass's own fields, so it follows any change to them; should the class ever
    stop allowing it, the builder is the class itself.
    """
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    if getattr(cls, "__slots__", None) != names:
        return cls
    namespace: dict[str, Any] = {"cls": cls}
    # The code is made of the dataclass's field names only; the last line gives the object its class.
    exec(
        f"def __init__(self, {', '.join(names)}):\n"
        + "".join(f"    self.{n} = {n}\n" for n in names)
        + "    self.__class__ = cls\n",
        namespace,
    )
    twin = type(f"_Plain{cls.__name__}", (), {"__slots__": names, "__init__": namespace["__init__"]})
    try:
        probe = twin(*[None] * len(names))
    except TypeError:
        return cls
    return twin if type(probe) is cls else cls


_new_event = _builder(Event)
_new_source = _builder(Source)

# The keys of the records this version writes, in the order it writes them (project.event_line).
_EVENT_KEYS: tuple[str, ...] = ("id", "title", "description", "when", "actors", "places", "kind", "status")
_EVENT_KEYS += ("sources", "origin", "reviewed")
_TEXT_EXTRAS = frozenset(("expression", "explanation", "notes"))
_WHEN_KEYS = ("start", "end", "precision", "approximate", "expression")
_SOURCE_KEYS = ("article", "start", "end", "quote")


def parse_project_object(data: Any, folder: str | None = None) -> tuple[Timeline, list[str]]:
    """Build a Timeline from a parsed project object, repairing what can be repaired.

    ``folder`` is the project file's folder: article paths, relative to it in the
    file, are then joined to it, so that a Save As elsewhere can re-base them.

    Raises:
        InputError: not a timeline-app project, or of a newer version.
    """
    if not isinstance(data, dict):
        raise InputError("is not a timeline-app project (the top level is not an object)")
    if data.get("format") != FORMAT:
        raise InputError('is not a timeline-app project (no "format": "timeline-app")')
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
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
    """One read: the warnings so far and the dates already parsed."""

    def __init__(self, warnings: list[str], folder: str | None = None) -> None:
        self.warnings = warnings
        self.folder = folder
        self._dates: dict[tuple[Any, ...], FuzzyDate] = {}
        self._lists: dict[tuple[str, ...], tuple[str, ...]] = {}  # actors and places, shared

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
        return Article(
            id=aid,
            title=_text(item, "title"),
            text=_text(item, "text"),
            published=published,
            source=_text(item, "source"),
            path=path,
            sha256=_text(item, "sha256"),
            language=_text(item, "language"),
        )

    # -- events -----------------------------------------------------------------

    def events(self, items: Any, articles: dict[str, Article]) -> list[Event]:
        """``items``: the parsed list, or a generator of its records (project_stream)."""
        if not isinstance(items, list | GeneratorType):
            raise InputError('has "events" that is not a list')
        events: dict[str, Event] = {}
        for n, item in enumerate(items, 1):
            try:
                event = self.plain_event(item, articles) if type(item) is dict else None
                if event is None:
                    event = self.event(item, articles)
            except (ValueError, TypeError) as error:
                self.warnings.append(f"event {n} was skipped: {error}")
                continue
            if event.id in events:
                fresh = new_id()
                self.warn(f"event {n} repeats the id {event.id!r}; it was given the new id {fresh!r}")
                event = replace(event, id=fresh)
            events[event.id] = event
        return list(events.values())

    def plain_event(self, item: dict[str, Any], articles: dict[str, Article]) -> Event | None:
        """The record as this version writes it, read with as little Python as possible;
        ``None`` for anything unusual, which :meth:`event` then reads and repairs.

        Opening 100,000 events spent most of its time on checks of values that are
        almost always right: here the keys are compared in one go with the order the
        writer uses, the values unpacked at once, and an actors or places list already
        seen is not checked again (its tuple is shared, which also saves memory).
        Nothing is warned about before the last point where ``None`` can be returned, so
        :meth:`event` never repeats a warning.
        """
        keys = tuple(item)
        expression: Any
        explanation: Any
        notes: Any
        if keys == _EVENT_KEYS:
            eid, title, description, when_data, actors, places, kind, status, sources, origin, reviewed = (
                item.values()
            )
            expression = explanation = notes = ""
        elif keys[:11] == _EVENT_KEYS and _TEXT_EXTRAS.issuperset(keys[11:]):
            eid, title, description, when_data, actors, places, kind, status, sources, origin, reviewed = (
                tuple(item.values())[:11]
            )
            expression, explanation, notes = (
                item.get("expression"),
                item.get("explanation"),
                item.get("notes"),
            )
            for value in (expression, explanation, notes):
                if value is not None and type(value) is not str:
                    return None
        else:
            return None
        if (
            type(eid) is not str
            or not eid
            or type(title) is not str
            or type(description) is not str
            or type(reviewed) is not bool
        ):
            return None
        try:
            kind, status, origin = _KINDS[kind], _STATUSES[status], _ORIGINS[origin]
        except (KeyError, TypeError):
            return None
        when: FuzzyDate | None = None
        if when_data is not None:
            if type(when_data) is not dict or tuple(when_data) != _WHEN_KEYS:
                return None
            start, end, precision, approximate, when_expression = when_data.values()
            if type(approximate) is not bool or type(when_expression) is not str:
                return None
            key = (start, end, precision, None, approximate)  # the key of self.when
            try:
                when = self._dates.get(key)
                if when is None:
                    when = self._dates[key] = _when(start, end, precision, None, approximate)
            except (TypeError, ValueError):
                return None
            expression = when_expression or expression
        if actors:
            actors = self._shared(actors)
            if actors is None:
                return None
        else:
            actors = ()
        if places:
            places = self._shared(places)
            if places is None:
                return None
        else:
            places = ()
        if sources:
            if type(sources) is not list:
                return None
            sources = _one_plain_source(sources, articles) or self.sources(sources, articles, eid)
        else:
            sources = ()
        return _new_event(
            eid, title, when, description, actors, places, kind, status, sources, origin, reviewed,
            expression or "", explanation or "", notes or "", (), (),
        )  # fmt: skip

    def _shared(self, value: Any) -> tuple[str, ...] | None:
        """A list of text as a tuple shared with the equal lists read before; None if not such a list."""
        if type(value) is not list:
            return None
        key = tuple(value)
        try:
            found = self._lists.get(key)
        except TypeError:  # an unhashable item
            return None
        if found is None:
            if not all(type(v) is str for v in key):
                return None
            found = self._lists[key] = key
        return found

    def event(self, item: Any, articles: dict[str, Article]) -> Event:
        """One event record. Written for speed (it runs 100,000 times on opening a big
        project): well-formed values are taken as they are, and only a value of the
        wrong type goes through the checking helpers, which repair it or raise."""
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
            kind, status, origin = _KINDS[kind], _STATUSES[status], _ORIGINS[origin]
        except (KeyError, TypeError):
            kind = self._choice(_KINDS, kind, Kind.OTHER, label)
            status = self._choice(_STATUSES, status, Status.REPORTED, label)
            origin = self._choice(_ORIGINS, origin, Origin.EXTRACTED, label)
        reviewed = get("reviewed", False)
        if type(reviewed) is not bool:
            reviewed = reviewed in (1, "true", "True", "yes")
        sources, roles, alternatives = get("sources"), get("roles"), get("alternatives")
        actors, places = get("actors"), get("places")
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
        )

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
            if type(item) is dict and tuple(item) == _SOURCE_KEYS and type(item["article"]) is str:
                aid, start, end, quote = item.values()
                if type(quote) is not str:
                    quote = _text(item, "quote")
            else:
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
            sources.append(_new_source(aid, start, end, quote))
        return tuple(sources)

    # -- dates --------------------------------------------------------------------

    def when(self, data: Any) -> FuzzyDate:
        if not isinstance(data, dict):
            raise ValueError("a date must be an object")
        start, end = data.get("start"), data.get("end")
        key = (start, end, data.get("precision"), data.get("end_precision"), bool(data.get("approximate")))
        try:
            found = self._dates.get(key)
        except TypeError:  # an unhashable start or end (a list...): not a date
            raise ValueError("a date's start and end must be text") from None
        if found is None:
            found = _when(start, end, key[2], key[3], key[4])
            self._dates[key] = found
        return found


def _when(start: Any, end: Any, precision: Any, end_precision: Any, approximate: bool) -> FuzzyDate:
    if not isinstance(start, str):
        raise ValueError("a date needs a text 'start'")
    prec = _precision(precision)
    date = _date(start, prec)
    if end is not None:
        if not isinstance(end, str):
            raise ValueError("a date's 'end' must be text or null")
        if end_precision is not None:
            last = _date(end, _precision(end_precision))
        else:  # files without end_precision: the end at the start's precision when it is finer
            last = _date(end, None) if not _MILLENNIUM.fullmatch(end.strip()) else _date(end, prec)
            if prec is not None and last.precision.rank < prec.rank:
                last = last.truncate(prec)
    else:
        last = None
    if last is not None or approximate:  # what dataclasses.replace would do, without its overhead
        d = date
        date = FuzzyDate(
            d.year, d.month, d.day, d.hour, d.minute, d.precision, approximate or d.approximate, last
        )
    return date


def _precision(value: Any) -> Precision | None:
    if value is None:
        return None
    found = _PRECISIONS.get(value) if isinstance(value, str) else None
    if found is None:
        raise ValueError(f"unknown precision {value!r}")
    return found


def _date(text: str, precision: Precision | None) -> FuzzyDate:
    """One date's text at a known precision; FuzzyDate.parse for all but the fast cases."""
    if precision is None or precision is Precision.DAY:
        m = _DAY.fullmatch(text)
        if m:
            return FuzzyDate(int(m[1]), int(m[2]), int(m[3]))
    if precision is None or precision is Precision.MINUTE:
        m = _MINUTE.fullmatch(text)
        if m:
            return FuzzyDate(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), Precision.MINUTE)
    if precision is Precision.MILLENNIUM and _MILLENNIUM.fullmatch(text.strip()):
        # FuzzyDate.iso() writes a millennium as "2" (for 2000), which FuzzyDate.parse does not read.
        return FuzzyDate(int(text) * 1000, precision=Precision.MILLENNIUM)
    date = FuzzyDate.parse(text)
    if precision is not None and date.precision is not precision:
        date = date.truncate(precision)
    return date


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


def _one_plain_source(items: list[Any], articles: dict[str, Article]) -> tuple[Source] | None:
    """An event's single source, when it is exactly as this version writes it and its quote
    matches its article; None for anything else, which :meth:`_Reader.sources` reads and repairs.

    Most events cite one source: reading it here, without the loop and the list of the
    general case, took a tenth off opening 100,000 events. The article's id is kept as
    the article's own string, so the events citing it share one.
    """
    if len(items) != 1:
        return None
    item = items[0]
    if type(item) is not dict or tuple(item) != _SOURCE_KEYS:
        return None
    aid, start, end, quote = item.values()
    if type(aid) is not str or type(quote) is not str or type(start) is not int or type(end) is not int:
        return None
    article = articles.get(aid)
    if article is None:
        return None
    text = article.text
    # text[start:end] == quote, without copying the slice
    if not (0 <= start <= end <= len(text) and end - start == len(quote) and text.startswith(quote, start)):
        return None
    return (_new_source(article.id, start, end, quote),)
