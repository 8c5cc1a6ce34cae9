"""Moving a date by a drag: whole periods of its own precision, a range moved whole."""

from __future__ import annotations

from dataclasses import replace

from timeline_app.core.dates import FuzzyDate, clamp_days


def snap_date(when: FuzzyDate, delta_days: float) -> FuzzyDate:
    """``when`` moved by ``delta_days``, rounded to its own precision (a range moves whole).

    A drag past the furthest years a date can hold stops at them.
    """
    length = when.period_end_days - when.start_days
    start = FuzzyDate.from_days(clamp_days(when.start_days + delta_days + length / 2), when.precision)
    shift = start.start_days - when.start_days
    end = None
    if when.end is not None:
        e = when.end
        e_len = e.period_end_days - e.start_days
        end = FuzzyDate.from_days(clamp_days(e.start_days + shift + e_len / 2), e.precision)
    return replace(start, approximate=when.approximate, end=end)
