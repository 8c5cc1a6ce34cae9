"""The Events table: a thin Qt model over the core Timeline, plus a sort/filter proxy.

The model keeps only the row order (event ids); every value is read from the
Timeline when Qt asks, and the Timeline's change notifications become the
begin/end row calls Qt needs (napari's pattern for Qt adapters over Python lists).

The model also sorts and filters its rows itself; the proxy passes both requests on.
A QSortFilterProxyModel asks Python once per row (filterAcceptsRow) or per comparison
(lessThan), and with 100,000 events those calls alone took most of a second.
"""

from __future__ import annotations

import bisect
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from timeline_app.core.key_events import KeyEvents
from timeline_app.core.layout.columns import date_fields
from timeline_app.core.model import Change, Event, Timeline
from timeline_app.gui.panels.filters import EventFilter
from timeline_app.gui.panels.id_table import IdTableModel

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = (
    "Date", "Title", "Kind", "Status", "Actors", "Places", "Article", "Reviewed", "Sources", "Importance",
)  # fmt: skip
DATE, TITLE, KIND, STATUS, ACTORS, PLACES, ARTICLE, REVIEWED, SOURCES, IMPORTANCE = range(len(COLUMNS))
_UNDATED = 1e18  # sorts undated events after every dated one
_NO_SCORE = -1.0  # sorts events not dated to a day (no day score) after every scored one
IMPORTANCE_TIP = (
    "How much the articles report this event's day: about how many articles tell something "
    "that happened that day, weighed by how directly they date it and how sure the events are. "
    "The key dates (View > Key Events) are the days that score highest."
)

Index = QModelIndex | QPersistentModelIndex


def importance(event: Event) -> int:
    """How many articles tell ``event`` (merging makes the same event told by 50 one event
    with 50 sources): the Events table's Sources column, sortable, most reported first."""
    return len({source.article for source in event.sources})


class EventTableModel(IdTableModel):
    COLUMNS = COLUMNS

    def __init__(self, timeline: Timeline, parent: Any = None, *, follow: bool = True) -> None:
        """``follow=False``: the owner feeds each Change to :meth:`apply` itself (the window
        does, so that the table is up to date before the window counts its rows)."""
        super().__init__(parent)
        self.timeline = timeline
        self._sort_column = DATE
        self._descending = False
        self._ids: list[str] = []
        self._keys: list[Any] = []
        self._rows: dict[str, int] = {}
        self._filter = EventFilter()
        # Every event as (key, id) in the current order while nothing has changed since,
        # so that clearing a filter does not sort 100,000 events again.
        self._everything: list[tuple[Any, str]] | None = None
        self._key_events = KeyEvents()  # every day's score: the importance column
        self._fill()
        self._unsubscribe = timeline.subscribe(self.apply) if follow else _nothing

    def detach(self) -> None:
        """Stop listening to the timeline (the window calls this when it closes)."""
        self._unsubscribe()

    # -- Qt model API ------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        event_id = self._ids[index.row()]
        if role == EVENT_ID_ROLE:
            return event_id
        if not self.timeline.has_event(event_id):
            # The Timeline tells after the fact: between beginRemoveRows and endRemoveRows
            # the rows of removed events still exist here while their events are gone.
            return None
        event = self.timeline.event(event_id)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(event, column)
        if role == SORT_ROLE:
            if column == DATE:
                return event.when.start_days if event.when else _UNDATED
            if column == REVIEWED:
                return int(event.reviewed)
            if column == SOURCES:
                return importance(event)
            if column == IMPORTANCE:
                score = self._key_events.score_of(event)
                return _NO_SCORE if score is None else score
            return (self._display(event, column) or "").casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == DATE and event.when is not None:
                tip = f"{event.when.iso()} ({event.when.precision.value})"
                return f"{tip}\n“{event.expression}”" if event.expression else tip
            if column == SOURCES:
                return "Articles that tell this event (its importance: the same event told by many)"
            if column == IMPORTANCE:
                return IMPORTANCE_TIP
            if column == TITLE:  # the whole title (the cell elides it), then where it comes from
                quote = f"\n\n“{event.sources[0].quote}”" if event.sources else ""
                return event.title + quote
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(event, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SOURCES, IMPORTANCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, event: Event, column: int) -> str:
        if column == DATE:
            return event.when.label() if event.when else "undated"
        if column == TITLE:
            return event.title
        if column == KIND:
            return event.kind.value.title()
        if column == STATUS:
            return event.status.value
        if column == ACTORS:
            return ", ".join(event.actors)
        if column == PLACES:
            return ", ".join(event.places)
        if column == ARTICLE:
            titles = [self.timeline.article(s.article).title for s in event.sources
                      if self.timeline.has_article(s.article)]  # fmt: skip
            return "; ".join(dict.fromkeys(titles))
        if column == REVIEWED:
            return "✓" if event.reviewed else ""
        if column == SOURCES:
            return str(importance(event))
        if column == IMPORTANCE:
            score = self._key_events.score_of(event)
            return "" if score is None else f"{score:.1f}"
        return ""

    # -- mapping ---------------------------------------------------------------------

    def event_id(self, row: int) -> str:
        return self._ids[row]

    # -- sorting ----------------------------------------------------------------------
    # The model keeps its rows sorted itself: a QSortFilterProxyModel sort asks data()
    # for every comparison, which for a few thousand events is a Python call per compare
    # and froze the window for 300 ms after a 200-article import. Here each event's key
    # is computed once and Python's sort does the rest.

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort_column, self._descending = column, order == Qt.SortOrder.DescendingOrder
        self._everything = None
        self._resort(force=True)

    def _key(self, event_id: str) -> Any:
        event = self.timeline.event(event_id)
        column = self._sort_column
        if column == DATE:
            when = event.when
            key: tuple = (0, when.start_days, when.end_days, event_id) if when else (1, 0.0, 0.0, event_id)
        elif column == REVIEWED:
            key = (int(event.reviewed), event_id)
        elif column == SOURCES:
            key = (importance(event), event_id)
        elif column == IMPORTANCE:
            score = self._key_events.score_of(event)
            key = (_NO_SCORE if score is None else score, importance(event), event_id)
        else:
            key = (self._display(event, column).casefold(), event_id)
        return _Descending(key) if self._descending else key

    def _keys_of(self, events: list[Event]) -> list[Any]:
        """``_key`` of each event, the dates' in one vectorised pass (opening a project of
        100,000 events spent 0.4 s computing their days one by one)."""
        if self._sort_column != DATE:
            return [self._key(e.id) for e in events]
        start, end, _rank, _shape = date_fields([e.when for e in events])
        keys: list[Any] = [
            (0, s, t, e.id) if e.when is not None else (1, 0.0, 0.0, e.id)
            for e, s, t in zip(events, start.tolist(), end.tolist(), strict=True)
        ]
        return [_Descending(k) for k in keys] if self._descending else keys

    def _resort(self, force: bool = False) -> None:
        keys = {i: self._keys[n] for n, i in enumerate(self._ids)} if not force else {}
        order = sorted(self._ids, key=lambda i: keys[i] if i in keys else self._key(i))
        if order == self._ids and not force:
            return

        def reorder() -> None:
            self._keys = [keys[i] if i in keys else self._key(i) for i in order]
            self._ids = order
            self._reindex()

        self._reorder(reorder)

    # -- following the timeline -----------------------------------------------------

    # -- importance ---------------------------------------------------------------------

    def set_key_events(self, key_events: KeyEvents) -> None:
        """New day scores (worked out off the GUI thread): the importance column follows, and
        if the rows are sorted by it, those of the days whose score changed move (an edit
        changes a day or two: sorting 100,000 rows again after each took a few tenths of a
        second)."""
        before, self._key_events = self._key_events, key_events
        if not self._ids:
            return
        self.dataChanged.emit(self.index(0, IMPORTANCE), self.index(len(self._ids) - 1, IMPORTANCE))
        if self._sort_column != IMPORTANCE:
            return
        changed = key_events.changed_days(before)
        if not changed:
            return
        self._everything = None
        now, then = key_events.day_of, before.day_of
        rows = [n for n, i in enumerate(self._ids) if now.get(i) in changed or then.get(i) in changed]
        for row in rows:
            self._keys[row] = self._key(self._ids[row])
        if any(not self._in_order(row) for row in rows):
            self._resort()

    # -- filtering ----------------------------------------------------------------------

    @property
    def event_filter(self) -> EventFilter:
        return self._filter

    def set_filter(self, value: EventFilter) -> None:
        """Show only the events ``value`` matches (one reset: the view then asks for the
        rows it shows, instead of hearing about every run of rows that came or went)."""
        if self._filter.is_empty and self._everything is None:  # the rows are everything
            self._everything = list(zip(self._keys, self._ids, strict=True))
        self._filter = value
        self.beginResetModel()
        self._fill()
        self.endResetModel()

    def _shown(self, event: Event) -> bool:
        return self._filter.is_empty or self._filter.matches(event)

    def _fill(self) -> None:
        if self._everything is None:
            events = list(self.timeline.iter_events())
            keys = self._keys_of(events)
            order = sorted(range(len(events)), key=keys.__getitem__)
            self._everything = [(keys[n], events[n].id) for n in order]
        pairs = self._everything
        if not self._filter.is_empty:
            event = self.timeline.event
            shown = self._filter.select([event(i) for _k, i in pairs])
            pairs = [p for p, keep in zip(pairs, shown, strict=True) if keep]
        self._keys = [k for k, _i in pairs]
        self._ids = [i for _k, i in pairs]
        self._reindex()

    def apply(self, change: Change) -> None:
        self._everything = None
        if change.what == "timeline" and change.kind == "reset":
            self.beginResetModel()
            self._fill()
            self.endResetModel()
        elif change.what == "article" and self._ids:
            self.dataChanged.emit(self.index(0, ARTICLE), self.index(len(self._ids) - 1, ARTICLE))
        elif change.what != "event":
            return
        elif change.kind == "added":
            self._insert(tuple(i for i in change.ids if self._shown(self.timeline.event(i))))
        elif change.kind == "removed":
            self._remove(change.ids)
        elif change.kind == "updated":
            # An edit may make an event match the filter, or stop matching it.
            shown = {i: self._shown(self.timeline.event(i)) for i in change.ids}
            self._remove(tuple(i for i in change.ids if i in self._rows and not shown[i]))
            self._insert(tuple(i for i in change.ids if i not in self._rows and shown[i]))
            rows = [self._rows[i] for i in change.ids if i in self._rows]
            for row in rows:
                self._keys[row] = self._key(self._ids[row])
            if rows:
                self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(COLUMNS) - 1))
            if any(not self._in_order(row) for row in rows):
                self._resort()

    def _in_order(self, row: int) -> bool:
        keys = self._keys
        return (row == 0 or not keys[row] < keys[row - 1]) and (
            row + 1 >= len(keys) or not keys[row + 1] < keys[row]
        )

    def _insert(self, ids: tuple[str, ...]) -> None:
        for event_id in ids:
            key = self._key(event_id)
            row = bisect.bisect_right(self._keys, key)
            self.beginInsertRows(QModelIndex(), row, row)
            self._ids.insert(row, event_id)
            self._keys.insert(row, key)
            self._reindex(row)
            self.endInsertRows()

    def _remove(self, ids: tuple[str, ...]) -> None:
        rows = sorted((self._rows[i] for i in ids if i in self._rows), reverse=True)
        if not rows:
            return
        # Remove contiguous runs from the bottom up, so earlier row numbers stay valid.
        while rows:
            last = first = rows.pop(0)
            while rows and rows[0] == first - 1:
                first = rows.pop(0)
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._ids[first : last + 1]
            del self._keys[first : last + 1]
            self.endRemoveRows()
        self._reindex()

    def _reindex(self, start: int = 0) -> None:
        if start == 0:
            self._rows = {}
        self._keys = self._keys if len(self._keys) == len(self._ids) else [self._key(i) for i in self._ids]
        for n in range(start, len(self._ids)):
            self._rows[self._ids[n]] = n


def _nothing() -> None:
    pass


class _Descending:
    """Wraps a sort key so that ascending sorts and bisect give the descending order."""

    __slots__ = ("key",)

    def __init__(self, key: Any) -> None:
        self.key = key

    def __lt__(self, other: _Descending) -> bool:
        return other.key < self.key

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Descending) and other.key == self.key

    __hash__ = None  # type: ignore[assignment]


class EventProxyModel(QSortFilterProxyModel):
    """The table's model: sorting and filtering are passed on to the source model, which
    does both much faster than the proxy can (see the module's docstring)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, EventTableModel):
            model.sort(column, order)

    @property
    def event_filter(self) -> EventFilter:
        model = self.sourceModel()
        return model.event_filter if isinstance(model, EventTableModel) else EventFilter()

    def set_event_filter(self, value: EventFilter) -> None:
        """Show only the events ``value`` matches (the window restores the selection after)."""
        model = self.sourceModel()
        if isinstance(model, EventTableModel):
            model.set_filter(value)

    def event_id_at(self, row: int) -> str:
        return str(self.index(row, 0).data(EVENT_ID_ROLE))

    def row_of(self, event_id: str) -> int | None:
        model = self.sourceModel()
        assert isinstance(model, EventTableModel)
        source_row = model.row_of(event_id)
        if source_row is None:
            return None
        index = self.mapFromSource(model.index(source_row, 0))
        return index.row() if index.isValid() else None
