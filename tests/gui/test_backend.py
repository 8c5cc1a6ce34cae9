"""The window's calls into the core: an imported article is read (split and tagged) once."""

from __future__ import annotations

import datetime as dt

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.model import Article
from timeline_app.gui import backend

PUB = dt.date(2031, 3, 12)
TEXT = "Ministers met in Geneva on Monday. They will meet again next Tuesday."


def test_the_import_worker_tags_each_article_once(count_tagging: list[str]) -> None:
    article = Article(id="a", title="Talks", text=TEXT, published=FuzzyDate.from_date(PUB))
    outcome = backend.extract_item(article, None)
    assert not isinstance(outcome, str)
    kept, events = outcome
    assert len(count_tagging) == 1
    assert events
    assert kept.time_marks is not None  # the article keeps them, for the view and the project file
    assert {t.value for t in kept.time_marks} >= {"2031-03-10", "2031-03-18"}
    from dataclasses import replace

    redated = replace(kept, published=FuzzyDate.from_date(dt.date(2031, 3, 19)))
    assert redated.time_marks is None  # stale: "Monday" is another day now
    again = backend.tag_article(redated)
    assert not isinstance(again, str) and again.time_marks is not None
    assert "2031-03-17" in {t.value for t in again.time_marks}
    assert len(count_tagging) == 2


def test_a_tagger_failure_is_a_one_line_reason(monkeypatch) -> None:
    from timeline_app.core.extract import analysis

    def broken(*args, **kwargs):
        raise RuntimeError("grammar exploded")

    monkeypatch.setattr(analysis, "tag", broken)
    article = Article(id="a", title="Talks", text=TEXT, published=FuzzyDate.from_date(PUB))
    reason = backend.tag_article(article)
    assert isinstance(reason, str) and reason.startswith("Talks: ") and "grammar exploded" in reason
