"""Which words can start a search for which rule (each rule lists its own, with its margins).

Running thirty rich regexes over a whole article costs about 100 ms for 2,000 words
(each optional prefix is tried at every position). Every rule's match contains at
least one of a few words ("Monday", "quarter", a digit), so one cheap word scan finds
those words and each rule runs only in a window around its own: the tagger then
needs a few milliseconds per article.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Protocol

from timeline_app.core.temporal import lexicon as L

DIGIT = "#digit"
"""The trigger key of a number of one or two digits ("3 p.m.", "12/02/2025", "'58")."""
APOSTROPHE_DIGITS = "#apostrophe"
"""The trigger key of two digits after an apostrophe ("'58", "the '80s")."""
YEAR_DIGITS = "#year"
"""The trigger key of a number of four digits (a year, an ISO date, "the 1990s")."""


class HasTriggers(Protocol):
    """A rule as the scan reads it (:class:`~timeline_app.core.temporal.grammar.Rule`)."""

    @property
    def triggers(self) -> tuple[str, ...]: ...
    @property
    def margins(self) -> tuple[int, int]: ...


MARGINS = (48, 40)
"""Characters searched before and after a trigger unless a rule says otherwise: more than any
prefix ("the very end of", "more than") or tail (", 2025", " of fiscal 1990") a rule allows.
A rule whose trigger closes the match ("the past two years", "two days ago") gives smaller
margins of its own."""

_UNITS = [
    "second", "minute", "hour", "day", "night", "week", "weekend", "fortnight", "month", "quarter", "year",
    "decade", "century", "centuries", "millennium",
]  # fmt: skip
UNIT_FORMS = (*_UNITS, *(u + "s" for u in _UNITS))
"""Units of time, singular and plural: "days", "a year", "the past two weeks"."""
MONTH_FORMS = tuple(L.MONTHS)
WEEKDAY_FORMS = (*L.WEEKDAYS, *(w + "s" for w in L.WEEKDAYS if len(w) > 4))
PARTS_OF_DAY = ("morning", "afternoon", "evening", "night", "overnight")
SEASON_FORMS = tuple(L.SEASONS)


def _trie_pattern(words: list[str]) -> str:
    """A regex alternation arranged as a prefix tree: Python's engine tries a flat list of
    alternatives one by one at every position, but a tree only along the letters that match."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = (
            branches[0] if len(branches) == 1 and len(branches[0]) == 1 else "(?:" + "|".join(branches) + ")"
        )
        if len(branches) > 1:
            body = "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return walk(trie)


_FOLDED = re.compile("[\u0130\u0131\u017f\u212a]")
"""The only letters a case-insensitive regex takes for ASCII ones ("ſ" for "s", the Kelvin sign
for "k"); "İ" is also the only letter whose lower case is longer than itself."""


@lru_cache(maxsize=4)
def folds_oddly(text: str) -> bool:
    """Whether ``text`` holds a letter that case-insensitive matching takes for an ASCII one, or
    whose lower case is longer: only then does the lower-cased text not stand in for it. (Asked
    of the whole article by the trigger scan, the rules and the tense phrases: read once.)"""
    return _FOLDED.search(text) is not None


class TriggerScan:
    """The trigger words of a list of rules, found in one scan of a text.

    Built once per rule list from each rule's ``triggers`` and ``margins`` (see
    :class:`~timeline_app.core.temporal.grammar.Rule`); :meth:`windows` gives, for each rule,
    the parts of a text worth searching.
    """

    def __init__(self, rules: Sequence[HasTriggers]) -> None:
        index: dict[str, list[int]] = defaultdict(list)
        for i, r in enumerate(rules):
            for word in r.triggers:
                index[word].append(i)
        self.index = dict(index)
        self.margins = [r.margins for r in rules]
        self._everywhere = [i for i, r in enumerate(rules) if not r.triggers]
        words = sorted({w for w in self.index if not w.startswith("#")})
        self.token = re.compile(r"\d+|(?<![A-Za-z])" + _trie_pattern(words) + r"(?![A-Za-z])", re.IGNORECASE)
        self._lower_token = re.compile(self.token.pattern.replace("A-Za-z", "a-z"))

    def tokens(self, text: str) -> Iterator[tuple[str, int, int]]:
        """The trigger words (lower case) and numbers of ``text`` as (token, start, end).

        The word tree runs case-sensitively over the lower-cased text: Python's engine is twice
        as slow when it folds case at every position. Only a text with one of the letters that
        folding maps onto ASCII needs the case-insensitive tree.
        """
        if folds_oddly(text):
            for m in self.token.finditer(text):
                yield m.group().lower(), m.start(), m.end()
        else:
            for m in self._lower_token.finditer(text.lower()):
                yield m.group(), m.start(), m.end()

    def windows(self, text: str) -> list[list[tuple[int, int]]]:
        """For each rule, the merged (start, end) windows of ``text`` around its trigger words."""
        margins = self.margins
        windows: list[list[tuple[int, int]]] = [[] for _ in margins]
        size = len(text)
        get = self.index.get
        for token, start, end in self.tokens(text):
            if token[0].isdigit():
                if len(token) == 2 and start and text[start - 1] in "'’":
                    rules = get(APOSTROPHE_DIGITS)
                else:
                    rules = get(DIGIT) if len(token) <= 2 else get(YEAR_DIGITS) if len(token) == 4 else None
            else:
                rules = get(token)
            if not rules:
                continue
            for r in rules:
                before, after = margins[r]
                lo, hi = max(0, start - before), min(size, end + after)
                spans = windows[r]
                if spans and spans[-1][1] >= lo:
                    spans[-1] = (spans[-1][0], hi)
                else:
                    spans.append((lo, hi))
        for r in self._everywhere:  # a rule that names no trigger word is searched everywhere
            windows[r] = [(0, size)]
        return windows
