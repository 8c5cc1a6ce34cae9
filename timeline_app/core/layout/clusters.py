"""What stands for events that are not drawn one by one: a bin's badge and its kinds, and
the events that found no row (shown as "+N")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from timeline_app.core.layout.columns import KINDS

if TYPE_CHECKING:
    from timeline_app.core.layout.layout import TimelineLayout

KIND_SAMPLE = 128
"""Kind proportions of a big cluster come from this many evenly spread events."""
TOP_KINDS = 4
"""A cluster shows its four commonest kinds; the rest share one neutral segment (-1)."""
_FEW_BINS = 8


@dataclass(slots=True)
class Leftovers:
    """Events that found no row, as arrays (a week's view of a million events drops
    thousands of long spans): shown in a "+N" near ``x`` and in the density marks.
    ``left``..``right`` is the extent of each one's mark (not its label)."""

    rows: np.ndarray
    x: np.ndarray
    left: np.ndarray
    right: np.ndarray

    @classmethod
    def of(cls, items: list[tuple[int, float, float, float]]) -> Leftovers:
        """From (row, x, left, right) tuples."""
        if not items:
            return NO_LEFTOVERS
        rows, x, left, right = zip(*items, strict=True)
        return cls(np.array(rows, np.int64), np.array(x), np.array(left), np.array(right))

    @classmethod
    def concat(cls, parts: list[Leftovers]) -> Leftovers:
        parts = [p for p in parts if len(p)]
        if len(parts) < 2:
            return parts[0] if parts else NO_LEFTOVERS
        return cls(*(np.concatenate([getattr(p, f) for p in parts]) for f in ("rows", "x", "left", "right")))

    def where(self, mask: np.ndarray) -> Leftovers:
        return Leftovers(self.rows[mask], self.x[mask], self.left[mask], self.right[mask])

    def cut(self, i: int, j: int) -> Leftovers:
        return Leftovers(self.rows[i:j], self.x[i:j], self.left[i:j], self.right[i:j])

    def meeting(self, left: float, right: float) -> Leftovers:
        return self.where((self.right >= left) & (self.left <= right)) if len(self) else self

    def __len__(self) -> int:
        return len(self.rows)


NO_LEFTOVERS = Leftovers(np.zeros(0, np.int64), np.zeros(0), np.zeros(0), np.zeros(0))


@dataclass(slots=True)
class Badge:
    """A cluster of one bin: ``k`` is its lane row, ``x`` its bin's left edge. Its kinds are
    worked out when it is first drawn (in :mod:`.frame`), most badges never are."""

    k: int
    x: float
    rows: np.ndarray
    first: float
    last: float
    bin: int  # on the absolute grid: floor(time / bin days)
    kinds: list[tuple[int, float]] | None = None

    @property
    def count(self) -> int:
        return len(self.rows)


def cluster_kinds(layout: TimelineLayout, rows: np.ndarray) -> list[tuple[int, float]]:
    """(kind index, share) of the commonest kinds among ``rows`` (an even sample of a big
    bin), largest first; the rest as one share of kind -1."""
    return bins_kinds(layout, [rows])[0]


def bins_kinds(layout: TimelineLayout, bins: list[np.ndarray]) -> list[list[tuple[int, float]]]:
    """:func:`cluster_kinds` of several bins at once (one table, one sort)."""
    n_kinds = len(KINDS)
    if not bins:
        return []
    table = np.bincount(_samples(layout, bins), minlength=len(bins) * n_kinds).reshape(len(bins), n_kinds)
    order = np.argsort(-table, axis=1, kind="stable")[:, :TOP_KINDS]
    counts = np.take_along_axis(table, order, axis=1)
    shares = counts / np.maximum(table.sum(axis=1, keepdims=True), 1)
    # What the top kinds leave, summed left to right as a loop over them would (adding the
    # zero shares of absent kinds changes nothing), and how many top kinds are present:
    # a frame at a new zoom asks for hundreds of bins, and a loop per bin was most of it.
    summed = shares[:, 0].copy()
    for j in range(1, shares.shape[1]):
        summed += shares[:, j]
    # Each bin's present kinds are the first of its TOP_KINDS pairs (counts sorted down).
    present = (counts > 0).sum(axis=1).tolist()
    pairs = list(zip(order.ravel().tolist(), shares.ravel().tolist(), strict=True))
    width = order.shape[1]
    out = [pairs[width * i : width * i + n] for i, n in enumerate(present)]
    for top, rest in zip(out, (1.0 - summed).tolist(), strict=True):
        if rest > 1e-9:
            top.append((-1, rest))
    return out


def _samples(layout: TimelineLayout, bins: list[np.ndarray]) -> np.ndarray:
    """Each bin's sample (its first ``KIND_SAMPLE`` events, or that many evenly spread) as
    kind + bin * kinds. A first paint at a new zoom asks for hundreds of badges: those are
    sampled in one go; a handful are quicker one by one (fewer numpy calls)."""
    n_kinds = len(KINDS)
    if len(bins) <= _FEW_BINS:
        parts = []
        for i, rows in enumerate(bins):
            n = len(rows)
            if n > KIND_SAMPLE:
                rows = rows[(np.arange(KIND_SAMPLE) * n) // KIND_SAMPLE]
            parts.append(layout.columns.kind[rows].astype(np.int64) + i * n_kinds)
        return np.concatenate(parts)
    lens = np.fromiter(map(len, bins), dtype=np.int64, count=len(bins))
    took = np.minimum(lens, KIND_SAMPLE)
    j = np.arange(int(took.sum())) - np.repeat(np.cumsum(took) - took, took)  # sample j of its bin
    # (j * n) // KIND_SAMPLE spreads the samples of a big bin; a small one's are j itself.
    at = (
        np.repeat(np.cumsum(lens) - lens, took)
        + (j * np.repeat(np.maximum(lens, KIND_SAMPLE), took)) // KIND_SAMPLE
    )
    rows = np.concatenate(bins)[at] if len(at) else np.zeros(0, np.int64)
    return layout.columns.kind[rows] + np.repeat(np.arange(len(bins)) * n_kinds, took)
