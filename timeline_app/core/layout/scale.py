"""TimeScale: the one mapping between time (float days since 1970-01-01) and x pixels.

Everything that draws or hit-tests goes through it, so a zoom or a pan is a change of
two numbers (the time at the left edge and the days per pixel) and the rest follows.
Zoom keeps the time under the cursor fixed, as in every map or timeline people know,
and the visible span is held between a few minutes and ten thousand years so that
numbers stay well inside float precision, BCE included.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from timeline_app.core.dates import MAX_YEAR, days_from_civil

MINUTE_DAYS = 1.0 / 1440.0
YEAR_DAYS = 365.2425
MIN_SPAN_DAYS = 10 * MINUTE_DAYS
"""The narrowest view: ten minutes across the whole width."""
MAX_SPAN_DAYS = 2_000_000 * YEAR_DAYS
"""The widest view: two million years across the whole width (every year a date can hold)."""
EARLIEST_DAYS = float(days_from_civil(-MAX_YEAR, 1, 1))
LATEST_DAYS = float(days_from_civil(MAX_YEAR, 12, 31))
"""Views never leave the years a :class:`FuzzyDate` can hold (999,999 either side of year 0)."""


@dataclass(frozen=True, slots=True)
class TimeScale:
    """A linear map from days to pixels over a plot ``width`` pixels wide.

    ``start`` is the time at x = ``x0`` (the plot's left edge, in the same pixels the
    painter uses), ``days_per_px`` the zoom. Frozen: zooming returns a new scale,
    which makes undo of view changes and comparisons in tests trivial.
    """

    start: float
    days_per_px: float
    width: float
    x0: float = 0.0

    def __post_init__(self) -> None:
        if not self.width > 0:
            raise ValueError(f"a time scale needs a positive width, not {self.width}")
        if not self.days_per_px > 0:
            raise ValueError(f"days per pixel must be positive, not {self.days_per_px}")

    # -- construction ------------------------------------------------------------

    @classmethod
    def fit(
        cls,
        first: float,
        last: float,
        width: float,
        x0: float = 0.0,
        margin: float = 0.04,
        right: float = 0.0,
    ) -> TimeScale:
        """A scale showing ``first``..``last`` with ``margin`` (a fraction) of air on each side,
        and ``right`` more pixels (at most half the width) kept free on the right, where the
        labels of the last events go."""
        if last < first:
            first, last = last, first
        span = max(last - first, MIN_SPAN_DAYS)
        usable = width - min(max(right, 0.0), width / 2)
        start = (first + last) / 2 - span / 2 - margin * span
        return cls(start, span * (1 + 2 * margin) / usable, width, x0)._clamped()

    # -- mapping -------------------------------------------------------------------

    @property
    def end(self) -> float:
        """Time at the right edge of the plot."""
        return self.start + self.width * self.days_per_px

    @property
    def span(self) -> float:
        return self.width * self.days_per_px

    @property
    def seconds_per_px(self) -> float:
        return self.days_per_px * 86400.0

    def x_of(self, days: float) -> float:
        """Pixel of a time (may lie outside the plot)."""
        return self.x0 + (days - self.start) / self.days_per_px

    def xs_of(self, days: np.ndarray) -> np.ndarray:
        """Vectorised :meth:`x_of` for a numpy array of times."""
        return self.x0 + (np.asarray(days, dtype=np.float64) - self.start) / self.days_per_px

    def days_at(self, x: float) -> float:
        """Time under a pixel."""
        return self.start + (x - self.x0) * self.days_per_px

    def visible_range(self) -> tuple[float, float]:
        return self.start, self.end

    # -- navigation ----------------------------------------------------------------

    def zoom(self, factor: float, anchor_x: float | None = None) -> TimeScale:
        """Zoom in by ``factor`` (> 1 zooms in) keeping the time under ``anchor_x`` fixed.

        The span is clamped to ``MIN_SPAN_DAYS``..``MAX_SPAN_DAYS``; when clamped the
        anchor still stays put, so zooming against a limit never slides the view.
        """
        if not factor > 0:
            raise ValueError(f"zoom factor must be positive, not {factor}")
        if anchor_x is None:
            anchor_x = self.x0 + self.width / 2
        anchor_t = self.days_at(anchor_x)
        dpp = self.days_per_px / factor
        dpp = min(max(dpp, MIN_SPAN_DAYS / self.width), MAX_SPAN_DAYS / self.width)
        start = anchor_t - (anchor_x - self.x0) * dpp
        return replace(self, start=start, days_per_px=dpp)._clamped()

    def pan(self, dx_px: float) -> TimeScale:
        """Move the view so that content slides ``dx_px`` pixels right (drag to the right)."""
        return replace(self, start=self.start - dx_px * self.days_per_px)._clamped()

    def pan_days(self, days: float) -> TimeScale:
        return replace(self, start=self.start + days)._clamped()

    def with_width(self, width: float, x0: float | None = None) -> TimeScale:
        """Same left time and zoom on a plot of another width (a resized window)."""
        return replace(self, width=width, x0=self.x0 if x0 is None else x0)._clamped()

    def zoom_to(self, first: float, last: float) -> TimeScale:
        """Show exactly ``first``..``last`` (clamped to the zoom limits), same width."""
        return TimeScale.fit(first, last, self.width, self.x0, margin=0.0)

    def _clamped(self) -> TimeScale:
        dpp = min(max(self.days_per_px, MIN_SPAN_DAYS / self.width), MAX_SPAN_DAYS / self.width)
        span = dpp * self.width
        start = min(max(self.start, EARLIEST_DAYS), LATEST_DAYS - span)
        if start == self.start and dpp == self.days_per_px:
            return self
        return replace(self, start=start, days_per_px=dpp)
