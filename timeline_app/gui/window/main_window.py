"""The main window: the timeline in the centre, docks around it, every view showing one selection.

The window assembles the parts and holds them: the Document (timeline + undo stack + path +
selection), the panels (:mod:`window_panels`), the links that keep them showing the document
(:mod:`links`), and the operations the commands run, each a plain class given what it needs
(``edit_ops``, ``article_ops``, ``project_ops``, ``import_ops``, ``view_ops``, ``key_ops``,
``export_ops``); the commands are a table (:mod:`window_actions`, made into menus by
:mod:`window_menus`). Views never change the Timeline: an operation pushes a command on the
one undo stack.
"""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from timeline_app.gui.panels.article_index import ArticleIndex
from timeline_app.gui.panels.filters import FilterBar
from timeline_app.gui.settings import Settings
from timeline_app.gui.view.key_view import KeyEventsKeeper
from timeline_app.gui.view.timeline_view import TimelineView
from timeline_app.gui.window import window_menus, workers
from timeline_app.gui.window.article_ops import ArticleOps
from timeline_app.gui.window.article_times import ArticleTimes
from timeline_app.gui.window.document import Document
from timeline_app.gui.window.edit_ops import EditOps
from timeline_app.gui.window.export_ops import ExportOps
from timeline_app.gui.window.import_ops import ImportOps
from timeline_app.gui.window.key_ops import KeyEventsOps
from timeline_app.gui.window.links import PanelLinks
from timeline_app.gui.window.project_ops import ProjectOps
from timeline_app.gui.window.recovery import Recovery
from timeline_app.gui.window.status import StatusCounts
from timeline_app.gui.window.view_ops import ViewOps
from timeline_app.gui.window.window_panels import Panels


class MainWindow(QMainWindow):
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
        self.settings = settings = Settings()
        self.document = document = Document(self)
        timeline = document.timeline
        self.actions_by_name: dict[str, QAction] = {}
        status = self.statusBar()

        # The parts: what is shown, and what works in the background.
        self.view = TimelineView()
        self.view.setAccessibleName("Timeline")
        self.view.set_timeline(timeline)
        self.view.set_lanes(settings.default_lanes)
        self.setCentralWidget(self.view)
        self.panels = panels = Panels(self, document)
        panels.inspector.date_order = settings.date_order
        self.filter_bar = FilterBar(self)
        self.article_index = ArticleIndex(timeline)
        self.key_events = KeyEventsKeeper(timeline, settings.key_dates, settings.key_events, self)
        self.article_times = ArticleTimes(timeline, self)
        self.recovery = Recovery(document, self)

        # The operations the commands run, and the links that keep the panels in step.
        view, index, filter_bar = self.view, self.article_index, self.filter_bar
        actions, keeper = self.actions_by_name, self.key_events
        counts = StatusCounts(
            document, index, panels.proxy, filter_bar, keeper, view, panels.counts_label, panels.range_label
        )
        self.view_ops = ViewOps(document, view, panels, filter_bar, index, keeper, settings, actions, counts)
        self.key_event_ops = KeyEventsOps(keeper, view, panels.table_model, settings, actions, counts, status)
        self.links = PanelLinks(
            document, panels, view, filter_bar, index, counts, self.view_ops, self.key_event_ops
        )
        self.import_ops = ImportOps(
            document, view, self.links, panels.articles_list, settings,
            open_project=lambda path: self.project_ops.open_project(path), parent=self, status=status,
        )  # fmt: skip
        self.project_ops = ProjectOps(
            document, view, self.import_ops, self.recovery, settings, parent=self, status=status
        )
        self.article_ops = ArticleOps(
            document, panels.articles_list, panels.article_view, self.import_ops, parent=self, status=status
        )
        self.edit_ops = EditOps(
            document, view, status, show_inspector=lambda: panels.show_inspector(focus=True)
        )
        self.export_ops = ExportOps(document, view, filter_bar, settings, parent=self, status=status)

        window_menus.build(self)
        for widget in (self.import_ops.progress, self.import_ops.cancel_button, panels.range_label,
                       panels.counts_label):  # fmt: skip
            status.addPermanentWidget(widget)
        # a long message is cut where the labels start: hovering the bar shows all of it
        status.messageChanged.connect(lambda text: status.setToolTip(text))
        self._connect()
        geometry, state = settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        panels.review_dock.hide()  # review mode is off when the window opens, whatever was saved
        self.recovery.start()
        self._update_title()
        self.links.refresh()
        self.key_events.schedule()
        self.key_event_ops.sync_key_actions()
        # Everything alive now lives as long as the window: keep it out of the garbage
        # collector's full passes, which otherwise scan it all and stall the event loop
        # (a full pass took 80 to 150 ms while an import was starting).
        gc.freeze()

    def _connect(self) -> None:
        """What the panels ask for goes to the operations."""
        doc, panels, edits = self.document, self.panels, self.edit_ops
        doc.modifiedChanged.connect(lambda _m: self._update_title())
        doc.pathChanged.connect(lambda _p: self._update_title())
        panels.table.doubleClicked.connect(lambda _index: panels.show_inspector(focus=True))
        panels.inspector.eventEdited.connect(edits.apply_inspector_edit)
        panels.article_view.newEventRequested.connect(edits.new_event_from_selection)
        panels.review_panel.acceptRequested.connect(edits.review_accept)
        panels.review_panel.rejectRequested.connect(edits.review_reject)
        panels.review_panel.editRequested.connect(edits.review_edit)
        self.view.editRequested.connect(edits.review_edit)
        self.view.eventDateChanged.connect(edits.move_event_date)
        self.view.actionRequested.connect(edits.view_action)
        self.article_times.attached.connect(self.links.articles_read)
        self.article_times.failed.connect(lambda reason: self.statusBar().showMessage(reason, 10000))

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
            self.import_ops.import_files(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.project_ops.maybe_save():
            event.ignore()
            return
        self.shut_down(keep_recovery=False)
        event.accept()

    def shut_down(self, keep_recovery: bool) -> None:
        """Stop workers, timers and observers; save the window state.

        ``keep_recovery`` leaves the autosaved recovery file in place (the app was told to
        quit by a signal with unsaved work: the next start offers to restore it).
        """
        self.import_ops.shutdown()
        self.filter_bar.cancel_pending()
        self.key_events.shutdown()
        self.export_ops.wait()
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
        self.panels.table_model.detach()
