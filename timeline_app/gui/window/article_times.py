"""Time expressions for the articles that kept none, read off the GUI thread.

An article keeps the time expressions of its one reading (:attr:`Article.times`): an import
reads them with the events, and the project file saves them. The articles of a version 1
project have none; when a project comes in (Open, Restore, an undone removal), the ones
without are read in a :class:`~timeline_app.gui.window.workers.TaggingWorker` and put back
in the timeline keeping them, so that the Article Text panel highlights them and the next
save writes them. The GUI thread never runs the tagger: until an article's expressions are
read, it shows none.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from timeline_app.core.model import Article, Change, Timeline
from timeline_app.gui.window.workers import TaggingWorker


def needs_tagging(article: Article) -> bool:
    """No time expressions kept for the article's text as dated now."""
    return article.time_marks is None and bool(article.text)


class ArticleTimes(QObject):
    """Follows ``timeline``: tags what comes in without time expressions, attaches the result.

    Signals:
        attached(list[str]): the ids of articles that now keep their time expressions.
        failed(str): a one-line reason one article could not be read.
    """

    attached = Signal(list)
    failed = Signal(str)

    def __init__(self, timeline: Timeline, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self.worker: TaggingWorker | None = None
        self._sent: dict[str, Article] = {}  # what the worker reads, by id: its result applies to that
        self._unsubscribe = timeline.subscribe(self._on_change)

    def _on_change(self, change: Change) -> None:
        if change.kind == "reset":
            self.start()

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def start(self) -> None:
        """Read the articles that need it (those a running worker reads are read again)."""
        self.stop()
        articles = [a for a in self.timeline.articles if needs_tagging(a)]
        if not articles:
            return
        self._sent = {a.id: a for a in articles}
        worker = TaggingWorker(articles, self)
        worker.tagged.connect(self._attach)
        worker.failed.connect(self.failed)
        worker.done.connect(self._finished)
        self.worker = worker
        worker.start()

    def stop(self) -> None:
        """Cancel the reading (its results so far stay attached) and wait for the worker."""
        worker, self.worker = self.worker, None
        self._sent = {}
        if worker is not None:
            worker.cancel()
            worker.wait()
            worker.deleteLater()

    def shutdown(self) -> None:
        self.stop()
        self._unsubscribe()

    def _finished(self, worker: TaggingWorker) -> None:
        if worker is self.worker:
            self.worker = None
            self._sent = {}
            worker.wait()  # it emitted done as it ends: a moment at most
            worker.deleteLater()

    def _attach(self, tagged: list[Article]) -> None:
        """Put the articles read back in the timeline, those still as they were sent (one
        removed or re-dated meanwhile is left alone: its new version has its own reading)."""
        timeline = self.timeline
        fresh = [
            a for a in tagged if timeline.has_article(a.id) and timeline.article(a.id) is self._sent.get(a.id)
        ]
        if fresh:
            timeline.update_articles(fresh)
            self.attached.emit([a.id for a in fresh])
