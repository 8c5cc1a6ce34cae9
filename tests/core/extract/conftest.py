"""Hand-made time expressions, so these tests do not depend on the temporal tagger."""

from __future__ import annotations

from dataclasses import dataclass

from timeline_app.core.dates import FuzzyDate


@dataclass(frozen=True)
class Expr:
    start: int
    end: int
    text: str
    date: FuzzyDate | None
    explanation: str = "hand-made"
    type: str = "DATE"


def expr(text: str, phrase: str, iso: str | None, explanation: str = "hand-made") -> Expr:
    start = text.index(phrase)
    return Expr(start, start + len(phrase), phrase, FuzzyDate.parse(iso) if iso else None, explanation)
