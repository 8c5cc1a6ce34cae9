"""Rules for lengths of time ("three years", "the past two months", "a decade"), repetitions
("every week", "daily") and clock times ("at 3 p.m.", "15:00 GMT Saturday").

Durations and sets are recognised so that they are never read as dates: "for three years"
is not the year three years ago.
"""

from __future__ import annotations

import re

from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.temporal import lexicon as L
from timeline_app.core.temporal.calendar import day, day_number, weekday_near
from timeline_app.core.temporal.expression import TimexReading
from timeline_app.core.temporal.grammar import (
    QUANT_PREFIX,
    Context,
    Groups,
    quant_of,
    rule,
    word_after,
    word_before,
)
from timeline_app.core.temporal.lexicon import words
from timeline_app.core.temporal.rules_relative import _number, _shifted, _unit_name
from timeline_app.core.temporal.triggers import DIGIT, UNIT_FORMS, WEEKDAY_FORMS, YEAR_DIGITS

_LETTER = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "fortnight": "W",
           "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE", "millennium": "ML",
           "weekend": "WE"}  # fmt: skip
_SCALE = {"fortnight": 2, "quarter": 3, "decade": 10, "century": 100, "millennium": 1000}


def duration_value(count: float | None, unit: str) -> str:
    """TIMEX3 duration: P3M, PT2H, P10Y, PXY for an unspecified number of years."""
    letter = _LETTER.get(unit, "D")
    scale = _SCALE.get(unit)
    if scale is not None and count is not None:
        count, letter = count * scale, {"fortnight": "W", "quarter": "M"}.get(unit, "Y")
    time = "T" if unit in ("second", "minute", "hour") else ""
    if count is None:
        return f"P{time}X{letter}"
    if count != int(count):
        if unit == "hour":
            return f"PT{int(count)}H{int((count % 1) * 60)}M"
        if unit == "minute":
            return f"PT{int(count)}M{int((count % 1) * 60)}S"
        if unit == "year":
            return f"P{int(count)}Y{int((count % 1) * 12)}M"
        return f"P{time}{count:g}{letter}"
    return f"P{time}{int(count)}{letter}"


def _duration(m: re.Match[str], ctx: Context) -> TimexReading | None:
    unit = _unit_name(m["unit"])
    count = _number(m["n"]) if m["n"] else (None if m["unit"].lower().endswith("s") else 1)
    lead = re.match(r"(?:the\s+)?(past|last|recent)\s", m.group(), re.IGNORECASE)
    if (
        count is None and lead and unit in ("year", "month", "decade")
    ):  # "the last few months": vaguely before now
        return TimexReading("DATE", "PAST_REF", None, None, f"some {unit}s before the present", anchors=False)
    if m["extra"]:
        count = (count or 0) + 0.5
    if (
        ctx.anchor is not None
        and count is not None
        and count == int(count)
        and unit in ("day", "week", "month", "year")
        and m.group()[:1].isalnum()  # no "the next" or "about" before the count
        and m["n"] == m.group()[: len(m["n"])]  # nor "the", "its" ("in the five-year plan")
        and "-" not in ctx.text[m.end("n") : m.start("unit")]  # "in five-year bonds": an adjective
        and not m["quant"]
        and word_before(ctx.text, m.start()).lower() == "in"
        and word_after(ctx.text, m.end()).lower() != "or"  # "in a year or two" is no point
        and ctx.tense(m) == "future"
    ):  # "will be redeemed in five years": the point that far ahead, as TimeML reads it
        date = _shifted(ctx.anchor, unit, int(count))
        how = f"{int(count)} {unit}{'s' if count != 1 else ''} after {ctx.anchor_label} (future tense)"
        return TimexReading("DATE", date.timex(), date, None, how)
    return TimexReading("DURATION", duration_value(count, unit), None, quant_of(m["quant"]),
                   f"a length of time ({m['unit'].lower()})", anchors=False)  # fmt: skip


_DURATION_LEAD = (
    r"(?:(?:the|these|those|its|their|his|her|our)\s+)?(?:(?:past|last|next|first|previous|coming|latest|final|"
    r"recent|following|preceding|initial|remaining|full|entire|whole|additional|further|other|same)\s+)?"
)
DURATION = rule(
    "duration",
    rf"\b{_DURATION_LEAD}{QUANT_PREFIX}(?P<n>{L.NUMBER})[\s-]{{1,2}}(?:(?:full|more|long|straight|consecutive|"
    r"additional|extra|calendar|fiscal|trading|business|working)\s+)?(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|"
    r"months?|quarters?|years?|decades?|centuries|century|millennium)(?P<extra>\s+and\s+a\s+half)?(?![\w-])"
    r"(?:-(?:long|old))?",
    _duration,
    lambda m, text: _duration_guard(m, text),
    triggers=UNIT_FORMS,
    margins=(48, 16),
)


_AMOUNT_BEFORE = re.compile(
    r"(?:\d|%|\b(?:cents?|dollars?|euros?|pounds?|million|billion|percent|times))\s*$"
)


_AGE_AFTER = re.compile(r"[\s-]{1,2}old\b|\s+of\s+age\b", re.IGNORECASE)
"""'52 years old', 'a week old', '55 years of age': a person's or a thing's age, not a stretch of
the story's time (TimeML leaves ages out, as it does '6-year-old')."""


def _or_two(m: re.Match[str], ctx: Context) -> TimexReading | None:
    unit = _unit_name(m["unit"] or m["units"])
    if m["ago"]:
        return TimexReading("DATE", "PAST_REF", None, None, f"some {unit}s before the present", anchors=False)
    if ctx.tense(m) != "past":  # "may, in a year or two, save lives": no point can be computed
        return TimexReading(
            "DATE", "FUTURE_REF", None, None, f"some {unit}s after the present", anchors=False
        )
    count = _number(m["n1"]) if m["n1"] else 1
    return TimexReading("DURATION", duration_value(count, unit), None, None,
                   f"a length of time ({unit}s)", anchors=False)  # fmt: skip


OR_TWO = rule(
    "a year or two",
    rf"\b(?:(?:a|an|one)\s+(?P<unit>day|week|month|year|decade)\s+or\s+two"
    rf"|(?P<n1>{L.NUMBER})\s+or\s+(?:{L.NUMBER})\s+(?P<units>days|weeks|months|years|decades))"
    r"(?![\w-])(?P<ago>\s+ago\b)?",
    _or_two,
    lambda m, text: bool(m["ago"]) or word_before(text, m.start()).lower() == "in",
    triggers=UNIT_FORMS,
    margins=(40, 8),
)
"""A count given as a range: "in a year or two", "in two or three weeks" is a vague time ahead
(the duration rule alone took "a year", a length); "a day or two ago" a vague time before."""


def _duration_guard(m: re.Match[str], text: str) -> bool:
    n = (m["n"] or "").lower()
    unit = m["unit"].lower()
    if _AGE_AFTER.match(text, m.end()):
        return False
    if unit.startswith("quarter") and (
        re.match(r"\s+of\b", text[m.end() : m.end() + 4]) or text[m.start("unit") - 1] == "-"
    ):
        return False  # "a quarter of the votes", "three-quarters": fractions
    if n in ("a", "an") and _AMOUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return False  # "$5 a year", "10% a month": a rate, not a length of time
    if unit.startswith("second") and n in ("a", "an", "one"):
        return not word_after(text, m.end())[:1].isalpha()
    if n in ("a", "an", "one") and unit.startswith(("day", "night")):
        # "one day he will" is a vague date; "a day" after "once"/"twice" is a set (other rule)
        return word_before(text, m.start()).lower() in (
            "for",
            "than",
            "about",
            "over",
            "in",
            "within",
            "just",
        )
    if n in ("some", "many") and not unit.endswith("s"):
        return False
    return not (unit.endswith("s") and n in ("a", "an", "one") and not m["extra"])


def _vague_duration(m: re.Match[str], ctx: Context) -> TimexReading | None:
    unit = _unit_name(m["unit"])
    lead = (m["lead"] or "").lower().split()
    if lead and lead[-1] in ("recent", "past") and unit in ("year", "decade"):
        # "in recent years" places an event vaguely before now rather than measuring a length
        return TimexReading("DATE", "PAST_REF", None, None, f"some {unit}s before the present", anchors=False)
    if lead and lead[-1] in ("recent", "coming") and word_before(ctx.text, m.start()).lower() == "in":
        # "in recent weeks", "in (the) coming months" place an event vaguely before or after now, as
        # "in recent years" and "in the weeks ahead" do; "over recent weeks" measures a length
        ahead = lead[-1] == "coming"
        how = f"some {unit}s {'after' if ahead else 'before'} the present"
        return TimexReading("DATE", "FUTURE_REF" if ahead else "PAST_REF", None, None, how, anchors=False)
    return TimexReading("DURATION", duration_value(None, unit), None, quant_of(m["quant"]),
                   f"an unspecified number of {unit}s", anchors=False)  # fmt: skip


VAGUE_DURATION = rule(
    "vague duration",
    rf"\b{QUANT_PREFIX}(?P<lead>(?:the\s+)?(?:past|last|next|coming|recent|previous|following|preceding)\s+|"
    r"(?:for|over|in|within)\s+)?(?P<unit>seconds|minutes|hours|days|nights|weeks|months|quarters|years|decades|"
    r"centuries)"
    r"(?![\w-])",
    _vague_duration,
    lambda m, text: (
        m["lead"] is not None and not re.match(r"\s+(?:of|ago|earlier|later)\b", text[m.end() : m.end() + 9])
    ),
    triggers=UNIT_FORMS,
    margins=(40, 6),
)


def _adjust_vague_span(m: re.Match[str]) -> tuple[int, int]:
    """ "for years": the expression is "years", not the preposition."""
    lead = m["lead"] or ""
    if lead.strip().lower() in ("for", "over", "in", "within"):
        return m.start("unit") if not m["quant"] else m.start(), m.end()
    return m.start(), m.end()


_SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "hourly": "PT1H",
                "nightly": "P1D", "biweekly": "P2W", "fortnightly": "P2W"}  # fmt: skip
"""("quarterly" and "annually" are mostly about reports and payments, not repetitions in time.)"""


def _set(m: re.Match[str], ctx: Context) -> TimexReading | None:
    if m["adv"]:
        return TimexReading("SET", _SET_ADVERBS[m["adv"].lower()], None, None, "a repetition", anchors=False)
    what = m["what"].lower().rstrip("s")
    if what.rstrip(".") in L.WEEKDAYS:
        wd = L.WEEKDAYS[what.rstrip(".")]
        return TimexReading("SET", f"XXXX-WXX-{wd + 1}", None, None, "every such weekday", anchors=False)
    if what in L.PARTS_OF_DAY:
        how = "every such part of the day"
        return TimexReading("SET", f"XXXX-XX-XXT{L.PARTS_OF_DAY[what]}", None, None, how, anchors=False)
    if what.rstrip(".") in L.MONTHS:
        return TimexReading(
            "SET", f"XXXX-{L.MONTHS[what.rstrip('.')]:02d}", None, None, "every such month", anchors=False
        )
    if what in L.SEASONS:
        return TimexReading("SET", f"XXXX-{L.SEASONS[what]}", None, None, "every such season", anchors=False)
    unit = _unit_name(what)
    count = _number(m["n"]) if m["n"] else 1
    if m["other"]:
        count = 2
    return TimexReading("SET", duration_value(count, unit), None, None, "a repetition", anchors=False)


SET = rule(
    "set",
    r"\b(?:(?P<adv>daily|weekly|monthly|yearly|hourly|nightly|biweekly|fortnightly)|(?:every|each|(?:once|twice|thrice|(?:\d{1,3}|"
    + L.NUM_WORD
    + r")\s+times)\s+(?:a|an|per|every|each)"
    r"|per)\s+(?P<other>other\s+)?(?:(?P<n>\d{1,3}|"
    + L.NUM_WORD
    + r"|few)\s+)?(?P<what>"
    + L.WEEKDAY
    + r"|morning|afternoon|evening|night|summer|winter|spring|autumn|fall|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|seconds?|minutes?|hours?|days?|nights?|weeks?|"
    r"months?|quarters?|years?|decades?|centuries|century))(?![\w-])|\b(?P<plural_wd>(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|"
    r"Satur|Sun)days))\b",
    lambda m, ctx: (
        _set(m, ctx)
        if not m["plural_wd"]
        else TimexReading(
            "SET",
            f"XXXX-WXX-{L.WEEKDAYS[m['plural_wd'].lower()[:-1]] + 1}",
            None,
            None,
            "every such weekday",
            anchors=False,
        )
    ),
    lambda m, text: (
        not m["plural_wd"] or word_before(text, m.start()).lower() in ("on", "every", "most", "some")
    ),
    triggers=(
        *WEEKDAY_FORMS,
        *words("daily weekly monthly yearly hourly nightly biweekly fortnightly every each per"),
    ),
)

_TZ = (
    r"(?-i:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|MSK|IST|JST|KST|HKT|SGT|AEST|AEDT|"
    r"ET|PT|CT)"
)


def _clock(m: Groups, ctx: Context) -> TimexReading | None:
    if m["word"]:
        word = m["word"].lower()
        hour, minute = (12, 0) if word in ("noon", "midday") else (0, 0)
    else:
        word_hour = (m["hw"] or "").lower()
        hour = (
            int(m["h"])
            if m["h"]
            else int(word_hour)
            if word_hour.isdigit()
            else L.NUMBER_WORDS.get(word_hour, -1)
        )
        minute = int(m["mi"] or 0)
        ampm = (m["ampm"] or "").lower().replace(".", "").replace(" ", "")
        if m["pod"]:
            ampm = "am" if m["pod"].lower() == "morning" else "pm"
        if ampm and not 1 <= hour <= 12:
            return None
        if ampm == "pm" and hour != 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if not 0 <= hour <= 23 or not 0 <= minute <= 59:
            return None
    base, how = ctx.anchor, ctx.anchor_label
    if m["wd"] and ctx.anchor is not None:
        wd = L.WEEKDAYS[m["wd"].lower().rstrip(".")]
        until = word_before(ctx.text, m.start()).lower() in ("until", "till")
        direction = "future" if until or ctx.tense(m) == "future" else "past"
        base = day(weekday_near(day_number(ctx.anchor), wd, direction))
        how = f"that {m['wd']}, relative to {ctx.anchor_label}"
    elif m["month"] and ctx.anchor is not None:
        from timeline_app.core.temporal.rules_absolute import _pick_year

        month, dnum = L.MONTHS[m["month"].lower().rstrip(".")], int(m["day"].rstrip("stndrh"))
        year, how = _pick_year(ctx, m, month, dnum)
        if year is None or dnum > 31:
            return None
        try:
            base = FuzzyDate(year, month, dnum)
        except ValueError:
            return None
    elif m["dw"] and ctx.anchor is not None:
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m["dw"].lower()]
        base = day(day_number(ctx.anchor) + offset)
    elif ctx.reference is not None and (ref := ctx.base("day", m)[0]) is not None and ref.day is not None:
        ref = ref.truncate(Precision.DAY) if ref.precision.rank < Precision.DAY.rank else ref
        told = ctx.base("day", m)[1] == ctx.anchor_label
        base, how = ref, (ctx.anchor_label if told else f"the day last mentioned, {ref.label()}")
        if (
            not told
            and ctx.anchor is not None
            and day_number(ref) < day_number(ctx.anchor)
            and ctx.tense(m) == "future"
        ):
            # "The funeral was to begin at 0400 GMT" after "sacked the speaker on Friday": a time
            # still to come is not on a day gone by; the story's own day
            base, how = ctx.anchor, ctx.anchor_label
    clock = f"T{hour:02d}:{minute:02d}"
    if base is None or base.day is None:
        return TimexReading(
            "TIME", "XXXX-XX-XX" + clock, None, None, "a time of day with no day", anchors=False
        )
    if m["word"] and m["word"].lower() == "midnight" and word_before(ctx.text, m.start()).lower() != "after":
        # "expires at midnight Friday" ends Friday: TIMEX3 writes it T24:00 of that day
        # ("shortly after midnight on Sunday" is Sunday's first hour: 00:00, below)
        date = day(day_number(base) + 1)
        date = FuzzyDate(date.year, date.month, date.day, 0, 0, Precision.MINUTE)
        return TimexReading("TIME", f"{base.truncate(Precision.DAY).timex()}T24:00", date, None,
                       f"the midnight that ends {how}")  # fmt: skip
    date = FuzzyDate(base.year, base.month, base.day, hour, minute, Precision.MINUTE)
    return TimexReading("TIME", date.timex(), date, None, f"a time of day on {how}")


CLOCK = rule(
    "clock time",
    r"(?<![\w.:/$-])(?:(?P<word>noon|midnight|midday)|(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s{0,2}"
    r"(?P<ampm>[ap]\.\s?m\.?|[ap]m\b|(?-i:[AP]M)\b)|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?!\d|:\d|\.\d)"
    r"(?=\s{0,3}(?:h\b|hrs\b|" + _TZ + r"|local|[,.;)]|on\b|\w+day|at\b|in\b|this|today|yesterday|tomorrow|"
    r"tonight|$))|(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)(?=\s{0,2}(?:" + _TZ + r"|hrs\b|h\b))"
    r"|(?P<hw>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:\s+o['’]clock)?\s+in\s+the\s+(?P<pod>morning|afternoon|evening)|(?P<hw2>\d{1,2}|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock))(?:\s+(?:" + _TZ + r"|local\s+time))?"
    r"(?:(?:(?P<sep>,)(?=\s+on\s)|,)?\s+(?:on\s+)?(?P<wd>"
    + L.WEEKDAY
    + r")|\s+(?P<dw>today|yesterday|tomorrow|tonight)|(?:(?P<sep2>,)(?=\s+on\s)|,)?\s+(?:on\s+)?"
    r"(?P<month>" + L.MONTH + r")\s?(?P<day>" + L.DAY_NUM + r"))?(?![\w-])",
    lambda m, ctx: _clock(_ClockMatch(m), ctx),
    triggers=(DIGIT, YEAR_DIGITS, "noon", "midnight", "midday", "clock"),
    margins=(8, 40),
)


class _ClockMatch:
    """Folds the 24-hour and "o'clock" alternatives of :data:`CLOCK` into the 12-hour group names."""

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def __getitem__(self, key: str) -> str | None:
        m = self._m
        if key == "h":
            return m["h"] or m["h2"] or m["h3"]  # "1130 GMT": a 24-hour clock without a colon
        if key == "mi":
            return m["mi"] or m["mi2"] or m["mi3"]
        if key == "hw":
            return m["hw"] or m["hw2"]
        return m[key]

    def start(self) -> int:
        return self._m.start()

    def end(self) -> int:
        return self._m.end()


def _clock_span(m: re.Match[str]) -> tuple[int, int]:
    """ "ran past midnight, on Friday": the day after a comma and "on" places the time (Friday's
    midnight) but stays out of its span, which does not cross the comma; the day is an expression
    of its own. "5 p.m. EST, Nov. 6" without "on" stays one expression, as TimeML annotates it."""
    for sep in ("sep", "sep2"):
        if m[sep]:
            return m.start(), m.start(sep)
    return m.start(), m.end()


SPANS = {VAGUE_DURATION.name: _adjust_vague_span, CLOCK.name: _clock_span}
RULES = (DURATION, OR_TWO, VAGUE_DURATION, SET, CLOCK)
