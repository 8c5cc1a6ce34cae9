"""The Articles dock: every loaded article with its source, publication date and event count.

A thin model over the Timeline's articles (as the Events table is over its events):
the rows are article ids in the chosen order, values are read when Qt asks. A table
of widget items was refilled on each change, and with 20,000 articles that took
half a second; a reset here costs a sort of ids.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from timeline_app.core.model import Article, Timeline
from timeline_app.gui.panels.id_table import IdTableModel

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Title", "Source", "Published", "Events")
TITLE, SOURCE, PUBLISHED, EVENTS = range(len(COLUMNS))

Index = QModelIndex | QPersistentModelIndex


class ArticlesModel(IdTableModel):
    COLUMNS = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._articles: dict[str, Article] = {}
        self._counts: dict[str, int] = {}
        self._sort = (TITLE, False)

    # -- Qt model API ------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        article_id = self._ids[index.row()]
        if role == ARTICLE_ID_ROLE:
            return article_id
        article = self._articles[article_id]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._value(article, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (TITLE, SOURCE):
            source = f"\n{article.source}" if article.source else ""
            return f"{article.title}{source}\n{article.path}".strip()
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == EVENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _value(self, article: Article, column: int) -> Any:
        if column == TITLE:
            return article.title
        if column == SOURCE:
            return article.source
        if column == PUBLISHED:
            return article.published.iso() if article.published else "—"
        return self._counts.get(article.id, 0)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self._reorder(self._order)

    # -- following the timeline ---------------------------------------------------------

    def refresh(self, articles: list[Article], count: Callable[[str], int]) -> None:
        """Show ``articles``; when they are the same ones, only changed counts are signalled."""
        same = len(articles) == len(self._articles) and all(self._articles.get(a.id) is a for a in articles)
        if not same:
            self.beginResetModel()
            self._articles = {a.id: a for a in articles}
            self._counts = {a.id: count(a.id) for a in articles}
            self._order()
            self.endResetModel()
            return
        changed = [i for i in self._ids if self._counts.get(i) != count(i)]
        for article_id in changed:
            self._counts[article_id] = count(article_id)
        if changed and self._sort[0] == EVENTS:
            self.sort(EVENTS, Qt.SortOrder.DescendingOrder if self._sort[1] else Qt.SortOrder.AscendingOrder)
        for article_id in changed:
            row = self._rows[article_id]
            self.dataChanged.emit(self.index(row, EVENTS), self.index(row, EVENTS))

    def _order(self) -> None:
        column, descending = self._sort
        articles = self._articles

        def key(article_id: str) -> tuple:
            value = self._value(articles[article_id], column)
            return (value.casefold() if isinstance(value, str) else value, article_id)

        self._ids = sorted(articles, key=key, reverse=descending)
        self._rows = {i: n for n, i in enumerate(self._ids)}

    def article_id(self, row: int) -> str:
        return self._ids[row]


class ArticlesList(QTableView):
    articleSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Articles")
        self._model = ArticlesModel(self)
        self.setModel(self._model)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Right-click offers the article actions the window adds (remove, extract again, date).
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(22)  # as the Events table
        self.setWordWrap(False)
        self.setSortingEnabled(True)
        self.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
        header = self.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SOURCE, 70)  # agency names can be long; the tooltip has it whole
        for column in (PUBLISHED, EVENTS):
            # Sized from the header and a sample value, not by measuring every row.
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PUBLISHED, self.fontMetrics().horizontalAdvance("2025-12-02") + 24)
        header.resizeSection(EVENTS, self.fontMetrics().horizontalAdvance("Events") + 24)
        self.selectionModel().selectionChanged.connect(self._selected)

    def rowCount(self) -> int:
        return self._model.rowCount()

    def refresh(self, timeline: Timeline, count: Callable[[str], int]) -> None:
        """Show the timeline's articles; ``count(article_id)`` gives an article's number of
        events (the window keeps them in its index)."""
        chosen = self.selected_articles()
        self.blockSignals(True)
        try:
            self._model.refresh(timeline.articles, count)
            if chosen and not self.selected_articles():  # a reset dropped the selection
                self.set_selected_articles(chosen)
        finally:
            self.blockSignals(False)

    def current_article(self) -> str | None:
        current = self.currentIndex()
        if current.isValid() and self.selectionModel().isRowSelected(current.row(), QModelIndex()):
            return self._model.article_id(current.row())
        chosen = self.selected_articles()
        return chosen[0] if chosen else None

    def selected_articles(self) -> list[str]:
        """The selected articles' ids, top row first."""
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [self._model.article_id(row) for row in rows]

    def set_selected_articles(self, ids: Iterable[str]) -> None:
        selection = QItemSelection()
        for article_id in ids:
            row = self._model.row_of(article_id)
            if row is not None:
                selection.select(self._model.index(row, 0), self._model.index(row, len(COLUMNS) - 1))
        self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def select_article(self, article_id: str) -> None:
        row = self._model.row_of(article_id)
        if row is None:
            return
        index = self._model.index(row, 0)
        if self.selectionModel().isRowSelected(row, QModelIndex()):
            if self.currentIndex().row() != row:  # one of several selected rows: keep the selection
                self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            return
        self.selectRow(row)
        self.scrollTo(index)

    def _selected(self, *_args: object) -> None:
        article_id = self.current_article()
        if article_id:
            self.articleSelected.emit(article_id)
