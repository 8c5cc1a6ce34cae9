"""The project file: versioned JSON, written atomically, read defensively.

Reading never touches the file. What cannot be read at all (not JSON, truncated,
another format, a newer version) raises :class:`InputError` with one line; what
can be repaired (duplicate ids, sources pointing to missing articles, a quote
that no longer matches its article, an unknown kind, an impossible date, an
article path leading out of the project folder) is repaired and reported as
warnings, so a user never loses a project to one bad record. A file is decoded by
msgspec into the records of :mod:`project_records` (the fast path, for records as
written); the repairs live in :mod:`timeline_app.core.io.project_reader`.

Events and articles are written in a canonical order (by date, then id), one
record per line (:mod:`project_writer`), so the same content always gives the
same bytes and a diff shows one line per changed event.
"""

from __future__ import annotations

import codecs
import contextlib
import gc
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec

from timeline_app.core.errors import InputError
from timeline_app.core.io.atomic import atomic_write_bytes, describe_os_error
from timeline_app.core.io.project_reader import FORMAT, VERSION, parse_project_object
from timeline_app.core.io.project_records import ProjectRecord
from timeline_app.core.io.project_writer import (
    dump_project,
    event_line,
    event_to_json,
    events_in_order,
    project_bytes,
    when_to_json,
)
from timeline_app.core.model import Timeline

__all__ = [
    "FORMAT",
    "VERSION",
    "dump_project",
    "event_line",
    "event_to_json",
    "events_in_order",
    "is_project_file",
    "load_project",
    "looks_like_project",
    "parse_project",
    "project_bytes",
    "save_project",
    "when_to_json",
]

MAX_PROJECT_BYTES = 2 * 1024**3

# -- writing -----------------------------------------------------------------


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
        with collector_paused():
            return parse_project(data, folder=path.parent)
    except InputError as error:
        raise InputError(str(error), path=name) from None


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a project is built, and restore it.

    Building 100,000 events allocates some 300,000 objects and no cycle, and each
    burst of allocations would wake the collector to walk the growing heap to find none.
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
    folder = os.path.abspath(folder) if folder is not None else None
    if isinstance(data, bytes | bytearray | memoryview | str):
        data = _decoded(bytes(data) if isinstance(data, bytearray | memoryview) else data)
    return parse_project_object(data, folder)


_DECODER = msgspec.json.Decoder(ProjectRecord)


def _decoded(data: bytes | str) -> Any:
    """The file's JSON: a :class:`ProjectRecord` when every event record is as written,
    else plain values. What msgspec does not read (not JSON, not UTF-8, a lone surrogate's
    escape, an integer of more than 64 bits) is left to the json module, which reads it
    or words why it cannot."""
    if not data or data.isspace():  # not data.strip(), which copies the whole file
        raise InputError("is empty, not a project file")
    if isinstance(data, bytes) and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    for decode in (_DECODER.decode, msgspec.json.decode):  # typed records, else plain values
        try:
            return decode(data)
        except (msgspec.ValidationError, msgspec.DecodeError, RecursionError):
            pass
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as error:
            if error.reason == "unexpected end of data":  # cut inside a character
                raise InputError(_TRUNCATED) from None
            raise InputError("is not a project file (not UTF-8 text)") from None
    return _json_of(data)


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


def is_project_file(path: str | os.PathLike[str]) -> bool:
    """A project rather than an article or an exchange file: .tlproj, or JSON that says so.

    Our project files begin with ``{"format": "timeline-app"``, so a peek at the head tells
    them from TimelineJS3 JSON without reading a big file twice. A JSON file is a project
    unless its head shows TimelineJS3's "events" and no "timeline-app" (so a broken project
    is still opened as one, and its error shown as such). The CLI and the window both ask here.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".tlproj":
        return True
    if suffix != ".json":
        return False
    try:
        with p.open("rb") as head:
            start = head.read(4096)
    except OSError:
        return True  # let opening it report why it cannot be read
    return b'"timeline-app"' in start or b'"events"' not in start
