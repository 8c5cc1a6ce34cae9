"""Calendar arithmetic for resolving relative expressions, on FuzzyDate day numbers."""

from __future__ import annotations

from timeline_app.core.dates import (
    MONTH_NAMES,
    FuzzyDate,
    Precision,
    civil_from_days,
    days_from_civil,
    days_in_month,
    weekday_of,
)

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def day(days: int) -> FuzzyDate:
    y, m, d = civil_from_days(days)
    return FuzzyDate(y, m, d, precision=Precision.DAY)


def day_number(date: FuzzyDate) -> int:
    return days_from_civil(date.year, date.month or 1, date.day or 1)


def long_label(date: FuzzyDate) -> str:
    """ "2 December 2025", "Dec 2025", for explanations."""
    if date.precision is Precision.DAY and date.day is not None and date.month is not None:
        return f"{date.day} {MONTH_NAMES[date.month - 1]} {date.year}"
    return date.label()


def weekday_near(anchor: int, weekday: int, direction: str) -> int:
    """The day number of ``weekday`` relative to the day number ``anchor``.

    direction "past": on or before; "future": on or after; "before"/"after": strictly.
    """
    here = weekday_of(anchor)
    if direction == "past":
        return anchor - (here - weekday) % 7
    if direction == "future":
        return anchor + (weekday - here) % 7
    if direction == "before":
        return anchor - ((here - weekday - 1) % 7 + 1)
    return anchor + ((weekday - here - 1) % 7 + 1)


def month_near(anchor: FuzzyDate, month: int, direction: str | None) -> int:
    """The year of the named ``month`` seen from ``anchor``.

    "past": the latest such month on or before the anchor's; "future": the next on or
    after; "before"/"after": strictly; None: the anchor's own year.
    """
    am = anchor.month or 1
    y = anchor.year
    if direction == "past":
        return y if month <= am else y - 1
    if direction == "future":
        return y if month >= am else y + 1
    if direction == "before":
        return y if month < am else y - 1
    if direction == "after":
        return y if month > am else y + 1
    return y


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + n
    return total // 12, total % 12 + 1


def shift(date: FuzzyDate, unit: str, n: int) -> FuzzyDate:
    """``date`` moved by ``n`` units ("day", "week", "month", "quarter", "year", ...), keeping
    its precision; a day of month that does not exist is clipped (31 Jan + 1 month = 28 Feb)."""
    if unit in ("day", "night", "week", "fortnight", "weekend") and date.day is not None:
        step = {"day": 1, "night": 1, "week": 7, "weekend": 7, "fortnight": 14}[unit] * n
        moved = day(day_number(date) + step)
        return moved.truncate(date.precision) if date.precision is not Precision.DAY else moved
    months = {"month": 1, "quarter": 3, "season": 3, "year": 12, "decade": 120, "century": 1200}.get(unit)
    if months is None:
        return date
    if date.month is None:
        years = months // 12 * n
        return FuzzyDate(date.year + years, precision=date.precision)
    y, m = add_months(date.year, date.month, months * n)
    if date.day is None:
        return FuzzyDate(y, m, precision=date.precision)
    d = min(date.day, days_in_month(y, m))
    return FuzzyDate(y, m, d, precision=Precision.DAY).truncate(date.precision)


def period_of(date: FuzzyDate, unit: str) -> FuzzyDate:
    """The calendar period of kind ``unit`` containing ``date`` (its week, month, year...)."""
    precision = {
        "day": Precision.DAY, "week": Precision.WEEK, "weekend": Precision.WEEK, "month": Precision.MONTH,
        "quarter": Precision.QUARTER, "season": Precision.SEASON, "year": Precision.YEAR,
        "decade": Precision.DECADE, "century": Precision.CENTURY, "millennium": Precision.MILLENNIUM,
    }.get(unit, Precision.DAY)  # fmt: skip
    if precision.rank < date.precision.rank:
        return date
    return date.truncate(precision)
