"""Painting an export's page: the window painter's figure, then the notes, running title and footer.

The figure is :func:`timeline_app.gui.view.painter.paint_timeline`'s work, given the frame
computed here so that labels running past the page's edge can be shortened first (a
page cannot scroll; a label cut at the edge mid-glyph looks broken on paper).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen

from timeline_app.core.dates import FuzzyDate, Precision, clamp_days
from timeline_app.core.layout import ViewFrame, compute_frame
from timeline_app.gui.export.plan import (
    FOOTER,
    FOOTER_PX,
    MARGIN,
    NOTE_PX,
    RUNNING,
    RUNNING_PX,
    Page,
    PageContent,
    PageStats,
    hidden_events,
    note_columns,
)
from timeline_app.gui.view import painter as timeline_painter


def _font(pixels: float, family: str = "") -> QFont:
    font = QFont(family) if family else QFont()
    font.setPixelSize(max(1, round(pixels)))
    return font


def range_label(first: float, last: float) -> str:
    span = last - first
    precision = Precision.DAY if span < 3 * 365 else Precision.MONTH if span < 30 * 365 else Precision.YEAR
    a = FuzzyDate.from_days(clamp_days(first), precision).label()
    b = FuzzyDate.from_days(clamp_days(max(first, last - 1e-6)), precision).label()
    return a if a == b else f"{a} – {b}"


def paint_page(painter: QPainter, page: Page, content: PageContent) -> PageStats:
    """Paint one page; the figure inside it is the window painter's work."""
    with content.slice_only(page):
        return _paint_page(painter, page, content)


def _paint_page(painter: QPainter, page: Page, content: PageContent) -> PageStats:
    if not content.options.transparent:
        painter.fillRect(QRectF(0, 0, page.width, page.height), content.theme.background)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    if page.running:
        _paint_running_title(painter, page, content)
    if page.notes_only:
        _paint_notes(painter, page, content)
        _paint_footer(painter, page, content)
        return PageStats()
    figure = page.figure
    paint = content.paint
    if page.running:  # the full title, subtitle and legend are on page 1
        paint = replace(paint, title="", subtitle="", legend=False)
    c = timeline_painter.chrome(content.layout, figure, paint)
    scale = content.scale_for(figure, page.first, page.last).with_width(c.plot_width, c.plot_x0)
    label = QFontMetricsF(timeline_painter.Fonts.of(paint).label).horizontalAdvance

    def frame_in(c: timeline_painter.Chrome) -> ViewFrame:
        return compute_frame(
            content.layout,
            scale,
            c.body.top(),
            c.body.height(),
            label,
            paint.metrics,
            scroll=page.scroll,
            lane_rows=page.lane_rows,
        )

    frame = frame_in(c)
    if page.count > 1 or page.margin != MARGIN:  # a paper page: no empty grid under the last lane
        shown = frame.content_height if page.lanes_shown is None else page.lanes_shown
        used = c.body.top() - figure.top() + shown + 2
        if used < figure.height() - 4:
            figure.setHeight(used)
            c = timeline_painter.chrome(content.layout, figure, paint)
            frame = frame_in(c)
    _fit_labels(frame, min(c.plot_x0 + c.plot_width + 8, figure.right()))
    # The painter draws a frame handed to it as ``reuse`` as it is; with a label limit of 0 it elides
    # every label longer than its box, so a label shortened above ends with an ellipsis, not mid-glyph.
    reuse = timeline_painter.PaintResult(frame, scale, c)
    drawing = replace(
        paint,
        metrics=replace(paint.metrics, label_max_width=0.0),
        scroll_cue=False,
        axis_span=(page.first, page.last),
        scroll=frame.scroll,  # the frame above is drawn as it is (see paint_timeline's reuse)
    )
    result = timeline_painter.paint_timeline(
        painter, content.layout, figure, content.theme, drawing, scale, reuse=reuse
    )
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    _paint_notes(painter, page, content, figure.bottom() + 10)
    _paint_footer(painter, page, content)
    frame = result.frame
    columns = content.layout.columns
    drawn = {columns.events[e.row].id for e in frame.events if columns.events[e.row] is not None}
    clustered = sum(c.count for c in frame.clusters)
    hidden = hidden_events(frame, content.layout, page.first, page.last)
    return PageStats(len(drawn), clustered, hidden, drawn, [frame])


MIN_LABEL = 28.0
"""A label shortened to less than this is dropped: "T…" tells the reader nothing."""
MIN_BADGE = 18.0
"""A cluster badge cut narrower than this cannot hold its count: the next page shows its events."""


def _fit_labels(frame: ViewFrame, right: float) -> None:
    """Shorten the labels and badges that would run past ``right`` (the page's edge) to end inside it."""
    for d in frame.events:
        if d.label_width <= 0 or d.label_x + d.label_width <= right:
            continue
        room = right - d.label_x
        d.label_width = room if room >= MIN_LABEL else 0.0
        d.right = max(d.x1, d.label_x + d.label_width) if d.label_width else d.x1
    # A cluster badge ends at the edge too (the painter fits its count to what is left of it).
    for cluster in frame.clusters:
        if cluster.x + cluster.width > right:
            cluster.width = right - cluster.x
    frame.clusters = [c for c in frame.clusters if c.width >= MIN_BADGE]


def _paint_running_title(painter: QPainter, page: Page, content: PageContent) -> None:
    font = _font(RUNNING_PX, content.paint.font_family)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(content.theme.muted)
    metrics = QFontMetricsF(font)
    y = page.margin * 0.75 + metrics.ascent()
    text = metrics.elidedText(
        content.title, Qt.TextElideMode.ElideRight, (page.width - 2 * page.margin) * 0.6
    )
    painter.drawText(QPointF(page.margin, y), text)
    painter.setPen(QPen(content.theme.rule, 1))
    line = page.margin * 0.75 + RUNNING - 6
    painter.drawLine(QPointF(page.margin, line), QPointF(page.width - page.margin, line))


def _paint_notes(painter: QPainter, page: Page, content: PageContent, top: float = 0.0) -> None:
    if not page.notes:
        return
    theme = content.theme
    font = _font(NOTE_PX, content.paint.font_family)
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    columns = note_columns(page.width)
    per_column = math.ceil(len(page.notes) / columns)
    column_width = (page.width - 2 * page.margin) / columns
    top = page.top if page.notes_only else top
    if page.notes_only:
        painter.setPen(theme.text)
        painter.drawText(QPointF(page.margin, top + NOTE_PX), "Sources")
        top += NOTE_PX * 1.6
    painter.setPen(QPen(theme.rule, 1))
    painter.drawLine(QPointF(page.margin, top), QPointF(page.width - page.margin, top))
    for i, (number, text) in enumerate(page.notes):
        col, line = divmod(i, per_column)
        x = page.margin + col * column_width
        y = top + 4 + (line + 1) * NOTE_PX * 1.55
        painter.setPen(theme.muted)
        painter.drawText(QPointF(x, y), f"{number}")
        painter.setPen(theme.text)
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, column_width - 34)
        painter.drawText(QPointF(x + 22, y), text)


def _paint_footer(painter: QPainter, page: Page, content: PageContent) -> None:
    theme = content.theme
    painter.setFont(_font(FOOTER_PX, content.paint.font_family))
    painter.setPen(theme.muted)
    y = page.height - page.bottom + FOOTER / 2 + FOOTER_PX * 0.35
    left = f"{range_label(page.first, page.last)}  ·  {content.event_count:,} events"
    if content.layout.keyed:
        left += f", {len(content.drawn):,} of them key events"
    if page.count > 1:
        left = f"Page {page.number} of {page.count}  ·  {range_label(page.first, page.last)}"
    if page.notes_more:
        left += f"  ·  {page.notes_more} more sources not listed"
    painter.drawText(QPointF(page.margin, y), left)
    credit = f"Made with timeline-app · {dt.date.today():%d %b %Y}"
    width = QFontMetricsF(painter.font()).horizontalAdvance(credit)
    painter.drawText(QPointF(page.width - page.margin - width, y), credit)
