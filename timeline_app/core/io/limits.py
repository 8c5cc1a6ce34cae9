"""What one event may hold: the bounds every loader applies, each cut told in a warning.

A record in a hostile or broken file could hold a million actors or a 50 MB title, and
each costs at every step after loading: a million lanes with ``--lanes actor``, a title
measured, elided and written at every paint. The bounds are far above what a news
event holds (a summit has a few dozen actors; a headline a few hundred characters), so
they only ever cut what no person made; what is cut is said, never silent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from timeline_app.core.model import Event

MAX_TITLE = 2_000
"""Characters of an event's title (and of a timeline's or an article's title)."""
MAX_DESCRIPTION = 200_000
"""Characters of an event's description (about 40 pages)."""
MAX_NAMES = 200
"""Actors, and places, of one event: each may be a lane of its own."""
MAX_ROLES = 200
MAX_SOURCES = 1_000
"""Sources of one event: an event reported by a thousand articles is already well sourced."""
MAX_ALTERNATIVES = 100
"""Other dates the sources give for one event."""

_LIST_LIMITS = (
    ("actors", MAX_NAMES),
    ("places", MAX_NAMES),
    ("roles", MAX_ROLES),
    ("sources", MAX_SOURCES),
    ("alternatives", MAX_ALTERNATIVES),
)
_TEXT_LIMITS = (("title", MAX_TITLE), ("description", MAX_DESCRIPTION))


def cut_note(what: str, size: int, limit: int) -> str:
    """ "its 1,000,000 actors to the first 200" for a warning."""
    if what in ("title", "description"):
        return f"its {what} of {size:,} characters to {limit:,}"
    return f"its {size:,} {what} to the first {limit:,}"


def cap_text(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, not inside a surrogate pair."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    return cut[:-1] if "\ud800" <= cut[-1] <= "\udbff" else cut


def cap_event(event: Event, label: str, warnings: list[str], cut_before: Sequence[str] = ()) -> Event:
    """``event`` within the bounds; one warning naming ``label`` says what was cut, here
    and before (``cut_before``: what the reader cut from the record, see :func:`cut_note`)."""
    changes: dict[str, Any] = {}
    notes = list(cut_before)
    for name, limit in _TEXT_LIMITS:
        value = getattr(event, name)
        if len(value) > limit:
            changes[name] = cap_text(value, limit)
            notes.append(cut_note(name, len(value), limit))
    for name, limit in _LIST_LIMITS:
        value = getattr(event, name)
        if len(value) > limit:
            changes[name] = value[:limit]
            notes.append(cut_note(name, len(value), limit))
    if notes:
        warnings.append(f"{label} was too large; cut " + ", ".join(notes))
    return replace(event, **changes) if changes else event
