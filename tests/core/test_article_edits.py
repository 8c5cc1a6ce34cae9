"""Removing and re-extracting articles: the extractor's events go, a person's stay."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline_app.core.article_edits import before_reextraction, fresh_events, without_articles
from timeline_app.core.model import Event, Origin, Source


def src(article: str, start: int = 0) -> Source:
    return Source(article, start, start + 1, "x")


def ev(event_id: str, *articles: str, origin: Origin = Origin.EXTRACTED, reviewed: bool = False) -> Event:
    return Event(
        event_id, event_id, sources=tuple(src(a, i) for i, a in enumerate(articles)), origin=origin,
        reviewed=reviewed,
    )  # fmt: skip


def ids(events: list[Event]) -> list[str]:
    return [e.id for e in events]


def test_removing_an_article_removes_the_events_only_it_tells() -> None:
    events = [ev("only-a", "a"), ev("only-b", "b"), ev("both", "a", "b")]
    outcome = without_articles(events, ["a"])
    assert ids(outcome.events) == ["only-b", "both"]
    assert [s.article for s in outcome.events[1].sources] == ["b"]
    assert (outcome.removed, outcome.trimmed) == (1, 1)


def test_removing_an_article_removes_reviewed_extracted_events_but_keeps_manual_ones() -> None:
    events = [ev("checked", "a", reviewed=True), ev("mine", "a", origin=Origin.MANUAL), ev("free", "c")]
    outcome = without_articles(events, ["a"])
    assert ids(outcome.events) == ["mine", "free"]
    assert outcome.events[0].sources == ()


def test_reextraction_takes_out_only_unreviewed_extracted_events() -> None:
    events = [
        ev("auto", "a"),
        ev("checked", "a", reviewed=True),
        ev("mine", "a", origin=Origin.MANUAL),
        ev("shared", "a", "b"),
        ev("other", "b"),
    ]
    outcome = before_reextraction(events, ["a"])
    assert ids(outcome.events) == ["checked", "mine", "shared", "other"]
    # A person's events keep their sources in the article; the shared one loses it.
    assert [s.article for s in outcome.events[0].sources] == ["a"]
    assert [s.article for s in outcome.events[2].sources] == ["b"]
    assert (outcome.removed, outcome.trimmed) == (1, 1)


def test_a_person_s_version_of_an_event_wins_over_its_new_extraction() -> None:
    kept = [ev("e1", "a", reviewed=True)]
    new = [ev("e1", "a"), ev("e2", "a")]
    assert ids(fresh_events(kept, new)) == ["e2"]


articles = st.sampled_from(["a", "b", "c"])
events_strategy = st.lists(
    st.builds(
        lambda i, arts, origin, reviewed: ev(f"e{i}", *arts, origin=origin, reviewed=reviewed),
        st.integers(0, 10_000),
        st.lists(articles, max_size=3),
        st.sampled_from(list(Origin)),
        st.booleans(),
    ),
    max_size=20,
    unique_by=lambda e: e.id,
)


@given(events_strategy, st.sets(articles))
def test_no_kept_event_cites_a_removed_article_and_nothing_else_changes(events, gone) -> None:
    outcome = without_articles(events, gone)
    assert len(outcome.events) + outcome.removed == len(events)
    by_id = {e.id: e for e in events}
    for event in outcome.events:
        assert all(s.article not in gone for s in event.sources)
        original = by_id[event.id]
        assert event.with_changes(sources=original.sources) == original


@given(events_strategy, st.sets(articles))
def test_reextraction_never_changes_a_reviewed_or_manual_event(events, redo) -> None:
    outcome = before_reextraction(events, redo)
    kept = {e.id: e for e in outcome.events}
    for event in events:
        if event.reviewed or event.origin is Origin.MANUAL:
            assert kept[event.id] is event
        elif event.id in kept:
            assert all(s.article not in redo for s in kept[event.id].sources)
