"""Vectorised date arithmetic agrees with FuzzyDate's own."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.layout.columns import Shape, date_fields


@st.composite
def fuzzy_dates(draw) -> FuzzyDate:
    y = draw(st.integers(-9999, 9999))
    m = draw(st.integers(1, 12))
    d = draw(st.integers(1, 28))
    full = FuzzyDate(y, m, d, draw(st.integers(0, 23)), draw(st.integers(0, 59)), Precision.MINUTE)
    date = full.truncate(draw(st.sampled_from(list(Precision))))
    if draw(st.booleans()):
        date = replace(date, approximate=True)
    if draw(st.integers(0, 4)) == 0:
        later = FuzzyDate(y + draw(st.integers(0, 30)), m, d, 23, 59, Precision.MINUTE).truncate(
            date.precision
        )
        if later.end_days >= date.start_days:
            date = replace(date, end=later)
    return date


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.none(), fuzzy_dates()), min_size=1, max_size=40))
def test_start_and_end_match_fuzzydate(whens) -> None:
    start, end, rank, shape = date_fields(whens)
    for i, w in enumerate(whens):
        if w is None:
            assert np.isnan(start[i]) and shape[i] == Shape.UNDATED
            continue
        assert start[i] == w.start_days
        assert end[i] == w.end_days
        assert rank[i] == w.precision.rank
        expected = Shape.RANGE if w.end else Shape.POINT if w.is_point else Shape.SPAN
        assert shape[i] == expected
