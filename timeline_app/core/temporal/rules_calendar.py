"""Rules for dates with names of their own: holidays ("Christmas Day", "Easter 2024"), centuries
("the 19th century") and years written in words ("nineteen ninety-six")."""

from __future__ import annotations

import re

from timeline_app.core.dates import SEASONS as SEASON_MONTHS
from timeline_app.core.dates import FuzzyDate, Precision, days_from_civil, days_in_month, weekday_of
from timeline_app.core.temporal import lexicon as L
from timeline_app.core.temporal.calendar import day
from timeline_app.core.temporal.expression import TimexReading
from timeline_app.core.temporal.grammar import MOD_PREFIX, Context, mod_of, rule
from timeline_app.core.temporal.lexicon import alternation, words
from timeline_app.core.temporal.lexicon import words as _words
from timeline_app.core.temporal.triggers import MONTH_FORMS

_ORD_CENTURY = {w: i for w, i in L.ORDINALS.items() if i > 0}
_ORD_CENTURY.update({"thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
                     "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21})  # fmt: skip


def _century(m: re.Match[str], ctx: Context) -> TimexReading | None:
    token = m["c"].lower()
    n = int(token[:-2]) if token[0].isdigit() else _ORD_CENTURY[token.replace(" ", "-")]
    if not 1 <= n <= 21:
        return None
    date = FuzzyDate((n - 1) * 100, precision=Precision.CENTURY)
    return TimexReading("DATE", date.iso(), date, mod_of(m["mod"]), "a century")  # TIMEX3: "19" is the 1900s


CENTURY = rule(
    "century",
    rf"\b(?:the\s+)?{MOD_PREFIX}(?:the\s+)?(?P<c>\d{{1,2}}(?:st|nd|rd|th)|"
    r"(?:twenty[\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth))[\s-]century\b",
    _century,
    triggers=("century",),
)


def _easter(year: int) -> tuple[int, int]:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    return month, (h + l_ - 7 * m + 114) % 31 + 1


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> int:
    if n > 0:
        first = days_from_civil(year, month, 1)
        return first + (weekday - weekday_of(first)) % 7 + 7 * (n - 1)
    last = days_from_civil(year, month, days_in_month(year, month))
    return last - (weekday_of(last) - weekday) % 7


def _holiday_day(name: str, year: int) -> int:
    if name.startswith("christmas eve"):
        return days_from_civil(year, 12, 24)
    if name.startswith("christmas"):
        return days_from_civil(year, 12, 25)
    if name.startswith("new year's eve"):
        return days_from_civil(year, 12, 31)
    if name.startswith("new year"):
        return days_from_civil(year, 1, 1)
    if name.startswith("easter"):
        return days_from_civil(year, *_easter(year))
    if name.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 3, 4)
    if name.startswith("halloween"):
        return days_from_civil(year, 10, 31)
    if name.startswith("valentine"):
        return days_from_civil(year, 2, 14)
    if name.startswith("labor"):
        return _nth_weekday(year, 9, 0, 1)
    if name.startswith("election"):  # U.S.: the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, 0, 1) + 1
    if name.startswith("memorial"):
        return _nth_weekday(year, 5, 0, -1)
    return days_from_civil(year, 7, 4)  # Independence Day


def _holiday(m: re.Match[str], ctx: Context) -> TimexReading | None:
    name = " ".join(m["name"].lower().replace("’", "'").split())
    if m["year"]:
        year = int(m["year"])
        how = "a holiday in a given year"
    elif ctx.anchor is None:
        return TimexReading(
            "DATE", "XXXX-XX-XX", None, None, "a holiday with no year and no publication date"
        )
    else:
        rel = (m["rel"] or "").lower()
        here = days_from_civil(ctx.anchor.year, ctx.anchor.month or 1, ctx.anchor.day or 1)
        direction = {"last": "past", "next": "future", "this": None}.get(rel, ctx.tense(m))
        year = ctx.anchor.year
        slack = 7 if m["week"] else 0  # "Easter week" told on its Monday is this year's
        if direction == "past" and _holiday_day(name, year) > here + slack:
            year -= 1
        elif direction == "future" and _holiday_day(name, year) < here - slack:
            year += 1
        which = {
            "past": "the latest such holiday on or before",
            "future": "the next such holiday on or after",
        }
        how = f"{which.get(direction or '', 'the holiday in the year of')} {ctx.anchor_label}"
    date = day(_holiday_day(name, year))
    if m["week"]:
        date = date.truncate(Precision.WEEK)
        how += "; the week of the holiday"
    return TimexReading("DATE", date.timex(), date, mod_of(m["mod"]), how)


HOLIDAY = rule(
    "holiday",
    rf"\b{MOD_PREFIX}(?:(?P<rel>last|next|this)\s+)?(?P<name>(?-i:Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s"
    r"(?:\s+(?:Day|Eve))?|Easter(?:\s+(?:Sunday|Monday))?|Thanksgiving(?:\s+Day)?|Halloween|Valentine['’]s\s+Day|"
    r"Labou?r\s+Day|Memorial\s+Day|Independence\s+Day|Election\s+Day))"
    r"(?P<week>\s+week)?(?:,?\s+(?P<year>" + L.YEAR4 + "))?(?!\\w)",
    _holiday,
    triggers=words(
        "christmas new easter thanksgiving halloween valentine labor labour memorial independence election"
    ),
)


def _spelled_year(m: re.Match[str], ctx: Context) -> TimexReading | None:
    words = re.split(r"[\s-]+", m["y"].lower())
    words = [w for w in words if w and w != "and"]
    if words[:2] == ["two", "thousand"]:
        rest = sum(L.NUMBER_WORDS.get(w, 0) for w in words[2:])
        year = 2000 + rest
    else:
        century = L.NUMBER_WORDS[words[0]]
        rest = sum(L.NUMBER_WORDS.get(w, 0) for w in words[1:])
        year = century * 100 + rest
    if m["month"]:
        date = FuzzyDate(year, L.MONTHS[m["month"].lower().rstrip(".")], precision=Precision.MONTH)
        return TimexReading(
            "DATE", date.timex(), date, mod_of(m["mod"]), "a month of a year written in words"
        )
    if m["season"]:
        code = L.SEASONS[m["season"].lower()]
        date = FuzzyDate(year, SEASON_MONTHS[code], precision=Precision.SEASON)
        return TimexReading(
            "DATE", date.timex(), date, mod_of(m["mod"]), "a season of a year written in words"
        )
    date = FuzzyDate(year, precision=Precision.YEAR)
    return TimexReading("DATE", date.timex(), date, mod_of(m["mod"]), "a year written in words")


SPELLED_YEAR = rule(
    "spelled year",
    rf"\b{MOD_PREFIX}(?:the\s+year\s+|(?P<month>{L.MONTH}),?\s+|(?:the\s+)?(?P<season>{L.SEASON})\s+of\s+)?"
    r"(?P<y>(?:nineteen|eighteen)[\s-](?:(?:twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two\s+thousand(?:\s+and)?"
    r"(?:\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-](?:one|two|three|four|five))?))?|two\s+thousand)\b",
    _spelled_year,
    triggers=("nineteen", "eighteen", "thousand"),
)


_ORDINAL_DAYS = {
    w: i + 1
    for i, w in enumerate(
        _words(
            "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
            "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
        )
    )
}
_ORDINAL_DAYS.update({f"twenty-{w}": 20 + n for w, n in list(_ORDINAL_DAYS.items())[:9]})
_ORDINAL_DAYS.update({"thirtieth": 30, "thirty-first": 31})


def _spoken_day(m: re.Match[str], ctx: Context) -> TimexReading | None:
    from timeline_app.core.temporal.rules_absolute import _pick_year

    month = L.MONTHS[(m["month"] or m["month2"]).lower().rstrip(".")]
    dnum = _ORDINAL_DAYS[" ".join((m["ord"] or m["ord2"]).lower().split()).replace(" ", "-")]
    year, how = _pick_year(ctx, m, month, dnum)
    if year is None:
        return TimexReading("DATE", f"XXXX-{month:02d}-{dnum:02d}", None, None, how)
    if dnum > days_in_month(year, month):
        return None
    date = FuzzyDate(year, month, dnum)
    return TimexReading("DATE", date.timex(), date, None, f"a day written in words; {how}")


_ORDINAL = alternation(_ORDINAL_DAYS).replace("-", r"[\s-]")
SPOKEN_DAY = rule(
    "spoken day",
    rf"\b(?:(?P<month>{L.MONTH})\s+(?:the\s+)?(?P<ord>{_ORDINAL})|the\s+(?P<ord2>{_ORDINAL})\s+of\s+"
    rf"(?P<month2>{L.MONTH}))(?![\w-])",
    _spoken_day,
    triggers=MONTH_FORMS,
    margins=(24, 24),
)

RULES = (CENTURY, HOLIDAY, SPELLED_YEAR, SPOKEN_DAY)
