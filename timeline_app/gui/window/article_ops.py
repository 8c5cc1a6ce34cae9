"""Article operations of the main window: remove, re-extract, correct the publication date.

A mixin of :class:`~timeline_app.gui.window.main_window.MainWindow`. What happens to the
events is decided in the core (:mod:`timeline_app.core.article_edits`): the
extractor's unreviewed events are redone, a person's are kept. Re-extraction runs
in the same worker as an import, so the window never waits for the extractor, and
each operation is one undoable command.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from timeline_app.core.article_edits import Outcome, before_reextraction, fresh_events, without_articles
from timeline_app.core.model import Article, Event
from timeline_app.gui import dialogs
from timeline_app.gui.window.commands import ReplaceContentsCommand
from timeline_app.gui.window.project_ops import count_text
from timeline_app.gui.window.workers import ImportResult

if TYPE_CHECKING:
    from timeline_app.gui.window.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


def _named(articles: list[Article], verb: str) -> str:
    if len(articles) == 1:
        return f"{verb} “{articles[0].title[:40]}”"
    return f"{verb} {len(articles)} articles"


def _same(before: list, now: list) -> bool:
    """The same objects in the same order (frozen objects: identity means unchanged)."""
    return len(before) == len(now) and all(x is y for x, y in zip(before, now, strict=True))


class ArticleOps(_Base):
    def chosen_articles(self) -> list[Article]:
        """The articles selected in the Articles panel (else the one the text panel shows)."""
        timeline = self.document.timeline
        ids = self.articles_list.selected_articles()
        if not ids and self._shown_article:
            ids = [self._shown_article]
        return [timeline.article(i) for i in ids if timeline.has_article(i)]

    def _need_articles(self) -> list[Article]:
        articles = self.chosen_articles()
        if not articles:
            self.statusBar().showMessage("Choose an article in the Articles panel first", 5000)
        return articles

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
        self.statusBar().showMessage("; ".join(parts) + " (Undo brings them back)", 10000)

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
        return self.start_import(
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
        published = dialogs.ask_publication_date(self, article.title, article.published)
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
            self.statusBar().showMessage(
                "The project changed while extracting: nothing was replaced; try again", 10000
            )
            return
        if result.errors and not result.articles:
            dialogs.show_error(self, "Extract again", result.errors[0])
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
        self.statusBar().showMessage(
            f"{_named(articles, 'Extracted')} again: {count_text(len(new) + len(updated), 'event')}"
            f" (before: {before}); events you reviewed or made were kept",
            10000,
        )
