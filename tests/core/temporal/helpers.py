"""Shared helpers for the temporal tagger's tests."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.temporal import TimeExpression, tag


def find(text: str, phrase: str, anchor: dt.date | None = dt.date(2025, 12, 2), **kw) -> TimeExpression:
    """The expression of ``text`` that covers ``phrase`` (failing the test if there is none)."""
    at = text.index(phrase)
    found = [e for e in tag(text, anchor, **kw) if e.start < at + len(phrase) and at < e.end]
    assert found, f"no time expression over {phrase!r} in {text!r}"
    return found[0]


def values(text: str, anchor: dt.date | None = dt.date(2025, 12, 2), **kw) -> list[str]:
    return [e.value for e in tag(text, anchor, **kw)]


def spans(text: str, anchor: dt.date | None = dt.date(2025, 12, 2), **kw) -> list[str]:
    return [e.text for e in tag(text, anchor, **kw)]
