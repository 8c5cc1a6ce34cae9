"""Every change to the timeline as a QUndoCommand, so that one QUndoStack undoes anything.

Each command keeps the values it replaced (events are frozen, so keeping the old
object is enough) and restores them exactly: after undo, a saved project is
byte for byte the file it was before. Removing and re-adding an event would move
it to the end of the timeline's order, so commands that remove events restore the
previous order on undo.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtGui import QUndoCommand

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.model import Article, Event, Origin, Status, Timeline, new_id


def _restore_order(timeline: Timeline, order: Sequence[str]) -> None:
    """Put the events back in ``order`` (ids not in it keep their place at the end)."""
    current = [e.id for e in timeline.iter_events()]
    if current == list(order):
        return
    rank = {event_id: i for i, event_id in enumerate(order)}
    events = sorted(timeline.events, key=lambda e: rank.get(e.id, len(rank)))
    timeline.replace_all(timeline.title, timeline.articles, events)


class AddEventsCommand(QUndoCommand):
    """Add new events (a manual event, a duplicate, an event from a text selection)."""

    def __init__(self, timeline: Timeline, events: Iterable[Event], text: str = "Add event") -> None:
        super().__init__(text)
        self.timeline = timeline
        self.events = list(events)

    def redo(self) -> None:
        _add_each(self.timeline, self.events)

    def undo(self) -> None:
        self.timeline.remove_events([e.id for e in self.events])


class DeleteEventsCommand(QUndoCommand):
    def __init__(self, timeline: Timeline, ids: Iterable[str], text: str | None = None) -> None:
        self.ids = [i for i in dict.fromkeys(ids) if timeline.has_event(i)]
        super().__init__(text or (f"Delete {len(self.ids)} events" if len(self.ids) != 1 else "Delete event"))
        self.timeline = timeline
        self.removed: list[Event] = []
        self.order: list[str] = []

    def redo(self) -> None:
        self.order = [e.id for e in self.timeline.iter_events()]
        self.removed = self.timeline.remove_events(self.ids)

    def undo(self) -> None:
        self.timeline.add_events(self.removed)
        _restore_order(self.timeline, self.order)


class UpdateEventsCommand(QUndoCommand):
    """Replace events by new versions with the same ids: edits, date moves, marks."""

    def __init__(self, timeline: Timeline, new: Iterable[Event], text: str = "Edit event") -> None:
        super().__init__(text)
        self.timeline = timeline
        self.new = list(new)
        self.old = [timeline.event(e.id) for e in self.new]

    def redo(self) -> None:
        self.timeline.update_events(self.new)

    def undo(self) -> None:
        self.timeline.update_events(self.old)


class ImportArticlesCommand(QUndoCommand):
    """Add articles with the events extracted from them, as one step.

    ``updated`` are existing events that the new articles also tell (the extractor's
    merge added their sources); undo gives the old versions back.
    """

    def __init__(
        self,
        timeline: Timeline,
        articles: Sequence[Article],
        events: Sequence[Event],
        updated: Sequence[Event] = (),
    ) -> None:
        n = len(articles)
        super().__init__(f"Import {n} articles" if n != 1 else f"Import “{articles[0].title[:40]}”")
        self.timeline = timeline
        self.articles = list(articles)
        self.events = list(events)
        self.updated = {e.id: e for e in updated}
        self.before: tuple[list[Article], list[Event]] | None = None

    # One "reset" for the whole import, not one notification per article: every view
    # rebuilds once (200 articles: one relayout instead of 200), and a view never has
    # to patch itself event by event for a batch.

    def redo(self) -> None:
        timeline = self.timeline
        articles, events = timeline.articles, timeline.events
        self.before = (articles, events)
        kept = [self.updated.get(e.id, e) for e in events]
        timeline.replace_all(timeline.title, [*articles, *self.articles], [*kept, *self.events])

    def undo(self) -> None:
        assert self.before is not None
        self.timeline.replace_all(self.timeline.title, *self.before)


class ReplaceContentsCommand(QUndoCommand):
    """Swap in new articles and events as one step (remove or re-extract articles).

    Views get one "reset" either way, as for an import; undo swaps the old lists back.
    """

    def __init__(
        self, timeline: Timeline, articles: Sequence[Article], events: Sequence[Event], text: str
    ) -> None:
        super().__init__(text)
        self.timeline = timeline
        self.after = (list(articles), list(events))
        self.before = (timeline.articles, timeline.events)

    def redo(self) -> None:
        self.timeline.replace_all(self.timeline.title, *self.after)

    def undo(self) -> None:
        self.timeline.replace_all(self.timeline.title, *self.before)


class MergeEventsCommand(QUndoCommand):
    """Merge events into the first one: its fields win, sources/actors/places are joined."""

    def __init__(self, timeline: Timeline, ids: Sequence[str]) -> None:
        super().__init__(f"Merge {len(ids)} events")
        if len(ids) < 2:
            raise ValueError("merging needs at least two events")
        self.timeline = timeline
        events = [timeline.event(i) for i in ids]
        keeper = events[0]
        self.old_keeper = keeper
        self.merged = keeper.with_changes(
            sources=_union(e.sources for e in events),
            actors=_union(e.actors for e in events),
            places=_union(e.places for e in events),
            alternatives=_union(
                [keeper.alternatives, *([e.when] for e in events[1:] if e.when and e.when != keeper.when)]
            ),
            reviewed=True,
        )
        self.others = [e.id for e in events[1:]]
        self.removed: list[Event] = []
        self.order: list[str] = []

    def redo(self) -> None:
        self.order = [e.id for e in self.timeline.iter_events()]
        self.timeline.update_event(self.merged)
        self.removed = self.timeline.remove_events(self.others)

    def undo(self) -> None:
        self.timeline.add_events(self.removed)
        self.timeline.update_event(self.old_keeper)
        _restore_order(self.timeline, self.order)


class SplitEventCommand(QUndoCommand):
    """Split an event told by several sources into one event per source."""

    def __init__(self, timeline: Timeline, event_id: str) -> None:
        super().__init__("Split event")
        event = timeline.event(event_id)
        if len(event.sources) < 2:
            raise ValueError("only an event with several sources can be split")
        self.timeline = timeline
        self.old = event
        self.first = event.with_changes(sources=event.sources[:1])
        self.copies = [
            event.with_changes(id=new_id(), sources=(source,), origin=Origin.MANUAL)
            for source in event.sources[1:]
        ]

    def redo(self) -> None:
        self.timeline.update_event(self.first)
        _add_each(self.timeline, self.copies)

    def undo(self) -> None:
        self.timeline.remove_events([e.id for e in self.copies])
        self.timeline.update_event(self.old)


def _add_each(timeline: Timeline, events: Iterable[Event]) -> None:
    # WORKAROUND: TimelineLayout.put_events (core/layout/layout.py) keeps only the first
    # event of a batch when adding it needs a rebuild (an empty lane, a new lane); one
    # notification per event sidesteps it. Batches here are a few events (duplicates,
    # split copies); imports go through one "reset" instead.
    for event in events:
        timeline.add_event(event)


def _union(groups: Iterable[Iterable]) -> tuple:
    return tuple(dict.fromkeys(item for group in groups for item in group))


# -- small factories for the common edits ---------------------------------------


def edit_event(timeline: Timeline, new: Event) -> UpdateEventsCommand:
    """A person's edit: the event counts as reviewed, so re-extraction leaves it alone."""
    return UpdateEventsCommand(timeline, [new.with_changes(reviewed=True)], f"Edit “{new.title[:40]}”")


def move_date(timeline: Timeline, event_id: str, when: FuzzyDate) -> UpdateEventsCommand:
    event = timeline.event(event_id)
    return UpdateEventsCommand(
        timeline, [event.with_changes(when=when, reviewed=True)], f"Move to {when.label()}"
    )


def set_status(timeline: Timeline, ids: Iterable[str], status: Status) -> UpdateEventsCommand:
    events = [timeline.event(i).with_changes(status=status, reviewed=True) for i in ids]
    return UpdateEventsCommand(timeline, events, f"Mark {status.value}")


def mark_reviewed(timeline: Timeline, ids: Iterable[str]) -> UpdateEventsCommand:
    events = [timeline.event(i).with_changes(reviewed=True) for i in ids]
    return UpdateEventsCommand(timeline, events, "Mark reviewed")


def duplicate_events(timeline: Timeline, ids: Iterable[str]) -> AddEventsCommand:
    copies = [timeline.event(i).with_changes(id=new_id(), origin=Origin.MANUAL) for i in ids]
    return AddEventsCommand(timeline, copies, "Duplicate event" if len(copies) == 1 else "Duplicate events")
