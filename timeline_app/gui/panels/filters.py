"""Search and filters: one EventFilter decides what the table and the timeline show.

The filter is plain data with a ``matches(event)`` predicate, so the table's proxy
model and the timeline view apply exactly the same test and show the same set.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.model import UNCERTAIN_BELOW, Event, Kind, Origin, Status, Timeline
from timeline_app.core.typed_dates import parse_typed_date

ANY = ""
MANUAL = Origin.MANUAL


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What to show; empty fields match everything."""

    text: str = ""
    actor: str = ""
    place: str = ""
    kind: str = ""
    status: str = ""
    start: FuzzyDate | None = None  # inclusive: the event ends after this starts
    end: FuzzyDate | None = None  # inclusive: the event starts before this ends
    article: str = ""
    hide_uncertain: bool = False  # View > Show Uncertain Events off (see Event.uncertain)
    _words: tuple[str, ...] = field(default=(), init=False, repr=False, compare=False)
    _empty: bool = field(default=True, init=False, repr=False, compare=False)
    _others: bool = field(default=False, init=False, repr=False, compare=False)  # any field but the text

    def __post_init__(self) -> None:
        object.__setattr__(self, "_words", tuple(self.text.casefold().split()))
        fields = (self.actor, self.place, self.kind, self.status, self.article, self.start, self.end)
        object.__setattr__(self, "_others", any(fields) or self.hide_uncertain)
        object.__setattr__(self, "_empty", not self._words and not self._others)

    @property
    def is_empty(self) -> bool:
        """Matches everything (asked once per row by the table: kept, not recomputed)."""
        return self._empty

    def matches(self, event: Event) -> bool:
        if self._words:
            haystack = _searchable(event)
            for word in self._words:  # a loop, not all(...): no generator per event
                if word not in haystack:
                    return False
        return self._others_match(event)

    def __call__(self, event: Event) -> bool:
        return self.matches(event)

    def select(self, events: Sequence[Event | None]) -> list[bool]:
        """``matches`` for many events at once (None: a removed row, never shown). The words
        are looked for with one list comprehension a word rather than a call an event: the
        table and the timeline each filter 100,000 events in a few tens of milliseconds."""
        if self._empty:
            return [e is not None for e in events]
        if self.hide_uncertain:  # on by default, so in most filters: one pass, inline
            below, manual = UNCERTAIN_BELOW, MANUAL
            flags = [
                e is not None and (e.confidence >= below or e.reviewed or e.origin is manual) for e in events
            ]
        else:
            flags = [e is not None for e in events]
        if self._words:
            # _searchable's cache hit written out: a call an event was a quarter of a search
            texts = [
                "" if e is None else _HAYSTACKS[e.id] if _HAYSTACK_OF.get(e.id) is e else _searchable(e)
                for e in events
            ]
            for word in self._words:
                flags = [f and word in t for f, t in zip(flags, texts, strict=True)]
        if self._others_besides_uncertain:
            others = self._others_match
            flags = [f and others(e) for f, e in zip(flags, events, strict=True)]  # type: ignore[arg-type]
        return flags

    @property
    def _others_besides_uncertain(self) -> bool:
        return bool(
            self.actor or self.place or self.kind or self.status or self.article or self.start or self.end
        )

    def _others_match(self, event: Event) -> bool:
        """Every condition but the words."""
        if self.hide_uncertain and event.uncertain:
            return False
        if self.actor and self.actor not in event.actors:
            return False
        if self.place and self.place not in event.places:
            return False
        if self.kind and event.kind.value != self.kind:
            return False
        if self.status and event.status.value != self.status:
            return False
        if self.article and not any(s.article == self.article for s in event.sources):
            return False
        if self.start is not None or self.end is not None:
            if event.when is None:
                return False
            if self.start is not None and event.when.end_days <= self.start.start_days:
                return False
            if self.end is not None and event.when.start_days >= self.end.end_days:
                return False
        return True

    def matching_ids(self, timeline: Timeline) -> list[str]:
        events = list(timeline.iter_events())
        return [e.id for e, keep in zip(events, self.select(events), strict=True) if keep]


# The searchable text of each event, kept while the event object is the same (events
# are frozen: an edit makes a new object). Each keystroke in the search box filters
# every event again; joining and case-folding their texts each time was a third of it.
# (Two dicts rather than a tuple per event: 100,000 new tuples woke the garbage collector,
# which then walked every object of the project, 0.1-0.9 s.)
_HAYSTACKS: dict[str, str] = {}  # event id -> its searchable text
_HAYSTACK_OF: dict[str, Event] = {}  # event id -> the event object that text is of
_MAX_HAYSTACKS = 1_000_000


def _searchable(event: Event) -> str:
    """The event's searchable text, case-folded, made once per event object."""
    if _HAYSTACK_OF.get(event.id) is event:
        return _HAYSTACKS[event.id]
    text = " ".join(
        (event.title, event.description, event.notes, event.expression, *event.actors, *event.places)
    ).casefold()
    if len(_HAYSTACKS) >= _MAX_HAYSTACKS:
        _HAYSTACKS.clear()
        _HAYSTACK_OF.clear()
    _HAYSTACKS[event.id] = text
    _HAYSTACK_OF[event.id] = event
    return text


class FilterBar(QWidget):
    """Search field and filter boxes above the events table; emits ``filterChanged``."""

    filterChanged = Signal(object)  # EventFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Event filters")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(4)
        self.search = QLineEdit(placeholderText="Search events…", clearButtonEnabled=True)
        self.search.setAccessibleName("Search events")
        self.actor = self._combo("Actor", "Any actor")
        self.place = self._combo("Place", "Any place")
        self.kind = self._combo("Kind", "Any kind")
        self.status = self._combo("Claim status", "Any status")
        self.article = self._combo("Article", "Any article")
        for kind in Kind:
            self.kind.addItem(kind.value.title(), kind.value)
        for status in Status:
            self.status.addItem(status.value, status.value)
        self.start = QLineEdit(placeholderText="from (2025-11)")
        self.end = QLineEdit(placeholderText="to (2025-12-31)")
        for edit, name in ((self.start, "Filter from date"), (self.end, "Filter to date")):
            edit.setAccessibleName(name)
            edit.setMaximumWidth(110)
            edit.textChanged.connect(self._emit)
        self.clear_button = QToolButton(text="Clear", toolTip="Clear all filters")
        self.clear_button.setAccessibleName("Clear filters")
        self.clear_button.clicked.connect(self.clear)
        # Typing filters at once on small timelines; on big ones it waits for a pause,
        # since each new filter is a pass over every event (about 0.6 s at 100,000).
        self.debounce = False
        self._typing = QTimer(self)
        self._typing.setObjectName("searchTypingTimer")
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self._emit)
        self.search.textChanged.connect(self._search_edited)
        layout.addWidget(self.search, 3)
        for combo in (self.actor, self.place, self.kind, self.status, self.article):
            layout.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self._emit)
        layout.addWidget(self.start)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.end)
        layout.addWidget(self.clear_button)
        self._hide_uncertain = False
        self._current = EventFilter()

    @property
    def hide_uncertain(self) -> bool:
        return self._hide_uncertain

    def set_hide_uncertain(self, hide: bool) -> None:
        """Hide or show the uncertain events (View > Show Uncertain Events); kept by Clear."""
        if hide != self._hide_uncertain:
            self._hide_uncertain = hide
            self._emit()

    def _combo(self, name: str, anything: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(f"Filter by {name.lower()}")
        combo.setToolTip(f"Filter by {name.lower()}")
        combo.addItem(anything, ANY)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        return combo

    @property
    def current(self) -> EventFilter:
        return self._current

    def refresh_choices(self, timeline: Timeline, actors: Iterable[str], places: Iterable[str]) -> None:
        """Offer the actors and places the timeline's events name (the window keeps them in an
        index) and its articles, keeping the choice."""
        self._refill(self.actor, [(a, a) for a in sorted(actors, key=str.casefold)])
        self._refill(self.place, [(p, p) for p in sorted(places, key=str.casefold)])
        self._refill(self.article, [(a.title[:60], a.id) for a in timeline.articles])

    def _refill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        present = [(combo.itemText(i), combo.itemData(i)) for i in range(1, combo.count())]
        if present == items:
            return
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if index < 0 and chosen:
            self._emit()

    def _date(self, edit: QLineEdit) -> FuzzyDate | None:
        text = edit.text().strip()
        edit.setStyleSheet("")
        edit.setToolTip("")
        if not text:
            return None
        try:
            return parse_typed_date(text)  # "2025-11", "3 December 2025", "last week", "44 BC"
        except ValueError as error:
            edit.setStyleSheet("QLineEdit { border: 1px solid #d33; }")
            edit.setToolTip(str(error))
            return None

    def cancel_pending(self) -> None:
        """Forget a search still waiting for the typing pause (the window is closing)."""
        self._typing.stop()

    def _search_edited(self) -> None:
        if self.debounce:
            self._typing.start()
        else:
            self._emit()

    def _emit(self) -> None:
        self._typing.stop()
        new = EventFilter(
            text=self.search.text(),
            actor=self.actor.currentData() or ANY,
            place=self.place.currentData() or ANY,
            kind=self.kind.currentData() or ANY,
            status=self.status.currentData() or ANY,
            start=self._date(self.start),
            end=self._date(self.end),
            article=self.article.currentData() or ANY,
            hide_uncertain=self._hide_uncertain,
        )
        if new != self._current:
            self._current = new
            self.filterChanged.emit(new)

    def set_filter(self, value: EventFilter) -> None:
        """Show ``value`` in the widgets (used by tests and by "show this article's events")."""
        widgets = (
            self.search,
            self.start,
            self.end,
            self.actor,
            self.place,
            self.kind,
            self.status,
            self.article,
        )
        for w in widgets:
            w.blockSignals(True)
        self.search.setText(value.text)
        self.start.setText(value.start.iso() if value.start else "")
        self.end.setText(value.end.iso() if value.end else "")
        for combo, data in (
            (self.actor, value.actor),
            (self.place, value.place),
            (self.kind, value.kind),
            (self.status, value.status),
            (self.article, value.article),
        ):
            if data and combo.findData(data) < 0:
                combo.addItem(data, data)
            combo.setCurrentIndex(max(combo.findData(data), 0))
        for w in widgets:
            w.blockSignals(False)
        self._emit()

    def clear(self) -> None:
        self.set_filter(EventFilter())

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            return
        super().keyPressEvent(event)
