"""Hypothesis strategies for dates, articles, events and whole timelines (shared by the io tests)."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import assume
from hypothesis import strategies as st

from timeline_app.core.dates import FuzzyDate, Precision, days_from_civil
from timeline_app.core.model import Article, Event, Kind, Origin, Source, Status, Timeline

FIRST_DAY = days_from_civil(-20000, 1, 1)
LAST_DAY = days_from_civil(20000, 12, 31)

text = st.text(max_size=40)
names = st.text(min_size=1, max_size=20)


@st.composite
def single_dates(draw: st.DrawFn, precisions: list[Precision] | None = None) -> FuzzyDate:
    days = draw(st.integers(FIRST_DAY, LAST_DAY))
    minute = draw(st.integers(0, 1439))
    precision = draw(st.sampled_from(precisions or list(Precision)))
    return FuzzyDate.from_days(days + minute / 1440, Precision.MINUTE).truncate(precision)


@st.composite
def fuzzy_dates(draw: st.DrawFn) -> FuzzyDate:
    """Any date the model allows: every precision, approximate or not, ranges whose end
    may have another precision than their start."""
    date = draw(single_dates())
    if draw(st.booleans()):
        date = replace(date, approximate=True)
    if draw(st.integers(0, 3)) == 0:
        end = draw(single_dates())
        assume(end.end_days >= date.start_days)
        date = replace(date, end=end)
    return date


@st.composite
def articles(draw: st.DrawFn, article_id: str) -> Article:
    published = draw(st.none() | single_dates([Precision.DAY, Precision.MONTH, Precision.YEAR]))
    folder = draw(st.sampled_from(["", "articles/", "a b/ç/"]))
    return Article(
        id=article_id,
        title=draw(text),
        text=draw(st.text(max_size=300)),
        published=published,
        source=draw(text),
        path=draw(st.sampled_from(["", folder + "story.txt", folder + "page.html"])),
        sha256=draw(st.sampled_from(["", "0" * 64])),
        language=draw(st.sampled_from(["", "en", "fr"])),
    )


@st.composite
def sources(draw: st.DrawFn, article: Article) -> Source:
    start = draw(st.integers(0, len(article.text)))
    end = draw(st.integers(start, len(article.text)))
    return Source.from_article(article, start, end)


@st.composite
def events(draw: st.DrawFn, event_id: str, cited: list[Article]) -> Event:
    when = draw(st.none() | fuzzy_dates())
    actors = draw(st.lists(names, max_size=3))
    roles = draw(st.dictionaries(names, names, max_size=2))
    return Event(
        id=event_id,
        title=draw(text),
        when=when,
        description=draw(text),
        actors=tuple(actors),
        places=tuple(draw(st.lists(names, max_size=2))),
        kind=draw(st.sampled_from(list(Kind))),
        status=draw(st.sampled_from(list(Status))),
        sources=tuple(draw(sources(a)) for a in cited),
        origin=draw(st.sampled_from(list(Origin))),
        reviewed=draw(st.booleans()),
        expression=draw(text),
        explanation=draw(st.sampled_from(["", "Monday -> 2025-12-01"])),
        notes=draw(st.sampled_from(["", "checked by hand", "two\nlines"])),
        roles=tuple(roles.items()),
        alternatives=tuple(draw(st.lists(fuzzy_dates(), max_size=2))),
        confidence=draw(st.sampled_from([1.0, 0.0, 0.35, 0.95])),
        confidence_reason=draw(st.sampled_from(["", "no actor found", "fragment: no finite verb"])),
    )


@st.composite
def timelines(draw: st.DrawFn, max_events: int = 8) -> Timeline:
    article_ids = draw(st.lists(names, max_size=3, unique=True))
    found = [draw(articles(aid)) for aid in article_ids]
    event_ids = draw(st.lists(names, max_size=max_events, unique=True))
    made = []
    for eid in event_ids:
        cited = draw(st.lists(st.sampled_from(found), max_size=2)) if found else []
        made.append(draw(events(eid, cited)))
    timeline = Timeline(title=draw(text))
    timeline.replace_all(timeline.title, found, made)
    return timeline


def same_content(a: Timeline, b: Timeline) -> bool:
    return (
        a.title == b.title
        and {x.id: x for x in a.articles} == {x.id: x for x in b.articles}
        and {x.id: x for x in a.events} == {x.id: x for x in b.events}
    )
