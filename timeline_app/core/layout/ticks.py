"""Ticks for the time axis: minor and major units from minutes to millennia.

As in pyqtgraph's DateAxisItem, the unit is chosen from the zoom (days per pixel) and
the *measured* width of the labels it would need, not from fixed pixel thresholds, so
labels never collide whatever the font or zoom. Text is measured by a function passed
in (``text_width``), which keeps this module free of Qt: the painter passes its font
metrics, tests pass a fixed-width stand-in.

Two levels: minor ticks carry short labels ("14", "Mar", "1995") and major ticks
carry the context ("March 2025", "2025", "1990s"); the first visible major period
also gets a "sticky" label at the left edge, pushed aside by the next one.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from timeline_app.core.dates import MONTH_ABBR, MONTH_NAMES, civil_from_days, days_from_civil, year_label
from timeline_app.core.layout.scale import TimeScale

TextWidth = Callable[[str], float]
LABEL_PAD = 4.0
"""Pixels between a tick line and its label."""
LABEL_GAP = 10.0
"""Least free space between two labels of one row."""
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class Tick:
    days: float
    x: float
    label: str
    label_x: float
    label_width: float
    sticky: bool = False


@dataclass(frozen=True, slots=True)
class Ticks:
    """What the axis draws: ``minor`` and ``major`` ticks with placed labels."""

    minor: tuple[Tick, ...]
    major: tuple[Tick, ...]
    minor_unit: str
    major_unit: str


@dataclass(frozen=True, slots=True)
class _Unit:
    name: str  # "minute", "hour", "day", "week", "halfmonth", "month", "year"
    step: int
    min_days: float  # shortest interval between two ticks of this unit


_UNITS: tuple[_Unit, ...] = (
    *(_Unit("minute", s, s / 1440) for s in (1, 5, 10, 15, 30)),
    *(_Unit("hour", s, s / 24) for s in (1, 2, 3, 6, 12)),
    _Unit("day", 1, 1.0),
    _Unit("week", 1, 7.0),
    _Unit("halfmonth", 1, 13.0),
    *(_Unit("month", s, 28.0 * s - (s > 1) * 2) for s in (1, 3, 6)),
    *(
        _Unit("year", s, 365.0 * s)
        for s in (
            1,
            2,
            5,
            10,
            20,
            50,
            100,
            200,
            500,
            1000,
            2000,
            5000,
            10**4,
            2 * 10**4,
            5 * 10**4,
            10**5,
            2 * 10**5,
            5 * 10**5,
            10**6,
        )
    ),
)


def _major_of(unit: _Unit) -> _Unit:
    if unit.name in ("minute", "hour"):
        return _Unit("day", 1, 1.0)
    if unit.name in ("day", "week", "halfmonth"):
        return _Unit("month", 1, 28.0)
    if unit.name == "month":
        return _Unit("year", 1, 365.0)
    step = next((m for m in (10, 100, 1000, 10**4, 10**5) if unit.step < m), 10**6)
    return _Unit("year", step, 365.0 * step)


def _tick_times(unit: _Unit, first: float, last: float) -> Iterator[float]:
    """Times of the ticks of ``unit`` from the first at or after ``first`` up to ``last``."""
    if unit.name in ("minute", "hour", "day", "week"):
        size = unit.min_days
        offset = 4.0 if unit.name == "week" else 0.0  # day 4 (1970-01-05) was a Monday
        k = math.ceil((first - offset) / size)
        while True:  # k * size, not a running sum: no drift, and never before ``first``
            t = k * size + offset
            k += 1
            if t < first:
                continue
            if t > last:
                return
            yield t
    y, m, _ = civil_from_days(math.floor(first))
    if unit.name == "year":
        y = y // unit.step * unit.step
        while True:
            t = float(days_from_civil(_era_year(y, unit.step), 1, 1))
            if t > last:
                return
            if t >= first:
                yield t
            y += unit.step
    m = (m - 1) // unit.step * unit.step + 1 if unit.name == "month" else m
    while True:
        days_in = (1, 16) if unit.name == "halfmonth" else (1,)
        for d in days_in:
            t = float(days_from_civil(y, m, d))
            if t > last:
                return
            if t >= first:
                yield t
        step = 1 if unit.name == "halfmonth" else unit.step
        y, m = y + (m - 1 + step) // 12, (m - 1 + step) % 12 + 1


_AD_1 = float(days_from_civil(1, 1, 1))


def _shortest_interval(unit: _Unit, scale: TimeScale) -> float:
    """Days between the two closest ticks of ``unit`` in the view: a year tick on AD 1 (see
    :func:`_era_year`) stands a year closer to the tick after it than ``step`` years."""
    if unit.name == "year" and unit.step > 1 and scale.start - unit.min_days <= _AD_1 <= scale.end:
        return unit.min_days * (unit.step - 1) / unit.step
    return unit.min_days


def _era_year(y: int, step: int) -> int:
    """The year a tick of ``step`` years stands on for the multiple ``y`` of ``step``: itself
    after Christ, a round year before Christ ("100 BC" is astronomical -99, not -100 = "101
    BC"), and AD 1 in place of year 0, which no calendar has."""
    if step == 1 or y > 0:
        return y
    return y + 1


def _minor_label(unit: _Unit, t: float) -> str:
    minutes = round(t * 1440)  # whole minutes since the epoch: immune to float noise
    y, m, d = civil_from_days(minutes // 1440)
    if unit.name in ("minute", "hour"):
        minutes %= 1440
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
    if unit.name in ("day", "week", "halfmonth"):
        return str(d)
    if unit.name == "month":
        return MONTH_ABBR[m - 1]
    return _year_tick_label(unit, y)


def _year_tick_label(unit: _Unit, y: int) -> str:
    """A year tick's label; the era is named at its boundary ("AD 1") when ticks span it."""
    return "AD 1" if y == 1 and unit.step > 1 else year_label(y)


def _major_labels(unit: _Unit, t: float) -> tuple[str, ...]:
    """Forms of a major label, longest first; the longest that fits is used."""
    day = round(t * 1440) // 1440
    y, m, d = civil_from_days(day)
    if unit.name == "day":
        wd = _WEEKDAYS[(day + 3) % 7]
        return (
            f"{wd} {d} {MONTH_NAMES[m - 1]} {year_label(y)}",
            f"{wd[:3]} {d} {MONTH_ABBR[m - 1]} {year_label(y)}",
            f"{d} {MONTH_ABBR[m - 1]}",
        )
    if unit.name == "month":
        yl = year_label(y)
        return (f"{MONTH_NAMES[m - 1]} {yl}", f"{MONTH_ABBR[m - 1]} {yl}", MONTH_ABBR[m - 1])
    if unit.step == 10 and y > 1:
        return (f"{y}s", year_label(y))
    return (_year_tick_label(unit, y),)


def _samples(unit: _Unit, scale: TimeScale) -> list[str]:
    """Labels whose widest one bounds every label this unit would draw in the view."""
    if unit.name in ("minute", "hour"):
        return ["00:00", "23:58"]
    if unit.name in ("day", "week", "halfmonth"):
        return ["28", "31"]
    if unit.name == "month":
        return list(MONTH_ABBR)
    ys = [civil_from_days(math.floor(t))[0] for t in (scale.start, scale.end)]
    return [year_label(y // unit.step * unit.step) for y in ys] + [year_label(ys[1] + unit.step), "AD 1"]


def choose_ticks(scale: TimeScale, text_width: TextWidth, min_px: float = 0.0) -> Ticks:
    """Ticks for the view of ``scale``, their labels measured with ``text_width``.

    ``min_px`` asks for at least that many pixels between minor ticks (a calmer axis).
    """
    chosen = _UNITS[-1]
    for unit in _UNITS:
        interval_px = _shortest_interval(unit, scale) / scale.days_per_px
        if interval_px < max(min_px, 12.0):
            continue
        widest = max(text_width(s) for s in _samples(unit, scale))
        if interval_px >= widest + LABEL_PAD + LABEL_GAP:
            chosen = unit
            break
    major = _major_of(chosen)
    first, last = scale.start, scale.end
    minor: list[Tick] = []
    for t in _tick_times(chosen, first, last):
        label = _minor_label(chosen, t)
        x = scale.x_of(t)
        minor.append(Tick(t, x, label, x + LABEL_PAD, text_width(label)))
    majors = _place_majors(major, scale, text_width)
    return Ticks(tuple(minor), majors, f"{chosen.name}:{chosen.step}", f"{major.name}:{major.step}")


def _place_majors(major: _Unit, scale: TimeScale, text_width: TextWidth) -> tuple[Tick, ...]:
    interval_px = major.min_days / scale.days_per_px
    times = list(_tick_times(major, scale.start, scale.end))
    # The period the view starts in: its label sticks to the left edge.
    before = list(_tick_times(major, scale.start - major.min_days - 31, scale.start))
    forms = [_major_labels(major, t) for t in times]
    n_forms = len(_major_labels(major, scale.start))
    form: int | None = None
    for i in range(n_forms):
        widest = max((text_width(f[i]) for f in forms), default=0.0)
        if widest + LABEL_PAD + LABEL_GAP <= interval_px:
            form = i
            break
    out: list[Tick] = []
    for t, f in zip(times, forms, strict=True):
        x = scale.x_of(t)
        if form is None:
            out.append(Tick(t, x, "", x + LABEL_PAD, 0.0))
        else:
            out.append(Tick(t, x, f[form], x + LABEL_PAD, text_width(f[form])))
    if before:
        t0 = before[-1]
        label = _major_labels(major, t0)[n_forms - 1 if form is None else form]
        w = text_width(label)
        lx = scale.x0 + LABEL_PAD
        nxt = next((tk for tk in out if tk.label), None)
        # Shown only when it fits whole before the next label: a cut label reads as a glitch.
        if nxt is None or lx + w + LABEL_GAP <= nxt.label_x:
            out.insert(0, Tick(t0, scale.x_of(t0), label, lx, w, sticky=True))
    return tuple(out)
