"""The Timeline: one API for every change, and notifications for each."""

from __future__ import annotations

import pytest

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.model import Article, Change, Event, Kind, Origin, Source, Status, Timeline


def make_event(eid: str, day: int = 1, **kw: object) -> Event:
    return Event(id=eid, title=f"event {eid}", when=FuzzyDate(2025, 12, day), **kw)  # type: ignore[arg-type]


def test_every_change_is_announced_to_listeners() -> None:
    timeline = Timeline()
    seen: list[Change] = []
    unsubscribe = timeline.subscribe(seen.append)
    timeline.add_article(Article("a1", "Title", "Some text."))
    timeline.add_events([make_event("e1"), make_event("e2")])
    timeline.update_event(timeline.event("e1").with_changes(title="new"))
    timeline.remove_events(["e2"])
    unsubscribe()
    timeline.add_event(make_event("e3"))
    assert [(c.kind, c.what, c.ids) for c in seen] == [
        ("added", "article", ("a1",)),
        ("added", "event", ("e1", "e2")),
        ("updated", "event", ("e1",)),
        ("removed", "event", ("e2",)),
    ]
    assert timeline.event("e1").title == "new"
    assert [e.id for e in timeline.events] == ["e1", "e3"]


def test_ids_are_unique_and_updates_need_an_existing_event() -> None:
    timeline = Timeline()
    timeline.add_event(make_event("e1"))
    with pytest.raises(ValueError, match="already"):
        timeline.add_event(make_event("e1"))
    with pytest.raises(KeyError):
        timeline.update_event(make_event("missing"))
    with pytest.raises(KeyError):
        timeline.remove_event("missing")


def test_articles_update_together_with_one_announcement() -> None:
    timeline = Timeline()
    timeline.add_article(Article("a1", "One", "First."))
    timeline.add_article(Article("a2", "Two", "Second."))
    seen: list[Change] = []
    timeline.subscribe(seen.append)
    timeline.update_articles([Article("a2", "Two (kept)", "Second."), Article("a1", "One (kept)", "First.")])
    assert [(c.kind, c.what, c.ids) for c in seen] == [("updated", "article", ("a2", "a1"))]
    assert [a.title for a in timeline.articles] == ["One (kept)", "Two (kept)"]  # in their places
    with pytest.raises(KeyError):
        timeline.update_articles([Article("missing", "", "")])


def test_events_are_frozen_and_accept_lists() -> None:
    event = Event(id="e", title="t", actors=["A", "B"], kind="CONSULT", status="planned")  # type: ignore[arg-type]
    assert event.actors == ("A", "B")
    assert event.kind is Kind.CONSULT and event.status is Status.PLANNED
    with pytest.raises(AttributeError):
        event.title = "x"  # type: ignore[misc]
    assert not event.edited
    assert event.with_changes(reviewed=True).edited
    assert Event(id="m", title="t", origin=Origin.MANUAL).edited


def test_source_quotes_are_the_article_text_at_their_offsets() -> None:
    article = Article("a1", "T", "Talks began on Monday. They ended.")
    source = Source.from_article(article, 0, 22)
    assert source.quote == "Talks began on Monday."
    with pytest.raises(ValueError):
        Source.from_article(article, 10, 999)


def test_date_span_covers_dated_events_only() -> None:
    timeline = Timeline()
    assert timeline.date_span() is None
    timeline.add_events([make_event("e1", 1), make_event("e2", 5), Event(id="u", title="undated")])
    start, end = timeline.date_span()  # type: ignore[misc]
    assert end - start == 5


def test_uncertain_events_are_extracted_ones_scored_low_and_unchecked() -> None:
    from timeline_app.core.model import UNCERTAIN_BELOW, Origin, without_uncertain

    low = Event("e1", "Low", confidence=UNCERTAIN_BELOW - 0.1, confidence_reason="no actor found")
    assert low.uncertain
    assert not low.with_changes(reviewed=True).uncertain  # a person checked it
    assert not low.with_changes(origin=Origin.MANUAL).uncertain
    assert not low.with_changes(confidence=UNCERTAIN_BELOW).uncertain
    assert (Event("e2", "Plain").confidence, Event("e2", "Plain").confidence_reason) == (1.0, "")
    timeline = Timeline(title="T")
    timeline.add_events([low, Event("e2", "Plain")])
    kept, hidden = without_uncertain(timeline)
    assert hidden == 1 and [e.id for e in kept.events] == ["e2"]
    assert without_uncertain(kept) == (kept, 0)  # nothing to leave out: the same timeline


def test_with_changes_is_dataclasses_replace() -> None:
    from dataclasses import fields, replace

    event = Event(
        id="e1",
        title="Envoys meet",
        when=FuzzyDate(2024, 3, 5),
        actors=("Arvel",),
        roles=(("Arvel", "source"),),
        confidence=0.4,
    )
    for changes in (
        {},
        {"title": "Envoys part", "when": None},
        {"actors": ["Arvel", "Brenn"], "kind": "CONSULT"},  # a list and a name: made a tuple and a kind
        {"status": "denied", "origin": "manual", "confidence": 0.9},
    ):
        made, expected = event.with_changes(**changes), replace(event, **changes)
        assert made == expected
        assert all(getattr(made, f.name) == getattr(expected, f.name) for f in fields(Event))
        assert type(made.actors) is tuple and type(made.kind) is type(expected.kind)
    with pytest.raises(TypeError):
        event.with_changes(nonsense=1)
