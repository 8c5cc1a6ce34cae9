"""Rules for dates that name their calendar position: "2 December 2025", "Dec. 2", "2025-12-02",
"12/02/2025", "December 2025", "2025", "the 1990s", "'58"."""

from __future__ import annotations

import re

from timeline_app.core.dates import FuzzyDate, Precision, days_from_civil, days_in_month, weekday_of
from timeline_app.core.temporal import lexicon as L
from timeline_app.core.temporal.calendar import month_near
from timeline_app.core.temporal.expression import TimexReading
from timeline_app.core.temporal.grammar import (
    MOD_PREFIX,
    Context,
    Groups,
    mod_of,
    rule,
    word_before,
)
from timeline_app.core.temporal.lexicon import words
from timeline_app.core.temporal.tense import infinitive_before, past_verb_before
from timeline_app.core.temporal.triggers import APOSTROPHE_DIGITS, DIGIT, MONTH_FORMS, YEAR_DIGITS


def _month_number(token: str) -> int:
    return L.MONTHS[token.lower().rstrip(".")]


def _day_number(token: str) -> int:
    return int(re.match(r"\d+", token).group())  # type: ignore[union-attr]


_SLACK = 7
"""Days a past-tense date may lie after the anchor (and a future one before it): reports are
often written a day or two before or after the date they carry."""
_YEAR_SIDES = {-1: "the year before that of", 0: "the year of", 1: "the year after that of"}
_UNTIL = frozenset(["until", "till", "through", "to", "by", "before"])
_FUTURE_WEIGHT = 2
"""With no tense to tell, a bare day is read as the nearest such day, a coming one counting twice
its distance: news tells of days gone by far more often than of days to come ("the April 20
explosion" told in November is the April past, not the April next). A bare month keeps the
nearest ("by February" told in October is the coming one)."""
_FUTURE_REACH = 60
"""Days before the anchor within which a day in a future-tense sentence is still the past one, and
after it within which a day in a past-tense sentence is still the coming one: a year away is
further than a misread tense."""
_HAPPENINGS = frozenset(
    words(
        "attack attacks explosion explosions blast blasts bombing bombings crash crashes shooting "
        "shootings earthquake quake disaster blowout blow-out killing killings massacre collapse "
        "accident assassination slaying murder murders tsunami raid raids coup riots uprising"
    )
)
"""Happenings nobody schedules: "the Oct. 3 explosion" names a day gone by, whatever the clause's tense."""


def _two_digit_year(yy: int, ctx: Context) -> int:
    ref = ctx.anchor.year if ctx.anchor else 2000
    year = ref // 100 * 100 + yy
    return year - 100 if year > ref + 10 else year


def _year_token(token: str, ctx: Context) -> int:
    token = token.strip()
    if token.startswith(("'", "’")):
        return _two_digit_year(int(token[1:]), ctx)
    return int(token)


def _pick_year(ctx: Context, m: Groups, month: int, day_: int | None) -> tuple[int | None, str]:
    """The year of a month (and day) written without one, from the anchor and the clause's tense."""
    if ctx.anchor is None:
        return None, "no year given and no publication date"
    a = ctx.anchor
    tense = ctx.tense(m, perfect=True)
    since = bool(re.search(r"\bsince\s+(?:\w+\s+){0,3}$", ctx.text[max(0, m.start() - 40) : m.start()], re.I))
    if since:
        tense = "past"  # "since shortly after the Oct. 23 slaying": a date gone by
    if tense == "perfect":
        # "has set Nov. 10 as the deadline": the date is not when the perfect act happened
        tense = "past" if day_ is None else None
    if tense == "past" and word_before(ctx.text, m.start()).lower() in _UNTIL:
        tense = None  # "extended the offer to Nov. 16": a past act aimed at a later date
    elif tense == "past" and infinitive_before(ctx.text, m.start(), ctx.breaks()):
        tense = None  # "agreed to acquire the bank in January": the infinitive's act comes later
    if day_ is None:
        if tense == "past" and not since and a.month is not None and month == a.month % 12 + 1:
            # "cut supplies to Europe in September" told in August: a September eleven months back
            # would be "last September"; the bare name is the coming one, which the past act aims at
            year = a.year + (month == 1)
            return year, f"no year given: the coming such month, the one after {ctx.anchor_label}"
        if tense in ("past", "future"):
            year = month_near(a, month, tense)
            side = "latest such month on or before" if tense == "past" else "next such month on or after"
            return year, f"no year given: the {side} {ctx.anchor_label} ({tense} tense)"
        here_m = a.year * 12 + (a.month or 1) - 1
        year = min((a.year - 1, a.year, a.year + 1), key=lambda y: abs(y * 12 + month - 1 - here_m))
        return year, f"no year given: the nearest such month to {ctx.anchor_label}"
    here = days_from_civil(a.year, a.month or 1, a.day or 1)

    def when(y: int) -> int:
        return days_from_civil(y, month, min(day_, days_in_month(y, month)))

    if re.search(r"\b(?:the|a|its|their|his|her)\s+$", ctx.text[max(0, m.start() - 8) : m.start()]):
        tense = "past" if since else None  # "the Jan. 14 deadline": a name for an event, told in any tense
    # "the Oct. 3 explosion", "its May 2 oil-rig blowout": nobody schedules one; "The war began
    # on October 7" told in August: the past verb right before the day is its own clause's
    own_past = (
        tense == "past"
        and past_verb_before(ctx.text, m.start())
        and not _CONDITION.search(ctx.text, max(0, m.start() - 60), m.start())
    )
    sure_past = since or _names_happening(ctx.text, m.end()) or own_past
    if sure_past:
        tense = "past"
    if tense == "past":
        if when(a.year) <= here + _SLACK:
            return a.year, f"no year given: the latest such day on or before {ctx.anchor_label} (past tense)"
        if when(a.year) <= here + _FUTURE_REACH and not sure_past:
            # "the dividend, which was cut, is to be declared on July 27" told in June: weeks
            # ahead, not eleven months back; the past is another clause's
            return a.year, f"no year given: a day weeks after {ctx.anchor_label}, too near to be last year's"
        return a.year - 1, f"no year given: the latest such day on or before {ctx.anchor_label} (past tense)"
    if tense == "future":
        if when(a.year) >= here - _SLACK:
            return a.year, f"no year given: the next such day on or after {ctx.anchor_label} (future tense)"
        if when(a.year) >= here - _FUTURE_REACH:
            # "the well that blew out on April 20 will be sealed" told in May: weeks ago, not
            # eleven months ahead; the future is another clause's
            return a.year, f"no year given: a day weeks before {ctx.anchor_label}, too near to be next year's"
        return a.year + 1, f"no year given: the next such day on or after {ctx.anchor_label} (future tense)"
    year = min((a.year - 1, a.year, a.year + 1), key=lambda y: _weighted(when(y) - here))
    return year, f"no year given: the nearest such day to {ctx.anchor_label}, a past one preferred"


_CONDITION = re.compile(r"\b(?:if|unless|were)\b", re.IGNORECASE)
"""Before a past verb, a condition: "If the government fell on Dec. 8" looks ahead."""
_NEXT_WORDS = re.compile(r"(?:[ \t]+[\w'’-]+){1,3}")


def _names_happening(text: str, end: int) -> bool:
    """Whether one of the three words after a day (no punctuation between) names a happening
    nobody schedules, which the day modifies ("the Oct. 3 terrorist attacks")."""
    following = _NEXT_WORDS.match(text, end)
    return following is not None and any(w.lower() in _HAPPENINGS for w in following.group().split())


def _weighted(offset: int) -> int:
    """How far a day ``offset`` days from the anchor lies, a coming one counting more."""
    return offset * _FUTURE_WEIGHT if offset > 0 else -offset


def _year_of_weekday(
    ctx: Context, m: re.Match[str], month: int, dnum: int, wd: int
) -> tuple[int | None, str]:
    """ "Saturday, April 25": the year near the anchor in which that day is that weekday."""
    assert ctx.anchor is not None
    for year in (ctx.anchor.year, ctx.anchor.year + 1, ctx.anchor.year - 1):
        if dnum <= days_in_month(year, month) and weekday_of(days_from_civil(year, month, dnum)) == wd:
            return (
                year,
                "no year given: the year near the publication date in which that day falls on that weekday",
            )
    return _pick_year(ctx, m, month, dnum)


def _calendar_day(m: re.Match[str], ctx: Context) -> TimexReading | None:
    month = _month_number(m["month"])
    dnum = _day_number(m["day"])
    if m["year"]:
        year: int | None = _year_token(m["year"], ctx)
        how = "a full calendar date"
    elif m["relyear"] and ctx.anchor is not None:
        # "May 31 last year": the year is named after the day, counted from the anchor's year
        shift = {"last": -1, "this": 0, "next": 1}[m["relyear"].lower()]
        year = ctx.anchor.year + shift
        how = f"that day in {_YEAR_SIDES[shift]} {ctx.anchor_label}"
    elif m.re is MONTH_DAY.pattern and m["rel"] and ctx.anchor is not None:
        rel = m["rel"].lower()
        a = ctx.anchor
        year = a.year
        if rel == "last" and (month, dnum) >= (a.month, a.day):
            year -= 1
        elif rel == "next" and (month, dnum) <= (a.month, a.day):
            year += 1
        how = (
            f"the {'latest' if rel == 'last' else 'next' if rel == 'next' else ''} such day relative to "
            f"{ctx.anchor_label}"
        )
    elif m["lwd"] and ctx.anchor is not None:
        year, how = _year_of_weekday(ctx, m, month, dnum, L.WEEKDAYS[m["lwd"].lower().rstrip(".")])
    else:
        year, how = _pick_year(ctx, m, month, dnum)
    if year is None:
        return TimexReading("DATE", f"XXXX-{month:02d}-{dnum:02d}", None, mod_of(m["mod"]), how)
    if dnum > days_in_month(year, month):
        return None
    date = FuzzyDate(year, month, dnum)
    if m.re is MONTH_DAY.pattern and m["weekof"]:
        date = date.truncate(Precision.WEEK)
        how += "; the week that contains that day"
    return TimexReading("DATE", date.timex(), date, mod_of(m["mod"]), how)


_WEEKDAY_LEAD = (
    rf"(?:(?:overnight\s+(?:on\s+|into\s+|to\s+)?)?(?P<lwd>{L.WEEKDAY}|{L.WEEKDAY_ABBR}),?\s{{1,3}})?"
)
_YEAR_AFTER = (
    rf"(?:,\s{{0,3}}|\s{{1,3}})(?:c\.?\s?|ca\.\s?|circa\s{{1,3}})?(?P<year>{L.YEAR4}|['’]\d\d(?!\w))"
)
"""The year after a day, perhaps a guessed one ("9 May c1890", "9 May circa 1890": that year, not
the publication's)."""
_REL_YEAR = r"\s{1,3}(?:of\s{1,3})?(?P<relyear>last|this|next)\s{1,3}year(?![\w'’-])"
"""A year named after the day, from the anchor: "May 31 last year", "31 May of next year"."""

MONTH_DAY = rule(
    "month day",
    rf"\b(?P<weekof>the\s+week\s+of\s+)?{_WEEKDAY_LEAD}{MOD_PREFIX}(?:(?P<rel>last|next|this)\s+)?"
    rf"(?P<month>{L.MONTH_BY_NUMBER})\s{{0,3}}(?P<day>{L.DAY_NUM})(?![\d:.,]\d|\w)"
    rf"(?:{_YEAR_AFTER}|{_REL_YEAR})?",
    _calendar_day,
    triggers=MONTH_FORMS,
    margins=(48, 24),
)
DAY_MONTH = rule(
    "day month",
    rf"\b{_WEEKDAY_LEAD}{MOD_PREFIX}(?:the\s{{1,3}})?(?P<day>{L.DAY_NUM})\s{{1,3}}(?:of\s{{1,3}})?"
    rf"(?P<month>{L.MONTH_AFTER_NUMBER})(?:{_YEAR_AFTER}|{_REL_YEAR})?",
    _calendar_day,
    triggers=MONTH_FORMS,
    margins=(48, 16),
)


def _month_year(m: re.Match[str], ctx: Context) -> TimexReading | None:
    date = FuzzyDate(_year_token(m["year"], ctx), _month_number(m["month"]), precision=Precision.MONTH)
    return TimexReading("DATE", date.timex(), date, mod_of(m["mod"]), "a month and year")


MONTH_YEAR = rule(
    "month year",
    rf"\b{MOD_PREFIX}(?:the\s+month\s+of\s+)?(?P<month>{L.MONTH_BY_NUMBER})(?:\s+of)?,?\s{{1,3}}"
    rf"(?P<year>{L.YEAR4}|['’]\d\d(?!\w))",
    _month_year,
    triggers=MONTH_FORMS,
)

_MONTH_OK_BEFORE = frozenset(
    [
        "in",
        "by",
        "since",
        "until",
        "till",
        "through",
        "during",
        "last",
        "next",
        "this",
        "early",
        "late",
        "mid",
        "of",
        "from",
        "before",
        "after",
        "between",
        "and",
        "or",
        "to",
        "the",
        "since",
        "until",
    ]
)


def _month_alone_guard(m: re.Match[str], text: str) -> bool:
    """Refuse "May" the modal and names like "Theresa May" or "April Ryan"."""
    token = m["month"]
    if m["mod"] or m["rel"]:
        return True
    before = word_before(text, m.start())
    if token in ("May", "MAY"):
        nxt = text[m.end() : m.end() + 12]
        if re.match(r"\s+(?:[a-z]|I\b|we\b|you\b)", nxt) and before.lower() not in _MONTH_OK_BEFORE:
            return False
    return not (before[:1].isupper() and before.lower() not in _MONTH_OK_BEFORE)


def _month_alone(m: re.Match[str], ctx: Context) -> TimexReading | None:
    month = _month_number(m["month"])
    rel = (m["rel"] or "").lower()
    if ctx.anchor is None:
        return TimexReading(
            "DATE", f"XXXX-{month:02d}", None, mod_of(m["mod"]), "a month with no year and no anchor"
        )
    yrel = (m["yrel"] or "").lower()
    if yrel:
        # "January last year", "May of next year": that month of the year named
        year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[yrel]
        side = {"last": "before that of", "this": "of", "next": "after that of"}[yrel]
        how = f"that month of the year {side} {ctx.anchor_label}"
    elif rel == "last" and month == (ctx.anchor.month or 1) - 1:
        # the month just gone, in the same year, is "last month" (or "this past February"): "last
        # February" told in March is the one a year before; "last December" told in January names
        # the year the month just gone lies in, and is that month
        year = month_near(ctx.anchor, month, "before") - 1
        how = f"a year before the month just gone, seen from {ctx.anchor_label}"
    elif rel in ("last", "past", "previous"):
        year, how = (
            month_near(ctx.anchor, month, "before"),
            f"the latest such month before {ctx.anchor_label}",
        )
    elif rel in ("next", "coming"):
        year, how = month_near(ctx.anchor, month, "after"), f"the next such month after {ctx.anchor_label}"
    elif rel == "this":
        year, how = ctx.anchor.year, f"the year of {ctx.anchor_label}"
    else:
        picked, how = _pick_year(ctx, m, month, None)
        assert picked is not None
        year = picked
    date = FuzzyDate(year, month, precision=Precision.MONTH)
    return TimexReading("DATE", date.timex(), date, mod_of(m["mod"]), how)


MONTH_ALONE = rule(
    "month",
    rf"\b{MOD_PREFIX}(?:(?P<rel>this|last|next|past|coming|previous)\s{{1,3}})?(?P<month>{L.MONTH})(?!\w|-\d)"
    r"(?:(?:\s+of)?\s+(?P<yrel>last|this|next)\s+year\b)?",
    _month_alone,
    _month_alone_guard,
    triggers=MONTH_FORMS,
    margins=(40, 24),
)

_YEAR_OK_BEFORE = frozenset(
    [
        "in",
        "since",
        "by",
        "until",
        "till",
        "through",
        "during",
        "of",
        "from",
        "before",
        "after",
        "between",
        "and",
        "or",
        "to",
        "the",
        "early",
        "late",
        "mid",
        "year",
        "fiscal",
        "calendar",
        "circa",
        "c",
        "around",
        "about",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "end",
        "beginning",
        "start",
        "middle",
        "turn",
        "as",
        "than",
        "for",
    ]
)


_DOCUMENT_NOUNS = frozenset(
    [
        *("resolution", "resolutions", "article", "articles", "section", "sections", "chapter"),
        *("clause", "paragraph", "decree", "bill", "act", "law", "directive", "regulation", "amendment"),
        *("annex", "item", "file", "exhibit", "volume", "vol", "ordinance", "motion", "statute"),
        *("docket", "dossier"),
    ]
)
"""Nouns that a number after them numbers ("Resolution 1636", "Article 1998"), never a year. (A
year before the noun, "the 1998 act", is still one; "Human Rights Act 1998" names a law and dates
no event either.)"""


def _year_guard(m: re.Match[str], text: str) -> bool:
    """A bare four-digit number is a year only where years are written, not an amount or a code."""
    s = m.start()
    if s > 0 and text[s - 1] in "$£€¥#+-/.,:":
        return False
    if m["mod"] and "half" in m["mod"].lower():
        return False  # "the last half of 1989" is a half-year (the quarter rule's H2)
    if m["mod"] or m["pre"] or m["prepost"]:
        return True
    if re.search(r"\d[\s-]$", text[max(0, s - 2) : s]):
        return False  # one group of a phone number or a list of figures
    before = word_before(text, s).lower()
    if before in ("no", "number", "flight", "route", "room", "page", "model", "version", "code", "rule"):
        return False
    if before in _DOCUMENT_NOUNS:
        return False  # "Resolution 1636", "Article 1998", "Decree 1995": a document's number
    after = text[m.end() : m.end() + 20]
    if re.match(r"\s*(?:%|percent|per\b|[a-z]+s\b(?<!was)(?<!has)(?<!is)(?<!as))", after):
        return before in _YEAR_OK_BEFORE and not re.match(r"\s*(?:%|percent)", after)
    return True


def _year(m: re.Match[str], ctx: Context) -> TimexReading | None:
    date = FuzzyDate(int(m["year"]), precision=Precision.YEAR)
    if m["prepost"]:  # "post-1959 politics": after that year (TIMEX3 keeps the year, mod AFTER)
        after = m["prepost"].lower() == "post"
        return TimexReading("DATE", date.timex(), date, "AFTER" if after else "BEFORE",
                       f"a year; {'after' if after else 'before'} it")  # fmt: skip
    return TimexReading("DATE", date.timex(), date, mod_of(m["mod"]), "a year")


YEAR = rule(
    "year",
    rf"(?<![\w'’$£€.,/-])(?:(?P<prepost>pre|post)-(?=\d))?{MOD_PREFIX}(?P<pre>(?:the\s+)?(?:fiscal|calendar|financial|model|school)?\s*year\s+|fiscal\s+|FY\s?)?"
    rf"(?P<year>{L.YEAR4})(?![\w'’/-])",
    _year,
    _year_guard,
    triggers=(YEAR_DIGITS,),
    margins=(48, 8),
)


def _short_year(m: re.Match[str], ctx: Context) -> TimexReading | None:
    date = FuzzyDate(_two_digit_year(int(m["yy"]), ctx), precision=Precision.YEAR)
    return TimexReading("DATE", date.timex(), date, mod_of(m["mod"]), "a two-digit year")


SHORT_YEAR = rule(
    "short year",
    rf"(?<![\w'’]){MOD_PREFIX}(?:(?:in|of|since|from|by|until|class\s+of|summer|spring|winter|fall)\s+)?['’](?P<yy>\d\d)(?![\w'’%])",
    _short_year,
    triggers=(APOSTROPHE_DIGITS,),
    margins=(40, 6),
)

_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}  # fmt: skip


def _decade(m: re.Match[str], ctx: Context) -> TimexReading | None:
    if m["dec"]:
        year = int(m["dec"])
    else:
        tens = int(m["dec2"]) // 10 if m["dec2"] else _DECADE_WORDS[m["decw"].lower()]
        century = (ctx.anchor.year // 100 * 100) if ctx.anchor else 1900
        year = century + tens * 10
        if ctx.anchor and year > ctx.anchor.year:
            year -= 100
    date = FuzzyDate(year, precision=Precision.DECADE)
    return TimexReading("DATE", date.iso(), date, mod_of(m["mod"]), "a decade")  # TIMEX3: "199" is the 1990s


DECADE = rule(
    "decade",
    rf"(?<![\w$])(?:the\s+)?{MOD_PREFIX}(?:the\s+)?(?:(?P<dec>1\d\d0|20\d0)['’]?s|['’](?P<dec2>\d0)['’]?s|"
    r"(?:nineteen[\s-]|the\s+)(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
    _decade,
    triggers=(
        YEAR_DIGITS,
        APOSTROPHE_DIGITS,
        *words("twenties thirties forties fifties sixties seventies eighties nineties"),
    ),
    margins=(40, 8),
)


def _iso(m: re.Match[str], ctx: Context) -> TimexReading | None:
    try:
        date = FuzzyDate.parse(m.group())
    except ValueError:
        return None
    return TimexReading("TIME" if "T" in m.group() else "DATE", date.timex(), date, None, "an ISO 8601 date")


ISO = rule(
    "iso date",
    r"(?<![\w./:-])(?:1\d|20)\d\d-[01]\d-[0-3]\d(?:T[0-2]\d:[0-5]\d)?(?![\w/]|[.:-]\d)",
    _iso,
    triggers=(YEAR_DIGITS,),
)


def _numeric(m: re.Match[str], ctx: Context) -> TimexReading | None:
    a, b, c = int(m["a"]), int(m["b"]), m["c"]
    year = int(c) if len(c) == 4 else _two_digit_year(int(c), ctx)
    month, dnum = (a, b) if ctx.date_order.upper().startswith("M") else (b, a)
    if not 1 <= month <= 12 or not 1 <= dnum <= days_in_month(year, month):
        month, dnum = dnum, month  # 25/12/2025 in an MDY text can only be day first
        if not 1 <= month <= 12 or not 1 <= dnum <= days_in_month(year, month):
            return None
    date = FuzzyDate(year, month, dnum)
    return TimexReading("DATE", date.timex(), date, None, f"a numeric date read as {ctx.date_order.upper()}")


NUMERIC = rule(
    "numeric date",
    r"(?<![\w./:,-])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<c>(?:1\d|20)\d\d|(?<=/)\d\d)(?![\w/%]|[.,:-]\d)",
    _numeric,
    triggers=(DIGIT,),
    margins=(12, 12),
)


RULES = (MONTH_DAY, DAY_MONTH, MONTH_YEAR, MONTH_ALONE, YEAR, SHORT_YEAR, DECADE, ISO, NUMERIC)
