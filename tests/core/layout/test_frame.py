"""One view's geometry: stacking without overlaps, clusters, density, tray, hit testing."""

from __future__ import annotations

import itertools
from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.layout import FrameMetrics, LaneMode, TimelineLayout, TimeScale, compute_frame
from timeline_app.core.model import Timeline
from timeline_app.core.synthetic import synthetic_timeline


def width(text: str) -> float:
    return 7.0 * len(text)


def assert_no_overlap(frame) -> None:
    by_row = defaultdict(list)
    for d in frame.events:
        by_row[(d.lane, d.y)].append((d.left, d.right))
    for c in frame.clusters:
        by_row[(c.lane, c.y - 2)].append((c.x, c.x + c.width))
    for spans in by_row.values():
        spans.sort()
        for (a0, a1), (b0, b1) in itertools.pairwise(spans):
            assert a1 <= b0, ((a0, a1), (b0, b1))


def test_sparse_view_draws_every_event_with_its_label(small_timeline: Timeline) -> None:
    layout = TimelineLayout.of(small_timeline, LaneMode.ACTOR)
    first, last = layout.date_span()
    scale = TimeScale.fit(first, last, 1400, x0=170)
    frame = compute_frame(layout, scale, 100, 700, width)
    drawn = defaultdict(set)
    for d in frame.events:
        drawn[layout.event(d.row).id].add(layout.lanes[d.lane].key)
    assert drawn["e1"] == {"Ukraine", "United States"}  # one event, two lanes
    assert drawn["e3"] == {"Russia", "United States"}
    assert set(drawn) == {"e1", "e2", "e3", "e4", "e6"}
    assert not frame.clusters and not frame.densities
    assert [layout.event(c.row).id for c in frame.chips] == ["e5"] and frame.undated_total == 1
    assert [a.id for _, a in frame.publications] == ["a1", "a2"]
    assert_no_overlap(frame)
    # Every label lies inside its footprint; the point's dot is at its date.
    for d in frame.events:
        assert d.left <= d.label_x and d.label_x + d.label_width <= d.right + 1e-9
    e3 = next(d for d in frame.events if layout.event(d.row).id == "e3")
    day = FuzzyDate.parse("2025-12-01")
    assert abs(e3.x0 - scale.x_of((day.start_days + day.end_days) / 2)) < 1e-6  # a dot sits in its day


def test_hit_testing_finds_the_drawn_event(small_timeline: Timeline) -> None:
    layout = TimelineLayout.of(small_timeline, LaneMode.NONE)
    first, last = layout.date_span()
    frame = compute_frame(layout, TimeScale.fit(first, last, 1200, x0=100), 50, 500, width)
    for d in frame.events:
        hit = frame.hit(d.x0 if d.shape == 0 else (d.x0 + d.x1) / 2, d.y + d.height / 2)
        assert hit is not None and hit.what == "event" and hit.row == d.row
    chip = frame.chips[0]
    assert frame.hit(chip.x + 3, chip.y + 3).row == chip.row
    assert frame.hit(5, 5) is None


def test_dense_views_cluster_and_show_density() -> None:
    layout = TimelineLayout.of(synthetic_timeline(20000, years=10, seed=1), LaneMode.KIND)
    first, last = layout.date_span()
    scale = TimeScale.fit(first, last, 1600, x0=170)
    frame = compute_frame(layout, scale, 100, 900, width)
    assert frame.clusters and frame.densities
    for c in frame.clusters:
        # A cluster from the start holds more than the rows; one made when a bin's events
        # did not all find a row holds at least two; a "+N" at least one.
        assert c.count >= 2 or c.more
        assert abs(sum(share for _, share in c.kinds) - 1) < 1e-6
    # Per lane, the clusters and drawn events never count more events than the lane has.
    for box in frame.lanes:
        in_clusters = sum(c.count for c in frame.clusters if c.lane == box.lane)
        assert in_clusters <= box.count
    assert_no_overlap(frame)


@settings(max_examples=25, deadline=None)
@given(st.floats(0.0, 1.0), st.floats(0.0, 1.0), st.sampled_from(list(LaneMode)))
def test_no_two_drawn_things_overlap_at_any_zoom(where: float, zoom: float, mode: LaneMode) -> None:
    layout = _shared_layout(mode)
    first, last = layout.date_span()
    fit = TimeScale.fit(first, last, 1500, x0=150)
    scale = fit.zoom(1 + zoom * 5000, 150 + where * 1500)
    frame = compute_frame(layout, scale, 80, 800, width, FrameMetrics(row_height=22))
    assert_no_overlap(frame)
    for d in frame.events:
        assert d.right >= scale.x0 - 1 and d.left <= scale.x0 + scale.width + 1


_LAYOUTS: dict[LaneMode, TimelineLayout] = {}


def _shared_layout(mode: LaneMode) -> TimelineLayout:
    if mode not in _LAYOUTS:
        _LAYOUTS[mode] = TimelineLayout.of(synthetic_timeline(5000, years=8, seed=2), mode)
    return _LAYOUTS[mode]


def test_clusters_stay_put_when_panning() -> None:
    layout = _shared_layout(LaneMode.NONE)
    first, last = layout.date_span()
    scale = TimeScale.fit(first, last, 1500, x0=150).zoom(3, 800)
    a = compute_frame(layout, scale, 80, 400, width)
    b = compute_frame(layout, scale.pan(-37), 80, 400, width)
    times_a = {(round(c.first, 6), c.count) for c in a.clusters}
    times_b = {(round(c.first, 6), c.count) for c in b.clusters}
    assert times_a & times_b  # the same bins, same counts, just moved
    moved = {round(c.first, 6): c.x for c in b.clusters}
    for c in a.clusters:
        if round(c.first, 6) in moved:
            assert abs(moved[round(c.first, 6)] - (c.x - 37)) < 1e-6


def test_lanes_scroll_when_they_do_not_fit() -> None:
    layout = _shared_layout(LaneMode.ACTOR)
    first, last = layout.date_span()
    scale = TimeScale.fit(first, last, 1500, x0=150)
    top = compute_frame(layout, scale, 80, 300, width)
    assert top.content_height > 300
    scrolled = compute_frame(layout, scale, 80, 300, width, scroll=1e9)
    assert scrolled.scroll == top.content_height - (300 - FrameMetrics().tray_height)
    assert scrolled.lanes[-1].lane == len(layout.lanes) - 1


def test_events_that_find_no_row_are_counted_in_a_cluster_or_badge() -> None:
    from timeline_app.core.model import Event

    # One a day, each label far longer than a day is wide: few per bin, but rows run out.
    title = "Meeting {} of a long series of talks"
    events = [Event(f"x{i}", title.format(i), FuzzyDate.parse(f"2025-03-{1 + i:02d}")) for i in range(12)]
    layout = TimelineLayout(events)
    scale = TimeScale.fit(
        FuzzyDate.parse("2025-02-20").start_days, FuzzyDate.parse("2025-03-20").start_days, 1200
    )
    frame = compute_frame(layout, scale, 0, 130, width)  # room for four rows only
    drawn = {d.row for d in frame.events}
    assert 0 < len(drawn) < 12 and frame.clusters
    assert len(drawn) + sum(c.count for c in frame.clusters) == 12  # each event drawn or counted once
    assert_no_overlap(frame)
    c = frame.clusters[0]
    assert frame.hit(c.x + 2, c.y + 2).what == "cluster"


def test_rows_stay_put_while_panning_at_one_zoom() -> None:
    layout = TimelineLayout.of(synthetic_timeline(5000, years=8, seed=5), LaneMode.ACTOR)
    first, last = layout.date_span()
    scale = TimeScale.fit(first, last, 1500, x0=150).zoom(60, 900)
    rows_of: dict[tuple[int, int], float] = {}
    compared = 0
    # Right for two widths, back past the start to two widths left, and home again.
    steps = [173] * 18 + [-173] * 36 + [173] * 18
    for dx in [0, *steps]:
        scale = scale.pan(dx)
        frame = compute_frame(layout, scale, 80, 900, width)
        assert_no_overlap(frame)
        # What a cluster or "+N" counts reaches into view (a label reaching in is not enough).
        reach = FrameMetrics().marker_radius * scale.days_per_px  # a dot's edge may be all that shows
        assert all(c.last > scale.start - reach and c.first < scale.end + reach for c in frame.clusters)
        for d in frame.events:
            key = (d.row, d.lane)
            if key in rows_of:
                assert d.y == rows_of[key], f"event row {d.row} moved row while panning"
                compared += 1
            rows_of[key] = d.y
    assert compared > 500  # the pans overlap: many events were seen again


def test_zooming_in_and_back_finds_the_same_rows() -> None:
    layout = TimelineLayout.of(synthetic_timeline(5000, years=8, seed=5), LaneMode.KIND)
    first, last = layout.date_span()
    scale = TimeScale.fit(first, last, 1500, x0=150).zoom(40, 700)
    before = {(d.row, d.lane): d.y for d in compute_frame(layout, scale, 80, 900, width).events}
    compute_frame(layout, scale.zoom(1.25, 700), 80, 900, width)
    after = {(d.row, d.lane): d.y for d in compute_frame(layout, scale, 80, 900, width).events}
    assert before and before == after


def test_a_busy_mid_zoom_view_has_few_plus_marks_all_under_the_rows() -> None:
    layout = TimelineLayout.of(synthetic_timeline(20000, years=30, seed=6), LaneMode.ACTOR)
    first, last = layout.date_span()
    middle = (first + last) / 2
    scale = TimeScale.fit(middle - 180, middle + 180, 1400, x0=170)  # a year, 24 two-row lanes
    frame = compute_frame(layout, scale, 80, 1100, width)
    assert_no_overlap(frame)
    most = scale.width / (2 * FrameMetrics().cluster_width) + 1
    for box in frame.lanes:
        more = [c for c in frame.clusters if c.lane == box.lane and c.more]
        assert len(more) <= most
        assert len({c.y for c in more}) <= 1  # one line, under the rows
        rows_bottom = box.y + FrameMetrics().lane_padding + box.rows * FrameMetrics().row_height
        assert all(c.y >= rows_bottom and c.y + c.height <= box.y + box.height for c in more)
    badges = [c for c in frame.clusters if not c.more]
    assert badges and sum(c.more for c in frame.clusters) < len(badges)  # clusters preferred


def test_an_edited_event_moves_alone() -> None:
    from timeline_app.core.synthetic import synthetic_events

    timeline = Timeline()
    timeline.add_events(synthetic_events(3000, years=4, seed=9))
    layout = TimelineLayout.of(timeline, LaneMode.KIND)
    unsubscribe = timeline.subscribe(lambda change: layout.apply(change, timeline))
    first, last = layout.date_span()
    scale = TimeScale.fit(first, last, 1500, x0=150).zoom(25, 800)

    def rows_of(frame) -> dict[tuple[int, int], float]:
        seen: dict[tuple[int, int], float] = {}
        for d in frame.events:
            assert (d.row, d.lane) not in seen  # each event once per lane
            seen[(d.row, d.lane)] = d.y
        return seen

    compute_frame(layout, scale.pan(-900), 80, 900, width)  # seen first further on, then panned back:
    before = rows_of(compute_frame(layout, scale, 80, 900, width))  # rows no fresh stacking would give
    row, _lane = next(iter(before))
    event = layout.event(row)
    moved = FuzzyDate.from_days(event.when.start_days + 3 * scale.days_per_px * 40, event.when.precision)
    timeline.update_event(event.with_changes(when=moved))
    removed_row = next(r for r, _ in before if r != row)
    timeline.remove_event(layout.event(removed_row).id)
    frame = compute_frame(layout, scale, 80, 900, width)
    assert_no_overlap(frame)
    after = rows_of(frame)
    assert all(r != removed_row for r, _ in after)
    kept = [key for key in before if key in after and key[0] != row]
    assert len(kept) > 0.9 * (len(before) - 2)
    assert all(after[key] == before[key] for key in kept)  # nobody else moved
    new_x = scale.x_of((moved.start_days + moved.end_days) / 2)
    drawn = [d for d in frame.events if d.row == row]
    counted = [c for c in frame.clusters if c.first <= moved.start_days <= c.last + 1]
    assert any(abs(d.x0 - new_x) < 1e-6 or d.shape != 0 for d in drawn) or counted
    unsubscribe()
