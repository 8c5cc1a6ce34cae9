"""Articles in French, German, Spanish, Russian and Ukrainian.

The English grammar does not carry over, but the words do: month and weekday
names, "yesterday", "last week", "3 days ago" come from dateparser's translation
tables (the part of dateparser that is reliable), and a small grammar built from
them finds "2 décembre 2025", "am 2. Dezember", "2 декабря 2025 года", "hace tres
días" in running text. The language is detected from common words, which costs a
few microseconds instead of a language-identification model.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from timeline_app.core.dates import FuzzyDate, Precision, days_in_month
from timeline_app.core.temporal import rules_absolute
from timeline_app.core.temporal.calendar import WEEKDAY_NAMES, day, day_number, weekday_near
from timeline_app.core.temporal.expression import TimeExpression, TimexReading
from timeline_app.core.temporal.grammar import Context, Rule
from timeline_app.core.temporal.lexicon import words as _words
from timeline_app.core.temporal.rules_relative import relative_period
from timeline_app.core.temporal.tense import sentence_bounds

SUPPORTED = ("en", "fr", "de", "es", "ru", "uk")

_STOP_WORDS = {
    "en": _words(
        "the and of to in is that was for on with said it as at by from has have are he she they his her "
        "will would been were not but this which had"
    ),
    "fr": _words("le la les des et est une du que dans pour pas sur au qui ne se il elle avec ont été"),
    "de": _words("der die das und ist nicht ein eine mit den von zu sich auf dem des im für wurde"),
    "es": _words("el la los las de que y en del por con una para se al es su fue como más"),
    "ru": _words("и в не на что с по это как он из за был года его также были от"),
    "uk": _words("і в не на що з та це як до за від його року було також є у"),
}
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str, sample: int = 4000) -> str:
    """The most likely of :data:`SUPPORTED` for ``text``, from stop-word counts in its first characters.

    Russian and Ukrainian share many short words, so the letters only one of them uses
    (ы э ъ ё against і ї є ґ) decide between them.
    """
    head = text[:sample].lower()
    words = Counter(_WORDS.findall(head))
    scores = {lang: sum(words[w] for w in stop) for lang, stop in _STOP_WORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    if best in ("ru", "uk"):
        ru = sum(head.count(c) for c in "ыэъё")
        uk = sum(head.count(c) for c in "іїєґ")
        best = "uk" if uk > ru else "ru"
    return best if scores[best] > 0 else "en"


@dataclass(frozen=True, slots=True)
class _Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, tuple[int, str]]
    ago: tuple[str, ...]
    after: tuple[str, ...]
    units: dict[str, str]


def _inflections(lang: str, name: str) -> list[str]:
    """Case forms dateparser does not list: "в декабре", "у грудні"."""
    forms = [name]
    if lang == "ru" and len(name) > 3:
        forms.append((name[:-1] if name[-1] in "ьй" else name) + "е")
    if lang == "uk" and len(name) > 3:
        if name.endswith("ень"):
            forms.append(name[:-3] + "ні")
        elif name.endswith("ий"):
            forms.append(name[:-2] + "ому")
        elif name[-1] not in "аяь":
            forms.append(name + "і")
    return forms


@lru_cache(maxsize=8)
def _lexicon(lang: str) -> _Lexicon:
    import importlib

    info = importlib.import_module(f"dateparser.data.date_translation_data.{lang}").info
    months: dict[str, int] = {}
    for i, key in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december"), start=1):  # fmt: skip
        for name in info.get(key, []):
            if len(name) >= 3 and not name.endswith("."):
                for form in _inflections(lang, name.lower()):
                    months[form] = i
    weekdays: dict[str, int] = {}
    for i, key in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")):
        for name in info.get(key, []):
            if len(name) >= 4:
                for form in _inflections(lang, name.lower()):
                    weekdays[form] = i
                if lang in ("ru", "uk") and name.endswith("а"):
                    weekdays[name.lower()[:-1] + "у"] = i  # "в пятницу"
    relative: dict[str, tuple[int, str]] = {}
    for key, phrases in info.get("relative-type", {}).items():
        m = re.fullmatch(r"(in )?(\d+) (second|minute|hour|day|week|month|year)( ago)?", key)
        if not m or m[3] in ("hour", "minute") or (m[3] == "second" and m[2] != "0"):
            continue
        n = int(m[2]) * (-1 if m[4] else 1)
        for phrase in phrases:
            if len(phrase) >= 3:
                relative[phrase.lower()] = (n, m[3])
    units: dict[str, str] = {}
    for unit in ("day", "week", "month", "year"):
        for name in info.get(unit, []):
            if len(name) >= 3:
                units[name.lower()] = unit
    return _Lexicon(months, weekdays, relative, tuple(info.get("ago", [])), tuple(info.get("in", [])), units)


def _alt(words: Iterable[object]) -> str:
    items = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


_NUMBER_WORDS = {
    "fr": "un:1 une:1 deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9 dix:10",
    "de": "ein:1 einem:1 einer:1 zwei:2 drei:3 vier:4 fünf:5 sechs:6 sieben:7 acht:8 neun:9 zehn:10",
    "es": "un:1 una:1 dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 ocho:8 nueve:9 diez:10",
    "ru": "один:1 одна:1 две:2 два:2 три:3 четыре:4 пять:5 шесть:6 семь:7 восемь:8 девять:9 десять:10",
    "uk": "один:1 одна:1 дві:2 два:2 три:3 чотири:4 п'ять:5 шість:6 сім:7 вісім:8 дев'ять:9 десять:10",
}


def _numbers(lang: str) -> dict[str, int]:
    return {w: int(n) for w, n in (item.split(":") for item in _NUMBER_WORDS.get(lang, "").split())}


def _count(token: str, lang: str) -> int | None:
    return int(token) if token.isdigit() else _numbers(lang).get(token.lower())


_NEXT_LAST = {
    "fr": (r"prochain|prochaine", r"dernier|dernière|passé"),
    "de": (r"nächsten|nächster|kommenden|kommender", r"letzten|letzter|vergangenen|vergangener"),
    "es": (r"próximo|que\s+viene", r"pasado"),
    "ru": (
        r"следующий|следующую|следующее|следующей|ближайший|ближайшую",
        r"прошлый|прошлую|прошлое|прошлой",
    ),
    "uk": (r"наступний|наступну|наступного|найближчий", r"минулий|минулу|минулого|минулої"),
}
"""Words that make a weekday the next or the last one, before or after it."""

_FUTURE_MARKERS = {
    "fr": re.compile(r"\b(?:\w{3,}(?:ra|ront|rai|rons)|va|vont|prévu|prévue|doit|doivent)\b", re.IGNORECASE),
    "de": re.compile(r"\b(?:wird|werden|soll|sollen|will|wollen|geplant|plant|planen)\b", re.IGNORECASE),
    "es": re.compile(r"(?:\w{3,}(?:rá|rán|remos)\b|\b(?:va|van)\s+a\b|\bprevisto\b)", re.IGNORECASE),
    "ru": re.compile(
        r"(?<!\w)(?:будет|будут|буду|планирует|планируют|намерен|собирается)(?!\w)", re.IGNORECASE
    ),
    "uk": re.compile(
        r"(?<!\w)(?:буде|будуть|планує|планують|має\s+намір|\w{3,}тиме|\w{3,}тимуть)(?!\w)", re.IGNORECASE
    ),
}
"""Future-tense signs per language, for weekdays: crude (a few auxiliaries and endings), but
"se rendra à Moscou mardi" and "wird am Dienstag reisen" are the cases that matter."""


@lru_cache(maxsize=8)
def _rules(lang: str) -> tuple[Rule, ...]:
    lex = _lexicon(lang)
    month, weekday = _alt(lex.months), _alt(lex.weekdays)
    year = r"(?P<year>(?:1[1-9]|20)\d\d)(?!\d)"
    flags = re.IGNORECASE
    day_month = Rule(
        "day month",
        re.compile(
            rf"(?<![\w.])(?P<day>3[01]|[12]\d|0?[1-9])(?:\.|er|º|-?го)?\s+(?:de\s+)?(?P<month>{month})\b"
            rf"(?:,?\s+(?:de\s+|del\s+)?{year}(?:\s+(?:года|року|г\.|р\.))?)?",
            flags,
        ),
        lambda m, ctx: _day_month(m, ctx, lex),
    )
    month_year = Rule(
        "month year",
        re.compile(
            rf"(?<!\w)(?P<month>{month})\s+(?:de\s+|del\s+)?{year}(?!\d)"
            r"(?:\s+(?:года|року))?",
            flags,
        ),
        lambda m, ctx: _month_year(m, lex),
    )
    near = _NEXT_LAST.get(lang, ("(?!x)x", "(?!x)x"))
    weekday_rule = Rule(
        "weekday",
        re.compile(
            rf"(?<!\w)(?:(?P<pre_next>{near[0]})\s+|(?P<pre_last>{near[1]})\s+)?(?P<wd>{weekday})"
            rf"(?:\s+(?P<post_next>{near[0]})|\s+(?P<post_last>{near[1]}))?(?!\w)",
            flags,
        ),
        lambda m, ctx: _weekday(m, ctx, lex, lang),
    )
    relative = Rule(
        "relative word",
        re.compile(rf"(?<!\w)(?P<rel>{_alt(lex.relative)})(?!\w)", flags),
        lambda m, ctx: _relative(m, ctx, lex),
    )
    count = rf"(?P<n>\d{{1,3}}|{_alt(_numbers(lang) or ['x'])})"
    unit = rf"(?P<unit>{_alt(lex.units)})"
    rules = [day_month, month_year, weekday_rule, relative, rules_absolute.ISO, rules_absolute.YEAR]
    if lex.ago:
        ago = _alt(lex.ago)
        rules.append(Rule(
            "ago",
            re.compile(rf"(?<!\w)(?:{ago}\s+{count}\s+{unit}|{count.replace('?P<n>', '?P<n2>')}\s+"
                       rf"{unit.replace('?P<unit>', '?P<unit2>')}\s+{ago})(?!\w)", flags),
            lambda m, ctx: _ago(m, ctx, lex, lang),
        ))  # fmt: skip
    return tuple(rules)


def _day_month(m: re.Match[str], ctx: Context, lex: _Lexicon) -> TimexReading | None:
    month = lex.months[" ".join(m["month"].lower().split())]
    dnum = int(m["day"])
    if m["year"]:
        year, how = int(m["year"]), "a full calendar date"
    elif ctx.anchor is None:
        return TimexReading(
            "DATE", f"XXXX-{month:02d}-{dnum:02d}", None, None, "no year and no publication date"
        )
    else:
        picked, how = rules_absolute._pick_year(ctx, m, month, dnum)  # tense words are English: nearest
        assert picked is not None
        year = picked
    if dnum > days_in_month(year, month):
        return None
    date = FuzzyDate(year, month, dnum)
    return TimexReading("DATE", date.timex(), date, None, how)


def _month_year(m: re.Match[str], lex: _Lexicon) -> TimexReading | None:
    date = FuzzyDate(int(m["year"]), lex.months[m["month"].lower()], precision=Precision.MONTH)
    return TimexReading("DATE", date.timex(), date, None, "a month and year")


def _weekday(m: re.Match[str], ctx: Context, lex: _Lexicon, lang: str) -> TimexReading | None:
    wd = lex.weekdays[m["wd"].lower()]
    if ctx.anchor is None:
        return TimexReading("DATE", f"XXXX-WXX-{wd + 1}", None, None, "a weekday with no publication date")
    here, name = day_number(ctx.anchor), WEEKDAY_NAMES[wd]
    if m["pre_next"] or m["post_next"]:
        date, how = (
            day(weekday_near(here, wd, "after")),
            f"the first {name} after {ctx.anchor_label} ('next')",
        )
    elif m["pre_last"] or m["post_last"]:
        date, how = (
            day(weekday_near(here, wd, "before")),
            f"the last {name} before {ctx.anchor_label} ('last')",
        )
    elif _future_clause(ctx.text, m.start(), lang):
        date = day(weekday_near(here, wd, "future"))
        how = f"the next {name} on or after {ctx.anchor_label} (future tense)"
    else:
        date = day(weekday_near(here, wd, "past"))
        how = f"the last {name} on or before {ctx.anchor_label} (no future tense)"
    return TimexReading("DATE", date.timex(), date, None, how)


def _future_clause(text: str, start: int, lang: str) -> bool:
    """A future-tense marker earlier in the sentence ("se rendra", "wird", "va a", "будет")."""
    marker = _FUTURE_MARKERS.get(lang)
    if marker is None:
        return False
    left, _ = sentence_bounds(text, start, start)
    return marker.search(text, left, start) is not None


def _relative(m: re.Match[str], ctx: Context, lex: _Lexicon) -> TimexReading | None:
    n, unit = lex.relative[" ".join(m["rel"].lower().split())]
    if unit == "second":
        return TimexReading("DATE", "PRESENT_REF", None, None, "the present", anchors=False)
    if ctx.anchor is None:
        return TimexReading("DATE", "XXXX-XX-XX", None, None, "no publication date")
    value, date = relative_period(ctx.anchor, unit, n)
    return TimexReading("DATE", value, date, None, f"{abs(n)} {unit}(s) {'before' if n < 0 else 'after'} "
                   f"{ctx.anchor_label}" if n else f"the {unit} of {ctx.anchor_label}")  # fmt: skip


def _ago(m: re.Match[str], ctx: Context, lex: _Lexicon, lang: str) -> TimexReading | None:
    n = _count(m["n"] or m["n2"], lang)
    unit = lex.units[(m["unit"] or m["unit2"]).lower()]
    if n is None or ctx.anchor is None:
        return TimexReading("DATE", "PAST_REF", None, None, "some time before the present")
    if unit == "day" or unit == "week":
        date = day(day_number(ctx.anchor) - n * (7 if unit == "week" else 1))
    else:
        _value, date = relative_period(ctx.anchor, unit, -n)
    return TimexReading("DATE", date.timex(), date, None, f"{n} {unit}(s) before {ctx.anchor_label}")


def tag_foreign(text: str, anchor: FuzzyDate | None, lang: str, date_order: str) -> list[TimeExpression]:
    """:func:`~timeline_app.core.temporal.tag` for a non-English text (English falls back to the
    full grammar). All-numeric dates are read day first, as in the languages served here."""
    from timeline_app.core.temporal.tagger import choose, find_candidates, resolve_all, tag_english

    if lang not in SUPPORTED or lang == "en":
        return tag_english(text, anchor, date_order)
    rules = (*_rules(lang), rules_absolute.NUMERIC)
    ctx = Context(text, anchor, "DMY" if date_order.upper() == "MDY" else date_order)
    chosen = choose(find_candidates(text, rules), len(text))
    return resolve_all(text, chosen, rules, ctx)
