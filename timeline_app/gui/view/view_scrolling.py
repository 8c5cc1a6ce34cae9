"""The timeline view's lane scrolling, split from :mod:`timeline_app.gui.view.timeline_view`
(which had grown past 400 lines): the lanes' scroll offset, kept in step with the real
scroll bar (:mod:`timeline_app.gui.view.lane_scrollbar`) and with the room the painter may use.
A mixin of :class:`~timeline_app.gui.view.timeline_view.TimelineView`, whose state it reads.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QScrollBar

from timeline_app.core.layout import TimelineLayout
from timeline_app.core.layout.geometry import label_room
from timeline_app.gui.view.lane_scrollbar import LaneScrollBar
from timeline_app.gui.view.painter import PaintOptions, PaintResult


class LaneScrolling:
    """Lane scrolling for the view (a ``QWidget``): ``options.scroll`` is the offset."""

    options: PaintOptions
    _layout: TimelineLayout
    _scrollbar: LaneScrollBar
    _result: PaintResult | None

    def lane_scroll(self) -> float:
        """How far (pixels) the lanes are scrolled up."""
        return self.options.scroll

    def scroll_lanes_to(self, y: float) -> None:
        """Scroll the lanes (clamped to what there is) and move the scroll bar along."""
        y = self._scrollbar.clamp(y)
        if y != self.options.scroll:
            self.options.scroll = y
            self.update()
        self._scrollbar.show_scroll(y)

    def scrollbar(self) -> QScrollBar:
        return self._scrollbar

    def _paint_rect(self) -> QRectF:
        """The widget less the scroll bar, when it shows: the painter never draws under it."""
        return QRectF(self.rect()).adjusted(0, 0, -self._scrollbar.reserved(), 0)

    def _sync_scrollbar(self) -> None:
        """After any change of layout or size: labels' room and the scroll bar follow."""
        self.options.metrics = label_room(self.options.metrics, int(self._layout.visible.sum()))
        if self._scrollbar.sync(self._layout, self.options):
            self._result = None  # the plot changes width: lay out again
        self.scroll_lanes_to(self.options.scroll)

    def _on_scrollbar(self, value: int) -> None:
        if float(value) != self.options.scroll:
            self.options.scroll = float(value)
            self.update()
