"""What Key Events mode draws: the top days, a few distinct events each, their source counts,
and every day's score; and the layout that draws them large and the rest as a density band."""

import datetime as dt
from dataclasses import replace

import numpy as np

from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.key_events import fit_dates, key_events, source_count
from timeline_app.core.keydates import key_dates
from timeline_app.core.layout import TimelineLayout, TimeScale, compute_frame
from timeline_app.core.model import Event, Source

WORDS = {
    "2031-03-02": "Rebels seized the port of Kalo after heavy fighting overnight.",
    "2031-03-09": "The two leaders signed a ceasefire agreement in Geneva.",
    "2031-03-05": "A minister visited the northern province with aid.",
    "2031-03-12": "Parliament voted to dissolve itself after the vote of censure.",
    "2031-03-04": "Fishermen found the missing ferry near the island.",
}


def told(event_id: str, day: str, articles: int, quote: str | None = None, first: int = 0) -> Event:
    """An event on ``day`` told by ``articles`` articles (``a<first>``...), dated by its text."""
    quote = quote or WORDS[day]
    sources = tuple(Source(f"a{first + i}", 0, len(quote), quote) for i in range(articles))
    when = FuzzyDate(*map(int, day.split("-")))
    return Event(event_id, quote[:36], when, expression="on that day", sources=sources,
                 confidence=0.9)  # fmt: skip


def sample() -> list[Event]:
    return [
        told("port", "2031-03-02", 6),
        told("port-2", "2031-03-02", 3, "Aid convoys reached the city of Dorn by road.", first=10),
        told("port-3", "2031-03-02", 1, "The governor resigned from office in protest today.", first=20),
        told("truce", "2031-03-09", 4, first=30),
        told("visit", "2031-03-05", 1, first=40),
        told("vote", "2031-03-12", 2, first=50),
        # not dated to a day: no score
        Event("month", "Talks went on", FuzzyDate(2031, 3, precision=Precision.MONTH)),
    ]


def test_the_key_dates_are_the_days_key_dates_ranks_highest_in_calendar_order():
    events = sample()
    result = key_events(events, 2)
    assert [k.date for k in result.dates] == [k.date for k in key_dates(events, 2)]
    assert [k.date for k in result.dates] == [dt.date(2031, 3, 2), dt.date(2031, 3, 9)]


def test_the_articles_time_expressions_count_as_in_key_dates():
    from timeline_app.core.extract.analysis import analyse, with_times
    from timeline_app.core.model import Article

    text = "Talks resumed after the March 12, 2031 vote and the March 9, 2031 truce."
    article = Article("r", "", text, published=FuzzyDate(2031, 3, 20))
    articles = [with_times(article, analyse(text, article.published))]
    events = sample()
    result = key_events(events, 2, articles=articles)
    expected = key_dates(events, 2, articles=articles)
    assert [k.date for k in result.dates] == [k.date for k in expected]
    assert result.day_score[dt.date(2031, 3, 12)] > key_events(events, 0).day_score[dt.date(2031, 3, 12)]


def test_each_date_draws_its_most_reported_events_that_say_different_things():
    events = sample()
    same = told("port-again", "2031-03-02", 3, WORDS["2031-03-02"], first=60)  # says what "port" says
    result = key_events([*events, same], 1, per_date=2)
    (day,) = result.dates
    assert day.events[0].id in ("port", "port-again")
    assert len(day.events) == 2
    assert {"port", "port-again"} - {e.id for e in day.events}  # never both: the same thing
    assert result.sources == {e.id: source_count(e) for e in day.events}


def test_a_second_event_of_a_date_needs_enough_articles():
    events = sample()
    events[1] = replace(events[1], sources=events[1].sources[:2])  # 2 articles against the first's 6
    (day,) = key_events(events, 1, per_date=3).dates
    assert [e.id for e in day.events] == ["port"]


def test_one_article_draws_every_event_of_a_key_date():
    """A single story has nothing but one-article events: none is more widely told than another."""
    quotes = [
        "Rebels seized the port of Kalo.",
        "Aid convoys reached the city of Dorn by road.",
        "The governor resigned from office in protest.",
    ]
    story = [told(f"e{i}", "2031-03-02", 1, q) for i, q in enumerate(quotes)]
    (day,) = key_events(story, 1, per_date=2).dates
    assert sorted(e.id for e in day.events) == ["e0", "e1", "e2"]
    # the same two events told by two articles of a collection: one-article detail is left out
    collection = [*story, told("other", "2031-03-09", 1, first=5)]
    (day,) = [k for k in key_events(collection, 2, per_date=2).dates if k.date == dt.date(2031, 3, 2)]
    assert len(day.events) == 1


def test_events_shown_is_asked_and_every_day_keeps_its_score():
    events = sample()
    hidden = {"port"}
    result = key_events(events, 4, shown=lambda e: e.id not in hidden)
    assert "port" not in result.sources and "port-2" in result.sources
    scores = {k.date: k.score for k in key_dates(events, 100)}
    assert result.day_score == scores
    assert result.score_of(events[0]) == scores[dt.date(2031, 3, 2)]
    assert result.score_of(events[-1]) is None  # a month has no day


def test_count_zero_gives_the_scores_only_and_the_span_is_the_key_dates():
    events = sample()
    assert key_events(events, 0).dates == [] and key_events(events, 0).span() is None
    assert key_events(events, 0).day_score
    result = key_events(events, 2)
    first, last = result.span()
    assert first == FuzzyDate(2031, 3, 2).start_days and last == FuzzyDate(2031, 3, 10).start_days


# -- the layout in Key Events mode ------------------------------------------------------------


def crowd() -> list[Event]:
    """Two key events and forty others around them."""
    others = [
        Event(f"o{i}", f"Other event {i}", FuzzyDate.from_days(FuzzyDate(2031, 3, 1).start_days + i % 12))
        for i in range(40)
    ]
    return [told("port", "2031-03-02", 6), told("truce", "2031-03-09", 4, first=30), *others]


def frame_of(layout: TimelineLayout):
    scale = TimeScale.fit(FuzzyDate(2031, 2, 27).start_days, FuzzyDate(2031, 3, 15).start_days, 1400, 0)
    return compute_frame(layout, scale, 0, 500, lambda text: 4.0 * len(text))


def test_key_mode_draws_only_the_key_events_labelled_with_their_sources_and_bands_the_rest():
    layout = TimelineLayout(crowd())
    layout.set_key_events({"port": 6, "truce": 4})
    frame = frame_of(layout)
    drawn = {layout.columns.events[d.row].id for d in frame.events}
    assert drawn == {"port", "truce"} and not frame.clusters
    assert layout.label(layout.event(layout.row_of("port"))) == f"{WORDS['2031-03-02'][:36]} (6 sources)"
    assert layout.label_suffix(layout.event(layout.row_of("o1"))) == ""
    (band,) = frame.densities
    assert band.counts.sum() == 40  # every other event, each once
    # the label's width is measured with its source count
    port = next(d for d in frame.events if layout.columns.events[d.row].id == "port")
    assert port.label_width == 4.0 * len(layout.label(layout.event(port.row)))


def test_key_mode_follows_edits_and_filters_and_turns_off():
    layout = TimelineLayout(crowd())
    layout.set_key_events({"port": 6})
    layout.set_filter(lambda e: e.id != "o3")
    assert int(layout.background.sum()) == 40  # 41 others less the one filtered out
    moved = replace(layout.event(layout.row_of("o5")), title="Moved")
    layout.put_events([moved, told("new", "2031-03-04", 1)])
    assert layout.background[layout.row_of("new")] and not layout.visible[layout.row_of("new")]
    layout.remove_events(["port"])
    assert not layout.visible.any()
    span = layout.date_span()
    assert span is not None and span[0] <= FuzzyDate(2031, 3, 1).start_days  # the band's events count
    layout.set_key_events(None)
    assert layout.background is None and int(layout.visible.sum()) == 41 - 1 + 1
    assert np.isnan(layout.columns.label_width).all()  # measured again without source counts


def test_fit_to_key_events_leaves_out_background_dates_far_from_the_others():
    crisis = [dt.date(2010, 1, 12) + dt.timedelta(days=3 * i) for i in range(18)]
    background = [dt.date(1918, 10, 11), dt.date(1300, 1, 19)]
    framed, left_out = fit_dates(crisis + background)
    assert framed == crisis and left_out == sorted(background)


def test_fit_to_key_events_frames_every_date_when_none_is_far_off():
    spread = [dt.date(2008, 1, 1) + dt.timedelta(days=40 * i) for i in range(20)]
    assert fit_dates(spread) == (spread, [])
    few = [dt.date(1918, 1, 1), dt.date(2010, 1, 1), dt.date(2010, 1, 2)]
    assert fit_dates(few) == (few, [])  # too few to call any an outlier
    assert fit_dates([]) == ([], [])
