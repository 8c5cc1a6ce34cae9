"""What each exchange format looks like to the program that reads it."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.core.io.test_exchange import sample_timeline
from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.errors import InputError
from timeline_app.core.io.exchange import (
    export_csv,
    export_markdown,
    export_timelinejs,
    import_csv,
    import_timelinejs,
)
from timeline_app.core.io.exchange.csv_io import escape_cell, unescape_cell
from timeline_app.core.io.exchange.records import join_list, split_list
from timeline_app.core.model import Event, Timeline


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def test_no_csv_cell_can_run_as_a_formula():
    for row in _rows(export_csv(sample_timeline(), lanes="actor")):
        for name, value in row.items():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (name, value)


def test_csv_keeps_precision_and_label_readable():
    rows = {r["id"]: r for r in _rows(export_csv(sample_timeline()))}
    assert (rows["e-001"]["date"], rows["e-001"]["precision"]) == ("2025-11", "month")
    assert rows["e-001"]["date_label"] == "Nov 2025"
    assert rows["e-011"]["date"] == "'-0043-03-15"  # a negative year is text a spreadsheet must not compute
    assert rows["e-000"]["sources"] == "The Daily Wire, Geneva, 3 Dec 2025"


@given(st.text())
def test_cell_escaping_is_reversible(text):
    escaped = escape_cell(text)
    assert not escaped.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert unescape_cell(escaped) == text


@given(st.lists(st.text().map(str.strip).filter(bool)))
def test_list_cells_split_back(items):
    assert split_list(join_list(items)) == tuple(items)


def test_csv_import_skips_bad_rows_with_a_warning():
    text = (
        "title,date,precision,kind\nGood,2025-11,month,agree\nBad,2025-13-40,,\n,2025,,\nOdd kind,2025,,XYZ\n"
    )
    result = import_csv(text)
    titles = sorted(e.title for e in result.timeline.events)
    assert titles == ["Good", "Odd kind"]
    assert any("row 3" in w for w in result.warnings)
    assert any("row 4" in w for w in result.warnings)
    assert any("XYZ" in w for w in result.warnings)


def test_csv_without_title_column_is_an_input_error():
    with pytest.raises(InputError, match="title"):
        import_csv("name,when\nx,2025\n")


def test_timelinejs_dates_go_only_down_to_the_precision():
    doc = export_timelinejs(sample_timeline(), lanes="actor")
    slides = {s["unique_id"]: s for s in doc["events"]}
    assert slides["e-000"]["start_date"] == {"year": 2025, "month": 12, "day": 1}
    assert "end_date" not in slides["e-000"]
    assert slides["e-001"]["start_date"] == {"year": 2025, "month": 11}
    assert slides["e-002"]["start_date"] == {"year": 2025, "month": 11, "day": 30, "hour": 14, "minute": 5}
    assert slides["e-005"]["end_date"] == {"year": 2025, "month": 12}  # Q4 ends in December
    assert slides["e-007"]["start_date"] == {"year": 2026}
    assert slides["e-007"]["display_date"] == "c. 2026"
    assert slides["e-008"]["end_date"] == {"year": 1999}
    assert slides["e-000"]["group"] == "United States"
    assert "e-012" not in slides  # TimelineJS cannot place an undated event
    assert doc["title"]["text"]["headline"] == "Geneva talks"


def test_timelinejs_from_another_tool_reads_precision_and_approximation():
    doc = {
        "title": {"text": {"headline": "<b>Other</b> tool"}},
        "events": [
            {"start_date": {"year": "2019", "month": "4"}, "text": {"headline": "Month"}, "unique_id": "m"},
            {"start_date": {"year": 1999}, "display_date": "c. 1999", "text": {"text": "<p>No headline</p>"}},
            {"start_date": {"year": 2001, "month": 1, "day": 2},
             "end_date": {"year": 2001, "month": 1, "day": 5},
             "text": {"headline": "Range &amp; more"}, "unique_id": "r"},
            {"text": {"headline": "No date"}},
        ],
    }  # fmt: skip
    result = import_timelinejs(doc)
    events = {e.title: e for e in result.timeline.events}
    assert result.timeline.title == "Other tool"
    assert events["Month"].when == FuzzyDate(2019, 4, precision=Precision.MONTH)
    assert events["No headline"].when == FuzzyDate(1999, precision=Precision.YEAR, approximate=True)
    assert events["Range & more"].when == FuzzyDate(2001, 1, 2, end=FuzzyDate(2001, 1, 5))
    assert len(result.warnings) == 1 and "event 4" in result.warnings[0]


def test_timelinejs_rejects_what_is_not_a_timeline():
    with pytest.raises(InputError):
        import_timelinejs({"slides": []})


def test_markdown_is_a_dated_list_with_numbered_sources():
    text = export_markdown(sample_timeline(), subtitle="As of December")
    lines = text.splitlines()
    assert lines[0] == "# Geneva talks"
    assert "## 2025" in lines and "## Undated" in lines and "## Sources" in lines
    assert (
        lines.index("## 44 BC") < lines.index("## 1990") < lines.index("## 2025") < lines.index("## Undated")
    )
    meet = next(line for line in lines if "Ministers meet in Geneva" in line)
    assert meet.startswith("- **1 Dec 2025**:") and meet.endswith("[1]")
    assert "1. The Daily Wire, Geneva, 3 Dec 2025: “Talks in Geneva”" in lines
    assert any(line.startswith("2. ") for line in lines)
    assert "\\=" not in text and "\\*" not in text.split("## Sources")[0].replace("**", "")


def test_duplicate_ids_get_new_ones():
    timeline = Timeline()
    timeline.add_event(Event("e-1", "One", FuzzyDate(2025, precision=Precision.YEAR)))
    text = export_csv(timeline)
    body = text.splitlines()[1]
    result = import_csv(text + body.replace("One", "Two") + "\r\n")
    assert len(result.timeline.events) == 2
    assert len({e.id for e in result.timeline.events}) == 2
    assert "used twice" in result.warnings[0]
