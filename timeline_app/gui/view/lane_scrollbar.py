"""The timeline view's scroll bar for lanes that do not fit in its height.

A real ``QScrollBar`` (a child of the view, at its right edge beside the lanes) rather
than a painted cue: people expect to grab it, click its trough and see how much there
is. The view stays one custom-painted widget; it paints into its rect less the bar.
Whether the bar is needed comes from the lanes' heights alone
(:func:`timeline_app.core.layout.lanes_extent`), so it is settled before painting.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QScrollBar, QWidget

from timeline_app.core.layout import TimelineLayout, lanes_extent
from timeline_app.gui.view.painter import PaintOptions, chrome


class LaneScrollBar(QScrollBar):
    """Vertical scroll bar whose value is the lanes' scroll in pixels."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(Qt.Orientation.Vertical, view)
        # WORKAROUND: no setCursor() here; with PySide6 6.11 it left a cursor that Qt's
        # exit handlers destroyed after Python had finalised (a segfault at exit).
        self.hide()

    def reserved(self) -> float:
        """Pixels the bar takes from the right of the view (0 when hidden)."""
        return float(self.sizeHint().width()) if self.isVisibleTo(self.parentWidget()) else 0.0

    def sync(self, layout: TimelineLayout, options: PaintOptions) -> bool:
        """Shown, placed and ranged for ``layout`` in the view; True if it appeared or went."""
        view = self.parentWidget()
        width = self.sizeHint().width()
        rect = QRectF(view.rect()).adjusted(0, 0, -width, 0)
        body = chrome(layout, rect, options).body
        content, shown = lanes_extent(layout, body.height(), options.metrics)
        need = content > shown + 0.5
        if need:
            self.setGeometry(round(rect.right()), round(body.top()), width, max(round(shown), 1))
            self.setRange(0, int(content - shown + 0.999))
            self.setPageStep(max(round(shown), 1))
            self.setSingleStep(round(options.metrics.row_height))
        changed = need != self.isVisibleTo(view)
        if changed:
            self.setVisible(need)
        return changed

    def clamp(self, y: float) -> float:
        return min(max(y, 0.0), float(self.maximum()) if self.isVisibleTo(self.parentWidget()) else 0.0)

    def show_scroll(self, y: float) -> None:
        """Move the thumb to ``y`` without telling the view (which already scrolled)."""
        if round(y) != self.value():
            self.blockSignals(True)
            self.setValue(round(y))
            self.blockSignals(False)
