"""Image export: PNG, SVG and PDF pages around the timeline painter.

The timeline itself is drawn by :mod:`timeline_app.gui.view.painter`, the very function
the window's widget calls, so an export is what the user saw. This module only
lays out the page around it (title, subtitle, legend, numbered source footnotes,
a credit line), chooses the size, and writes the file:

- PNG through QImage at ``scale`` device pixels per logical pixel (2x and 3x for
  HiDPI), with Title, Software and Source text chunks via QImageWriter;
- SVG through QSvgGenerator, whose paint engine writes text as ``<text>``;
- PDF through QPdfWriter, vector, on A4/Letter/A3 landscape, one page per slice of a long range.

A raster export that would not fit in memory is refused with an InputError
before any pixel is allocated.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter

from timeline_app import __version__
from timeline_app.core.errors import InputError
from timeline_app.core.io.atomic import atomic_write_bytes
from timeline_app.core.io.xml_text import xml_bytes, xml_text
from timeline_app.core.layout import ViewFrame
from timeline_app.core.model import Timeline
from timeline_app.gui.export.budget import (
    BYTES_PER_PIXEL,
    RASTER_MEMORY_SHARE,
    available_memory,
    memory_budget,
)
from timeline_app.gui.export.options import MAX_SIDE, ExportOptions
from timeline_app.gui.export.paint import paint_page
from timeline_app.gui.export.pdf import render_pdf, render_pdf_page
from timeline_app.gui.export.plan import Page, PageContent, PageStats, plan_content

MIN_FITTED_HEIGHT = 400
"""A fitted PNG cut to the memory budget is still at least this tall, or it is refused."""


@dataclass(slots=True)
class ExportReport:
    """What was written: size in device pixels (points for PDF), pages, and how events were shown.

    ``events`` were drawn with their label, ``clustered`` counted in cluster badges, and
    ``hidden`` only in the density marks, of the ``in_range`` dated events in the range.
    """

    path: str
    width: int
    height: int
    pages: int
    events: int
    clustered: int = 0
    hidden: int = 0
    in_range: int = 0
    notes: list[str] = field(default_factory=list)
    drawn_ids: set[str] = field(default_factory=set, repr=False)
    frames: list[ViewFrame] = field(default_factory=list, repr=False)
    """The painter's geometry of each page, in logical pixels (for tests and the dialog's summary)."""


def check_raster_size(width: int, height: int, memory: int | None = None, budget: int | None = None) -> None:
    """Refuse a raster that Qt cannot paint, this machine cannot hold, or that needs more
    than ``budget`` bytes (see :func:`export_budget.memory_budget`), before allocating it.

    Raises:
        InputError: one line with the size asked for and the limit it breaks.
    """
    if width <= 0 or height <= 0:
        raise InputError(f"an image of {width} x {height} pixels is empty")
    if max(width, height) > MAX_SIDE:
        raise InputError(
            f"an image of {width} x {height} pixels is too large: at most {MAX_SIDE} pixels a side "
            "(lower the size or the scale, or export SVG or PDF)"
        )
    needed = width * height * BYTES_PER_PIXEL  # the image, and about as much again for PNG encoding
    if budget is not None and needed > budget:
        raise InputError(
            f"an image of {width} x {height} pixels needs about {needed / 2**30:.1f} GB of memory; an "
            f"export may use {budget / 2**30:.1f} GB here (lower the size or the scale, or export SVG or PDF)"
        )
    memory = available_memory() if memory is None else memory
    if memory is not None and needed > memory * RASTER_MEMORY_SHARE:
        raise InputError(
            f"an image of {width} x {height} pixels needs about {needed / 2**30:.1f} GB of memory; "
            f"{memory / 2**30:.1f} GB is available (lower the size or the scale, or export SVG or PDF)"
        )


def export_image(timeline: Timeline, path: str | os.PathLike[str], options: ExportOptions) -> ExportReport:
    """Paint ``timeline`` to ``path`` as PNG, SVG or PDF and write it atomically.

    Raises:
        InputError: the size is impossible, nothing is in the range, or the file cannot be written.
    """
    return prepare_image(timeline, path, options)()


def prepare_image(
    timeline: Timeline, path: str | os.PathLike[str], options: ExportOptions
) -> Callable[[], ExportReport]:
    """Paint now, in this thread; return the rest (encoding and the atomic write).

    The painter must run on the GUI thread in the window (its text caches belong to
    it, see ``view_ops.export``), but for a large PNG most of the time is zlib
    encoding, which touches nothing shared: the returned function may run in a worker
    thread, so the window stays responsive while a big image is written.

    Raises:
        InputError: the size is impossible or nothing is in the range (here), or the
            file cannot be written (from the returned function).
    """
    encode, report = paint_image(timeline, options)

    def finish() -> ExportReport:
        atomic_write_bytes(path, encode())
        report.path = str(path)
        return report

    return finish


def render_image(timeline: Timeline, options: ExportOptions) -> tuple[bytes, ExportReport]:
    """The exported file's bytes, without touching the disk (the dialog and tests use this)."""
    encode, report = paint_image(timeline, options)
    return encode(), report


def paint_image(timeline: Timeline, options: ExportOptions) -> tuple[Callable[[], bytes], ExportReport]:
    """Paint the export; returns a function giving the file's bytes, and the report."""
    fmt = options.format.lower()
    if fmt not in ("png", "svg", "pdf"):
        raise InputError(f"cannot export an image as {options.format!r} (png, svg or pdf)")
    if fmt == "png" and options.width and options.height:  # refused before any layout
        scale = options.scale
        width, height = math.ceil(options.width * scale), math.ceil(options.height * scale)
        check_raster_size(width, height, budget=memory_budget(options.memory_limit))
    content = plan_content(timeline, options)
    if fmt == "pdf":
        data, report = _render_pdf(content, options)
        encode = _ready(data)
    elif fmt == "svg":
        data, report = _render_svg(content.single_page(options.width, options.height), content, options)
        encode = _ready(data)
    else:
        encode, report = _paint_png(content.single_page(options.width, options.height), content, options)
    report.in_range = content.event_count
    return encode, report


def _ready(data: bytes) -> Callable[[], bytes]:
    return lambda: data


def _paint_png(
    page: Page, content: PageContent, options: ExportOptions
) -> tuple[Callable[[], bytes], ExportReport]:
    scale = options.scale
    width, height = math.ceil(page.width * scale), math.ceil(page.height * scale)
    budget = memory_budget(options.memory_limit)
    if options.height is None and budget is not None and width * height * BYTES_PER_PIXEL > budget:
        # A fitted height is a wish, not a demand: the tallest image the memory allows instead.
        fitted = math.floor(budget / BYTES_PER_PIXEL / width / scale)
        if fitted >= MIN_FITTED_HEIGHT:
            page = content.single_page(options.width, fitted)
            height = math.ceil(page.height * scale)
    check_raster_size(width, height, budget=budget)
    opaque = not options.transparent
    fmt = QImage.Format.Format_RGB32 if opaque else QImage.Format.Format_ARGB32_Premultiplied
    image = QImage(width, height, fmt)
    if image.isNull():
        raise InputError(f"could not allocate an image of {width} x {height} pixels")
    image.fill(QColor(0, 0, 0, 0) if not opaque else content.theme.background)
    dots_per_meter = round(96 * scale / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        stats = paint_page(painter, page, content)
    finally:
        painter.end()
    metadata = _metadata(content)
    return lambda: _encode_png(image, metadata), _report(width, height, 1, stats)


def _encode_png(image: QImage, metadata: dict[str, str]) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    writer.setQuality(80)  # zlib level 1: several times faster than the default, barely larger
    for key, value in metadata.items():
        writer.setText(key, value)
    if not writer.write(image):
        raise InputError(f"could not encode the PNG: {writer.errorString()}")
    return bytes(buffer.data().data())


def _render_svg(page: Page, content: PageContent, options: ExportOptions) -> tuple[bytes, ExportReport]:
    from PySide6.QtSvg import QSvgGenerator

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(math.ceil(page.width), math.ceil(page.height)))
    generator.setViewBox(QRectF(0, 0, page.width, page.height))
    generator.setResolution(96)
    generator.setTitle(xml_text(content.title))
    generator.setDescription(_metadata(content)["Description"])
    painter = QPainter(generator)
    try:
        stats = paint_page(painter, page, content)
    finally:
        painter.end()
    # The painter writes text as it is given; an SVG is XML, which forbids C0 controls.
    data = xml_bytes(bytes(buffer.data().data()))
    return data, _report(math.ceil(page.width), math.ceil(page.height), 1, stats)


def _render_pdf(content: PageContent, options: ExportOptions) -> tuple[bytes, ExportReport]:
    """Paper-sized pages (see :mod:`timeline_app.gui.export.pdf`), or, when a width or a
    height is given, one page of that size in pixels at 96 an inch."""
    if options.width or options.height:
        page = content.single_page(options.width, options.height)
        data, points, pages, stats = render_pdf_page(content, page)
    else:
        data, points, pages, stats = render_pdf(content, options.page)
    report = _report(round(points.width()), round(points.height()), pages, stats)
    if stats.hidden:  # a PDF page cannot be made taller
        report.notes = [f"{_events(stats.hidden)} only as density marks (choose A3, or a shorter range)"]
    return data, report


def _events(n: int) -> str:
    return f"{n:,} event shows" if n == 1 else f"{n:,} events show"


def _report(width: int, height: int, pages: int, stats: PageStats) -> ExportReport:
    report = ExportReport("", width, height, pages, stats.events, stats.clustered, stats.hidden)
    report.frames = stats.frames
    report.drawn_ids = stats.drawn_ids
    if stats.hidden:
        report.notes.append(f"{_events(stats.hidden)} only as density marks (make the image taller)")
    return report


def _metadata(content: PageContent) -> dict[str, str]:
    """PNG text chunks (the keys libpng and exiftool know) and the SVG description."""
    sources = "; ".join(content.source_names[:20])
    if len(content.source_names) > 20:
        sources += f"; and {len(content.source_names) - 20} more"
    title = xml_text(content.title)
    sources = xml_text(sources)
    return {
        "Title": title,
        "Software": f"timeline-app {__version__}",
        "Source": sources or "no articles",
        "Description": f"{title}: {content.event_count} events" + (f" from {sources}" if sources else ""),
    }


def default_file_name(timeline: Timeline, fmt: str) -> str:
    """A file name from the title: "Geneva talks" -> "geneva-talks.png"."""
    stem = "".join(c if c.isalnum() else "-" for c in timeline.title.lower()).strip("-")
    stem = "-".join(part for part in stem.split("-") if part) or "timeline"
    return str(Path(stem[:60]).with_suffix("." + fmt))
