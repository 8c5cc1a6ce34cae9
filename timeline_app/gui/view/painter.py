"""Paint a timeline layout with QPainter on any paint device.

The widget, PNG export (QImage), SVG (QSvgGenerator) and PDF (QPdfWriter) all call the
same function, so a file shows what the user saw::

    result = paint_timeline(painter, layout, rect, theme, options, scale=None)

Args of :func:`paint_timeline`:
    painter: an active ``QPainter`` on the device. Coordinates are logical pixels;
        for HiDPI images set ``image.setDevicePixelRatio()`` and pass the logical rect.
    layout: a :class:`timeline_app.core.layout.TimelineLayout`.
    rect: the ``QRectF`` to fill (usually the device's whole logical rect).
    theme: :class:`timeline_app.gui.theme.Theme` (``Theme.light()``, ``Theme.from_palette()``).
    options: :class:`PaintOptions`: title, subtitle, legend, lane headers, axis,
        background, undated tray, publication markers, fonts, selection and hover.
    scale: the view's :class:`TimeScale`; ``None`` fits all events. Its start and zoom
        are kept and its width re-based to the plot area (see :func:`plot_area`).

Returns a :class:`PaintResult` with the :class:`ViewFrame` drawn (every rectangle, for hit
testing) and the scale used. :func:`render_image` wraps all this for a QImage.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from timeline_app.core.kind_classes import KIND_CLASSES
from timeline_app.core.lanes import kind_title
from timeline_app.core.layout import (
    KINDS,
    FrameMetrics,
    LaneMode,
    TimelineLayout,
    TimeScale,
    ViewFrame,
    compute_frame,
)
from timeline_app.gui.theme import Theme
from timeline_app.gui.view.axis import paint_axis, paint_publications
from timeline_app.gui.view.marks import (
    marker_sample,
    paint_chips,
    paint_clusters,
    paint_densities,
    paint_events,
    status_sample,
)

AXIS_HEIGHT = 42.0
LEGEND_ROW = 22.0


@dataclass(slots=True)
class PaintOptions:
    """What to draw besides the events. Sizes are logical pixels."""

    title: str = ""
    subtitle: str = ""
    legend: bool = True
    lane_headers: bool = True
    header_width: float = 170.0
    axis: bool = True
    axis_span: tuple[float, float] | None = None
    """Days (first, last) the axis is drawn over; None: the whole plot. An export whose scale
    reaches past its data to leave room for the last labels keeps its ticks to the data."""
    background: bool = True
    tray: bool = True
    publications: bool = True
    font_family: str = ""
    label_px: int = 12
    selection: frozenset[str] = frozenset()
    hover: str | None = None
    scroll: float = 0.0
    scroll_cue: bool = True  # a thin bar when lanes do not fit (the widget has a real scroll bar)
    metrics: FrameMetrics = field(default_factory=FrameMetrics)
    key_events: bool = False
    """Key Events mode (the layout's ``key_sources`` are the events drawn): labels larger and
    bold with their source counts, markers larger, rows taller (see :func:`key_style`)."""


@dataclass(slots=True)
class Fonts:
    label: QFont
    bold: QFont
    axis: QFont
    axis_major: QFont
    title: QFont
    subtitle: QFont
    small: QFont
    note: QFont  # what follows a label in its own weight ("(12 sources)" in Key Events mode)

    @classmethod
    def of(cls, options: PaintOptions) -> Fonts:
        def font(px: int, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
            f = QFont(options.font_family) if options.font_family else QFont()
            f.setPixelSize(px)
            f.setWeight(weight)
            return f

        base = options.label_px
        key = options.key_events
        return cls(
            label=font(base + KEY_LABEL_PX, QFont.Weight.DemiBold) if key else font(base),
            bold=font(base, QFont.Weight.DemiBold),
            axis=font(base - 1),
            axis_major=font(base, QFont.Weight.DemiBold),
            title=font(round(base * 1.9), QFont.Weight.Bold),
            subtitle=font(base + 1),
            small=font(base - 2),
            note=font(base + KEY_LABEL_PX if key else base),
        )


KEY_LABEL_PX = 1
"""Key Events mode: labels this many pixels larger (and bold)."""
KEY_ROW_HEIGHT = 30.0
KEY_MARKER_RADIUS = 7.5
KEY_DENSITY_HEIGHT = 16.0
KEY_DENSITY_COLUMN = 6.0
"""Key Events mode: the density band of every other event in wider bars (it is the picture of
the rest of the timeline there, not a hint of crowding)."""


def key_style(metrics: FrameMetrics, on: bool) -> FrameMetrics:
    """``metrics`` for Key Events mode (taller rows, larger markers, a taller density band of
    wider bars) or back to the usual sizes; the label width limit is kept."""
    usual = FrameMetrics()
    sizes = (
        (KEY_ROW_HEIGHT, KEY_MARKER_RADIUS, KEY_DENSITY_HEIGHT, KEY_DENSITY_COLUMN)
        if on
        else (usual.row_height, usual.marker_radius, usual.density_height, usual.density_column)
    )
    now = (metrics.row_height, metrics.marker_radius, metrics.density_height, metrics.density_column)
    if now == sizes:
        return metrics
    row, radius, band, column = sizes
    return replace(metrics, row_height=row, marker_radius=radius, density_height=band, density_column=column)


@dataclass(slots=True)
class Chrome:
    """Where the parts go inside the rect."""

    title: QRectF
    legend: QRectF
    axis: QRectF
    body: QRectF
    plot_x0: float
    plot_width: float


@dataclass(slots=True)
class PaintResult:
    frame: ViewFrame
    scale: TimeScale
    chrome: Chrome


def _title_height(options: PaintOptions, fonts: Fonts) -> float:
    h = 0.0
    if options.title:
        h += QFontMetricsF(fonts.title).height() + 6
    if options.subtitle:
        h += QFontMetricsF(fonts.subtitle).height() + 2
    return h + 8 if h else 0.0


def legend_entries(layout: TimelineLayout) -> list[int]:
    """Kinds (indexes into KINDS) present among the visible events, most common first."""
    counts = layout.kind_counts()
    return [int(i) for i in np.argsort(-counts, kind="stable") if counts[i] > 0]


def _legend_height(layout: TimelineLayout, options: PaintOptions, fonts: Fonts, width: float) -> float:
    if not options.legend:
        return 0.0
    rows = _legend_rows(layout, fonts, width, options.publications)
    return len(rows) * LEGEND_ROW + 4 if rows else 0.0


def _legend_rows(
    layout: TimelineLayout, fonts: Fonts, width: float, marks: bool = True
) -> list[list[tuple[str, int, float]]]:
    """The legend's entries in rows that fit ``width``, measured once per set of kinds, font
    and width (the chrome and the legend both ask, every frame).

    Entries: each PLOVER class present ("Verbal cooperation:"), its kinds with their
    markers, the statuses, and the publication-date mark. Codes: a kind's index in KINDS,
    ``-1 - i`` for a status, ``_CLASS_CODE + i`` for a class, ``_PUBLICATION`` for the mark."""
    kinds = tuple(legend_entries(layout))
    publications = marks and bool(len(layout.publication_days))
    band = layout.background is not None  # Key Events mode: say what the density band is
    key = (kinds, publications, band, fonts.small.key(), width)
    if key in _LEGENDS:
        return _LEGENDS[key]
    fm = QFontMetricsF(fonts.small)
    items: list[tuple[str, int, float]] = []
    present = {KINDS[k] for k in kinds}
    for ci, (cls, members) in enumerate(KIND_CLASSES.items()):
        shown = [KINDS.index(kind) for kind in members if kind in present]
        if not shown:
            continue
        title = cls.value[:1].upper() + cls.value[1:] + ":"
        items.append((title, _CLASS_CODE + ci, fm.horizontalAdvance(title) + 8 + _CLASS_GAP))
        items += [(kind_title(KINDS[k]), k, fm.horizontalAdvance(kind_title(KINDS[k])) + 24) for k in shown]
    items += [(s, -1 - i, fm.horizontalAdvance(s) + 26) for i, s in enumerate(_STATUS_KEYS)]
    if publications:
        items.append((_PUBLICATION_TEXT, _PUBLICATION, fm.horizontalAdvance(_PUBLICATION_TEXT) + 26))
    if band:
        items.append((_BAND_TEXT, _BAND, fm.horizontalAdvance(_BAND_TEXT) + 26))
    rows: list[list[tuple[str, int, float]]] = [[]]
    used = 0.0
    for n, item in enumerate(items):
        # a class title never ends a row: it moves to the next with its first kind
        title = _CLASS_CODE <= item[1] < _PUBLICATION
        need = item[2] + (items[n + 1][2] if title and n + 1 < len(items) else 0.0)
        if used + need > width and rows[-1]:
            rows.append([])
            used = 0.0
        rows[-1].append(item)
        used += item[2]
    if len(_LEGENDS) > 64:
        _LEGENDS.clear()
    _LEGENDS[key] = rows if rows[0] else []
    return _LEGENDS[key]


_CLASS_CODE = 1000
_CLASS_GAP = 14.0
_PUBLICATION = 2000
_PUBLICATION_TEXT = "publication date"
_BAND = 3000
_BAND_TEXT = "other events (density)"
_STATUS_KEYS = ("confirmed", "reported", "claimed", "planned", "denied")
_LEGENDS: dict[tuple, list[list[tuple[str, int, float]]]] = {}


def header_width(layout: TimelineLayout, options: PaintOptions) -> float:
    """Width of the lane-header column: none for a single unnamed lane (all events)."""
    if not options.lane_headers or layout.mode is LaneMode.NONE:
        return 0.0
    return options.header_width


def chrome(layout: TimelineLayout, rect: QRectF, options: PaintOptions, fonts: Fonts | None = None) -> Chrome:
    """Split ``rect`` into title, legend, axis and body; the plot is the body less lane headers."""
    fonts = fonts or Fonts.of(options)
    pad = 12.0 if options.title or options.legend else 0.0
    inner = rect.adjusted(pad, pad, -pad, 0)
    th = _title_height(options, fonts)
    lh = _legend_height(layout, options, fonts, inner.width())
    title = QRectF(inner.left(), inner.top(), inner.width(), th)
    legend = QRectF(inner.left(), inner.top() + th, inner.width(), lh)
    top = legend.bottom() + (4 if lh else 0)
    ah = AXIS_HEIGHT if options.axis else 0.0
    header = header_width(layout, options)
    axis = QRectF(rect.left(), top, rect.width(), ah)
    body = QRectF(rect.left(), top + ah, rect.width(), max(rect.bottom() - top - ah, 1.0))
    plot_x0 = rect.left() + max(header, 14.0)  # some air at the edge when there are no headers
    return Chrome(title, legend, axis, body, plot_x0, max(rect.right() - plot_x0 - 8, 10.0))


def plot_area(layout: TimelineLayout, rect: QRectF, options: PaintOptions) -> tuple[float, float]:
    """(x0, width) of the time plot inside ``rect``: what a view's TimeScale should use."""
    c = chrome(layout, rect, options)
    return c.plot_x0, c.plot_width


def fit_scale(layout: TimelineLayout, x0: float, width: float) -> TimeScale:
    span = layout.date_span()
    if span is None:
        from timeline_app.core.dates import days_from_civil

        today = float(days_from_civil(2026, 1, 1))
        span = (today - 365, today)
    return TimeScale.fit(span[0], span[1], width, x0)


def paint_timeline(
    painter: QPainter,
    layout: TimelineLayout,
    rect: QRectF,
    theme: Theme,
    options: PaintOptions | None = None,
    scale: TimeScale | None = None,
    reuse: PaintResult | None = None,
) -> PaintResult:
    """Paint ``layout`` into ``rect``; see the module docstring.

    ``reuse``: the result of an earlier paint; when its scale, place and chrome are the
    same (only hover or selection changed), its frame is drawn again without laying out.
    The caller must not pass one from before a change of the layout.
    """
    options = options or PaintOptions()
    fonts = Fonts.of(options)
    c = chrome(layout, rect, options, fonts)
    if scale is None:
        scale = fit_scale(layout, c.plot_x0, c.plot_width)
    else:
        scale = scale.with_width(c.plot_width, c.plot_x0)
    if (
        reuse is not None
        and reuse.scale == scale
        and reuse.chrome.body == c.body
        and reuse.frame.scroll == options.scroll
    ):
        frame = reuse.frame
    else:
        label_fm = QFontMetricsF(fonts.label)
        frame = compute_frame(
            layout,
            scale,
            c.body.top(),
            c.body.height(),
            label_fm.horizontalAdvance,
            options.metrics,
            options.scroll,
            tray_label=0.0 if header_width(layout, options) else _tray_title_width(layout, fonts),
        )
    painter.save()
    try:
        _paint_all(painter, layout, frame, scale, rect, c, theme, fonts, options)
    finally:
        painter.restore()  # even after an error: the caller's painter keeps its state
    return PaintResult(frame, scale, c)


def _paint_all(
    painter: QPainter,
    layout: TimelineLayout,
    frame: ViewFrame,
    scale: TimeScale,
    rect: QRectF,
    c: Chrome,
    theme: Theme,
    fonts: Fonts,
    options: PaintOptions,
) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setClipRect(rect)
    if options.background:
        painter.fillRect(rect, theme.background)
    _paint_lanes(painter, frame, c, theme, fonts, header_width(layout, options))
    if options.axis:
        paint_axis(painter, scale, frame, c, theme, fonts.axis, fonts.axis_major, options.axis_span)
    if options.publications:
        paint_publications(painter, frame, c, theme)
    painter.save()
    painter.setClipRect(QRectF(c.plot_x0, c.body.top(), c.plot_width + 8, c.body.height()))
    try:
        paint_densities(painter, frame, theme)
        paint_clusters(painter, frame, theme, fonts.small)
        paint_events(
            painter, layout, frame, theme, fonts.label, options.selection, options.hover,
            options.metrics.label_max_width, options.metrics.marker_radius, fonts.note,
        )  # fmt: skip
    finally:
        painter.restore()
    if options.scroll_cue:
        _paint_scroll_cue(painter, frame, c, theme)
    if frame.tray is not None and options.tray:
        title_x = c.body.left() + 12 if header_width(layout, options) else c.plot_x0 + 4
        paint_chips(painter, layout, frame, c.body.left(), title_x, theme, fonts, options.selection)
    if options.title or options.subtitle:
        _paint_title(painter, c, theme, fonts, options)
    if options.legend:
        _paint_legend(painter, layout, c, theme, fonts, options.publications)


def render_image(
    layout: TimelineLayout,
    width: int,
    height: int,
    theme: Theme | None = None,
    options: PaintOptions | None = None,
    scale: TimeScale | None = None,
    device_pixel_ratio: float = 1.0,
) -> QImage:
    """A ``width`` x ``height`` (logical pixels) image of the timeline."""
    dpr = device_pixel_ratio
    image = QImage(round(width * dpr), round(height * dpr), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(dpr)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        paint_timeline(painter, layout, QRectF(0, 0, width, height), theme or Theme.light(), options, scale)
    finally:
        painter.end()
    return image


def _paint_scroll_cue(painter: QPainter, frame: ViewFrame, c: Chrome, theme: Theme) -> None:
    """A thin bar at the right edge when there are more lanes than fit (for pictures of a
    view; the widget has a real scroll bar instead)."""
    shown = (frame.tray[0] if frame.tray is not None else c.body.bottom()) - c.body.top()
    if frame.content_height <= shown + 0.5:
        return
    length = max(shown * shown / frame.content_height, 24.0)
    y = c.body.top() + (shown - length) * frame.scroll / (frame.content_height - shown)
    colour = QColor(theme.muted)
    colour.setAlphaF(0.6)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(c.body.right() - 6, y + 2, 4, length - 4), 2, 2)


def _tray_title_width(layout: TimelineLayout, fonts: Fonts) -> float:
    n = len(layout.undated_rows)
    return QFontMetricsF(fonts.bold).horizontalAdvance(f"Undated · {n:,}") + 18 if n else 0.0


def _paint_title(painter: QPainter, c: Chrome, theme: Theme, fonts: Fonts, options: PaintOptions) -> None:
    y = c.title.top()
    if options.title:
        painter.setFont(fonts.title)
        painter.setPen(theme.text)
        fm = QFontMetricsF(fonts.title)
        painter.drawText(QPointF(c.title.left(), y + fm.ascent()), options.title)
        y += fm.height() + 6
    if options.subtitle:
        painter.setFont(fonts.subtitle)
        painter.setPen(theme.muted)
        fm = QFontMetricsF(fonts.subtitle)
        painter.drawText(QPointF(c.title.left(), y + fm.ascent()), options.subtitle)


def _paint_legend(
    painter: QPainter, layout: TimelineLayout, c: Chrome, theme: Theme, fonts: Fonts, publications: bool
) -> None:
    fm = QFontMetricsF(fonts.small)
    painter.setFont(fonts.small)
    y = c.legend.top()
    for row in _legend_rows(layout, fonts, c.legend.width(), publications):
        x = c.legend.left()
        cy = y + LEGEND_ROW / 2
        for text, k, w in row:
            baseline = QPointF(x + 19, cy + fm.ascent() / 2 - 1)
            if k >= _BAND:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(theme.density)
                for i, h in enumerate((4.0, 9.0, 6.0)):
                    painter.drawRect(QRectF(x + 2 + 4 * i, cy + 5 - h, 2.5, h))
                painter.setPen(theme.muted)
            elif k >= _PUBLICATION:
                colour = QColor(theme.publication)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawPolygon([QPointF(x + 2, cy - 4), QPointF(x + 12, cy - 4), QPointF(x + 7, cy + 4)])
                painter.setPen(theme.muted)
            elif k >= _CLASS_CODE:
                baseline = QPointF(x + (_CLASS_GAP if x > c.legend.left() else 0.0), baseline.y())
                painter.setPen(theme.muted)
            elif k >= 0:
                marker_sample(painter, k, QPointF(x + 8, cy), theme)
                painter.setPen(theme.text)
            else:
                status_sample(painter, _STATUS_KEYS[-1 - k], QPointF(x + 7, cy), theme)
                painter.setPen(theme.muted)
            painter.drawText(baseline, text)
            x += w
        y += LEGEND_ROW


def _paint_lanes(
    painter: QPainter, frame: ViewFrame, c: Chrome, theme: Theme, fonts: Fonts, header: float
) -> None:
    painter.save()
    painter.setClipRect(c.body)
    bold_fm, small_fm = QFontMetricsF(fonts.bold), QFontMetricsF(fonts.small)
    for box in frame.lanes:
        band = QRectF(c.body.left(), box.y, c.body.width(), box.height)
        if box.lane % 2:
            painter.fillRect(band, theme.lane_alt)
        painter.setPen(QPen(theme.rule, 1))
        painter.drawLine(QPointF(band.left(), box.y + box.height), QPointF(band.right(), box.y + box.height))
        if header and (len(frame.lanes) > 1 or box.title):
            painter.fillRect(QRectF(band.left(), box.y, header - 6, box.height), theme.header)
            painter.setFont(fonts.bold)
            painter.setPen(theme.text)
            title = bold_fm.elidedText(box.title, Qt.TextElideMode.ElideMiddle, header - 24)
            painter.drawText(QPointF(band.left() + 12, box.y + 8 + bold_fm.ascent()), title)
            painter.setFont(fonts.small)
            painter.setPen(theme.muted)
            count = f"{box.count:,} event{'s' if box.count != 1 else ''}"
            painter.drawText(
                QPointF(band.left() + 12, box.y + 12 + bold_fm.height() + small_fm.ascent()), count
            )
    painter.restore()
