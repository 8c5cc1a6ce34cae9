"""Lanes, the time index, incremental updates and filters."""

from __future__ import annotations

import functools
import operator
import random
from dataclasses import replace

import numpy as np
import pytest

from tests.core.layout.conftest import ev
from timeline_app.core.dates import FuzzyDate
from timeline_app.core.layout import LaneMode, TimelineLayout
from timeline_app.core.model import Event, Timeline
from timeline_app.core.synthetic import synthetic_timeline


def items_by_lane(layout: TimelineLayout) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for lane, info in enumerate(layout.lanes):
        lo, hi = layout.lane_offsets[lane], layout.lane_offsets[lane + 1]
        rows = layout.item_row[lo:hi]
        out[info.key] = sorted(layout.event(int(r)).id for r in rows)
    return out


def test_an_event_with_two_actors_is_in_both_lanes(small_timeline: Timeline) -> None:
    layout = TimelineLayout.of(small_timeline, LaneMode.ACTOR)
    lanes = items_by_lane(layout)
    assert "e1" in lanes["Ukraine"] and "e1" in lanes["United States"]
    assert "e3" in lanes["Russia"] and "e3" in lanes["United States"]
    assert lanes[""] == ["e6"]  # no actor: the catch-all lane, last
    assert layout.lanes[-1].title == "No actor"
    assert "e5" not in functools.reduce(operator.iadd, lanes.values(), [])  # undated: the tray
    assert [layout.event(int(r)).id for r in layout.undated_rows] == ["e5"]
    # Lanes with more events come first.
    counts = [layout.lane_count(i) for i in range(len(layout.lanes) - 1)]
    assert counts == sorted(counts, reverse=True)


def test_lane_modes(small_timeline: Timeline) -> None:
    kinds = items_by_lane(TimelineLayout.of(small_timeline, LaneMode.KIND))
    assert kinds["ASSAULT"] == ["e2"] and kinds["CONSULT"] == ["e1", "e3"]
    articles = TimelineLayout.of(small_timeline, LaneMode.ARTICLE)
    assert [lane.title for lane in articles.lanes] == ["Talks in Geneva", "Strikes resume", "No article"]
    countries = TimelineLayout(
        small_timeline.iter_events(), mode=LaneMode.COUNTRY, country_of={"Ukraine": "UA", "Russia": "RU"}.get
    )
    lanes = items_by_lane(countries)
    assert lanes["UA"] == ["e1", "e4"] and lanes["RU"] == ["e2", "e3"]
    assert set(lanes[""]) == {"e6"}
    by_places = items_by_lane(TimelineLayout.of(small_timeline, LaneMode.COUNTRY))
    assert by_places["Switzerland"] == ["e1"] and by_places["France"] == ["e6"]


def test_country_lanes_default_to_the_gazetteer() -> None:
    """No function passed: cities, leaders and countries map to their country's name; an
    organisation without a country falls to the catch-all lane."""
    events = [
        ev(1, "2025-11-25", places=("Kyiv",)),
        ev(2, "2025-11-23", actors=("Vladimir Putin",), places=("Geneva",)),
        ev(3, "2025-11-24", actors=("NATO",)),
    ]
    lanes = items_by_lane(TimelineLayout(events, mode=LaneMode.COUNTRY))
    assert lanes == {"Ukraine": ["e1"], "Russia": ["e2"], "Switzerland": ["e2"], "": ["e3"]}


def brute_overlapping(layout: TimelineLayout, lane: int, first: float, last: float) -> set[int]:
    lo, hi = layout.lane_offsets[lane], layout.lane_offsets[lane + 1]
    rows = layout.item_row[lo:hi]
    cols = layout.columns
    keep = (cols.end[rows] > first) & (cols.start[rows] <= last)
    return set(rows[keep].tolist())


def test_the_time_index_finds_every_overlapping_item() -> None:
    layout = TimelineLayout.of(synthetic_timeline(3000, years=5, seed=3), LaneMode.ACTOR)
    rnd = random.Random(1)
    span = layout.date_span()
    assert span is not None
    for _ in range(200):
        lane = rnd.randrange(len(layout.lanes))
        a = rnd.uniform(*span)
        b = a + rnd.choice([0.5, 7, 90, 800])
        lo, hi = layout.lane_slice(lane, a, b)
        found = set(layout.item_row[lo:hi].tolist())
        assert brute_overlapping(layout, lane, a, b) <= found


def test_an_edit_updates_the_layout_like_a_rebuild() -> None:
    timeline = synthetic_timeline(2000, years=3, seed=5)
    layout = TimelineLayout.of(timeline, LaneMode.ACTOR)
    timeline.subscribe(lambda change: layout.apply(change, timeline))
    rnd = random.Random(2)
    events = timeline.events
    for event in rnd.sample(events, 20):
        when = FuzzyDate.parse("2024-02-29") if rnd.random() < 0.5 else None
        actors = rnd.choice([event.actors, ("Russia",), ("Russia", "China")])
        timeline.update_event(replace(event, when=when, actors=actors))
    timeline.remove_events([e.id for e in events[:15]])
    timeline.add_event(Event("new-1", "A new event", FuzzyDate.parse("2025-06-01"), actors=("China",)))
    rebuilt = TimelineLayout.of(timeline, LaneMode.ACTOR)
    assert items_by_lane(layout) == items_by_lane(rebuilt)
    for lane in range(len(layout.lanes)):
        lo, hi = layout.lane_offsets[lane], layout.lane_offsets[lane + 1]
        starts = layout.item_start[lo:hi]
        assert np.all(np.diff(starts) >= 0)
        assert np.array_equal(
            layout.item_maxend[lo:hi], np.maximum.accumulate(layout.columns.end[layout.item_row[lo:hi]])
        )
    assert sorted(layout.event(int(r)).id for r in layout.undated_rows) == sorted(
        e.id for e in timeline.events if e.when is None
    )


def test_an_edit_needing_a_new_lane_rebuilds(small_timeline: Timeline) -> None:
    layout = TimelineLayout.of(small_timeline, LaneMode.ACTOR)
    version = layout.version
    small_timeline.subscribe(lambda change: layout.apply(change, small_timeline))
    small_timeline.update_event(replace(small_timeline.event("e2"), actors=("Belarus",)))
    assert layout.version > version
    assert items_by_lane(layout)["Belarus"] == ["e2"]


def test_filter_by_ids_and_predicate(small_timeline: Timeline) -> None:
    layout = TimelineLayout.of(small_timeline)
    layout.set_filter({"e1", "e3"})
    assert sorted(layout.event(int(r)).id for r in np.flatnonzero(layout.visible)) == ["e1", "e3"]
    layout.set_filter(lambda e: "Russia" in e.actors)
    assert sorted(layout.event(int(r)).id for r in np.flatnonzero(layout.visible)) == ["e2", "e3"]
    assert layout.date_span() == pytest.approx(
        (FuzzyDate.parse("2025-11").start_days, FuzzyDate.parse("2025-12-01").end_days)
    )
    layout.set_filter(None)
    assert layout.visible.sum() == len(small_timeline)


def test_a_small_batch_added_to_an_empty_layout_keeps_every_event() -> None:
    """Adding to an empty layout needs a rebuild part-way; the rest of the batch must survive it."""
    from timeline_app.core.dates import FuzzyDate
    from timeline_app.core.layout.layout import TimelineLayout
    from timeline_app.core.model import Event

    layout = TimelineLayout([], mode="actor")
    batch = [
        Event(id=f"e{i}", title=f"event {i}", when=FuzzyDate(2025, 12, i + 1), actors=(f"A{i % 2}",))
        for i in range(5)
    ]
    layout.put_events(batch)
    assert sorted(e.id for e in layout.columns.events if e is not None) == [e.id for e in batch]
    assert {lane.key for lane in layout.lanes} >= {"A0", "A1"}
