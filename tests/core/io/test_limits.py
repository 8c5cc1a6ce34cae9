"""What one record may cost (issue 15.3): every loader cuts an event to the bounds of
core.io.limits and says so in one warning naming the event and what was cut."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.core.io.test_project import small_timeline
from timeline_app.core.dates import FuzzyDate
from timeline_app.core.io import limits
from timeline_app.core.io.exchange import (
    export_csv,
    export_ics,
    export_timelinejs,
    import_csv,
    import_ics,
    import_timelinejs,
)
from timeline_app.core.io.limits import (
    MAX_ALTERNATIVES,
    MAX_DESCRIPTION,
    MAX_NAMES,
    MAX_ROLES,
    MAX_SOURCES,
    MAX_TITLE,
    cap_event,
    cap_text,
)
from timeline_app.core.io.project import parse_project, project_bytes
from timeline_app.core.model import Event, Timeline


def project_with(**record_changes: Any) -> dict[str, Any]:
    """small_timeline's project with event e1's record changed."""
    data = json.loads(project_bytes(small_timeline()))
    record = next(r for r in data["events"] if r["id"] == "e1")
    record.update(record_changes)
    return data


def within_bounds(event: Event) -> bool:
    return (
        len(event.title) <= MAX_TITLE
        and len(event.description) <= MAX_DESCRIPTION
        and len(event.actors) <= MAX_NAMES
        and len(event.places) <= MAX_NAMES
        and len(event.roles) <= MAX_ROLES
        and len(event.sources) <= MAX_SOURCES
        and len(event.alternatives) <= MAX_ALTERNATIVES
    )


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("actors", [f"Envoy {n}" for n in range(100_000)], "its 100,000 actors to the first 200"),
        ("places", [f"Town {n}" for n in range(MAX_NAMES + 1)], "its 201 places to the first 200"),
        ("title", "Talks " * 1000, "its title of 6,000 characters to 2,000"),
        ("description", "x" * (MAX_DESCRIPTION + 5), "its description of 200,005 characters to 200,000"),
        ("roles", {f"Envoy {n}": "host" for n in range(MAX_ROLES + 50)}, "its 250 roles to the first 200"),
        ("alternatives", [{"start": "2025-12-02", "precision": "day"}] * 150, "its 150 alternatives"),
    ],
)
def test_a_project_record_past_a_bound_is_cut_with_one_warning(field: str, value: Any, words: str) -> None:
    timeline, warnings = parse_project(json.dumps(project_with(**{field: value})))
    event = timeline.event("e1")
    assert within_bounds(event)
    assert (
        len(warnings) == 1
        and warnings[0].startswith("event 'e1' was too large; cut ")
        and words in warnings[0]
    )
    kept = getattr(event, field)
    if isinstance(value, list) and field != "alternatives":
        assert list(kept) == value[: len(kept)] and len(kept) in (MAX_NAMES, MAX_SOURCES)
    assert {e.id for e in timeline.events} == {"e1", "e2", "e3"}


def test_a_million_sources_are_cut_before_they_are_checked() -> None:
    """Each cites a missing article: a warning each would be a million warnings."""
    sources = [{"article": "gone", "start": 0, "end": 1, "quote": "E"}] * 1_000_000
    timeline, warnings = parse_project(json.dumps(project_with(sources=sources)))
    assert warnings[0] == "event 'e1' was too large; cut its 1,000,000 sources to the first 1,000"
    assert len(warnings) == 1 + MAX_SOURCES  # then each kept source that cites nothing
    assert timeline.event("e1").sources == ()


def test_the_timeline_and_article_titles_are_bounded() -> None:
    data = project_with()
    data["title"] = "T" * (MAX_TITLE * 3)
    data["articles"][0]["title"] = "A" * (MAX_TITLE + 1)
    timeline, warnings = parse_project(json.dumps(data))
    assert len(timeline.title) == MAX_TITLE and len(timeline.articles[0].title) == MAX_TITLE
    assert any(w.startswith("the timeline was too large") for w in warnings)
    assert any(w.startswith("article 'a1' was too large") for w in warnings)


def test_the_fast_path_hands_records_past_a_bound_to_the_repairing_path() -> None:
    """A well-formed record with 201 actors is not read as it is by the fast path."""
    from timeline_app.core.io.project_reader import _Reader

    record = project_with(actors=[f"a{n}" for n in range(MAX_NAMES + 1)])["events"]
    reader = _Reader([])
    e1 = next(r for r in record if r["id"] == "e1")
    assert reader.plain_event(e1, {a.id: a for a in small_timeline().articles}) is None
    e2 = next(r for r in record if r["id"] == "e2")
    assert reader.plain_event(e2, {a.id: a for a in small_timeline().articles}) is not None


def huge_event() -> Event:
    return Event(
        "big",
        "Summit " * 500,
        FuzzyDate(2025, 6, 1),
        description="d" * (MAX_DESCRIPTION + 1),
        actors=tuple(f"Envoy {n}" for n in range(5000)),
        places=tuple(f"Town {n}" for n in range(300)),
    )


@pytest.mark.parametrize("fmt", ["csv", "timelinejs", "ics"])
def test_exchange_imports_cut_an_event_past_the_bounds(fmt: str) -> None:
    timeline = Timeline(title="Big")
    timeline.add_events([huge_event(), Event("small", "Talks", FuzzyDate(2025, 6, 2))])
    if fmt == "csv":
        result = import_csv(export_csv(timeline))
    elif fmt == "timelinejs":
        result = import_timelinejs(export_timelinejs(timeline))
    else:
        result = import_ics(export_ics(timeline).data)
    assert {e.id for e in result.timeline.events} == {"big", "small"}
    assert all(within_bounds(e) for e in result.timeline.events)
    big = result.timeline.event("big")
    assert big.actors == huge_event().actors[:MAX_NAMES]
    (warning,) = result.warnings
    assert "too large" in warning and "its 5,000 actors to the first 200" in warning


def test_cap_event_leaves_an_event_within_bounds_alone() -> None:
    event = small_timeline().event("e1")
    warnings: list[str] = []
    assert cap_event(event, "e1", warnings) is event and warnings == []


@given(st.text(min_size=0, max_size=40), st.integers(1, 30))
def test_cap_text_never_splits_a_surrogate_pair(text: str, limit: int) -> None:
    text = text + "\U0001f600" * 20
    cut = cap_text(text.encode("utf-16", "surrogatepass").decode("utf-16", "surrogatepass"), limit)
    assert len(cut) <= limit and text.startswith(cut)


def test_the_bounds_are_far_above_a_real_event() -> None:
    """A summit communique names some dozens of states: the bounds must never cut real news."""
    assert limits.MAX_NAMES >= 100 and limits.MAX_TITLE >= 500 and limits.MAX_SOURCES >= 500


@given(st.integers(0, MAX_NAMES * 2), st.integers(0, MAX_NAMES * 2), st.integers(0, MAX_TITLE * 2))
def test_any_record_loads_within_the_bounds_keeping_what_comes_first(
    actors: int, places: int, title: int
) -> None:
    names = [f"n{k}" for k in range(max(actors, places))]
    data = project_with(actors=names[:actors], places=names[:places], title="t" * title or "x")
    timeline, warnings = parse_project(json.dumps(data))
    event = timeline.event("e1")
    assert within_bounds(event)
    assert list(event.actors) == names[: min(actors, MAX_NAMES)]
    assert list(event.places) == names[: min(places, MAX_NAMES)]
    assert bool(warnings) == (actors > MAX_NAMES or places > MAX_NAMES or title > MAX_TITLE)
