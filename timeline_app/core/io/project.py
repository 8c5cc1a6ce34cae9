"""The project file: versioned JSON, written atomically, read defensively.

Reading never touches the file. What cannot be read at all (not JSON, truncated,
another format, a newer version) raises :class:`InputError` with one line; what
can be repaired (duplicate ids, sources pointing to missing articles, a quote
that no longer matches its article, an unknown kind, an impossible date, an
article path leading out of the project folder) is repaired and reported as
warnings, so a user never loses a project to one bad record. The repairs live in
:mod:`timeline_app.core.io.project_reader`.

Events and articles are written in a canonical order (by date, then id), one
record per line, so the same content always gives the same bytes (an edit
followed by its undo restores the file exactly) and a diff shows one line per
changed event. Records are encoded with the json module's C encoder: its
pure-Python fallback, which ``indent=`` forces, took four seconds for 100,000
events.
"""

from __future__ import annotations

import contextlib
import gc
import json
import operator
import os
from collections.abc import Iterable, Iterator
from pathlib import Path, PureWindowsPath
from typing import Any

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.errors import InputError
from timeline_app.core.io.atomic import atomic_write_bytes, describe_os_error
from timeline_app.core.io.project_reader import FORMAT, VERSION, parse_project_object, path_escapes
from timeline_app.core.io.project_stream import NotCanonical, canonical_parts
from timeline_app.core.model import Article, Event, Kind, Origin, Source, Status, Timeline

__all__ = [
    "FORMAT",
    "VERSION",
    "dump_project",
    "load_project",
    "looks_like_project",
    "parse_project",
    "project_bytes",
    "save_project",
]

MAX_PROJECT_BYTES = 2 * 1024**3

# -- writing -----------------------------------------------------------------


def events_in_order(events: Iterable[Event]) -> list[Event]:
    """Events by date (FuzzyDate.sort_key), then id; undated ones last.

    Each distinct date's key is computed once (dates are shared between the events
    read from a file) and replaced by its rank, so the sort compares (int, str) pairs
    instead of nested tuples: a third of the time of a save went into sorting before.
    Two stable sorts (by id, then by rank) give the same order as one by (rank, id)
    in half the time: they compare plain strs and ints, not tuples built per event.
    """
    events = sorted(events, key=_by_id)
    dates = {id(when): when for e in events if (when := e.when) is not None}
    keys = {date_id: when.sort_key() for date_id, when in dates.items()}
    rank_of_key = {key: rank for rank, key in enumerate(sorted(set(keys.values())))}
    rank = {date_id: rank_of_key[key] for date_id, key in keys.items()}
    rank[id(None)] = len(rank_of_key)  # undated events last
    events.sort(key=lambda e: rank[id(e.when)])
    return events


_by_id = operator.attrgetter("id")


def _article_order(article: Article) -> tuple[float, str]:
    return (article.published.start_days if article.published else float("inf"), article.id)


def when_to_json(when: FuzzyDate) -> dict[str, Any]:
    """The ``when`` object without ``expression``.

    ``end_precision`` is added when a range ends at another precision than it starts
    ("30 November 2025 to 2026"): FuzzyDate.to_json reads the end at the start's
    precision, which loses such an end or fails on it.
    """
    data = when.to_json()
    if when.end is not None and when.end.precision is not when.precision:
        data["end_precision"] = when.end.precision.value
    return data


def event_to_json(event: Event) -> dict[str, Any]:
    """An event's record as plain JSON values (see :func:`event_line` for the fast text form)."""
    when: dict[str, Any] | None = None
    if event.when is not None:
        when = {**when_to_json(event.when), "expression": event.expression}
    data: dict[str, Any] = {
        "id": event.id,
        "title": event.title,
        "description": event.description,
        "when": when,
        "actors": list(event.actors),
        "places": list(event.places),
        "kind": event.kind.value,
        "status": event.status.value,
        "sources": [
            {"article": s.article, "start": s.start, "end": s.end, "quote": s.quote} for s in event.sources
        ],
        "origin": event.origin.value,
        "reviewed": event.reviewed,
    }
    if event.expression and when is None:
        data["expression"] = event.expression
    if event.explanation:
        data["explanation"] = event.explanation
    if event.notes:
        data["notes"] = event.notes
    if event.roles:
        data["roles"] = {actor: role for actor, role in event.roles}
    if event.alternatives:
        data["alternatives"] = [when_to_json(d) for d in event.alternatives]
    return data


def article_to_json(article: Article, folder: Path | None = None) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "published": article.published.iso() if article.published else None,
        "source": article.source,
        "path": stored_path(article.path, folder),
        "sha256": article.sha256,
        "language": article.language,
        "text": article.text,
    }


def stored_path(path: str, folder: Path | None) -> str:
    """An article's path as the project file keeps it: relative, inside the project folder.

    In memory a path is absolute, or relative to the current folder (as given to
    load_article). With the project's ``folder`` known, a path inside it is stored
    relative to it, and any other keeps only its file name (the article's text is in
    the project, so nothing is lost). Without it, paths that are relative and stay
    below the current folder are kept. A file that names places outside its folder
    is what the reader refuses, so the writer never produces one.
    """
    if not path:
        return ""
    if folder is None:
        return path if not path_escapes(path) else PureWindowsPath(path).name
    try:
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(folder)).as_posix()
    except ValueError:
        return PureWindowsPath(path).name


def dump_project(timeline: Timeline, folder: Path | None = None) -> dict[str, Any]:
    """The project as plain JSON values, in canonical order (``folder``: see :func:`stored_path`)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "title": timeline.title,
        "articles": [article_to_json(a, folder) for a in sorted(timeline.articles, key=_article_order)],
        "events": [event_to_json(e) for e in events_in_order(timeline.iter_events())],
    }


_quote = json.encoder.encode_basestring  # the C function: a str as a JSON string literal
_record = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
_JSON_BOOL = {True: "true", False: "false"}
_OPTIONAL = ("expression", "explanation", "notes", "roles", "alternatives")  # written only when set


_ENUM_TEXT = {member: _quote(member.value) for enum in (Kind, Status, Origin) for member in enum}


def event_line(event: Event, cache: dict[Any, str] | None = None) -> str:
    """One event's record as JSON text, equal to ``json.dumps(event_to_json(event))`` with
    ", " and ": " separators.

    Written out by hand because the json module spends most of its time on the 25 small
    values of each event: building the dicts and encoding them took 2.5 s per 100,000
    events, this takes a fifth of that. A test checks it against the json module.
    ``cache`` (one per save) keeps the text of the values events share: a date, by
    id() since the dates outlive the save, and an actors or places list, by value.
    """
    q = _quote
    if cache is None:
        cache = {}
    when = event.when
    if when is None:
        when_text = "null"
    else:
        head = cache.get(id(when))
        if head is None:
            head = cache[id(when)] = _record(when_to_json(when))[:-1] + ", "
        when_text = f'{head}"expression": {q(event.expression)}}}'
    actors, places = event.actors, event.places
    if actors:
        actors_text = cache.get(actors)
        if actors_text is None:
            actors_text = cache[actors] = ", ".join(map(q, actors))
    else:
        actors_text = ""
    if places:
        places_text = cache.get(places)
        if places_text is None:
            places_text = cache[places] = ", ".join(map(q, places))
    else:
        places_text = ""
    sources = event.sources
    if not sources:
        sources_text = ""
    elif len(sources) == 1:  # the usual case, inline: a call per event costs a tenth of the save
        s = sources[0]
        sources_text = (
            f'{{"article": {q(s.article)}, "start": {s.start:d}, "end": {s.end:d}, "quote": {q(s.quote)}}}'
        )
    else:
        sources_text = ", ".join([_source_text(s) for s in sources])
    enum_text = _ENUM_TEXT
    text = (
        f'{{"id": {q(event.id)}, "title": {q(event.title)}, "description": {q(event.description)}, '
        f'"when": {when_text}, "actors": [{actors_text}], "places": [{places_text}], '
        f'"kind": {enum_text[event.kind]}, "status": {enum_text[event.status]}, '
        f'"sources": [{sources_text}], "origin": {enum_text[event.origin]}, '
        f'"reviewed": {_JSON_BOOL[bool(event.reviewed)]}'
    )
    if (
        (event.expression and when is None)
        or event.explanation
        or event.notes
        or event.roles
        or event.alternatives
    ):
        full = event_to_json(event)
        extra = {
            k: full[k] for k in ("expression", "explanation", "notes", "roles", "alternatives") if k in full
        }
        text += ", " + _record(extra)[1:-1]
    return text + "}"


def _source_text(s: Source) -> str:
    q = _quote
    return f'{{"article": {q(s.article)}, "start": {s.start:d}, "end": {s.end:d}, "quote": {q(s.quote)}}}'


def project_bytes(timeline: Timeline, folder: str | os.PathLike[str] | None = None) -> bytes:
    """The bytes of the project file: UTF-8 JSON, one article or event per line, final newline.

    ``folder`` is where the file will live; article paths are stored relative to it.
    A lone surrogate (which no encoding can write) is stored as its JSON escape.
    """
    folder_path = Path(folder) if folder is not None else None
    articles = [
        _record(article_to_json(a, folder_path)) for a in sorted(timeline.articles, key=_article_order)
    ]
    cache: dict[Any, str] = {}
    events = [event_line(e, cache) for e in events_in_order(timeline.iter_events())]
    parts = [
        "{\n",
        f' "format": {_quote(FORMAT)},\n "version": {VERSION},\n "title": {_quote(timeline.title)}',
    ]
    for key, records in (("articles", articles), ("events", events)):
        body = ",\n  ".join(records)
        parts.append(f',\n "{key}": [\n  {body}\n ]' if records else f',\n "{key}": []')
    parts.append("\n}\n")
    return "".join(parts).encode("utf-8", errors="backslashreplace")


def save_project(timeline: Timeline, path: str | os.PathLike[str]) -> None:
    """Write the project atomically: a crash mid-save leaves the previous file intact.

    Raises:
        InputError: the file could not be written (read-only folder, full disk...).
    """
    folder = Path(path).parent
    atomic_write_bytes(path, project_bytes(timeline, folder))


# -- reading -----------------------------------------------------------------


def load_project(path: str | os.PathLike[str]) -> tuple[Timeline, list[str]]:
    """Read a project file; returns the timeline and warnings about repairs.

    Raises:
        InputError: the file cannot be read as a project (one line naming it and saying why).
    """
    path = Path(path)
    name = path.name
    try:
        if path.stat().st_size > MAX_PROJECT_BYTES:
            raise InputError("is too large to be a project file (over 2 GB)", path=name)
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=str(path)) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a project file", path=name) from None
    except OSError as error:
        raise InputError(f"cannot read it: {describe_os_error(error)}", path=name) from None
    try:
        with _collector_paused():
            return parse_project(data, folder=path.parent)
    except InputError as error:
        raise InputError(str(error), path=name) from None


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a project is built.

    json.loads and the reader allocate millions of objects and no cycles; each
    allocation burst triggers collections that walk the whole growing heap, which
    made opening 100,000 events take twice as long (json.loads alone went from 0.23 s
    to 1 s).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def parse_project(
    data: bytes | str | Any, folder: str | os.PathLike[str] | None = None
) -> tuple[Timeline, list[str]]:
    """A Timeline from a project file's bytes or text, or from its already parsed JSON object.

    ``folder``, the project file's folder, makes article paths absolute in memory.

    Raises:
        InputError: not JSON, truncated, not a timeline-app project, or of a newer version.
    """
    if isinstance(data, bytes | bytearray | memoryview):
        data = bytes(data)
        if not data or data.isspace():  # not data.strip(), which copies the whole file
            raise InputError("is empty, not a project file")
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            if error.reason == "unexpected end of data":  # cut inside a character
                raise InputError(_TRUNCATED) from None
            raise InputError("is not a project file (not UTF-8 text)") from None
    folder = os.path.abspath(folder) if folder is not None else None
    if isinstance(data, str):
        try:  # the layout this version writes, record by record (see project_stream)
            head, events = canonical_parts(data)
            head["events"] = events
            return parse_project_object(head, folder)
        except (NotCanonical, InputError):  # the whole-file path decides, and words the error
            pass
        data = _json_of(data)
    return parse_project_object(data, folder)


_TRUNCATED = "is truncated (the JSON ends too early); it may have been cut by a crash"


def _json_of(text: str) -> Any:
    if not text or text.isspace():
        raise InputError("is empty, not a project file")
    try:
        return json.loads(text)
    except RecursionError:
        raise InputError("is not a project file (nested too deeply)") from None
    except json.JSONDecodeError as error:
        # Cut inside a string, or within the last few characters (in a number, "true", "null"
        # or an escape): a save that a crash cut short, not a file that was never a project.
        ends_early = error.msg.startswith("Unterminated string") or (
            error.pos >= len(text.rstrip()) - 6 and error.msg != "Extra data"
        )
        if ends_early and text.lstrip().startswith("{"):
            raise InputError(_TRUNCATED) from None
        raise InputError(f"is not a project file (invalid JSON at line {error.lineno})") from None
    except ValueError as error:  # numbers with more digits than Python converts
        raise InputError(f"is not a project file ({error})") from None


def looks_like_project(data: Any) -> bool:
    return isinstance(data, dict) and data.get("format") == FORMAT
