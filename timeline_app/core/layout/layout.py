"""TimelineLayout: lanes and an index over time, kept up to date as the timeline changes.

The zoom-independent half of the layout lives here: one entry ("item") per event and
lane, sorted by lane then start, with a running maximum of the ends so that the items
overlapping any time window are found by two binary searches. The zoom-dependent half
(rows, clusters, density marks) is computed per view in :mod:`.frame` from only what
is visible, so the cost of a frame follows the view, not the total count.

An edit of one event touches its column row and its few items (a delete and an insert
in sorted arrays), which keeps it in the low milliseconds at 100,000 events.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from itertools import chain
from operator import attrgetter

import numpy as np

from timeline_app.core.dates import dense_run
from timeline_app.core.lanes import CountryOf, Lane, LaneKeys, LaneMode
from timeline_app.core.layout.columns import EventColumns, Shape
from timeline_app.core.layout.stack_cache import StackCache
from timeline_app.core.model import Article, Change, Event, Timeline

EventFilter = Callable[[Event], bool] | Collection[str] | None
_ACTORS = attrgetter("actors")
DENSE_SHARE = 0.95
"""A first look at a timeline frames at least this share of its events (:meth:`TimelineLayout.dense_span`)."""
NEWS_REACH = 366.0
"""Events up to this many days from an article's publication day are its news (see dense_span)."""
NEWS_SQUEEZE = 3.0
"""A first look leaves history out when framing it would squeeze the news into a third of the view or less."""
_BULK = 2000
"""Past this many changed events, rebuilding is cheaper than patching."""


class TimelineLayout:
    """Lanes, items and the time index for one timeline (or a plain list of events)."""

    def __init__(
        self,
        events: Iterable[Event] = (),
        articles: Iterable[Article] = (),
        mode: LaneMode | str = LaneMode.NONE,
        country_of: CountryOf | None = None,
        title: str = "",
    ) -> None:
        self.mode = LaneMode(mode)
        self.country_of = country_of
        self.title = title
        self.articles: list[Article] = list(articles)
        self.version = 0
        self.stacks = StackCache()  # rows per zoom level, kept while panning (see .stack_cache)
        self.rebuilt = 0  # the version of the last change that moved every item (rebuild, filter)
        self.edited: list[tuple[int, int]] = []  # (version, row) of events changed one by one since
        self._filter: EventFilter = None
        self.key_sources: dict[str, int] | None = None  # Key Events mode (see set_key_events)
        self.columns = EventColumns(events)
        self._rebuild_items()
        self._update_publications()

    @classmethod
    def of(cls, timeline: Timeline, mode: LaneMode | str = LaneMode.NONE, **kw) -> TimelineLayout:
        return cls(timeline.iter_events(), timeline.articles, mode, title=timeline.title, **kw)

    # -- building ----------------------------------------------------------------

    def _rebuild_items(self) -> None:
        cols = self.columns
        self.lane_keys = LaneKeys(self.mode, self.articles, self.country_of)
        keys_of = self.lane_keys.keys
        dated = cols.alive & (cols.shape != Shape.UNDATED)
        rows = np.flatnonzero(dated)
        counts: dict[str, int] = {}
        item_keys: list[str] | None = None
        if self.mode is LaneMode.NONE:
            item_rows = rows
            if len(rows):
                counts[""] = len(rows)
        else:
            events = cols.events
            picked = [events[r] for r in rows.tolist()]
            if self.mode is LaneMode.ACTOR:
                # The common case without a method call per event: actors, or the catch-all.
                per_row = [a if len(a) == 1 else (a if a else ("",)) for a in map(_ACTORS, picked)]
                per_row = [ks if len(ks) < 2 or len(set(ks)) == len(ks) else tuple(dict.fromkeys(ks))
                           for ks in per_row]  # fmt: skip
            else:
                per_row = list(map(keys_of, picked))  # type: ignore[arg-type]
            item_keys = list(chain.from_iterable(per_row))
            counts = dict(Counter(item_keys))
            lens = np.fromiter(map(len, per_row), dtype=np.int64, count=len(per_row))
            item_rows = np.repeat(rows, lens)
        order = self.lane_keys.order(counts)
        self.lanes = [Lane(k, self.lane_keys.title(k)) for k in order]
        self.lane_index = {k: i for i, k in enumerate(order)}
        if item_keys is None:
            item_lane = np.zeros(len(item_rows), dtype=np.int32)
        else:
            idx = self.lane_index
            item_lane = np.fromiter(map(idx.__getitem__, item_keys), dtype=np.int32, count=len(item_keys))
        starts = cols.start[item_rows]
        sort = np.lexsort((starts, item_lane))
        self.item_row = item_rows[sort].astype(np.int32)
        self.item_lane = item_lane[sort]
        self.item_start = starts[sort]
        self.lane_offsets = np.searchsorted(self.item_lane, np.arange(len(self.lanes) + 1)).astype(np.int64)
        self.item_maxend = np.empty(len(self.item_row))
        for lane in range(len(self.lanes)):
            self._refresh_maxend(lane)
        self.undated_rows = np.flatnonzero(cols.alive & (cols.shape == Shape.UNDATED))
        self._apply_filter()
        self.version += 1
        self._moved_all()

    def _moved_all(self) -> None:
        self.rebuilt = self.version
        self.edited.clear()

    def _edited(self, rows: list[int]) -> None:
        """Note ``rows`` as changed in this version: row stackings follow them one by one."""
        if len(self.edited) + len(rows) > _BULK:
            self._moved_all()
        else:
            self.edited += [(self.version, row) for row in rows]

    def _refresh_maxend(self, lane: int) -> None:
        lo, hi = self.lane_offsets[lane], self.lane_offsets[lane + 1]
        if hi > lo:
            ends = self.columns.end[self.item_row[lo:hi]]
            np.maximum.accumulate(ends, out=self.item_maxend[lo:hi])

    def _update_publications(self) -> None:
        pubs = [(a.published.start_days, a) for a in self.articles if a.published is not None]
        pubs.sort(key=lambda p: p[0])
        self.publication_days = np.array([p[0] for p in pubs], dtype=np.float64)
        self.publication_articles = [p[1] for p in pubs]

    # -- options -------------------------------------------------------------------

    def set_mode(self, mode: LaneMode | str, country_of: CountryOf | None = None) -> None:
        self.mode = LaneMode(mode)
        if country_of is not None:
            self.country_of = country_of
        self._rebuild_items()

    def set_filter(self, wanted: EventFilter) -> None:
        """Show only events for which ``wanted(event)`` is true, or whose id is in ``wanted``.

        A predicate with a ``select(events) -> [bool]`` method is asked once for all events
        (the window's filter does this: one call an event cost most of a filter change).
        """
        self._filter = wanted
        self._apply_filter()
        self.version += 1
        self._moved_all()

    def set_key_events(self, sources: Mapping[str, int] | None) -> None:
        """Key Events mode: only the events of ``sources`` (id -> how many articles tell it)
        take rows, labelled with their source counts (:meth:`label`); every other event the
        filter shows is counted in the density band (:attr:`background`). None: off."""
        self.key_sources = dict(sources) if sources is not None else None
        self.columns.label_width[:] = np.nan  # labels gain or lose their source counts
        self._apply_filter()
        self.version += 1
        self._moved_all()

    @property
    def keyed(self) -> bool:
        return self.key_sources is not None

    def label(self, event: Event) -> str:
        """What an event's label says: its title, and in Key Events mode its source count."""
        return event.title + self.label_suffix(event)

    def label_suffix(self, event: Event) -> str:
        """ " (12 sources)" after a key event's title in Key Events mode, else ""."""
        n = self.key_sources.get(event.id) if self.key_sources is not None else None
        return "" if n is None else f" ({n} source{'s' * (n != 1)})"

    def _apply_filter(self) -> None:
        self._apply_event_filter()
        self.background: np.ndarray | None = None
        if self.key_sources is not None:
            cols = self.columns
            key = np.zeros(len(cols), dtype=bool)
            rows = [cols.row_of[i] for i in self.key_sources if i in cols.row_of]
            key[np.array(rows, dtype=np.int64)] = True
            self.background = self.visible & ~key
            self.visible &= key
            self.filtered = True

    def _apply_event_filter(self) -> None:
        cols, wanted = self.columns, self._filter
        if wanted is None:
            self.visible = cols.alive.copy()
            self.filtered = False
            return
        bulk = getattr(wanted, "select", None)  # a predicate that answers for many events at once
        if callable(bulk):
            mask = np.fromiter(bulk(cols.events), bool, len(cols))
        elif callable(wanted):
            mask = np.fromiter((e is not None and wanted(e) for e in cols.events), bool, len(cols))
        else:
            mask = np.zeros(len(cols), dtype=bool)
            rows = [cols.row_of[i] for i in wanted if i in cols.row_of]
            mask[np.array(rows, dtype=np.int64)] = True
        self.visible = mask & cols.alive
        self.filtered = True

    # -- reading -------------------------------------------------------------------

    def __len__(self) -> int:
        return self.columns.live_count

    def event(self, row: int) -> Event:
        event = self.columns.events[row]
        if event is None:
            raise KeyError(row)
        return event

    def row_of(self, event_id: str) -> int | None:
        return self.columns.row_of.get(event_id)

    def date_span(self, ids: Collection[str] | None = None) -> tuple[float, float] | None:
        """(first start, last end) of the shown dated events (in Key Events mode those of the
        density band too), or of ``ids``."""
        cols = self.columns
        if ids is None:
            shown = self.visible if self.background is None else self.visible | self.background
            mask = shown & (cols.shape != Shape.UNDATED)
        else:
            rows = [cols.row_of[i] for i in ids if i in cols.row_of]
            mask = np.zeros(len(cols), dtype=bool)
            mask[np.array(rows, dtype=np.int64)] = True
            mask &= cols.shape != Shape.UNDATED
        if not mask.any():
            return None
        return float(cols.start[mask].min()), float(cols.end[mask].max())

    def dense_span(self, share: float = DENSE_SHARE) -> tuple[float, float, int] | None:
        """(first, last, left out): the span a first look at the timeline frames, and how many
        shown dated events it leaves out. That is every event, unless a few lie so far away
        (background history, a far plan) that framing them would squeeze the rest into a
        sliver: then the shortest stretch holding ``share`` of them
        (:func:`~timeline_app.core.dates.dense_run`).

        When the articles have publication days, the news is what happened around them: if
        the events within :data:`NEWS_REACH` of a publication day are most of the events,
        and the stretch holding ``share`` of all events is over :data:`NEWS_SQUEEZE` times
        as long as theirs (a collection whose stories recall decades of history), the first
        look frames the news and leaves the history out."""
        cols = self.columns
        shown = self.visible if self.background is None else self.visible | self.background
        mask = shown & (cols.shape != Shape.UNDATED)
        if not mask.any():
            return None
        starts, ends = cols.start[mask], cols.end[mask]
        order = np.argsort(starts, kind="stable")
        starts, ends = starts[order], ends[order]
        first, end = dense_run(starts, share)
        lo, hi = float(starts[first]), float(ends[first:end].max())
        news = self._news_span(starts, ends, share)
        if news is not None and hi - lo > NEWS_SQUEEZE * (news[1] - news[0]):
            lo, hi = news
            inside = (starts <= hi) & (ends >= lo)
            return lo, hi, len(starts) - int(inside.sum())
        return lo, hi, len(starts) - (end - first)

    def _news_span(self, starts: np.ndarray, ends: np.ndarray, share: float) -> tuple[float, float] | None:
        """(first, last) of the dense stretch of the events near a publication day, or None
        when there are no publication days or those events are not most of the events."""
        pubs = self.publication_days
        if not len(pubs):
            return None
        at = np.searchsorted(pubs, starts)
        before, after = pubs[np.maximum(at - 1, 0)], pubs[np.minimum(at, len(pubs) - 1)]
        gap = np.minimum(np.abs(starts - before), np.abs(starts - after))
        near = gap <= NEWS_REACH
        if 2 * int(near.sum()) < len(starts):
            return None
        near_starts, near_ends = starts[near], ends[near]
        first, end = dense_run(near_starts, share)
        return float(near_starts[first]), max(
            float(near_ends[first:end].max()), float(near_starts[first]) + 1.0
        )

    def lane_slice(self, lane: int, first: float, last: float) -> tuple[int, int]:
        """Item positions of ``lane`` whose span may overlap ``first``..``last``.

        Items in the slice whose end is before ``first`` are possible (the running
        maximum only bounds from below); callers mask them with the ends.
        """
        lo, hi = int(self.lane_offsets[lane]), int(self.lane_offsets[lane + 1])
        a = lo + int(np.searchsorted(self.item_maxend[lo:hi], first, side="right"))
        b = lo + int(np.searchsorted(self.item_start[lo:hi], last, side="right"))
        return a, max(a, b)

    # -- changes -------------------------------------------------------------------

    def apply(self, change: Change, timeline: Timeline | None = None) -> None:
        """Follow a :class:`Change` of ``timeline`` (a ``Timeline.subscribe`` listener)."""
        if change.what == "article" or change.what == "timeline":
            if timeline is not None:
                self.articles = timeline.articles
                self.title = timeline.title
            if change.kind == "reset" and timeline is not None:
                self.columns = EventColumns(timeline.iter_events())
                self._rebuild_items()
            elif self.mode is LaneMode.ARTICLE:
                self._rebuild_items()
            self._update_publications()
            self.version += 1
            return
        if timeline is None:
            raise ValueError("event changes need the timeline to read the events from")
        if change.kind == "removed":
            self.remove_events(change.ids)
        else:
            self.put_events([timeline.event(i) for i in change.ids])

    def put_events(self, events: list[Event]) -> None:
        """Add new events or replace edited ones (matched by id)."""
        cols = self.columns
        if len(events) > _BULK:
            self._store(events)
            self._rebuild_items()
            return
        for i, event in enumerate(events):
            row = cols.row_of.get(event.id)
            if row is not None:
                self._drop_items(row)
                cols.set_row(row, event)
            else:
                row = cols.append([event])[0]
            if not self._insert_items(row):
                self._store(events[i + 1 :])  # the rest of the batch must not be lost
                self._rebuild_items()
                return
        rows = [cols.row_of[e.id] for e in events]
        self._refilter_rows(rows)
        self.version += 1
        self._edited(rows)

    def _store(self, events: list[Event]) -> None:
        """Put events into the columns only (the caller rebuilds the items)."""
        cols = self.columns
        new = [e for e in events if e.id not in cols.row_of]
        for e in events:
            if e.id in cols.row_of:
                cols.set_row(cols.row_of[e.id], e)
        cols.append(new)

    def remove_events(self, ids: Iterable[str]) -> None:
        cols = self.columns
        rows = [cols.row_of[i] for i in ids if i in cols.row_of]
        if len(rows) > _BULK:
            for row in rows:
                cols.kill(row)
            self._rebuild_items()
            return
        for row in rows:
            self._drop_items(row)
            cols.kill(row)
            self.visible[row] = False
            if self.background is not None:
                self.background[row] = False
        self.version += 1
        self._edited(rows)

    def _refilter_rows(self, rows: list[int]) -> None:
        grow = len(self.columns) - len(self.visible)
        if grow > 0:
            self.visible = np.concatenate([self.visible, np.zeros(grow, dtype=bool)])
            if self.background is not None:
                self.background = np.concatenate([self.background, np.zeros(grow, dtype=bool)])
        wanted, key = self._filter, self.key_sources
        for row in rows:
            event = self.columns.events[row]
            if event is None:
                shown = False
            elif wanted is None:
                shown = True
            elif callable(wanted):
                shown = bool(wanted(event))
            else:
                shown = event.id in wanted
            if key is None or self.background is None:
                self.visible[row] = shown
            else:
                is_key = event is not None and event.id in key
                self.visible[row] = shown and is_key
                self.background[row] = shown and not is_key

    def _drop_items(self, row: int) -> None:
        cols = self.columns
        if cols.shape[row] == Shape.UNDATED:
            self.undated_rows = self.undated_rows[self.undated_rows != row]
            return
        at = np.flatnonzero(self.item_row == row)
        if not len(at):
            return
        lanes = np.unique(self.item_lane[at])
        self.item_row = np.delete(self.item_row, at)
        self.item_lane = np.delete(self.item_lane, at)
        self.item_start = np.delete(self.item_start, at)
        self.item_maxend = np.delete(self.item_maxend, at)
        self.lane_offsets = np.searchsorted(self.item_lane, np.arange(len(self.lanes) + 1)).astype(np.int64)
        for lane in lanes.tolist():
            self._refresh_maxend(lane)

    def _insert_items(self, row: int) -> bool:
        """Insert the items of ``row``; False when it needs a lane that does not exist yet."""
        cols = self.columns
        if cols.shape[row] == Shape.UNDATED:
            self.undated_rows = np.sort(np.append(self.undated_rows, row))
            return True
        event = cols.events[row]
        assert event is not None
        lanes = []
        for key in self.lane_keys.keys(event):
            lane = self.lane_index.get(key)
            if lane is None:
                return False
            lanes.append(lane)
        start = cols.start[row]
        for lane in sorted(lanes, reverse=True):
            lo, hi = int(self.lane_offsets[lane]), int(self.lane_offsets[lane + 1])
            at = lo + int(np.searchsorted(self.item_start[lo:hi], start, side="right"))
            self.item_row = np.insert(self.item_row, at, row)
            self.item_lane = np.insert(self.item_lane, at, lane)
            self.item_start = np.insert(self.item_start, at, start)
            self.item_maxend = np.insert(self.item_maxend, at, 0.0)
            self.lane_offsets[lane + 1 :] += 1
        for lane in lanes:
            self._refresh_maxend(lane)
        return True

    def kind_counts(self) -> np.ndarray:
        """Visible events per kind (index into KINDS), cached until the next change."""
        cached = getattr(self, "_kind_counts", None)
        if cached is not None and cached[0] == self.version:
            return cached[1]
        from timeline_app.core.layout.columns import KINDS

        counts = np.bincount(self.columns.kind[self.visible], minlength=len(KINDS))
        self._kind_counts = (self.version, counts)
        return counts

    def lane_count(self, lane: int) -> int:
        return int(self.lane_offsets[lane + 1] - self.lane_offsets[lane])
