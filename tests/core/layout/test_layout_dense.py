"""The span a first look at a timeline frames (TimelineLayout.dense_span)."""

from __future__ import annotations

from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.layout import TimelineLayout
from timeline_app.core.model import Event, Timeline


def _timeline(extra: list[Event]) -> Timeline:
    timeline = Timeline(title="t")
    days = [FuzzyDate(2031, 5, d) for d in range(1, 29)]
    timeline.add_events([Event(f"e{i}", f"Round {i}", day) for i, day in enumerate(days)] + extra)
    return timeline


def test_dense_span_frames_the_story_and_counts_what_it_leaves_out() -> None:
    far = [Event("old", "Founding", FuzzyDate(1300, precision=Precision.YEAR)), Event("u", "Undated", None)]
    span = TimelineLayout.of(_timeline(far)).dense_span()
    assert span is not None
    first, last, left_out = span
    assert left_out == 1
    assert first == FuzzyDate(2031, 5, 1).start_days
    assert last >= FuzzyDate(2031, 5, 28).start_days


def test_dense_span_is_every_event_when_none_is_far() -> None:
    near = [Event("n", "Earlier round", FuzzyDate(2031, 4, 20))]
    layout = TimelineLayout.of(_timeline(near))
    span = layout.dense_span()
    assert span is not None and span[2] == 0
    assert (span[0], span[1]) == layout.date_span()
    assert TimelineLayout.of(Timeline(title="empty")).dense_span() is None
