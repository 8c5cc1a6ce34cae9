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
    """The events of each article, in the order given, computed on ``workers`` processes."""
    jobs = [(a, published) for a in articles]
    if workers <= 1 or len(jobs) < 4:
        return [_one(j) for j in jobs]
    chunk = max(1, len(jobs) // (workers * 4))
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm) as pool:
        return list(pool.map(_one, jobs, chunksize=chunk))
