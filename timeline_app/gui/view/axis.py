"""The time axis (ticks, two-level labels, grid lines) and the articles' publication marks."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from timeline_app.core.layout import Ticks, TimeScale, ViewFrame, choose_ticks
from timeline_app.gui.theme import Theme

if TYPE_CHECKING:
    from timeline_app.gui.view.painter import Chrome


def paint_axis(
    painter: QPainter,
    scale: TimeScale,
    frame: ViewFrame,
    c: Chrome,
    theme: Theme,
    axis_font: QFont,
    major_font: QFont,
    span: tuple[float, float] | None = None,
) -> None:
    """Ticks with two-level labels along the top of the plot, and their grid lines through the lanes.

    ``span`` (days): ticks are drawn over it only, with one minor step of air on each side."""
    ticks = choose_ticks(scale, QFontMetricsF(major_font).horizontalAdvance)
    if span is not None:
        ticks = _within(ticks, scale.x_of(span[0]), scale.x_of(span[1]))
    axis = c.axis
    bottom = c.body.bottom() if frame.tray is None else frame.tray[0]
    plot = QRectF(c.plot_x0, axis.top(), c.plot_width + 8, bottom - axis.top())
    painter.save()
    painter.setClipRect(plot)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(QPen(theme.grid, 1))
    for t in ticks.minor:
        painter.drawLine(QPointF(t.x, axis.bottom() - 6), QPointF(t.x, bottom))
    painter.setPen(QPen(theme.grid_major, 1))
    for t in ticks.major:
        if not t.sticky:
            painter.drawLine(QPointF(t.x, axis.top() + 2), QPointF(t.x, bottom))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    major_fm = QFontMetricsF(major_font)
    painter.setFont(major_font)
    painter.setPen(theme.text)
    # A label the plot's right edge would cut is left out: "Janua" reads as a glitch.
    right = plot.right()
    for t in ticks.major:
        if t.label and t.label_x + t.label_width <= right:
            painter.drawText(QPointF(t.label_x, axis.top() + 4 + major_fm.ascent()), t.label)
    painter.setFont(axis_font)
    painter.setPen(theme.muted)
    for t in ticks.minor:
        if t.label_x + t.label_width <= right:
            painter.drawText(QPointF(t.label_x, axis.bottom() - 8), t.label)
    painter.restore()
    painter.setPen(QPen(theme.rule, 1))
    painter.drawLine(QPointF(axis.left(), axis.bottom()), QPointF(axis.right(), axis.bottom()))


def _within(ticks: Ticks, left: float, right: float) -> Ticks:
    xs = [t.x for t in ticks.minor]
    step = min((b - a for a, b in pairwise(xs)), default=0.0)
    left, right = left - step - 0.5, right + step + 0.5
    return replace(
        ticks,
        major=tuple(t for t in ticks.major if t.sticky or left <= t.x <= right),
        minor=tuple(t for t in ticks.minor if left <= t.x <= right),
    )


def paint_publications(painter: QPainter, frame: ViewFrame, c: Chrome, theme: Theme) -> None:
    if not frame.publications:
        return
    bottom = c.body.bottom() if frame.tray is None else frame.tray[0]
    painter.save()
    painter.setClipRect(QRectF(c.plot_x0, c.axis.top(), c.plot_width + 8, bottom - c.axis.top()))
    colour = QColor(theme.publication)
    lines = len(frame.publications) <= 200
    pen = QPen(colour, 1, Qt.PenStyle.DotLine)
    for x, _article in frame.publications:
        if lines:
            painter.setPen(pen)
            painter.drawLine(QPointF(x, c.axis.bottom()), QPointF(x, bottom))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        y = c.axis.bottom()
        painter.drawPolygon([QPointF(x - 5, y - 7), QPointF(x + 5, y - 7), QPointF(x, y)])
    painter.restore()
