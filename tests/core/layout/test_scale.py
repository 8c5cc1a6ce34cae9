"""TimeScale: round trips, zoom anchoring, pan and limits (property-based)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.core.dates import days_from_civil
from timeline_app.core.layout.scale import EARLIEST_DAYS, LATEST_DAYS, MAX_SPAN_DAYS, MIN_SPAN_DAYS, TimeScale

YEAR = 365.2425
starts = st.floats(min_value=-5000 * YEAR, max_value=5000 * YEAR)
spans = st.floats(min_value=MIN_SPAN_DAYS, max_value=MAX_SPAN_DAYS / 2)
widths = st.floats(min_value=100, max_value=4000)


@given(starts, spans, widths, st.floats(0, 1))
def test_x_and_days_round_trip(start: float, span: float, width: float, frac: float) -> None:
    scale = TimeScale(start, span / width, width, x0=37.0)
    x = 37.0 + frac * width
    t = scale.days_at(x)
    assert math.isclose(scale.x_of(t), x, abs_tol=1e-6 * width)
    assert math.isclose(scale.days_at(scale.x_of(t)), t, rel_tol=1e-12, abs_tol=span * 1e-9)


@given(starts, spans, widths, st.floats(0, 1), st.floats(0.05, 20))
def test_zoom_keeps_the_time_under_the_cursor(
    start: float, span: float, width: float, frac: float, factor: float
) -> None:
    scale = TimeScale(start, span / width, width)
    anchor = frac * width
    before = scale.days_at(anchor)
    zoomed = scale.zoom(factor, anchor)
    assert MIN_SPAN_DAYS * 0.999 <= zoomed.span <= MAX_SPAN_DAYS * 1.001
    if zoomed.start > EARLIEST_DAYS and zoomed.end < LATEST_DAYS:
        assert math.isclose(zoomed.days_at(anchor), before, abs_tol=max(span, zoomed.span) * 1e-9)


def test_zoom_is_clamped_between_minutes_and_ten_thousand_years() -> None:
    scale = TimeScale.fit(0, 30 * YEAR, 1000)
    tight = scale.zoom(1e12, 500)
    assert math.isclose(tight.span, MIN_SPAN_DAYS)
    wide = scale.zoom(1e-12, 500)
    assert math.isclose(wide.span, MAX_SPAN_DAYS)
    # Zooming against the limit does not slide the view.
    again = tight.zoom(10, 500)
    assert math.isclose(again.days_at(500), tight.days_at(500), abs_tol=1e-9)


@given(starts, spans, widths, st.floats(-3000, 3000))
def test_pan_moves_content_by_pixels(start: float, span: float, width: float, dx: float) -> None:
    scale = TimeScale(start, span / width, width)
    t = scale.days_at(width / 2)
    moved = scale.pan(dx)
    if moved.start > EARLIEST_DAYS and moved.end < LATEST_DAYS:
        assert math.isclose(moved.x_of(t), width / 2 + dx, abs_tol=1e-6 * width)
    else:  # stopped at the edge of time
        assert moved.start == EARLIEST_DAYS or math.isclose(moved.end, LATEST_DAYS)


def test_bce_dates_map_like_any_other() -> None:
    caesar = float(days_from_civil(-43, 3, 15))
    scale = TimeScale.fit(caesar - 365, caesar + 365, 800)
    x = scale.x_of(caesar)
    assert 300 < x < 500
    assert scale.start < caesar < scale.end


def test_fit_shows_the_whole_range_with_margin() -> None:
    scale = TimeScale.fit(100.0, 200.0, 1000, x0=50)
    assert scale.x_of(100.0) > 50 and scale.x_of(200.0) < 1050
    assert scale.zoom_to(100.0, 200.0).x_of(100.0) == pytest.approx(50)


def test_a_scale_needs_a_width() -> None:
    with pytest.raises(ValueError):
        TimeScale(0.0, 1.0, 0)


def test_fit_keeps_room_on_the_right_for_labels() -> None:
    plain = TimeScale.fit(100.0, 200.0, 1000.0, x0=20.0, margin=0.1)
    roomy = TimeScale.fit(100.0, 200.0, 1000.0, x0=20.0, margin=0.1, right=300.0)
    assert roomy.start == pytest.approx(plain.start)  # the left edge does not move
    assert roomy.width == plain.width == 1000.0
    right_edge_of_last_day = roomy.x_of(200.0)
    assert 1020.0 - right_edge_of_last_day >= 300.0  # 300 px left free for the last labels
    huge = TimeScale.fit(100.0, 200.0, 1000.0, right=5000.0)  # at most half the width
    assert huge.x_of(200.0) <= 500.0 + 1e-6
