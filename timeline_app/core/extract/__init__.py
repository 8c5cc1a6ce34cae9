"""Events from articles: who did what, to whom, where, when, how sure we are, and where it says so.

Entry points: :func:`extract_events` (one article), :func:`merge_events` (the same event told
by several articles becomes one), :func:`reextract` (re-running extraction without touching
what a person edited), :func:`extract_many` (many articles on several processes) and
:func:`read_many` (the same, each article also keeping its time expressions).
"""

from timeline_app.core.extract.extractor import article_for_text, extract_events
from timeline_app.core.extract.merge import merge_events, reextract
from timeline_app.core.extract.parallel import extract_many, read_as_loaded, read_many

__all__ = [
    "article_for_text",
    "extract_events",
    "extract_many",
    "merge_events",
    "read_as_loaded",
    "read_many",
    "reextract",
]
