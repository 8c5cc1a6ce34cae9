"""The tagger's output: one time expression found in a text, with how it was resolved."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from timeline_app.core.dates import FuzzyDate

TYPES = ("DATE", "TIME", "DURATION", "SET")


class DatedSpan(Protocol):
    """What the event extractor reads of a time expression: where it is, what it says, its type
    (DATE, TIME, DURATION, SET), the date it names (None when it names none) and how that date
    was found. A :class:`TimeExpression`
    is one; tests hand the extractor simpler ones so they do not depend on the tagger."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def date(self) -> FuzzyDate | None: ...
    @property
    def explanation(self) -> str: ...


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A TIMEX3-style time expression.

    Attributes:
        start: offset of the first character in the text.
        end: offset after the last character (exclusive).
        text: ``text[start:end]``.
        type: "DATE", "TIME", "DURATION" or "SET".
        value: the TIMEX3 value ("2025-12-01", "2025-W48", "PAST_REF", "P3M", "XXXX-XX-XXTMO").
        mod: a TIMEX3 modifier (EARLY, MID, LATE, APPROX, BEFORE, AFTER, START, END,
            LESS_THAN, MORE_THAN) or None.
        date: for a DATE or TIME with a calendar value, the date it names, at the
            precision the text gives ("earlier this month" is a month, "late Monday" a day).
            A range has an ``end`` ("1990-91"); in "from 2014 to 2016" the first expression
            carries the whole range and the second, keeping its value "2016", has no date,
            so that the range makes one event, not two.
        explanation: how the value was found, in words, for the review mode.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    date: FuzzyDate | None = None
    explanation: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "date": self.date.to_json() if self.date else None,
            "explanation": self.explanation,
        }


@dataclass(frozen=True, slots=True)
class TimexReading:
    """What a grammar rule makes of a match, before it is placed in the text."""

    type: str
    value: str
    date: FuzzyDate | None = None
    mod: str | None = None
    explanation: str = ""
    anchors: bool = True
    """Whether later anaphoric expressions ("the next day") may count from this date."""
