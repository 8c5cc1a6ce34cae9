"""Which events each article tells, kept up to date change by change.

The Articles dock (event counts) and the Article text (highlights) ask this after
every edit; scanning 100,000 events for it took about 0.1 s each time, which an
index that follows the Timeline's change notifications answers at once.
"""

from __future__ import annotations

from timeline_app.core.model import Change, Timeline


class ArticleIndex:
    """Fed each Change by its owner (``apply``) before the owner reads it, so that it is
    never behind (a Timeline calls its listeners in the order they subscribed)."""

    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self._events: dict[str, set[str]] = {}  # article id -> event ids
        self._articles: dict[str, frozenset[str]] = {}  # event id -> article ids
        self._rebuild()

    def event_ids(self, article_id: str) -> set[str]:
        return self._events.get(article_id, set())

    def count(self, article_id: str) -> int:
        return len(self._events.get(article_id, ()))

    def _rebuild(self) -> None:
        self._events, self._articles = {}, {}
        for event in self.timeline.iter_events():
            self._put(event.id, frozenset(s.article for s in event.sources))

    def _put(self, event_id: str, articles: frozenset[str]) -> None:
        self._articles[event_id] = articles
        for article_id in articles:
            self._events.setdefault(article_id, set()).add(event_id)

    def _drop(self, event_id: str) -> None:
        for article_id in self._articles.pop(event_id, frozenset()):
            self._events.get(article_id, set()).discard(event_id)

    def apply(self, change: Change) -> None:
        if change.kind == "reset":
            self._rebuild()
        elif change.what != "event":
            return
        elif change.kind == "removed":
            for event_id in change.ids:
                self._drop(event_id)
        else:  # added or updated: an edit may have changed the sources
            for event_id in change.ids:
                self._drop(event_id)
                event = self.timeline.event(event_id)
                self._put(event_id, frozenset(s.article for s in event.sources))
