"""What the window shows and how: fit and zoom, uncertain events, lanes, theme, date order,
the search box, review mode."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from timeline_app.gui.app import apply_theme
from timeline_app.gui.panels.article_index import ArticleIndex
from timeline_app.gui.panels.filters import FilterBar
from timeline_app.gui.settings import Settings
from timeline_app.gui.view.key_view import KeyEventsKeeper
from timeline_app.gui.view.timeline_view import TimelineView
from timeline_app.gui.window.document import Document
from timeline_app.gui.window.status import StatusCounts
from timeline_app.gui.window.window_panels import Panels


class ViewOps:
    """The View menu's commands but Key Events (see :mod:`~timeline_app.gui.window.key_ops`).

    Args:
        document: the project (its selection is repainted in a new theme).
        view: the timeline view; panels: the docks; filter_bar: the filter.
        index: counts the uncertain events (the filter asks about them only if there are some).
        keeper: the key events, which leave the hidden uncertain events out too.
        settings: where each choice is remembered.
        actions: the window's actions by name (the switches follow their state).
        counts: the status bar's counts, which say how many events are hidden.
    """

    def __init__(
        self,
        document: Document,
        view: TimelineView,
        panels: Panels,
        filter_bar: FilterBar,
        index: ArticleIndex,
        keeper: KeyEventsKeeper,
        settings: Settings,
        actions: dict[str, QAction],
        counts: StatusCounts,
    ) -> None:
        self.document = document
        self.view = view
        self.panels = panels
        self.filter_bar = filter_bar
        self.index = index
        self.keeper = keeper
        self.settings = settings
        self.actions = actions
        self.counts = counts
        panels.review_dock.visibilityChanged.connect(self._review_visibility)

    def fit_all(self) -> None:
        self.view.fit_all()

    def fit_filtered(self) -> None:
        ids = self.filter_bar.current.matching_ids(self.document.timeline)
        if ids:
            self.view.fit_to(ids)

    def zoom(self, factor: float) -> None:
        self.view.zoom_by(factor)

    def set_show_uncertain(self, show: bool) -> None:
        """View > Show Uncertain Events: remembered, and applied to the table, the timeline and
        the exports (which export what the filter shows)."""
        self.settings.show_uncertain = show
        action = self.actions["show_uncertain"]
        if action.isChecked() != show:
            action.setChecked(show)
        self.sync_uncertain()
        self.counts.update()

    def sync_uncertain(self) -> None:
        """Hide the uncertain events unless the switch is on. The filter asks only while
        the timeline has some: a project without any keeps the filter empty, which the
        table and the timeline answer without looking at each event."""
        hide = not self.settings.show_uncertain and self.index.uncertain > 0
        self.filter_bar.set_hide_uncertain(hide)
        self.keeper.set_hide_uncertain(not self.settings.show_uncertain)

    def set_lanes(self, mode: str) -> None:
        self.settings.default_lanes = mode
        self.view.set_lanes(mode)

    def set_theme(self, theme: str) -> None:
        self.settings.theme = theme
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        self.panels.article_view.set_selected(self.document.selection.ids)

    def set_date_order(self, order: str) -> None:
        self.settings.date_order = order
        self.panels.inspector.date_order = order

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def toggle_review(self) -> None:
        on = self.actions["review"].isChecked()
        self.panels.review_dock.setVisible(on)
        if on:
            self.panels.review_dock.raise_()
            self.panels.review_panel.start()

    def _review_visibility(self, visible: bool) -> None:
        """Closing the Review panel with its own button leaves review mode too."""
        action = self.actions.get("review")
        if action is not None and not visible and action.isChecked() and self.panels.review_dock.isHidden():
            action.setChecked(False)
