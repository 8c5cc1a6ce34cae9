"""Which words can start a search for which rule.

Running thirty rich regexes over a whole article costs about 100 ms for 2,000 words
(each optional prefix is tried at every position). Every rule's match contains at
least one of a few words ("Monday", "quarter", a digit), so one cheap word scan finds
those words and each rule runs only in a window around its own: the tagger then
needs a few milliseconds per article.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from timeline_app.core.temporal import lexicon as L
from timeline_app.core.temporal.lexicon import words as _words

DIGIT = "#digit"
"""The trigger key of a number of one or two digits ("3 p.m.", "12/02/2025", "'58")."""
APOSTROPHE_DIGITS = "#apostrophe"
"""The trigger key of two digits after an apostrophe ("'58", "the '80s")."""
YEAR_DIGITS = "#year"
"""The trigger key of a number of four digits (a year, an ISO date, "the 1990s")."""

MARGINS = (48, 40)
"""Characters searched before and after a trigger: more than any prefix ("the very end of",
"more than") or tail (", 2025", " of fiscal 1990") a rule allows."""
RULE_MARGINS = {
    # rules whose trigger closes the match ("the past two years", "two days ago") need little after it
    "duration": (48, 16), "a year or two": (40, 8), "vague duration": (40, 6), "this/last/next unit": (40, 8),
    "the next day, that year": (40, 8), "end of the year": (40, 24), "ago, later": (60, 6),
    "short year": (40, 6), "decade": (40, 8), "numeric date": (12, 12), "clock time": (8, 40),
    "year range": (40, 10), "month range": (40, 24), "day range": (2, 24), "two quarters": (24, 30),
    "spoken day": (24, 24), "the nth day of": (48, 8),
    "month day": (48, 24), "day month": (48, 16), "month": (40, 24), "weekday": (40, 32), "year": (48, 8),
}  # fmt: skip

_UNITS = [
    "second", "minute", "hour", "day", "night", "week", "weekend", "fortnight", "month", "quarter", "year",
    "decade", "century", "centuries", "millennium",
]  # fmt: skip
_UNIT_FORMS = _UNITS + [u + "s" for u in _UNITS]
_MONTH_FORMS = list(L.MONTHS)
_WEEKDAY_FORMS = list(L.WEEKDAYS) + [w + "s" for w in L.WEEKDAYS if len(w) > 4]
_POD = ["morning", "afternoon", "evening", "night", "overnight"]
_SEASONS = list(L.SEASONS)

RULE_TRIGGERS: dict[str, list[str]] = {
    "year range": [YEAR_DIGITS],
    "month range": _MONTH_FORMS,
    "day range": _MONTH_FORMS,
    "month day": _MONTH_FORMS,
    "day month": _MONTH_FORMS,
    "month year": _MONTH_FORMS,
    "month": _MONTH_FORMS,
    "year": [YEAR_DIGITS],
    "short year": [APOSTROPHE_DIGITS],
    "decade": [
        YEAR_DIGITS,
        APOSTROPHE_DIGITS,
        *_words("twenties thirties forties fifties sixties seventies eighties nineties"),
    ],
    "century": ["century"],
    "iso date": [YEAR_DIGITS],
    "numeric date": [DIGIT],
    "holiday": _words(
        "christmas new easter thanksgiving halloween valentine labor labour memorial independence election"
    ),
    "spelled year": ["nineteen", "eighteen", "thousand"],
    "spoken day": _MONTH_FORMS,
    "duration": _UNIT_FORMS,
    "a year or two": _UNIT_FORMS,
    "vague duration": _UNIT_FORMS,
    "set": [
        *_WEEKDAY_FORMS,
        *_words("daily weekly monthly yearly hourly nightly biweekly fortnightly every each per"),
    ],
    "clock time": [DIGIT, YEAR_DIGITS, "noon", "midnight", "midday", "clock"],
    "weekday": _WEEKDAY_FORMS,
    "season": _SEASONS,
    "quarter": ["quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2"],
    "two quarters": ["quarters"],
    "part of day": [*_POD, "overnight"],
    "today": ["today", "yesterday", "tomorrow", "tonight"],
    "present, past, future": _words(
        "now currently nowadays present moment days recently lately past future possible current term date"
    ),
    "this/last/next unit": _UNIT_FORMS,
    "ago, later": _words("ago earlier later back now hence afterwards afterward before after"),
    "the next day, that year": _UNIT_FORMS + _POD,
    "year-earlier period": ["earlier", "ago", "period", "year"],
    "the year": ["year"],
    "the weekend": ["weekend"],
    "end of the year": ["day", "week", "month", "quarter", "year", "decade", "end"],
    "the weeks ahead": ["ahead", "quarters"],
    "the nth day of": ["day"],
}


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


def _token_pattern() -> re.Pattern[str]:
    words = sorted({w for ws in RULE_TRIGGERS.values() for w in ws if not w.startswith("#")})
    return re.compile(r"\d+|(?<![A-Za-z])" + _trie_pattern(words) + r"(?![A-Za-z])", re.IGNORECASE)


_TOKEN = _token_pattern()
_FOLDED = re.compile("[\u0130\u0131\u017f\u212a]")
"""The only letters a case-insensitive regex takes for ASCII ones ("ſ" for "s", the Kelvin sign
for "k"); "İ" is also the only letter whose lower case is longer than itself."""
_LOWER_TOKEN = re.compile(_TOKEN.pattern.replace("A-Za-z", "a-z"))


def folds_oddly(text: str) -> bool:
    """Whether ``text`` holds a letter that case-insensitive matching takes for an ASCII one, or
    whose lower case is longer: only then does the lower-cased text not stand in for it."""
    return _FOLDED.search(text) is not None


def _tokens(text: str) -> Iterator[tuple[str, int, int]]:
    """The trigger words (lower case) and numbers of ``text`` as (token, start, end).

    The word tree runs case-sensitively over the lower-cased text: Python's engine is twice
    as slow when it folds case at every position. Only a text with one of the letters that
    folding maps onto ASCII needs the case-insensitive tree.
    """
    if folds_oddly(text):
        for m in _TOKEN.finditer(text):
            yield m.group().lower(), m.start(), m.end()
    else:
        for m in _LOWER_TOKEN.finditer(text.lower()):
            yield m.group(), m.start(), m.end()


def rule_margins(rule_names: list[str]) -> list[tuple[int, int]]:
    return [RULE_MARGINS.get(name, MARGINS) for name in rule_names]


def trigger_index(rule_names: list[str]) -> dict[str, list[int]]:
    """Trigger word -> indices of the rules it can start."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, name in enumerate(rule_names):
        for word in RULE_TRIGGERS[name]:
            index[word].append(i)
    return dict(index)


def rule_windows(
    text: str, index: dict[str, list[int]], margins: list[tuple[int, int]]
) -> list[list[tuple[int, int]]]:
    """For each rule, the merged (start, end) windows of ``text`` around its trigger words."""
    windows: list[list[tuple[int, int]]] = [[] for _ in margins]
    size = len(text)
    get = index.get
    for token, start, end in _tokens(text):
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
    return windows
