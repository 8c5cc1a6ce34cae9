"""One event told by several articles becomes one event with several sources.

Two events are the same when they fall on the same date at the same precision, share an actor
that is not only a country (or share a country and a place), and say similar things (same kind
or shared content words). A date that another article gives for the same event (same people,
same kind, very similar words) is kept in ``alternatives``. Events a person edited or reviewed
are never changed here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.extract.pipeline import country_name_is, extract_events
from timeline_app.core.model import Article, Event

STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "that",
        "this",
        "these",
        "those",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "said",
        "says",
        "say",
        "it",
        "its",
        "their",
        "his",
        "her",
        "they",
        "he",
        "she",
        "we",
        "not",
        "but",
        "after",
        "before",
        "while",
        "than",
        "then",
        "there",
        "which",
        "who",
        "what",
        "when",
        "where",
        "also",
        "into",
        "over",
        "about",
        "against",
        "during",
        "more",
        "most",
        "some",
        "such",
        "one",
        "two",
        "three",
        "new",
        "other",
        "last",
        "this",
        "week",
        "month",
        "year",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
_WORD = re.compile(r"[a-z][a-z'-]{2,}")


def content_words(event: Event) -> set[str]:
    text = f"{event.title} {event.description}".lower()
    return {w[:6] for w in _WORD.findall(text) if w not in STOPWORDS}


def _people(event: Event) -> set[str]:
    """Actors that are not countries, compared by surname so "Rubio" meets "Marco Rubio"."""
    return {a.split()[-1].lower() for a in event.actors if not country_name_is(a)}


def _countries(event: Event) -> set[str]:
    return {a for a in event.actors if country_name_is(a)}


def _articles(event: Event) -> set[str]:
    return {s.article for s in event.sources}


def similarity(a: Event, b: Event) -> float:
    wa, wb = content_words(a), content_words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def same_date(a: FuzzyDate | None, b: FuzzyDate | None) -> bool:
    return a is not None and b is not None and a.precision == b.precision and a.iso() == b.iso()


def same_event(a: Event, b: Event) -> bool:
    """Whether two events (from different articles) tell the same thing on the same date."""
    if not same_date(a.when, b.when) or _articles(a) & _articles(b):
        return False
    who = bool(_people(a) & _people(b)) or (
        bool(_countries(a) & _countries(b)) and bool(set(a.places) & set(b.places))
    )
    return who and (a.kind == b.kind or similarity(a, b) >= 0.12)


def conflicting_date(a: Event, b: Event) -> bool:
    """The same event with another date: same people, same kind, much the same words."""
    if a.when is None or b.when is None or same_date(a.when, b.when) or _articles(a) & _articles(b):
        return False
    return bool(_people(a) & _people(b)) and a.kind == b.kind and similarity(a, b) >= 0.3


def combine(a: Event, b: Event) -> Event:
    """``a`` with ``b``'s sources, actors and places added (``a`` keeps its id and title)."""
    alternatives = list(a.alternatives)
    if (
        b.when is not None
        and not same_date(a.when, b.when)
        and all(not same_date(x, b.when) for x in alternatives)
    ):
        alternatives.append(b.when)
    alternatives.extend(x for x in b.alternatives if all(not same_date(x, y) for y in alternatives))
    return a.with_changes(
        sources=a.sources + tuple(s for s in b.sources if s not in a.sources),
        actors=tuple(dict.fromkeys(a.actors + b.actors)),
        places=tuple(dict.fromkeys(a.places + b.places)),
        roles=tuple(dict.fromkeys(a.roles + b.roles)),
        alternatives=tuple(alternatives),
    )


def merge_events(existing: Iterable[Event], new: Iterable[Event]) -> list[Event]:
    """``existing`` followed by the events of ``new`` that are not already there; a new event
    that tells an existing one is folded into it (unless a person edited that one)."""
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


def reextract(events: Iterable[Event], article: Article, published=None) -> list[Event]:
    """The events of a timeline after extracting ``article`` again.

    Events a person edited or reviewed stay exactly as they are (and a fresh event with the
    same id does not replace them); the other events of this article are replaced by the
    fresh extraction; events merged from several articles keep their other sources.
    """
    fresh = extract_events(article, published)
    kept: list[Event] = []
    edited_ids = set()
    for e in events:
        if e.edited:
            kept.append(e)
            edited_ids.add(e.id)
            continue
        others = tuple(s for s in e.sources if s.article != article.id)
        if len(others) == len(e.sources):
            kept.append(e)
        elif others:
            kept.append(e.with_changes(sources=others))
    fresh = [e for e in fresh if e.id not in edited_ids and not _told_by_edited(e, kept)]
    return merge_events(kept, fresh)


def _told_by_edited(event: Event, events: list[Event]) -> bool:
    """A fresh event whose sentence an edited event already quotes is that event: skip it."""
    spans = {(s.article, s.start, s.end) for s in event.sources}
    return any(e.edited and spans & {(s.article, s.start, s.end) for s in e.sources} for e in events)
