"""Lanes: which horizontal band(s) each event goes in.

By actor, country, kind, article, or one lane for all. An event with two actors is in
both actors' lanes; it stays one event (one row in the columns), so selecting it in
one lane selects it in the other too. Countries come from a mapping function passed in,
by default :func:`gazetteer_country` (the shared gazetteer, core/gazetteer.py), so the widget and
every export get the same country lanes without the caller choosing a function.

A core module of its own (it was in ``layout``): the layout draws lanes and the data
formats name an event's group by them, and neither may import the other (import-linter's
layers contract in pyproject.toml).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from timeline_app.core.model import Article, Event, Kind

CountryOf = Callable[[str], str | None]


class LaneMode(StrEnum):
    NONE = "none"
    ACTOR = "actor"
    COUNTRY = "country"
    KIND = "kind"
    ARTICLE = "article"


NO_LANE_TITLES = {
    LaneMode.NONE: "All events",
    LaneMode.ACTOR: "No actor",
    LaneMode.COUNTRY: "No country",
    LaneMode.KIND: "Other",
    LaneMode.ARTICLE: "No article",
}


@dataclass(frozen=True, slots=True)
class Lane:
    key: str
    title: str


@functools.cache
def gazetteer_country(name: str) -> str | None:
    """The country of a place, person or capital in the shipped gazetteer, or None.

    Organisations (NATO, the UN) have no country and give None. The gazetteer is loaded
    on first use (about half a second), so only country lanes pay for it.
    """
    from timeline_app.core.gazetteer import gazetteer, key

    g = gazetteer()
    entry = g.lookup(key(name))
    if entry is None:
        return None
    return g.country_name(entry.country) or None


def kind_title(kind: Kind) -> str:
    return kind.value.capitalize()


class LaneKeys:
    """Turns an event into the keys of its lanes for one mode."""

    def __init__(
        self,
        mode: LaneMode,
        articles: Sequence[Article] = (),
        country_of: CountryOf | None = None,
    ) -> None:
        self.mode = LaneMode(mode)
        self.country_of = country_of or gazetteer_country
        self.article_titles = {a.id: a.title or a.id for a in articles}
        self._article_order = {
            a.id: (a.published.start_days if a.published else float("inf"), i) for i, a in enumerate(articles)
        }

    def keys(self, event: Event) -> tuple[str, ...]:
        """Lane keys of ``event``; ``("",)`` is the catch-all lane."""
        mode = self.mode
        if mode is LaneMode.NONE:
            return ("",)
        if mode is LaneMode.KIND:
            return (event.kind.value,)
        if mode is LaneMode.ACTOR:
            keys = event.actors
        elif mode is LaneMode.ARTICLE:
            keys = tuple(s.article for s in event.sources)
        else:
            found = (self.country_of(name) for name in (*event.actors, *event.places))
            keys = tuple(c for c in found if c)
        if not keys:
            return ("",)
        if len(keys) > 1:
            keys = tuple(dict.fromkeys(keys))
        return keys

    def title(self, key: str) -> str:
        if not key:
            return NO_LANE_TITLES[self.mode]
        if self.mode is LaneMode.KIND:
            return kind_title(Kind(key))
        if self.mode is LaneMode.ARTICLE:
            return self.article_titles.get(key, key)
        return key

    def order(self, counts: dict[str, int]) -> list[str]:
        """Lane order: kinds in the ontology's order, articles by publication date,
        actors and countries by number of events; the catch-all lane last."""
        keys = [k for k in counts if k]
        if self.mode is LaneMode.KIND:
            rank = {k.value: i for i, k in enumerate(Kind)}
            keys.sort(key=lambda k: rank.get(k, len(rank)))
        elif self.mode is LaneMode.ARTICLE:
            keys.sort(key=lambda k: self._article_order.get(k, (float("inf"), 0)))
        else:
            keys.sort(key=lambda k: (-counts[k], k.casefold()))
        if "" in counts:
            keys.append("")
        return keys
