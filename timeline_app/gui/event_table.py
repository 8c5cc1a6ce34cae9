"""The Events table: a thin Qt model over the core Timeline, plus a sort/filter proxy.

The model keeps only the row order (event ids); every value is read from the
Timeline when Qt asks, and the Timeline's change notifications become the
begin/end row calls Qt needs (napari's pattern for Qt adapters over Python lists).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from timeline_app.core.model import Change, Event, Timeline
from timeline_app.gui.filters import EventFilter

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = ("Date", "Title", "Kind", "Status", "Actors", "Places", "Article", "Reviewed")
DATE, TITLE, KIND, STATUS, ACTORS, PLACES, ARTICLE, REVIEWED = range(len(COLUMNS))
_UNDATED = 1e18  # sorts undated events after every dated one

Index = QModelIndex | QPersistentModelIndex


class EventTableModel(QAbstractTableModel):
    def __init__(self, timeline: Timeline, parent: Any = None) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self._ids: list[str] = [e.id for e in timeline.iter_events()]
        self._rows: dict[str, int] = {i: n for n, i in enumerate(self._ids)}
        self._unsubscribe = timeline.subscribe(self._on_change)

    def detach(self) -> None:
        """Stop listening to the timeline (the window calls this when it closes)."""
        self._unsubscribe()

    # -- Qt model API ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section] if 0 <= section < len(COLUMNS) else None
        return None

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
            return (self._display(event, column) or "").casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == DATE and event.when is not None:
                tip = f"{event.when.iso()} ({event.when.precision.value})"
                return f"{tip}\n“{event.expression}”" if event.expression else tip
            if column == TITLE and event.sources:
                return event.sources[0].quote
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(event, column)
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
        return ""

    # -- mapping ---------------------------------------------------------------------

    def event_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, event_id: str) -> int | None:
        return self._rows.get(event_id)

    # -- following the timeline -----------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.what == "timeline" and change.kind == "reset":
            self.beginResetModel()
            self._ids = [e.id for e in self.timeline.iter_events()]
            self._reindex()
            self.endResetModel()
        elif change.what == "article" and self._ids:
            self.dataChanged.emit(self.index(0, ARTICLE), self.index(len(self._ids) - 1, ARTICLE))
        elif change.what != "event":
            return
        elif change.kind == "added":
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(change.ids) - 1)
            self._ids.extend(change.ids)
            self._reindex(first)
            self.endInsertRows()
        elif change.kind == "removed":
            self._remove(change.ids)
        elif change.kind == "updated":
            rows = [self._rows[i] for i in change.ids if i in self._rows]
            if rows:
                self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(COLUMNS) - 1))

    def _remove(self, ids: tuple[str, ...]) -> None:
        rows = sorted((self._rows[i] for i in ids if i in self._rows), reverse=True)
        # Remove contiguous runs from the bottom up, so earlier row numbers stay valid.
        while rows:
            last = first = rows.pop(0)
            while rows and rows[0] == first - 1:
                first = rows.pop(0)
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._ids[first : last + 1]
            self.endRemoveRows()
        self._reindex()

    def _reindex(self, start: int = 0) -> None:
        if start == 0:
            self._rows = {}
        for n in range(start, len(self._ids)):
            self._rows[self._ids[n]] = n


class EventProxyModel(QSortFilterProxyModel):
    """Sorts by the model's SORT_ROLE and keeps the rows the current EventFilter matches."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = EventFilter()
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def event_filter(self) -> EventFilter:
        return self._filter

    def set_event_filter(self, value: EventFilter) -> None:
        self.beginFilterChange()
        self._filter = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._filter.is_empty:
            return True
        model = self.sourceModel()
        assert isinstance(model, EventTableModel)
        event_id = model.event_id(source_row)
        return model.timeline.has_event(event_id) and self._filter.matches(model.timeline.event(event_id))

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
