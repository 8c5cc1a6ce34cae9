"""What happens to events when an article leaves the project or is extracted again.

Both edits follow one rule: what a person made or checked stays, what the
extractor made from the article alone is the extractor's to redo.

- Removing an article removes the events that only it tells. An event also told
  by other articles keeps those sources. A manual event keeps existing without the
  removed article's sources: a person wrote it, and undo is the way back.
- Re-extracting an article (after its publication date was corrected, or after a
  better extractor) first takes out its unreviewed extracted events, and strips its
  sources from unreviewed extracted events other articles also tell; the new
  extraction is then merged into what is left, exactly as an import is. Reviewed and
  manual events are never touched, and a new event whose id is already taken by such
  an event is dropped: the person's version of that sentence stands.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from timeline_app.core.model import Event, Origin


@dataclass(frozen=True, slots=True)
class Outcome:
    """The events after the edit, and what changed, for the status line."""

    events: list[Event]
    removed: int = 0  # events taken out
    trimmed: int = 0  # events that lost sources but stay


def without_articles(events: Iterable[Event], article_ids: Iterable[str]) -> Outcome:
    """The events once the articles ``article_ids`` are removed from the project."""
    gone = frozenset(article_ids)
    kept: list[Event] = []
    removed = trimmed = 0
    for event in events:
        sources = tuple(s for s in event.sources if s.article not in gone)
        if len(sources) == len(event.sources):
            kept.append(event)
        elif sources or event.origin is Origin.MANUAL:
            kept.append(event.with_changes(sources=sources))
            trimmed += 1
        else:
            removed += 1
    return Outcome(kept, removed, trimmed)


def _redoable(event: Event) -> bool:
    return event.origin is Origin.EXTRACTED and not event.reviewed


def before_reextraction(events: Iterable[Event], article_ids: Iterable[str]) -> Outcome:
    """The events with what the extractor made from ``article_ids`` taken out."""
    redo = frozenset(article_ids)
    kept: list[Event] = []
    removed = trimmed = 0
    for event in events:
        if not _redoable(event) or not any(s.article in redo for s in event.sources):
            kept.append(event)
            continue
        sources = tuple(s for s in event.sources if s.article not in redo)
        if sources:
            kept.append(event.with_changes(sources=sources))
            trimmed += 1
        else:
            removed += 1
    return Outcome(kept, removed, trimmed)


def fresh_events(kept: Sequence[Event], extracted: Iterable[Event]) -> list[Event]:
    """The newly extracted events whose ids are free (a kept event's id wins)."""
    taken = {e.id for e in kept}
    return [e for e in extracted if e.id not in taken]
