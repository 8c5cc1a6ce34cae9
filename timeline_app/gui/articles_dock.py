"""The Articles dock: every loaded article with its source, publication date and event count.

A project holds tens or hundreds of articles, not 100,000, so a QTableWidget that
is refilled on change is simpler than a model and fast enough.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, Signal
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
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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

    def refresh(self, timeline: Timeline) -> None:
        counts: Counter[str] = Counter()
        for event in timeline.iter_events():
            for article_id in {s.article for s in event.sources}:
                counts[article_id] += 1
        chosen = self.current_article()
        self.blockSignals(True)
        self.setSortingEnabled(False)
        self.setRowCount(len(timeline.articles))
        for row, article in enumerate(timeline.articles):
            published = article.published.iso() if article.published else "—"
            values = (article.title, article.source, published, counts[article.id])
            for column, value in enumerate(values):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                item.setData(ARTICLE_ID_ROLE, article.id)
                if column == 0:
                    source = f"\n{article.source}" if article.source else ""
                    item.setToolTip(f"{article.title}{source}\n{article.path}".strip())
                self.setItem(row, column, item)
        self.setSortingEnabled(True)
        if chosen:
            self.select_article(chosen)
        self.blockSignals(False)

    def current_article(self) -> str | None:
        items = self.selectedItems()
        return str(items[0].data(ARTICLE_ID_ROLE)) if items else None

    def select_article(self, article_id: str) -> None:
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None and item.data(ARTICLE_ID_ROLE) == article_id:
                if self.currentRow() != row:
                    self.selectRow(row)
                return

    def _selected(self) -> None:
        article_id = self.current_article()
        if article_id:
            self.articleSelected.emit(article_id)
