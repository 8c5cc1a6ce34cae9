"""The extractor on news it was not tuned on: the project's own wire-style stories in fixtures/.

Floors, not exact figures: each test fails when the rules regress on unseen prose. The
benchmark (benchmarks/bench_events.py) prints the figures themselves.
"""

from __future__ import annotations

import pytest

from .news import NewsScore, fixture_names, score_all, score_story, title_problem


@pytest.fixture(scope="module")
def score() -> NewsScore:
    return score_all()


def test_there_are_enough_stories_to_judge_by():
    assert len(fixture_names()) >= 12


def test_every_calendar_date_dates_an_event_that_quotes_it(score: NewsScore):
    # the general rule of issue 4: a date expression with a calendar value dates an event
    # whose quote contains it
    misses = [m for m in score.misses if "dates no event" in m]
    assert score.calendar >= 60
    assert score.calendar_dated == score.calendar, misses


def test_expected_events_are_found_with_their_dates(score: NewsScore):
    assert score.found >= score.expected - 2, [m for m in score.misses if "no event" in m]


@pytest.mark.parametrize("attribute", ["actors", "places", "kind", "status", "title"])
def test_attributes_of_the_found_events(score: NewsScore, attribute: str):
    floor = {"actors": 0.95, "places": 0.95, "kind": 0.9, "status": 0.9, "title": 0.93}[attribute]
    assert score.right[attribute] >= floor * score.found, [m for m in score.misses if f" {attribute}:" in m]


def test_people_are_resolved_with_their_countries(score: NewsScore):
    assert score.people_right >= score.people - 1, [m for m in score.misses if "person" in m]


def test_titles_read_like_headlines(score: NewsScore):
    assert len(score.titles_bad) <= score.titles // 20, score.titles_bad


def test_roles_come_with_known_people():
    events = score_story("01_lavrov_rubio_call", NewsScore())
    roles = {name: role for ev in events for name, role in ev.roles}
    assert "Foreign Minister" in roles.get("Sergei Lavrov", "")
    assert "Secretary of State" in roles.get("Marco Rubio", "")


@pytest.mark.parametrize(
    ("title", "ok"),
    [
        ("Putin to receive Witkoff in Moscow", True),
        ("Blast in Nairobi occurs at about", False),
        ("Rubio meets Rubio", True),
        ("Netanyahu addresses the United Nations United Nations", False),
        ("x" * 81, False),
    ],
)
def test_title_checks(title: str, ok: bool):
    assert (title_problem(title) == "") is ok
