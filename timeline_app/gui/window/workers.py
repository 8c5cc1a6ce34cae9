"""Article loading and event extraction off the GUI thread, with progress and Cancel.

A QThread drives the work and reports through queued signals; the window turns
the finished result into one undoable import command on the GUI thread, so the
Timeline is only ever changed there. Cancel is checked between articles.

The extraction itself runs in a separate process by default. In a thread it
would share the GIL with the GUI: the first extraction imports dateparser and
loads the gazetteer, long stretches that kept the event loop waiting for 100 to
300 ms at a time while importing 200 articles. A process shares nothing, so the
window stays responsive whatever the extractor does. ``IN_PROCESS = True`` runs
the same code in the thread instead (tests that replace the extractor use it).
"""

from __future__ import annotations

import collections
import contextlib
import gc
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, QThread, Signal

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.errors import InputError
from timeline_app.core.model import Article, Event
from timeline_app.gui import backend

IN_PROCESS = False
FREEZE_EVERY = 50  # articles
_Outcome = TypeVar("_Outcome")


@dataclass(slots=True)
class ImportResult:
    """What a finished (or cancelled) import produced."""

    articles: list[Article] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    updated: list[Event] = field(default_factory=list)  # existing events the articles also tell
    based_on: dict[str, Event] = field(default_factory=dict)  # the versions those were merged from
    cancelled: bool = False


class ExtractionWorker(QThread):
    """Loads each path (or takes each ready Article) and extracts its events.

    Signals:
        progress(done, total, title): after each article.
        done(ImportResult): once, at the end, also after Cancel.
    """

    progress = Signal(int, int, str)
    done = Signal(object)

    def __init__(
        self,
        items: list[Path | Article],
        published: FuzzyDate | None = None,
        parent: QObject | None = None,
        existing: list[Event] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("extractionWorker")
        self.items = list(items)
        self.published = published
        self.existing = list(existing or [])  # a snapshot: the timeline may change meanwhile
        self.in_process = IN_PROCESS
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        result = ImportResult()
        try:
            jobs = [(item, self.published) for item in self.items]
            with contextlib.closing(
                _each(backend.extract_item, jobs, self.in_process, self._cancel)
            ) as outcomes:
                try:
                    self._collect(outcomes, result)
                except BrokenProcessPool:
                    # The extraction process died (killed, out of memory): keep what was
                    # done, say so, and start a fresh process for the next import.
                    result.errors.append("the extraction process stopped unexpectedly; try the import again")
                    shutdown_pool()
            result.cancelled = self._cancel.is_set()
            if not result.cancelled and result.events:
                # The same event told by several articles becomes one (pure Python: the
                # GUI thread gets the interpreter back every few milliseconds meanwhile,
                # but not during a pass of the garbage collector, which the merge's many
                # small objects set off: 1,000 articles, a 60 to 150 ms pass; none until it ends,
                # and none right after over the merged events, which live on in the timeline).
                collecting = gc.isenabled()
                gc.disable()
                try:
                    result.updated, result.events = backend.merge_new_events(self.existing, result.events)
                finally:
                    gc.freeze()
                    if collecting:
                        gc.enable()
                changed = {e.id for e in result.updated}
                result.based_on = {e.id: e for e in self.existing if e.id in changed}
            self.done.emit(result)
        finally:
            _forget_dummy_thread()

    def _collect(self, outcomes, result: ImportResult) -> None:
        total = len(self.items)
        for n, outcome in enumerate(outcomes, 1):
            if self._cancel.is_set() or outcome is None:
                return
            if isinstance(outcome, str):
                result.errors.append(outcome)
                title = outcome
            else:
                article, events = outcome  # the article keeps its time expressions
                result.articles.append(article)
                result.events.extend(events)
                title = article.title
            if n % FREEZE_EVERY == 0:
                # What was read so far stays until the import ends: out of the collector's
                # full passes with it, which scan every object not frozen, holding the GIL
                # (importing 1,000 articles: a 100 ms pass near the end, the event loop waiting).
                gc.freeze()
            self.progress.emit(n, total, title)


class TaggingWorker(QThread):
    """Reads the time expressions of articles that kept none (those of a version 1 project),
    in the extraction process like an import (in this thread when ``IN_PROCESS``).

    Signals:
        tagged(list[Article]): the articles keeping their time expressions, in batches
            (one at least every ``BATCH_SECONDS``: each batch costs the window a layout pass).
        failed(str): a one-line reason an article could not be read.
        done(TaggingWorker): once, at the end, also after Cancel.
    """

    tagged = Signal(object)
    failed = Signal(str)
    done = Signal(object)
    BATCH_SECONDS = 1.0
    AHEAD = 4  # articles queued in the extraction process at a time: an import waits for no more

    def __init__(self, articles: list[Article], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taggingWorker")
        self.articles = list(articles)
        self.in_process = IN_PROCESS
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            jobs = [(article,) for article in self.articles]
            batch: list[Article] = []
            sent = time.monotonic()
            with contextlib.closing(
                _each(backend.tag_article, jobs, self.in_process, self._cancel, ahead=self.AHEAD)
            ) as outcomes:
                try:
                    for outcome in outcomes:
                        if isinstance(outcome, str):
                            self.failed.emit(outcome)
                            continue
                        batch.append(outcome)
                        if time.monotonic() - sent >= self.BATCH_SECONDS:
                            self.tagged.emit(batch)
                            batch, sent = [], time.monotonic()
                except BrokenProcessPool:
                    shutdown_pool()  # the next import starts a fresh process; the next open tags again
            if batch and not self._cancel.is_set():
                self.tagged.emit(batch)
            self.done.emit(self)
        finally:
            _forget_dummy_thread()


def _each(
    function: Callable[..., _Outcome],
    jobs: list[tuple],
    in_process: bool,
    cancel: threading.Event,
    ahead: int | None = None,
) -> Iterator[_Outcome]:
    """``function(*job)`` for each job, in order: in this thread, or in the extraction process.
    There the jobs are submitted ahead of their results (all of them, or ``ahead`` at most, so
    that an import started meanwhile does not queue behind every one), so the process never
    waits for this thread. Stops at Cancel. Raises BrokenProcessPool if the process dies."""
    if in_process:
        for job in jobs:
            if cancel.is_set():
                return
            yield function(*job)
        return
    pool = extraction_pool()
    waiting = iter(jobs)
    submitted: collections.deque[Future] = collections.deque()

    def submit() -> None:
        while len(submitted) < (ahead or len(jobs)) and (job := next(waiting, None)) is not None:
            submitted.append(pool.submit(function, *job))

    try:
        submit()
        while submitted:
            outcome = _wait(submitted.popleft(), cancel)
            if outcome is None:
                return
            submit()
            yield outcome
    finally:
        for future in submitted:
            future.cancel()


_pool: ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()


def extraction_pool() -> ProcessPoolExecutor:
    """The extraction process, started on first use and kept for the next imports.

    Starting it costs a process launch and the extractor's imports (1 to 2 s), and the
    launch itself briefly holds the GIL; the window starts it once, in the background,
    right after it opens (see :func:`warm_up`), so that an import finds it ready.
    """
    global _pool
    with _pool_lock:
        if _pool is None or getattr(_pool, "_broken", False):  # a dead process: start afresh
            # spawn, not fork: forking a process that runs Qt threads is unsafe.
            context = multiprocessing.get_context("spawn")
            _pool = ProcessPoolExecutor(
                max_workers=1, mp_context=context, initializer=_start_extraction_process
            )
        return _pool


def warm_up() -> None:
    """Start the extraction process and load the extractor and the tagger there (articles are
    read there: see :class:`TaggingWorker`); load the typed-date reader here, so that the first
    date typed in the Inspector does not compile the tagger's grammar on the GUI thread. Call
    off the GUI thread."""
    extraction_pool().submit(backend.warm_up).result()
    from timeline_app.core.typed_dates import parse_typed_date

    parse_typed_date("next Monday", FuzzyDate(2025, 1, 8), "en")


def shutdown_pool() -> None:
    """Stop the extraction process (the window calls this when it closes)."""
    global _pool
    with _pool_lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


class FunctionWorker(QThread):
    """Runs one plain function off the GUI thread (an export); ``done(result, error)``.

    Only :class:`InputError` (a one-line message for the user) is caught; anything
    else is a bug and propagates as one.
    """

    done = Signal(object, object)

    def __init__(self, function, *args, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("functionWorker")
        self.function = function
        self.args = args

    def run(self) -> None:
        try:
            try:
                result = self.function(*self.args)
            except InputError as error:
                self.done.emit(None, error)
            else:
                self.done.emit(result, None)
        finally:
            _forget_dummy_thread()


def _start_extraction_process() -> None:
    """In the extraction process: give way to the window, and leave when the window does.

    A window that is killed (or ends on SIGTERM) never shuts the pool down, and the
    pool's worker would wait for work forever: a watchdog thread ends the process as
    soon as its parent is gone.
    """
    with contextlib.suppress(AttributeError, OSError):  # no nice() on Windows; a refusal is harmless
        os.nice(10)
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    if hasattr(os, "getppid") and os.name == "posix":
        threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def _wait(future: Future, cancel: threading.Event):
    """The future's result, or None as soon as Cancel is pressed (checked every 50 ms)."""
    while not cancel.is_set():
        try:
            return future.result(timeout=0.05)
        except TimeoutError:
            continue
    return None


def _forget_dummy_thread() -> None:
    # WORKAROUND: CPython registers a _DummyThread for a thread it did not start as
    # soon as anything there calls threading.current_thread() (logging does), and
    # before 3.13 never unregisters it, so threading.enumerate() reports the finished
    # QThread as alive forever. Drop the entry as the thread ends.
    current = threading.current_thread()
    if isinstance(current, threading._DummyThread):  # type: ignore[attr-defined]
        threading._active.pop(threading.get_ident(), None)  # type: ignore[attr-defined]
