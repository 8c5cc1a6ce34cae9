"""One event told by several articles becomes one event with several sources.

Two events are the same when they fall on the same date at the same precision, share an actor
that is not only a country (or share a country and a place), and say similar things (same kind
or shared content words). A date that another article gives for the same event (same people,
same kind, very similar words) is kept in ``alternatives``. Events a person edited or reviewed
are never changed here.
"""

from __future__ import annotations

import gc
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.extract.extractor import country_name_is, extract_events
from timeline_app.core.model import Article, Event, Kind

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
_CONFLICT_SIMILARITY = 0.3  # conflicting_date's threshold (also the merge's prefix filter's)
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
    return bool(_people(a) & _people(b)) and a.kind == b.kind and similarity(a, b) >= _CONFLICT_SIMILARITY


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
    that tells an existing one is folded into it (unless a person edited that one).

    A new event goes to the first event (in list order) that tells the same thing on the same
    date, else to the first that gives it another date (:func:`same_event`,
    :func:`conflicting_date`). Only events that could pass those tests are compared: the
    same date and a shared person or country for the first; a shared person, the same kind and
    a shared rare word (prefix filtering, exact for the similarity threshold) for the second.
    The result is the one comparing every pair gives, in near-linear time.
    """
    with _collector_paused():
        return _Merger(list(existing), list(new)).run()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while merging: the merge keeps nearly every object it makes
    (indexes, word sets), so the collections it set off found nothing and took 40% of its time
    (traversing the events of a whole collection each time); it makes no cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _day(when: FuzzyDate) -> tuple[str, str]:
    """What :func:`same_date` compares."""
    return str(when.precision), when.iso()


class _Merger:
    """The indexes behind :func:`merge_events` (every key an event could match on), and what
    :func:`same_event` and :func:`conflicting_date` read of each kept event, computed once."""

    def __init__(self, existing: list[Event], new: list[Event]) -> None:
        self.existing = existing
        self.new = new
        self.out: list[Event] = []
        self.days: list[tuple[str, str] | None] = []
        self.words: list[set[str]] = []  # a merged event keeps its title, so its words
        self.people: list[set[str]] = []
        self.countries: list[set[str]] = []
        self.places: list[set[str]] = []
        self.articles: list[set[str]] = []
        self.by_day: dict[tuple[str, ...], list[int]] = {}  # (precision, iso, actor key)
        self.by_word: dict[tuple[str, Kind, str], list[int]] = {}  # (surname, kind, prefix word)
        self._existing_words = [content_words(e) for e in existing]
        self._new_words = [content_words(e) for e in new]
        frequency: Counter[str] = Counter()
        for words in self._existing_words + self._new_words:
            frequency.update(words)
        self.frequency = frequency

    def _prefix(self, words: set[str]) -> list[str]:
        """The rarest words of a set: two sets with Jaccard >= t share one of each other's."""
        if not words:
            return []
        ordered = sorted(words, key=lambda w: (self.frequency[w], w))
        keep = len(ordered) - math.ceil(_CONFLICT_SIMILARITY * len(ordered) - 1e-9) + 1
        return ordered[:keep]

    def _index(self, i: int, people: set[str], countries: set[str]) -> None:
        e, day = self.out[i], self.days[i]
        if e.edited or day is None:
            return
        prefix = self._prefix(self.words[i]) if people else []
        for p in people:
            self.by_day.setdefault((*day, "p:" + p), []).append(i)
            for w in prefix:
                self.by_word.setdefault((p, e.kind, w), []).append(i)
        for c in countries:
            self.by_day.setdefault((*day, "c:" + c), []).append(i)

    def _add(self, event: Event, words: set[str], day: tuple[str, str] | None) -> None:
        i = len(self.out)
        self.out.append(event)
        self.days.append(day)
        self.words.append(words)
        self.people.append(_people(event))
        self.countries.append(_countries(event))
        self.places.append(set(event.places))
        self.articles.append(_articles(event))
        self._index(i, self.people[i], self.countries[i])

    def run(self) -> list[Event]:
        for e, words in zip(self.existing, self._existing_words, strict=True):
            self._add(e, words, _day(e.when) if e.when is not None else None)
        for event, words in zip(self.new, self._new_words, strict=True):
            day = _day(event.when) if event.when is not None else None
            people, countries, articles = _people(event), _countries(event), _articles(event)
            target = self._find(event, day, words, people, countries, articles)
            if target is None:
                self._add(event, words, day)
                continue
            self.out[target] = combine(self.out[target], event)
            self._index(target, people - self.people[target], countries - self.countries[target])
            self.people[target] |= people
            self.countries[target] |= countries
            self.places[target] |= set(event.places)
            self.articles[target] |= articles
        return self.out

    def _similarity(self, i: int, words: set[str]) -> float:
        mine = self.words[i]
        return len(mine & words) / len(mine | words) if mine and words else 0.0

    def _find(
        self,
        event: Event,
        day: tuple[str, str] | None,
        words: set[str],
        people: set[str],
        countries: set[str],
        articles: set[str],
    ) -> int | None:
        """:func:`same_event` then :func:`conflicting_date`, on the candidates only."""
        if day is None:
            return None
        candidates: set[int] = set()
        for p in people:
            candidates.update(self.by_day.get((*day, "p:" + p), ()))
        for c in countries:
            candidates.update(self.by_day.get((*day, "c:" + c), ()))
        places = set(event.places)
        for i in sorted(candidates):  # same day by construction
            if self.articles[i] & articles:
                continue
            who = bool(self.people[i] & people) or (
                bool(self.countries[i] & countries) and bool(self.places[i] & places)
            )
            if who and (self.out[i].kind == event.kind or self._similarity(i, words) >= 0.12):
                return i
        candidates = set()
        prefix = self._prefix(words)
        for p in people:
            for w in prefix:
                candidates.update(self.by_word.get((p, event.kind, w), ()))
        for i in sorted(candidates):  # a shared person and the same kind by construction
            if (
                self.days[i] != day
                and not self.articles[i] & articles
                and self._similarity(i, words) >= _CONFLICT_SIMILARITY
            ):
                return i
        return None


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
