"""Article loading and event extraction off the GUI thread, with progress and Cancel.

A QThread runs the plain core functions (load_article, extract_events) one article
at a time and reports through queued signals; the window turns the finished
result into one undoable import command on the GUI thread, so the Timeline is
only ever changed there. Cancel is checked between articles.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.errors import InputError
from timeline_app.core.model import Article, Event
from timeline_app.gui import backend


@dataclass(slots=True)
class ImportResult:
    """What a finished (or cancelled) import produced."""

    articles: list[Article] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
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
    ) -> None:
        super().__init__(parent)
        self.setObjectName("extractionWorker")
        self.items = list(items)
        self.published = published
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        result = ImportResult()
        total = len(self.items)
        try:
            for n, item in enumerate(self.items, 1):
                if self._cancel.is_set():
                    result.cancelled = True
                    break
                title = str(item) if isinstance(item, Path) else item.title
                try:
                    article = (
                        item if isinstance(item, Article) else backend.load_article(item, self.published)
                    )
                    title = article.title
                    events = backend.extract_events(article)
                except InputError as error:
                    result.errors.append(str(error))
                except Exception as error:  # an extractor bug skips one article, not the import
                    result.errors.append(f"{title}: extraction failed ({type(error).__name__}: {error})")
                else:
                    result.articles.append(article)
                    result.events.extend(events)
                self.progress.emit(n, total, title)
            if self._cancel.is_set():
                result.cancelled = True
            self.done.emit(result)
        finally:
            _forget_dummy_thread()


def _forget_dummy_thread() -> None:
    # WORKAROUND: CPython registers a _DummyThread for a thread it did not start as
    # soon as anything there calls threading.current_thread() (logging does), and
    # before 3.13 never unregisters it, so threading.enumerate() reports the finished
    # QThread as alive forever. Drop the entry as the thread ends.
    current = threading.current_thread()
    if isinstance(current, threading._DummyThread):  # type: ignore[attr-defined]
        threading._active.pop(threading.get_ident(), None)  # type: ignore[attr-defined]
