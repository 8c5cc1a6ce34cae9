"""Dates a person types into a field: "next Tuesday", "3 décembre 2025", "Q3 2024", "44 BC".

One reader for the Inspector's date fields and the filter bar's from/to. In order:

1. ``1/12/2025`` in the user's date order (day first or month first);
2. a year before Christ ("44 BC", "March 44 BCE", "15 March 44 BC"): dateparser and
   Python's datetime stop at year 1, so this is read here;
3. the ISO and TIMEX3 forms :meth:`FuzzyDate.parse` reads ("2025-11", "2025-Q4", "199X");
4. the app's own temporal tagger, when one time expression is the whole text: it keeps the
   precision the words give ("early December 2025" is December, "Q3 2024" a quarter) and
   resolves "next Tuesday" against the article's publication date, in the article's language;
5. dateparser for everything else it knows (other languages and formats), at the precision
   it says it read (a month, a year or a day).
"""

from __future__ import annotations

import datetime as _dt
import re

from timeline_app.core.dates import FuzzyDate, Precision

_NUMERIC = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](-?\d{1,6})\s*$")
_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
            ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
            ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ),
        start=1,
    )
    for m in names
}  # fmt: skip
_BC = re.compile(
    r"^\s*(?:(?P<day>\d{1,2})\s+)?(?:(?P<month>[A-Za-z]{3,9})\.?\s+)?(?P<year>\d{1,6})\s*"
    r"(?:BC|BCE|B\.C\.|B\.C\.E\.)\s*$",
    re.IGNORECASE,
)
_ISO_SHAPED = re.compile(r"^-?\d{3,6}(?:-\d{1,2}){1,2}(?:T[\d:]+)?$")
_PERIODS = {"day": Precision.DAY, "week": Precision.WEEK, "month": Precision.MONTH, "year": Precision.YEAR}


def parse_typed_date(
    text: str, anchor: FuzzyDate | None = None, language: str = "", date_order: str = "DMY"
) -> FuzzyDate:
    """The date ``text`` names. ``anchor`` (a publication date) resolves "next Tuesday";
    ``language`` ("fr", "de"...) is the article's; ``date_order`` reads 1/12/2025.

    Raises:
        ValueError: with a message fit to show beside the field.
    """
    text = " ".join(text.split())
    if not text:
        raise ValueError("no date given")
    m = _NUMERIC.match(text)
    if m:
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        day, month = (a, b) if date_order == "DMY" else (b, a)
        return FuzzyDate(year, month, day)
    m = _BC.match(text)
    if m:
        return _before_christ(m)
    try:
        return FuzzyDate.parse(text)
    except ValueError:
        if _ISO_SHAPED.match(text):
            raise  # "2025-02-30", "2025-13": the error says what is wrong with it
    found = _tagged(text, anchor, language) or _dateparser(text, anchor, language)
    if found is None:
        raise ValueError(f"{text!r} is not a date (e.g. 2025-11-30, 3 December 2025, next Tuesday, Q3 2024)")
    return found


def _before_christ(m: re.Match[str]) -> FuzzyDate:
    year = 1 - int(m["year"])  # 1 BC is year 0, 44 BC is -43 (astronomical numbering)
    if m["month"] is None:
        if m["day"]:
            raise ValueError("a day needs a month")
        return FuzzyDate(year, precision=Precision.YEAR)
    month = _MONTHS.get(m["month"].lower())
    if month is None:
        raise ValueError(f"{m['month']!r} is not a month")
    if m["day"]:
        return FuzzyDate(year, month, int(m["day"]))
    return FuzzyDate(year, month, precision=Precision.MONTH)


def _tagged(text: str, anchor: FuzzyDate | None, language: str) -> FuzzyDate | None:
    """The date of the one time expression that is the whole text (bar "on", "in", punctuation)."""
    from timeline_app.core.temporal import tag

    found = [e for e in tag(text, anchor, language=language or None) if e.date is not None]
    if len(found) != 1:
        return None
    rest = (text[: found[0].start] + text[found[0].end :]).strip(" .,;:")
    if rest.lower() not in ("", "on", "in", "at", "by", "the", "le", "am", "el", "en", "im"):
        return None
    return found[0].date


def _dateparser(text: str, anchor: FuzzyDate | None, language: str) -> FuzzyDate | None:
    from dateparser.date import DateDataParser

    settings: dict[str, object] = {"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"}
    if anchor is not None and anchor.year >= 1 and anchor.month:
        settings["RELATIVE_BASE"] = _dt.datetime(anchor.year, anchor.month, anchor.day or 1)
    languages = [language] if language else None
    try:
        data = DateDataParser(languages=languages, settings=settings).get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input; the caller says "not a date"
        return None
    if data.date_obj is None:
        return None
    when = data.date_obj
    precision = _PERIODS.get(data.period or "day", Precision.DAY)
    return FuzzyDate(when.year, when.month, when.day).truncate(precision)
