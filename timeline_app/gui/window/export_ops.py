"""File > Export: the export dialog on the GUI thread, the encoding and writing off it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from timeline_app.core.errors import InputError
from timeline_app.core.model import Timeline
from timeline_app.gui import dialogs
from timeline_app.gui.panels.filters import FilterBar
from timeline_app.gui.settings import Settings
from timeline_app.gui.view.timeline_view import TimelineView
from timeline_app.gui.window.document import Document
from timeline_app.gui.window.status import StatusLine
from timeline_app.gui.window.workers import FunctionWorker


class ExportOps(QObject):
    """Exports what the filter shows, as the view shows it (one export at a time).

    Args:
        document: the project exported (a snapshot: editing goes on meanwhile).
        view: the span shown and the key events drawn; filter_bar: what is shown.
        settings: the lanes the export starts with.
        parent: the window, for dialogs and as the worker's parent.
        status: where the export says how it went.

    Signals:
        finished(str): the status line of the finished export (or the error).
    """

    finished = Signal(str)

    def __init__(
        self,
        document: Document,
        view: TimelineView,
        filter_bar: FilterBar,
        settings: Settings,
        parent: QWidget,
        status: StatusLine,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.view = view
        self.filter_bar = filter_bar
        self.settings = settings
        self.parent_widget = parent
        self.status = status
        self.worker: FunctionWorker | None = None

    def export(self) -> bool:
        """File > Export: the export dialog, then the writing off the GUI thread."""
        from timeline_app.gui.export import (
            dialog as export_dialog,  # loaded on first use: start-up stays short
        )

        if self.worker is not None:
            self.status.showMessage("An export is already running", 5000)
            return False
        # A snapshot: the worker reads it while the user goes on editing the real one.
        live = self.document.timeline
        events = live.events
        shown = self.filter_bar.current
        if not shown.is_empty:  # export what the filter shows
            events = [e for e, keep in zip(events, shown.select(events), strict=True) if keep]
        timeline = Timeline(title=live.title)
        timeline.replace_all(live.title, live.articles, events)
        folder = str(self.document.path.parent) if self.document.path else ""
        request = export_dialog.ask_export_options(
            self.parent_widget,
            timeline.title,
            timeline.date_span(),
            self.view.visible_range(),
            folder,
            self.settings.default_lanes,
        )
        if request is None:
            return False
        key = self.view.key_events()
        if key is not None:  # what the window shows: the key events, the rest as a density band
            request.options.key_events = dict(key)
        self.status.showMessage(f"Exporting to {Path(request.path).name}…")
        # WORKAROUND: the painter caches QStaticText and text widths in module-level dicts
        # (gui/marks.py); text laid out in a worker thread keeps that thread's font engines,
        # and the window's next paint after the thread ended crashed (SIGSEGV in
        # paint_clusters). So images are painted here, on the GUI thread, and only the
        # rest (PNG encoding, most of a big export's time, and the write) goes to the worker.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            finish = export_dialog.prepare_export(timeline, request)
        except InputError as error:
            self._export_done(None, error)
            return True
        finally:
            QApplication.restoreOverrideCursor()
        worker = FunctionWorker(finish, parent=self)
        worker.done.connect(self._export_done)
        self.worker = worker
        worker.start()
        return True

    def wait(self) -> None:
        """Let a running export end (the window is closing)."""
        if self.worker is not None:
            self.worker.wait()

    def _export_done(self, summary: object, error: object) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()
        if error is not None:
            dialogs.show_error(self.parent_widget, "Export failed", str(error))
        else:
            self.status.showMessage(str(summary), 10000)
        self.finished.emit(str(error) if error is not None else str(summary))
