"""View > Key Events: the key dates of the project, kept up to date off the GUI thread.

:class:`KeyEventsKeeper` works out :func:`timeline_app.core.key_events.key_events` in a
worker thread after each change of the timeline (edits, undo and redo, imports), of the
number of key dates, or of the mode: a short quiet time first, so that a burst of changes
costs one run, and one run at a time (a change during a run asks for another after it).
Every day's score is worked out whether the mode is on or not: the Events table's
importance column shows it. Ranking 100,000 events takes seconds of Python; in a thread
the event loop still gets the interpreter every few milliseconds (see
``benchmarks/bench_key_events.py`` for the stalls measured).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from timeline_app.core.key_events import KeyEvents, key_events
from timeline_app.core.model import Article, Event, Timeline
from timeline_app.gui.window.workers import FunctionWorker

QUIET_MS = 250
"""Changes closer together than this are worked out once, after the last."""


class KeyEventsKeeper(QObject):
    """The latest :class:`KeyEvents` of a timeline (``result``); ``changed`` when a new one is
    ready. ``count`` is the number of key dates while the mode is ``on``."""

    changed = Signal()

    def __init__(self, timeline: Timeline, count: int, on: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self.count = count
        self.on = on
        self.hide_uncertain = True
        self.result = KeyEvents()
        self.result_on = False  # ``result`` has key dates (worked out with the mode on)
        self.runs = 0  # finished runs (tests wait on it)
        self._worker: FunctionWorker | None = None
        self._again = False
        self._discard = False
        self._timer = QTimer(self)
        self._timer.setObjectName("keyEventsTimer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(QUIET_MS)
        self._timer.timeout.connect(self._start)

    @property
    def busy(self) -> bool:
        """A run is waiting or going on: ``result`` may be out of date."""
        return self._timer.isActive() or self._worker is not None

    def schedule(self) -> None:
        """Work the key dates out again once things are quiet."""
        self._timer.start()

    def set_count(self, count: int) -> None:
        if count != self.count:
            self.count = count
            if self.on:
                self.schedule()

    def set_on(self, on: bool) -> None:
        if on != self.on:
            self.on = on
            self.schedule()

    def set_hide_uncertain(self, hide: bool) -> None:
        if hide != self.hide_uncertain:
            self.hide_uncertain = hide
            if self.on:
                self.schedule()

    def forget(self) -> None:
        """Drop the result (the timeline's content was replaced): ``result`` is empty until the
        next run, which the change that replaced it has scheduled."""
        self.result = KeyEvents()
        self.result_on = False
        self._discard = self._worker is not None  # a run going on reads the old content

    def _start(self) -> None:
        if self._worker is not None:  # one at a time: run again when this one is done
            self._again = True
            return
        events = self.timeline.events  # a snapshot: the user goes on editing the timeline
        articles = self.timeline.articles  # their time expressions refer to days too
        count = self.count if self.on else 0
        shown: Callable[[Event], bool] | None = _certain if self.hide_uncertain else None
        worker = FunctionWorker(_work, events, count, shown, articles, parent=self)
        worker.setProperty("keyed", bool(count))
        worker.setObjectName("keyEventsWorker")
        worker.done.connect(self._done)
        self._worker = worker
        worker.start()

    def _done(self, result: object, error: object) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()
        discard, self._discard = self._discard, False
        if isinstance(result, KeyEvents) and worker is not None and not discard:
            self.result = result
            self.result_on = bool(worker.property("keyed"))
        self.runs += 1
        if self._again:
            self._again = False
            self._timer.start()
        self.changed.emit()

    def shutdown(self) -> None:
        """Stop the timer and wait for a run in progress (the window is closing)."""
        self._timer.stop()
        self._again = False
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.done.disconnect(self._done)
            worker.wait()
            worker.deleteLater()


def _certain(event: Event) -> bool:
    return not event.uncertain


def _work(
    events: list[Event], count: int, shown: Callable[[Event], bool] | None, articles: list[Article]
) -> KeyEvents:
    return key_events(events, count, shown=shown, articles=articles)
