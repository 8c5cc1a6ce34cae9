"""The blocked merge gives exactly what comparing every pair gives (the old merge, kept here
as the reference), and it scales."""

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.extract.merge import combine, conflicting_date, merge_events, same_event
from timeline_app.core.model import Event, Kind, Origin, Source


def pairwise_merge(existing, new):
    """The merge as it was: every new event compared with every event kept so far."""
    out = list(existing)
    for event in new:
        target = next((i for i, e in enumerate(out) if not e.edited and same_event(e, event)), None)
        if target is None:
            target = next((i for i, e in enumerate(out) if not e.edited and conflicting_date(e, event)), None)
        if target is None:
            out.append(event)
        else:
            out[target] = combine(out[target], event)
    return out


DATES = [
    FuzzyDate.parse("2031-05-06"),
    FuzzyDate.parse("2031-05-07"),
    FuzzyDate.parse("2031-05"),
    FuzzyDate.parse("2031"),
    None,
]
ACTORS = ["Aino Salo", "Kenji Mori", "Salo", "Lena Ruiz", "France", "Japan", "Kenya"]
PLACES = ["Helsinki", "Nairobi", "Paris"]
WORDS = ["summit", "talks", "treaty", "troops", "border", "signed", "agreed", "visit", "ceasefire", "loan"]
KINDS = [Kind.CONSULT, Kind.AGREE, Kind.OTHER, Kind.ASSAULT]


@st.composite
def events(draw, n):
    out = []
    for i in range(n):
        article = f"a{draw(st.integers(0, 5))}"
        start = draw(st.integers(0, 3)) * 10
        out.append(
            Event(
                id=f"e{n}-{i}",
                title=" ".join(draw(st.lists(st.sampled_from(WORDS), min_size=0, max_size=5))),
                when=draw(st.sampled_from(DATES)),
                description=" ".join(draw(st.lists(st.sampled_from(WORDS), max_size=3))),
                actors=tuple(draw(st.lists(st.sampled_from(ACTORS), max_size=3, unique=True))),
                places=tuple(draw(st.lists(st.sampled_from(PLACES), max_size=2, unique=True))),
                kind=draw(st.sampled_from(KINDS)),
                sources=(Source(article, start, start + 5, "quote"),),
                reviewed=draw(st.integers(0, 9)) == 0,
                origin=Origin.MANUAL if draw(st.integers(0, 14)) == 0 else Origin.EXTRACTED,
            )
        )
    return out


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 12).flatmap(events), st.integers(0, 40).flatmap(events))
def test_blocked_merge_equals_the_pairwise_merge(existing, new):
    assert merge_events(existing, new) == pairwise_merge(existing, new)


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 15).flatmap(events), st.integers(0, 40).flatmap(events))
def test_edited_events_are_never_changed_and_no_source_is_lost(existing, new):
    merged = merge_events(existing, new)
    kept = [m for m, e in zip(merged, existing, strict=False) if e.edited]
    assert kept == [e for e in existing if e.edited]
    assert sorted((s.article, s.start) for e in merged for s in e.sources) == sorted(
        (s.article, s.start) for e in existing + new for s in e.sources
    )


def _report(n, article):
    return Event(
        id=f"r{article}-{n}",
        title=f"Leader{n} signs accord{n} with partner{n}",
        when=FuzzyDate.parse(f"2031-{1 + n % 12:02d}-{1 + n % 28:02d}"),
        actors=(f"Person{n} Name{n}", "France"),
        kind=Kind.AGREE,
        sources=(Source(f"art{article}", n, n + 5, "quote"),),
    )


def test_one_event_told_by_many_articles_becomes_one_event_with_all_sources_quickly():
    # 400 distinct events, each told by 20 articles: 8,000 reports
    reports = [_report(n, a) for a in range(20) for n in range(400)]
    started = time.perf_counter()
    merged = merge_events([], reports)
    seconds = time.perf_counter() - started
    assert len(merged) == 400
    assert all(len(e.sources) == 20 for e in merged)
    # comparing every pair took minutes for this; blocked it is well under a second when idle
    assert seconds < 20
