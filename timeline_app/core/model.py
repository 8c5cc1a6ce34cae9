"""The timeline's plain data: articles, events, their sources, and the Timeline.

Events are frozen: an edit replaces the event with a new one carrying the same id,
which makes undo a matter of keeping the old value. Every change goes through
:class:`Timeline`, which tells its listeners what changed (the GUI observes it;
the core never knows about Qt).
"""

from __future__ import annotations

import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from itertools import repeat
from operator import attrgetter, call
from typing import Any, Literal

from timeline_app.core.dates import FuzzyDate

UNCERTAIN_BELOW = 0.5
"""Extracted events scored under this are "uncertain" (see core.extract.confidence)."""


class Kind(StrEnum):
    """What kind of event: the 16 PLOVER categories plus STATEMENT and OTHER."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"
    STATEMENT = "STATEMENT"
    OTHER = "OTHER"


class Status(StrEnum):
    """How sure we are that it happened (or will)."""

    CLAIMED = "claimed"  # attributed to someone, not verified
    REPORTED = "reported"  # stated by the article as fact
    CONFIRMED = "confirmed"
    DENIED = "denied"
    PLANNED = "planned"  # announced for the future


class Origin(StrEnum):
    EXTRACTED = "extracted"
    MANUAL = "manual"


@dataclass(frozen=True, slots=True)
class TimeMark:
    """A time expression of an article's text as the tagger read it: ``text[start:end]``
    names ``value`` (a TIMEX3 value: "2025-12-01", "P3M", "PAST_REF"), resolves to ``date``
    (None when it names no calendar date), and ``explanation`` says how."""

    start: int
    end: int
    value: str
    date: FuzzyDate | None = None
    explanation: str = ""


@dataclass(frozen=True, slots=True)
class ArticleTimes:
    """An article's time expressions and the publication date they were resolved against:
    re-dating the article ("Monday" then names another day) makes them stale."""

    anchor: FuzzyDate | None
    marks: tuple[TimeMark, ...]


@dataclass(frozen=True, slots=True)
class Article:
    """A loaded article; ``text`` is what every source offset points into.

    ``boilerplate_lines`` counts the lines of page furniture (bylines, share buttons, reader
    comments) that loading took out of ``text``; it is news for the import message, not
    part of the article, so it is neither saved nor compared. ``date_note`` is news for the same
    message: how the publication day was chosen when the page gives another day than the one
    kept (its own stamp against its metadata, or against the day the user typed); empty when
    nothing disagrees.

    ``times`` keeps the time expressions found in ``text`` (saved with the project, so that
    showing the article never tags it again); they follow from the text and the publication
    date, so they are not compared. Read them through :attr:`time_marks`, which gives None
    once the article has been re-dated.
    """

    id: str
    title: str
    text: str
    published: FuzzyDate | None = None
    source: str = ""
    path: str = ""
    sha256: str = ""
    language: str = ""
    boilerplate_lines: int = field(default=0, compare=False)
    date_note: str = field(default="", compare=False)
    times: ArticleTimes | None = field(default=None, compare=False, repr=False)

    @property
    def time_marks(self) -> tuple[TimeMark, ...] | None:
        """The time expressions of the text, if tagged against the current publication date."""
        times = self.times
        return times.marks if times is not None and times.anchor == self.published else None


@dataclass(frozen=True, slots=True)
class Source:
    """Where an event is told: ``quote == article.text[start:end]``."""

    article: str
    start: int
    end: int
    quote: str

    @classmethod
    def from_article(cls, article: Article, start: int, end: int) -> Source:
        if not 0 <= start <= end <= len(article.text):
            raise ValueError(f"span {start}:{end} is outside the article ({len(article.text)} characters)")
        return cls(article.id, start, end, article.text[start:end])


@dataclass(frozen=True, slots=True)
class Event:
    """One dated (or undated) event with its provenance.

    ``when`` is ``None`` for an event whose date is not known (shown in the
    "undated" tray). ``expression`` is the text the date was read from, and
    ``explanation`` how it was resolved ("Monday -> 2025-12-01: ...").
    ``alternatives`` keeps dates that other sources give when they disagree.
    ``confidence`` (0-1) is how sure the extractor is that this is a real event, and
    ``confidence_reason`` why; an event a person made keeps 1.0 and "".
    """

    id: str
    title: str
    when: FuzzyDate | None = None
    description: str = ""
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    kind: Kind = Kind.OTHER
    status: Status = Status.REPORTED
    sources: tuple[Source, ...] = ()
    origin: Origin = Origin.EXTRACTED
    reviewed: bool = False
    expression: str = ""
    explanation: str = ""
    notes: str = ""
    roles: tuple[tuple[str, str], ...] = ()
    alternatives: tuple[FuzzyDate, ...] = ()
    confidence: float = 1.0
    confidence_reason: str = ""

    def __post_init__(self) -> None:
        # Accept lists from callers, keep tuples (hashable, immutable). The `type(...) is`
        # tests first: this runs for every event made, and values are nearly always right.
        if not (
            type(self.actors) is tuple
            and type(self.places) is tuple
            and type(self.sources) is tuple
            and type(self.roles) is tuple
            and type(self.alternatives) is tuple
        ):
            for name in ("actors", "places", "sources", "roles", "alternatives"):
                value = getattr(self, name)
                if not isinstance(value, tuple):
                    object.__setattr__(self, name, tuple(value))
        if type(self.kind) is not Kind and not isinstance(self.kind, Kind):
            object.__setattr__(self, "kind", Kind(self.kind))
        if type(self.status) is not Status and not isinstance(self.status, Status):
            object.__setattr__(self, "status", Status(self.status))
        if type(self.origin) is not Origin and not isinstance(self.origin, Origin):
            object.__setattr__(self, "origin", Origin(self.origin))

    @property
    def is_dated(self) -> bool:
        return self.when is not None

    @property
    def edited(self) -> bool:
        """Touched by a person: re-extraction must leave it alone."""
        return self.reviewed or self.origin is Origin.MANUAL

    @property
    def uncertain(self) -> bool:
        """Scored under :data:`UNCERTAIN_BELOW` by the extractor and not checked by a person:
        hidden from the window and the exports unless the user asks for uncertain events."""
        return self.confidence < UNCERTAIN_BELOW and not self.reviewed and self.origin is not Origin.MANUAL

    def with_changes(self, **changes: Any) -> Event:
        """``dataclasses.replace(self, **changes)``: the fields set straight into a new event, at
        two fifths of the generic walk's cost (the extractor changes every event several times)."""
        if not changes.keys() <= _EVENT_FIELD_NAMES:
            return replace(self, **changes)  # (its error for a name that is no field)
        values = list(_EVENT_VALUES(self))
        for name, value in changes.items():
            values[_EVENT_INDEX[name]] = value
        new = _new_object(Event)
        # (each slot set by its setter in a loop run in C: no Python step per field)
        deque(map(call, _EVENT_SLOT_SETTERS, repeat(new), values), maxlen=0)
        new.__post_init__()
        return new


_new_object = object.__new__
# (name, the slot's setter) of every field, in order: set directly, as the frozen __init__ does
_EVENT_SETTERS: tuple[tuple[str, Callable[[Event, Any], None]], ...] = tuple(
    (f.name, Event.__dict__[f.name].__set__) for f in fields(Event)
)
_EVENT_FIELD_NAMES = frozenset(name for name, _ in _EVENT_SETTERS)
_EVENT_SLOT_SETTERS = tuple(setter for _, setter in _EVENT_SETTERS)
_EVENT_INDEX = {name: k for k, (name, _) in enumerate(_EVENT_SETTERS)}
_EVENT_VALUES = attrgetter(*(name for name, _ in _EVENT_SETTERS))
"""An event's field values, in field order, as a tuple."""


def new_id(prefix: str = "e") -> str:
    """A fresh, unique id such as ``e-3f2a9c1b7d04``."""
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


ChangeKind = Literal["added", "updated", "removed", "reset"]


@dataclass(frozen=True, slots=True)
class Change:
    """What changed in a :class:`Timeline`: ``what`` is "event", "article" or "timeline"."""

    kind: ChangeKind
    what: Literal["event", "article", "timeline"]
    ids: tuple[str, ...] = ()


Listener = Callable[[Change], None]


@dataclass
class Timeline:
    """Articles and events; the one API through which they change."""

    title: str = "Untitled timeline"
    _articles: dict[str, Article] = field(default_factory=dict, repr=False)
    _events: dict[str, Event] = field(default_factory=dict, repr=False)
    _listeners: list[Listener] = field(default_factory=list, repr=False)

    # -- reading --------------------------------------------------------------

    @property
    def articles(self) -> list[Article]:
        return list(self._articles.values())

    @property
    def events(self) -> list[Event]:
        return list(self._events.values())

    def iter_events(self) -> Iterator[Event]:
        return iter(self._events.values())

    def article(self, article_id: str) -> Article:
        return self._articles[article_id]

    def event(self, event_id: str) -> Event:
        return self._events[event_id]

    def has_event(self, event_id: str) -> bool:
        return event_id in self._events

    def has_article(self, article_id: str) -> bool:
        return article_id in self._articles

    def events_of_article(self, article_id: str) -> list[Event]:
        return [e for e in self._events.values() if any(s.article == article_id for s in e.sources)]

    def __len__(self) -> int:
        return len(self._events)

    # -- observing ------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(change)`` after every change; returns an unsubscribe function."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def _emit(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    # -- changing -------------------------------------------------------------

    def set_title(self, title: str) -> None:
        self.title = title
        self._emit(Change("updated", "timeline"))

    def add_article(self, article: Article) -> None:
        if article.id in self._articles:
            raise ValueError(f"an article with id {article.id!r} is already in the timeline")
        self._articles[article.id] = article
        self._emit(Change("added", "article", (article.id,)))

    def update_articles(self, articles: Iterable[Article]) -> None:
        """Replace articles by id (each must exist); listeners get one change for all."""
        ids: list[str] = []
        for article in articles:
            if article.id not in self._articles:
                raise KeyError(article.id)
            self._articles[article.id] = article
            ids.append(article.id)
        if ids:
            self._emit(Change("updated", "article", tuple(ids)))

    def update_article(self, article: Article) -> None:
        self.update_articles([article])

    def remove_article(self, article_id: str) -> Article:
        """Remove an article (its events stay; call :meth:`remove_events` for them)."""
        article = self._articles.pop(article_id)
        self._emit(Change("removed", "article", (article_id,)))
        return article

    def add_events(self, events: Iterable[Event]) -> list[str]:
        """Add new events; ids must be new. Returns the ids added."""
        added: list[str] = []
        for event in events:
            if event.id in self._events:
                raise ValueError(f"an event with id {event.id!r} is already in the timeline")
            self._events[event.id] = event
            added.append(event.id)
        if added:
            self._emit(Change("added", "event", tuple(added)))
        return added

    def add_event(self, event: Event) -> str:
        return self.add_events([event])[0]

    def update_events(self, events: Iterable[Event]) -> None:
        """Replace events by id (each must exist)."""
        ids: list[str] = []
        for event in events:
            if event.id not in self._events:
                raise KeyError(event.id)
            self._events[event.id] = event
            ids.append(event.id)
        if ids:
            self._emit(Change("updated", "event", tuple(ids)))

    def update_event(self, event: Event) -> None:
        self.update_events([event])

    def remove_events(self, event_ids: Iterable[str]) -> list[Event]:
        """Remove events by id; returns them (in their former order)."""
        wanted = set(event_ids)
        removed = [e for e in self._events.values() if e.id in wanted]
        for event in removed:
            del self._events[event.id]
        if removed:
            self._emit(Change("removed", "event", tuple(e.id for e in removed)))
        return removed

    def remove_event(self, event_id: str) -> Event:
        removed = self.remove_events([event_id])
        if not removed:
            raise KeyError(event_id)
        return removed[0]

    def replace_all(self, title: str, articles: Iterable[Article], events: Iterable[Event]) -> None:
        """Swap in a whole new content (opening a project); listeners get one "reset"."""
        self.title = title
        self._articles = {a.id: a for a in articles}
        self._events = {e.id: e for e in events}
        self._emit(Change("reset", "timeline"))

    def date_span(self) -> tuple[float, float] | None:
        """(first start, last end) in days over the dated events, or None."""
        dated = [e.when for e in self._events.values() if e.when is not None]
        if not dated:
            return None
        return min(d.start_days for d in dated), max(d.end_days for d in dated)


def without_uncertain(timeline: Timeline) -> tuple[Timeline, int]:
    """The timeline without its uncertain events (see :attr:`Event.uncertain`), and how many
    were left out; the timeline itself when it has none."""
    kept = [e for e in timeline.iter_events() if not e.uncertain]
    hidden = len(timeline) - len(kept)
    if not hidden:
        return timeline, 0
    subset = Timeline(title=timeline.title)
    subset.replace_all(timeline.title, timeline.articles, kept)
    return subset, hidden
