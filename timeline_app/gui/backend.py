"""The core functions the window calls, in one place (tests replace some of them).

The core is imported when a function is first called, not when the window starts: the
extractor and the tagger take a moment to load, and the window should be up before. A
core module that fails to import fails the call, loudly (no stand-ins).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.errors import InputError
from timeline_app.core.model import Article, Event, Timeline

if TYPE_CHECKING:
    from timeline_app.core.extract.analysis import AnalysedText


def load_article(path: str | Path, published: FuzzyDate | None = None) -> Article:
    """Read an article file (raises InputError with a one-line message)."""
    from timeline_app.core.io.articles import load_article as load

    return load(path, published=published)


def article_from_text(text: str, title: str | None = None, published: FuzzyDate | None = None) -> Article:
    from timeline_app.core.io.articles import article_from_text as read

    return read(text, title=title, published=published)


def article_from_html(html: str, published: FuzzyDate | None = None) -> Article:
    from timeline_app.core.io.articles import article_from_html as read

    return read(html, published=published)


def extract_events(article: Article, analysis: AnalysedText | None = None) -> list[Event]:
    """Events of an article (``analysis``: the article already split and tagged, reused)."""
    from timeline_app.core.extract import extract_events as extract

    return list(extract(article, analysis=analysis))


def extract_item(
    item: str | Path | Article, published: FuzzyDate | None
) -> tuple[Article, list[Event]] | str:
    """Load (if a path), extract and tag one article; a one-line error text instead of raising.

    Runs in the extraction process, so it must stay free of Qt and picklable in and out.
    The time expressions come along so that the window never tags (and never compiles
    the tagger's grammar) on the GUI thread while an import finishes.
    """
    title = str(item) if not isinstance(item, Article) else item.title
    try:
        article = item if isinstance(item, Article) else load_article(item, published)
        title = article.title
        from timeline_app.core.extract.parallel import read_article

        return read_article(article, extract_events)  # read once: the extractor reuses the tagging
    except InputError as error:
        return str(error)
    except Exception as error:  # an extractor bug skips one article, not the import
        return f"{title}: extraction failed ({type(error).__name__}: {error})"


def merge_new_events(existing: list[Event], new: list[Event]) -> tuple[list[Event], list[Event]]:
    """Fold ``new`` events into ``existing`` ones that tell the same thing (the extractor's
    merge; events a person edited are never touched). Returns (changed existing, added)."""
    from timeline_app.core.extract import merge_events

    merged = list(merge_events(existing, new))
    n = len(existing)
    changed = [m for old, m in zip(existing, merged[:n], strict=True) if m != old]
    return changed, merged[n:]


def warm_up() -> None:
    """Load the extractor and the tagger (in the extraction process, before any import)."""
    extract_item(Article(id="warm-up", title="", text="Talks were held on Monday."), None)


def tag_article(article: Article) -> Article | str:
    """``article`` keeping the time expressions of its text, resolved against its publication
    date (one of a version 1 project, which kept none); a one-line error text instead of
    raising. Runs off the GUI thread (the extraction process), like :func:`extract_item`."""
    try:
        from timeline_app.core.extract.analysis import analyse, with_times

        return with_times(article, analyse(article.text, article.published, language=article.language))
    except Exception as error:  # a tagger bug leaves one article without highlights, said so
        return f"{article.title}: reading its dates failed ({type(error).__name__}: {error})"


def project_bytes(timeline: Timeline) -> bytes:
    from timeline_app.core.io.project import project_bytes as dump

    return bytes(dump(timeline))


def parse_project(data: bytes) -> tuple[Timeline, list[str]]:
    from timeline_app.core.io.project import parse_project as parse

    timeline, warnings = parse(data)
    return timeline, [str(w) for w in warnings]


def load_project(path: str | Path) -> tuple[Timeline, list[str]]:
    from timeline_app.core.io.atomic import remove_stale_temporaries
    from timeline_app.core.io.project import load_project as load

    remove_stale_temporaries(path)  # what a save killed in an earlier session left next to it
    timeline, warnings = load(path)
    return timeline, [str(w) for w in warnings]


def is_project_file(path: str | Path) -> bool:
    """A project rather than an article or an exchange file (see core.io.project)."""
    from timeline_app.core.io.project import is_project_file as is_project

    return is_project(path)


def is_exchange_file(path: str | Path) -> bool:
    """CSV, iCalendar or TimelineJS3 events to import (see core.io.exchange.import_file)."""
    suffix = Path(path).suffix.lower()
    return suffix in (".csv", ".ics") or (suffix == ".json" and not is_project_file(path))
