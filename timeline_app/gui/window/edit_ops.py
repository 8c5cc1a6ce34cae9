"""Edits of events, each pushed as one command on the document's undo stack."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from PySide6.QtGui import QGuiApplication

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.model import Event, Origin, Source, Status, new_id
from timeline_app.gui.view.timeline_view import TimelineView
from timeline_app.gui.window import commands
from timeline_app.gui.window.document import Document
from timeline_app.gui.window.status import StatusLine


class EditOps:
    """Add, delete, duplicate, merge, split, mark and re-date the selected events.

    Args:
        document: the timeline, its undo stack and the selection the edits apply to.
        view: the timeline view (a new event is dated at the middle of what it shows).
        status: where a refused edit says why.
        show_inspector: brings the Inspector up with the keyboard in its title.
    """

    def __init__(
        self,
        document: Document,
        view: TimelineView,
        status: StatusLine,
        show_inspector: Callable[[], None],
    ) -> None:
        self.document = document
        self.view = view
        self.status = status
        self.show_inspector = show_inspector

    def selected_ids(self) -> list[str]:
        return [i for i in self.document.selection.ids if self.document.timeline.has_event(i)]

    def add_event(self) -> str:
        """A new manual event dated at the middle of what the timeline shows (today if nothing)."""
        when = self._middle_of_view() or FuzzyDate.from_date(_dt.date.today())
        event = Event(id=new_id(), title="New event", when=when, origin=Origin.MANUAL, reviewed=True)
        self.document.push(commands.AddEventsCommand(self.document.timeline, [event]))
        self.document.selection.set([event.id])
        self.show_inspector()
        return event.id

    def _middle_of_view(self) -> FuzzyDate | None:
        span = self.view.visible_range() or self.document.timeline.date_span()
        if span is None:
            return None
        try:
            return FuzzyDate.from_days((span[0] + span[1]) / 2)
        except ValueError:
            return None

    def new_event_from_selection(self, article_id: str, start: int, end: int) -> str | None:
        """An event told by the selected text, dated by the first time expression inside it."""
        timeline = self.document.timeline
        if not timeline.has_article(article_id) or start >= end:
            return None
        article = timeline.article(article_id)
        quote = article.text[start:end]
        stripped = quote.strip()
        start += len(quote) - len(quote.lstrip())
        end = start + len(stripped)
        when, expression, explanation = None, "", ""
        marks = article.time_marks
        if marks is None:  # a version 1 project's article, not read yet: dated by hand
            self.status.showMessage("The article's dates are still being read: the event is undated", 8000)
        for span in marks or ():
            if start <= span.start and span.end <= end and span.date is not None:
                when, expression, explanation = (
                    span.date,
                    article.text[span.start : span.end],
                    span.explanation,
                )
                break
        title = " ".join(stripped.split())
        event = Event(
            id=new_id(),
            title=title if len(title) <= 80 else title[:79] + "…",
            when=when,
            sources=(Source.from_article(article, start, end),),
            origin=Origin.MANUAL,
            reviewed=True,
            expression=expression,
            explanation=explanation,
        )
        self.document.push(commands.AddEventsCommand(timeline, [event], "New event from selection"))
        self.document.selection.set([event.id])
        return event.id

    def copy_selected(self) -> None:
        """Put the selected events on the clipboard as text lines (date, title, source quote)."""
        timeline = self.document.timeline
        lines = []
        for event_id in self.selected_ids():
            event = timeline.event(event_id)
            date = event.when.iso() if event.when else "undated"
            quote = f" — “{event.sources[0].quote}”" if event.sources else ""
            lines.append(f"{date}\t{event.title}{quote}")
        if lines:
            QGuiApplication.clipboard().setText("\n".join(lines))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.document.push(commands.DeleteEventsCommand(self.document.timeline, ids))

    def duplicate_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            command = commands.duplicate_events(self.document.timeline, ids)
            self.document.push(command)
            self.document.selection.set([e.id for e in command.events])

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) < 2:
            self.status.showMessage("Select two or more events to merge", 5000)
            return
        self.document.push(commands.MergeEventsCommand(self.document.timeline, ids))
        self.document.selection.set(ids[:1])

    def split_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1 or len(self.document.timeline.event(ids[0]).sources) < 2:
            self.status.showMessage("Select one event told by several sources to split it", 5000)
            return
        command = commands.SplitEventCommand(self.document.timeline, ids[0])
        self.document.push(command)
        self.document.selection.set([ids[0], *(e.id for e in command.copies)])

    def mark_reviewed(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.document.push(commands.mark_reviewed(self.document.timeline, ids))

    def mark_status(self, status: str) -> None:
        ids = self.selected_ids()
        if ids:
            self.document.push(commands.set_status(self.document.timeline, ids, Status(status)))

    def apply_inspector_edit(self, event: Event) -> None:
        if self.document.timeline.has_event(event.id) and self.document.timeline.event(event.id) != event:
            self.document.push(commands.edit_event(self.document.timeline, event))

    def move_event_date(self, event_id: str, when: FuzzyDate) -> None:
        """The timeline view's drag: the view never changes the timeline, the window does."""
        timeline = self.document.timeline
        if timeline.has_event(event_id) and timeline.event(event_id).when != when:
            self.document.push(commands.move_date(timeline, event_id, when))

    def view_action(self, name: str, ids: list) -> None:
        """A command of the timeline view's context menu, on the events it was opened on."""
        if ids:
            self.document.selection.set(ids)
        handlers = {
            "edit": self.show_inspector,
            "delete": self.delete_selected,
            "confirm": lambda: self.mark_status("confirmed"),
            "deny": lambda: self.mark_status("denied"),
            "copy": self.copy_selected,
            "reviewed": self.mark_reviewed,
            "duplicate": self.duplicate_selected,
        }
        handler = handlers.get(name)
        if handler:
            handler()

    # -- review mode ------------------------------------------------------------------------

    def review_accept(self, event_id: str) -> None:
        if self.document.timeline.has_event(event_id):
            self.document.push(commands.mark_reviewed(self.document.timeline, [event_id]))

    def review_reject(self, event_id: str) -> None:
        if self.document.timeline.has_event(event_id):
            self.document.push(
                commands.DeleteEventsCommand(self.document.timeline, [event_id], "Reject event")
            )

    def review_edit(self, event_id: str) -> None:
        self.document.selection.set([event_id])
        self.show_inspector()
