"""Review mode: step through extracted, unreviewed events with the keyboard.

For each event it shows the sentence it was read from and how its date was
resolved (Event.expression and Event.explanation), so a person can judge it
without hunting for the source. A accepts, R rejects (deletes), E edits in the
Inspector, N (or Space) skips to the next, P goes back. Accept and reject are
undoable commands like every other change; the window carries them out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from timeline_app.core.model import Event, Origin, Timeline
from timeline_app.gui.icons import icon


def review_queue(timeline: Timeline) -> list[str]:
    """Ids of extracted, unreviewed events: the uncertain ones first, lowest confidence first
    (they are the ones hidden from the timeline until someone looks), then the rest in
    reading order (article, then position)."""
    article_rank = {a.id: n for n, a in enumerate(timeline.articles)}

    def key(event: Event) -> tuple[float, int, int]:
        doubt = event.confidence if event.uncertain else 1.0
        if not event.sources:
            return (doubt, len(article_rank), 0)
        source = event.sources[0]
        return (doubt, article_rank.get(source.article, len(article_rank)), source.start)

    pending = [e for e in timeline.iter_events() if not e.reviewed and e.origin is Origin.EXTRACTED]
    return [e.id for e in sorted(pending, key=key)]


def confidence_text(event: Event) -> str:
    """ "Confidence 0.35 (uncertain): no actor found"; "" for an event a person made."""
    if event.origin is Origin.MANUAL or (event.confidence == 1.0 and not event.confidence_reason):
        return ""
    mark = " (uncertain)" if event.uncertain else ""
    reason = f": {event.confidence_reason}" if event.confidence_reason else ""
    return f"Confidence {event.confidence:.2f}{mark}{reason}"


class ReviewPanel(QWidget):
    """Shows the event under review; the window connects the four request signals."""

    acceptRequested = Signal(str)
    rejectRequested = Signal(str)
    editRequested = Signal(str)
    currentChanged = Signal(str)  # the event now under review ("" when none is left)

    def __init__(self, timeline: Timeline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Review")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.timeline = timeline
        self.current: str | None = None
        self.counter = QLabel()
        self.counter.setObjectName("reviewCounter")
        self.title = QLabel(wordWrap=True)
        self.title.setObjectName("reviewTitle")
        self.title.setStyleSheet("font-weight: 600; font-size: 110%;")
        self.when = QLabel(wordWrap=True)
        self.sentence = QLabel(
            wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.sentence.setObjectName("reviewSentence")
        self.sentence.setAccessibleName("Source sentence")
        self.explanation = QLabel(wordWrap=True)
        self.explanation.setObjectName("reviewExplanation")
        self.explanation.setAccessibleName("How the date was resolved")
        buttons = QGridLayout()  # two rows: the panel fits the Inspector's column, as its tab
        self.buttons: dict[str, QPushButton] = {}
        for name, label, key, icon_name in (
            ("accept", "&Accept", "A", "accept"),
            ("reject", "&Reject", "R", "reject"),
            ("edit", "&Edit", "E", "document-edit"),
            ("previous", "&Previous", "P", "go-previous"),
            ("next", "&Next", "N", "go-next"),
        ):
            button = QPushButton(icon(icon_name), label.replace("&", ""))
            button.setToolTip(f"{label.replace('&', '')} ({key})")
            button.setAccessibleName(label.replace("&", ""))
            button.clicked.connect(getattr(self, name))
            QShortcut(
                QKeySequence(key),
                self,
                getattr(self, name),
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
            buttons.addWidget(button, *divmod(len(self.buttons), 3))
            self.buttons[name] = button
        QShortcut(
            QKeySequence("Space"), self, self.next, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.confidence = QLabel(wordWrap=True)
        self.confidence.setObjectName("reviewConfidence")
        self.confidence.setAccessibleName("Confidence")
        layout = QVBoxLayout(self)
        for widget in (self.counter, self.title, self.when, self.confidence, self.sentence, self.explanation):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def queue(self) -> list[str]:
        return review_queue(self.timeline)

    def start(self) -> None:
        """Begin at the first unreviewed event."""
        queue = self.queue()
        self._show(queue[0] if queue else None)
        self.setFocus()

    def _neighbour(self, step: int) -> str | None:
        queue = self.queue()
        if not queue:
            return None
        if self.current in queue:
            return queue[(queue.index(self.current) + step) % len(queue)]
        return queue[0]

    def next(self) -> None:
        self._show(self._neighbour(1))

    def previous(self) -> None:
        self._show(self._neighbour(-1))

    def accept(self) -> None:
        if self.current:
            following = self._after_current()
            self.acceptRequested.emit(self.current)
            self._show(following)

    def reject(self) -> None:
        if self.current:
            following = self._after_current()
            self.rejectRequested.emit(self.current)
            self._show(following)

    def edit(self) -> None:
        if self.current:
            self.editRequested.emit(self.current)

    def _after_current(self) -> str | None:
        queue = self.queue()
        if self.current not in queue:
            return queue[0] if queue else None
        rest = queue[queue.index(self.current) + 1 :] + queue[: queue.index(self.current)]
        return rest[0] if rest else None

    def refresh(self) -> None:
        """Re-read the current event after a change (an edit, an undo)."""
        if self.current and not self.timeline.has_event(self.current):
            self.current = None
        self._show(self.current)

    def _show(self, event_id: str | None) -> None:
        self.current = event_id
        queue = self.queue()
        for name, button in self.buttons.items():
            button.setEnabled(event_id is not None or (name in ("next", "previous") and bool(queue)))
        if event_id is None:
            self.counter.setText("Nothing left to review." if not queue else f"{len(queue)} events to review")
            for label in (self.title, self.when, self.confidence, self.sentence, self.explanation):
                label.setText("")
            self.currentChanged.emit("")
            return
        event = self.timeline.event(event_id)
        position = queue.index(event_id) + 1 if event_id in queue else 0
        self.counter.setText(
            f"Event {position} of {len(queue)} to review" if position else f"Reviewed · {len(queue)} left"
        )
        self.title.setText(event.title)
        date = event.when.label() if event.when else "undated"
        self.when.setText(f"{date} · {event.kind.value.title()} · {event.status.value}")
        quote = event.sources[0].quote if event.sources else "(no source sentence)"
        self.sentence.setText(f"“{quote}”")
        resolved = event.explanation or (f"Read from “{event.expression}”" if event.expression else "")
        self.explanation.setText(resolved or "No date explanation recorded.")
        self.confidence.setText(confidence_text(event))
        self.currentChanged.emit(event_id)
