"""The status bar: where operations say what they did, and what the labels count."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QLabel

from timeline_app.core.dates import FuzzyDate
from timeline_app.gui.panels.article_index import ArticleIndex
from timeline_app.gui.panels.event_table import EventProxyModel
from timeline_app.gui.panels.filters import FilterBar
from timeline_app.gui.view.key_view import KeyEventsKeeper
from timeline_app.gui.view.timeline_view import TimelineView
from timeline_app.gui.window.document import Document


class StatusLine(Protocol):
    """Where an operation says what it did (the window's QStatusBar)."""

    def showMessage(self, text: str, timeout: int = ...) -> None: ...


def count_text(n: int, noun: str) -> str:
    """ "1 article", "3 articles", "100,000 events"."""
    return f"{n} {noun}" if n == 1 else f"{n:,} {noun}s"


class StatusCounts:
    """The status bar's two labels: what the project holds and shows ("1,204 events ·
    1,180 shown · 12 articles · 3 selected") and the span the timeline shows."""

    def __init__(
        self,
        document: Document,
        index: ArticleIndex,
        proxy: EventProxyModel,
        filter_bar: FilterBar,
        key_events: KeyEventsKeeper,
        view: TimelineView,
        counts_label: QLabel,
        range_label: QLabel,
    ) -> None:
        self.document = document
        self.index = index
        self.proxy = proxy
        self.filter_bar = filter_bar
        self.key_events = key_events
        self.view = view
        self.counts_label = counts_label
        self.range_label = range_label

    def hidden_uncertain(self) -> int:
        """How many events View > Show Uncertain Events hides now."""
        return self.index.uncertain if self.filter_bar.hide_uncertain else 0

    def key_events_text(self) -> str:
        """The part on Key Events ("" when off)."""
        keeper = self.key_events
        if not keeper.on:
            return ""
        if not keeper.result_on:
            return "finding key dates…"
        n = len(keeper.result.dates)
        return f"{n:,} key date{'s' * (n != 1)}"

    def update(self) -> None:
        timeline = self.document.timeline
        total = len(timeline)
        shown = self.proxy.rowCount()
        pending = self.index.pending
        parts = [count_text(total, "event")]
        if shown != total:
            parts.append(f"{shown:,} shown")
        hidden = self.hidden_uncertain()
        if hidden:
            parts.append(f"{hidden:,} uncertain hidden")
        parts.append(count_text(len(timeline.articles), "article"))
        if pending:
            parts.append(f"{pending:,} to review")
        selected = len(self.document.selection.ids)
        if selected:
            parts.append(f"{selected:,} selected")
        key_text = self.key_events_text()
        if key_text:
            parts.append(key_text)
        self.counts_label.setText(" · ".join(parts))
        self.update_range()

    def update_range(self, *_args: object) -> None:
        span = self.view.visible_range()
        if span is None:
            self.range_label.setText("")
            return
        try:
            first = FuzzyDate.from_days(span[0]).label()
            last = FuzzyDate.from_days(span[1]).label()
        except ValueError:
            self.range_label.setText("")
            return
        self.range_label.setText(f"Showing {first} – {last}")


def left_out_note(left_out: int) -> str:
    """What a status message adds when the first look at a timeline leaves far-off events out
    (:meth:`TimelineView.fit_dense`)."""
    if not left_out:
        return ""
    events = "event" if left_out == 1 else "events"
    return f"; {left_out:,} far-off {events} outside the view (Fit All shows every event)"
