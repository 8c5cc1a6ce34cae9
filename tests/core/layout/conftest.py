"""Small hand-made timelines for layout tests."""

from __future__ import annotations

import pytest

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.model import Article, Event, Kind, Source, Status, Timeline


def ev(
    i: int, when: str | None, actors=(), kind=Kind.CONSULT, status=Status.REPORTED, title="", **kw
) -> Event:
    return Event(
        f"e{i}",
        title or f"Event number {i}",
        FuzzyDate.parse(when) if when else None,
        actors=actors,
        kind=kind,
        status=status,
        **kw,
    )


@pytest.fixture
def small_timeline() -> Timeline:
    timeline = Timeline(title="Small")
    timeline.add_article(Article("a1", "Talks in Geneva", "text", FuzzyDate.parse("2025-11-20")))
    timeline.add_article(Article("a2", "Strikes resume", "text", FuzzyDate.parse("2025-12-02")))
    src1, src2 = Source("a1", 0, 4, "text"), Source("a2", 0, 4, "text")
    timeline.add_events(
        [
            ev(1, "2025-11-18", ("Ukraine", "United States"), sources=(src1,), places=("Switzerland",)),
            ev(2, "2025-11", ("Russia",), Kind.ASSAULT, Status.CLAIMED, sources=(src2,)),
            ev(3, "2025-12-01", ("Russia", "United States"), Kind.CONSULT, Status.PLANNED, sources=(src2,)),
            ev(4, "2025-11-10/2025-11-14", ("Ukraine",), Kind.AID, Status.CONFIRMED, sources=(src1,)),
            ev(5, None, ("France",), Kind.STATEMENT),
            ev(6, "2025-11-30", (), Kind.ACCUSE, Status.DENIED, places=("France",)),
        ]
    )
    return timeline
