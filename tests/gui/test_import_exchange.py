"""Importing events made elsewhere (CSV, TimelineJS3, iCalendar) into the window, undoably."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.gui.conftest import synthetic_timeline
from timeline_app.core.io.exchange import export_csv, export_ics, export_timelinejs
from timeline_app.core.io.project import save_project
from timeline_app.gui import backend


@pytest.mark.parametrize("fmt", ["csv", "json", "ics"])
def test_event_files_import_as_one_undoable_step(window, tmp_path: Path, fmt: str) -> None:
    source = synthetic_timeline(2)
    path = tmp_path / f"events.{fmt}"
    if fmt == "csv":
        path.write_text(export_csv(source), encoding="utf-8")
    elif fmt == "json":
        path.write_text(json.dumps(export_timelinejs(source)), encoding="utf-8")
    else:
        path.write_bytes(export_ics(source).data)
    assert backend.is_exchange_file(path) and not backend.is_project_file(path)
    assert window.import_ops.import_files([path])
    timeline = window.document.timeline
    assert sorted(e.title for e in timeline.events) == sorted(e.title for e in source.events)
    assert window.document.undo_stack.count() == 1
    window.actions_by_name["undo"].trigger()
    assert len(window.document.timeline) == 0


def test_a_project_json_is_opened_not_imported(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    save_project(synthetic_timeline(1), path)
    assert backend.is_project_file(path) and not backend.is_exchange_file(path)


def test_a_broken_event_file_is_reported_in_one_line(window, tmp_path: Path, monkeypatch) -> None:
    from timeline_app.gui import dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: shown.append(message))
    path = tmp_path / "broken.json"
    path.write_text('{"events": 3}', encoding="utf-8")
    window.import_ops.import_files([path])
    assert len(shown) == 1 and "broken.json" in shown[0] and "\n" not in shown[0]
    assert len(window.document.timeline) == 0
