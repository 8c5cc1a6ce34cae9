"""The marks of the painter: events by precision and status, clusters, density, undated chips.

Split from :mod:`timeline_app.gui.view.painter` (which lays out the chrome and calls these) so
each stays short. Shapes follow the date's precision: a day is a dot and its label; a
month, season, year or approximate date a bracket over a faint band ("some time in": the
day is not known, and the event did not last the whole stretch); a "from ... to ..."
range a solid bar. Status is carried by fill and outline,
never by colour alone: confirmed filled and ringed, reported filled, claimed dashed,
planned hollow, denied struck through. The colour is the kind's PLOVER class; a day's
marker shape tells the kinds of one class apart (circle, square, diamond, triangles).
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QThread
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPaintEngine,
    QPainter,
    QPen,
    QStaticText,
)

from timeline_app.core.kind_classes import Marker, kind_marker
from timeline_app.core.layout import KINDS, STATUSES, DrawnEvent, Shape, TimelineLayout, ViewFrame
from timeline_app.core.model import Status
from timeline_app.gui.theme import Theme

_FILL = {
    Status.CONFIRMED: 1.0,
    Status.REPORTED: 0.85,
    Status.CLAIMED: 0.22,
    Status.PLANNED: 0.0,
    Status.DENIED: 0.3,
}
_SPAN_FILL = {Status.CONFIRMED: 0.4, Status.REPORTED: 0.28, Status.CLAIMED: 0.12, Status.PLANNED: 0.0,
              Status.DENIED: 0.15}  # fmt: skip


_STATIC_TEXTS: dict[str, QStaticText] = {}


_WIDTHS: dict[tuple[str, str], float] = {}


def _width(fm: QFontMetricsF, text: str, key: str = "") -> float:
    """Measured width of a short repeated text (cluster counts), cached per font."""
    k = (text, key)
    w = _WIDTHS.get(k)
    if w is None:
        if len(_WIDTHS) > 20_000:
            _WIDTHS.clear()
        w = _WIDTHS[k] = fm.horizontalAdvance(text)
    return w


def static_text(text: str) -> QStaticText:
    """A cached QStaticText: its layout is kept between frames, which halves the cost of
    drawing the same labels again while panning and zooming. Only the GUI thread uses the
    cache: a QStaticText shared with a painting thread crashed the window."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() != app.thread():
        st = QStaticText(text)
        st.setTextFormat(Qt.TextFormat.PlainText)
        return st
    st = _STATIC_TEXTS.get(text)
    if st is None:
        if len(_STATIC_TEXTS) > 20_000:
            _STATIC_TEXTS.clear()
        st = QStaticText(text)
        st.setTextFormat(Qt.TextFormat.PlainText)
        _STATIC_TEXTS[text] = st
    return st


def _outline(status: Status, colour: QColor, theme: Theme) -> QPen:
    if status is Status.CLAIMED:
        pen = QPen(colour, 1.5, Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([2.5, 2.0])
        return pen
    if status is Status.PLANNED:
        return QPen(colour, 1.6)
    if status is Status.CONFIRMED:
        return QPen(colour.darker(135) if not theme.dark else colour.lighter(130), 1.4)
    if status is Status.DENIED:
        return QPen(theme.muted, 1.2)
    return QPen(Qt.PenStyle.NoPen)


_MARKER_POINTS: dict[Marker, tuple[tuple[float, float], ...]] = {
    # unit shapes of about a circle's area, scaled by the radius
    Marker.SQUARE: ((-0.88, -0.88), (0.88, -0.88), (0.88, 0.88), (-0.88, 0.88)),
    Marker.DIAMOND: ((0.0, -1.25), (1.25, 0.0), (0.0, 1.25), (-1.25, 0.0)),
    Marker.TRIANGLE: ((0.0, -1.3), (1.2, 0.85), (-1.2, 0.85)),
    Marker.TRIANGLE_DOWN: ((0.0, 1.3), (1.2, -0.85), (-1.2, -0.85)),
}
MARKERS: tuple[Marker, ...] = tuple(kind_marker(k) for k in KINDS)
"""The marker of each kind, by its index in KINDS (the layout's kind codes)."""


def _dot(
    painter: QPainter,
    centre: QPointF,
    radius: float,
    status: Status,
    colour: QColor,
    theme: Theme,
    marker: Marker = Marker.CIRCLE,
) -> None:
    fill = theme.tint(colour, _FILL[status]) if status is not Status.DENIED else theme.tint(theme.muted, 0.35)
    painter.setBrush(fill if status is not Status.PLANNED else theme.background)
    pen = _outline(status, colour, theme)
    painter.setPen(pen)
    if marker is Marker.CIRCLE:
        painter.drawEllipse(centre, radius, radius)
        return
    x, y = centre.x(), centre.y()
    painter.drawPolygon([QPointF(x + dx * radius, y + dy * radius) for dx, dy in _MARKER_POINTS[marker]])


def marker_sample(painter: QPainter, kind: int, centre: QPointF, theme: Theme) -> None:
    """The legend's sample of a kind (its index in KINDS): its marker in its class colour."""
    _dot(painter, centre, 5.0, Status.REPORTED, theme.kind_colour(KINDS[kind]), theme, MARKERS[kind])


def status_sample(painter: QPainter, status: str, centre: QPointF, theme: Theme) -> None:
    """The legend's sample of a status, in a neutral colour."""
    colour = theme.muted
    st = Status(status)
    _dot(painter, centre, 5.0, st, colour, theme)
    if st is Status.DENIED:
        painter.setPen(QPen(theme.text, 1.2))
        painter.drawLine(QPointF(centre.x() - 7, centre.y()), QPointF(centre.x() + 7, centre.y()))


def paint_events(
    painter: QPainter,
    layout: TimelineLayout,
    frame: ViewFrame,
    theme: Theme,
    font: QFont,
    selection: Collection[str],
    hover: str | None,
    label_max: float = 240.0,
    radius: float = 5.5,
    note_font: QFont | None = None,
) -> None:
    """Events by precision and status; ``label_max`` is the frame's label width limit
    (only labels cut to it need eliding), ``radius`` a day's marker size. What the layout
    adds after a title (a key event's source count) is drawn muted in ``note_font``."""
    cols = layout.columns
    fm = QFontMetricsF(font)
    painter.setFont(font)
    ascent = fm.ascent()
    text_h = fm.height()
    notes: list[tuple[QPointF, str]] = []
    for d in frame.events:
        event = cols.events[d.row]
        if event is None:
            continue
        status = STATUSES[cols.status[d.row]]
        kind = cols.kind[d.row]
        colour = theme.kind_colour(KINDS[kind])
        cy = d.y + d.height / 2
        selected = event.id in selection
        if selected or event.id == hover:
            _paint_highlight(painter, d, theme, selected)
        if d.shape == Shape.POINT:
            _dot(painter, QPointF(d.x0, cy), radius, status, colour, theme, MARKERS[kind])
        else:
            _paint_span(painter, d, status, colour, theme, cy, soft=d.shape == Shape.SPAN)
            # the kind inside its class, as on a day: its marker at the start
            _dot(painter, QPointF(d.x0, cy), radius * 0.65, Status.REPORTED, colour, theme, MARKERS[kind])
        if d.label_width > 0:
            title, note = event.title, layout.label_suffix(event)
            room = d.label_width + 0.5 - (fm.horizontalAdvance(note) if note else 0.0)
            if note and room < fm.horizontalAdvance("Mmmm…"):  # "T… (3 sources)" says nothing
                note, room = "", d.label_width + 0.5
            if fm.horizontalAdvance(title) > room and (note or d.label_width >= label_max - 0.5):
                title = fm.elidedText(title, Qt.TextElideMode.ElideRight, max(room, 0.0))
            denied = status is Status.DENIED
            painter.setPen(theme.muted if denied or status is Status.PLANNED else theme.text)
            lx = d.label_x
            baseline = cy - text_h / 2 + ascent
            painter.drawStaticText(QPointF(lx, baseline - ascent), static_text(title))
            if note:  # drawn after the loop, in its own font
                notes.append((QPointF(lx + fm.horizontalAdvance(title), baseline), note))
            if denied:
                painter.setPen(QPen(theme.muted, 1.2))
                x0 = d.x0 - 7 if d.shape == Shape.POINT else d.x0
                painter.drawLine(
                    QPointF(x0, cy), QPointF(lx + min(d.label_width, fm.horizontalAdvance(title)), cy)
                )
        elif status is Status.DENIED:
            painter.setPen(QPen(theme.text, 1.2))
            painter.drawLine(QPointF(d.x0 - 7, cy), QPointF(d.x1 + 7, cy))
    if notes:
        painter.setFont(note_font or font)
        painter.setPen(theme.muted)
        for at, note in notes:
            painter.drawText(at, note)
        painter.setFont(font)


def _paint_highlight(painter: QPainter, d: DrawnEvent, theme: Theme, selected: bool) -> None:
    colour = QColor(theme.highlight)
    colour.setAlphaF(0.18 if selected else 0.08)
    painter.setBrush(colour)
    edge = QColor(theme.highlight)
    painter.setPen(QPen(edge, 1.4) if selected else Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(d.left - 3, d.y + 1, d.right - d.left + 6, d.height - 2), 5, 5)


def _paint_span(
    painter: QPainter, d: DrawnEvent, status: Status, colour: QColor, theme: Theme, cy: float, soft: bool
) -> None:
    h = 18.0 if d.label_inside else 10.0
    rect = QRectF(d.x0, cy - h / 2, max(d.x1 - d.x0, 1.0), h)
    if soft:
        _paint_some_time_in(painter, rect, status, colour, theme)
        return
    amount = _SPAN_FILL[status] if d.label_inside else max(_FILL[status], 0.0)
    base = theme.tint(colour, amount) if status is not Status.DENIED else theme.tint(theme.muted, 0.25)
    painter.setBrush(QBrush(base) if status is not Status.PLANNED else QBrush(Qt.BrushStyle.NoBrush))
    painter.setPen(_outline(status, colour, theme))
    painter.drawRoundedRect(rect, 3.5, 3.5)
    if d.label_inside and status in (Status.CONFIRMED, Status.REPORTED):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), min(4.0, rect.width()), rect.height()), 2, 2)


def _paint_some_time_in(
    painter: QPainter, rect: QRectF, status: Status, colour: QColor, theme: Theme
) -> None:
    """A month, season, year or an approximate date: "some time in" this stretch, not all of
    it. A faint band under a bracket (a line along the foot, short ticks up at both ends),
    where an event that lasted the whole stretch is a solid bar. Flat fills and lines only:
    every SVG renderer draws them."""
    ink = colour if status is not Status.DENIED else theme.muted
    if status is not Status.PLANNED:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.tint(ink, 0.10 if status is not Status.CONFIRMED else 0.16))
        painter.drawRect(rect)
    pen = QPen(ink, 1.6)
    if status is Status.CLAIMED or status is Status.PLANNED:
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([3.0, 2.0] if status is Status.CLAIMED else [6.0, 3.0])
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    foot, tick = rect.bottom() - 0.8, min(rect.height() * 0.6, 7.0)
    painter.drawPolyline(
        [
            QPointF(rect.left() + 0.8, foot - tick),
            QPointF(rect.left() + 0.8, foot),
            QPointF(rect.right() - 0.8, foot),
            QPointF(rect.right() - 0.8, foot - tick),
        ]
    )


def _count_text(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f}M"
    if n >= 10_000:
        return f"{n // 1000}k"
    if n >= 1000:
        return f"{n / 1000:.1f}k"
    return str(n)


def paint_clusters(painter: QPainter, frame: ViewFrame, theme: Theme, font: QFont) -> None:
    """Stripes are grouped by colour (one call per kind); one filled path of all badges
    was tried and is slower than separate rounded rects in the raster engine."""
    if not frame.clusters:
        return
    fm = QFontMetricsF(font)
    font_key = font.key()
    painter.setFont(font)
    kind_colours = [theme.kind_colour(k) for k in KINDS]
    stripe = 4.0
    by_colour: dict[int, list[QRectF]] = {}
    for cl in frame.clusters:
        x, width = cl.x + 4, cl.width - 8
        y = cl.y + cl.height - stripe - 1.5
        for k, share in cl.kinds:
            w = width * share
            by_colour.setdefault(k, []).append(QRectF(x, y, w, stripe))
            x += w
    painter.setPen(Qt.PenStyle.NoPen)  # fill only: a stroked rounded rect costs twice as much
    painter.setBrush(theme.cluster)
    for cl in frame.clusters:
        painter.drawRoundedRect(QRectF(cl.x, cl.y, cl.width, cl.height), 6, 6)
    painter.setPen(Qt.PenStyle.NoPen)
    for k, rects in by_colour.items():
        painter.setBrush(kind_colours[k] if k >= 0 else theme.grid_major)
        painter.drawRects(rects)
    painter.setPen(theme.text)
    plot_left = frame.scale.x0
    for cl in frame.clusters:
        # A badge cut by the plot's left edge has its count centred in what shows of it.
        left = max(cl.x, plot_left)
        room = cl.x + cl.width - left
        if cl.more:
            text = f"+{_count_text(cl.count)}"
        else:
            text = f"{_count_text(cl.count)} events"
            if _width(fm, text, font_key) > room - 8:
                text = _count_text(cl.count)
        x = left + (room - _width(fm, text, font_key)) / 2
        y = cl.y + (cl.height - stripe - fm.height()) / 2
        painter.drawStaticText(QPointF(x, y), static_text(text))


def paint_densities(painter: QPainter, frame: ViewFrame, theme: Theme) -> None:
    """Density marks as a bar chart image per lane: numpy fills the pixels, Qt blits them."""
    colour = theme.density
    argb = np.uint32((0xFF << 24) | (colour.red() << 16) | (colour.green() << 8) | colour.blue())
    for den in frame.densities:
        counts = den.counts
        peak = float(counts.max()) if len(counts) else 0.0
        if peak <= 0:
            continue
        rows = max(round(den.height), 1)
        # Square-root heights: peaks stand out without flattening the rest; a floor under
        # the peak keeps a few stray events as short ticks, not full bars.
        top = np.sqrt(max(peak, 8.0))
        heights = np.where(counts > 0, np.maximum(np.sqrt(counts) / top * rows, 1.0), 0.0)
        level = np.arange(rows, 0, -1, dtype=np.float64)[:, None]  # row 0 is the top
        pixels = np.where(level <= np.ceil(heights)[None, :], argb, np.uint32(0)).astype(np.uint32)
        if _is_vector(painter):
            _density_bars(painter, den, heights, colour)
            continue
        # Every other pixel column left empty: separate bars read better than a solid area.
        wide = np.zeros((rows, len(counts) * 2), dtype=np.uint32)
        wide[:, 0::2] = pixels
        image = QImage(wide.data, wide.shape[1], rows, wide.shape[1] * 4, QImage.Format.Format_ARGB32)
        target = QRectF(den.x, den.y, len(counts) * den.column, den.height)
        painter.drawImage(target, image)


def _is_vector(painter: QPainter) -> bool:
    engine = painter.paintEngine()
    return engine is not None and engine.type() in (QPaintEngine.Type.SVG, QPaintEngine.Type.Pdf)


def _density_bars(painter: QPainter, den, heights: np.ndarray, colour: QColor) -> None:
    """The same bars as rectangles, for SVG and PDF: an image there would be blurred when
    the reader zooms in, and a blurred mark in a vector figure looks like a mistake."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    bottom = den.y + den.height
    scale = den.height / max(round(den.height), 1)  # heights are in whole pixel rows
    for i in np.flatnonzero(heights):
        h = float(np.ceil(heights[i])) * scale
        painter.drawRect(QRectF(den.x + i * den.column, bottom - h, den.column / 2, h))
    painter.restore()


def paint_chips(
    painter: QPainter,
    layout: TimelineLayout,
    frame: ViewFrame,
    left: float,
    title_x: float,
    theme: Theme,
    fonts,
    selection: Collection[str],
) -> None:
    assert frame.tray is not None
    y, h = frame.tray
    cols = layout.columns
    painter.fillRect(QRectF(left, y, frame.scale.x0 + frame.scale.width + 8 - left, h), theme.tray)
    painter.setPen(QPen(theme.rule, 1))
    painter.drawLine(QPointF(left, y), QPointF(frame.scale.x0 + frame.scale.width + 8, y))
    bold = QFontMetricsF(fonts.bold)
    painter.setFont(fonts.bold)
    painter.setPen(theme.text)
    painter.drawText(
        QPointF(title_x, y + h / 2 + bold.ascent() / 2 - 1), f"Undated · {frame.undated_total:,}"
    )
    fm = QFontMetricsF(fonts.small)
    painter.setFont(fonts.small)
    for chip in frame.chips:
        event = cols.events[chip.row]
        if event is None:
            continue
        rect = QRectF(chip.x, chip.y, chip.width, chip.height)
        sel = event.id in selection
        painter.setPen(QPen(theme.highlight if sel else theme.rule, 1.2 if sel else 1))
        painter.setBrush(theme.background)
        painter.drawRoundedRect(rect, chip.height / 2, chip.height / 2)
        colour = theme.kind_colour(KINDS[cols.kind[chip.row]])
        _dot(
            painter,
            QPointF(rect.left() + 11, rect.center().y()),
            4.0,
            STATUSES[cols.status[chip.row]],
            colour,
            theme,
        )
        painter.setPen(theme.text)
        text = fm.elidedText(event.title, Qt.TextElideMode.ElideRight, chip.width - 26)
        painter.drawText(QPointF(rect.left() + 20, rect.center().y() + fm.ascent() / 2 - 1), text)
    if frame.undated_more:
        painter.setPen(theme.muted)
        x = frame.chips[-1].x + frame.chips[-1].width + 10 if frame.chips else frame.scale.x0 + 6
        painter.drawText(QPointF(x, y + h / 2 + fm.ascent() / 2 - 1), f"+{frame.undated_more:,} more")


def paint_range_band(painter: QPainter, a: float, b: float, height: float, theme: Theme) -> None:
    """The band of a shift-drag (a range to zoom to)."""
    colour = QColor(theme.highlight)
    colour.setAlphaF(0.15)
    painter.fillRect(QRectF(a, 0, b - a, height), colour)
    painter.setPen(QPen(theme.highlight, 1))
    painter.drawLine(QPointF(a, 0), QPointF(a, height))
    painter.drawLine(QPointF(b, 0), QPointF(b, height))


def paint_drag_ghost(painter: QPainter, result, row: int, when, preview, height: float, theme: Theme) -> None:
    """Where a dragged event would land: a ghost of each of its marks and the snapped date."""
    scale = result.scale
    shift = scale.x_of(preview.start_days) - scale.x_of(when.start_days)
    x = scale.x_of(
        (preview.start_days + preview.period_end_days) / 2 if when.is_point else preview.start_days
    )
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(theme.highlight, 1, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(x, result.chrome.axis.bottom()), QPointF(x, height))
    ghost = QColor(theme.highlight)
    ghost.setAlphaF(0.35)
    for d in result.frame.events_of_row(row):
        cy = d.y + d.height / 2
        painter.setPen(QPen(theme.highlight, 1.5))
        painter.setBrush(ghost)
        if d.shape == Shape.POINT:
            painter.drawEllipse(QPointF(d.x0 + shift, cy), 6.5, 6.5)
        else:
            painter.drawRoundedRect(QRectF(d.x0 + shift, cy - 8, d.x1 - d.x0, 16), 4, 4)
        painter.setPen(theme.highlight)
        painter.drawText(QPointF(d.x0 + shift + 10, d.y - 2), preview.label())
