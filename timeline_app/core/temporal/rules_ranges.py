"""Ranges of dates: "1990-91", "March-May 2024", "Dec. 1-3", and "from 2014 to 2016",
"between March and May".

TIMEX3 annotates "from 2014 to 2016" as two expressions, "2014" and "2016", and TimeBank
and AQUAINT do so; the tagger keeps them two (each keeps its own value, so scores and
highlights agree with the annotation), and :func:`join_ranges` gives the first one the
whole range as its date (``FuzzyDate(2014, end=2016)``) so that the event extractor sees
one event spanning both, not two events. The second keeps its value but no date of its own.
A range written as one word ("1990-91") is one expression: its value is its start, its date
the range.
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.core.dates import FuzzyDate, Precision, days_in_month
from timeline_app.core.temporal import lexicon as L
from timeline_app.core.temporal.expression import TimeExpression, TimexReading
from timeline_app.core.temporal.grammar import MOD_PREFIX, Context, mod_of, rule
from timeline_app.core.temporal.rules_absolute import _pick_year
from timeline_app.core.temporal.triggers import MONTH_FORMS, YEAR_DIGITS

_DASH = r"\s?[-–—]\s?"


def _year_range(m: re.Match[str], ctx: Context) -> TimexReading | None:
    first = int(m["y1"])
    tail = m["y2"]
    last = int(tail) if len(tail) == 4 else first // 100 * 100 + int(tail)
    if len(tail) == 2 and last < first:
        last += 100  # "1998-01": across a century
    if not first < last <= first + 50:
        return None  # "2014-2012" is not a range of years
    date = FuzzyDate(first, precision=Precision.YEAR, end=FuzzyDate(last, precision=Precision.YEAR))
    return TimexReading("DATE", date.timex(), date, mod_of(m["mod"]), f"the years {first} to {last}")


YEAR_RANGE = rule(
    "year range",
    rf"(?<![\w$£€.,/-]){MOD_PREFIX}(?P<y1>1[1-9]\d\d|20\d\d){_DASH}(?P<y2>(?:1[1-9]|20)\d\d|\d\d)"
    r"(?![\w%/-]|[.,]\d)",
    _year_range,
    lambda m, text: not re.match(r"\s*(?:%|percent)", text[m.end() : m.end() + 10]),
    triggers=(YEAR_DIGITS,),
    margins=(40, 10),
)


def _month_range(m: re.Match[str], ctx: Context) -> TimexReading | None:
    first, last = L.MONTHS[m["m1"].lower().rstrip(".")], L.MONTHS[m["m2"].lower().rstrip(".")]
    if m["year"]:
        year: int | None = int(m["year"])
        how = "months of a given year"
    else:
        year, how = _pick_year(ctx, m, first, None)
    if year is None:
        return TimexReading("DATE", f"XXXX-{first:02d}", None, mod_of(m["mod"]), how)
    end_year = year if last > first else year + 1
    date = FuzzyDate(year, first, precision=Precision.MONTH,
                     end=FuzzyDate(end_year, last, precision=Precision.MONTH))  # fmt: skip
    return TimexReading("DATE", date.timex(), date, mod_of(m["mod"]), f"a range of months; {how}")


MONTH_RANGE = rule(
    "month range",
    rf"\b{MOD_PREFIX}(?P<m1>{L.MONTH}){_DASH}(?P<m2>{L.MONTH})(?:,?\s{{1,3}}(?P<year>{L.YEAR4}))?",
    _month_range,
    triggers=MONTH_FORMS,
    margins=(40, 24),
)


def _day_range(m: re.Match[str], ctx: Context) -> TimexReading | None:
    month = L.MONTHS[m["month"].lower().rstrip(".")]
    d1, d2 = int(m["d1"]), int(m["d2"])
    if not 1 <= d1 < d2 <= 31:
        return None
    if m["year"]:
        year: int | None = int(m["year"])
        how = "days of a given month"
    else:
        year, how = _pick_year(ctx, m, month, d1)
    if year is None:
        return TimexReading("DATE", f"XXXX-{month:02d}-{d1:02d}", None, None, how)
    if d2 > days_in_month(year, month):
        return None
    date = FuzzyDate(year, month, d1, end=FuzzyDate(year, month, d2))
    return TimexReading("DATE", date.timex(), date, None, f"a range of days; {how}")


DAY_RANGE = rule(
    "day range",
    rf"\b(?P<month>{L.MONTH_BY_NUMBER})\s{{0,3}}(?P<d1>{L.DAY_NUM}){_DASH}(?P<d2>{L.DAY_NUM})(?![\d:.,]\d|\w)"
    rf"(?:,?\s{{1,3}}(?P<year>{L.YEAR4}))?",
    _day_range,
    triggers=MONTH_FORMS,
    margins=(2, 24),
)

RULES = (YEAR_RANGE, MONTH_RANGE, DAY_RANGE)

_JOIN = re.compile(r"\s{1,3}(?:to|until|till|through|thru|and|-|–)\s{1,3}$|\s?[-–]\s?$", re.IGNORECASE)
_OPEN = re.compile(r"\b(?:from|between)\s{1,3}(?:(?:the\s+)?(?:early|late|mid|end\s+of|start\s+of)[\s-]+)?$",
                   re.IGNORECASE)  # fmt: skip


def join_ranges(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """ "from 2014 to 2016", "between March and May": the first expression's date becomes the
    range; the second keeps its TIMEX3 value and gives up its date to it."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.date is None or b.date is None or a.date.end is not None or b.date.end is not None:
            continue
        if a.type != "DATE" or b.type != "DATE":
            continue
        if b.start - a.end > 12:
            continue  # (before the search: most expressions are far apart)
        between = text[a.end : b.start]
        if not _JOIN.search(between):
            continue
        opener = _OPEN.search(text, max(0, a.start - 24), a.start)
        word = between.strip().lower()
        if opener is None or (word == "and") != opener.group().lower().startswith("between"):
            continue
        start = _aligned_start(a.date, b.date)
        if start is None:
            continue
        date = replace(start, end=b.date)
        how = f"{a.text} -> {date.iso()}: {a.explanation.split(': ', 1)[-1]}; a range to {b.date.iso()}"
        if start != a.date:
            how += f", so it starts in {start.iso()}"
        out[i] = replace(a, value=start.timex(), date=date, explanation=how)
        out[i + 1] = replace(b, date=None, explanation=f"{b.explanation}; the end of the range from {a.text}")
    return out


def _aligned_start(start: FuzzyDate, end: FuzzyDate) -> FuzzyDate | None:
    """The start of a range as written; for two months whose years were guessed apart, the
    latest such month before the end ("between November and February": the November before)."""
    if end.end_days > start.start_days:
        return start
    if end.precision is not Precision.MONTH or start.precision is not Precision.MONTH:
        return None  # "from Monday to Wednesday" told in the past: no year to move
    assert start.month is not None and end.month is not None
    return FuzzyDate(end.year - (start.month > end.month), start.month, precision=Precision.MONTH)


_SECOND_DAY = re.compile(
    r"\s{1,3}(?:and|or|&)\s{1,3}(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
    r"(?=\s*(?:[.,;:)]|$)|,?\s+(?:(?:1\d|20)\d\d\b|(?:in|at|on|when|while|but|will|would|to|and|with|for|as|"
    r"is|was|were|are|respectively)\b))",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(rf"(?:{L.MONTH})\s{{0,3}}\d{{1,2}}(?:st|nd|rd|th)?", re.IGNORECASE)


def paired_days(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """ "on April 24 and 25", "March 3 or 4": the bare second day is a date of the same month
    (TIMEX3 annotates it as an expression of its own), not a number left unread."""
    out: list[TimeExpression] = []
    for i, e in enumerate(found):
        out.append(e)
        if (
            e.type != "DATE"
            or e.date is None
            or e.date.precision is not Precision.DAY
            or e.date.end is not None
        ):
            continue
        if not _MONTH_DAY.fullmatch(e.text):
            continue
        m = _SECOND_DAY.match(text, e.end)
        if m is None or (i + 1 < len(found) and found[i + 1].start < m.end()):
            continue
        d = int(m["day"])
        assert e.date.month is not None and e.date.day is not None
        if not e.date.day < d <= days_in_month(e.date.year, e.date.month):
            continue
        date = FuzzyDate(e.date.year, e.date.month, d)
        span = text[m.start("day") : m.end()].rstrip()
        how = f"{span} -> {date.iso()}: a second day of the month just named, {e.text}"
        opener = _OPEN.search(text, max(0, e.start - 24), e.start)
        if opener is not None and opener.group().lower().startswith("between") and "and" in m.group().lower():
            # "between April 24 and 26": the first day's date is the range, as join_ranges does
            out[-1] = replace(
                e, date=replace(e.date, end=date), explanation=f"{e.explanation}; a range to {date.iso()}"
            )
            out.append(TimeExpression(m.start("day"), m.end(), span, "DATE", date.timex(), None, None,
                                      f"{how}; the end of the range from {e.text}"))  # fmt: skip
            continue
        out.append(TimeExpression(m.start("day"), m.end(), span, "DATE", date.timex(), None, date, how))
    return out
