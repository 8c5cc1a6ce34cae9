"""Imports: articles extracted in the worker, event files, pasted text, the demo.

Every question to the user goes through :mod:`timeline_app.gui.dialogs` so tests can answer
it; the result of an extraction becomes one undoable command on the GUI thread.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressBar, QToolButton, QWidget

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.errors import InputError
from timeline_app.core.model import Article, Event
from timeline_app.gui import backend, dialogs
from timeline_app.gui.panels.articles_dock import ArticlesList
from timeline_app.gui.settings import Settings
from timeline_app.gui.view.timeline_view import TimelineView
from timeline_app.gui.window import workers
from timeline_app.gui.window.commands import ImportArticlesCommand
from timeline_app.gui.window.document import Document
from timeline_app.gui.window.links import PanelLinks
from timeline_app.gui.window.status import StatusLine, count_text, left_out_note
from timeline_app.gui.window.workers import ExtractionWorker, FunctionWorker, ImportResult


class ImportOps(QObject):
    """Runs the extraction worker (one import at a time) and applies what it found.

    Owns the status bar's progress bar and Cancel button, which the window places.

    Args:
        document: where the articles and events go (one undoable step per import).
        view: fitted to the events when they are the first of the project.
        links: keeps the panels up to date; an import's refresh runs in later steps.
        articles_list: selects the first imported article.
        settings: whether uncertain events are shown (the message says how many are hidden).
        open_project: opens a project file found among the files to import.
        parent: the window, for dialogs and as the workers' parent.
        status: where progress and results are said.

    Signals:
        finished(articles, events): an import ended with that many added.
    """

    finished = Signal(int, int)

    def __init__(
        self,
        document: Document,
        view: TimelineView,
        links: PanelLinks,
        articles_list: ArticlesList,
        settings: Settings,
        open_project: Callable[[Path], bool],
        parent: QWidget,
        status: StatusLine,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.view = view
        self.links = links
        self.articles_list = articles_list
        self.settings = settings
        self.open_project = open_project
        self.parent_widget = parent
        self.status = status
        self.default_published: FuzzyDate | None = None  # the command line's --published
        self.worker: ExtractionWorker | None = None
        self.warm_up_worker: FunctionWorker | None = None
        self._finish_import: Callable[[ImportResult], None] = self.apply_import
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Import progress")
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        self.cancel_button = QToolButton(text="Cancel")
        self.cancel_button.setAccessibleName("Cancel import")
        self.cancel_button.clicked.connect(self.cancel_import)
        self.cancel_button.hide()

    # -- asking what to import ----------------------------------------------------------------

    def import_articles(self) -> None:
        paths = dialogs.ask_import_paths(self.parent_widget)
        if paths:
            self.import_files(paths)

    def import_folder(self, folder: Path | None = None) -> bool:
        """File > Import Folder: every .txt, .md, .html and .htm file under a folder, its
        subfolders included, extracted in the worker with progress and Cancel."""
        from timeline_app.core.io.folders import ARTICLE_SUFFIXES, article_files

        folder = folder or dialogs.ask_import_folder(self.parent_widget)
        if folder is None:
            return False
        try:
            paths = article_files(folder)
        except OSError as error:
            dialogs.show_error(self.parent_widget, "Import folder", str(error))
            return False
        if not paths:
            kinds = ", ".join(ARTICLE_SUFFIXES)
            self.status.showMessage(f"No articles ({kinds}) in {folder.name or folder}", 8000)
            return False
        message = f"Importing {count_text(len(paths), 'article')} from {folder.name or folder}…"
        return self.start_import(list(paths), message=message)

    def import_files(self, paths: list[Path], published: FuzzyDate | None = None) -> bool:
        """Open a project among ``paths``, or import the articles in a worker; False if busy."""
        paths = [Path(p) for p in paths]
        projects = [p for p in paths if backend.is_project_file(p)]
        if projects:
            return self.open_project(projects[0])
        exchange = [p for p in paths if backend.is_exchange_file(p)]
        if exchange:
            self.import_event_files(exchange)
        articles = [p for p in paths if p not in exchange]
        return self.start_import(articles, published) if articles else bool(exchange)

    def open_demo(self, extra: list[Path], published: FuzzyDate | None = None) -> bool:
        """``--demo``: the bundled sample (and ``extra`` articles) imported in the worker.

        The sample alone is opened, not authored: the window is not marked changed, so
        quitting asks nothing and a crash leaves no work to restore."""
        from timeline_app.core.resources import sample_article

        def finish(result: ImportResult) -> None:
            self.apply_import(result)
            if not extra:
                self.document.undo_stack.setClean()

        return self.start_import([sample_article(), *extra], published, finish=finish)

    def import_event_files(self, paths: list[Path]) -> None:
        """Events from CSV, iCalendar or TimelineJS3 files, as one undoable import."""
        from timeline_app.core.io.exchange import import_file

        result = ImportResult()
        for path in paths:
            try:
                imported = import_file(path)
            except InputError as error:
                result.errors.append(str(error))
                continue
            result.articles.extend(imported.timeline.articles)
            result.events.extend(imported.timeline.events)
        if not result.articles and not result.events and result.errors:
            dialogs.show_error(self.parent_widget, "Import", result.errors[0])
            return
        self.apply_import(result)

    def paste_article(self) -> bool:
        """The clipboard's HTML or text becomes an article; ask for a date if it has none."""
        mime = QGuiApplication.clipboard().mimeData()
        try:
            if mime is not None and mime.hasHtml():
                article = backend.article_from_html(mime.html())
            elif mime is not None and mime.hasText() and mime.text().strip():
                article = backend.article_from_text(mime.text())
            else:
                self.status.showMessage("The clipboard holds no text", 5000)
                return False
        except InputError as error:
            dialogs.show_error(self.parent_widget, "Paste article", str(error))
            return False
        if article.published is None:
            published = dialogs.ask_publication_date(self.parent_widget, article.title, found=True)
            if published is not None:
                article = replace(article, published=published)
        return self.start_import([article])

    # -- the worker ---------------------------------------------------------------------------

    def warm_up(self) -> None:
        """Start the extraction process in the background, so that imports find it ready."""
        if self.warm_up_worker is None and not workers.IN_PROCESS:
            self.warm_up_worker = FunctionWorker(workers.warm_up, parent=self)
            self.warm_up_worker.start()

    def start_import(
        self,
        items: list[Path | Article],
        published: FuzzyDate | None = None,
        *,
        existing: list[Event] | None = None,
        finish: Callable[[ImportResult], None] | None = None,
        message: str | None = None,
    ) -> bool:
        """Extract ``items`` in the worker; ``finish`` (by default :meth:`apply_import`) gets
        the result. The new events are merged into ``existing`` (by default every event)."""
        if self.worker is not None:
            self.status.showMessage("An import is already running", 5000)
            return False
        if not items:
            return False
        if existing is None:
            existing = self.document.timeline.events
        worker = ExtractionWorker(items, published or self.default_published, self, existing=existing)
        worker.progress.connect(self._import_progress)
        worker.done.connect(self._import_done)
        self.worker = worker
        self._finish_import = finish or self.apply_import
        self.progress.setRange(0, len(items))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.status.showMessage(message or f"Importing {count_text(len(items), 'article')}…")
        worker.start()
        return True

    def cancel_import(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()
            self._finish_worker()

    def shutdown(self) -> None:
        """Stop the import and the warm-up (the window is closing)."""
        self.cancel_import()
        if self.warm_up_worker is not None:
            self.warm_up_worker.wait()
            self.warm_up_worker = None

    def _import_progress(self, done: int, total: int, title: str) -> None:
        self.progress.setValue(done)
        self.status.showMessage(f"Extracting {done}/{total}: {title[:60]}")

    def _import_done(self, result: ImportResult) -> None:
        if self.worker is None:  # cancelled and already cleaned up
            return
        finish = self._finish_import
        self._finish_worker()
        if result.cancelled:
            self.status.showMessage("Cancelled: nothing was changed", 8000)
            return
        finish(result)

    def _finish_worker(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.wait()
            worker.deleteLater()
        self.progress.hide()
        self.cancel_button.hide()

    # -- applying the result ------------------------------------------------------------------

    def apply_import(self, result: ImportResult) -> None:
        """Add the new articles and their events as one undoable step."""
        timeline = self.document.timeline
        seen: set[str] = set()
        articles = []
        for article in result.articles:
            if not timeline.has_article(article.id) and article.id not in seen:
                seen.add(article.id)
                articles.append(article)
        skipped = len(result.articles) - len(articles)
        known = seen | {a.id for a in timeline.articles}
        events = [
            e
            for e in result.events
            if not timeline.has_event(e.id) and all(s.article in known for s in e.sources)
        ]
        updated = [
            e
            for e in result.updated
            # only events nobody changed while the import ran, with sources we have
            if timeline.has_event(e.id)
            and result.based_on.get(e.id) is timeline.event(e.id)
            and all(s.article in known for s in e.sources)
        ]
        was_empty = len(timeline) == 0
        parts = [f"Imported {count_text(len(articles), 'article')} with {count_text(len(events), 'event')}"]
        notes = [a.date_note for a in articles if a.date_note]  # the page gives another day too
        if notes:
            more = f" (and {count_text(len(notes) - 1, 'other article')})" if len(notes) > 1 else ""
            parts.append(f"{notes[0]}{more}")
        uncertain = sum(1 for e in events if e.uncertain)
        if uncertain and not self.settings.show_uncertain:
            parts.append(f"{uncertain:,} uncertain hidden (View > Show Uncertain Events)")
        if skipped:
            parts.append(f"{skipped} already in the project")
        if result.errors:
            parts.append(f"{len(result.errors)} failed: {result.errors[0]}")
        dropped = sum(a.boilerplate_lines for a in articles)
        if dropped:  # last: the least news (the bar cuts a long message; its tooltip has all)
            parts.append(f"{count_text(dropped, 'line')} of page furniture dropped")
        if not articles and not events:
            self._after_import([], 0, parts, was_empty)
            return
        # The rest happens in later turns of the event loop, not inside the push: the
        # window answers input between the steps (each well under 100 ms for 200
        # articles) instead of being busy for their sum. A 1 ms timer, not 0: Qt runs
        # posted calls before due timers, so a 0 ms step would not let input through.
        # The Events table and the article index catch up first (1,000 articles: 65 and
        # 70 ms, which the push did at once, with the view's layout, for a 200 ms stall).
        catch_up = self.links.push_deferred(ImportArticlesCommand(timeline, articles, events, updated))
        steps = [
            *catch_up,
            self.links.refresh,
            lambda: self._first_look(parts, was_empty),
            lambda: self.articles_list.select_article(articles[0].id) if articles else None,
            lambda: self._after_import(articles, len(events), parts, was_empty),
        ]
        self._run_steps(steps)

    def _first_look(self, parts: list[str], was_empty: bool) -> None:
        """Say what the import brought; into an empty project, frame its story too."""
        note = left_out_note(self.view.fit_dense()) if was_empty else ""
        self.status.showMessage("; ".join(parts) + note, 10000)

    def _run_steps(self, steps: list) -> None:
        if steps:
            QTimer.singleShot(1, self, lambda: (steps[0](), self._run_steps(steps[1:])))

    def _after_import(self, articles: list[Article], events: int, parts: list[str], was_empty: bool) -> None:
        """The end of an import (alone when nothing new was imported)."""
        if not articles:
            self.status.showMessage("; ".join(parts), 10000)
        gc.freeze()  # the new articles and events are long-lived too (see MainWindow.__init__)
        self.finished.emit(len(articles), events)
