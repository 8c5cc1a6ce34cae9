from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from tests.core.io.strategies import timelines
from timeline_app.core.dates import FuzzyDate
from timeline_app.core.model import Event, Kind
from timeline_app.gui.panels.event_table import DATE, EVENT_ID_ROLE, TITLE, EventProxyModel, EventTableModel
from timeline_app.gui.panels.filters import EventFilter

from .conftest import synthetic_timeline


def test_model_passes_qtmodeltester_through_changes(qtmodeltester):
    timeline = synthetic_timeline(2)
    model = EventTableModel(timeline)
    qtmodeltester.check(model, force_py=True)
    timeline.add_event(Event(id="e-new", title="Later", when=FuzzyDate(2026, 1, 1)))
    first, second = timeline.events[0].id, timeline.events[3].id
    timeline.remove_events([first, second])
    timeline.update_event(timeline.event("e-new").with_changes(title="Changed"))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(timeline) == 9
    rows = [model.index(r, 0).data(EVENT_ID_ROLE) for r in range(model.rowCount())]
    assert sorted(rows) == sorted(e.id for e in timeline.events)
    days = [timeline.event(i).when.start_days for i in rows]
    assert days == sorted(days)  # the model keeps its rows in date order
    row = model.row_of("e-new")
    assert model.index(row, TITLE).data() == "Changed"
    model.detach()


def test_reset_follows_replace_all(qtmodeltester):
    timeline = synthetic_timeline(1)
    model = EventTableModel(timeline)
    other = synthetic_timeline(3)
    timeline.replace_all("x", other.articles, other.events)
    assert model.rowCount() == 15
    qtmodeltester.check(model, force_py=True)


def test_proxy_sorts_by_date_and_filters(qtmodeltester):
    timeline = synthetic_timeline(3)
    timeline.add_event(Event(id="e-undated", title="No date"))
    model = EventTableModel(timeline)
    proxy = EventProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(DATE)
    qtmodeltester.check(proxy, force_py=True)
    ids = [proxy.event_id_at(r) for r in range(proxy.rowCount())]
    days = [timeline.event(i).when.start_days for i in ids if timeline.event(i).when]
    assert days == sorted(days)
    assert ids[-1] == "e-undated"  # undated events sort last
    proxy.set_event_filter(EventFilter(kind=Kind.ACCUSE.value))
    shown = {proxy.event_id_at(r) for r in range(proxy.rowCount())}
    assert shown == {e.id for e in timeline.events if e.kind is Kind.ACCUSE}
    assert shown and len(shown) < len(timeline)
    assert proxy.row_of(next(iter(shown))) is not None
    hidden = next(e.id for e in timeline.events if e.kind is not Kind.ACCUSE)
    assert proxy.row_of(hidden) is None
    model.detach()


def test_sorting_by_any_column_keeps_persistent_indexes(qtmodeltester):
    timeline = synthetic_timeline(3)
    model = EventTableModel(timeline)
    proxy = EventProxyModel()
    proxy.setSourceModel(model)
    keep = proxy.index(4, 0)
    from PySide6.QtCore import QPersistentModelIndex, Qt

    persistent = QPersistentModelIndex(keep)
    kept_id = keep.data(EVENT_ID_ROLE)
    proxy.sort(TITLE, Qt.SortOrder.DescendingOrder)
    titles = [proxy.index(r, TITLE).data() for r in range(proxy.rowCount())]
    assert [t.casefold() for t in titles] == sorted((t.casefold() for t in titles), reverse=True)
    assert persistent.data(EVENT_ID_ROLE) == kept_id
    # an edit that moves an event in the order moves its row
    last = proxy.event_id_at(proxy.rowCount() - 1)
    timeline.update_event(timeline.event(last).with_changes(title="zzz first now"))
    assert proxy.event_id_at(0) == last
    timeline.add_event(Event(id="e-mid", title="Mmm", when=FuzzyDate(2025, 6, 1)))
    titles = [proxy.index(r, TITLE).data().casefold() for r in range(proxy.rowCount())]
    assert titles == sorted(titles, reverse=True)
    qtmodeltester.check(proxy, force_py=True)
    model.detach()


def test_a_filtered_table_follows_edits_adds_and_removals(qtmodeltester):
    timeline = synthetic_timeline(3)
    model = EventTableModel(timeline)
    proxy = EventProxyModel()
    proxy.setSourceModel(model)
    proxy.set_event_filter(EventFilter(kind=Kind.ACCUSE.value))

    def shown() -> set[str]:
        return {proxy.event_id_at(r) for r in range(proxy.rowCount())}

    def expected() -> set[str]:
        return {e.id for e in timeline.events if e.kind is Kind.ACCUSE}

    accused = next(iter(expected()))
    other = next(e.id for e in timeline.events if e.kind is not Kind.ACCUSE)
    timeline.update_event(timeline.event(accused).with_changes(kind=Kind.AGREE))  # stops matching
    timeline.update_event(timeline.event(other).with_changes(kind=Kind.ACCUSE))  # starts matching
    timeline.add_event(Event(id="e-new", title="New", when=FuzzyDate(2026, 1, 1), kind=Kind.ACCUSE))
    timeline.add_event(Event(id="e-off", title="Off", when=FuzzyDate(2026, 1, 2), kind=Kind.AGREE))
    assert shown() == expected() and other in shown() and accused not in shown()
    qtmodeltester.check(proxy, force_py=True)
    timeline.remove_events(["e-new", other])
    assert shown() == expected()
    days = [timeline.event(proxy.event_id_at(r)).when.start_days for r in range(proxy.rowCount())]
    assert days == sorted(days)
    proxy.set_event_filter(EventFilter())
    assert proxy.rowCount() == len(timeline)
    model.detach()


@settings(max_examples=40, deadline=None)
@given(timelines(), st.booleans())
def test_the_keys_of_a_whole_timeline_are_the_keys_of_each_event(timeline, descending):
    # Filling the table computes the dates' keys in one vectorised pass; an edit later
    # computes one event's key alone, and both must order events the same way.
    model = EventTableModel(timeline)
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    model.sort(DATE, order)
    events = list(timeline.iter_events())
    bulk = model._keys_of(events)
    one_by_one = [model._key(e.id) for e in events]
    assert [getattr(k, "key", k) for k in bulk] == [getattr(k, "key", k) for k in one_by_one]
    model.detach()


def test_the_sources_column_counts_the_articles_that_tell_an_event(qtmodeltester):
    """Issue 12's importance: the same event told by three articles sorts before one told once."""
    from timeline_app.core.model import Source, Timeline
    from timeline_app.gui.panels.event_table import SOURCES

    told = [Source(f"a{n}", 0, 5, "Talks") for n in range(3)]
    timeline = Timeline(title="Talks")
    timeline.add_events(
        [
            Event("once", "Talks", FuzzyDate(2025, 3, 1), sources=told[:1]),
            Event("thrice", "Talks", FuzzyDate(2025, 3, 2), sources=told + told[:1]),  # a0 twice
            Event("never", "Manual", FuzzyDate(2025, 3, 3)),
        ]
    )
    model = EventTableModel(timeline)
    qtmodeltester.check(model, force_py=True)
    counts = {model.event_id(r): model.index(r, SOURCES).data() for r in range(model.rowCount())}
    assert counts == {"once": "1", "thrice": "3", "never": "0"}
    model.sort(SOURCES, Qt.SortOrder.DescendingOrder)
    assert [model.event_id(r) for r in range(3)] == ["thrice", "once", "never"]
    model.detach()
