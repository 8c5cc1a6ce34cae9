"""Tick labels never overlap at any zoom, and their units follow the zoom."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline_app.core.dates import days_from_civil
from timeline_app.core.layout.scale import MAX_SPAN_DAYS, MIN_SPAN_DAYS, TimeScale
from timeline_app.core.layout.ticks import LABEL_GAP, Tick, choose_ticks

YEAR = 365.2425


def proportional(text: str) -> float:
    """A stand-in for font metrics: wide digits and capitals, narrow punctuation."""
    return sum(4.0 if c in " :.,-" else 9.0 if c.isupper() or c == "W" else 7.0 for c in text)


def assert_apart(ticks: tuple[Tick, ...]) -> None:
    labelled = sorted((t for t in ticks if t.label), key=lambda t: t.label_x)
    for a, b in itertools.pairwise(labelled):
        assert a.label_x + a.label_width + LABEL_GAP <= b.label_x + 1e-6, (a, b)


@settings(max_examples=300, deadline=None)
@example(-719162.0, 0.625, 1267.0, proportional)  # "AD 1" a year closer to the tick after it
@given(
    st.floats(min_value=-4000 * YEAR, max_value=4000 * YEAR),
    st.floats(min_value=0.0, max_value=1.0),
    st.floats(min_value=200, max_value=3000),
    st.sampled_from([proportional, lambda s: 6.0 * len(s), lambda s: 11.0 * len(s)]),
)
def test_labels_never_overlap(start: float, zoom: float, width: float, text_width) -> None:
    span = MIN_SPAN_DAYS * (MAX_SPAN_DAYS / MIN_SPAN_DAYS) ** zoom
    scale = TimeScale(start, span / width, width)
    ticks = choose_ticks(scale, text_width)
    assert_apart(ticks.minor)
    assert_apart(ticks.major)
    assert all(scale.start <= t.days <= scale.end for t in ticks.minor)
    assert len(ticks.minor) <= width / 10


def test_units_follow_the_zoom() -> None:
    day0 = float(days_from_civil(2025, 3, 1))
    cases = [(0.05, "minute"), (2, "hour"), (30, "day"), (3 * YEAR, "month"), (300 * YEAR, "year")]
    for span, unit in cases:
        ticks = choose_ticks(TimeScale.fit(day0, day0 + span, 1600), proportional)
        assert ticks.minor_unit.startswith(unit), (span, ticks.minor_unit)


def test_two_levels_days_under_months() -> None:
    day0 = float(days_from_civil(2025, 11, 20))
    ticks = choose_ticks(TimeScale(day0, 20 / 1600, 1600), proportional)
    assert ticks.minor_unit == "day:1"
    assert [t.label for t in ticks.minor][:3] == ["20", "21", "22"]
    majors = [t.label for t in ticks.major if t.label]
    assert "December 2025" in majors
    sticky = [t for t in ticks.major if t.sticky]
    assert sticky and sticky[0].label == "November 2025"


def test_bce_years_are_labelled_bc() -> None:
    start = float(days_from_civil(-60, 1, 1))
    ticks = choose_ticks(TimeScale(start, 40 * YEAR / 1600, 1600), proportional)
    labels = [t.label for t in ticks.minor]
    assert any(label.endswith("BC") for label in labels)
    assert "44 BC" in labels or ticks.minor_unit != "year:1"


@pytest.mark.parametrize("span_years", [400, 4000])
def test_ticks_across_the_era_boundary_stand_on_round_years_and_name_ad_1(span_years: int) -> None:
    start = float(days_from_civil(-span_years // 2, 1, 1))
    ticks = choose_ticks(TimeScale(start, span_years * YEAR / 1600, 1600), proportional)
    labels = [t.label for t in ticks.minor if t.label]
    assert "AD 1" in labels
    bc = [int(label.removesuffix(" BC")) for label in labels if label.endswith(" BC")]
    assert bc and all(y % 10 == 0 for y in bc)  # "100 BC", never "101 BC" or "1 BC"
    ad = [label for label in labels if not label.endswith(" BC") and label != "AD 1"]
    assert ad and all(int(label) % 10 == 0 for label in ad)
    years = [t.days for t in ticks.minor]
    assert years == sorted(years)
