"""English words of time and the regex building blocks the grammar is written in.

Every quantifier in these fragments is bounded and every alternation is a list of
literal words, so no pattern can backtrack catastrophically on long runs of
digits or punctuation.
"""

from __future__ import annotations

from collections.abc import Iterable

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "noon": "MI", "dawn": "MO", "daybreak": "MO", "dusk": "EV",
}  # fmt: skip

TIMED_PARTS = frozenset({"AF", "EV"})
"""Parts of the day a weekday or "yesterday" keeps in its value ("Friday evening" is TIME
1989-10-27TEV, as TIMEX3 writes it). "Friday morning" and "Sunday night" stay the day: the
annotated news gives the bare day for them more often than not, and a morning or a night
told as news is, for a timeline, that day."""

UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "weekend": "WE",
    "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
    "millennium": "ML", "season": "SE",
}  # fmt: skip
"""Unit word -> TIMEX3 duration letter ("M" is months, or minutes after "T")."""

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(_ONES)}
NUMBER_WORDS.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
NUMBER_WORDS.update({"a": 1, "an": 1, "single": 1, "half": 0, "dozen": 12, "hundred": 100, "thousand": 1000})

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "last": -1, "final": -1,
}  # fmt: skip


def words(text: str) -> list[str]:
    """The words of a space-separated list (word lists read better as one string)."""
    return text.split()


def alternation(words: Iterable[object]) -> str:
    """A non-capturing alternation of literal words, longest first (so none shadows another)."""
    items = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(w.replace(".", r"\.").replace(" ", r"\s+") for w in items) + ")"


# -- building blocks (case-insensitive unless marked) --------------------------------------------

_MONTH_FORMS = [
    "January", "Jan\\.", "February", "Feb\\.", "March", "Mar\\.", "April", "Apr\\.", "May", "June",
    "Jun\\.", "July", "Jul\\.", "August", "Aug\\.", "September", "Sept\\.", "Sep\\.", "Sept", "October",
    "Oct\\.", "November", "Nov\\.", "December", "Dec\\.",
]  # fmt: skip
MONTH = "(?-i:" + "|".join(f + "(?![a-z])" for f in _MONTH_FORMS + [f.upper() for f in _MONTH_FORMS]) + ")"
"""A month name, capitalised: "may" and "march" in lower case are verbs."""
MONTH_BY_NUMBER = (
    "(?:"
    + MONTH
    + r"|(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
    r"(?=\s{1,3}\d))"
)
"""A month name, or an abbreviation without its full stop when a number follows ("Dec 2", "Dec 2025")."""
MONTH_AFTER_NUMBER = (
    "(?:"
    + MONTH
    + r"|(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
    r"(?![A-Za-z]))"
)
"""A month name, or an abbreviation without its full stop after a day number ("2 Dec 2025")."""

WEEKDAY = r"(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY)"
"""A weekday name, capitalised (so a lower-case "sunday" in a product name does not count)."""
WEEKDAY_ABBR = r"(?-i:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.)"
DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR4 = (
    r"(?:1[1-9]\d\d|20\d\d)(?![\d,.]\d|\s*%|-\d"
    r"|\s*(?-i:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|PST|PDT|IST|MSK|hrs)\b)"
)
"""A plausible year: 1100 to 2099, not part of a longer number, an amount or a range of digits,
nor a clock time before its time zone (a live report's "19 JANUARY, 1815 GMT" is that day at
18:15)."""
NUM_WORD = alternation([w for w in NUMBER_WORDS if w not in ("a", "an", "half", "hundred", "thousand")])
NUMBER = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})?(?:\.\d{{1,2}})?(?:\s+1/2)?|{NUM_WORD}(?:[\s-]{{1,2}}{NUM_WORD})?"
    r"(?:\s+and\s+a\s+half)?|an?|one|several|a\s+few|few|a\s+couple\s+of|a\s+couple|couple\s+of"
    r"|some|many|dozens\s+of|hundreds\s+of|thousands\s+of|a\s+number\s+of|numerous)"
)
UNIT = alternation(UNITS) + r"(?:s|es)?"
SEASON = alternation(SEASONS)
