"""View > Key Events: the switch, the number of key dates, and Fit to Key Events.

The key dates are worked out off the GUI thread (:class:`~timeline_app.gui.view.key_view.
KeyEventsKeeper`); these operations turn the mode on and off, and apply what it found to the
timeline view and the Events table.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSpinBox

from timeline_app.core.key_events import fit_dates
from timeline_app.gui.panels.event_table import EventTableModel
from timeline_app.gui.settings import Settings
from timeline_app.gui.view.key_view import KeyEventsKeeper
from timeline_app.gui.view.timeline_view import TimelineView
from timeline_app.gui.window.status import StatusCounts, StatusLine

KEY_LABEL_ROOM = 120.0
"""Pixels Fit to Key Events keeps free right of the last key date, for the start of its bold
title (more would squeeze the key dates into "N events" badges on a narrow view)."""


class KeyEventsOps:
    """Turns Key Events on and off, sets the number of key dates, fits the view to them, and
    applies the key dates found to the timeline view and the Events table.

    Args:
        keeper: works the key dates out (and says when they change).
        view: draws them; table_model: shows each event's day score.
        settings: where the mode and the number of dates are remembered.
        actions: the window's actions by name (the "key_events" switch follows the mode).
        counts: the status bar's counts, which say how many key dates there are.
        status: where Fit to Key Events says what it left out.
    """

    def __init__(
        self,
        keeper: KeyEventsKeeper,
        view: TimelineView,
        table_model: EventTableModel,
        settings: Settings,
        actions: dict[str, QAction],
        counts: StatusCounts,
        status: StatusLine,
    ) -> None:
        self.keeper = keeper
        self.view = view
        self.table_model = table_model
        self.settings = settings
        self.actions = actions
        self.counts = counts
        self.status = status
        self.boxes: list[QSpinBox] = []  # the toolbar's and the View menu's number of dates
        self.fit_pending = False  # Fit to Key Events asked while they were being worked out
        keeper.changed.connect(self.apply_key_events)

    def add_box(self, box: QSpinBox) -> None:
        """A spin box of the number of key dates, kept in step with the others."""
        box.setValue(self.settings.key_dates)
        box.valueChanged.connect(self.set_key_dates)
        self.boxes.append(box)

    def set_key_events_mode(self, on: bool) -> None:
        """View > Key Events: remembered; the view switches once the key dates are worked out
        (off the GUI thread, see :mod:`timeline_app.gui.view.key_view`), and back at once."""
        self.settings.key_events = on
        self.keeper.set_on(on)
        if not on:
            self.fit_pending = False
            self.view.set_key_events(None)
        self.sync_key_actions()
        self.counts.update()

    def set_key_dates(self, count: int) -> None:
        """The number of key dates (the toolbar's and the View menu's spin boxes)."""
        self.settings.key_dates = count
        for box in self.boxes:
            if box.value() != count:
                box.blockSignals(True)
                box.setValue(count)
                box.blockSignals(False)
        self.keeper.set_count(count)
        self.counts.update()

    def sync_key_actions(self) -> None:
        action = self.actions["key_events"]
        if action.isChecked() != self.settings.key_events:
            action.setChecked(self.settings.key_events)

    def fit_key_events(self) -> None:
        """View > Fit to Key Events: zoom to the span of the key dates (turning Key Events on
        if it is off; the zoom waits for key dates being worked out)."""
        if not self.settings.key_events:
            self.set_key_events_mode(True)
        if self.keeper.busy or not self.keeper.result_on:
            self.fit_pending = True
            return
        self._fit_key_span()

    def _fit_key_span(self) -> None:
        result = self.keeper.result
        framed, left_out = fit_dates([k.date for k in result.dates])
        inside = set(framed)
        ids = [e.id for k in result.dates if k.date in inside for e in k.events]
        if not ids:
            self.status.showMessage("No key dates: no event is dated to the day", 5000)
            return
        self.view.fit_to(ids, label_room=KEY_LABEL_ROOM)  # the last key events' bold titles
        if left_out:
            years = ", ".join(dict.fromkeys(str(d.year) for d in left_out))
            self.status.showMessage(
                f"{len(left_out)} key date{'s' if len(left_out) > 1 else ''} far from the others "
                f"({years}) left out of the view; Fit All shows every event",
                10000,
            )

    def apply_key_events(self) -> None:
        """New key dates and day scores: the timeline and the table follow."""
        keeper = self.keeper
        self.table_model.set_key_events(keeper.result)
        if keeper.on and keeper.result_on:
            self.view.set_key_events(keeper.result.sources)
        elif not keeper.on:
            self.view.set_key_events(None)
        if self.fit_pending and keeper.on and keeper.result_on and not keeper.busy:
            self.fit_pending = False
            self._fit_key_span()
        self.counts.update()

    def forget_key_events(self) -> None:
        """Another timeline (New, Open, Restore): the last one's key dates and day scores are
        dropped at once (Key Events then shows only the density band until the new ones are
        found, and says so), not drawn over events they do not belong to."""
        self.keeper.forget()
        self.table_model.set_key_events(self.keeper.result)
        if self.keeper.on:
            self.view.set_key_events({})
