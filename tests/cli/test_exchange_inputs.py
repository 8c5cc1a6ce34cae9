"""The CLI reads CSV, iCalendar and TimelineJS3 files as inputs, like projects."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline_app.cli import main
from timeline_app.core.dates import FuzzyDate
from timeline_app.core.io.exchange import export_csv, export_ics, export_timelinejs
from timeline_app.core.io.project import load_project
from timeline_app.core.model import Event, Kind, Status, Timeline


def small_timeline() -> Timeline:
    timeline = Timeline(title="Talks")
    timeline.add_events(
        [
            Event(id="e1", title="Envoys meet in Geneva", when=FuzzyDate(2025, 3, 4), kind=Kind.CONSULT),
            Event(id="e2", title="Ceasefire planned", when=FuzzyDate(2025, 4, precision="month"),
                  status=Status.PLANNED),
        ]
    )  # fmt: skip
    return timeline


@pytest.mark.parametrize("name", ["in.csv", "in.json", "in.ics"])
def test_extract_reads_event_files(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    source = small_timeline()
    if name.endswith(".csv"):
        path.write_text(export_csv(source), encoding="utf-8")
    elif name.endswith(".json"):
        path.write_text(json.dumps(export_timelinejs(source)), encoding="utf-8")
    else:
        path.write_bytes(export_ics(source).data)
    out = tmp_path / "out.json"
    assert main(["extract", str(path), "-o", str(out)]) == 0
    timeline, _ = load_project(out)
    assert sorted((e.title, e.when.iso()) for e in timeline.events if e.when) == [
        ("Ceasefire planned", "2025-04"),
        ("Envoys meet in Geneva", "2025-03-04"),
    ]


def test_a_json_that_is_neither_project_nor_timelinejs_is_one_line(tmp_path: Path, capsys) -> None:
    path = tmp_path / "other.json"
    path.write_text('{"something": 1}', encoding="utf-8")
    assert main(["extract", str(path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "other.json" in err
