"""PDF export: a long timeline on real paper (A4, Letter or A3, landscape), page by page.

A brief or a report is printed, so a page is a paper size with margins, not one tall
strip. The range is cut into consecutive equal time slices, one a page, each with the
axis and lane headers; page 1 carries the title, subtitle and legend, later pages a
short running title; every page has a "Page N of M · dates" footer. The numbered
source notes go under the last slice if they leave it room, else on pages of their own.
QPdfWriter keeps it vector: text stays text.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from timeline_app import __version__
from timeline_app.core.errors import InputError
from timeline_app.core.io.xml_text import xml_text
from timeline_app.gui.export_page import (
    NOTE_PX,
    Page,
    PageContent,
    PageStats,
    note_columns,
    notes_height,
)
from timeline_app.gui.export_paint import paint_page

PAPERS = {
    "a4": QPageSize.PageSizeId.A4,
    "letter": QPageSize.PageSizeId.Letter,
    "a3": QPageSize.PageSizeId.A3,
}
PDF_MARGIN = 48.0
"""Half an inch at 96 logical pixels an inch: inside every office printer's printable area."""
PX_PER_PT = 96 / 72
MAX_PAGES = 100
"""A longer document is a data dump, not a figure: past this the pages show clusters."""
NOTES_SHARE = 0.45
"""The notes go under the last slice only if they take at most this share of its page."""


def paper_points(paper: str) -> QSizeF:
    """The landscape size of ``paper`` in points (A4: 841.9 x 595.3)."""
    if paper not in PAPERS:
        raise InputError(f"unknown paper size {paper!r} (a4, letter or a3)")
    size = QPageSize(PAPERS[paper]).size(QPageSize.Unit.Point)
    return QSizeF(max(size.width(), size.height()), min(size.width(), size.height()))


def pdf_pages(content: PageContent, width: float, height: float) -> list[Page]:
    """Equal time slices, about as dense as a fitted image, then the notes' own pages if needed."""
    count = max(1, min(math.ceil(content.fit_width(math.inf) / width - 0.15), MAX_PAGES))
    span = (content.last - content.first) / count
    running = content.title or "Timeline"
    pages = [
        Page(width, height, content.first + i * span, content.first + (i + 1) * span, margin=PDF_MARGIN)
        for i in range(count)
    ]
    for page in pages[1:]:
        page.running = running
    notes = list(content.notes) if content.options.footnotes else []
    more = len(content.source_names) - len(notes) if notes else 0
    last = pages[-1]
    if notes and notes_height(width, len(notes)) <= height * NOTES_SHARE:
        last.notes, last.notes_more = notes, more
    elif notes:
        probe = Page(
            width, height, last.first, last.last, margin=PDF_MARGIN, running=running, notes_only=True
        )
        room = height - probe.top - probe.bottom - NOTE_PX * 1.6 - 16
        per_page = max(1, int(room // (NOTE_PX * 1.55))) * note_columns(width)
        for start in range(0, len(notes), per_page):
            page = Page(width, height, content.first, content.last, margin=PDF_MARGIN, running=running)
            page.notes, page.notes_only = notes[start : start + per_page], True
            pages.append(page)
        pages[-1].notes_more = more
    for number, page in enumerate(pages, start=1):
        page.number, page.count = number, len(pages)
    for page in (pages[0], last):  # the title's page and the notes' page have the least room for lanes
        content.squeeze_lanes(page)
    if pages[0].figure_height < 120:
        raise InputError("the page is too small for a timeline")
    return pages


def render_pdf(content: PageContent, paper: str) -> tuple[bytes, QSizeF, int, PageStats]:
    """The PDF's bytes, its page size in points, its page count and what the painter showed."""
    points = paper_points(paper)
    width, height = points.width() * PX_PER_PT, points.height() * PX_PER_PT
    pages = pdf_pages(content, width, height)
    size = QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0))
    data, stats = _write(content, pages, size)
    return data, points, len(pages), stats


def render_pdf_page(content: PageContent, page: Page) -> tuple[bytes, QSizeF, int, PageStats]:
    """One page of the page's own size (``--width``/``--height`` given): the vector twin
    of the PNG of that size, for a poster or a figure placed in a layout program."""
    points = QSizeF(page.width / PX_PER_PT, page.height / PX_PER_PT)
    size = QPageLayout(
        QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
    )
    data, stats = _write(content, [page], size)
    return data, points, 1, stats


def _write(content: PageContent, pages: list[Page], layout: QPageLayout) -> tuple[bytes, PageStats]:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(xml_text(content.title))  # it goes into the XMP metadata, which is XML
    writer.setCreator(f"timeline-app {__version__}")
    writer.setResolution(96)
    writer.setPageLayout(layout)
    painter = QPainter(writer)
    total = PageStats()
    try:
        for number, page in enumerate(pages):
            if number:
                writer.newPage()
            ratio = writer.width() / page.width
            painter.save()
            painter.scale(ratio, ratio)
            total.add(paint_page(painter, page, content))
            painter.restore()
    finally:
        painter.end()
    return bytes(buffer.data().data()), total
