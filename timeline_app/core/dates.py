"""Fuzzy dates: calendar dates that keep their precision, BCE included.

``datetime`` stops at year 1 and knows nothing of "November 2025" or "the 1990s",
so dates are kept here as fields plus a precision. Years are astronomical, as in
ISO 8601: year 0 is 1 BC and year -43 is 44 BC (text form "-0043"). The calendar
is the proleptic Gregorian one throughout.

Positions are float days since 1970-01-01 (negative before), which is what the
layout maps to pixels.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import total_ordering
from typing import Any

import numpy as np


class Precision(StrEnum):
    """How much of a date is known, finest first."""

    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    MILLENNIUM = "millennium"

    @property
    def rank(self) -> int:
        """0 for minute, growing with the period's length."""
        return _RANK[self]

    def is_finer_than(self, other: Precision) -> bool:
        return self.rank < other.rank


_RANK = {p: i for i, p in enumerate(Precision)}
_ISO_CUT = {Precision.DECADE: 1, Precision.CENTURY: 2, Precision.MILLENNIUM: 3}  # digits an ISO year drops

SEASONS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
"""TIMEX3 season codes and the month each season starts in (northern hemisphere)."""
_SEASON_OF_MONTH = {v: k for k, v in SEASONS.items()}
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip
MONTH_ABBR = tuple(m[:3] for m in MONTH_NAMES)

MINUTES_PER_DAY = 1440


def is_leap(year: int) -> bool:
    """Leap year in the proleptic Gregorian calendar (astronomical year numbers)."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def days_from_civil(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 of a proleptic Gregorian date; any year, BCE included.

    Howard Hinnant's algorithm; Python's floor division makes it exact for
    negative years too.
    """
    y = year - (month <= 2)
    era = y // 400
    yoe = y - era * 400
    mp = (month + 9) % 12
    doy = (153 * mp + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def civil_from_days(days: int) -> tuple[int, int, int]:
    """Inverse of :func:`days_from_civil`."""
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (month <= 2), month, day


def weekday_of(days: int) -> int:
    """Weekday of a day number, Monday = 0 (1970-01-01 was a Thursday)."""
    return (days + 3) % 7


def _iso_week_start(iso_year: int, week: int) -> int:
    """Day number of the Monday of ISO week ``week`` of ``iso_year``."""
    jan4 = days_from_civil(iso_year, 1, 4)
    return jan4 - weekday_of(jan4) + 7 * (week - 1)


def iso_week_of(days: int) -> tuple[int, int]:
    """(ISO week-numbering year, week number) of a day number."""
    thursday = days - weekday_of(days) + 3
    year = civil_from_days(thursday)[0]
    return year, (thursday - days_from_civil(year, 1, 1)) // 7 + 1


MAX_YEAR = 999_999
"""The furthest year a :class:`FuzzyDate` holds, either way."""


def clamp_days(days: float) -> float:
    """``days`` moved inside the years -999,999 to 999,999 (a page or axis edge may fall past them)."""
    first = days_from_civil(-MAX_YEAR, 1, 1)
    last = days_from_civil(MAX_YEAR, 12, 31) + 0.5  # noon of the last day: no rounding into the next
    return min(max(days, first), last)


OUTLIER_GAP = 10.0
"""Days are left out of a fit only when framing them all would take this many times the span
that frames the others."""


def dense_run(days: Sequence[float] | np.ndarray, share: float, gap: float = OUTLIER_GAP) -> tuple[int, int]:
    """(first, end) indices of the stretch of sorted ``days`` a view should frame.

    A news collection names background days (a war of 1914, a founding in 1300, a plan for
    2050): framing them would squeeze the story into a few pixels. The stretch is the
    shortest run of consecutive days holding ``share`` of them, widened by its own length on
    each side; the days outside are left out only if framing every day would take ``gap``
    times as long as that run, and never with fewer than 5 days. Otherwise the whole range
    (0, len(days)) is framed.
    """
    n = len(days)
    keep = max(1, math.ceil(share * n))
    if n < 5 or keep >= n:
        return 0, n
    at = np.asarray(days, dtype=np.float64)
    start = int(np.argmin(at[keep - 1 :] - at[: n - keep + 1]))  # the first of the shortest
    part = max(1.0, float(at[start + keep - 1] - at[start]))
    if float(at[-1] - at[0]) < gap * part:
        return 0, n
    # The days near that stretch (within its own length of it) belong to the story too.
    lo, hi = at[start] - part, at[start + keep - 1] + part
    return int(np.searchsorted(at, lo, side="left")), int(np.searchsorted(at, hi, side="right"))


def format_year(year: int) -> str:
    """ISO 8601 year: four digits, expanded with a sign outside 0000..9999."""
    if 0 <= year <= 9999:
        return f"{year:04d}"
    return f"{'-' if year < 0 else '+'}{abs(year):04d}"


def year_label(year: int) -> str:
    """A year as people write it: 2025, 44 BC (astronomical year -43)."""
    return f"{1 - year} BC" if year <= 0 else str(year)


_YEAR = r"(?P<year>[+-]?\d{4,})"
_ISO_FORMS = [
    (
        re.compile(
            _YEAR + r"-(?P<month>\d\d)-(?P<day>\d\d)"
            r"(?:T(?P<hour>\d\d)(?::(?P<minute>\d\d))?(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?$"
        ),
        "calendar",
    ),
    (re.compile(_YEAR + r"-W(?P<week>\d\d)$"), "week"),
    (re.compile(_YEAR + r"-Q(?P<quarter>[1-4])$"), "quarter"),
    (re.compile(_YEAR + r"-(?P<season>SP|SU|FA|WI)$"), "season"),
    (re.compile(_YEAR + r"-(?P<month>\d\d)$"), "month"),
    (re.compile(_YEAR + r"$"), "year"),
    (re.compile(r"(?P<decade>[+-]?\d{3,})X$|(?P<decade3>[+-]?\d{3})$"), "decade"),
    (re.compile(r"(?P<century>[+-]?\d{2,})XX$|(?P<century2>[+-]?\d{2})$"), "century"),
    (re.compile(r"(?P<millennium>[+-]?\d+)XXX$|(?P<millennium1>[+-]?\d)$"), "millennium"),
]


# The fields each precision must have (the others must be None).
_NEEDS: dict[Precision, tuple[str, ...]] = {
    Precision.MINUTE: ("month", "day", "hour", "minute"),
    Precision.HOUR: ("month", "day", "hour"),
    Precision.DAY: ("month", "day"),
    Precision.WEEK: ("month", "day"),
    Precision.MONTH: ("month",),
    Precision.QUARTER: ("month",),
    Precision.SEASON: ("month",),
}


@total_ordering
@dataclass(frozen=True, slots=True, eq=True)
class FuzzyDate:
    """A date known to some precision, optionally approximate, optionally a range.

    The fields below the precision are ``None``; a quarter, season or decade keeps
    the first month or year of its period (``month=10`` for Q4, ``year=1990`` for
    the 1990s), and a week keeps the date of its Monday. ``end``, when set, is the
    last period of a range ("2014 to 2016" is 2014 with end 2016).

    Raises:
        ValueError: for impossible dates (30 February, month 13, hour 24) or fields
            that do not fit the precision.
    """

    year: int
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    precision: Precision = Precision.DAY
    approximate: bool = False
    end: FuzzyDate | None = None

    def __post_init__(self) -> None:
        p = self.precision
        if type(p) is not Precision:  # Enum lookup is slow; most dates arrive with a Precision already
            p = Precision(p)
            object.__setattr__(self, "precision", p)
        # The common dates pass in a few comparisons (a big project makes tens of thousands);
        # anything else, valid or not, goes through every check below, which words the error.
        year, month, day, hour, minute = self.year, self.month, self.day, self.hour, self.minute
        if self.end is None and type(year) is int and -999_999 <= year <= 999_999:
            if p is Precision.DAY or p is Precision.MINUTE:
                if (
                    type(month) is int
                    and type(day) is int
                    and 1 <= month <= 12
                    and day >= 1
                    and (day <= 28 or day <= days_in_month(year, month))
                ):
                    if p is Precision.DAY:
                        if hour is None and minute is None:
                            return
                    elif type(hour) is int and type(minute) is int and 0 <= hour <= 23 and 0 <= minute <= 59:
                        return
            elif p is Precision.YEAR and month is None and day is None and hour is None and minute is None:
                return
        if not isinstance(self.year, int) or isinstance(self.year, bool):
            raise ValueError(f"year must be a whole number, not {self.year!r}")
        if abs(self.year) > 999_999:
            raise ValueError(f"year {self.year} is out of range (at most 999999 either way)")
        needs = _NEEDS.get(p, ())
        for name in needs:
            if getattr(self, name) is None:
                raise ValueError(f"a {p.value}-precision date needs a {name}")
        for name in ("month", "day", "hour", "minute"):
            if name not in needs and getattr(self, name) is not None:
                raise ValueError(f"a {p.value}-precision date has no {name}")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} does not exist (1 to 12)")
        if self.day is not None:
            assert self.month is not None
            limit = days_in_month(self.year, self.month)
            if not 1 <= self.day <= limit:
                raise ValueError(
                    f"{MONTH_NAMES[self.month - 1]} {year_label(self.year)} has no day {self.day}"
                    f" (it has {limit} days)"
                )
        if self.hour is not None and not 0 <= self.hour <= 23:
            raise ValueError(f"hour {self.hour} does not exist (0 to 23)")
        if self.minute is not None and not 0 <= self.minute <= 59:
            raise ValueError(f"minute {self.minute} does not exist (0 to 59)")
        if p is Precision.QUARTER and self.month not in (1, 4, 7, 10):
            raise ValueError("a quarter starts in January, April, July or October")
        if p is Precision.SEASON and self.month not in _SEASON_OF_MONTH:
            raise ValueError("a season starts in March, June, September or December")
        if p is Precision.WEEK:
            assert self.month is not None and self.day is not None
            if weekday_of(days_from_civil(self.year, self.month, self.day)) != 0:
                raise ValueError("a week-precision date is kept as the Monday of its week")
        if p is Precision.DECADE and self.year % 10:
            raise ValueError("a decade starts in a year ending in 0")
        if p is Precision.CENTURY and self.year % 100:
            raise ValueError("a century is kept as its year ending in 00 (19XX is 1900)")
        if p is Precision.MILLENNIUM and self.year % 1000:
            raise ValueError("a millennium is kept as its year ending in 000")
        if self.end is not None:
            if self.end.end is not None:
                raise ValueError("the end of a range cannot itself be a range")
            if self.end.end_days < self.start_days:
                raise ValueError(f"a range cannot end ({self.end.iso()}) before it starts ({self.iso()})")

    # -- construction -------------------------------------------------------

    @classmethod
    def from_date(cls, value: _dt.date | _dt.datetime, precision: Precision | None = None) -> FuzzyDate:
        """A ``date`` (day precision) or ``datetime`` (minute precision)."""
        if isinstance(value, _dt.datetime):
            fd = cls(value.year, value.month, value.day, value.hour, value.minute, Precision.MINUTE)
        else:
            fd = cls(value.year, value.month, value.day, precision=Precision.DAY)
        return fd.truncate(precision) if precision else fd

    @classmethod
    def from_days(cls, days: float, precision: Precision = Precision.DAY) -> FuzzyDate:
        """The date at a position in days, truncated to ``precision``."""
        whole = int(days // 1)
        y, m, d = civil_from_days(whole)
        minutes = round((days - whole) * MINUTES_PER_DAY)
        if minutes >= MINUTES_PER_DAY:  # rounding reached the next day
            y, m, d = civil_from_days(whole + 1)
            minutes = 0
        full = cls(y, m, d, minutes // 60, minutes % 60, Precision.MINUTE)
        return full.truncate(precision)

    @classmethod
    def parse(cls, text: str, precision: Precision | str | None = None) -> FuzzyDate:
        """Read an ISO 8601 date truncated to its precision, or a TIMEX3 calendar value.

        Accepts "2025", "2025-11", "2025-11-30", "2025-11-30T14:00", "-0043",
        "2025-W48", "2025-Q4", "2025-SU", "199X" (or "199"), "19XX" (or "19").
        A range is written "START/END". ``precision`` may coarsen the result.

        Raises:
            ValueError: the text is not such a date, or names an impossible one.
        """
        text = text.strip()
        if "/" in text:
            first, _, last = text.partition("/")
            start = cls.parse(first, precision)
            return replace(start, end=cls.parse(last, precision))
        for pattern, form in _ISO_FORMS:
            m = pattern.match(text)
            if m:
                fd = cls._from_match(form, m)
                break
        else:
            raise ValueError(f"{text!r} is not a date (expected e.g. 2025, 2025-11 or 2025-11-30)")
        return fd.truncate(Precision(precision)) if precision else fd

    @classmethod
    def _from_match(cls, form: str, m: re.Match[str]) -> FuzzyDate:
        g = m.groupdict()
        if form == "decade":
            return cls(int(g["decade"] or g["decade3"]) * 10, precision=Precision.DECADE)
        if form == "century":
            return cls(int(g["century"] or g["century2"]) * 100, precision=Precision.CENTURY)
        if form == "millennium":
            return cls(int(g["millennium"] or g["millennium1"]) * 1000, precision=Precision.MILLENNIUM)
        year = int(g["year"])
        if form == "year":
            return cls(year, precision=Precision.YEAR)
        if form == "month":
            return cls(year, int(g["month"]), precision=Precision.MONTH)
        if form == "quarter":
            return cls(year, 3 * int(g["quarter"]) - 2, precision=Precision.QUARTER)
        if form == "season":
            return cls(year, SEASONS[g["season"]], precision=Precision.SEASON)
        if form == "week":
            week = int(g["week"])
            if not 1 <= week <= 53 or iso_week_of(_iso_week_start(year, week))[1] != week:
                raise ValueError(f"{year} has no ISO week {week}")
            y, mo, d = civil_from_days(_iso_week_start(year, week))
            return cls(y, mo, d, precision=Precision.WEEK)
        month, day = int(g["month"]), int(g["day"])
        if g["minute"] is not None:
            return cls(year, month, day, int(g["hour"]), int(g["minute"]), Precision.MINUTE)
        if g["hour"] is not None:
            return cls(year, month, day, int(g["hour"]), precision=Precision.HOUR)
        return cls(year, month, day, precision=Precision.DAY)

    def truncate(self, precision: Precision) -> FuzzyDate:
        """The same date at a coarser (or equal) precision; a finer one is refused."""
        precision = Precision(precision)
        if precision.rank < self.precision.rank:
            raise ValueError(f"cannot make a {self.precision.value} date more precise ({precision.value})")
        if precision is self.precision:
            return self
        end = self.end.truncate(precision) if self.end else None
        y, m, d = self.year, self.month, self.day
        if precision is Precision.HOUR:
            return FuzzyDate(y, m, d, self.hour, None, precision, self.approximate, end)
        if precision is Precision.DAY:
            return FuzzyDate(y, m, d, None, None, precision, self.approximate, end)
        if precision is Precision.WEEK:
            assert m is not None and d is not None
            start = days_from_civil(y, m, d)
            y, m, d = civil_from_days(start - weekday_of(start))
            return FuzzyDate(y, m, d, None, None, precision, self.approximate, end)
        if precision is Precision.MONTH:
            return FuzzyDate(y, m, None, None, None, precision, self.approximate, end)
        if precision is Precision.QUARTER:
            assert m is not None
            return FuzzyDate(y, (m - 1) // 3 * 3 + 1, None, None, None, precision, self.approximate, end)
        if precision is Precision.SEASON:
            assert m is not None
            if m <= 2:  # January and February belong to the winter that began in December
                y, m = y - 1, 12
            else:
                m = m // 3 * 3
            return FuzzyDate(y, m, None, None, None, precision, self.approximate, end)
        size = {Precision.YEAR: 1, Precision.DECADE: 10, Precision.CENTURY: 100, Precision.MILLENNIUM: 1000}
        return FuzzyDate(
            y // size[precision] * size[precision], precision=precision, approximate=self.approximate, end=end
        )

    # -- positions ------------------------------------------------------------

    @property
    def start_days(self) -> float:
        """Position of the start of the period, in days since 1970-01-01."""
        days = float(days_from_civil(self.year, self.month or 1, self.day or 1))
        if self.hour is not None:
            days += (self.hour * 60 + (self.minute or 0)) / MINUTES_PER_DAY
        return days

    @property
    def period_end_days(self) -> float:
        """Exclusive end of this date's own period (ignoring ``end``)."""
        p = self.precision
        y, m = self.year, self.month or 1
        if p is Precision.MINUTE:
            return self.start_days + 1 / MINUTES_PER_DAY
        if p is Precision.HOUR:
            return self.start_days + 1 / 24
        if p is Precision.DAY:
            return self.start_days + 1
        if p is Precision.WEEK:
            return self.start_days + 7
        months = {Precision.MONTH: 1, Precision.QUARTER: 3, Precision.SEASON: 3}.get(p)
        if months:
            y, m = y + (m - 1 + months) // 12, (m - 1 + months) % 12 + 1
            return float(days_from_civil(y, m, 1))
        years = {Precision.YEAR: 1, Precision.DECADE: 10, Precision.CENTURY: 100, Precision.MILLENNIUM: 1000}[
            p
        ]
        return float(days_from_civil(y + years, 1, 1))

    @property
    def end_days(self) -> float:
        """Exclusive end of the whole date: of ``end`` for a range, else of the period."""
        return self.end.period_end_days if self.end is not None else self.period_end_days

    @property
    def position(self) -> float:
        """Where a point mark goes: the start of the period, in days."""
        return self.start_days

    @property
    def is_range(self) -> bool:
        return self.end is not None

    @property
    def is_point(self) -> bool:
        """Drawn as a point: a single day or finer, not approximate, not a range."""
        return self.end is None and not self.approximate and self.precision.rank <= Precision.DAY.rank

    def weekday(self) -> int | None:
        """Monday = 0, for dates of day precision or finer."""
        if self.day is None or self.month is None:
            return None
        return weekday_of(days_from_civil(self.year, self.month, self.day))

    def to_date(self) -> _dt.date:
        """The first day of the period as a ``datetime.date`` (years 1 to 9999 only)."""
        if not 1 <= self.year <= 9999:
            raise ValueError(f"{year_label(self.year)} cannot be a datetime.date")
        return _dt.date(self.year, self.month or 1, self.day or 1)

    # -- text forms -----------------------------------------------------------

    def _iso_single(self) -> str:
        p = self.precision
        cut = _ISO_CUT.get(p)
        if cut:
            # ISO 8601 reduced precision ("199" is the 1990s); an expanded year keeps
            # its X's so that "-1000X" (decade) cannot be read as the year -1000.
            truncated = format_year(self.year)[:-cut]
            return truncated + "X" * cut if abs(self.year) > 9999 else truncated
        y = format_year(self.year)
        if p is Precision.YEAR:
            return y
        if p is Precision.QUARTER:
            return f"{y}-Q{(self.month or 1) // 3 + 1}"
        if p is Precision.SEASON:
            return f"{y}-{_SEASON_OF_MONTH[self.month or 3]}"
        if p is Precision.MONTH:
            return f"{y}-{self.month:02d}"
        if p is Precision.WEEK:
            wy, w = iso_week_of(int(self.start_days))
            return f"{format_year(wy)}-W{w:02d}"
        day = f"{y}-{self.month:02d}-{self.day:02d}"
        if p is Precision.DAY:
            return day
        if p is Precision.HOUR:
            return f"{day}T{self.hour:02d}"
        return f"{day}T{self.hour:02d}:{self.minute:02d}"

    def iso(self) -> str:
        """ISO 8601 truncated to the precision; a range as "START/END"."""
        text = self._iso_single()
        return f"{text}/{self.end._iso_single()}" if self.end else text

    def timex(self) -> str:
        """TIMEX3 value: like :meth:`iso`, with "199X"/"19XX" for decades/centuries."""
        p = self.precision
        cut = {Precision.DECADE: 1, Precision.CENTURY: 2, Precision.MILLENNIUM: 3}.get(p)
        if cut:
            text = self._iso_single()
            return text if text.endswith("X") else text + "X" * cut
        if p is Precision.HOUR:
            return self._iso_single() + ":00"
        return self._iso_single()

    def label(self) -> str:
        """A short human label: "2 Dec 2025", "Dec 2025", "1990s", "44 BC", "c. 2025"."""
        text = self._label_single()
        if self.end is not None:
            text = f"{text} – {self.end._label_single()}"
        return f"c. {text}" if self.approximate else text

    def _label_single(self) -> str:
        p, y = self.precision, year_label(self.year)
        m = self.month or 1
        if p is Precision.MILLENNIUM:
            return f"{self.year}s" if self.year > 0 else f"{y} (millennium)"
        if p is Precision.CENTURY:
            if self.year < 0:
                return f"{y} (century)"
            n = self.year // 100 + 1
            suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            return f"{n}{suffix} century"
        if p is Precision.DECADE:
            return f"{self.year}s" if self.year > 0 else f"{y} (decade)"
        if p is Precision.YEAR:
            return y
        if p is Precision.QUARTER:
            return f"Q{(m - 1) // 3 + 1} {y}"
        if p is Precision.SEASON:
            return f"{SEASON_NAMES[_SEASON_OF_MONTH[m]]} {y}"
        if p is Precision.MONTH:
            return f"{MONTH_ABBR[m - 1]} {y}"
        if p is Precision.WEEK:
            wy, w = iso_week_of(int(self.start_days))
            return f"week {w}, {year_label(wy)}"
        day = f"{self.day} {MONTH_ABBR[m - 1]} {y}"
        if p is Precision.DAY:
            return day
        return f"{day} {self.hour:02d}:{(self.minute or 0):02d}"

    def __str__(self) -> str:
        return self.iso()

    # -- JSON -----------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        """The project file's ``when`` object (without ``expression``)."""
        return {
            "start": self._iso_single(),
            "end": self.end._iso_single() if self.end else None,
            "precision": self.precision.value,
            "approximate": self.approximate,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FuzzyDate:
        """Inverse of :meth:`to_json`.

        Raises:
            ValueError: a missing start, an unknown precision or an impossible date.
        """
        if not isinstance(data, dict) or not isinstance(data.get("start"), str):
            raise ValueError("a date needs a text 'start'")
        precision = data.get("precision")
        try:
            prec = Precision(precision) if precision else None
        except ValueError:
            raise ValueError(f"unknown precision {precision!r}") from None
        start = cls.parse(data["start"], prec)
        end = data.get("end")
        if end is not None:
            if not isinstance(end, str):
                raise ValueError("a date's 'end' must be text or null")
            start = replace(start, end=cls.parse(end, prec))
        if data.get("approximate"):
            start = replace(start, approximate=True)
        return start

    # -- order ----------------------------------------------------------------

    def sort_key(self) -> tuple[float, float, int, bool, int]:
        # Saving a big project computes this for each of its tens of thousands of dates:
        # a single day or minute takes its end from its start, as period_end_days would.
        p = self.precision
        start = self.start_days
        if self.end is None:
            if p is Precision.DAY:
                end = start + 1
            elif p is Precision.MINUTE:
                end = start + 1 / MINUTES_PER_DAY
            else:
                end = self.period_end_days
            return (start, end, _RANK[p], self.approximate, -1)
        return (start, self.end.period_end_days, _RANK[p], self.approximate, _RANK[self.end.precision])

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, FuzzyDate):
            return NotImplemented
        return self.sort_key() < other.sort_key()


def as_fuzzy(value: _dt.date | FuzzyDate | str | None) -> FuzzyDate | None:
    """Accept the forms public functions take for an anchor or publication date."""
    if value is None or isinstance(value, FuzzyDate):
        return value
    if isinstance(value, str):
        return FuzzyDate.parse(value)
    return FuzzyDate.from_date(value)
