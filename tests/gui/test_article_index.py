"""The panels' index follows any sequence of edits and says the same as a fresh scan."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.model import Event, Origin, Source, Timeline
from timeline_app.gui.panels.article_index import ArticleIndex

NAMES = ["Norland", "Sudria", "Varel", "Kessel"]


def make_event(event_id: str, data: st.DataObject) -> Event:
    articles = data.draw(st.lists(st.sampled_from(["a", "b", "c"]), max_size=2, unique=True))
    return Event(
        event_id,
        event_id,
        actors=tuple(data.draw(st.lists(st.sampled_from(NAMES), max_size=2, unique=True))),
        places=tuple(data.draw(st.lists(st.sampled_from(NAMES), max_size=1))),
        sources=tuple(Source(a, 0, 1, "x") for a in articles),
        origin=data.draw(st.sampled_from(list(Origin))),
        reviewed=data.draw(st.booleans()),
    )


def scan(timeline: Timeline) -> tuple:
    counts: Counter[str] = Counter()
    for event in timeline.iter_events():
        counts.update({s.article for s in event.sources})
    actors = {a for e in timeline.iter_events() for a in e.actors}
    places = {p for e in timeline.iter_events() for p in e.places}
    pending = sum(1 for e in timeline.iter_events() if not e.reviewed and e.origin is Origin.EXTRACTED)
    return dict(counts), actors, places, pending


def seen(index: ArticleIndex) -> tuple:
    counts = {a: index.count(a) for a in "abc" if index.count(a)}
    return counts, set(index.actors), set(index.places), index.pending


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_the_index_agrees_with_a_scan_after_every_edit(data: st.DataObject) -> None:
    timeline = Timeline()
    index = ArticleIndex(timeline)
    timeline.subscribe(index.apply)
    for step in range(data.draw(st.integers(1, 25))):
        ids = [e.id for e in timeline.iter_events()]
        action = data.draw(st.sampled_from(["add", "update", "remove", "reset"] if ids else ["add"]))
        before = (index.counts_version, index.choices_version, seen(index))
        if action == "add":
            timeline.add_event(make_event(f"e{step}", data))
        elif action == "update":
            timeline.update_event(make_event(data.draw(st.sampled_from(ids)), data))
        elif action == "remove":
            timeline.remove_events([data.draw(st.sampled_from(ids))])
        else:
            timeline.replace_all("t", [], [make_event(f"r{step}", data)])
        assert seen(index) == scan(timeline)
        # A panel is refreshed only when its version moves: it must move when its part changed.
        if seen(index)[0] != before[2][0]:
            assert index.counts_version != before[0]
        if seen(index)[1:3] != before[2][1:3]:
            assert index.choices_version != before[1]
