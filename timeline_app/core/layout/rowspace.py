"""The room left in a lane's rows, and the widths of event labels, for stacking.

Kept apart from :mod:`.stacking` because it is the one structure every first-fit test
goes through: its cost decides how fast a lane is stacked.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from timeline_app.core.layout.layout import TimelineLayout

TextWidth = Callable[[str], float]
LONG_PX = 600.0
"""Footprints wider than this are kept apart in a short list checked one by one."""


def label_widths(layout: TimelineLayout, rows: np.ndarray, text_width: TextWidth, limit: float) -> np.ndarray:
    """Label widths of ``rows`` up to ``limit`` (:meth:`TimelineLayout.label`), measured once per
    event and cached in the columns (whole, so that a view allowing longer labels needs no new measuring)."""
    cols = layout.columns
    widths = cols.label_width[rows]
    missing = np.flatnonzero(np.isnan(widths))
    for i in missing.tolist():
        row = int(rows[i])
        event = cols.events[row]
        label = layout.label(event) if event is not None else ""
        w = text_width(label) if label else 0.0
        cols.label_width[row] = w
        widths[i] = w
    return np.minimum(widths, limit)


class RowSpace:
    """The stretches taken in each row of a lane: sorted short ones, and a few long ones.

    Short footprints are found by a binary search and a look back of at most
    ``LONG_PX``; long ones (a year seen at the scale of days) are checked one by one,
    which keeps a first-fit test cheap however many events the stacking has grown to.
    """

    def __init__(self, rows: int) -> None:
        self.lefts: list[list[float]] = [[] for _ in range(rows)]
        self.rights: list[list[float]] = [[] for _ in range(rows)]
        self.long: list[list[tuple[float, float]]] = [[] for _ in range(rows)]

    def first_free(self, left: float, right: float, gap: float) -> int:
        """The first row where ``left``..``right`` fits with ``gap`` to spare (then taken), or -1.

        The test of each row is written out here rather than called: this loop runs for
        every event of every chunk stacked at a new zoom, and a call per row was a third of it."""
        reach = left - LONG_PX - gap
        end = right + gap
        bisect_left = bisect.bisect_left
        for k, lefts in enumerate(self.lefts):
            at = bisect_left(lefts, left)
            if at < len(lefts) and lefts[at] < end:
                continue
            rights = self.rights[k]
            j = at - 1
            while j >= 0 and lefts[j] > reach:
                if rights[j] + gap > left:
                    break
                j -= 1
            else:
                longs = self.long[k]
                if longs and any(a < end and b + gap > left for a, b in longs):
                    continue
                if right - left > LONG_PX:
                    longs.append((left, right))
                else:  # where the search above found it goes
                    lefts.insert(at, left)
                    rights.insert(at, right)
                return k
        return -1

    def take(self, k: int, left: float, right: float) -> None:
        if right - left > LONG_PX:
            self.long[k].append((left, right))
            return
        at = bisect.bisect_left(self.lefts[k], left)
        self.lefts[k].insert(at, left)
        self.rights[k].insert(at, right)

    def release(self, k: int, left: float, right: float) -> None:
        if right - left > LONG_PX:
            self.long[k].remove((left, right))
            return
        at = bisect.bisect_left(self.lefts[k], left)
        del self.lefts[k][at], self.rights[k][at]
