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


def _collection(history_years: range) -> Timeline:
    """Two bursts of news eight years apart whose stories also recall a year each of the
    past: the history is a third of the events, too many for the 95% stretch to leave out."""
    from timeline_app.core.model import Article

    timeline = Timeline(title="collection")
    events: list[Event] = []
    for year in (2031, 2039):
        published = FuzzyDate(year, 6, 1)
        for d in range(1, 11):
            art = Article(f"a{year}-{d}", f"Story {d}", "text", published=published)
            timeline.add_article(art)
            events.append(Event(f"n{year}-{d}", f"News {d}", FuzzyDate(year, 5, 20 + d)))
    events += [Event(f"h{y}", "Recalled", FuzzyDate(y, precision=Precision.YEAR)) for y in history_years]
    timeline.add_events(events)
    return timeline


def test_a_collection_recalling_decades_of_history_is_first_seen_around_its_publication_days() -> None:
    layout = TimelineLayout.of(_collection(range(1950, 1960)))
    span = layout.dense_span()
    assert span is not None
    first, last, left_out = span
    assert first == FuzzyDate(2031, 5, 21).start_days
    assert last >= FuzzyDate(2039, 5, 30).start_days
    assert last < FuzzyDate(2040, 1, 1).start_days
    assert left_out == 10  # the recalled years, counted for the status bar


def test_history_close_to_the_news_stays_in_the_first_look() -> None:
    span = TimelineLayout.of(_collection(range(2027, 2031))).dense_span()
    assert span is not None and span[2] == 0
    assert span[0] == FuzzyDate(2027, precision=Precision.YEAR).start_days
