"""A lane's stacking: marks worked out in one numpy pass are the ones a per-event loop
gives, chunks and lanes stacked together are the ones stacked one by one, and all of it
is the stacking as first written (:mod:`.reference_stacking`)."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.layout import FrameMetrics, LaneMode, TimelineLayout, TimeScale
from timeline_app.core.layout.columns import Shape
from timeline_app.core.layout.footprints import DAY_AS_BAR, footprints
from timeline_app.core.layout.stack_plan import cover_together
from timeline_app.core.layout.stacking import BINS_PER_CHUNK, LaneStack
from timeline_app.core.synthetic import synthetic_timeline

from .reference_stacking import ReferenceStack


def width(text: str) -> float:
    return 6.5 * len(text)


def reference_marks(shapes, px0, px1, widths, m: FrameMetrics) -> list[tuple]:
    """Each event's mark the plain way, one event at a time (the stacking's first version)."""
    r, lgap = m.marker_radius, m.label_gap
    out = []
    for shape, x0, x1, lw in zip(shapes, px0, px1, widths, strict=True):
        if shape == Shape.POINT and x1 - x0 > DAY_AS_BAR:
            shape = Shape.RANGE
        if shape == Shape.POINT:
            x0 = x1 = (x0 + x1) / 2
            left, right, inside = x0 - r, x0 + r + lgap + lw, False
        else:
            if x1 - x0 < 2 * r:
                mid = (x0 + x1) / 2
                x0, x1 = mid - r, mid + r
            inside = x1 - x0 >= lw + 12
            left, right = x0, x1 if inside else x1 + lgap + lw
        out.append((int(shape), x0, x1, inside, left, right))
    return out


_LAYOUT = TimelineLayout.of(synthetic_timeline(3000, years=3, seed=11), LaneMode.KIND)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, len(_LAYOUT.columns.events) - 1),
            st.floats(-1e5, 1e5, allow_nan=False),
            st.one_of(
                st.floats(0, 12),
                st.floats(0, 400),
                st.floats(0, 1e5),
                st.sampled_from(["label", "dot", "day"]),
            ),
        ),
        min_size=1,
        max_size=40,
    )
)
def test_footprints_are_the_per_event_marks(events) -> None:
    layout, m = _LAYOUT, FrameMetrics()
    events = [e for e in events if layout.columns.shape[e[0]] != Shape.UNDATED]
    rows = np.array([row for row, _, _ in events], dtype=np.int32)
    widths = [min(width(layout.event(row).title), m.label_max_width) for row in rows.tolist()]
    # Spans on the edges too: a label just held inside, a span of a dot's width, a day as a bar.
    edge = {"label": lambda lw: lw + 12, "dot": lambda lw: 2 * m.marker_radius, "day": lambda lw: DAY_AS_BAR}
    spans = [edge[w](lw) if isinstance(w, str) else w for (_, _, w), lw in zip(events, widths, strict=True)]
    px0 = np.array([x for _, x, _ in events])
    px1 = px0 + np.array(spans)
    fp = footprints(layout, rows, px0, px1, width, m)
    expected = reference_marks(layout.columns.shape[rows].tolist(), px0.tolist(), px1.tolist(), widths, m)
    got = list(zip(fp.shape, fp.x0_list, fp.x1_list, fp.inside, fp.left, fp.right, strict=True))
    assert got == expected  # the same floats, not merely close ones
    assert fp.width == widths


def _state(stack: LaneStack, first: float, last: float) -> tuple:
    """All a stacking shows over ``first``..``last`` (days), exactly."""
    placed, badges, leftovers = stack.visible(stack.px(first), stack.px(last))
    return (
        sorted((p.row, p.k, p.shape, p.x0, p.x1, p.label_width, p.inside, p.left, p.right) for p in placed),
        sorted((b.k, b.x, b.bin, b.first, b.last, tuple(b.rows.tolist())) for b in badges),
        [a.tolist() for a in (leftovers.rows, leftovers.x, leftovers.left, leftovers.right)],
    )


_TIMELINES = {seed: synthetic_timeline(4000, years=2, seed=seed) for seed in (1, 2)}


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(sorted(_TIMELINES)),
    st.sampled_from([LaneMode.KIND, LaneMode.NONE, LaneMode.ACTOR]),
    st.floats(0.5, 400),  # days in view
    st.floats(0, 1),  # where in the timeline
    st.integers(1, 6),  # rows
    st.integers(1, 4),  # chunks stacked at once
)
def test_chunks_stacked_together_are_chunks_stacked_one_by_one(seed, mode, span, where, rows, chunks) -> None:
    layout = TimelineLayout.of(_TIMELINES[seed], mode)
    lo, hi = layout.date_span()
    scale = TimeScale.fit(lo, hi, 1400, x0=100).zoom_to(lo, lo + span)
    scale = scale.pan_days(where * (hi - lo))
    m = FrameMetrics()
    lane = int(np.argmax(np.diff(layout.lane_offsets)))  # the busiest lane

    def stack() -> LaneStack:
        return LaneStack(layout, lane, rows, scale.days_per_px, scale.start, scale.width / 2, width, m)

    together, one_by_one = stack(), stack()
    chunk_days = BINS_PER_CHUNK * m.cluster_width * scale.days_per_px
    first = scale.start
    last = first + chunks * chunk_days
    together.cover(first, last)
    c = math.floor(first / chunk_days)
    one_by_one.cover(first, first)
    while c * chunk_days <= last:
        c += 1
        one_by_one.cover(first, min(c * chunk_days, last))
    assert (together.lo, together.hi) == (one_by_one.lo, one_by_one.hi)
    # Grown to the left as well, one chunk at a time for both.
    together.cover(first - 2 * chunk_days, last)
    one_by_one.cover(first - 2 * chunk_days, last)
    assert _state(together, first - 3 * chunk_days, last + chunk_days) == _state(
        one_by_one, first - 3 * chunk_days, last + chunk_days
    )


@settings(max_examples=15, deadline=None)
@given(
    st.sampled_from(sorted(_TIMELINES)),
    st.floats(0.5, 700),  # days in view
    st.floats(0, 1),  # where in the timeline
    st.integers(1, 5),  # rows
)
def test_lanes_stacked_together_are_lanes_stacked_alone(seed, span, where, rows) -> None:
    layout = TimelineLayout.of(_TIMELINES[seed], LaneMode.ACTOR)  # events in two lanes as well
    lo, hi = layout.date_span()
    scale = TimeScale.fit(lo, hi, 1400, x0=100).zoom_to(lo, lo + span).pan_days(where * (hi - lo))
    m = FrameMetrics()

    def stack(lane: int) -> LaneStack:
        return LaneStack(layout, lane, rows, scale.days_per_px, scale.start, scale.width / 2, width, m)

    lanes = range(len(layout.lanes))
    together = [stack(lane) for lane in lanes]
    cover_together(together, scale.start, scale.end)
    for lane, made in zip(lanes, together, strict=True):
        alone = stack(lane)
        alone.cover(scale.start, scale.end)
        assert _state(made, scale.start - 50, scale.end + 50) == _state(
            alone, scale.start - 50, scale.end + 50
        )


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(sorted(_TIMELINES)),
    st.sampled_from([LaneMode.KIND, LaneMode.ACTOR]),
    st.floats(0.3, 2000),  # days in view
    st.floats(0, 1),  # where in the timeline
    st.integers(1, 6),  # rows
    st.lists(st.floats(-2.5, 2.5), max_size=4),  # pans, in view widths
)
def test_the_stacking_is_the_first_written_one(seed, mode, span, where, rows, pans) -> None:
    """Every lane stacked at once, then grown by panning either way, shows exactly what the
    plain chunk-by-chunk stacking (tests/core/layout/reference_stacking.py) shows."""
    layout = TimelineLayout.of(_TIMELINES[seed], mode)
    lo, hi = layout.date_span()
    scale = TimeScale.fit(lo, hi, 1400, x0=100).zoom_to(lo, lo + span).pan_days(where * (hi - lo))
    m = FrameMetrics()
    reach = (m.label_max_width + 2 * m.marker_radius + m.label_gap) * scale.days_per_px
    args = (scale.days_per_px, scale.start, scale.width / 2, width, m)
    lanes = range(len(layout.lanes))
    fast = [LaneStack(layout, lane, rows, *args) for lane in lanes]
    plain = [ReferenceStack(layout, lane, rows, *args) for lane in lanes]
    cover_together(fast, scale.start - reach, scale.end)
    for stack in plain:
        stack.cover(scale.start - reach, scale.end)
    for shift in [0.0, *pans]:
        view = scale.pan(shift * scale.width)
        for a, b in zip(fast, plain, strict=True):
            assert a.cover(view.start - reach, view.end) == b.cover(view.start - reach, view.end)
            assert _state(a, view.start - reach, view.end) == _state(b, view.start - reach, view.end)


def test_a_dropped_zoom_level_waits_for_release() -> None:
    from timeline_app.core.layout import compute_frame
    from timeline_app.core.layout.stack_cache import ZOOM_LEVELS

    layout = TimelineLayout.of(_TIMELINES[1], LaneMode.KIND)
    lo, hi = layout.date_span()
    scale = TimeScale.fit(lo, hi, 1400, x0=100)
    kept = []
    for _ in range(ZOOM_LEVELS + 2):
        scale = scale.zoom(1.25, 700)
        compute_frame(layout, scale, 0, 800, width)
        kept.append(layout.stacks.retired[0] if layout.stacks.retired else None)
    # Each zoom past the kept ones drops the oldest: it is kept until released, and a level
    # dropped before it that nobody released is let go then.
    assert len(layout.stacks.levels) == ZOOM_LEVELS and len(layout.stacks.retired) == 1
    assert kept[-1] is not kept[-2] and kept[-2] is not None
    layout.stacks.release()
    assert not layout.stacks.retired
    compute_frame(layout, scale, 0, 800, width)  # the kept levels still serve
    assert not layout.stacks.retired
