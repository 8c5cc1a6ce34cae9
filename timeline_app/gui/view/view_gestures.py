"""The timeline view's mouse gestures, one small class each (press, drag, release, paint),
its keys and its context menu.

The view picks a gesture when a button goes down (shift: a range to zoom to; on an
event: moving its date; elsewhere: panning), hands it the moves and the release, and
lets it paint its feedback over the frame. Keeping each gesture's state in its own
object keeps the widget free of "what is the mouse doing now" flags.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QMenu, QWidget

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.layout import Hit
from timeline_app.core.layout.snap import snap_date
from timeline_app.gui.theme import Theme
from timeline_app.gui.view.marks import paint_drag_ghost, paint_range_band

if TYPE_CHECKING:
    from timeline_app.gui.view.timeline_view import TimelineView

DRAG_THRESHOLD = 4.0
"""Pixels the mouse must move before a press counts as a drag."""
ZOOM_STEP = 1.25
"""Zoom factor of one wheel notch or one + / - key."""
KEY_SCROLL = 40.0
"""Pixels the up and down arrows scroll the lanes."""
MENU_ACTIONS = (
    ("edit", "Edit…"),
    ("confirm", "Mark confirmed"),
    ("deny", "Mark denied"),
    ("copy", "Copy"),
    ("delete", "Delete"),
)


class Gesture:
    """One press, drag and release of the left button on the view."""

    def __init__(self, view: TimelineView, pos: QPointF) -> None:
        self.view = view
        self.press = pos

    def move(self, pos: QPointF) -> None:
        """The mouse moved with the button held."""

    def release(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        """The button went up at ``pos``."""

    def paint(self, painter: QPainter, theme: Theme) -> None:
        """Feedback drawn over the frame while the gesture lasts."""


class PanGesture(Gesture):
    """Drag on empty space: time follows the mouse sideways, lanes scroll up and down.
    A click that does not move (without ctrl) clears the selection."""

    def __init__(self, view: TimelineView, pos: QPointF) -> None:
        super().__init__(view, pos)
        self.last = pos

    def move(self, pos: QPointF) -> None:
        dx, dy = pos.x() - self.last.x(), pos.y() - self.last.y()
        self.last = pos
        if dy:
            self.view.scroll_lanes_to(self.view.lane_scroll() - dy)
        self.view.set_scale(self.view.scale().pan(dx))

    def release(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        moved = (pos - self.press).manhattanLength()
        if moved < DRAG_THRESHOLD and not (modifiers & Qt.KeyboardModifier.ControlModifier):
            self.view.set_selection_and_notify([])


class RangeGesture(Gesture):
    """Shift-drag: a band over the time to zoom to."""

    def __init__(self, view: TimelineView, pos: QPointF) -> None:
        super().__init__(view, pos)
        self.end_x = pos.x()

    def move(self, pos: QPointF) -> None:
        self.end_x = pos.x()
        self.view.update()

    def release(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        a, b = sorted((self.press.x(), self.end_x))
        if b - a >= DRAG_THRESHOLD:
            s = self.view.scale()
            self.view.set_scale(s.zoom_to(s.days_at(a), s.days_at(b)))
        self.view.update()

    def paint(self, painter: QPainter, theme: Theme) -> None:
        a, b = sorted((self.press.x(), self.end_x))
        paint_range_band(painter, a, b, self.view.height(), theme)


class MoveGesture(Gesture):
    """Drag an event: a ghost shows where it lands, snapped to its date's precision; on
    release the view asks for the new date (``eventDateChanged``) and changes nothing."""

    def __init__(self, view: TimelineView, pos: QPointF, hit: Hit) -> None:
        super().__init__(view, pos)
        self.hit = hit
        self.dx = 0.0

    def move(self, pos: QPointF) -> None:
        dx = pos.x() - self.press.x()
        self.dx = dx if abs(dx) >= DRAG_THRESHOLD else 0.0
        self.view.update()

    def moved_date(self) -> FuzzyDate | None:
        event = self.view.event_of(self.hit)
        if event is None or event.when is None:
            return None
        return snap_date(event.when, self.dx * self.view.scale().days_per_px)

    def release(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        moved = self.moved_date()
        event = self.view.event_of(self.hit)
        self.dx = 0.0
        if moved is not None and event is not None and moved != event.when:
            self.view.eventDateChanged.emit(event.id, moved)
        self.view.update()

    def paint(self, painter: QPainter, theme: Theme) -> None:
        result = self.view.last_paint()
        preview = self.moved_date()
        event = self.view.event_of(self.hit)
        if result is None or preview is None or event is None or event.when is None:
            return
        paint_drag_ghost(painter, result, self.hit.row, event.when, preview, self.view.height(), theme)


def view_key(view: TimelineView, key: int) -> bool:
    """Do what ``key`` means on the view: + and - zoom, arrows pan (up and down scroll
    lanes), Home fits all, PgUp/PgDn move a page, Enter edits, Delete asks to delete.
    False for keys it does not know."""
    s = view.scale()
    page = s.width
    pans = {
        Qt.Key.Key_Left: page / 10,
        Qt.Key.Key_Right: -page / 10,
        Qt.Key.Key_PageUp: page * 0.9,
        Qt.Key.Key_PageDown: -page * 0.9,
    }
    selection = view.selected_ids()
    if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
        view.zoom_by(ZOOM_STEP)
    elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
        view.zoom_by(1 / ZOOM_STEP)
    elif key in pans:
        view.set_scale(s.pan(pans[key]))
    elif key == Qt.Key.Key_Home:
        view.fit_all()
    elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        view.scroll_lanes_to(view.lane_scroll() + (KEY_SCROLL if key == Qt.Key.Key_Down else -KEY_SCROLL))
    elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(selection) == 1:
        view.editRequested.emit(selection[0])
    elif key == Qt.Key.Key_Delete and selection:
        view.actionRequested.emit("delete", selection)
    else:
        return False
    return True


def event_menu(parent: QWidget, selected: int) -> QMenu:
    """The context menu for ``selected`` events; each action's data is its name."""
    menu = QMenu(parent)
    for name, text in MENU_ACTIONS:
        action = menu.addAction(text)
        action.setData(name)
        if name == "edit" and selected != 1:
            action.setEnabled(False)
    return menu
