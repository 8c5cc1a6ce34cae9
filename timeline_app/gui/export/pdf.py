"""PDF export: a long timeline on real paper (A4, Letter or A3, landscape), page by page.

A brief or a report is printed, so a page is a paper size with margins, not one tall
strip. The range is cut into consecutive equal time slices, one a page, each with the
axis and lane headers; page 1 carries the title, subtitle and legend, later pages a
short running title; every page has a "Page N of M · dates" footer. The numbered
source notes go under the last slice if they leave it room, else on pages of their own.
QPdfWriter keeps it vector: text stays text.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import replace

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from timeline_app import __version__
from timeline_app.core.errors import InputError
from timeline_app.core.io.xml_text import xml_text
from timeline_app.gui.export.paint import paint_page
from timeline_app.gui.export.plan import (
    NOTE_PX,
    Page,
    PageContent,
    PageStats,
    hidden_events,
    note_columns,
    notes_height,
)
from timeline_app.gui.view import painter as timeline_painter

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
    """Equal time slices, about as dense as a fitted image, then the notes' own pages if needed.

    A printed timeline is read, not explored: where a slice's lanes need more rows than the
    paper holds to give every event its title, the slice takes several pages, each with
    whole lanes in their full height (:func:`lane_pages`)."""
    pages = _slices(content, width, height)
    slices = [page for page in pages if not page.notes_only]
    if not any(_untitled(content, page) for page in slices):
        return pages
    grouped = [part for page in slices for part in lane_pages(content, page)]
    if len(grouped) == len(slices) or len(grouped) > MAX_PAGES:
        return pages  # nothing to gain, or a data dump: the squeezed pages with their "+N" marks
    content.paint.metrics = content.metrics_before_squeeze  # grouped lanes keep full-size rows
    for page in grouped[1:]:
        page.running = content.title or "Timeline"
    for page in grouped:
        page.notes, page.notes_more = [], 0
    notes = list(content.notes) if content.options.footnotes else []
    return _numbered(grouped + _note_pages(content, width, height, notes, grouped[-1]))


def lane_pages(content: PageContent, page: Page) -> list[Page]:
    """``page``'s slice on as many pages as its lanes need: every lane gets the rows that give
    each of its events a row of its own in the stacking, and the lanes are dealt out in order
    onto pages, whole. A lane taller than a page keeps what fits (the rest as "+N")."""
    m = content.metrics_before_squeeze
    fixed = 2 * m.lane_padding + m.density_height
    rows = needed_rows(content, page)
    parts: list[Page] = []
    first_lane = 0
    while first_lane < len(rows):
        part = replace(page, notes=[], running=page.running or (content.title or "Timeline") * bool(parts))
        body = _body_height(content, part, m)
        room = max(int((body - fixed) // m.row_height), 1)
        rows[first_lane] = min(rows[first_lane], room)  # a lane taller than a page: what fits
        end, used = first_lane, 0.0
        while end < len(rows) and used + fixed + rows[end] * m.row_height <= body + 0.5:
            used += fixed + rows[end] * m.row_height
            end += 1
        end = max(end, first_lane + 1)
        scroll = sum(fixed + r * m.row_height for r in rows[:first_lane])
        part.scroll, part.lanes_shown = scroll, sum(fixed + r * m.row_height for r in rows[first_lane:end])
        parts.append(part)
        first_lane = end
    for part in parts:
        part.lane_rows = tuple(rows)
    return parts


def needed_rows(content: PageContent, page: Page) -> list[int]:
    """Rows each lane's stacking uses in ``page``'s slice when every event may have a row."""
    m = content.metrics_before_squeeze
    counts = [max(content.layout.lane_count(i), 1) for i in range(len(content.layout.lanes))]
    with content.slice_only(page):
        frame = content.frame_for(page.figure, page.first, page.last, lane_rows=counts, metrics=m)
    used = [1] * len(counts)
    tops = {box.lane: box.y + m.lane_padding for box in frame.lanes}
    for d in frame.events:
        row = round((d.y - tops[d.lane]) / m.row_height)
        used[d.lane] = max(used[d.lane], row + 1)
    return used


def _body_height(content: PageContent, page: Page, metrics) -> float:
    paint = replace(content.paint, metrics=metrics)
    if page.running:
        paint = replace(paint, title="", subtitle="", legend=False)
    return timeline_painter.chrome(content.layout, page.figure, paint).body.height()


def _untitled(content: PageContent, page: Page) -> int:
    """Events of ``page`` shown without their title: in a "+N" badge or only as density."""
    with content.slice_only(page):
        frame = content.frame_for(page.figure, page.first, page.last)
        missing = hidden_events(frame, content.layout, page.first, page.last)
    return sum(c.count for c in frame.clusters) + missing


def _numbered(pages: list[Page]) -> list[Page]:
    for number, page in enumerate(pages, start=1):
        page.number, page.count = number, len(pages)
    return pages


def _note_pages(content: PageContent, width: float, height: float, notes: list, last: Page) -> list[Page]:
    """Pages of source notes alone, after the timeline's."""
    if not notes:
        return []
    more = len(content.source_names) - len(notes)
    running = content.title or "Timeline"
    probe = Page(width, height, last.first, last.last, margin=PDF_MARGIN, running=running, notes_only=True)
    room = height - probe.top - probe.bottom - NOTE_PX * 1.6 - 16
    per_page = max(1, int(room // (NOTE_PX * 1.55))) * note_columns(width)
    pages = []
    for start in range(0, len(notes), per_page):
        page = Page(width, height, content.first, content.last, margin=PDF_MARGIN, running=running)
        page.notes, page.notes_only = notes[start : start + per_page], True
        pages.append(page)
    pages[-1].notes_more = more
    return pages


def _slices(content: PageContent, width: float, height: float) -> list[Page]:
    content.metrics_before_squeeze = content.paint.metrics
    count = max(1, min(math.ceil(content.fit_width(math.inf) / width - 0.15), MAX_PAGES))
    span = (content.last - content.first) / count
    running = content.title or "Timeline"
    edges = [content.first + i * span for i in range(count + 1)]
    if span >= 2:  # slices meet at midnight: a day's event is on one page, not cut between two
        edges[1:-1] = [float(math.floor(edge)) for edge in edges[1:-1]]
    pages = [Page(width, height, a, b, margin=PDF_MARGIN) for a, b in itertools.pairwise(edges)]
    for page in pages[1:]:
        page.running = running
    notes = list(content.notes) if content.options.footnotes else []
    more = len(content.source_names) - len(notes) if notes else 0
    last = pages[-1]
    if notes and notes_height(width, len(notes)) <= height * NOTES_SHARE:
        last.notes, last.notes_more = notes, more
    elif notes:
        pages += _note_pages(content, width, height, notes, last)
    _numbered(pages)
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
