"""Article operations: remove, re-extract, correct the publication date.

What happens to the events is decided in the core (:mod:`timeline_app.core.article_edits`): the
extractor's unreviewed events are redone, a person's are kept. Re-extraction runs
in the same worker as an import, so the window never waits for the extractor, and
each operation is one undoable command.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget

from timeline_app.core.article_edits import Outcome, before_reextraction, fresh_events, without_articles
from timeline_app.core.model import Article, Event
from timeline_app.gui import dialogs
from timeline_app.gui.panels.article_view import ArticleView
from timeline_app.gui.panels.articles_dock import ArticlesList
from timeline_app.gui.window.commands import ReplaceContentsCommand
from timeline_app.gui.window.document import Document
from timeline_app.gui.window.import_ops import ImportOps
from timeline_app.gui.window.status import StatusLine, count_text
from timeline_app.gui.window.workers import ImportResult


def _named(articles: list[Article], verb: str) -> str:
    if len(articles) == 1:
        return f"{verb} “{articles[0].title[:40]}”"
    return f"{verb} {len(articles)} articles"


def _same(before: list, now: list) -> bool:
    """The same objects in the same order (frozen objects: identity means unchanged; an
    article may also be an equal one that kept its time expressions meanwhile)."""
    return len(before) == len(now) and all(x is y or x == y for x, y in zip(before, now, strict=True))


class ArticleOps:
    """Remove, extract again and re-date the articles chosen in the Articles panel.

    Args:
        document: the timeline and its undo stack.
        articles_list: the Articles panel, whose selection the operations apply to.
        article_view: the Article Text panel (its article is chosen when the list has none).
        imports: runs the extraction in its worker.
        parent: the window, for dialogs.
        status: where an operation says what it did.
    """

    def __init__(
        self,
        document: Document,
        articles_list: ArticlesList,
        article_view: ArticleView,
        imports: ImportOps,
        parent: QWidget,
        status: StatusLine,
    ) -> None:
        self.document = document
        self.articles_list = articles_list
        self.article_view = article_view
        self.imports = imports
        self.parent_widget = parent
        self.status = status

    def chosen_articles(self) -> list[Article]:
        """The articles selected in the Articles panel (else the one the text panel shows)."""
        timeline = self.document.timeline
        ids = self.articles_list.selected_articles()
        shown = self.article_view.article
        if not ids and shown is not None:
            ids = [shown.id]
        return [timeline.article(i) for i in ids if timeline.has_article(i)]

    def _need_articles(self) -> list[Article]:
        articles = self.chosen_articles()
        if not articles:
            self.status.showMessage("Choose an article in the Articles panel first", 5000)
        return articles

    def remove_if_focused(self) -> bool:
        """Delete where the user is: the articles chosen in the Articles panel if it has the
        keyboard (with the events only they tell); False if it has not."""
        if self.articles_list.hasFocus() and self.articles_list.selected_articles():
            self.remove_articles()
            return True
        return False

    # -- remove -----------------------------------------------------------------------------

    def remove_articles(self) -> None:
        """Remove the chosen articles and the events only they tell (one undoable step)."""
        articles = self._need_articles()
        if not articles:
            return
        timeline = self.document.timeline
        gone = {a.id for a in articles}
        outcome = without_articles(timeline.iter_events(), gone)
        kept_articles = [a for a in timeline.articles if a.id not in gone]
        text = _named(articles, "Remove")
        self.document.push(ReplaceContentsCommand(timeline, kept_articles, outcome.events, text))
        parts = [f"{text.replace('Remove', 'Removed', 1)} and {count_text(outcome.removed, 'event')}"]
        if outcome.trimmed:
            parts.append(f"{count_text(outcome.trimmed, 'event')} kept their other sources")
        self.status.showMessage("; ".join(parts) + " (Undo brings them back)", 10000)

    # -- re-extract ---------------------------------------------------------------------------

    def reextract_articles(self, articles: list[Article] | None = None, label: str | None = None) -> bool:
        """Extract the chosen articles' events again: unreviewed extracted events are
        replaced, reviewed and manual ones kept. ``label`` names the undo step.
        False if nothing was started."""
        articles = articles if articles is not None else self._need_articles()
        if not articles:
            return False
        timeline = self.document.timeline
        snapshot = (timeline.articles, timeline.events)
        outcome = before_reextraction(snapshot[1], [a.id for a in articles])
        return self.imports.start_import(
            list(articles),
            existing=outcome.events,
            finish=lambda result: self._apply_reextraction(result, articles, snapshot, outcome, label),
            message=f"{_named(articles, 'Extracting')} again…",
        )

    def change_publication_date(self) -> None:
        """Correct an article's publication date; its events are then dated again from it."""
        articles = self._need_articles()
        if not articles:
            return
        article = articles[0]
        published = dialogs.ask_publication_date(self.parent_widget, article.title, article.published)
        if published is None or published == article.published:
            return
        label = f"Date “{article.title[:40]}” {published.label()}"
        self.reextract_articles([replace(article, published=published)], label)

    def _apply_reextraction(
        self,
        result: ImportResult,
        articles: list[Article],
        snapshot: tuple[list[Article], list[Event]],
        outcome: Outcome,
        label: str | None = None,
    ) -> None:
        timeline = self.document.timeline
        if not _same(snapshot[0], timeline.articles) or not _same(snapshot[1], timeline.events):
            self.status.showMessage(
                "The project changed while extracting: nothing was replaced; try again", 10000
            )
            return
        if result.errors and not result.articles:
            dialogs.show_error(self.parent_widget, "Extract again", result.errors[0])
            return
        fresh_articles = {a.id: a for a in result.articles}
        updated = {e.id: e for e in result.updated}
        kept = [updated.get(e.id, e) for e in outcome.events]
        new = fresh_events(kept, result.events)
        text = label or _named(articles, "Extract") + " again"
        self.document.push(
            ReplaceContentsCommand(
                timeline, [fresh_articles.get(a.id, a) for a in timeline.articles], kept + new, text
            )
        )
        before = outcome.removed + outcome.trimmed
        self.status.showMessage(
            f"{_named(articles, 'Extracted')} again: {count_text(len(new) + len(updated), 'event')}"
            f" (before: {before}); events you reviewed or made were kept",
            10000,
        )
