"""The shape of a grammar rule and the context rules resolve in.

A rule is a compiled regex plus a function that turns one match into a
:class:`TimexReading` (or refuses it). Recognition and resolution are split so the
tagger can first choose the longest non-overlapping matches, then resolve them in
reading order, each anaphoric expression counting from the last date before it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.temporal import lexicon as L
from timeline_app.core.temporal.calendar import long_label
from timeline_app.core.temporal.expression import TimexReading
from timeline_app.core.temporal.tense import governing_tense
from timeline_app.core.temporal.triggers import MARGINS
from timeline_app.core.text import sentence_starts

FLAGS = re.IGNORECASE

MOD_WORDS = {
    "early": "EARLY", "mid": "MID", "middle": "MID", "late": "LATE", "end": "END", "close": "END",
    "beginning": "START", "start": "START", "dawn": "START", "turn": "START", "first half": "EARLY",
    "second half": "LATE", "last half": "LATE", "latter half": "LATE", "latter part": "LATE", "end of": "END",
}  # fmt: skip

MOD_PREFIX = (
    r"(?:(?P<mod>(?:the\s{1,3})?(?:very\s+)?(?:early|late|mid|middle|end|beginning|start|close|turn|"
    r"first\s+half|second\s+half|last\s+half|latter\s+half|latter\s+part)(?:\s+part)?\s+of|early|late|mid)(?:\s{1,3}|(?<=mid)-|(?<=early)-|(?<=late)-))?"
)
"""An optional "early", "mid-", "late", "the end of"... before a date."""

QUANT_WORDS = {
    "about": "APPROX", "around": "APPROX", "some": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "fewer than": "LESS_THAN", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "just over": "MORE_THAN",
    "just under": "LESS_THAN", "well over": "MORE_THAN",
}  # fmt: skip
QUANT_PREFIX = (
    r"(?:(?P<quant>about|around|roughly|approximately|nearly|almost|less\s+than|fewer\s+than|under|up\s+to|"
    r"no\s+more\s+than|more\s+than|over(?!\s+(?:several|a\s+few|few|many|some|recent|the)\b)|at\s+least|"
    r"just\s+over|just\s+under|well\s+over)\s+)?"
)


def mod_of(word: str | None) -> str | None:
    """TIMEX3 modifier of a matched "early"/"the end of"/"mid-" prefix."""
    if not word:
        return None
    w = " ".join(word.lower().replace("-", " ").split())
    w = w.removeprefix("the ").removeprefix("very ").removesuffix(" of").removesuffix(" part")
    if w in ("earlier", "later"):
        return None
    return MOD_WORDS.get(w)


def quant_of(word: str | None) -> str | None:
    if not word:
        return None
    return QUANT_WORDS.get(" ".join(word.lower().split()))


class Groups(Protocol):
    """What resolvers read from a match: a regex match, or a view that renames some of its groups."""

    def __getitem__(self, key: str) -> Any: ...

    def start(self) -> int: ...

    def end(self) -> int: ...


@dataclass(slots=True)
class Context:
    """What rules resolve against: the text, its anchor and the last date it named."""

    text: str
    anchor: FuzzyDate | None
    date_order: str = "MDY"
    reference: FuzzyDate | None = None
    reference_day: FuzzyDate | None = None
    """The last date named to the day: what "that same day" and "the previous day" count from."""
    reference_at: int = -1
    """Where the last date named starts in the text."""
    last_quarter: FuzzyDate | None = None
    """The last quarter named: "a year ago" in a quarterly report means that quarter a year before."""
    _tenses: dict[tuple[int, int], str | None] = field(default_factory=dict)
    _breaks: list[int] | None = None

    def tense(self, m: Groups, *, perfect: bool = False) -> str | None:
        """The clause's tense (see :func:`governing_tense`); a perfect counts as past unless
        ``perfect`` asks to tell them apart."""
        key = (m.start(), m.end())
        if key not in self._tenses:
            self._tenses[key] = governing_tense(self.text, m.start(), m.end(), self.breaks())
        tense = self._tenses[key]
        return "past" if tense == "perfect" and not perfect else tense

    def breaks(self) -> list[int]:
        """Where the text's sentences start (computed once)."""
        if self._breaks is None:
            self._breaks = sentence_starts(self.text)
        return self._breaks

    def reporting_quarter(self, m: Groups) -> FuzzyDate | None:
        """The period a report's "a year ago" compares with: the last quarter named, or its year
        when the sentence reports on a longer stretch ("For the nine months, ... a year earlier"),
        or opens by going on about the one the sentence before reported on ("In the nine months,
        net rose. The year-ago results included a charge")."""
        if self.last_quarter is None:
            return None
        breaks = self.breaks()
        i = bisect_right(breaks, m.start()) - 1
        lo = max(breaks[i], m.start() - 300)
        if _LONGER_STRETCH.search(self.text, lo, m.start()):
            return self.last_quarter.truncate(Precision.YEAR)
        if (
            i > 0
            and not _PERIOD_WORD.search(self.text, lo, m.start())
            and _LONGER_STRETCH.search(self.text, max(breaks[i - 1], m.start() - 300), breaks[i])
        ):
            return self.last_quarter.truncate(Precision.YEAR)
        return self.last_quarter

    @property
    def anchor_label(self) -> str:
        return f"the publication date, {long_label(self.anchor)}" if self.anchor else "no publication date"

    def base(self, unit: str = "", m: Groups | None = None) -> tuple[FuzzyDate | None, str]:
        """What anaphoric expressions count from: the last date named, else the anchor. A day
        ("the previous day", "that night") counts from the last date named to the day when
        the last date named is a period around it. Given the expression's match ``m``, a past
        clause does not count from a day after the anchor named in an earlier sentence ("her talks
        with Bush on Saturday. She left at 5:30 p.m.": not on that Saturday still to come)."""
        reference = self.reference
        day = self.reference_day
        if (
            unit in _DAY_UNITS
            and reference is not None
            and reference.precision is not Precision.DAY
            and day is not None
            and reference.start_days <= day.start_days < reference.end_days
        ):
            reference = day  # "Later that week ... That same day": the day inside that week
        if m is not None and reference is not None and self.anchor is not None and self.anchor.day:
            anchor_day = self.anchor.truncate(Precision.DAY)
            breaks = self.breaks()
            sentence = breaks[bisect_right(breaks, m.start()) - 1] if breaks else 0
            if (
                reference.start_days > anchor_day.start_days
                and self.reference_at < sentence
                and not _DAY_NAMED_AFTER.match(self.text, m.end())
                and self.tense(m) == "past"
            ):
                return anchor_day, self.anchor_label
        if reference is not None:
            return reference, f"the last date mentioned, {long_label(reference)}"
        return self.anchor, self.anchor_label


_DAY_NAMED_AFTER = re.compile(rf"[^.;\n]{{0,30}}\b(?:{L.WEEKDAY}|today|tonight|tomorrow)\b", re.IGNORECASE)
"""A day named just after a time of day ("at 00:01 (0801 GMT) Tuesday"), which it belongs to."""
_LONGER_STRETCH = re.compile(
    r"\b(?:(?:first\s+)?(?:nine|six)[\s-]+months?|first\s+half|year\s+to\s+date|full\s+year)\b", re.IGNORECASE
)
_PERIOD_WORD = re.compile(r"\b(?:quarter|period|three\s+months)\b", re.IGNORECASE)
"""A sentence that names its own period before "a year ago" compares with that one."""
_DAY_UNITS = frozenset(["day", "night", "morning", "afternoon", "evening"])

Resolver = Callable[[re.Match[str], Context], TimexReading | None]
Guard = Callable[[re.Match[str], str], bool]


@dataclass(frozen=True, slots=True)
class Rule:
    """One grammar rule: ``pattern`` recognises, ``guard`` vetoes in context, ``resolve`` gives the value.

    ``triggers`` are the words (lower case) or digit keys of :mod:`~timeline_app.core.temporal.triggers`
    one of which every match contains; the rule is searched only ``margins`` characters before
    and after them. A rule without triggers is searched over the whole text.
    """

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    guard: Guard | None = None
    triggers: tuple[str, ...] = ()
    margins: tuple[int, int] = MARGINS


def rule(
    name: str,
    pattern: str,
    resolve: Resolver,
    guard: Guard | None = None,
    flags: int = FLAGS,
    *,
    triggers: Sequence[str] = (),
    margins: tuple[int, int] = MARGINS,
) -> Rule:
    return Rule(name, re.compile(pattern, flags), resolve, guard, tuple(triggers), margins)


def word_before(text: str, pos: int) -> str:
    """The word just before ``pos`` (empty at the start or after punctuation other than spaces)."""
    i = pos
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "'’") and i - j < 30:
        j -= 1
    return text[j:i]


def word_after(text: str, pos: int) -> str:
    i = pos
    n = len(text)
    while i < n and text[i] in " \t":
        i += 1
    j = i
    while j < n and (text[j].isalpha() or text[j] in "'’-") and j - i < 30:
        j += 1
    return text[i:j]
