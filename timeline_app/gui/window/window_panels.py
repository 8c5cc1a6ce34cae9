"""The main window's panels: the docks around the timeline and the status bar.

A mixin of :class:`~timeline_app.gui.window.main_window.MainWindow`: what is built where,
kept apart from how the panels are linked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QToolButton,
    QUndoView,
    QWidget,
)

from timeline_app.gui.panels.article_view import ArticleView
from timeline_app.gui.panels.articles_dock import ArticlesList
from timeline_app.gui.panels.event_table import EventProxyModel, EventTableModel
from timeline_app.gui.panels.inspector import Inspector
from timeline_app.gui.panels.review import ReviewPanel

if TYPE_CHECKING:
    from timeline_app.gui.window.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class WindowPanels(_Base):
    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAccessibleName(f"{title} panel")
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        self.articles_list = ArticlesList()
        self.articles_dock = self._dock(
            "Articles", "articlesDock", self.articles_list, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.table_model = EventTableModel(self.document.timeline, self, follow=False)
        self.proxy = EventProxyModel(self)
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
        self.setCorner(Qt.Corner.TopRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.splitDockWidget(self.inspector_dock, self.article_dock, Qt.Orientation.Vertical)
        self.tabifyDockWidget(self.inspector_dock, self.review_dock)
        self.tabifyDockWidget(self.article_dock, self.articles_dock)
        self.tabifyDockWidget(self.articles_dock, self.history_dock)
        self.inspector_dock.raise_()
        self.article_dock.raise_()
        self.review_dock.hide()
        self.resizeDocks([self.inspector_dock], [400], Qt.Orientation.Horizontal)
        self.resizeDocks([self.inspector_dock, self.article_dock], [400, 500], Qt.Orientation.Vertical)
        self.resizeDocks([self.events_dock], [240], Qt.Orientation.Vertical)

    def _separator(self) -> QAction:
        separator = QAction(self)
        separator.setSeparator(True)
        return separator

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        self.counts_label.setAccessibleName("Event counts")
        self.range_label = QLabel()
        self.range_label.setObjectName("rangeLabel")
        self.range_label.setAccessibleName("Visible range")
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Import progress")
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        self.cancel_button = QToolButton(text="Cancel")
        self.cancel_button.setAccessibleName("Cancel import")
        self.cancel_button.clicked.connect(self.cancel_import)
        self.cancel_button.hide()
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.range_label)
        bar.addPermanentWidget(self.counts_label)
