"""Rules for the periods business and news reports count in: "the year-earlier period",
"the latest period", "the year", "the weekend", "year-end", "the end of the month", "the weeks ahead",
"later in the day", "it's the second day of the offensive".

A report about a quarter compares it with "a year ago" and "the year-earlier period": those
resolve against the last quarter the article named (see ``Context.last_quarter``).
"""

from __future__ import annotations

import re

from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.temporal import lexicon as L
from timeline_app.core.temporal.calendar import day, day_number, long_label, period_of, shift, weekday_near
from timeline_app.core.temporal.expression import TimexReading
from timeline_app.core.temporal.grammar import MOD_PREFIX, Context, Rule, mod_of, rule, word_before
from timeline_app.core.temporal.rules_relative import relative_period


def _year_ago_period(m: re.Match[str], ctx: Context) -> TimexReading | None:
    ref = ctx.reporting_quarter(m)
    if ref is not None:
        date = shift(ref, "year", -1)
        return TimexReading(
            "DATE", date.timex(), date, None, f"a year before the period last mentioned, {long_label(ref)}"
        )
    if ctx.anchor is None:
        return TimexReading("DATE", "XXXX", None, None, "no publication date")
    date = FuzzyDate(ctx.anchor.year - 1, precision=Precision.YEAR)
    return TimexReading("DATE", date.timex(), date, None, f"the year before {ctx.anchor_label}")


YEAR_AGO_PERIOD = rule(
    "year-earlier period",
    r"\b(?:(?:the|a)\s+)?(?:year-earlier|year-ago|prior-year|year\s+earlier|year\s+ago)(?:\s+(?:period|quarter|month|"
    r"levels?|figures?|results?|time))?(?![\w-])|\bthe\s+(?:latest|comparable|same|corresponding)\s+"
    r"(?:\d{4}\s+)?period(?:\s+(?:of\s+)?last\s+year)?(?![\w-])|\bthe\s+\d{4}\s+period(?![\w-])"
    r"|\blast\s+year['’]s\s+(?:quarter|period)(?![\w-])|\bthe\s+(?:quarter|period)\s+a\s+year\s+(?:ago|earlier)"
    r"(?![\w-])",
    lambda m, ctx: (
        _period(m, ctx)
        if "period" in m.group().lower() and "year" not in m.group().lower().replace("last year", "")
        else _year_ago_period(m, ctx)
    ),
    lambda m, text: (
        not m.group().lower().startswith("a ") or (m.group()[2:6].lower() == "year" and "-" in m.group())
    ),
    triggers=("earlier", "ago", "period", "year"),
)


def _skip_article(m: re.Match[str]) -> tuple[int, int]:
    """ "a year-earlier loss": the expression is "year-earlier", as TimeML marks it."""
    return (m.start() + 2, m.end()) if m.group()[:2].lower() == "a " else (m.start(), m.end())


SPANS = {YEAR_AGO_PERIOD.name: _skip_article}


def _period(m: re.Match[str], ctx: Context) -> TimexReading | None:
    if re.search(r"last\s+year|a\s+year\s+(?:ago|earlier)", m.group(), re.IGNORECASE):
        return _year_ago_period(m, ctx)
    ref = ctx.reporting_quarter(m)  # the quarter, or its year in a sentence about nine months
    year = re.search(r"\d{4}", m.group())
    if ref is not None:
        date = ref if year is None else FuzzyDate(int(year.group()), ref.month, precision=ref.precision)
        return TimexReading("DATE", date.timex(), date, None, f"the period last mentioned, {long_label(ref)}")
    if year is not None:
        date = FuzzyDate(int(year.group()), precision=Precision.YEAR)
        return TimexReading("DATE", date.timex(), date, None, "the period of a given year")
    if ctx.anchor is None:
        return TimexReading("DATE", "XXXX", None, None, "a reporting period not named before", anchors=False)
    quarter = ctx.anchor.truncate(Precision.QUARTER)
    date = shift(quarter, "quarter", -1)
    return TimexReading("DATE", date.timex(), date, None, f"the last full quarter before {ctx.anchor_label}")


def _the_year(m: re.Match[str], ctx: Context) -> TimexReading | None:
    if re.match(r"\s+(?:ended|ending|that\s+ended)\b", ctx.text[m.end() : m.end() + 20]):
        return TimexReading("DURATION", "P1Y", None, None, "a twelve-month period", anchors=False)
    if re.search(r"full|fiscal|calendar|current|entire|whole", m.group(), re.IGNORECASE):
        base, label = ctx.anchor, ctx.anchor_label  # "the full year": the one being reported on
    else:
        base, label = ctx.base()
    if base is None:
        return TimexReading("DATE", "XXXX", None, None, "no date to count from")
    date = base.truncate(Precision.YEAR) if base.precision.rank <= Precision.YEAR.rank else base
    return TimexReading("DATE", date.timex(), date, None, f"the year of {label}")


THE_YEAR = rule(
    "the year",
    r"\bthe\s+(?:(?:full|fiscal|calendar|current|latest|entire|whole)\s+)?year(?![\w-])"
    r"(?!\s+(?:ago|earlier|before|after|later|\d|of(?!\s+(?:[$£€¥]|US\$|C\$)?\d)|in|when|to|is|was|he|she|it|they))",
    _the_year,
    triggers=("year",),
)


def _weekend(m: re.Match[str], ctx: Context) -> TimexReading | None:
    if ctx.anchor is None:
        return TimexReading("DATE", "XXXX-WXX-WE", None, None, "no publication date")
    here = day_number(ctx.anchor)

    direction = "future" if ctx.tense(m) == "future" else "past"
    saturday = weekday_near(here if direction == "future" else here - 1, 5, direction)
    if direction == "past" and here - saturday > 6:
        saturday += 7
    value, date = relative_period(day(saturday), "weekend", 0)
    how = f"the {'coming' if direction == 'future' else 'last'} weekend relative to {ctx.anchor_label}"
    return TimexReading("DATE", value, date, None, how)


WEEKEND = rule(
    "the weekend", r"\b(?:the|this\s+past|over\s+the)\s+weekend(?![\w-])", _weekend, triggers=("weekend",)
)


def _period_edge(m: re.Match[str], ctx: Context) -> TimexReading | None:
    unit = (m["unit"] or "year").lower()
    base, label = ctx.anchor, ctx.anchor_label  # "the end of the month": the one being reported
    mod = mod_of(m["mod"]) or ("END" if m["ye"] else None)
    if unit == "day":  # "On Monday he met Putin; later in the day he flew home": the day being told
        base, label = ctx.base("day")
        if base is not None and base.day is None:
            # "... by 2012. The delegation arrived earlier in the day": a year or a month named
            # since gives no day; the day being told is the last day named, else the story's own
            told = ctx.reference_day
            if told is not None:
                base, label = told, f"the last day mentioned, {long_label(told)}"
            else:
                base, label = ctx.anchor, ctx.anchor_label
        if base is None or base.day is None:
            return None
        d = day(day_number(base))
        return TimexReading("DATE", d.timex(), d, mod, f"the day of {label}")
    if base is None:
        return TimexReading("DATE", "XXXX", None, mod, "no date to count from")
    if base.precision.rank > period_of(base, unit).precision.rank or (
        unit != "year" and base.precision.rank > Precision.DAY.rank and unit in ("week", "day")
    ):
        return TimexReading(
            "DATE", "XXXX", None, mod, "no date of that precision to count from", anchors=False
        )
    back = -1 if m["ye"] and word_before(ctx.text, m.start()).lower() == "since" else 0
    value, date = relative_period(base, unit, back)  # "since year-end": the last one gone by
    half = re.search(r"(first|second|last|latter)\s+half", m["mod"] or "", re.IGNORECASE)
    if half and unit == "year":  # TIMEX3 names the halves of a year: 2025-H1
        n = 1 if half.group(1).lower() == "first" else 2
        date = FuzzyDate(date.year, 6 * n - 5, precision=Precision.QUARTER,
                         end=FuzzyDate(date.year, 6 * n - 2, precision=Precision.QUARTER))  # fmt: skip
        return TimexReading("DATE", f"{date.year:04d}-H{n}", date, None, f"a half of the year of {label}")
    return TimexReading("DATE", value, date, mod, f"the {unit} {'before that ' if back else ''}of {label}")


_IN_THE_DAY = re.compile(r"(?:earlier|later|early|late)\s+in", re.IGNORECASE)
"""'later in the day' is the day being told; 'at the end of the day' is mostly the idiom ('in the end')."""
_EDGE_PREFIX = MOD_PREFIX.replace("(?P<mod>", r"(?P<mod>(?:earlier|later)\s+in|")
PERIOD_EDGE = rule(
    "end of the year",
    rf"\b{_EDGE_PREFIX}(?P<the>the)\s+(?P<unit>day|week|month|quarter|year|decade)"
    r"(?![\w-])(?!\s+(?:ago|earlier|(?:before|after)(?!\s+[a-z]+ing\b)|later|\d))|\b(?:around\s+)?(?P<ye>year[\s-]end|year['’]s\s+end)(?![\w-])",
    _period_edge,
    lambda m, text: (
        bool(m["mod"] or m["ye"])
        and (m["unit"] is None or m["unit"].lower() != "day" or bool(_IN_THE_DAY.fullmatch(m["mod"])))
    ),
    triggers=("day", "week", "month", "quarter", "year", "decade", "end"),
    margins=(40, 24),
)


_AHEAD = rule(
    "the weeks ahead",
    r"\b(?:the\s+)?(?:days|weeks|months|years|quarters)\s+ahead(?![\w-])|\b(?:recent|coming|future)\s+quarters(?![\w-])",
    lambda m, ctx: TimexReading(
        "DATE",
        "PAST_REF" if m.group().lower().startswith("recent") else "FUTURE_REF",
        None,
        None,
        "an unspecified time",
        anchors=False,
    ),
    triggers=("ahead", "quarters"),
)

_COPULA_BEFORE = re.compile(
    r"\b(?P<w>it['’]s|it\s+is|today\s+is|this\s+is|yesterday\s+was|tomorrow\s+(?:is|will\s+be))\s+$",
    re.IGNORECASE,
)


def _nth_day(m: re.Match[str], ctx: Context) -> TimexReading | None:
    cop = _COPULA_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
    if cop is None:
        return None
    word = cop["w"].lower()
    offset = -1 if word.startswith("yesterday") else 1 if word.startswith("tomorrow") else 0
    if ctx.anchor is None:
        return TimexReading(
            "DATE", "PRESENT_REF" if offset == 0 else "XXXX-XX-XX", None, None, "no publication date"
        )
    date = day(day_number(ctx.anchor) + offset)
    return TimexReading("DATE", date.timex(), date, None, f"the day it is told as, {long_label(date)}")


_ORDINAL = L.alternation(o for o in L.ORDINALS if o not in ("last", "final"))
NTH_DAY = rule(
    "the nth day of",
    rf"\b(?:the\s+)?(?:{_ORDINAL}|\d{{1,3}}(?:st|nd|rd|th))"
    r"\s+(?:straight\s+|consecutive\s+|full\s+)?day(?=\s+of\b)",
    _nth_day,
    lambda m, text: _COPULA_BEFORE.search(text, max(0, m.start() - 24), m.start()) is not None,
    triggers=("day",),
    margins=(48, 8),
)
"""'Today is the eighth day of the blockade', "It's the second day of the offensive": the day it is
said on (the day before or after for 'yesterday was', 'tomorrow is')."""

RULES: tuple[Rule, ...] = (YEAR_AGO_PERIOD, THE_YEAR, WEEKEND, PERIOD_EDGE, _AHEAD, NTH_DAY)
