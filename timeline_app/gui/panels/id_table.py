"""The part every table model of the window shares: rows are ids, columns are named,
and the model orders its rows itself."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class IdTableModel(QAbstractTableModel):
    """A flat table whose row ``n`` is the object with id ``self._ids[n]``; subclasses give
    ``COLUMNS`` (the headers) and ``data``."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._rows: dict[str, int] = {}  # id -> row

    def row_of(self, item_id: str) -> int | None:
        return self._rows.get(item_id)

    def _reorder(self, reorder: Callable[[], None]) -> None:
        """Run ``reorder`` (which puts ``_ids`` and ``_rows`` in a new order) as one layout
        change, moving the persistent indexes (selection, current row) with their ids."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self._ids[i.row()] if 0 <= i.row() < len(self._ids) else None for i in old]
        reorder()
        new = [
            self.index(self._rows[i], index.column()) if i in self._rows else QModelIndex()
            for index, i in zip(old, old_ids, strict=True)
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section] if 0 <= section < len(self.COLUMNS) else None
        return None
