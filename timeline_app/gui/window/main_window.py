"""The main window: the timeline in the centre, docks around it, every view showing one selection.

The window owns the Document (timeline + undo stack + path) and links the views:
any of them may change the selection, and all follow it. Views never change the
Timeline; they ask the window, which pushes a command on the one undo stack.
File operations and edits live in two mixins (project_ops, edit_ops).
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QToolBar,
    QWidget,
)

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.model import Article, Change, Event
from timeline_app.gui.panels.article_index import ArticleIndex
from timeline_app.gui.panels.filters import EventFilter, FilterBar
from timeline_app.gui.settings import Settings
from timeline_app.gui.view.key_view import KeyEventsKeeper
from timeline_app.gui.view.timeline_view import TimelineView
from timeline_app.gui.window import window_actions, workers
from timeline_app.gui.window.article_ops import ArticleOps
from timeline_app.gui.window.article_times import ArticleTimes
from timeline_app.gui.window.document import Document
from timeline_app.gui.window.edit_ops import EditOps
from timeline_app.gui.window.project_ops import ProjectOps, count_text
from timeline_app.gui.window.recovery import Recovery
from timeline_app.gui.window.view_ops import ViewOps
from timeline_app.gui.window.window_panels import WindowPanels


class MainWindow(WindowPanels, ProjectOps, ArticleOps, EditOps, ViewOps, QMainWindow):
    importFinished = Signal(int, int)  # articles, events added
    exportFinished = Signal(str)  # the status line (or the error)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)
        # The side docks run the full height; the Events table sits under the timeline only.
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        screen = QApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else QSize(1400, 880)
        self.resize(min(1400, int(room.width() * 0.92)), min(880, int(room.height() * 0.9)))
        self.settings = Settings()
        self.document = Document(self)
        self.actions_by_name: dict = {}
        self.worker = None
        self.export_worker = None
        self.warm_up_worker = None
        self.default_published: FuzzyDate | None = None
        self._syncing = False
        self._shown_article: str | None = None
        self._generation = 0  # counts timeline changes, so that panels refresh once per change
        self._refreshed = -1
        self._article_generation = 0  # counts changes to the articles themselves
        self._panels_shown: dict[str, tuple] = {}  # what the Articles dock and filter choices show
        self.defer_refresh = False  # set while an import's command runs (see apply_import)
        self.deferred_resets: list[Callable[[], None]] = []  # what that command left for later
        self.key_dates_boxes: list = []  # the spin boxes of View > Key Events' number of dates
        self.key_events = KeyEventsKeeper(
            self.document.timeline, self.settings.key_dates, self.settings.key_events, self
        )
        self.fit_key_pending = False  # Fit to Key Events asked while they were being worked out
        self.article_times = ArticleTimes(self.document.timeline, self)

        self.article_index = ArticleIndex(self.document.timeline)
        self.view = TimelineView()
        self.view.setAccessibleName("Timeline")
        self.view.set_timeline(self.document.timeline)
        self.setCentralWidget(self.view)
        self._build_docks()
        self.filter_bar = FilterBar(self)
        window_actions.build(self)
        self._build_filter_toolbar_and_panels_menu()
        self._build_status_bar()
        self._build_table_menu()
        self._connect()
        self.refresh_recent_menu()
        self.inspector.date_order = self.settings.date_order
        self.inspector.article_of = self._article_of
        self.view.set_lanes(self.settings.default_lanes)
        geometry, state = self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self.review_dock.hide()  # review mode is off when the window opens, whatever was saved
        self.recovery = Recovery(self.document, self)
        self.recovery.start()
        self._update_title()
        self._refresh()
        self.key_events.schedule()
        self.sync_key_actions()
        # Everything alive now lives as long as the window: keep it out of the garbage
        # collector's full passes, which otherwise scan it all and stall the event loop
        # (a full pass took 80 to 150 ms while an import was starting).
        gc.freeze()

    def _build_filter_toolbar_and_panels_menu(self) -> None:
        """The filter bar on a toolbar row of its own, and View > Panels listing every dock and
        toolbar so that a closed one can be brought back."""
        filter_toolbar = QToolBar("Filter", self)
        filter_toolbar.setObjectName("filterToolbar")
        filter_toolbar.setMovable(False)
        filter_toolbar.addWidget(self.filter_bar)
        self.addToolBarBreak()
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, filter_toolbar)
        for dock in (
            self.articles_dock,
            self.events_dock,
            self.inspector_dock,
            self.article_dock,
            self.review_dock,
            self.history_dock,
        ):
            self.docks_menu.addAction(dock.toggleViewAction())
        self.docks_menu.addAction(filter_toolbar.toggleViewAction())
        self.docks_menu.addAction(self.main_toolbar.toggleViewAction())

    def _build_table_menu(self) -> None:
        """Right-click on the table offers the same edits as the Edit menu."""
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for name in ("add_event", "duplicate", "delete", None, "merge", "split", None,
                     "mark_reviewed", "mark_confirmed", "mark_denied"):  # fmt: skip
            self.table.addAction(self.actions_by_name[name] if name else self._separator())

    # -- wiring -----------------------------------------------------------------------------

    def _connect(self) -> None:
        doc = self.document
        doc.selection.changed.connect(self._selection_changed)
        doc.timelineChanged.connect(self._timeline_changed)
        doc.undo_stack.indexChanged.connect(lambda _i: self._refresh())
        doc.modifiedChanged.connect(lambda _m: self._update_title())
        doc.pathChanged.connect(lambda _p: self._update_title())
        self.table.selectionModel().selectionChanged.connect(self._table_selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.show_inspector(focus=True))
        self.inspector.eventEdited.connect(self.apply_inspector_edit)
        self.article_view.eventClicked.connect(lambda event_id: doc.selection.set([event_id]))
        self.article_view.newEventRequested.connect(self.new_event_from_selection)
        self.articles_list.articleSelected.connect(self._article_chosen)
        self.filter_bar.filterChanged.connect(self._filter_changed)
        self.review_panel.acceptRequested.connect(self.review_accept)
        self.review_panel.rejectRequested.connect(self.review_reject)
        self.review_panel.editRequested.connect(self.review_edit)
        self.review_panel.currentChanged.connect(lambda i: doc.selection.set([i] if i else []))
        # Closing the Review panel with its own button leaves review mode too.
        self.review_dock.visibilityChanged.connect(self._review_visibility)
        self.view.selectionChanged.connect(doc.selection.set)
        self.view.editRequested.connect(self.review_edit)
        self.view.eventDateChanged.connect(self.move_event_date)
        self.view.viewChanged.connect(self._update_range)
        self.view.actionRequested.connect(self._view_action)
        self.key_events.changed.connect(self.apply_key_events)
        self.article_times.attached.connect(self._times_attached)
        self.article_times.failed.connect(lambda reason: self.statusBar().showMessage(reason, 10000))

    def _review_visibility(self, visible: bool) -> None:
        action = self.actions_by_name["review"]
        if not visible and action.isChecked() and self.review_dock.isHidden():
            action.setChecked(False)

    # -- linked selection -----------------------------------------------------------------

    def _selection_changed(self, ids: list[str]) -> None:
        timeline = self.document.timeline
        current = ids[0] if ids else None
        if not self._syncing:
            self._select_in_table(ids)
        self.view.select(ids)
        shown = self.inspector.current_event
        if shown is not None and shown.id != current and timeline.has_event(shown.id):
            # Leaving an event keeps what was typed for it, if it is valid (like a
            # property editor); invalid input is dropped, never applied.
            self.inspector.apply()
        self.inspector.show_event(timeline.event(current) if current else None)
        if current:
            sources = timeline.event(current).sources
            article_id = next((s.article for s in sources if timeline.has_article(s.article)), None)
            if article_id:
                self._show_article(article_id)
        self.article_view.set_selected(ids)
        self._update_counts()

    def _select_in_table(self, ids: list[str]) -> None:
        selection = QItemSelection()
        for event_id in ids:
            row = self.proxy.row_of(event_id)
            if row is not None:
                selection.select(
                    self.proxy.index(row, 0), self.proxy.index(row, self.proxy.columnCount() - 1)
                )
        self._syncing = True
        try:
            model = self.table.selectionModel()
            model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if ids and (row := self.proxy.row_of(ids[0])) is not None:
                self.table.scrollTo(self.proxy.index(row, 0))
        finally:
            self._syncing = False

    def _table_selection_changed(self) -> None:
        if self._syncing:
            return
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        self._syncing = True
        try:
            self.document.selection.set([self.proxy.event_id_at(r) for r in rows])
        finally:
            self._syncing = False

    # -- following the timeline -------------------------------------------------------------

    def _timeline_changed(self, change: Change) -> None:
        if self.defer_refresh and change.kind == "reset":
            # An import: the table and the index rebuild in its next steps, each in a turn
            # of the event loop of its own (see ProjectOps.apply_import); a reset reads the
            # timeline as it is then, so a later one (an undo meanwhile) does no harm.
            self.deferred_resets = [lambda: self.table_model.apply(change), lambda: self._index_reset(change)]
        else:
            # The table and the index first: the panels refreshed below read both.
            self.table_model.apply(change)
            self.article_index.apply(change)
        self._generation += 1
        self.key_events.schedule()
        if change.what != "event":
            self._article_generation += 1
        if change.kind == "reset":
            self.forget_key_events()  # another project: its key dates are still to be found
            self._refresh()

    def _index_reset(self, change: Change) -> None:
        self.article_index.apply(change)
        self._generation += 1  # the panels read the index: a refresh meanwhile read it stale

    def _refresh(self) -> None:
        """Bring the panels up to date after a change (once per command, not per event)."""
        if self.defer_refresh or self._refreshed == self._generation:
            return
        self._refreshed = self._generation
        timeline = self.document.timeline
        # Each panel only when what it shows may have changed: an edit of one event among
        # 100,000 refilled both for 0.4 s.
        index = self.article_index
        if self._panel_is_stale("articles", index.counts_version):
            self.articles_list.refresh(timeline, index.count)
        if self._panel_is_stale("choices", index.choices_version):
            self.filter_bar.refresh_choices(timeline, index.actors, index.places)
        self.filter_bar.debounce = len(timeline) > 5000
        current = self.inspector.current_event
        if current is not None:
            self.inspector.show_event(timeline.event(current.id) if timeline.has_event(current.id) else None)
        if self._shown_article and not timeline.has_article(self._shown_article):
            self._shown_article = None
            self.article_view.show_article(None, [], [])
        elif self._shown_article:
            self._show_article(self._shown_article, force=True)
        if self.review_dock.isVisible():
            self.review_panel.refresh()
        self.sync_uncertain()
        self._update_counts()

    def _panel_is_stale(self, panel: str, version: int) -> bool:
        key = (version, self._article_generation)
        if self._panels_shown.get(panel) == key:
            return False
        self._panels_shown[panel] = key
        return True

    def refresh_panels(self) -> None:
        self._refresh()

    def _article_chosen(self, article_id: str) -> None:
        self._show_article(article_id)

    def _show_article(self, article_id: str, force: bool = False) -> None:
        timeline = self.document.timeline
        if article_id == self._shown_article and not force:
            return
        self._shown_article = article_id
        article = timeline.article(article_id)
        self.article_view.show_article(article, self._events_of(article_id), self._highlights(article))
        self.article_view.set_selected(self.document.selection.ids)
        self.articles_list.select_article(article_id)

    def _events_of(self, article_id: str) -> list:
        timeline = self.document.timeline
        return [timeline.event(i) for i in self.article_index.event_ids(article_id) if timeline.has_event(i)]

    def _highlights(self, article: Article) -> list[tuple[int, int, str]]:
        """The article's time expressions as the Article Text panel highlights them: those it
        keeps (from its import, or the project file); none while an article of a version 1
        project waits for its reading (see :mod:`~timeline_app.gui.window.article_times`)."""
        marks = article.time_marks or ()
        return [(t.start, t.end, t.value + (f": {t.explanation}" if t.explanation else "")) for t in marks]

    def _times_attached(self, article_ids: list[str]) -> None:
        if self._shown_article in article_ids:
            self._show_article(self._shown_article, force=True)

    def _filter_changed(self, value: EventFilter) -> None:
        self.proxy.set_event_filter(value)
        self.view.set_filter(None if value.is_empty else value)  # answers for all events at once
        self._select_in_table(self.document.selection.ids)
        self._update_counts()

    # -- status bar and title ---------------------------------------------------------------

    def _update_counts(self) -> None:
        timeline = self.document.timeline
        total = len(timeline)
        shown = self.proxy.rowCount()
        pending = self.article_index.pending
        parts = [count_text(total, "event")]
        if shown != total:
            parts.append(f"{shown:,} shown")
        hidden = self.hidden_uncertain()
        if hidden:
            parts.append(f"{hidden:,} uncertain hidden")
        parts.append(count_text(len(timeline.articles), "article"))
        if pending:
            parts.append(f"{pending:,} to review")
        selected = len(self.document.selection.ids)
        if selected:
            parts.append(f"{selected:,} selected")
        key_text = self.key_events_text()
        if key_text:
            parts.append(key_text)
        self.counts_label.setText(" · ".join(parts))
        self._update_range()

    def visible_days(self) -> tuple[float, float] | None:
        return self.view.visible_range()

    def _update_range(self, *_args) -> None:
        span = self.visible_days()
        if span is None:
            self.range_label.setText("")
            return
        try:
            first = FuzzyDate.from_days(span[0]).label()
            last = FuzzyDate.from_days(span[1]).label()
        except ValueError:
            self.range_label.setText("")
            return
        self.range_label.setText(f"Showing {first} – {last}")

    def _article_of(self, event: Event) -> Article | None:
        """The first article that tells ``event`` (its date and language read typed dates)."""
        timeline = self.document.timeline
        return next(
            (timeline.article(s.article) for s in event.sources if timeline.has_article(s.article)), None
        )

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.document.display_name()}[*]")
        self.setWindowModified(self.document.modified)

    # -- window events ------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(1400, 880)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.shut_down(keep_recovery=False)
        event.accept()

    def shut_down(self, keep_recovery: bool) -> None:
        """Stop workers, timers and observers; save the window state.

        ``keep_recovery`` leaves the autosaved recovery file in place (the app was told to
        quit by a signal with unsaved work: the next start offers to restore it).
        """
        self.cancel_import()
        self.filter_bar.cancel_pending()
        self.key_events.shutdown()
        if self.export_worker is not None:
            self.export_worker.wait()
        if self.warm_up_worker is not None:
            self.warm_up_worker.wait()
            self.warm_up_worker = None
        self.article_times.shutdown()
        workers.shutdown_pool()
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        if keep_recovery:
            self.recovery.timer.stop()
        else:
            self.recovery.stop()
        self.view.shutdown()
        # The undo stack and the document die with the window, after its widgets:
        # their last signals must not reach half-destroyed panels.
        self.document.undo_stack.blockSignals(True)
        self.document.blockSignals(True)
        self.table_model.detach()
