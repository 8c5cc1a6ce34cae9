"""The time axis (ticks, two-level labels, grid lines) and the articles' publication marks."""

from __future__ import annotations

import math
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
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


PUBLICATION_RUN = 1.0
"""Publication marks closer than this (px) are drawn as one shape: their triangles' union, but
for notches under a pixel deep."""


def paint_publications(painter: QPainter, frame: ViewFrame, c: Chrome, theme: Theme) -> None:
    """A triangle on the axis at each article's publication day (and a dotted line down the
    plot when there are at most 200 articles).

    Articles published the same day share one mark, and marks less than
    :data:`PUBLICATION_RUN` apart are drawn as one shape, so that 20,000 articles cost what
    their few hundred days (or the plot's width in pixels) do."""
    if not frame.publications:
        return
    bottom = c.body.bottom() if frame.tray is None else frame.tray[0]
    painter.save()
    painter.setClipRect(QRectF(c.plot_x0, c.axis.top(), c.plot_width + 8, bottom - c.axis.top()))
    colour = QColor(theme.publication)
    y = c.axis.bottom()
    if len(frame.publications) <= 200:
        painter.setPen(QPen(colour, 1, Qt.PenStyle.DotLine))
        painter.drawLines([QLineF(x, y, x, bottom) for x, _article in frame.publications])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    xs = sorted({x for x, _article in frame.publications})
    first = last = xs[0]
    for x in [*xs[1:], math.inf]:
        if x - last <= PUBLICATION_RUN:
            last = x
            continue
        if first == last:
            painter.drawPolygon([QPointF(first - 5, y - 7), QPointF(first + 5, y - 7), QPointF(first, y)])
        else:
            painter.drawPolygon(
                [QPointF(first - 5, y - 7), QPointF(last + 5, y - 7), QPointF(last, y), QPointF(first, y)]
            )
        first = last = x
    painter.restore()
