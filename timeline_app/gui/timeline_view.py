"""TimelineView: the zoomable, pannable, editable timeline widget.

A custom-painted ``QWidget`` (not a QGraphicsView: 100,000 items need level of detail,
which a scene of items does not give). ``paintEvent`` calls the same painter as the
exports, and keeps the frame it drew for hit testing. The view never changes the
timeline: it observes it (``Timeline.subscribe``) and asks for changes with signals
(``eventDateChanged``, ``actionRequested``), which the window turns into undoable
commands.

Mouse: wheel zooms about the cursor (shift+wheel scrolls lanes), trackpad pinch zooms,
drag pans, shift-drag selects a range to zoom to, click selects, ctrl-click adds to
the selection, double-click edits an event or zooms in on empty space or a cluster,
dragging an event moves its date (snapped to its precision), right-click opens a menu.
Keys: + and - zoom, arrows pan (up and down scroll lanes), Home fits all, PgUp/PgDn
move a page, Enter edits, Delete asks to delete.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QToolTip, QWidget

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.layout import Hit, LaneMode, TimelineLayout, TimeScale
from timeline_app.core.layout.lanes import CountryOf
from timeline_app.core.layout.layout import EventFilter
from timeline_app.core.layout.snap import snap_date
from timeline_app.core.model import Change, Event, Timeline
from timeline_app.gui.event_tooltip import (
    cluster_tooltip,
    publication_tooltip,
    tooltip_html,
)
from timeline_app.gui.marks import paint_drag_ghost, paint_range_band
from timeline_app.gui.painter import PaintOptions, PaintResult, fit_scale, paint_timeline, plot_area
from timeline_app.gui.theme import Theme

ZOOM_STEP = 1.25
DRAG_THRESHOLD = 4.0
MENU_ACTIONS = (
    ("edit", "Edit…"),
    ("confirm", "Mark confirmed"),
    ("deny", "Mark denied"),
    ("copy", "Copy"),
    ("delete", "Delete"),
)


class TimelineView(QWidget):
    """See the module docstring. Public methods are the ones a window needs."""

    selectionChanged = Signal(list)  # event ids
    editRequested = Signal(str)  # event id
    eventDateChanged = Signal(str, object)  # event id, new FuzzyDate
    actionRequested = Signal(str, list)  # "edit" | "delete" | "confirm" | "deny" | "copy", event ids
    viewChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setMinimumSize(320, 200)
        self.options = PaintOptions(legend=True)
        self._timeline: Timeline | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._layout = TimelineLayout()
        self._mode = LaneMode.NONE
        self._scale: TimeScale | None = None
        self._selection: list[str] = []
        self._hover: str | None = None
        self._theme: Theme | None = None
        self._result: PaintResult | None = None
        self._result_key: tuple[int, int] | None = None
        self._layout_serial = 0  # which layout object: a new timeline is a new layout
        self._press: QPointF | None = None
        self._press_hit: Hit | None = None
        self._gesture: str = ""  # "pan" | "range" | "move" while a button is down
        self._last: QPointF = QPointF()
        self._range_x: tuple[float, float] | None = None
        self._move_dx = 0.0

    # -- public API ----------------------------------------------------------------

    def set_timeline(self, timeline: Timeline | None) -> None:
        """Show ``timeline`` and follow its changes; fits all events."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._timeline = timeline
        self._layout_serial += 1
        if timeline is None:
            self._layout = TimelineLayout(mode=self._mode)
        else:
            self._layout = TimelineLayout.of(timeline, self._mode)
            self._unsubscribe = timeline.subscribe(self._on_change)
        self._selection = []
        self._hover = None
        self.fit_all()

    def shutdown(self) -> None:
        """Stop observing the timeline (the window calls this when it closes)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def timeline_layout(self) -> TimelineLayout:
        return self._layout

    def set_lanes(self, mode: LaneMode | str, country_of: CountryOf | None = None) -> None:
        """Lanes by actor, country, kind, article or none. Countries come from ``country_of``
        (a name -> country function), by default the shipped gazetteer's (see
        :func:`timeline_app.core.layout.lanes.gazetteer_country`)."""
        self._mode = LaneMode(mode)
        self._layout.set_mode(self._mode, country_of)
        self.options.scroll = 0.0
        self.update()

    def set_filter(self, wanted: EventFilter) -> None:
        """A predicate on events, a collection of visible ids, or None for all."""
        self._layout.set_filter(wanted)
        self.update()

    def set_theme(self, theme: Theme | None) -> None:
        """A fixed theme, or None to follow the system palette."""
        self._theme = theme
        self.update()

    def theme(self) -> Theme:
        return self._theme or Theme.from_palette(self.palette())

    def plot(self) -> tuple[float, float]:
        """(x0, width) of the time plot in widget coordinates."""
        return plot_area(self._layout, QRectF(self.rect()), self.options)

    def scale(self) -> TimeScale:
        x0, width = self.plot()
        if self._scale is None:
            self._scale = fit_scale(self._layout, x0, width)
        elif self._scale.x0 != x0 or self._scale.width != width:
            self._scale = self._scale.with_width(width, x0)
        return self._scale

    def set_scale(self, scale: TimeScale) -> None:
        x0, width = self.plot()
        self._scale = scale.with_width(width, x0)
        self.update()
        self.viewChanged.emit()

    def fit_all(self) -> None:
        x0, width = self.plot()
        self.set_scale(fit_scale(self._layout, x0, width))

    def fit_to(self, ids: Collection[str]) -> None:
        span = self._layout.date_span(ids)
        if span is not None:
            x0, width = self.plot()
            self.set_scale(TimeScale.fit(span[0], span[1], width, x0, margin=0.15))

    def select(self, ids: Iterable[str]) -> None:
        """Set the selection (without emitting selectionChanged)."""
        self._selection = [i for i in dict.fromkeys(ids) if self._layout.row_of(i) is not None]
        self.update()

    def selected_ids(self) -> list[str]:
        return list(self._selection)

    def visible_range(self) -> tuple[float, float]:
        """(first, last) time shown, in days since 1970-01-01."""
        return self.scale().visible_range()

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        self.set_scale(self.scale().zoom(factor, anchor_x))

    def last_paint(self) -> PaintResult | None:
        """What the last paint drew (its frame has every rectangle)."""
        return self._result

    def hit(self, pos: QPointF) -> Hit | None:
        if self._result is None:
            return None
        return self._result.frame.hit(pos.x(), pos.y())

    # -- model ---------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        self._layout.apply(change, self._timeline)
        if change.kind in ("removed", "reset"):
            alive = [i for i in self._selection if self._layout.row_of(i) is not None]
            if alive != self._selection:
                self._selection = alive
                self.selectionChanged.emit(list(alive))
        self.update()

    # -- painting ------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.options.selection = frozenset(self._selection)
            self.options.hover = self._hover
            # Hover and selection repaint the same frame; any change of the layout, view or
            # size lays out again.
            key = (self._layout_serial, self._layout.version)
            reuse = self._result if self._result_key == key else None
            self._result = paint_timeline(
                painter, self._layout, QRectF(self.rect()), self.theme(), self.options, self.scale(), reuse
            )
            self._result_key = key
            self.options.scroll = self._result.frame.scroll
            self._paint_gesture(painter)
        finally:
            painter.end()

    def _paint_gesture(self, painter: QPainter) -> None:
        theme = self.theme()
        if self._range_x is not None:
            paint_range_band(painter, *sorted(self._range_x), self.height(), theme)
        result = self._result
        if self._gesture == "move" and self._press_hit is not None and result is not None:
            preview = self._moved_date()
            event = self._event_of(self._press_hit)
            if preview is not None and event is not None and event.when is not None:
                paint_drag_ghost(
                    painter, result, self._press_hit.row, event.when, preview, self.height(), theme
                )

    def tooltip_at(self, pos: QPointF) -> str:
        """The tooltip for a point: an event, a cluster, or an article's publication mark."""
        hit = self.hit(pos)
        target = self._event_of(hit)
        if target is not None:
            return tooltip_html(target, self._timeline)
        if hit is not None and hit.what == "cluster" and hit.cluster is not None:
            return cluster_tooltip(hit.cluster)
        if self._result is not None:
            return publication_tooltip(self._result, pos)
        return ""

    # -- helpers -------------------------------------------------------------------

    def _event_of(self, hit: Hit | None) -> Event | None:
        if hit is None or hit.what != "event":
            return None
        return self._layout.columns.events[hit.row]

    def _set_selection(self, ids: list[str]) -> None:
        if ids != self._selection:
            self._selection = ids
            self.selectionChanged.emit(list(ids))
        self.update()

    def _moved_date(self) -> FuzzyDate | None:
        event = self._event_of(self._press_hit)
        if event is None or event.when is None:
            return None
        return snap_date(event.when, self._move_dx * self.scale().days_per_px)

    # -- mouse ---------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        self._press, self._last = pos, pos
        self._press_hit = self.hit(pos)
        self._move_dx = 0.0
        if event.button() != Qt.MouseButton.LeftButton:
            return
        mods = event.modifiers()
        if mods & Qt.KeyboardModifier.ShiftModifier:
            self._gesture = "range"
            self._range_x = (pos.x(), pos.x())
            return
        clicked = self._event_of(self._press_hit)
        if clicked is None:
            self._gesture = "pan"
            return
        if mods & Qt.KeyboardModifier.ControlModifier:
            ids = list(self._selection)
            ids.remove(clicked.id) if clicked.id in ids else ids.append(clicked.id)
            self._set_selection(ids)
            self._gesture = ""
            return
        if clicked.id not in self._selection:
            self._set_selection([clicked.id])
        self._gesture = "move" if clicked.when is not None and self._press_hit.lane >= 0 else ""

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._gesture == "pan":
            dx, dy = pos.x() - self._last.x(), pos.y() - self._last.y()
            self._last = pos
            self.options.scroll = max(0.0, self.options.scroll - dy)
            self.set_scale(self.scale().pan(dx))
            return
        if self._gesture == "range" and self._range_x is not None:
            self._range_x = (self._range_x[0], pos.x())
            self.update()
            return
        if self._gesture == "move" and self._press is not None:
            dx = pos.x() - self._press.x()
            self._move_dx = dx if abs(dx) >= DRAG_THRESHOLD else 0.0
            self.update()
            return
        hit = self.hit(pos)
        target = self._event_of(hit)
        hover = target.id if target is not None else None
        if hover != self._hover:
            self._hover = hover
            self.update()
        over_cluster = hit is not None and hit.what == "cluster"
        pointing = target is not None or over_cluster
        self.setCursor(Qt.CursorShape.PointingHandCursor if pointing else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        gesture, self._gesture = self._gesture, ""
        press = self._press
        self._press = None
        if gesture == "range" and self._range_x is not None:
            a, b = sorted(self._range_x)
            self._range_x = None
            if b - a >= DRAG_THRESHOLD:
                s = self.scale()
                self.set_scale(s.zoom_to(s.days_at(a), s.days_at(b)))
            self.update()
            return
        if gesture == "move":
            moved = self._moved_date()
            event_ = self._event_of(self._press_hit)
            self._move_dx = 0.0
            if moved is not None and event_ is not None and moved != event_.when:
                self.eventDateChanged.emit(event_.id, moved)
            self.update()
            return
        if gesture == "pan" and press is not None:
            moved = (event.position() - press).manhattanLength()
            if moved < DRAG_THRESHOLD and not (event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                self._set_selection([])

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        hit = self.hit(pos)
        target = self._event_of(hit)
        if target is not None:
            self.editRequested.emit(target.id)
            return
        if hit is not None and hit.what == "cluster" and hit.cluster is not None:
            s = self.scale()
            self.set_scale(s.zoom_to(hit.cluster.first, hit.cluster.last))
            return
        self.zoom_by(2.0, pos.x())

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        pixel = event.pixelDelta()
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.options.scroll = max(0.0, self.options.scroll - (delta.y() or delta.x()) / 2)
            self.update()
        elif delta.y():
            self.zoom_by(ZOOM_STEP ** (delta.y() / 120.0), event.position().x())
        elif pixel.x() or delta.x():
            self.set_scale(self.scale().pan(pixel.x() or delta.x() / 2))
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.NativeGesture:
            gesture: QNativeGestureEvent = event  # type: ignore[assignment]
            if gesture.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.zoom_by(1.0 + gesture.value(), gesture.position().x())
                return True
        if event.type() == QEvent.Type.ToolTip:
            help_event: QHelpEvent = event  # type: ignore[assignment]
            text = self.tooltip_at(QPointF(help_event.pos()))
            if text:
                QToolTip.showText(help_event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if event.type() == QEvent.Type.PaletteChange and self._theme is None:
            self.update()
        return super().event(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover is not None:
            self._hover = None
            self.update()
        super().leaveEvent(event)

    # -- keyboard ------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        s = self.scale()
        page = s.width
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_Left:
            self.set_scale(s.pan(page / 10))
        elif key == Qt.Key.Key_Right:
            self.set_scale(s.pan(-page / 10))
        elif key == Qt.Key.Key_PageUp:
            self.set_scale(s.pan(page * 0.9))
        elif key == Qt.Key.Key_PageDown:
            self.set_scale(s.pan(-page * 0.9))
        elif key == Qt.Key.Key_Home:
            self.fit_all()
        elif key == Qt.Key.Key_Up:
            self.options.scroll = max(0.0, self.options.scroll - 40)
            self.update()
        elif key == Qt.Key.Key_Down:
            self.options.scroll += 40
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(self._selection) == 1:
            self.editRequested.emit(self._selection[0])
        elif key == Qt.Key.Key_Delete and self._selection:
            self.actionRequested.emit("delete", list(self._selection))
        else:
            super().keyPressEvent(event)

    # -- context menu ------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        target = self._event_of(self.hit(QPointF(event.pos())))
        if target is not None and target.id not in self._selection:
            self._set_selection([target.id])
        if not self._selection:
            return
        menu = QMenu(self)
        for name, text in MENU_ACTIONS:
            action = menu.addAction(text)
            action.setData(name)
            if name == "edit" and len(self._selection) != 1:
                action.setEnabled(False)
        chosen = self._exec_menu(menu, event.globalPos())
        menu.deleteLater()
        if chosen is not None:
            self.actionRequested.emit(chosen, list(self._selection))

    def _exec_menu(self, menu: QMenu, pos) -> str | None:
        """Show ``menu`` and return the chosen action's name (tests replace this)."""
        action = menu.exec(pos)
        return action.data() if action is not None else None
