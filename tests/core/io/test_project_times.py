"""Version 2 of the project file: articles keep their time expressions (issue 13.1)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.io.project import VERSION, load_project, parse_project, project_bytes, save_project
from timeline_app.core.model import Article, ArticleTimes, Timeline, TimeMark

TEXT = "Envoys met in Geneva on Monday. Talks resume in early December, for three days."
PUB = FuzzyDate(2025, 12, 3)


def tagged_article() -> Article:
    monday = TEXT.index("Monday")
    early = TEXT.index("early December")
    days = TEXT.index("three days")
    marks = (
        TimeMark(monday, monday + 6, "2025-12-01", FuzzyDate(2025, 12, 1), "Monday -> the last Monday"),
        TimeMark(early, early + 14, "2025-12", FuzzyDate(2025, 12, precision=Precision.MONTH), "a month"),
        TimeMark(days, days + 10, "P3D", None, "a duration"),
    )
    return Article("a1", "Talks", TEXT, PUB, times=ArticleTimes(PUB, marks))


def timeline_of(article: Article) -> Timeline:
    timeline = Timeline(title="Talks")
    timeline.add_article(article)
    return timeline


def test_time_expressions_are_saved_and_read_back(tmp_path: Path) -> None:
    article = tagged_article()
    path = tmp_path / "p.json"
    save_project(timeline_of(article), path)
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == VERSION == 2
    timeline, warnings = load_project(path)
    assert warnings == []
    (read,) = timeline.articles
    assert read.time_marks == article.time_marks
    assert read.times is not None and read.times.anchor == PUB


def test_a_version_1_file_reads_with_articles_to_tag_again() -> None:
    data = json.loads(project_bytes(timeline_of(tagged_article())))
    data["version"] = 1
    for item in data["articles"]:
        del item["times"]
    timeline, warnings = parse_project(data)
    assert warnings == []
    (read,) = timeline.articles
    assert read.text == TEXT and read.published == PUB
    assert read.time_marks is None


def test_time_expressions_of_a_re_dated_article_are_stale_and_not_written() -> None:
    redated = replace(tagged_article(), published=FuzzyDate(2025, 12, 10))
    assert redated.time_marks is None
    data = json.loads(project_bytes(timeline_of(redated)))
    assert "times" not in data["articles"][0]


def test_broken_time_expressions_are_dropped_with_a_warning_and_the_article_kept() -> None:
    good = json.loads(project_bytes(timeline_of(tagged_article())))
    for broken in (
        "not a list",
        [[0, 9999, "2025", None, ""]],  # outside the text
        [[0, 3, "2025", {"start": "2025-02-30"}, ""]],  # an impossible date
        [[0, 3, 2025, None, ""]],  # a value that is not text
        [[0, 3, "2025"]],  # too short
        [[True, 3, "2025", None, ""]],
    ):
        data = json.loads(json.dumps(good))
        data["articles"][0]["times"] = broken
        timeline, warnings = parse_project(data)
        (read,) = timeline.articles
        assert read.text == TEXT and read.time_marks is None
        assert len(warnings) == 1 and "time expressions" in warnings[0]
