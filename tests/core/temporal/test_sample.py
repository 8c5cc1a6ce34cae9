"""The bundled sample article (2 December 2025, a Tuesday): the dates a careful reader gives it."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.io.articles import load_article
from timeline_app.core.temporal import tag


@pytest.fixture
def sample(sample_path):
    article = load_article(sample_path)
    return article.text, tag(article.text, article.published)


def _at(found, text, phrase, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    hits = [e for e in found if e.start < start + len(phrase) and start < e.end]
    assert hits, f"{phrase!r} not tagged"
    return hits[0]


def test_publication_date_is_read_from_the_header(sample_path):
    assert load_article(sample_path).published == FuzzyDate(2025, 12, 2)


def test_monday_in_past_tense_is_the_day_before(sample):
    text, found = sample
    e = _at(found, text, "announced Monday")
    assert e.text == "Monday" and e.value == "2025-12-01" and e.date == FuzzyDate(2025, 12, 1)
    assert "2 December 2025" in e.explanation


def test_late_monday_keeps_the_day_and_marks_late(sample):
    text, found = sample
    e = _at(found, text, "Late Monday")
    assert e.text == "Late Monday"
    assert (e.value, e.mod, e.date.precision) == ("2025-12-01", "LATE", Precision.DAY)


def test_monday_before_a_main_verb_of_saying(sample):
    text, found = sample
    assert _at(found, text, "counterparts Monday").value == "2025-12-01"


def test_on_sunday_is_the_last_sunday(sample):
    text, found = sample
    assert _at(found, text, "On Sunday").value == "2025-11-30"


def test_will_receive_on_tuesday_is_the_publication_day(sample):
    text, found = sample
    e = _at(found, text, "on Tuesday")
    assert e.value == "2025-12-02"
    assert "future" in e.explanation


def test_earlier_this_month_is_month_precision(sample):
    text, found = sample
    e = _at(found, text, "earlier this month")
    assert e.text == "earlier this month"
    # published on 2 December: it may have been November, so the month is flagged approximate
    assert e.date == FuzzyDate(2025, 12, precision=Precision.MONTH, approximate=True)
    assert e.value == "2025-12" and "may have been the month before" in e.explanation


def test_no_false_dates_in_the_sample(sample):
    _, found = sample
    # "28-point", "in a dignified manner", "forthcoming negotiations" are not time expressions
    assert {e.text for e in found} <= {"Monday", "Late Monday", "Sunday", "Tuesday", "earlier this month"}


def test_header_date_also_counts_when_passed_as_a_date(sample):
    text, _ = sample
    assert tag(text, dt.date(2025, 12, 2)) == tag(text, FuzzyDate(2025, 12, 2))
