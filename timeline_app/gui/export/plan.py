"""The page around an exported timeline: margins, numbered source notes, a footer.

The timeline with its title, subtitle, legend and lane headers is painted by
:func:`timeline_app.gui.view.painter.paint_timeline`, the function the window's widget
calls, unchanged. The painter knows nothing of footnotes, of pages, or of a
transparent page, so those are planned here, around its rectangle (and painted by
:mod:`timeline_app.gui.export.paint`):

- each article cited by an event in range gets a number in order of first
  citation; the event's label carries it as a superscript ("Talks resume¹") and
  the notes under the figure say "1. Reuters, 3 Dec 2025: “Title”";
- "fit to content" picks the height at which no event is left to the density marks
  (each one drawn with its label, or counted in a cluster badge), within limits;
- a long range in a PDF is cut into pages of equal time slices (:mod:`timeline_app.gui.export.pdf`).
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from timeline_app.core.errors import InputError
from timeline_app.core.io.exchange.records import article_citation, article_note
from timeline_app.core.io.limits import MAX_TITLE, cap_text
from timeline_app.core.layout import FrameMetrics, TimelineLayout, TimeScale, ViewFrame, compute_frame
from timeline_app.core.layout.columns import date_fields
from timeline_app.core.model import Event, Timeline
from timeline_app.gui.export.budget import (
    RASTER_MEMORY_SHARE,
    available_memory,
    check_export_cost,
    export_cost,
    memory_budget,
)
from timeline_app.gui.theme import Theme
from timeline_app.gui.view import painter as timeline_painter

if TYPE_CHECKING:
    from timeline_app.gui.export.options import ExportOptions

SUPERSCRIPT = str.maketrans("0123456789,", "⁰¹²³⁴⁵⁶⁷⁸⁹˒")
MARGIN = 28.0
NOTE_PX, FOOTER_PX = 11.5, 10.5
FOOTER = 30.0
RUNNING, RUNNING_PX = 24.0, 11.0
PUBLICATION_MARKS = 40
"""Past this many articles their publication markers are clutter, not information."""
LABEL_MAX_WIDTH = 330.0
SPARSE_LABEL_MAX_WIDTH = 560.0
"""A timeline of few events has room for whole headlines; a dense one keeps labels short."""
SPARSE_EVENTS = 60
"""An exported label may be longer than on screen: a figure is read, not browsed."""
MARK_LIMIT = 20_000
"""Past this many events the labels are clusters anyway: titles are not given note marks."""
FOOTNOTE_LIMIT = 60
"""Past this many articles the notes end with "and N more": a figure is not a bibliography."""
FIT_WIDTH = (1200.0, 12000.0)
FIT_HEIGHT = (320.0, 16000.0)
MAX_FIT_ROWS = 24


@dataclass(slots=True)
class PageStats:
    """What the painter showed: events drawn with their label, counted in clusters, or only as density."""

    events: int = 0
    clustered: int = 0
    hidden: int = 0
    drawn_ids: set[str] = field(default_factory=set)
    frames: list[ViewFrame] = field(default_factory=list)
    """The painter's geometry of each page (rectangles of lanes, events, clusters) for tests."""

    def add(self, other: PageStats) -> None:
        self.events += other.events
        self.clustered += other.clustered
        self.hidden += other.hidden
        self.drawn_ids |= other.drawn_ids
        self.frames += other.frames


@dataclass(slots=True)
class Page:
    """One page (a PNG or an SVG is one page; a long PDF several), in logical pixels."""

    width: float
    height: float
    first: float
    last: float
    number: int = 1
    count: int = 1
    notes: list[tuple[int, str]] = field(default_factory=list)
    notes_more: int = 0
    margin: float = MARGIN
    running: str = ""
    """A short title over a later page of a PDF (the full title, subtitle and legend are on page 1)."""
    notes_only: bool = False
    """A page of source notes after the timeline's pages (a PDF whose notes did not fit)."""
    lane_rows: tuple[int, ...] | None = None
    """Rows of every lane, when a PDF gives lanes the rows their events need (None: the
    painter shares the page's height among the lanes)."""
    scroll: float = 0.0
    """Height of the lanes above this page's first lane (a slice on several pages)."""
    lanes_shown: float | None = None
    """Height of the lanes this page shows, whole (None: as many as the page holds)."""

    @property
    def top(self) -> float:
        return self.margin * 0.75 + (RUNNING if self.running else 0.0)

    @property
    def bottom(self) -> float:
        """The footer's band at the page's foot, inside the margin."""
        return FOOTER + (self.margin - MARGIN)

    @property
    def figure(self) -> QRectF:
        """Where the painter paints: the page less margins, notes and footer."""
        return QRectF(self.margin, self.top, self.width - 2 * self.margin, self.figure_height)

    @property
    def figure_height(self) -> float:
        if self.notes_only:
            return 0.0
        return self.height - self.top - notes_height(self.width, len(self.notes)) - self.bottom


def notes_height(width: float, notes: int) -> float:
    if not notes:
        return 0.0
    return 16 + math.ceil(notes / note_columns(width)) * NOTE_PX * 1.55


@dataclass(slots=True)
class PageContent:
    """Everything the pages show, computed once for all of them."""

    options: ExportOptions
    title: str
    theme: Theme
    paint: timeline_painter.PaintOptions
    events: list[Event]
    layout: TimelineLayout
    first: float
    last: float
    notes: list[tuple[int, str]]
    source_names: list[str]
    drawn: list[Event] = field(default_factory=list)
    """The events that take rows (in Key Events mode only the key events; else ``events``)."""
    metrics_before_squeeze: FrameMetrics = field(default_factory=FrameMetrics)
    """The metrics before a PDF squeezed lanes into its pages (lanes dealt onto pages keep these)."""

    @property
    def event_count(self) -> int:
        return len(self.events)

    # -- geometry ---------------------------------------------------------------------

    def scale_for(self, figure: QRectF, first: float, last: float) -> TimeScale:
        """The time scale of a page. At the timeline's own ends (no date chosen there) and where
        a PDF's page ends inside the range it leaves room for a cluster badge on the left and for
        the last events' labels on the right, which the painter would otherwise clip at the
        plot's edge (the next page does not show an event that starts before it)."""
        end = (self.options.last is None and last >= self.last) or last < self.last
        x0, width = timeline_painter.plot_area(self.layout, figure, self.paint)
        m = self.paint.metrics
        left = min(m.cluster_width, width / 8) if self.options.first is None and first <= self.first else 0.0
        plot = width - left
        days_per_px = (last - first) / plot
        if end:
            days_per_px = (last - first) / (plot - m.cluster_width)  # room for the last cluster badge
        if end and len(self.drawn) < plot / 2:
            label = QFontMetricsF(timeline_painter.Fonts.of(self.paint).label).horizontalAdvance
            reach = m.marker_radius * 2 + m.label_gap + 4
            for event in self._last_events(first, last):
                room = plot - reach - min(label(self.layout.label(event)), m.label_max_width, plot / 2)
                days_per_px = max(days_per_px, (event.when.start_days - first) / room)  # type: ignore[union-attr]
        return TimeScale(first - left * days_per_px, days_per_px, width, x0)

    def _last_events(self, first: float, last: float, count: int = 400) -> list[Event]:
        """The events starting last in the range (whose labels may run past its end)."""
        tail = [e for e in self.drawn[-count:] if e.when is not None and first <= e.when.start_days < last]
        return tail

    @contextlib.contextmanager
    def slice_only(self, page: Page) -> Iterator[None]:
        """While painting or measuring one slice of a PDF cut into several, the layout holds
        only the slice's events: one that starts on the page before (and is drawn there) takes
        no row and makes no "+N" here."""
        if page.first <= self.first and page.last >= self.last:
            yield
            return
        cols = self.layout.columns
        inside = np.flatnonzero(cols.alive & (cols.end > page.first) & (cols.start < page.last))
        self.layout.set_filter({cols.events[i].id for i in inside.tolist()})  # type: ignore[union-attr]
        try:
            yield
        finally:
            self.layout.set_filter(None)

    def frame_for(
        self,
        figure: QRectF,
        first: float,
        last: float,
        lane_rows: list[int] | tuple[int, ...] | None = None,
        metrics: FrameMetrics | None = None,
    ) -> ViewFrame:
        """The geometry the painter will draw in ``figure`` (the same call it makes);
        ``lane_rows``: give each lane that many rows (the figure grows to hold them)."""
        m = metrics or self.paint.metrics
        c = timeline_painter.chrome(self.layout, figure, self.paint)
        label = QFontMetricsF(timeline_painter.Fonts.of(self.paint).label).horizontalAdvance
        scale = self.scale_for(figure, first, last)
        height = c.body.height()
        if lane_rows is not None:
            fixed = 2 * m.lane_padding + m.density_height
            height = max(height, sum(fixed + r * m.row_height for r in lane_rows) + m.tray_height)
        return compute_frame(self.layout, scale, c.body.top(), height, label, m, lane_rows=lane_rows)

    def fit_width(self, most: float = FIT_WIDTH[1]) -> float:
        """Wide enough that the busiest lane's labels fit in about four rows, up to ``most``
        (a PDF passes infinity: its pages, not one image, take the width)."""
        if self.layout.keyed:  # only the key events take rows
            rows = self.layout.item_row
            shown = self.layout.visible[rows]
            per_lane = int(np.bincount(self.layout.item_lane[shown], minlength=1).max())
        else:
            per_lane = max((self.layout.lane_count(i) for i in range(len(self.layout.lanes))), default=0)
        header = self.paint.header_width if self.paint.lane_headers else 0.0
        m = self.paint.metrics
        label = QFontMetricsF(timeline_painter.Fonts.of(self.paint).label).horizontalAdvance
        sample = self.drawn[:: max(1, len(self.drawn) // 200)]
        widths = [min(label(self.layout.label(e)), m.label_max_width) for e in sample]
        average = sum(widths) / max(len(sample), 1)
        footprint = average + 2 * m.marker_radius + m.label_gap + m.item_gap
        wanted = per_lane * footprint / 4 + header + 2 * MARGIN + 40
        return min(max(wanted, FIT_WIDTH[0]), most)

    def fit_height(self, width: float, first: float, last: float, notes: int) -> float:
        """The least height at which no event is left to the density marks, up to a page-like shape.

        Rows per lane grow until every event in view is drawn with its label or counted in a
        cluster badge, but the figure gets at most a quarter taller than it is wide (beyond that, more
        height buys little: export wider, or a shorter range).
        """
        m = self.paint.metrics
        probe = QRectF(MARGIN, 0, width - 2 * MARGIN, 10_000)
        chrome_h = timeline_painter.chrome(self.layout, probe, self.paint).body.top()
        fixed = MARGIN * 0.75 + chrome_h + notes_height(width, notes) + FOOTER + 8
        lanes = max(len(self.layout.lanes), 1)
        tallest = min(max(width * 1.25, FIT_HEIGHT[0]), FIT_HEIGHT[1])
        least = 2 * m.lane_padding + m.density_height + m.min_lane_rows * m.row_height  # every lane shows

        # The painter never makes a lane taller than its event count needs: past that, height is air.
        counts = np.diff(self.layout.lane_offsets).astype(np.float64)
        needed = float(
            np.sum(2 * m.lane_padding + m.density_height + np.maximum(counts, m.min_lane_rows) * m.row_height)
        )
        most = max(fixed + needed, FIT_HEIGHT[0])

        def height_of(rows: int) -> float:
            lane_h = 2 * m.lane_padding + m.density_height + rows * m.row_height
            height = min(max(fixed + lanes * lane_h, FIT_HEIGHT[0]), max(tallest, fixed + lanes * least))
            return min(height, most)

        def fits(rows: int, clusters: bool) -> bool:
            height = height_of(rows)
            figure = QRectF(MARGIN, MARGIN * 0.75, width - 2 * MARGIN, height - fixed + chrome_h + 8)
            frame = self.frame_for(figure, first, last)
            if not clusters and frame.clusters:
                return False
            return hidden_events(frame, self.layout, first, last) == 0

        lo, hi = m.min_lane_rows, MAX_FIT_ROWS
        while hi > lo and height_of(hi - 1) >= height_of(hi):
            hi -= 1  # rows past the height limit change nothing
        # Every event with its own label if that fits, else none left to the density marks.
        for clusters in (False, True):
            if fits(lo, clusters):
                return height_of(lo)
            if not fits(hi, clusters):
                continue
            low, high = lo, hi
            while high - low > 1:  # fits(high) and not fits(low)
                mid = (low + high) // 2
                low, high = (low, mid) if fits(mid, clusters) else (mid, high)
            return height_of(high)
        return height_of(hi)

    # -- pages ----------------------------------------------------------------------

    def _page(self, width: float, height: float | None, first: float, last: float) -> Page:
        notes = list(self.notes) if self.options.footnotes else []
        if height is None:
            height = self.fit_height(width, first, last, len(notes))
        while notes and height - notes_height(width, len(notes)) - FOOTER < 220:
            notes.pop()
        page = Page(width, height, first, last, notes=notes)
        page.notes_more = len(self.notes) - len(notes) if self.options.footnotes else 0
        if page.figure_height < 120 or width - 2 * MARGIN < 240:
            raise InputError(f"{round(width)} x {round(height)} pixels is too small for a timeline")
        return page

    def single_page(self, width: int | None, height: int | None) -> Page:
        w = float(width) if width else self.fit_width()
        page = self._page(w, float(height) if height else None, self.first, self.last)
        if height:
            self.squeeze_lanes(page)
        return page

    def squeeze_lanes(self, page: Page) -> None:
        """In a fixed height, lanes get one row each before any lane falls off the page."""
        m = self.paint.metrics
        body = timeline_painter.chrome(self.layout, page.figure, self.paint).body.height()
        lane_h = 2 * m.lane_padding + m.density_height + m.min_lane_rows * m.row_height
        lanes = len(self.layout.lanes)
        if lanes * lane_h <= body:
            return
        self.paint.metrics = m = replace(m, min_lane_rows=1)
        if lanes * (2 * m.lane_padding + m.density_height + m.row_height) > body:
            # The label font is 12 px: a row of 16 still holds it; below that lanes fall off the page.
            row = max(16.0, min(20.0, math.floor(body / lanes) - 12.0))
            self.paint.metrics = replace(m, lane_padding=3.0, density_height=6.0, row_height=row)


def hidden_events(frame: ViewFrame, layout: TimelineLayout, first: float, last: float) -> int:
    """Events in view that are neither drawn with a label nor inside a cluster badge's time bin.

    An event is counted once however many lanes it stands in (one event with many actors is
    one entry in each actor's lane), and not at all if any lane shows it.
    """
    drawn: dict[int, list[int]] = {}
    for e in frame.events:
        drawn.setdefault(e.lane, []).append(e.row)
    bins: dict[int, list[tuple[float, float]]] = {}
    for cluster in frame.clusters:
        bins.setdefault(cluster.lane, []).append((cluster.first, cluster.last))
    hidden: list[np.ndarray] = []
    seen: list[np.ndarray] = [np.asarray([e.row for e in frame.events], dtype=np.int64)]
    for lane in (box.lane for box in frame.lanes):  # the lanes on this page
        a, b = layout.lane_slice(lane, first, last)
        rows = layout.item_row[a:b]
        starts = layout.item_start[a:b]
        # Only what takes rows: a filtered-out event, or in Key Events mode one of the
        # density band, is not missing.
        shown = (layout.columns.end[rows] > first) & (starts < last) & layout.visible[rows]
        shown &= ~np.isin(rows, np.asarray(drawn.get(lane, []), dtype=rows.dtype))
        if lane in bins and shown.any():
            lows, highs = np.array(sorted(bins[lane])).T
            at = np.searchsorted(lows, starts, side="right") - 1
            in_bin = (at >= 0) & (starts < highs[np.maximum(at, 0)])
            seen.append(rows[shown & in_bin].astype(np.int64))
            shown &= ~in_bin
        hidden.append(rows[shown].astype(np.int64))
    if not hidden:
        return 0
    missing = np.setdiff1d(np.concatenate(hidden), np.concatenate(seen))
    return len(missing)


def plan_content(timeline: Timeline, options: ExportOptions) -> PageContent:
    """Events in range with footnote marks, the layout, and the notes.

    Raises:
        InputError: there is no dated event, or the range is empty.
    """
    dated = [e for e in timeline.iter_events() if e.when is not None]
    starts, ends, _rank, _shape = date_fields([e.when for e in dated])
    if options.key_events is not None:  # the range not chosen is the key events', not every event's
        key = np.fromiter((e.id in options.key_events for e in dated), dtype=bool, count=len(dated))
        first, last = _range(starts[key], ends[key], options)
    else:
        first, last = _range(starts, ends, options)
    inside = np.flatnonzero((ends > first) & (starts < last))
    in_range = [dated[i] for i in inside[np.argsort(starts[inside], kind="stable")].tolist()]
    # The loaders bound titles; one typed or pasted in the window is bounded here, before any
    # measure (a 50 MB title took 2.4 GB to paint).
    in_range = [
        e if len(e.title) <= MAX_TITLE else replace(e, title=cap_text(e.title, MAX_TITLE)) for e in in_range
    ]
    articles = {a.id: a for a in timeline.articles}
    key = options.key_events
    drawn = in_range if key is None else [e for e in in_range if e.id in key]
    note_of: dict[str, int] = {}
    for event in drawn:
        for source in event.sources:
            if source.article not in note_of:
                note_of[source.article] = len(note_of) + 1
    title = cap_text(options.title if options.title is not None else timeline.title, MAX_TITLE)
    cited = [a for a in timeline.articles if a.id in note_of]  # publication marks only for these
    # Before the layout and the labels' measures: an export too costly is refused at once.
    check_export_cost(export_cost(in_range, options.lanes, cited), options.lanes, export_budget(options))
    label_max = SPARSE_LABEL_MAX_WIDTH if len(drawn) <= SPARSE_EVENTS else LABEL_MAX_WIDTH
    metrics = timeline_painter.key_style(FrameMetrics(label_max_width=label_max), key is not None)
    paint = timeline_painter.PaintOptions(
        title=title,
        subtitle=cap_text(options.subtitle, MAX_TITLE),
        legend=options.legend,
        lane_headers=options.lane_headers and options.lanes != "none",
        background=False,  # the page paints it (or leaves it transparent)
        tray=False,
        publications=len(cited) <= PUBLICATION_MARKS,
        metrics=metrics,
        key_events=key is not None,
    )
    footnotes = options.footnotes and key is None  # a key event's label says how many sources instead
    if footnotes and note_of and len(in_range) <= MARK_LIMIT:
        font = QFontMetricsF(timeline_painter.Fonts.of(paint).label)
        in_range = [_marked(e, note_of, font, label_max) if e.sources else e for e in in_range]
        drawn = in_range
    layout = TimelineLayout(in_range, cited, options.lanes, title=timeline.title)
    if key is not None:
        layout.set_key_events(key)
    return PageContent(
        options=options,
        title=title,
        theme=Theme.dark_theme() if options.theme == "dark" else Theme.light(),
        paint=paint,
        events=in_range,
        layout=layout,
        first=first,
        last=last,
        notes=[(n, article_note(a, articles)) for a, n in note_of.items()][: FOOTNOTE_LIMIT * footnotes],
        source_names=[article_citation(a, articles) for a in note_of],
        drawn=drawn,
    )


def export_budget(options: ExportOptions) -> int | None:
    """Bytes the layout and the painter may take: what the process limit leaves, or a share
    of the memory available now."""
    if options.memory_limit is not None:
        return memory_budget(options.memory_limit)

    available = available_memory()
    return None if available is None else int(available * RASTER_MEMORY_SHARE)


def _range(starts: np.ndarray, ends: np.ndarray, options: ExportOptions) -> tuple[float, float]:
    if not len(starts) and (options.first is None or options.last is None):
        raise InputError("there is no dated event to export")
    lo, hi = (float(starts.min()), float(ends.max())) if len(starts) else (0.0, 0.0)
    first = options.first if options.first is not None else lo
    last = options.last if options.last is not None else hi
    if last <= first:
        raise InputError("the export range ends before it starts")
    pad = (last - first) * 0.02 or 1.0  # air around the timeline's own extent, not around a chosen date
    return (first - pad if options.first is None else first), (last + pad if options.last is None else last)


def _marked(event: Event, note_of: dict[str, int], metrics: QFontMetricsF, label_max: float) -> Event:
    """The event with its note numbers after its title, eliding the title (not the numbers)."""
    numbers = sorted({note_of[s.article] for s in event.sources})
    mark = ",".join(map(str, numbers)).translate(SUPERSCRIPT)
    room = label_max - metrics.horizontalAdvance(mark) - 2
    title = event.title
    if metrics.horizontalAdvance(title) > room:
        title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, room)
    return replace(event, title=title + mark)


def note_columns(width: float) -> int:
    return max(1, min(3, int((width - 2 * MARGIN) // 520)))
