"""Reading a project file written by this version, a chunk of records at a time.

The writer (project_writer.project_bytes) puts the header, then one article or event per
line with fixed separators. Such a text is read here with the json module's own
scanner: the header and articles one at a time, the events about a hundred at a time
(lists of records cut at the line breaks between them, which JSON keeps out of
strings), so each list of parsed dicts is dropped as soon as its events are built.
The whole parsed tree of a 100,000-event file (about as large again as the events
themselves) never exists, which saves memory and the time spent allocating and
freeing it, and the events are built from dicts the processor's cache still holds.
One scan for a hundred records instead of one each also shares their keys'
strings (the scanner's memo lasts one call) and spends less Python per record.

Anything else (another layout, a hand-edited file, an error anywhere) raises
:class:`NotCanonical` and the caller reads the file with json.loads as before: the
result, warnings and errors are those of the whole-file path.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

__all__ = ["NotCanonical", "canonical_parts"]

# The json module's scanner with json.loads' settings: one JSON value at a position.
_scan: Callable[[str, int], tuple[Any, int]] = json.decoder.JSONDecoder().scan_once  # type: ignore[attr-defined]
_HEAD = ('{\n "format": ', ',\n "version": ', ',\n "title": ')
_ARTICLES, _EVENTS = ',\n "articles": ', ',\n "events": '
_NEXT, _OPEN, _CLOSE, _EMPTY = ",\n  ", "[\n  ", "\n ]", "[]"
_TAIL = re.compile(r"\n}[ \t\n\r]*\Z")  # json.loads allows only these after the value


class NotCanonical(Exception):
    """Not the layout this version writes: read the whole file with json.loads."""


def canonical_parts(text: str) -> tuple[dict[str, Any], Iterator[list[Any]]]:
    """The header values and articles as a dict, and an iterator over lists of the event
    records, in order (each list non-empty).

    The end of the file is checked before the first list.

    Raises:
        NotCanonical: here, or from the iterator.
    """
    head: dict[str, Any] = {}
    pos = 0
    for key, literal in zip(("format", "version", "title"), _HEAD, strict=True):
        if not text.startswith(literal, pos):
            raise NotCanonical
        head[key], pos = _value(text, pos + len(literal))
    if not text.startswith(_ARTICLES, pos):
        raise NotCanonical
    end: list[int] = []
    head["articles"] = list(_records(text, pos + len(_ARTICLES), end))
    pos = end[0]
    if not text.startswith(_EVENTS, pos):
        raise NotCanonical
    return head, _events(text, pos + len(_EVENTS))


# Characters of event records scanned at once: about 120 records of 120-character quotes.
# Opening 100,000 of them took as long with 16,384 or 262,144, and 30% longer with 2**20.
_CHUNK = 1 << 16


def _events(text: str, pos: int) -> Iterator[list[Any]]:
    """The event records of the list at ``pos``, which ends the file, a chunk at a time.

    Chunks are cut at the ",\n  " between records and scanned as JSON lists. A raw line
    break is never inside a JSON string, so a cut is always between values; if it is
    not between two records of the list (another layout), the brackets of one of the
    chunks do not balance and its scan fails: the chunks read a file exactly when
    json.loads reads its list, and give the same records.
    """
    if text.startswith(_EMPTY, pos):
        if not _TAIL.match(text, pos + len(_EMPTY)):
            raise NotCanonical
        return
    if not text.startswith(_OPEN, pos):
        raise NotCanonical
    close = text.rfind(_CLOSE)
    if close < pos or not _TAIL.match(text, close + len(_CLOSE)):
        raise NotCanonical
    pos += len(_OPEN)
    while pos <= close:
        cut = text.find(_NEXT, pos + _CHUNK, close)
        if cut < 0:
            cut = close
        chunk = f"[{text[pos:cut]}]"
        records, end = _value(chunk, 0)
        if end != len(chunk) or not records:  # an empty one: whitespace between two commas
            raise NotCanonical
        yield records
        pos = cut + len(_NEXT)


def _records(text: str, pos: int, out: list[int]) -> Iterator[Any]:
    """The values of the list at ``pos``; appends the position after the list to ``out``."""
    if text.startswith(_EMPTY, pos):
        out.append(pos + len(_EMPTY))
        return
    if not text.startswith(_OPEN, pos):
        raise NotCanonical
    pos += len(_OPEN)
    while True:
        value, pos = _value(text, pos)
        yield value
        if text.startswith(_NEXT, pos):
            pos += len(_NEXT)
        elif text.startswith(_CLOSE, pos):
            out.append(pos + len(_CLOSE))
            return
        else:
            raise NotCanonical


def _value(text: str, pos: int) -> tuple[Any, int]:
    try:
        return _scan(text, pos)
    except (StopIteration, ValueError, RecursionError):  # ValueError: JSONDecodeError, huge ints
        raise NotCanonical from None
