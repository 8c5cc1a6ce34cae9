"""Rules for named periods placed by context: weekdays (by the clause's tense), seasons,
quarters and halves, and parts of the day.

A weekday without "last"/"next" is placed by the tense of its clause
(:func:`~timeline_app.core.temporal.tense.governing_tense`): a future ("will meet on Friday",
"Putin to meet Witkoff Friday", "until Friday") is the next such day on or after the
publication date; a present ("Putin meets Witkoff Friday", "Talks resume Friday": news
headlines tell both fresh and coming events in the present) is today or yesterday, else the
coming such day; a past, or no tense at all, the latest such day on or before it. "The
previous/following Friday" counts from the last day the text named (TimeML anaphora).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from timeline_app.core.dates import SEASONS as SEASON_MONTHS
from timeline_app.core.dates import FuzzyDate, Precision, weekday_of
from timeline_app.core.temporal import lexicon as L
from timeline_app.core.temporal.calendar import WEEKDAY_NAMES, day, day_number, weekday_near
from timeline_app.core.temporal.expression import TimexReading
from timeline_app.core.temporal.grammar import MOD_PREFIX, Context, Groups, Rule, mod_of, rule, word_before
from timeline_app.core.temporal.tense import sentence_bounds
from timeline_app.core.temporal.triggers import PARTS_OF_DAY, SEASON_FORMS, WEEKDAY_FORMS

_DIRECTIONS = {
    "past": "the last {d} on or before {a}",
    "future": "the next {d} on or after {a}",
    "before": "the last {d} before {a}",
    "after": "the first {d} after {a}",
}


_PRESENT_REACH = 1
"""Days back a present-tense weekday may lie: "Putin meets Witkoff Tuesday" in a headline is
today or yesterday (a morning paper tells the day before's events in the present), else the
coming such day (an announced meeting: "Voters head to the polls on Sunday")."""


def _deadline(ctx: Context, m: re.Match[str]) -> bool:
    return word_before(ctx.text, m.start()).lower() in ("until", "till")


def _fronted(ctx: Context, m: re.Match[str]) -> bool:
    """ "(Up) until Thursday, they had described him as a witness": a phrase that opens its
    sentence, so the clause's past tense, not a deadline, places it."""
    breaks = ctx.breaks()
    left = breaks[bisect_right(breaks, m.start()) - 1]
    return (
        re.fullmatch(r"[\s\"'“‘(]*(?:up\s+)?(?:until|till)\s+", ctx.text[left : m.start()], re.IGNORECASE)
        is not None
    )


def _weekday(m: re.Match[str], ctx: Context) -> TimexReading | None:
    wd = L.WEEKDAYS[m["wd"].lower().rstrip(".")]
    rel = (m["rel"] or "").lower().split()[-1] if m["rel"] else ""
    pod_word = m["pod"] or m["pod0"]
    pod = L.PARTS_OF_DAY.get((pod_word or "").lower())
    if m["plural"] or m["pod2"]:  # "Tuesday nights", and "Monday" in "Monday and Tuesday nights"
        pod = L.PARTS_OF_DAY[(m["pod2"] or pod_word).lower()]
        return TimexReading("SET", f"XXXX-WXX-{wd + 1}T{pod}", None, None, "every such part of that weekday",
                       anchors=False)  # fmt: skip
    kind = "DATE"
    if ctx.anchor is None:
        return TimexReading(kind, f"XXXX-WXX-{wd + 1}", None, mod_of(m["mod"]),
                       "a weekday with no publication date")  # fmt: skip
    tense = ctx.tense(m)
    if m["relweek"]:
        # "Tuesday next week": that weekday of the ISO week before, of or after the anchor's
        shift = {"last": -1, "this": 0, "next": 1}[m["relweek"].lower()]
        here = day_number(ctx.anchor)
        date = day(here - weekday_of(here) + 7 * shift + wd)
        how = f"the {WEEKDAY_NAMES[wd]} of {_WEEK_SIDES[shift]} {ctx.anchor_label}"
        return _weekday_reading(date, pod, pod_word, mod_of(m["mod"]), how)
    if rel in ("previous", "preceding", "following"):
        # "down 4.5% from the previous Friday": counted from the day last named, as TimeML asks
        base, base_label = ctx.base()
        assert base is not None
        direction = "after" if rel == "following" else "before"
        if base.day is None:
            base = ctx.anchor
            base_label = ctx.anchor_label
        date = day(weekday_near(day_number(base), wd, direction))
        how = _DIRECTIONS[direction].format(d=WEEKDAY_NAMES[wd], a=base_label) + f" ('{rel}')"
        return TimexReading(kind, date.timex(), date, mod_of(m["mod"]), how)
    if rel == "last":
        direction, why = "before", "'last'"
    elif rel == "next":
        direction, why = "after", "'next'"
    elif rel == "coming":
        direction, why = "future", "'coming'"
    elif tense == "future" or (_deadline(ctx, m) and not (tense == "past" and _fronted(ctx, m))):
        direction, why = "future", "future tense" if tense == "future" else "a deadline"
    elif _perfect_object(ctx, m):
        direction, why = "future", "the day a present perfect names"
    elif tense == "present":
        here = day_number(ctx.anchor)
        recent = here - weekday_near(here, wd, "past") <= _PRESENT_REACH
        direction = "past" if recent else "future"
        why = "present tense, today or yesterday" if recent else "present tense"
    else:
        direction, why = "past", "past tense" if tense == "past" else "no future tense"
    date = day(weekday_near(day_number(ctx.anchor), wd, direction))
    how = _DIRECTIONS[direction].format(d=WEEKDAY_NAMES[wd], a=ctx.anchor_label) + f" ({why})"
    return _weekday_reading(date, pod, pod_word, mod_of(m["mod"]), how)


def _perfect_object(ctx: Context, m: re.Match[str]) -> bool:
    """ "has declared Saturday a public holiday", "have set Friday as the deadline": a bare weekday
    right after the verb of a present perfect is what the act names, a day still to come (English
    does not date a present perfect by a past day: not "has met on Friday")."""
    if m["rel"] or m["mod"]:
        return False
    before = ctx.text[max(0, m.start() - 40) : m.start()].split()
    after = ctx.text[m.end() : m.end() + 12].split()
    return (
        bool(after)
        and after[0].lower()
        in ("a", "an", "as", "for")  # "... Saturday a holiday", "... Friday as the deadline"
        and len(before) >= 2
        and before[-1].isalpha()
        and before[-1].islower()
        and (before[-1].endswith("ed") or before[-1] in ("set", "made", "chosen", "picked"))
        and before[-2].lower() in ("has", "have", "'s")
    )


_WEEK_SIDES = {-1: "the week before that of", 0: "the week of", 1: "the week after that of"}


def _weekday_reading(date: FuzzyDate, pod: str | None, pod_word: str | None, mod: str | None,
                     how: str) -> TimexReading:  # fmt: skip
    """A weekday's reading, a TIME when a part of the day ("Monday morning") narrows it."""
    if pod and pod_word:
        how += f", {'overnight' if pod_word.lower() == 'overnight' else 'in the ' + pod_word.lower()}"
        if pod in L.TIMED_PARTS:
            return TimexReading("TIME", f"{date.timex()}T{pod}", date, mod, how)
    return TimexReading("DATE", date.timex(), date, mod, how)


_OVERNIGHT_LINK = r"(?:on\s+|into\s+|to\s+)?"
"""What may join "overnight" to the weekday it falls on: "overnight on Sunday", "overnight into Sunday"."""

WEEKDAY = rule(
    "weekday",
    rf"\b{MOD_PREFIX}(?:(?P<pod0>overnight)\s+{_OVERNIGHT_LINK})?"
    r"(?:(?P<rel>last|next|this|coming|past|(?:the\s+)?(?:previous|preceding|following))\s+)?"
    rf"(?P<wd>{L.WEEKDAY}|{L.WEEKDAY_ABBR})"
    r"(?:\s+(?P<pod>morning|afternoon|evening|night|overnight)(?P<plural>(?<!overnight)s)?)?"
    rf"(?:(?=\s+(?:and|or)\s+{L.WEEKDAY}\s+(?P<pod2>morning|afternoon|evening|night)s\b))?"
    r"(?:(?:\s{1,3}(?:of\s{1,3})?(?P<relweek>last|this|next)\s{1,3}week(?![\w'’-]))|(?=['’]s\b|[^\w'’-]|$))",
    _weekday,
    lambda m, text: not m.group().startswith("Sun.") or m["mod"] is not None,
    triggers=WEEKDAY_FORMS,
    margins=(40, 32),
)


def _season(m: re.Match[str], ctx: Context) -> TimexReading | None:
    code = L.SEASONS[m["season"].lower()]
    start_month = SEASON_MONTHS[code]
    if m["year"]:
        date = FuzzyDate(int(m["year"]), start_month, precision=Precision.SEASON)
        return TimexReading("DATE", date.timex(), date, mod_of(m["mod"]), "a season of a given year")
    if ctx.anchor is None:
        return TimexReading(
            "DATE", f"XXXX-{code}", None, mod_of(m["mod"]), "a season with no publication date"
        )
    rel = (m["rel"] or "").lower()
    here = ctx.anchor.truncate(Precision.SEASON)
    candidates = [FuzzyDate(y, start_month, precision=Precision.SEASON) for y in (here.year - 1, here.year,
                                                                                  here.year + 1)]  # fmt: skip
    if rel in ("last", "past", "previous"):
        date = max(c for c in candidates if c < here)
        how = "the latest such season before"
    elif rel in ("next", "coming"):
        date = min(c for c in candidates if c > here)
        how = "the next such season after"
    else:
        tense = ctx.tense(m)
        if rel == "this" or tense is None:
            date = min(candidates, key=lambda c: abs(c.start_days - here.start_days))
            how = "the nearest such season to"
        elif tense == "past":
            date = max(c for c in candidates if c <= here)
            how = "the latest such season on or before"
        else:
            date = min(c for c in candidates if c >= here)
            how = "the next such season from"
    return TimexReading("DATE", date.timex(), date, mod_of(m["mod"]), f"{how} {ctx.anchor_label}")


def _season_guard(m: re.Match[str], text: str) -> bool:
    if m["rel"] or m["year"] or m["mod"]:
        return True
    if re.match(r"\s+of\b", text[m.end() : m.end() + 5]):
        return False
    before = word_before(text, m.start()).lower()
    lead = m.group().lower().startswith("the")
    return (
        lead and before in ("in", "into", "during", "by", "since", "until", "through", "over", "for", "this")
    ) or (before in ("in", "into", "during", "by", "since", "until", "through", "over"))


SEASON = rule(
    "season",
    rf"\b(?:the\s+)?{MOD_PREFIX}(?:(?P<rel>this|last|next|past|coming|previous)\s+)?(?P<season>{L.SEASON})"
    rf"(?:(?:\s+of)?,?\s+(?P<year>{L.YEAR4}))?(?![\w-])",
    _season,
    _season_guard,
    triggers=SEASON_FORMS,
)

_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _quarter(m: Groups, ctx: Context) -> TimexReading | None:
    mod = mod_of(m["mod"])
    unit = (m["unit"] or "quarter").lower()
    if m["q"]:
        n = int(m["q"][1])
        unit = "quarter" if m["q"][0] in "Qq" else "half"
    else:
        token = (m["ord"] or "").lower()
        n = _ORD.get(token, 0)
        if token in ("final", "last"):
            n = 4 if unit == "quarter" else 2
    if unit == "quarter" and not n and ctx.anchor is not None and ctx.last_quarter is None:
        # (once the article has named its quarter, "the quarter ended ..." is that one, as numbered)
        ended = _ENDED.match(ctx.text, m.end())
        if ended is not None:
            return _quarter_ended(ended, ctx, mod)
    if unit == "half" and not n:
        n = 2 if (m["rel"] or "").lower() in ("last", "latter", "final") else 1
    if unit == "half" and n > 2:
        return None
    year_text = m["year"] or m["year2"]
    if year_text:
        year = int(year_text)
        how = "a quarter of a given year" if unit == "quarter" else "a half of a given year"
        if not n and unit == "quarter":  # "the 1988 quarter": the quarter being reported on, in 1988
            if ctx.last_quarter is None:
                return None
            n = (ctx.last_quarter.month or 1) // 3 + 1
            how = f"the quarter last mentioned, in {year}"
    elif ctx.anchor is None:
        return TimexReading(
            "DATE", f"XXXX-{'Q' if unit == 'quarter' else 'H'}{n or 'X'}", None, mod, "no year"
        )
    else:
        year = ctx.anchor.year
        here = ((ctx.anchor.month or 1) - 1) // (3 if unit == "quarter" else 6) + 1
        tense = ctx.tense(m)
        rel = (m["rel"] or "").lower()
        yrel = (m["yrel"] or "").lower()
        if yrel:
            year += {"last": -1, "this": 0, "next": 1}[yrel]
        elif n and n > here and tense != "future" and rel not in ("next", "coming"):
            year -= 1
        if rel.startswith("year") or rel.startswith("prior"):
            year -= 1
        how = (
            f"the year of {ctx.anchor_label}"
            if year == ctx.anchor.year
            else "the year before the publication"
        )
        if not n:
            year, n, how = _unnumbered_quarter(ctx, ctx.anchor, rel, tense, year)
    return _period(unit, year, n, mod, how)


def _unnumbered_quarter(
    ctx: Context, anchor: FuzzyDate, rel: str, tense: str | None, year: int
) -> tuple[int, int, str]:
    """(year, number, how) of a quarter named without its number: "the quarter" of a report is
    the one last mentioned; "this/next/last quarter" counts from the publication date."""
    base = ctx.last_quarter if rel not in ("current", "this", "next", "coming") else None
    if rel == "this" and tense != "future" and ctx.last_quarter is not None:
        base = ctx.last_quarter  # a report on the third quarter: "this quarter's loss" is that one
    if base is not None:
        year = base.year - (1 if rel.startswith(("year", "prior")) else 0)
        return year, (base.month or 1) // 3 + 1, f"the quarter last mentioned, {base.label()}"
    here_q = ((anchor.month or 1) - 1) // 3 + 1
    if rel in ("next", "coming"):
        n, how = here_q + 1, f"the quarter after that of {ctx.anchor_label}"
    elif rel in ("current", "this"):
        n, how = here_q, f"the quarter of {ctx.anchor_label}"
    else:
        n, how = here_q - 1, f"the latest quarter reported at {ctx.anchor_label}"
    if n == 5:
        n, year = 1, year + 1
    if n == 0:
        n, year = 4, year - 1
    return year, n, how


def _period(unit: str, year: int, n: int, mod: str | None, how: str) -> TimexReading:
    """The reading of the ``n``-th quarter or half of ``year``."""
    if unit == "half":
        date = FuzzyDate(year, 6 * n - 5, precision=Precision.QUARTER,
                         end=FuzzyDate(year, 6 * n - 2, precision=Precision.QUARTER))  # fmt: skip
        return TimexReading("DATE", f"{year:04d}-H{n}", date, mod, how)
    date = FuzzyDate(year, 3 * n - 2, precision=Precision.QUARTER)
    return TimexReading("DATE", date.timex(), date, mod, how)


_ENDED = re.compile(
    rf"\s+(?:that\s+)?(?:ended|ending)\s+(?P<month>{L.MONTH_BY_NUMBER})\s{{0,3}}(?:{L.DAY_NUM})?"
    rf"(?:,?\s+(?P<year>{L.YEAR4}))?",
    re.IGNORECASE,
)


def _quarter_ended(ended: re.Match[str], ctx: Context, mod: str | None) -> TimexReading:
    """ "the quarter ended July 31": the three months up to that month, valued as the calendar
    quarter that holds most of them (a fiscal quarter need not start in January, April...)."""
    assert ctx.anchor is not None
    last = L.MONTHS[ended["month"].lower().rstrip(".")]
    if ended["year"]:
        year = int(ended["year"])
    else:  # a quarter reported on has ended: the latest such month on or before the anchor
        year = ctx.anchor.year if last <= (ctx.anchor.month or 12) else ctx.anchor.year - 1
    middle_year, middle = (year, last - 1) if last > 1 else (year - 1, 12)
    value = f"{middle_year:04d}-Q{(middle - 1) // 3 + 1}"
    how = f"the three months up to {ended['month']} {year}"
    if last % 3 == 0:
        return TimexReading("DATE", value, FuzzyDate(year, last - 2, precision=Precision.QUARTER), mod, how)
    first_year, first = (year, last - 2) if last > 2 else (year - 1, last + 10)
    date = FuzzyDate(first_year, first, precision=Precision.MONTH,
                     end=FuzzyDate(year, last, precision=Precision.MONTH))  # fmt: skip
    return TimexReading("DATE", value, date, mod, how)


QUARTER = rule(
    "quarter",
    rf"\b{MOD_PREFIX}(?:the\s+)?(?:(?P<year2>{L.YEAR4})(?:['’]s)?\s+|(?P<yrel>this|last|next)\s+year['’]s\s+)?(?:(?P<rel>latest|last|previous|current|"
    r"this|next|coming|same|year-earlier|year-ago|year\s+earlier|prior-year|prior\s+year|recent|"
    r"comparable|fiscal)[\s-]+)?(?:fiscal[\s-]+)?(?:(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)"
    r"[\s-]+(?:fiscal[\s-]+)?)?(?P<unit>quarter|half)(?![\w-])(?:,?\s+(?:of\s+)?(?:fiscal\s+)?"
    rf"(?P<year>{L.YEAR4}))?|\b(?P<q>[QH][1-4])(?:\s+|-|/)?(?P<year3>{L.YEAR4})?(?![\w-])",
    lambda m, ctx: _quarter(_QuarterMatch(m), ctx),
    lambda m, text: _quarter_guard(m, text),
    flags=re.IGNORECASE,
    triggers=("quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2"),
)


class _QuarterMatch:
    """Lets the two alternatives of :data:`QUARTER` share one resolver."""

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def __getitem__(self, key: str) -> str | None:
        if key == "year":
            return self._m["year"] or self._m["year3"]
        return self._m[key]

    def start(self) -> int:
        return self._m.start()

    def end(self) -> int:
        return self._m.end()


def reporting_quarter(text: str, matches: list[tuple[Rule, object]], ctx: Context) -> FuzzyDate | None:
    """The article's first explicit quarter: its reporting period, what "net fell from a year
    ago" compares with (``matches``: the tagger's chosen (rule, match) pairs in text order)."""
    for r, m in matches:
        if r is QUARTER:
            first = QUARTER.resolve(m, Context(text, ctx.anchor, ctx.date_order))  # type: ignore[arg-type]
            if first is not None and first.date is not None and first.date.precision is Precision.QUARTER:
                return first.date
    return None


_FISCAL = re.compile(r"\bfiscal\b", re.IGNORECASE)


def note_reported_quarter(ctx: Context, date: FuzzyDate, span: str) -> None:
    """After a time expression is resolved: a quarter already reported on (not a forecast)
    becomes the one later "a year ago"s compare with. An earlier one named after it is a
    comparison ("after a flat second quarter"), unless it is a company's own fiscal one."""
    last = ctx.last_quarter
    if (
        date.precision is Precision.QUARTER
        and date.end is None
        and (last is None or date.start_days >= last.start_days or _FISCAL.search(span))
        and (ctx.anchor is None or date.end_days <= ctx.anchor.start_days)
    ):
        ctx.last_quarter = date


_GAME_WORDS = re.compile(
    r"\b(?:goals?|scored|scoring|penalty|penalties|striker|goalkeeper|keeper|half-?time|kick-?off|kicked|"
    r"free-kick|whistle|equali[sz](?:ed|er)|tries|wickets?|innings|century|header|rebounds?|touchdowns?|"
    r"match|game|quarterback|referee)\b",
    re.IGNORECASE,
)
"""Words of a game: "the first half", "a second-half penalty" there are the match's halves."""


def _match_half(m: re.Match[str], text: str) -> bool:
    """Whether a "first half"/"second-half" without a year is a game's half (a sentence about a
    match: "took the lead early in the second half", "a first-half goal"), not the year's."""
    if m["year"] or m["year2"] or m["year3"] or m["yrel"]:
        return False
    left, right = sentence_bounds(text, m.start(), m.end(), reach=200)
    return bool(_GAME_WORDS.search(text, left, right))


def _quarter_guard(m: re.Match[str], text: str) -> bool:
    if m["q"]:
        return m["q"][0] == "Q" and (m["year3"] is not None or text[m.end() : m.end() + 1] in " ,.;)")
    if m["unit"].lower() == "half" and not (m["ord"] or (m["rel"] or "").lower() in ("last", "latter")):
        return False
    if m["unit"].lower() == "half" and _match_half(m, text):
        return False
    if not m["ord"] and not m["rel"] and not m.group().lower().startswith("the"):
        return False
    return (
        m["ord"] is not None
        or m["rel"] is not None
        or m["year2"] is not None
        or m.group().lower().startswith("the quarter")
    )


class _PodMatch:
    """Folds the "mid-afternoon" and "overnight" alternatives of :data:`PART_OF_DAY` into its groups."""

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def __getitem__(self, key: str) -> str | None:
        m = self._m
        if key == "pod":
            return m["pod"] or m["pod2"] or m["pod3"]
        if key == "mod":
            return m["mod"] or m["mod2"]
        return m[key]

    def start(self) -> int:
        return self._m.start()

    def end(self) -> int:
        return self._m.end()


def _part_of_day(m: Groups, ctx: Context) -> TimexReading | None:
    pod = L.PARTS_OF_DAY[m["pod"].lower()]
    rel = (m["rel"] or "").lower()
    if rel in ("that", "the"):
        base, base_label = ctx.base("day")
    else:
        base, base_label = ctx.anchor, ctx.anchor_label
    if base is None or base.day is None:
        return TimexReading("TIME", f"XXXX-XX-XXT{pod}", None, mod_of(m["mod"]), "no day to place it on")
    shift = {"yesterday": -1, "today": 0, "tomorrow": 1}.get(
        (m["dw"] or "").lower(), -1 if rel == "last" else 0
    )
    date = day(day_number(base) + shift)
    how = (
        f"on the day of {base_label}"
        if not shift
        else f"{abs(shift)} day {'before' if shift < 0 else 'after'} {base_label}"
    )
    # a bare "overnight" takes the publication day for want of better: too weak for "the previous
    # Friday" to count from
    anchors = not (m["pod"].lower() == "overnight" and not rel)
    return TimexReading("TIME", f"{date.timex()}T{pod}", date, mod_of(m["mod"]), how, anchors=anchors)


PART_OF_DAY = rule(
    "part of day",
    rf"\b{MOD_PREFIX}(?P<rel>this|that|the|last)\s+(?P<pod>morning|afternoon|evening|night)(?![\w-])"
    r"|\b(?P<mod2>early|mid|late)[\s-](?P<pod2>morning|afternoon|evening)(?:\s+(?P<dw>yesterday|today|tomorrow))?"
    rf"(?![\w-])|\b(?P<pod3>overnight)\b(?!\s+{_OVERNIGHT_LINK}{L.WEEKDAY})",
    lambda m, ctx: _part_of_day(_PodMatch(m), ctx),
    lambda m, text: (
        m["rel"] is None
        or (
            (m["rel"].lower() != "the" or word_before(text, m.start()).lower() in ("in", "during", "by"))
            and not re.match(r"\s+(?:of|before|after)\b", text[m.end() : m.end() + 8])
        )
    ),
    triggers=PARTS_OF_DAY,
)


def _two_quarters(m: re.Match[str], ctx: Context) -> TimexReading | None:
    n = 1 if m["which"].lower() == "first" else 2
    if m["year"]:
        year = int(m["year"])
    elif ctx.anchor is None:
        return TimexReading("DATE", f"XXXX-H{n}", None, None, "a half-year with no year")
    else:
        year = ctx.anchor.year - (1 if n == 2 and (ctx.anchor.month or 1) <= 6 else 0)
    date = FuzzyDate(year, 6 * n - 5, precision=Precision.QUARTER,
                     end=FuzzyDate(year, 6 * n - 2, precision=Precision.QUARTER))  # fmt: skip
    return TimexReading("DATE", f"{year:04d}-H{n}", date, None, "two quarters: a half-year")


TWO_QUARTERS = rule(
    "two quarters",
    rf"\b(?:the\s+)?(?P<which>first|last|final|second)\s+two\s+quarters(?:\s+of\s+(?:fiscal\s+)?(?P<year>{L.YEAR4}))?"
    r"(?![\w-])",
    _two_quarters,
    triggers=("quarters",),
    margins=(24, 30),
)

RULES = (WEEKDAY, SEASON, QUARTER, PART_OF_DAY, TWO_QUARTERS)
