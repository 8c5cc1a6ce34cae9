"""Rules for dates relative to the publication date ("yesterday", "last month", "two days ago",
"earlier this month") or to the last date named ("the next day", "two days later", "that year")."""

from __future__ import annotations

import dataclasses
import re

from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.temporal import lexicon as L
from timeline_app.core.temporal.calendar import day, day_number, long_label, period_of, shift
from timeline_app.core.temporal.expression import TimeExpression, TimexReading
from timeline_app.core.temporal.grammar import (
    MOD_PREFIX,
    QUANT_PREFIX,
    Context,
    Rule,
    mod_of,
    quant_of,
    rule,
    word_after,
)
from timeline_app.core.temporal.lexicon import words
from timeline_app.core.temporal.triggers import PARTS_OF_DAY, UNIT_FORMS

_DAY_OFFSET = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


_OF_BEFORE = re.compile(r"\bthe\s+[a-z]+(?:\s+[a-z]+)?\s+of\s+$", re.IGNORECASE)
"""'the people of tomorrow', 'the Europe of tomorrow': the future in general, not the next day."""


def _deictic_day(m: re.Match[str], ctx: Context) -> TimexReading | None:
    word = m["w"].lower()
    if (
        word == "tomorrow"
        and not m["mod"]
        and not m["pod"]
        and not re.match(r"['’]s\b", ctx.text[m.end() : m.end() + 2])  # "the results of tomorrow's vote"
        and _OF_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
    ):
        return TimexReading("DATE", "FUTURE_REF", None, None, "the future in general", anchors=False)
    offset = _DAY_OFFSET.get(word, -2 if "before" in word else 2)
    pod = L.PARTS_OF_DAY.get((m["pod"] or "").lower()) or ("NI" if word == "tonight" else None)
    if ctx.anchor is None:
        return TimexReading("TIME" if pod else "DATE", "PRESENT_REF" if offset == 0 else "XXXX-XX-XX", None,
                       mod_of(m["mod"]), "relative to a publication date that is not known")  # fmt: skip
    date = day(day_number(ctx.anchor) + offset)
    how = f"{abs(offset) or 'no'} day{'s' if abs(offset) > 1 else ''} {'before' if offset < 0 else 'after'} "
    how = (how if offset else "the day of ") + ctx.anchor_label
    if pod:
        how += f", {'at night' if pod == 'NI' else 'in the ' + (m['pod'] or 'evening').lower()}"
    if pod in L.TIMED_PARTS:  # "yesterday evening": the part of the day in the value, as for weekdays
        return TimexReading("TIME", f"{date.timex()}T{pod}", date, mod_of(m["mod"]), how)
    return TimexReading("DATE", date.timex(), date, mod_of(m["mod"]), how)


_GENERIC_TODAY = re.compile(
    r"['’]s\s+(?:world|society|youth|young|generation|standards|terms|dollars|economy|children|kids|"
    r"technology|politics|culture|personal|modern|global)\b",
    re.IGNORECASE,
)
"""'in today's world', 'today's youth': the present age, not the day."""


def _today_guard(m: re.Match[str], text: str) -> bool:
    word = m["w"]
    if word.lower() != "today":
        return True
    # "USA Today", "NBC's Today": a capitalised "Today" inside a sentence is a name (names.py)
    return not _GENERIC_TODAY.match(text, m.end())


DEICTIC_DAY = rule(
    "today",
    rf"\b{MOD_PREFIX}(?P<w>today|yesterday|tomorrow|tonight|the\s+day\s+before\s+yesterday|"
    r"the\s+day\s+after\s+tomorrow)(?:\s+(?P<pod>morning|afternoon|evening|night))?(?!\w|-)",
    _deictic_day,
    _today_guard,
    triggers=("today", "yesterday", "tomorrow", "tonight"),
)

_REFS = {
    "PRESENT_REF": r"now|right\s+now|just\s+now|currently|nowadays|at\s+present|at\s+the\s+moment|"
    r"these\s+days|the\s+present|current(?=\s+[a-z])",
    "PAST_REF": r"recently|lately|in\s+the\s+past|the\s+past|then[\s-]current(?=\s+[a-z])",
    "FUTURE_REF": r"the\s+future|as\s+soon\s+as\s+possible|the\s+near\s+future|"
    r"the\s+(?:near|short|long)\s+term|a\s+later\s+date",
}
"""Vague references to now, before and after. Words that TimeML annotators mark only now and then
("soon", "previously", "recent", "future" as an adjective) are left out: on TimeBank and AQUAINT
they are false alarms more often than not, and a timeline gains nothing from them."""


def _ref(m: re.Match[str], ctx: Context) -> TimexReading | None:
    for value in _REFS:
        if m[value]:
            how = {"PRESENT_REF": "the present", "PAST_REF": "some time before the present",
                   "FUTURE_REF": "some time after the present"}[value]  # fmt: skip
            return TimexReading("DATE", value, None, None, how, anchors=False)
    return None


def _ref_guard(m: re.Match[str], text: str) -> bool:
    word = m.group().lower()
    if word == "now" and word_after(text, m.end()).lower() in ("that", "defunct"):
        return word_after(text, m.end()).lower() != "defunct"
    return True


REF = rule(
    "present, past, future",
    r"\b(?:(?P<PRESENT_REF>"
    + _REFS["PRESENT_REF"]
    + ")|(?P<PAST_REF>"
    + _REFS["PAST_REF"]
    + ")|(?P<FUTURE_REF>"
    + _REFS["FUTURE_REF"]
    + r"))(?![\w-])",
    _ref,
    _ref_guard,
    triggers=words(
        "now currently nowadays present moment days recently lately past future possible current term date"
    ),
)

_REL_SHIFT = {"this": 0, "current": 0, "last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1,
              "following": 1, "latest": -1}  # fmt: skip
"""("latest" only before "fiscal year": "sales in the latest fiscal year" is the last one closed.)"""


def _week_value(date: FuzzyDate, weekend: bool) -> tuple[str, FuzzyDate]:
    week = date.truncate(Precision.WEEK)
    if not weekend:
        return week.timex(), week
    sat = day(day_number(week) + 5)
    return week.timex() + "-WE", FuzzyDate(sat.year, sat.month, sat.day, end=day(day_number(week) + 6))


def relative_period(base: FuzzyDate, unit: str, n: int) -> tuple[str, FuzzyDate]:
    """The ``unit`` period ``n`` steps from the one containing ``base``, as (TIMEX3 value, date)."""
    if unit in ("week", "weekend", "fortnight"):
        return _week_value(day(day_number(base) + 7 * n) if base.day else base, unit == "weekend")
    if unit == "day" or unit == "night":
        date = day(day_number(base) + n) if base.day else base
        return date.timex(), date
    period = period_of(base, unit)
    date = shift(period, unit, n)
    if date.precision in (Precision.DECADE, Precision.CENTURY, Precision.MILLENNIUM):
        return date.iso(), date  # TIMEX3 writes the 1980s "198", as the decade rule does
    return date.timex(), date


def _unit_name(token: str) -> str:
    token = token.lower().split()[-1]
    if token.endswith("ies"):
        return token[:-3] + "y"
    for unit in L.UNITS:
        if token == unit or token == unit + "s" or token == unit + "es":
            return unit
    return token


def _relative_unit(m: re.Match[str], ctx: Context) -> TimexReading | None:
    rel = m["rel"].lower().split()[-1]
    unit = _unit_name(m["unit"])
    n = _REL_SHIFT[rel]
    if rel == "past" and unit in ("decade", "century"):  # "the past decade": ten years up to now
        return TimexReading(
            "DURATION", "P10Y" if unit == "decade" else "P100Y", None, None, f"a {unit}", anchors=False
        )
    if ctx.anchor is None:
        return TimexReading(
            "DATE", "PRESENT_REF" if n == 0 else "XXXX", None, mod_of(m["mod"]), "no publication date"
        )
    value, date = relative_period(ctx.anchor, unit, n)
    how = {
        0: f"the {unit} of {ctx.anchor_label}",
        -1: f"the {unit} before that of {ctx.anchor_label}",
        1: f"the {unit} after that of {ctx.anchor_label}",
    }[n]
    mod = mod_of(m["mod"])
    if m["edge"]:
        how += f", {m['edge'].lower()} than that date" if n == 0 else f", {m['edge'].lower()} in it"
    if m["edge"] and m["edge"].lower() == "earlier" and n == 0 and _just_begun(ctx.anchor, unit):
        # "earlier this month" on 2 December: a day or two of December had passed; the writer
        # may well mean late November. Kept as the month, flagged approximate, and said so.
        date = dataclasses.replace(date, approximate=True)
        how += f"; only days of the {unit} had passed, so it may have been the {unit} before (uncertain)"
    return TimexReading("DATE", value, date, mod, how)


def _just_begun(anchor: FuzzyDate, unit: str) -> bool:
    """Is ``anchor`` in the first days of its ``unit`` (a month's first week, a year's first month)?"""
    if anchor.day is None:
        return unit == "year" and anchor.month == 1
    if unit == "month":
        return anchor.day <= 7
    if unit == "year":
        return anchor.month == 1
    if unit == "week":
        return day_number(anchor) % 7 in (4, 5)  # day 0 (1 Jan 1970) was a Thursday: Monday or Tuesday
    return False


RELATIVE_UNIT = rule(
    "this/last/next unit",
    rf"\b{MOD_PREFIX}(?:(?P<edge>earlier|later)\s+)?(?P<rel>this|current|last|previous|next|coming|"
    r"(?:the\s+)?past|latest(?=\s+fiscal\s+year\b))\s+(?:fiscal\s+|calendar\s+)?"
    r"(?P<unit>week|weekend|month|quarter|year|decade|century)"
    r"(?![\w-])",
    _relative_unit,
    lambda m, text: not _title(m, text),
    triggers=UNIT_FORMS,
    margins=(40, 8),
)


def _title(m: re.Match[str], text: str) -> bool:
    """ "ABC's This Week", 'ABC News\' "This Week," said': a programme's name, not a week."""
    if not (m["unit"][0].isupper() and m["rel"][0].isupper()) or m.start() == 0:
        return False
    if text[m.start() - 1] == " " and text[max(0, m.start() - 2)] not in '.!?\n"“':
        return True
    quoted = text[m.start() - 1] in '"“' and re.match(r',?["”]|\s+With\b', text[m.end() : m.end() + 6])
    return bool(quoted)


def _number(token: str | None) -> float | None:
    """A count written in digits or words; None for vague amounts ("several", "a few")."""
    if not token:
        return 1
    t = " ".join(token.lower().replace("-", " ").split())
    half = 0.5 if t.endswith("and a half") or t.endswith(" 1/2") else 0
    t = t.removesuffix(" and a half").removesuffix(" 1/2")
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t) + half
    words = t.split()
    if t in ("a couple of", "couple of", "a couple"):
        return 2
    if all(w in L.NUMBER_WORDS for w in words):
        if "dozen" in words:
            return None
        return sum(L.NUMBER_WORDS[w] for w in words) + half
    return None


_UNIT_PATTERN = (
    r"(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|"
    r"centuries|century)"
)


def _shifted(base: FuzzyDate, unit: str, n: int) -> FuzzyDate:
    if unit in ("day", "night", "week", "fortnight") and base.day is not None:
        step = {"day": 1, "night": 1, "week": 7, "fortnight": 14}[unit] * n
        moved = day(day_number(base) + step)
        return moved if unit in ("day", "night") else moved.truncate(Precision.WEEK)
    if unit in ("decade", "century"):
        years = (10 if unit == "decade" else 100) * n
        return FuzzyDate(base.year + years, precision=Precision.YEAR)
    precision = {"month": Precision.MONTH, "quarter": Precision.QUARTER, "year": Precision.YEAR}.get(
        unit, Precision.DAY
    )
    if precision.rank < base.precision.rank:
        precision = base.precision
    return shift(base.truncate(precision), unit, n)


def _ago(m: re.Match[str], ctx: Context) -> TimexReading | None:
    unit = _unit_name(m["unit"])
    direction = " ".join(m["dir"].lower().split())
    count = _number(m["n"])
    backwards = direction in ("ago", "earlier", "before", "back", "previously", "prior")
    anaphoric = direction not in ("ago", "from now", "hence", "back")
    base, base_label = ctx.base(unit) if anaphoric else (ctx.anchor, ctx.anchor_label)
    ref = ctx.reporting_quarter(m) if unit == "year" and count == 1 else None
    if ref is not None:
        base, base_label = (
            ref,
            f"the quarter last mentioned, {long_label(ref)}",
        )  # "profit fell from a year ago"
    mod = quant_of(m["quant"]) or ("APPROX" if m["orso"] else None)
    if count is None or base is None or unit in ("second", "minute", "hour") or count != int(count):
        value = "PAST_REF" if backwards else "FUTURE_REF"
        return TimexReading(
            "DATE", value, None, mod, "an unspecified time " + ("before" if backwards else "after")
        )
    n = int(count) * (-1 if backwards else 1)
    date = shift(base, unit, n) if base is ref else _shifted(base, unit, n)
    how = f"{abs(n)} {unit}{'s' if abs(n) != 1 else ''} {'before' if n < 0 else 'after'} {base_label}"
    return TimexReading("DATE", date.timex(), date, mod, how)


AGO = rule(
    "ago, later",
    rf"\b{QUANT_PREFIX}(?P<n>{L.NUMBER})[\s-]{{1,2}}(?:or\s+so\s+)?{_UNIT_PATTERN}(?P<orso>\s+or\s+so)?\s+"
    r"(?P<dir>ago|earlier|later|back|from\s+now|hence|afterwards?|before(?=\s*[,.;)]|\s+that\b)|"
    r"after(?=\s*[,.;)]|\s+that\b))(?![\w-])",
    _ago,
    triggers=words("ago earlier later back now hence afterwards afterward before after"),
    margins=(60, 6),
)

_ANAPHORA_SHIFT = {
    "next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0, "that": 0,
    "before": -1, "after": 1, "earlier": -1, "later": 1,
}  # fmt: skip


def _anaphoric(m: re.Match[str], ctx: Context) -> TimexReading | None:
    rel = (m["rel"] or m["dir"]).lower()
    unit = (m["unit"] or m["unit2"]).lower()
    n = _ANAPHORA_SHIFT[rel]
    base, base_label = ctx.base(unit, m)
    pod = L.PARTS_OF_DAY.get(unit)
    if base is None:
        return TimexReading("TIME" if pod else "DATE", "XXXX-XX-XX", None, None, "no date to count from")
    if unit in L.SEASONS:
        return None  # left to the season rule
    if pod:
        if base.day is None:
            return _day_within(base, pod, m, base_label) if n == 0 else None
        date = day(day_number(base) + n)
        return TimexReading("TIME", f"{date.timex()}T{pod}", date, mod_of(m["edge"]),
                       f"{'the same day as' if n == 0 else 'a day from'} {base_label}")  # fmt: skip
    if (unit == "day" or unit == "night") and base.day is None:
        return _day_within(base, None, m, base_label) if n == 0 else None
    value, date = relative_period(base, unit, n)
    how = {0: f"the same {unit} as", -1: f"the {unit} before", 1: f"the {unit} after"}[n] + f" {base_label}"
    mod = mod_of(m["edge"]) if m["edge"] and m["edge"].lower() in ("early", "late") else None
    return TimexReading("DATE", value, date, mod, how)


ANAPHORIC = rule(
    "the next day, that year",
    r"\b(?:(?P<edge>earlier|later|early|late)\s+)?(?:(?:the\s+|that\s+)?(?P<rel>next|following|previous|preceding|prior|"
    r"same)|(?P<that>that))\s+(?P<unit>day|night|morning|afternoon|evening|week|weekend|month|year|quarter|decade)"
    r"(?![\w-])|\bthe\s+(?P<unit2>day|week|month|year|night)\s+(?P<dir>before|after|earlier|later)(?![\w-])",
    lambda m, ctx: _anaphoric_that(m, ctx),
    triggers=(*UNIT_FORMS, *PARTS_OF_DAY),
    margins=(40, 8),
)


def _anaphoric_that(m: re.Match[str], ctx: Context) -> TimexReading | None:
    if m["that"]:
        unit = m["unit"].lower()
        base, base_label = ctx.base(unit, m)
        pod = L.PARTS_OF_DAY.get(unit)
        if base is None:
            return TimexReading("DATE", "XXXX-XX-XX", None, None, "no date to count from")
        if pod or unit in ("day", "night"):
            if base.day is None:
                return None  # bare "that day" after a month more often means a day the story has not named
            d = day(day_number(base))
            value = d.timex() + (f"T{pod}" if pod else "")
            return TimexReading(
                "TIME" if pod else "DATE", value, d, mod_of(m["edge"]), f"the day of {base_label}"
            )
        value, date = relative_period(base, unit, 0)
        return TimexReading("DATE", value, date, mod_of(m["edge"]), f"the {unit} of {base_label}")
    return _anaphoric(m, ctx)


def _day_within(base: FuzzyDate, pod: str | None, m: re.Match[str], base_label: str) -> TimexReading | None:
    """'He was killed last October. His name was struck off that same day': a day of that month,
    which one unknown (TIMEX3 1998-10-XX); the date stays the month. Coarser than a month, none.
    Only for "the same day": "same" ties it to the date named, a bare "that day" may not be."""
    if base.month is None or base.precision.rank > Precision.MONTH.rank or base.end is not None:
        return None
    month = base.truncate(Precision.MONTH)
    value = f"{month.timex()}-XX" + (f"T{pod}" if pod else "")
    how = f"a day of {base_label}, which one unknown"
    return TimexReading("TIME" if pod else "DATE", value, month, mod_of(m["edge"]), how, anchors=False)


RULES: tuple[Rule, ...] = (DEICTIC_DAY, REF, RELATIVE_UNIT, AGO, ANAPHORIC)


_OFFSET = re.compile(r"\b(?:the\s+)?(?:day|night)\s+(?P<dir>before|after)\s{1,3}$", re.IGNORECASE)


_APPOSITION = re.compile(r"the\s+day\s+(?:before|after)", re.IGNORECASE)


def _names_a_day(e: TimeExpression) -> bool:
    return e.date is not None and e.date.precision is Precision.DAY and e.date.end is None


def compose_offsets(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """ "the day before last Tuesday", "the day after Christmas": one expression, a day from the
    date that follows (not "the day before" the last date named, then that date)."""
    out: list[TimeExpression] = []
    for b in found:
        if out and _APPOSITION.fullmatch(b.text) and _names_a_day(out[-1]):
            a = out[-1]
            if re.fullmatch(r",\s{1,3}", text[a.end : b.start]) and re.match(
                r"\s+[a-z]", text[b.end : b.end + 3]
            ):
                # "after Oct. 12, the day before the stock market plunge": "the day" is Oct. 12
                end = b.start + len(re.match(r"the\s+day", b.text, re.IGNORECASE).group())  # type: ignore[union-attr]
                span = text[b.start : end]
                how = f"{span} -> {a.value}: the day just named, {a.text}, told by what happened next to it"
                out.append(TimeExpression(b.start, end, span, "DATE", a.value, None, a.date, how))
                continue
        m = _OFFSET.search(text, max(0, b.start - 20), b.start)
        if m is None or b.date is None or b.date.precision is not Precision.DAY or b.date.end is not None:
            out.append(b)
            continue
        if out and out[-1].end > m.start():
            out.pop()  # "the day before" read on its own, against the date named before it
        n = -1 if m["dir"].lower() == "before" else 1
        date = day(day_number(b.date) + n)
        span = text[m.start() : b.end]
        how = f"the day {m['dir'].lower()} {b.text}, {long_label(b.date)}"
        out.append(TimeExpression(m.start(), b.end, span, "DATE", date.timex(), None, date,
                                  f"{span} -> {date.iso()}: {how}"))  # fmt: skip
    return out
