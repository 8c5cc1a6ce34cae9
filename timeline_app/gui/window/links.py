"""Every panel shows the one document and the one selection.

Any view may change the selection, and all follow it; after a change of the timeline the
table and the article index follow at once, and the other panels once per command (not
per event), each only if what it shows may have changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtGui import QUndoCommand

from timeline_app.core.model import Article, Change, Event
from timeline_app.gui.panels.article_index import ArticleIndex
from timeline_app.gui.panels.filters import EventFilter, FilterBar
from timeline_app.gui.view.timeline_view import TimelineView
from timeline_app.gui.window.document import Document
from timeline_app.gui.window.key_ops import KeyEventsOps
from timeline_app.gui.window.status import StatusCounts
from timeline_app.gui.window.view_ops import ViewOps
from timeline_app.gui.window.window_panels import Panels


class PanelLinks:
    """Keeps the panels, the timeline view and the status counts in step with the document.

    Args:
        document: the project and its selection, which everything here follows.
        panels: the docks; view: the timeline view; filter_bar: the filter.
        index: the articles' facts the panels read (event counts, actors, places).
        counts: the status bar's counts.
        view_ops: hides the uncertain events when the project has some.
        key_ops: drops another project's key dates.
    """

    def __init__(
        self,
        document: Document,
        panels: Panels,
        view: TimelineView,
        filter_bar: FilterBar,
        index: ArticleIndex,
        counts: StatusCounts,
        view_ops: ViewOps,
        key_ops: KeyEventsOps,
    ) -> None:
        self.document = document
        self.panels = panels
        self.view = view
        self.filter_bar = filter_bar
        self.index = index
        self.counts = counts
        self.view_ops = view_ops
        self.key_ops = key_ops
        self.shown_article: str | None = None
        self._syncing = False
        self._generation = 0  # counts timeline changes, so that panels refresh once per change
        self._refreshed = -1
        self._article_generation = 0  # counts changes to the articles themselves
        self._panels_shown: dict[str, tuple] = {}  # what the Articles dock and filter choices show
        self._defer = False  # set while an import's command runs (see push_deferred)
        self._deferred: list[Callable[[], None]] = []  # what that command left for later
        panels.inspector.article_of = self.article_of
        self._connect()

    def _connect(self) -> None:
        doc, panels = self.document, self.panels
        doc.selection.changed.connect(self._selection_changed)
        doc.timelineChanged.connect(self._timeline_changed)
        doc.undo_stack.indexChanged.connect(lambda _i: self.refresh())
        panels.table.selectionModel().selectionChanged.connect(self._table_selection_changed)
        panels.article_view.eventClicked.connect(lambda event_id: doc.selection.set([event_id]))
        panels.articles_list.articleSelected.connect(self.show_article)
        panels.review_panel.currentChanged.connect(lambda i: doc.selection.set([i] if i else []))
        self.filter_bar.filterChanged.connect(self._filter_changed)
        self.view.selectionChanged.connect(doc.selection.set)
        self.view.viewChanged.connect(self.counts.update_range)

    # -- linked selection -----------------------------------------------------------------

    def _selection_changed(self, ids: list[str]) -> None:
        timeline = self.document.timeline
        inspector = self.panels.inspector
        current = ids[0] if ids else None
        if not self._syncing:
            self._select_in_table(ids)
        self.view.select(ids)
        shown = inspector.current_event
        if shown is not None and shown.id != current and timeline.has_event(shown.id):
            # Leaving an event keeps what was typed for it, if it is valid (like a
            # property editor); invalid input is dropped, never applied.
            inspector.apply()
        inspector.show_event(timeline.event(current) if current else None)
        if current:
            sources = timeline.event(current).sources
            article_id = next((s.article for s in sources if timeline.has_article(s.article)), None)
            if article_id:
                self.show_article(article_id)
        self.panels.article_view.set_selected(ids)
        self.counts.update()

    def _select_in_table(self, ids: list[str]) -> None:
        proxy, table = self.panels.proxy, self.panels.table
        selection = QItemSelection()
        for event_id in ids:
            row = proxy.row_of(event_id)
            if row is not None:
                selection.select(proxy.index(row, 0), proxy.index(row, proxy.columnCount() - 1))
        self._syncing = True
        try:
            model = table.selectionModel()
            model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if ids and (row := proxy.row_of(ids[0])) is not None:
                table.scrollTo(proxy.index(row, 0))
        finally:
            self._syncing = False

    def _table_selection_changed(self) -> None:
        if self._syncing:
            return
        proxy = self.panels.proxy
        rows = sorted({i.row() for i in self.panels.table.selectionModel().selectedRows()})
        self._syncing = True
        try:
            self.document.selection.set([proxy.event_id_at(r) for r in rows])
        finally:
            self._syncing = False

    def _filter_changed(self, value: EventFilter) -> None:
        self.panels.proxy.set_event_filter(value)
        self.view.set_filter(None if value.is_empty else value)  # answers for all events at once
        self._select_in_table(self.document.selection.ids)
        self.counts.update()

    # -- following the timeline -------------------------------------------------------------

    def push_deferred(self, command: QUndoCommand) -> list[Callable[[], None]]:
        """Push an import's ``command`` with the panels' refresh left for later: returns the
        steps that bring the table and the index up to date, each for a turn of the event
        loop of its own (see ImportOps.apply_import), before :meth:`refresh`."""
        self._defer = True
        try:
            self.document.push(command)
        finally:
            self._defer = False
        steps, self._deferred = self._deferred, []
        return steps

    def _timeline_changed(self, change: Change) -> None:
        table_model = self.panels.table_model
        if self._defer and change.kind == "reset":
            # An import: a reset reads the timeline as it is when it runs, so a later one
            # (an undo meanwhile) does no harm.
            self._deferred = [lambda: table_model.apply(change), lambda: self._index_reset(change)]
        else:
            # The table and the index first: the panels refreshed below read both.
            table_model.apply(change)
            self.index.apply(change)
        self._generation += 1
        self.key_ops.keeper.schedule()
        if change.what != "event":
            self._article_generation += 1
        if change.kind == "reset":
            self.key_ops.forget_key_events()  # another project: its key dates are still to be found
            self.refresh()

    def _index_reset(self, change: Change) -> None:
        self.index.apply(change)
        self._generation += 1  # the panels read the index: a refresh meanwhile read it stale

    def refresh(self) -> None:
        """Bring the panels up to date after a change (once per command, not per event)."""
        if self._defer or self._refreshed == self._generation:
            return
        self._refreshed = self._generation
        timeline = self.document.timeline
        panels, index = self.panels, self.index
        # Each panel only when what it shows may have changed: an edit of one event among
        # 100,000 refilled both for 0.4 s.
        if self._panel_is_stale("articles", index.counts_version):
            panels.articles_list.refresh(timeline, index.count)
        if self._panel_is_stale("choices", index.choices_version):
            self.filter_bar.refresh_choices(timeline, index.actors, index.places)
        self.filter_bar.debounce = len(timeline) > 5000
        inspector = panels.inspector
        if (current := inspector.current_event) is not None:
            inspector.show_event(timeline.event(current.id) if timeline.has_event(current.id) else None)
        if self.shown_article and not timeline.has_article(self.shown_article):
            self.shown_article = None
            panels.article_view.show_article(None, [], [])
        elif self.shown_article:
            self.show_article(self.shown_article, force=True)
        if panels.review_dock.isVisible():
            panels.review_panel.refresh()
        self.view_ops.sync_uncertain()
        self.counts.update()

    def _panel_is_stale(self, panel: str, version: int) -> bool:
        key = (version, self._article_generation)
        if self._panels_shown.get(panel) == key:
            return False
        self._panels_shown[panel] = key
        return True

    # -- the article shown ------------------------------------------------------------------

    def show_article(self, article_id: str, force: bool = False) -> None:
        timeline = self.document.timeline
        if article_id == self.shown_article and not force:
            return
        self.shown_article = article_id
        article = timeline.article(article_id)
        view = self.panels.article_view
        view.show_article(article, self._events_of(article_id), _highlights(article))
        view.set_selected(self.document.selection.ids)
        self.panels.articles_list.select_article(article_id)

    def articles_read(self, article_ids: list[str]) -> None:
        """Articles now keep their time expressions: the one shown gets its highlights."""
        if self.shown_article in article_ids:
            self.show_article(self.shown_article, force=True)

    def _events_of(self, article_id: str) -> list[Event]:
        timeline = self.document.timeline
        return [timeline.event(i) for i in self.index.event_ids(article_id) if timeline.has_event(i)]

    def article_of(self, event: Event) -> Article | None:
        """The first article that tells ``event`` (its date and language read typed dates)."""
        timeline = self.document.timeline
        return next(
            (timeline.article(s.article) for s in event.sources if timeline.has_article(s.article)), None
        )


def _highlights(article: Article) -> list[tuple[int, int, str]]:
    """The article's time expressions as the Article Text panel highlights them: those it keeps
    (from its import, or the project file); none while an article of a version 1 project waits
    for its reading (see :mod:`~timeline_app.gui.window.article_times`)."""
    marks = article.time_marks or ()
    return [(t.start, t.end, t.value + (f": {t.explanation}" if t.explanation else "")) for t in marks]
