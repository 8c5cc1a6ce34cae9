"""The Articles dock: every loaded article with its source, publication date and event count.

A project holds tens or hundreds of articles, not 100,000, so a QTableWidget that
is refilled on change is simpler than a model and fast enough.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from timeline_app.core.model import Timeline

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ArticlesList(QTableWidget):
    articleSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setAccessibleName("Articles")
        self.setHorizontalHeaderLabels(["Title", "Source", "Published", "Events"])
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Right-click offers the article actions the window adds (remove, extract again, date).
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 70)  # agency names can be long; the tooltip has it whole
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.itemSelectionChanged.connect(self._selected)
        # The items of each article (they move when the user sorts) and their values.
        self._items: dict[str, list[QTableWidgetItem]] = {}
        self._values: dict[str, tuple] = {}
        self._static: dict[str, tuple] = {}  # article id -> (article, its texts), computed once

    def refresh(self, timeline: Timeline, count: Callable[[str], int] | None = None) -> None:
        """Show the timeline's articles; when the list is the same, only changed cells are set.

        ``count(article_id)`` gives an article's number of events (the window's index);
        without it they are counted here.
        """
        if count is None:
            counts: Counter[str] = Counter()
            for event in timeline.iter_events():
                for article_id in {s.article for s in event.sources}:
                    counts[article_id] += 1
            count = counts.__getitem__
        rows = {}
        for a in timeline.articles:
            cached = self._static.get(a.id)
            if cached is None or cached[0] is not a:
                cached = self._static[a.id] = (
                    a,
                    (a.title, a.source, a.published.iso() if a.published else "—"),
                )
            rows[a.id] = ((*cached[1], count(a.id)), a)
        self.blockSignals(True)
        try:
            changed = [i for i, (values, _a) in rows.items() if self._values.get(i) != values]
            if rows.keys() != self._items.keys() or len(changed) > 50:
                self._rebuild(rows)
            else:
                for article_id in changed:
                    values = self._values[article_id] = rows[article_id][0]
                    for item, value in zip(self._items[article_id], values, strict=True):
                        item.setData(Qt.ItemDataRole.DisplayRole, value)
        finally:
            self.blockSignals(False)

    def _rebuild(self, rows: dict) -> None:
        # Columns sized to their contents measure every row on each change: with them on,
        # filling n rows cost n^2 (14 s for 1,000 articles). Size once, after filling.
        header = self.horizontalHeader()
        chosen = self.current_article()
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.setSortingEnabled(False)
        self.clearContents()
        self.setRowCount(len(rows))
        self._items = {}
        self._values = {}
        for row, (article_id, (values, article)) in enumerate(rows.items()):
            items = []
            for column, value in enumerate(values):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                item.setData(ARTICLE_ID_ROLE, article_id)
                if column == 0:
                    source = f"\n{article.source}" if article.source else ""
                    item.setToolTip(f"{article.title}{source}\n{article.path}".strip())
                self.setItem(row, column, item)
                items.append(item)
            self._items[article_id] = items
            self._values[article_id] = values
        self.setSortingEnabled(True)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if chosen:
            self.select_article(chosen)

    def current_article(self) -> str | None:
        item = self.currentItem()
        if item is not None and item.isSelected():
            return str(item.data(ARTICLE_ID_ROLE))
        items = self.selectedItems()
        return str(items[0].data(ARTICLE_ID_ROLE)) if items else None

    def selected_articles(self) -> list[str]:
        """The selected articles' ids, top row first."""
        rows = sorted({item.row() for item in self.selectedItems()})
        return [str(self.item(row, 0).data(ARTICLE_ID_ROLE)) for row in rows]

    def select_article(self, article_id: str) -> None:
        items = self._items.get(article_id)
        if items is not None and (self.currentRow() != items[0].row() or not items[0].isSelected()):
            if items[0].isSelected():  # one of several selected rows: keep the selection
                self.setCurrentItem(items[0], QItemSelectionModel.SelectionFlag.NoUpdate)
            else:
                self.selectRow(items[0].row())

    def _selected(self) -> None:
        article_id = self.current_article()
        if article_id:
            self.articleSelected.emit(article_id)
