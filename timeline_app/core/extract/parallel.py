"""extract_many and read_many: many articles on several processes (extraction is CPU-bound
pure Python, so threads would share one core)."""

from __future__ import annotations

import datetime as _dt
import gc
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.extract.analysis import analyse, with_times
from timeline_app.core.extract.extractor import extract_events
from timeline_app.core.model import Article, Event

WORKER_GC_THRESHOLDS = (10_000, 10, 10)
"""The cycle collector's thresholds in an extracting process (Python's default: 700, 10, 10).
Extraction makes many short-lived objects and few cycles; with the default, collecting took 8%
of an extracting process's time (1.35 s of 17.3 s CPU for 162 Timeline17 articles), with these
and the start-up data frozen 2% (0.34 s)."""


def _warm() -> None:
    """An extracting process's start: the gazetteer and the lexicon loaded once, then they and
    everything the parent handed over (the articles, when forked) frozen out of the cycle
    collector's sight (they live as long as the process), which runs less often."""
    from timeline_app.core.extract.lexicon import lexicon
    from timeline_app.core.gazetteer import gazetteer

    gazetteer()
    lexicon()
    gc.freeze()
    gc.set_threshold(*WORKER_GC_THRESHOLDS)


def _one(args: tuple[Article | str, _dt.date | FuzzyDate | None]) -> list[Event]:
    return extract_events(args[0], args[1])


def read_article(
    article: Article, extract: Callable[..., list[Event]] = extract_events
) -> tuple[Article, list[Event]]:
    """An article read once: its events, and the article keeping its time expressions.

    ``extract`` is called as ``extract(article, analysis=...)`` (the window passes its own
    entry point, which tests replace)."""
    analysis = analyse(article.text, article.published, language=article.language)
    return with_times(article, analysis), extract(article, analysis=analysis)


def read_many(articles: Sequence[Article], workers: int = 2) -> list[tuple[Article, list[Event]]]:
    """:func:`read_article` for each article, in the order given, on ``workers`` processes
    (scheduled as :func:`extract_many` does)."""
    return _run(read_article, list(articles), workers, lambda a: len(a.text))


def read_as_loaded(articles: Iterable[Article], workers: int = 2) -> list[tuple[Article, list[Event]]]:
    """:func:`read_article` for each article ``articles`` yields, in that order, on ``workers``
    processes, each handed over as soon as it is yielded: the work of loading the articles (reading
    files, dropping page furniture) overlaps their extraction, instead of leaving the processes
    idle until the last file is loaded. Yield the longest first (see :func:`extract_many`). An
    error raised while yielding cancels the articles not yet started and is raised."""
    if workers <= 1:
        return [read_article(a) for a in articles]
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm) as pool:
        futures: list[Future[tuple[Article, list[Event]]]] = []
        try:
            for article in articles:
                futures.append(pool.submit(read_article, article))
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
        return [f.result() for f in futures]


_Job = TypeVar("_Job")
_Result = TypeVar("_Result")


def _run(
    work: Callable[[_Job], _Result], jobs: list[_Job], workers: int, length: Callable[[_Job], int]
) -> list[_Result]:
    if workers <= 1 or len(jobs) < 4:
        return [work(j) for j in jobs]
    order = sorted(range(len(jobs)), key=lambda i: -length(jobs[i]))
    out: list[_Result | None] = [None] * len(jobs)
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm) as pool:
        for i, result in zip(order, pool.map(work, [jobs[i] for i in order]), strict=True):
            out[i] = result
    return out  # type: ignore[return-value]  # every slot filled


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
    return _run(_one, jobs, workers, lambda job: _length(job[0]))


def _length(article: Article | str) -> int:
    return len(article) if isinstance(article, str) else len(article.text)
