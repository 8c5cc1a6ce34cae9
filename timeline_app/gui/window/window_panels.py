"""The main window's panels: the docks around the timeline and the labels of the status bar.

What is built where, kept apart from how the panels follow the document
(:mod:`~timeline_app.gui.window.links`) and what their commands do (the ``*_ops`` modules).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableView,
    QUndoView,
    QWidget,
)

from timeline_app.gui.panels.article_view import ArticleView
from timeline_app.gui.panels.articles_dock import ArticlesList
from timeline_app.gui.panels.event_table import EventProxyModel, EventTableModel
from timeline_app.gui.panels.inspector import Inspector
from timeline_app.gui.panels.review import ReviewPanel
from timeline_app.gui.window.document import Document


class Panels:
    """The docks of ``window`` (Articles, Events, Inspector, Article Text, Review, History) and
    the labels of its status bar, built and placed; each widget is an attribute."""

    def __init__(self, window: QMainWindow, document: Document) -> None:
        self.window = window
        self.document = document
        self._build_docks()
        self._build_labels()

    def docks(self) -> list[QDockWidget]:
        return [self.articles_dock, self.events_dock, self.inspector_dock, self.article_dock,
                self.review_dock, self.history_dock]  # fmt: skip

    def show_inspector(self, focus: bool = False) -> None:
        """Bring the Inspector up (``focus``: with the keyboard in its title)."""
        self.inspector_dock.show()
        self.inspector_dock.raise_()
        if focus:
            self.inspector.title.setFocus()
            self.inspector.title.selectAll()

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAccessibleName(f"{title} panel")
        self.window.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        window = self.window
        self.articles_list = ArticlesList()
        self.articles_dock = self._dock(
            "Articles", "articlesDock", self.articles_list, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.table_model = EventTableModel(self.document.timeline, window, follow=False)
        self.proxy = EventProxyModel(window)
        self.proxy.setSourceModel(self.table_model)
        self.table = QTableView()
        self.table.setObjectName("eventsTable")
        self.table.setAccessibleName("Events table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a title's end says what happened
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((95, 320, 80, 75, 170, 120, 180, 70, 64)):
            header.resizeSection(column, width)
        self.events_dock = self._dock(
            "Events", "eventsDock", self.table, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.inspector = Inspector()
        self.inspector_dock = self._dock(
            "Inspector", "inspectorDock", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.article_view = ArticleView()
        self.article_dock = self._dock(
            "Article Text", "articleDock", self.article_view, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.review_panel = ReviewPanel(self.document.timeline)
        self.review_dock = self._dock(
            "Review", "reviewDock", self.review_panel, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.undo_view = QUndoView(self.document.undo_stack)
        self.undo_view.setObjectName("undoView")
        self.undo_view.setAccessibleName("Undo history")
        self.undo_view.setEmptyLabel("<original>")
        self.undo_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.undo_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.history_dock = self._dock(
            "History", "historyDock", self.undo_view, Qt.DockWidgetArea.RightDockWidgetArea
        )
        # The timeline gets most of the window: one column of panels on the right, in two
        # stacks of tabs (what you edit above, where it comes from below), running the full
        # height; the Events table under the timeline only.
        window.setCorner(Qt.Corner.TopRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        window.splitDockWidget(self.inspector_dock, self.article_dock, Qt.Orientation.Vertical)
        window.tabifyDockWidget(self.inspector_dock, self.review_dock)
        window.tabifyDockWidget(self.article_dock, self.articles_dock)
        window.tabifyDockWidget(self.articles_dock, self.history_dock)
        self.inspector_dock.raise_()
        self.article_dock.raise_()
        self.review_dock.hide()
        window.resizeDocks([self.inspector_dock], [400], Qt.Orientation.Horizontal)
        window.resizeDocks([self.inspector_dock, self.article_dock], [400, 500], Qt.Orientation.Vertical)
        window.resizeDocks([self.events_dock], [240], Qt.Orientation.Vertical)

    def _build_labels(self) -> None:
        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        self.counts_label.setAccessibleName("Event counts")
        self.range_label = QLabel()
        self.range_label.setObjectName("rangeLabel")
        self.range_label.setAccessibleName("Visible range")
