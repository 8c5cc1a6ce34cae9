from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.io.strategies import timelines
from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.model import Kind, Status
from timeline_app.gui.panels.filters import EventFilter

from .conftest import synthetic_timeline


def test_filter_fields_each_narrow_the_set():
    timeline = synthetic_timeline(3)
    events = timeline.events
    everything = EventFilter()
    assert everything.is_empty and everything.matching_ids(timeline) == [e.id for e in events]
    cases = {
        EventFilter(text="ACCUSED norland"): lambda e: "accused" in e.title.lower(),
        EventFilter(actor="Sudria"): lambda e: "Sudria" in e.actors,
        EventFilter(place="Varel"): lambda e: "Varel" in e.places,
        EventFilter(kind=Kind.AGREE.value): lambda e: e.kind is Kind.AGREE,
        EventFilter(status=Status.DENIED.value): lambda e: e.status is Status.DENIED,
        EventFilter(article=timeline.articles[1].id): lambda e: (
            e.sources[0].article == timeline.articles[1].id
        ),
    }
    for f, expected in cases.items():
        got = f.matching_ids(timeline)
        assert got == [e.id for e in events if expected(e)], f
        assert 0 < len(got) < len(events), f


def test_date_range_keeps_events_that_overlap_it():
    timeline = synthetic_timeline(3)
    month = FuzzyDate(2025, 2, precision=Precision.MONTH)
    inside = EventFilter(start=month, end=month).matching_ids(timeline)
    assert inside
    for event in timeline.events:
        overlaps = event.when.end_days > month.start_days and event.when.start_days < month.end_days
        assert (event.id in inside) == overlaps


def test_table_and_timeline_show_the_same_filtered_set(filled_window):
    win = filled_window
    win.filter_bar.set_filter(EventFilter(actor="Sudria"))
    wanted = set(EventFilter(actor="Sudria").matching_ids(win.document.timeline))
    shown = {win.panels.proxy.event_id_at(r) for r in range(win.panels.proxy.rowCount())}
    assert shown == wanted
    layout = win.view.timeline_layout()  # the timeline view applies the same predicate
    visible = {e.id for e in win.document.timeline.events if layout.visible[layout.row_of(e.id)]}
    assert visible == wanted


def test_fit_to_filtered_events_zooms_the_view_to_them(filled_window, monkeypatch):
    win = filled_window
    fitted = []
    monkeypatch.setattr(win.view, "fit_to", lambda ids: fitted.append(sorted(ids)))
    win.filter_bar.search.setText("summit")
    win.actions_by_name["fit_filtered"].trigger()
    assert fitted == [sorted(EventFilter(text="summit").matching_ids(win.document.timeline))]
    assert len(fitted[0]) == 3


def test_filter_bar_offers_the_timeline_actors_and_marks_a_bad_date(filled_window):
    bar = filled_window.filter_bar
    actors = [bar.actor.itemData(i) for i in range(1, bar.actor.count())]
    assert actors == ["Norland", "Sudria"]
    bar.start.setText("2025-13")
    assert bar.start.styleSheet() and bar.start.toolTip()
    assert bar.current.start is None
    bar.start.setText("2025-02")
    assert bar.current.start == FuzzyDate(2025, 2, precision=Precision.MONTH)
    bar.clear()
    assert bar.current.is_empty


def test_on_big_timelines_the_search_waits_for_a_typing_pause(filled_window, qtbot):
    bar = filled_window.filter_bar
    bar.debounce = True  # the window turns this on past 5,000 events
    bar.search.setText("accused")
    assert bar.current.is_empty  # not yet: still typing
    qtbot.waitUntil(lambda: not bar.current.is_empty, timeout=2000)
    assert filled_window.panels.proxy.rowCount() == 3


def test_is_empty_is_true_only_for_the_empty_filter():
    assert EventFilter().is_empty and EventFilter(text="  ").is_empty
    assert not EventFilter(text="x").is_empty
    assert not EventFilter(start=FuzzyDate(2025, precision=Precision.YEAR)).is_empty
    assert not EventFilter(status="denied").is_empty


@settings(max_examples=40, deadline=None)
@given(timelines(), st.sampled_from(["", "a", "the talks", "x y"]), st.booleans())
def test_select_answers_as_matches_does_for_every_event(timeline, text, by_kind):
    events = list(timeline.iter_events())
    kind = events[0].kind.value if events and by_kind else ""
    rows = [*events, None]  # None: a removed row of the layout
    one_by_one = [e is not None and EventFilter(text=text, kind=kind).matches(e) for e in rows]
    assert EventFilter(text=text, kind=kind).select(rows) == one_by_one
