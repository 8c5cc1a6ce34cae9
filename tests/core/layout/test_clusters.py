"""A cluster's kinds: sampled for many bins in one pass, as one bin at a time would be."""

from __future__ import annotations

from collections import Counter

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.layout import LaneMode, TimelineLayout
from timeline_app.core.layout.clusters import KIND_SAMPLE, TOP_KINDS, bins_kinds
from timeline_app.core.synthetic import synthetic_timeline

_LAYOUT = TimelineLayout.of(synthetic_timeline(2000, years=2, seed=5), LaneMode.NONE)


def reference_kinds(rows: list[int]) -> list[tuple[int, float]]:
    """The commonest kinds of an even sample of ``rows``, counted one event at a time."""
    n = len(rows)
    sample = [rows[(i * n) // KIND_SAMPLE] for i in range(KIND_SAMPLE)] if n > KIND_SAMPLE else rows
    counts = Counter(int(_LAYOUT.columns.kind[row]) for row in sample)
    top = sorted(counts.items(), key=lambda kc: (-kc[1], kc[0]))[:TOP_KINDS]
    shares = [(k, c / max(len(sample), 1)) for k, c in top]
    rest = 1.0 - sum(share for _, share in shares)
    return [*shares, (-1, rest)] if rest > 1e-9 else shares


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.lists(st.integers(0, len(_LAYOUT.columns.events) - 1), max_size=400), min_size=1, max_size=20)
)
def test_kinds_of_many_bins_are_each_bins_kinds(bins) -> None:
    got = bins_kinds(_LAYOUT, [np.array(b, dtype=np.int64) for b in bins])
    assert got == [reference_kinds(b) for b in bins]  # the same floats, not merely close ones
