"""Scoring the extractor on hand-written news stories (tests/core/extract/fixtures/).

The stories are the project's own prose in wire-service style, written to be unlike the
shared corpora, so that the figures say how the rules hold up on news they were not tuned on.
Each ``NN_name.txt`` has an ``NN_name.json`` beside it, written by hand:

    {"published": "2025-03-11",
     "events": [{"quote": "on Monday", "date": "2025-03-10", "actors": [...], "places": [...],
                 "kind": "CONSULT", "status": "claimed", "title": "Lavrov"}],
     "people": {"Sergei Lavrov": "RUS"}}

An expected event is found when an extracted event carries ``date`` and quotes a sentence
containing ``quote``; its attributes are then compared (actors and places: each expected
name among the event's; title: contains the keyword, case-insensitive). ``people`` names
persons that must be resolved to that country (ISO alpha-3, or the organisation's code).

Used by test_news.py and benchmarks/bench_events.py.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ATTRIBUTES = ("actors", "places", "kind", "status", "title")
DANGLING = frozenset(["of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or", "the", "a",
                      "an", "about", "into", "as"])  # fmt: skip


@dataclass(slots=True)
class NewsScore:
    expected: int = 0
    found: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ATTRIBUTES, 0))
    people: int = 0
    people_right: int = 0
    calendar: int = 0  # time expressions with a calendar value
    calendar_dated: int = 0  # ... that date an event quoting them
    titles: int = 0
    titles_bad: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def summary(self) -> str:
        attrs = ", ".join(f"{a} {self.right[a]}" for a in ATTRIBUTES)
        return (
            f"expected events found with their date {self.found}/{self.expected}; of those right: {attrs}\n"
            "calendar-dated expressions dating an event that quotes them "
            f"{self.calendar_dated}/{self.calendar}\n"
            f"people resolved with their country {self.people_right}/{self.people}\n"
            f"titles failing the headline checks {len(self.titles_bad)}/{self.titles}"
        )


def fixture_names() -> list[str]:
    return sorted(p.stem for p in FIXTURES.glob("*.txt"))


def title_problem(title: str) -> str:
    """Why a title does not read like a headline, or "" when it does."""
    if not title:
        return "empty"
    if len(title) > 80:
        return "over 80 characters"
    words = title.rstrip("…").split()
    if not title.endswith("…") and words and words[-1].lower() in DANGLING:
        return "ends with a dangling word"
    if title.endswith("…") and words and words[-1].lower() in DANGLING:
        return "cut after a dangling word"
    if title.endswith("…") and len(title) < 60:
        return "short title cut"
    if re.search(r"\b(\w+(?: \w+)*) \1\b", title, flags=re.IGNORECASE):
        return "repeated word"
    return ""


def _matches(ev: Any, want: dict[str, Any]) -> bool:
    if ev.when is None or ev.when.iso() != want["date"]:
        return False
    return any(want["quote"] in s.quote for s in ev.sources)


def _right(ev: Any, want: dict[str, Any]) -> dict[str, bool]:
    title = ev.title.lower()
    return {
        "actors": all(a in ev.actors for a in want.get("actors", [])),
        "places": all(p in ev.places for p in want.get("places", [])),
        "kind": ev.kind.value == want["kind"],
        "status": ev.status.value == want["status"],
        "title": want["title"].lower() in title,
    }


def _dates(ev: Any, e: Any) -> bool:
    """The event carries the expression's date (or, for "since last week", the stretch from it up to
    the publication day)."""
    if ev.when is not None and ev.when.end is not None and e.date.end is None:
        return replace(ev.when, end=None) == e.date
    return ev.when == e.date


def score_story(name: str, score: NewsScore) -> list[Any]:
    """Score one story into ``score``; returns its events."""
    from timeline_app.core.extract import extract_events
    from timeline_app.core.extract.text import sentences
    from timeline_app.core.gazetteer import gazetteer, key
    from timeline_app.core.io.articles import load_article
    from timeline_app.core.temporal import tag

    want = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    article = load_article(FIXTURES / f"{name}.txt")
    assert article.published is not None and article.published.iso() == want["published"], name
    exprs = [e for e in tag(article.text, article.published) if e.type in ("DATE", "TIME")]
    events = extract_events(article, expressions=exprs)
    for w in want["events"]:
        score.expected += 1
        candidates = [ev for ev in events if _matches(ev, w)]
        if not candidates:
            score.misses.append(f"{name}: no event dated {w['date']} quoting {w['quote']!r}")
            continue
        score.found += 1
        best = max(candidates, key=lambda ev: sum(_right(ev, w).values()))
        for attr, ok in _right(best, w).items():
            score.right[attr] += ok
            if not ok:
                got = getattr(best, attr)
                got = got.value if hasattr(got, "value") else got
                score.misses.append(f"{name}: {w['quote']!r} {attr}: want {w.get(attr)!r}, got {got!r}")
    actors = {a for ev in events for a in ev.actors}
    gaz = gazetteer()
    for person, country in want.get("people", {}).items():
        score.people += 1
        entry = gaz.lookup(key(person))
        if person in actors and entry is not None and entry.country == country:
            score.people_right += 1
        else:
            found = f"{entry.kind} {entry.name} {entry.country}" if entry else "not in the gazetteer"
            score.misses.append(
                f"{name}: person {person} ({country}): among actors {person in actors}, {found}"
            )
    spans = [(s.start, s.end) for s in sentences(article.text)]
    for e in exprs:
        if e.date is None or not any(a <= e.start and e.end <= b for a, b in spans):
            continue  # a dateline's date is the publication date, outside every sentence
        score.calendar += 1
        if any(
            _dates(ev, e) and any(s.start <= e.start and e.end <= s.end for s in ev.sources) for ev in events
        ):
            score.calendar_dated += 1
        else:
            score.misses.append(f"{name}: {e.text!r} ({e.date.iso()}) dates no event quoting it")
    for ev in events:
        score.titles += 1
        problem = title_problem(ev.title)
        if problem:
            score.titles_bad.append(f"{name}: {ev.title!r}: {problem}")
    return events


def score_all() -> NewsScore:
    score = NewsScore()
    for name in fixture_names():
        score_story(name, score)
    return score
