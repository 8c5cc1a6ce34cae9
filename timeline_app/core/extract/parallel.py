"""extract_many: many articles on several processes (extraction is CPU-bound pure Python,
so threads would share one core)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.extract.extractor import extract_events
from timeline_app.core.model import Article, Event


def _warm() -> None:
    from timeline_app.core.extract.gazetteer import gazetteer
    from timeline_app.core.extract.lexicon import lexicon

    gazetteer()
    lexicon()


def _one(args: tuple[Article | str, _dt.date | FuzzyDate | None]) -> list[Event]:
    return extract_events(args[0], args[1])


def extract_many(
    articles: Sequence[Article | str],
    workers: int = 2,
    published: _dt.date | FuzzyDate | None = None,
) -> list[list[Event]]:
    """The events of each article, in the order given, computed on ``workers`` processes.

    The longest articles go first, one at a time, and the shorter ones fill in behind them, so
    no process is left with a long article when the others are done (a collection's longest
    article can take a third of the whole; in the given order, in chunks, the slowest process
    took half as long again as the ideal even share)."""
    jobs = [(a, published) for a in articles]
    if workers <= 1 or len(jobs) < 4:
        return [_one(j) for j in jobs]
    order = sorted(range(len(jobs)), key=lambda i: -_length(jobs[i][0]))
    out: list[list[Event]] = [[] for _ in jobs]
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm) as pool:
        for i, events in zip(order, pool.map(_one, [jobs[i] for i in order]), strict=True):
            out[i] = events
    return out


def _length(article: Article | str) -> int:
    return len(article) if isinstance(article, str) else len(article.text)
