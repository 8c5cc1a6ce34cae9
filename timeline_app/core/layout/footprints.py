"""Each event's mark and footprint at one zoom, for many events at once.

A mark is what is drawn for an event (a dot, a span or a bar); its footprint is the mark
with its label, the stretch of a row it needs. First fit reads them one event at a time,
but a new zoom level marks thousands of events in a few chunks: working them out here in
one numpy pass over arrays, and making a :class:`~.stacking.Placed` only for an event
that finds a row, is what keeps the first frame at a new zoom cheap. The arithmetic is
the one a per-event loop would do, in the same order, so the floats are the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from timeline_app.core.layout.clusters import NO_LEFTOVERS, Leftovers
from timeline_app.core.layout.columns import Shape
from timeline_app.core.layout.geometry import FrameMetrics
from timeline_app.core.layout.rowspace import TextWidth, label_widths

if TYPE_CHECKING:
    from timeline_app.core.layout.layout import TimelineLayout

DAY_AS_BAR = 160.0
"""A point event whose day is wider than this many pixels is drawn as a bar."""


@dataclass(slots=True)
class Footprints:
    """Marks of a batch of events, by position in the batch. ``x0``..``x1`` is the mark
    (a dot's centre twice), ``left``..``right`` the footprint with the label, ``mark_left``
    ..``mark_right`` the mark's own extent (a dot's radius included), ``raw0``..``raw1`` the
    event's time in pixels as it is. The lists are for first fit, the arrays for leftovers."""

    rows: np.ndarray
    raw0: np.ndarray
    raw1: np.ndarray
    x0: np.ndarray
    mark_left: np.ndarray
    mark_right: np.ndarray
    row_list: list[int]
    shape: list[int]
    x0_list: list[float]
    x1_list: list[float]
    width: list[float]
    inside: list[bool]
    left: list[float]
    right: list[float]
    span: list[float]  # x1 - x0 of the mark
    both: tuple[np.ndarray, ...] | None = None  # the arrays :meth:`leftovers` reads, made once

    def __len__(self) -> int:
        return len(self.row_list)

    def leftovers(self, at: list[int]) -> Leftovers:
        """The events ``at`` as leftovers: position ``q`` with its mark's extent (it found no
        row), ``len(self) + q`` with its time as it is (dropped without trying)."""
        if not at:
            return NO_LEFTOVERS
        if max(at) < len(self.row_list):
            rows, x, left, right = self.rows, self.x0, self.mark_left, self.mark_right
        else:
            if self.both is None:
                self.both = (
                    np.concatenate([self.rows, self.rows]),
                    np.concatenate([self.x0, self.raw0]),
                    np.concatenate([self.mark_left, self.raw0]),
                    np.concatenate([self.mark_right, self.raw1]),
                )
            rows, x, left, right = self.both
        return Leftovers(rows[at].astype(np.int64), x[at], left[at], right[at])


def footprints(
    layout: TimelineLayout,
    rows: np.ndarray,
    px0: np.ndarray,
    px1: np.ndarray,
    text_width: TextWidth,
    m: FrameMetrics,
) -> Footprints:
    """The marks of ``rows``, whose times are ``px0``..``px1`` in pixels at this zoom.

    A day wider than ``DAY_AS_BAR`` is drawn as the day it is (a bar); a dot sits in the
    middle of its day, not on the midnight before it; a span too short to see is widened
    to a dot's size; a label rides inside a span that holds it whole (the view slides it
    along to stay in sight, so the footprint does not depend on the view), else after it.
    """
    r, lgap = m.marker_radius, m.label_gap
    widths = label_widths(layout, rows, text_width, m.label_max_width)
    shape = layout.columns.shape[rows].astype(np.int64)
    raw_span = px1 - px0
    point = shape == Shape.POINT
    as_bar = point & (raw_span > DAY_AS_BAR)
    shape[as_bar] = Shape.RANGE
    point &= ~as_bar
    mid = (px0 + px1) / 2
    small = ~point & (raw_span < 2 * r)
    x0 = np.where(point, mid, np.where(small, mid - r, px0))
    x1 = np.where(point, mid, np.where(small, mid + r, px1))
    inside = ~point & (x1 - x0 >= widths + 12)
    left = np.where(point, mid - r, x0)
    right = np.where(point, mid + r + lgap + widths, np.where(inside, x1, x1 + lgap + widths))
    mark_left = np.where(point, x0 - r, x0)
    mark_right = np.where(point, x1 + r, x1)
    return Footprints(
        rows, px0, px1, x0, mark_left, mark_right,
        rows.tolist(), shape.tolist(), x0.tolist(), x1.tolist(), widths.tolist(), inside.tolist(),
        left.tolist(), right.tolist(), (x1 - x0).tolist(),
    )  # fmt: skip


_NONE = np.zeros(0)
NO_FOOTPRINTS = Footprints(
    np.zeros(0, np.int32), _NONE, _NONE, _NONE, _NONE, _NONE, [], [], [], [], [], [], [], [], []
)
