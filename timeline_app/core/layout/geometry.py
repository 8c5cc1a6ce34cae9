"""What one view draws, as plain geometry: lane boxes, drawn events, clusters, density, chips.

Every drawn thing keeps its rectangle, so hit testing (the widget), tests and exports
read the same geometry the painter draws. Computed by :mod:`.frame`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from timeline_app.core.layout.scale import TimeScale
from timeline_app.core.model import Article


@dataclass(frozen=True, slots=True)
class FrameMetrics:
    """Sizes in logical pixels (the painter scales for HiDPI, not this)."""

    row_height: float = 24.0
    lane_padding: float = 6.0
    density_height: float = 10.0
    min_lane_rows: int = 2
    marker_radius: float = 5.5
    label_gap: float = 5.0
    item_gap: float = 10.0
    label_max_width: float = 240.0
    cluster_width: float = 92.0
    tray_height: float = 34.0
    chip_max_width: float = 170.0
    density_column: float = 2.0


SPARSE_EVENTS = 200
"""Up to this many events, labels may take ``SPARSE_LABEL_WIDTH`` pixels."""
SPARSE_LABEL_WIDTH = 420.0


def label_room(metrics: FrameMetrics, events: int) -> FrameMetrics:
    """``metrics`` with a label limit that suits ``events`` events: a handful get long labels
    (there is room, and a cut headline hides what happened), many the usual limit so that
    more fit side by side."""
    wanted = SPARSE_LABEL_WIDTH if events <= SPARSE_EVENTS else FrameMetrics().label_max_width
    if metrics.label_max_width == wanted:
        return metrics
    return replace(metrics, label_max_width=wanted)


@dataclass(slots=True)
class DrawnEvent:
    """An event as drawn in one lane; ``left``..``right`` is its footprint, label included."""

    row: int
    lane: int
    shape: int
    x0: float
    x1: float
    y: float
    height: float
    label_x: float
    label_width: float
    label_inside: bool
    left: float
    right: float

    def contains(self, x: float, y: float) -> bool:
        return self.left <= x <= self.right and self.y <= y <= self.y + self.height

    @property
    def rect(self) -> tuple[float, float, float, float]:
        return (self.left, self.y, self.right - self.left, self.height)


@dataclass(slots=True)
class Cluster:
    """Events of one lane and time bin drawn as one badge."""

    lane: int
    x: float
    y: float
    width: float
    height: float
    count: int
    kinds: list[tuple[int, float]]  # (kind index into KINDS, share), largest first; shares sum to 1
    first: float
    last: float
    more: bool = False  # "+3": events that did not fit in rows beside drawn ones

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height


@dataclass(slots=True)
class LaneBox:
    lane: int
    title: str
    count: int
    y: float
    height: float
    rows: int


@dataclass(slots=True)
class Density:
    """Event counts per column of ``column`` pixels starting at ``x``, for one lane."""

    lane: int
    x: float
    y: float
    height: float
    column: float
    counts: np.ndarray


@dataclass(slots=True)
class Chip:
    """An undated event in the tray."""

    row: int
    x: float
    y: float
    width: float
    height: float

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height


@dataclass(slots=True)
class Hit:
    """What is under a point: an ``event`` (row), a ``cluster``, or empty ``lane`` space."""

    what: str
    row: int = -1
    cluster: Cluster | None = None
    lane: int = -1


@dataclass(slots=True)
class ViewFrame:
    scale: TimeScale
    top: float
    height: float
    lanes: list[LaneBox] = field(default_factory=list)
    events: list[DrawnEvent] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)
    densities: list[Density] = field(default_factory=list)
    chips: list[Chip] = field(default_factory=list)
    tray: tuple[float, float] | None = None  # (y, height) of the undated tray
    undated_total: int = 0
    undated_more: int = 0
    publications: list[tuple[float, Article]] = field(default_factory=list)
    content_height: float = 0.0
    scroll: float = 0.0

    def hit(self, x: float, y: float) -> Hit | None:
        """The topmost thing under (x, y), or None outside every lane and the tray."""
        for chip in self.chips:
            if chip.contains(x, y):
                return Hit("event", chip.row)
        for event in reversed(self.events):
            if event.contains(x, y):
                return Hit("event", event.row, lane=event.lane)
        for cluster in self.clusters:
            if cluster.contains(x, y):
                return Hit("cluster", cluster=cluster, lane=cluster.lane)
        for box in self.lanes:
            if box.y <= y < box.y + box.height:
                return Hit("lane", lane=box.lane)
        return None

    def drawn_rows(self) -> set[int]:
        return {e.row for e in self.events} | {c.row for c in self.chips}

    def events_of_row(self, row: int) -> list[DrawnEvent]:
        return [e for e in self.events if e.row == row]
