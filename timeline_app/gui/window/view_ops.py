"""View, preferences and export actions of the main window.

A mixin of :class:`~timeline_app.gui.window.main_window.MainWindow`, split from it to keep
the window's module about building and linking the panels.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from timeline_app.core.errors import InputError
from timeline_app.core.key_events import fit_dates
from timeline_app.core.model import Timeline
from timeline_app.gui import dialogs
from timeline_app.gui.app import apply_theme
from timeline_app.gui.window import workers
from timeline_app.gui.window.workers import FunctionWorker

if TYPE_CHECKING:
    from timeline_app.gui.window.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


KEY_LABEL_ROOM = 120.0
"""Pixels Fit to Key Events keeps free right of the last key date, for the start of its bold
title (more would squeeze the key dates into "N events" badges on a narrow view)."""


class ViewOps(_Base):
    # -- view ---------------------------------------------------------------------------------

    def fit_all(self) -> None:
        self.view.fit_all()

    def fit_filtered(self) -> None:
        ids = self.filter_bar.current.matching_ids(self.document.timeline)
        if ids:
            self.view.fit_to(ids)

    def zoom(self, factor: float) -> None:
        self.view.zoom_by(factor)

    # -- key events -----------------------------------------------------------------------

    def set_key_events_mode(self, on: bool) -> None:
        """View > Key Events: remembered; the view switches once the key dates are worked out
        (off the GUI thread, see :mod:`timeline_app.gui.view.key_view`), and back at once."""
        self.settings.key_events = on
        self.key_events.set_on(on)
        if not on:
            self.fit_key_pending = False
            self.view.set_key_events(None)
        self.sync_key_actions()
        self._update_counts()

    def set_key_dates(self, count: int) -> None:
        """The number of key dates (the toolbar's and the View menu's spin boxes)."""
        self.settings.key_dates = count
        for box in self.key_dates_boxes:
            if box.value() != count:
                box.blockSignals(True)
                box.setValue(count)
                box.blockSignals(False)
        self.key_events.set_count(count)
        self._update_counts()

    def sync_key_actions(self) -> None:
        action = self.actions_by_name["key_events"]
        if action.isChecked() != self.settings.key_events:
            action.setChecked(self.settings.key_events)

    def fit_key_events(self) -> None:
        """View > Fit to Key Events: zoom to the span of the key dates (turning Key Events on
        if it is off; the zoom waits for key dates being worked out)."""
        if not self.settings.key_events:
            self.set_key_events_mode(True)
        if self.key_events.busy or not self.key_events.result_on:
            self.fit_key_pending = True
            return
        self._fit_key_span()

    def _fit_key_span(self) -> None:
        result = self.key_events.result
        framed, left_out = fit_dates([k.date for k in result.dates])
        inside = set(framed)
        ids = [e.id for k in result.dates if k.date in inside for e in k.events]
        if not ids:
            self.statusBar().showMessage("No key dates: no event is dated to the day", 5000)
            return
        self.view.fit_to(ids, label_room=KEY_LABEL_ROOM)  # the last key events' bold titles
        if left_out:
            years = ", ".join(dict.fromkeys(str(d.year) for d in left_out))
            self.statusBar().showMessage(
                f"{len(left_out)} key date{'s' if len(left_out) > 1 else ''} far from the others "
                f"({years}) left out of the view; Fit All shows every event",
                10000,
            )

    def apply_key_events(self) -> None:
        """New key dates and day scores: the timeline and the table follow."""
        keeper = self.key_events
        self.table_model.set_key_events(keeper.result)
        if keeper.on and keeper.result_on:
            self.view.set_key_events(keeper.result.sources)
        elif not keeper.on:
            self.view.set_key_events(None)
        if self.fit_key_pending and keeper.on and keeper.result_on and not keeper.busy:
            self.fit_key_pending = False
            self._fit_key_span()
        self._update_counts()

    def forget_key_events(self) -> None:
        """Another timeline (New, Open, Restore): the last one's key dates and day scores are
        dropped at once (Key Events then shows only the density band until the new ones are
        found, and says so), not drawn over events they do not belong to."""
        self.key_events.forget()
        self.table_model.set_key_events(self.key_events.result)
        if self.key_events.on:
            self.view.set_key_events({})

    def key_events_text(self) -> str:
        """The status bar's part on Key Events ("" when off)."""
        keeper = self.key_events
        if not keeper.on:
            return ""
        if not keeper.result_on:
            return "finding key dates…"
        n = len(keeper.result.dates)
        return f"{n:,} key date{'s' * (n != 1)}"

    def set_show_uncertain(self, show: bool) -> None:
        """View > Show Uncertain Events: remembered, and applied to the table, the timeline and
        the exports (which export what the filter shows)."""
        self.settings.show_uncertain = show
        action = self.actions_by_name["show_uncertain"]
        if action.isChecked() != show:
            action.setChecked(show)
        self.sync_uncertain()
        self._update_counts()

    def sync_uncertain(self) -> None:
        """Hide the uncertain events unless the switch is on. The filter asks only while
        the timeline has some: a project without any keeps the filter empty, which the
        table and the timeline answer without looking at each event."""
        hide = not self.settings.show_uncertain and self.article_index.uncertain > 0
        self.filter_bar.set_hide_uncertain(hide)
        self.key_events.set_hide_uncertain(not self.settings.show_uncertain)

    def hidden_uncertain(self) -> int:
        """How many events the switch hides now."""
        return self.article_index.uncertain if self.filter_bar.hide_uncertain else 0

    def set_lanes(self, mode: str) -> None:
        self.settings.default_lanes = mode
        self.view.set_lanes(mode)

    def set_theme(self, theme: str) -> None:
        self.settings.theme = theme
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        self.article_view.set_selected(self.document.selection.ids)

    def set_date_order(self, order: str) -> None:
        self.settings.date_order = order
        self.inspector.date_order = order

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def show_inspector(self, focus: bool = False) -> None:
        self.inspector_dock.show()
        self.inspector_dock.raise_()
        if focus:
            self.inspector.title.setFocus()
            self.inspector.title.selectAll()

    def toggle_review(self) -> None:
        on = self.actions_by_name["review"].isChecked()
        self.review_dock.setVisible(on)
        if on:
            self.review_dock.raise_()
            self.review_panel.start()

    def _view_action(self, name: str, ids: list) -> None:
        """Context-menu actions of the timeline view (edit, delete, mark...)."""
        if ids:
            self.document.selection.set(ids)
        handlers = {
            "edit": lambda: self.show_inspector(focus=True),
            "delete": self.delete_selected,
            "confirm": lambda: self.mark_status("confirmed"),
            "deny": lambda: self.mark_status("denied"),
            "copy": self.copy_selected,
            "reviewed": self.mark_reviewed,
            "duplicate": self.duplicate_selected,
        }
        handler = handlers.get(name)
        if handler:
            handler()

    def about(self) -> None:
        dialogs.show_about(self)

    def about_qt(self) -> None:
        QApplication.aboutQt()

    # -- export ---------------------------------------------------------------------------

    def export(self) -> bool:
        """File > Export: the export dialog, then the writing off the GUI thread."""
        from timeline_app.gui.export import (
            dialog as export_dialog,  # loaded on first use: start-up stays short
        )

        if self.export_worker is not None:
            self.statusBar().showMessage("An export is already running", 5000)
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
            self,
            timeline.title,
            timeline.date_span(),
            self.visible_days(),
            folder,
            self.settings.default_lanes,
        )
        if request is None:
            return False
        key = self.view.key_events()
        if key is not None:  # what the window shows: the key events, the rest as a density band
            request.options.key_events = dict(key)
        self.statusBar().showMessage(f"Exporting to {Path(request.path).name}…")
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
        self.export_worker = worker
        worker.start()
        return True

    def warm_up(self) -> None:
        """Start the extraction process in the background, so that imports find it ready."""
        if self.warm_up_worker is None and not workers.IN_PROCESS:
            self.warm_up_worker = FunctionWorker(workers.warm_up, parent=self)
            self.warm_up_worker.start()

    def _export_done(self, summary: object, error: object) -> None:
        worker, self.export_worker = self.export_worker, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()
        if error is not None:
            dialogs.show_error(self, "Export failed", str(error))
        else:
            self.statusBar().showMessage(str(summary), 10000)
        self.exportFinished.emit(str(error) if error is not None else str(summary))
