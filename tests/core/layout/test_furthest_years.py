"""The furthest years a date can hold (+-999,999) on the axis and under a drag (issue 15.8)."""

from __future__ import annotations

import pytest

from timeline_app.core.dates import FuzzyDate, Precision, clamp_days, days_from_civil
from timeline_app.core.layout.scale import TimeScale
from timeline_app.core.layout.snap import snap_date
from timeline_app.core.layout.ticks import choose_ticks


def test_a_view_of_every_year_has_ticks_across_it() -> None:
    first = days_from_civil(-999_999, 1, 1)
    last = days_from_civil(999_999, 12, 31)
    scale = TimeScale.fit(first, last, 1200.0, 0.0, margin=0.0)
    assert scale.start <= first + 1 and scale.end >= last - 1
    ticks = choose_ticks(scale, lambda text: 7.0 * len(text))
    years = [int(t.label.removesuffix(" BC").removeprefix("AD ")) for t in ticks.minor]
    assert len(years) >= 4 and max(years) >= 500_000


@pytest.mark.parametrize("year, delta", [(999_999, 1000.0), (-999_999, -1000.0)])
def test_a_drag_past_the_furthest_year_stops_there(year: int, delta: float) -> None:
    when = FuzzyDate(year, precision=Precision.YEAR)
    assert snap_date(when, delta * 365.25).year == year
    day = FuzzyDate(year, 12 if year > 0 else 1, 31 if year > 0 else 1)
    assert snap_date(day, delta).year == year


def test_clamp_days_gives_a_day_a_date_can_hold() -> None:
    for days in (-1e12, days_from_civil(1_000_000, 1, 1) - 1e-6, 1e12):
        FuzzyDate.from_days(clamp_days(days))  # raises past the furthest years
    assert clamp_days(12.5) == 12.5
