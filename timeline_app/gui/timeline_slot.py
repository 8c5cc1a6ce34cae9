"""The centre of the window: the timeline view, behind one small adapter.

The timeline view is written in parallel with the window; the adapter gives the
window one fixed set of calls and signals, maps them onto the view's (checking
what the view offers), and shows a plain placeholder while the view is absent.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.model import Timeline
from timeline_app.gui.filters import EventFilter


class TimelineSlot(QObject):
    selectionChanged = Signal(list)
    editRequested = Signal(str)
    eventDateChanged = Signal(str, object)
    visibleRangeChanged = Signal()
    actionRequested = Signal(str, list)  # context-menu action name, event ids

    def __init__(
        self, timeline: Timeline, widget: QWidget, real: bool, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self.widget = widget
        self.real = real
        self._filter = EventFilter()
        if real:
            self._call("set_timeline", timeline)
            self._forward("selectionChanged", lambda ids: self.selectionChanged.emit(list(ids)))
            self._forward("editRequested", self.editRequested.emit)
            self._forward("eventDateChanged", self.eventDateChanged.emit)
            for name in ("visibleRangeChanged", "rangeChanged", "viewChanged"):
                self._forward(name, lambda *_a: self.visibleRangeChanged.emit())
            self._forward(
                "actionRequested", lambda name, ids: self.actionRequested.emit(str(name), list(ids))
            )
            for name, action in (("deleteRequested", "delete"), ("markRequested", None)):
                if action:
                    self._forward(name, lambda ids, a=action: self.actionRequested.emit(a, list(_ids(ids))))
                else:
                    self._forward(
                        name, lambda ids, status: self.actionRequested.emit(str(status), list(_ids(ids)))
                    )

    def _call(self, name: str, *args: Any) -> Any:
        method = getattr(self.widget, name, None)
        return method(*args) if callable(method) else None

    def _forward(self, name: str, slot: Any) -> None:
        signal = getattr(self.widget, name, None)
        if signal is not None and hasattr(signal, "connect"):
            signal.connect(slot)

    # -- the window's calls ------------------------------------------------------------

    def select(self, ids: list[str]) -> None:
        self._call("select", list(ids))

    def set_filter(self, value: EventFilter) -> None:
        self._filter = value
        if not self.real:
            return
        # The view takes a predicate (None: everything), the same test the table's proxy uses.
        self._call("set_filter", None if value.is_empty else value)  # callable, and answers in bulk

    def set_lanes(self, mode: str) -> None:
        self._call("set_lanes", mode)

    def fit_all(self) -> None:
        self._call("fit_all")

    def fit_to(self, ids: Iterable[str]) -> None:
        self._call("fit_to", list(ids))

    def zoom(self, factor: float) -> None:
        if self._call("zoom_by", factor) is None and hasattr(self.widget, "zoom"):
            self._call("zoom", factor)

    def visible_days(self) -> tuple[float, float] | None:
        value = self._call("visible_range")
        if not value:
            return None
        first, last = value
        if isinstance(first, FuzzyDate):
            return first.start_days, last.end_days
        return float(first), float(last)

    def shutdown(self) -> None:
        """Stop the view's timers (animations) when the window closes."""
        self._call("shutdown")


def _ids(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def make_timeline_view(timeline: Timeline, parent: QObject | None = None) -> TimelineSlot:
    try:
        module = importlib.import_module("timeline_app.gui.timeline_view")
        view_class = module.TimelineView
    except (ImportError, AttributeError):
        placeholder = QLabel("The timeline view is not installed in this build.")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setAccessibleName("Timeline")
        placeholder.setMinimumSize(400, 240)
        return TimelineSlot(timeline, placeholder, real=False, parent=parent)
    widget = view_class()
    widget.setAccessibleName("Timeline")
    return TimelineSlot(timeline, widget, real=True, parent=parent)
