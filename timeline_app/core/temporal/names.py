"""Time words that are part of a name or a number, not a date.

General rules, applied to every candidate the grammar finds:

- A word that running text writes in lower case ("today", "noon", "minutes") but that is
  capitalised inside a sentence belongs to a name or a title: "the BBC's Today programme",
  "High Noon", "CBS's 60 Minutes". A line in title case (a headline) is exempt.
- A weekday after "the" or a possessive and before another capitalised word is a newspaper or
  an event's name: "the Sunday Times", "Britain's Sunday Telegraph".
- A weekday before a noun of the press ("Sunday newspapers", "a Sunday paper", "Sunday talk
  shows") names a kind of paper or programme, not a day; "its Friday edition", "Monday's papers"
  (one day's issue, after a possessive, a demonstrative or "last"/"next") stay dates.
- A weekday ending a capitalised name after "the" and "on" ("the Mail on Sunday", "the
  Independent On Sunday") is a paper's name when the name is written "On" in capitals or a noun
  of the press follows ("the Mail on Sunday newspaper"): "The Times on Thursday said", "the
  weekly Spiegel on Monday reported", "newspaper The Star on Tuesday said" are dates, so a bare
  "the X on Sunday" stays one.
- A month followed by "for", "of", "on" or "against" and a capitalised word, with no
  preposition of time before it, is a name: "the March for Life", "the March on Washington".
- A month abbreviation in capitals with no day or year is a ticker or a code: "(MAR.)".
- A month in brackets between two capitalised words glosses a name: "the Saur (April) Revolution".
- A four-digit number that reads as a clock time is not a year: "at 1130 GMT", "from 1100 to
  1130 GMT", a live report's "1158:" or "1100-1130:" at the start of a line, "from 0900".
"""

from __future__ import annotations

import re

from timeline_app.core.temporal import lexicon as L

_LOWER_IN_PROSE = frozenset(
    [
        "today",
        "tonight",
        "tomorrow",
        "yesterday",
        "noon",
        "midnight",
        "midday",
        "morning",
        "afternoon",
        "evening",
        "night",
        "minute",
        "minutes",
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "decade",
        "decades",
        "now",
    ]
)
_WORD = re.compile(r"[A-Za-z]+")
_SENTENCE_OPENERS = frozenset(".!?:;\"'“‘`()[—–_-\n")
_WEEKDAY = re.compile(rf"(?i:{L.WEEKDAY})\b")
_MONTH_WORD = re.compile(rf"(?i:{L.MONTH})")
_DETERMINED = re.compile(r"(?:\b(?:the|The|THE)|['’]s)\s+$")
_CAPITALISED_AFTER = re.compile(r"\s+(?P<w>[A-Z][a-z]+)")
_PRESS = r"(?:news)?papers?|tabloids?|broadsheets?|weekl(?:y|ies)|magazines?|supplements?|talk[ -]shows?"
_PRESS_AFTER = re.compile(rf"\s+(?:{_PRESS})\b", re.IGNORECASE)
_ONE_ISSUE_BEFORE = re.compile(
    r"(?:\b(?:its|their|his|her|our|this|that|these|those|last|next|every|each|on|of)|['’]s)\s+$",
    re.IGNORECASE,
)
_ON_NAME_BEFORE = re.compile(r"\b(?:the|The|THE)\s+(?:[A-Z][a-z]+\s+){1,2}(?P<on>on|On)\s+$")
_NAME_LINK_AFTER = re.compile(r"\s+(?:for|of|on|against)\s+(?:the\s+)?[A-Z]")
_TIME_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|since|by|until|till|through|during|from|before|after|early|late|mid|last|next|this|of)\s+$",
    re.IGNORECASE,
)
_GLOSS_BEFORE = re.compile(r"[A-Z][a-z]+\s*\($")
_GLOSS_AFTER = re.compile(r"\)\s*[A-Z][a-z]+")
_CAPS_MONTH = re.compile(r"[A-Z]{3}\.?")
_DAY_OR_YEAR_AFTER = re.compile(r"\s*\d")
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_ZONE_AFTER = re.compile(
    r"\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|PST|PDT|IST|MSK|hrs|hours|h\b|local\b|Z\b)"
)
_ZONED_CLOCK_AFTER = re.compile(r"\s*(?:-|–|to|and|until)\s*(?:[01]\d|2[0-3])[0-5]\d(?!\d)")
_NUMBERS_ONLY = re.compile(r"\d{4}(?:\s*[-–]\s*\d{2,4})?")
_CLOCK_STAMP = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d(?:\s*[-–]\s*(?:[01]\d|2[0-3])[0-5]\d)?\s*(?::|[-–]\s)")


def _line_bounds(text: str, start: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    return lo, len(text) if hi < 0 else hi


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` is the first of its sentence (or of a quote or a line)."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_OPENERS


def _title_case(text: str, start: int) -> bool:
    lo, hi = _line_bounds(text, start)
    words = [w for w in _WORD.findall(text[lo:hi]) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _capitalised_common_word(text: str, start: int, end: int) -> bool:
    words = list(_WORD.finditer(text, start, end))
    first = words[0].group() if words else ""
    if (
        words[:1]
        and words[0].start() == start
        and first[0].isupper()
        and first.lower() not in _LOWER_IN_PROSE
    ):
        return False  # a holiday the grammar knows: "Independence Day", "New Year's Eve"
    for m in words:
        word = m.group()
        if (
            word[0].isupper()
            and word.lower() in _LOWER_IN_PROSE
            and not word.isupper()
            and not _opens_sentence(text, m.start())
        ):
            return not _title_case(text, start)
    return False


def _press_weekday(text: str, start: int, end: int) -> bool:
    """ "Sunday newspapers", "a Sunday talk show"; "the Mail on Sunday newspaper", "the weekly
    Independent On Sunday" (see the module's docstring)."""
    on_name = _ON_NAME_BEFORE.search(text, max(0, start - 60), start)
    if on_name is not None:
        return on_name["on"] == "On" or _PRESS_AFTER.match(text, end) is not None
    return (
        _PRESS_AFTER.match(text, end) is not None
        and _ONE_ISSUE_BEFORE.search(text, max(0, start - 12), start) is None
    )


def _named_weekday(text: str, start: int, end: int) -> bool:
    if not _WEEKDAY.fullmatch(text, start, end):
        return False
    if _press_weekday(text, start, end):
        return True
    after = _CAPITALISED_AFTER.match(text, end)
    if after is None or _WEEKDAY.fullmatch(after["w"]) or _MONTH_WORD.fullmatch(after["w"]):
        return False
    return _DETERMINED.search(text, max(0, start - 8), start) is not None


def _named_month(text: str, start: int, end: int) -> bool:
    if not _MONTH_WORD.fullmatch(text, start, end):
        return False
    if _CAPS_MONTH.fullmatch(text, start, end) and not _DAY_OR_YEAR_AFTER.match(text, end):
        return True  # "(MAR.)": a ticker or a code in capitals
    if _GLOSS_BEFORE.search(text, max(0, start - 40), start) and _GLOSS_AFTER.match(text, end):
        return True  # "the Saur (April) Revolution": a name's translation in brackets
    return (
        _NAME_LINK_AFTER.match(text, end) is not None
        and _TIME_PREPOSITION_BEFORE.search(text, max(0, start - 12), start) is None
    )


def clock_not_year(text: str, start: int, end: int) -> bool:
    """A four-digit number at ``start`` that is a time of day: before a time zone ("1130 GMT"),
    with a leading zero ("0900"), or stamping a line of a live report ("1158: ...")."""
    number = text[start : start + 4]
    if not _CLOCK.fullmatch(number) or (start + 4 < len(text) and text[start + 4].isdigit()):
        return False
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".,$£€"):
        return False
    if number[0] == "0" or _ZONE_AFTER.match(text, start + 4):
        return True
    pair = _ZONED_CLOCK_AFTER.match(text, start + 4)  # "from 1100 to 1130 GMT"
    if pair is not None and _ZONE_AFTER.match(text, pair.end()):
        return True
    lo, _hi = _line_bounds(text, start)
    return not text[lo:start].strip() and _CLOCK_STAMP.match(text, start) is not None


def in_a_name(text: str, start: int, end: int) -> bool:
    """Whether the candidate ``text[start:end]`` is part of a name, a title or a number rather
    than a date (see the module's docstring)."""
    if _capitalised_common_word(text, start, end):
        return True
    if _named_weekday(text, start, end) or _named_month(text, start, end):
        return True
    # a bare number or a range of numbers read as a year ("1130", "1100-1130"); "1130 GMT" is read
    # as the clock time it is by the grammar itself
    return _NUMBERS_ONLY.fullmatch(text, start, end) is not None and clock_not_year(text, start, end)
