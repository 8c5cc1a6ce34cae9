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
The drags are one class each in :mod:`timeline_app.gui.view.view_gestures`. Lanes that do not
fit scroll with a real scroll bar at the right edge (a child widget; the plot shrinks to
make room), kept in step with shift+wheel, arrow keys and vertical drags
(:mod:`timeline_app.gui.view.view_scrolling`).
Keys: + and - zoom, arrows pan (up and down scroll lanes), Home fits all, PgUp/PgDn
move a page, Enter edits, Delete asks to delete.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QToolTip, QWidget

from timeline_app.core.lanes import CountryOf
from timeline_app.core.layout import Hit, LaneMode, TimelineLayout, TimeScale
from timeline_app.core.layout.layout import EventFilter
from timeline_app.core.layout.snap import snap_date
from timeline_app.core.model import Change, Event, Timeline
from timeline_app.gui.theme import Theme
from timeline_app.gui.view.event_tooltip import tooltip_html, view_tooltip
from timeline_app.gui.view.lane_scrollbar import LaneScrollBar
from timeline_app.gui.view.painter import (
    PaintOptions,
    PaintResult,
    fit_scale,
    key_style,
    paint_timeline,
    plot_area,
)
from timeline_app.gui.view.view_gestures import (
    ZOOM_STEP,
    Gesture,
    MoveGesture,
    PanGesture,
    RangeGesture,
    event_menu,
    view_key,
)
from timeline_app.gui.view.view_scrolling import LaneScrolling

__all__ = ["TimelineView", "snap_date", "tooltip_html"]


class TimelineView(LaneScrolling, QWidget):
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
        self.options = PaintOptions(legend=True, scroll_cue=False)
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
        self._gesture: Gesture | None = None  # while the left button is down
        self._scrollbar = LaneScrollBar(self)
        self._scrollbar.valueChanged.connect(self._on_scrollbar)

    # -- public API ----------------------------------------------------------------

    def set_timeline(self, timeline: Timeline | None) -> None:
        """Show ``timeline`` and follow its changes; fits all events."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._timeline = timeline
        key = self._layout.key_sources
        self._layout_serial += 1
        if timeline is None:
            self._layout = TimelineLayout(mode=self._mode)
        else:
            self._layout = TimelineLayout.of(timeline, self._mode)
            if self.options.key_events and key is not None:
                self._layout.set_key_events(key)
            self._unsubscribe = timeline.subscribe(self._on_change)
        self._selection = []
        self._hover = None
        self._sync_scrollbar()
        self.fit_dense()

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
        :func:`timeline_app.core.lanes.gazetteer_country`)."""
        self._mode = LaneMode(mode)
        self._layout.set_mode(self._mode, country_of)
        self.options.scroll = 0.0
        self._sync_scrollbar()
        self.update()

    def set_key_events(self, sources: Mapping[str, int] | None) -> None:
        """Key Events mode: only these events (id -> how many articles tell it) are drawn, large
        and with their source counts; every other one in the density band. None: off."""
        if sources == self._layout.key_sources:  # an edit that changed no key event: nothing to lay out
            return
        self._layout.set_key_events(sources)
        self.options.key_events = sources is not None
        self.options.metrics = key_style(self.options.metrics, sources is not None)
        self._sync_scrollbar()
        self.update()

    def key_events(self) -> dict[str, int] | None:
        """The events Key Events mode draws (id -> source count), None when it is off."""
        return self._layout.key_sources

    def set_filter(self, wanted: EventFilter) -> None:
        """A predicate on events, a collection of visible ids, or None for all."""
        self._layout.set_filter(wanted)
        self._sync_scrollbar()
        self.update()

    def set_theme(self, theme: Theme | None) -> None:
        """A fixed theme, or None to follow the system palette."""
        self._theme = theme
        self.update()

    def theme(self) -> Theme:
        return self._theme or Theme.from_palette(self.palette())

    def plot(self) -> tuple[float, float]:
        """(x0, width) of the time plot in widget coordinates."""
        return plot_area(self._layout, self._paint_rect(), self.options)

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

    def fit_dense(self) -> int:
        """Frame the events as a first look should (:meth:`TimelineLayout.dense_span`: all of
        them, unless a few far-off ones would squeeze the rest); returns how many are left out."""
        span = self._layout.dense_span()
        if span is None:
            self.fit_all()
            return 0
        x0, width = self.plot()
        first, last, left_out = span
        self.set_scale(TimeScale.fit(first, last, width, x0))
        return left_out

    def fit_to(self, ids: Collection[str], label_room: float = 0.0) -> None:
        """Zoom to the events ``ids``, keeping ``label_room`` pixels on the right for labels."""
        span = self._layout.date_span(ids)
        if span is not None:
            x0, width = self.plot()
            self.set_scale(TimeScale.fit(span[0], span[1], width, x0, margin=0.15, right=label_room))

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

    def event_of(self, hit: Hit | None) -> Event | None:
        """The event a hit found, or None (a cluster, empty space, nothing)."""
        if hit is None or hit.what != "event":
            return None
        return self._layout.columns.events[hit.row]

    def set_selection_and_notify(self, ids: list[str]) -> None:
        """Select ``ids`` as a click does: ``selectionChanged`` if it changed."""
        if ids != self._selection:
            self._selection = ids
            self.selectionChanged.emit(list(ids))
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._sync_scrollbar()
        super().resizeEvent(event)

    # -- model ---------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        self._layout.apply(change, self._timeline)
        if change.kind in ("removed", "reset"):
            alive = [i for i in self._selection if self._layout.row_of(i) is not None]
            if alive != self._selection:
                self._selection = alive
                self.selectionChanged.emit(list(alive))
        self._sync_scrollbar()
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
            rect = self._paint_rect()
            if rect.width() < self.width():  # the strip beside the scroll bar, above and below it
                painter.fillRect(self.rect(), self.theme().background)
            self._result = paint_timeline(
                painter, self._layout, rect, self.theme(), self.options, self.scale(), reuse
            )
            self._result_key = key
            self.options.scroll = self._result.frame.scroll
            if self._layout.stacks.retired:  # a zoom level was dropped: freed once this frame shows
                QTimer.singleShot(0, self, self._layout.stacks.release)
            if self._gesture is not None:
                self._gesture.paint(painter, self.theme())
        finally:
            painter.end()

    def tooltip_at(self, pos: QPointF) -> str:
        """The tooltip for a point: an event, a cluster, or an article's publication mark."""
        hit = self.hit(pos)
        return view_tooltip(hit, self.event_of(hit), self._timeline, self._result, pos)

    # -- mouse ---------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        self._gesture = None
        if event.button() != Qt.MouseButton.LeftButton:
            return
        mods = event.modifiers()
        if mods & Qt.KeyboardModifier.ShiftModifier:
            self._gesture = RangeGesture(self, pos)
            return
        hit = self.hit(pos)
        clicked = self.event_of(hit)
        if clicked is None:
            self._gesture = PanGesture(self, pos)
            return
        assert hit is not None
        if mods & Qt.KeyboardModifier.ControlModifier:
            ids = list(self._selection)
            ids.remove(clicked.id) if clicked.id in ids else ids.append(clicked.id)
            self.set_selection_and_notify(ids)
            return
        if clicked.id not in self._selection:
            self.set_selection_and_notify([clicked.id])
        if clicked.when is not None and hit.lane >= 0:
            self._gesture = MoveGesture(self, pos, hit)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._gesture is not None:
            self._gesture.move(pos)
            return
        hit = self.hit(pos)
        target = self.event_of(hit)
        hover = target.id if target is not None else None
        if hover != self._hover:
            self._hover = hover
            self.update()
        over_cluster = hit is not None and hit.what == "cluster"
        pointing = target is not None or over_cluster
        self.setCursor(Qt.CursorShape.PointingHandCursor if pointing else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        gesture, self._gesture = self._gesture, None
        if gesture is not None:
            gesture.release(event.position(), event.modifiers())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        hit = self.hit(pos)
        target = self.event_of(hit)
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
            self.scroll_lanes_to(self.options.scroll - (delta.y() or delta.x()) / 2)
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
        if not view_key(self, event.key()):
            super().keyPressEvent(event)

    # -- context menu ------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        target = self.event_of(self.hit(QPointF(event.pos())))
        if target is not None and target.id not in self._selection:
            self.set_selection_and_notify([target.id])
        if not self._selection:
            return
        menu = event_menu(self, len(self._selection))
        chosen = self._exec_menu(menu, event.globalPos())
        menu.deleteLater()
        if chosen is not None:
            self.actionRequested.emit(chosen, list(self._selection))

    def _exec_menu(self, menu: QMenu, pos) -> str | None:
        """Show ``menu`` and return the chosen action's name (tests replace this)."""
        action = menu.exec(pos)
        return action.data() if action is not None else None
