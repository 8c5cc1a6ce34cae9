"""The window's side of export and of the timeline view: requests become files or commands."""

from __future__ import annotations

import csv

from PySide6.QtGui import QImage

from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.model import Status
from timeline_app.gui import dialogs
from timeline_app.gui.export import dialog as export_dialog
from timeline_app.gui.panels.filters import EventFilter


def _export(win, qtbot, monkeypatch, request):
    seen = {}

    def ask(parent, title, span, visible, folder, lanes):
        seen.update(title=title, span=span)
        return request

    monkeypatch.setattr(export_dialog, "ask_export_options", ask)
    with qtbot.waitSignal(win.export_ops.finished, timeout=30000, check_params_cb=lambda *a: True) as done:
        assert win.export_ops.export()
    assert win.export_ops.worker is None
    return seen, done.args[0]


def test_export_writes_the_filtered_events_off_the_gui_thread(filled_window, qtbot, monkeypatch, tmp_path):
    win = filled_window
    win.filter_bar.set_filter(EventFilter(actor="Sudria"))
    target = tmp_path / "out.csv"
    seen, summary = _export(win, qtbot, monkeypatch, export_dialog.ExportRequest(str(target), "csv"))
    assert seen["span"] is not None
    rows = list(csv.DictReader(target.read_text(encoding="utf-8").splitlines()))
    assert len(rows) == len(EventFilter(actor="Sudria").matching_ids(win.document.timeline)) == 9
    assert "out.csv" in summary and "9" in summary
    assert win.statusBar().currentMessage() == summary


def test_png_export_from_the_window(filled_window, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "out.png"
    options = export_dialog.ExportOptions(width=800, height=400)
    _export(filled_window, qtbot, monkeypatch, export_dialog.ExportRequest(str(target), "png", options))
    image = QImage(str(target))
    assert not image.isNull() and image.width() >= 800


def test_a_png_is_painted_on_the_gui_thread_and_encoded_off_it(filled_window, qtbot, monkeypatch, tmp_path):
    import threading

    from timeline_app.gui.export import export

    threads = {}
    paint, encode = export._paint_png, export._encode_png

    def painting(*args):
        threads["paint"] = threading.current_thread()
        return paint(*args)

    def encoding(*args):
        threads["encode"] = threading.current_thread()
        return encode(*args)

    monkeypatch.setattr(export, "_paint_png", painting)
    monkeypatch.setattr(export, "_encode_png", encoding)
    target = tmp_path / "out.png"
    request = export_dialog.ExportRequest(
        str(target), "png", export_dialog.ExportOptions(width=900, height=500)
    )
    _export(filled_window, qtbot, monkeypatch, request)
    assert threads["paint"] is threading.main_thread()
    assert threads["encode"] is not threading.main_thread()
    assert QImage(str(target)).width() == 900


def test_export_error_is_one_line(filled_window, qtbot, monkeypatch, tmp_path):
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: errors.append(message))
    bad = export_dialog.ExportRequest(str(tmp_path / "missing-folder" / "x.csv"), "csv")
    _export(filled_window, qtbot, monkeypatch, bad)
    assert len(errors) == 1 and "\n" not in errors[0]


def test_dragging_an_event_on_the_timeline_is_an_undoable_date_move(filled_window):
    win = filled_window
    event = win.document.timeline.events[4]
    new_date = FuzzyDate(2025, 6, precision=Precision.MONTH)
    win.view.eventDateChanged.emit(event.id, new_date)  # what the view emits at the end of a drag
    assert win.document.timeline.event(event.id).when == new_date
    assert win.document.undo_stack.undoText().startswith("Move to")
    win.actions_by_name["undo"].trigger()
    assert win.document.timeline.event(event.id) == event


def test_view_selection_and_context_menu_reach_the_window(filled_window):
    win = filled_window
    ids = [e.id for e in win.document.timeline.events[:2]]
    win.view.selectionChanged.emit(ids)
    assert win.document.selection.ids == ids
    assert win.panels.inspector.current_event.id == ids[0]
    win.view.actionRequested.emit("deny", ids)
    assert all(win.document.timeline.event(i).status is Status.DENIED for i in ids)
    win.view.actionRequested.emit("delete", ids[:1])
    assert not win.document.timeline.has_event(ids[0])
    assert win.document.undo_stack.count() == 2


def test_lanes_from_the_view_menu(filled_window):
    win = filled_window
    win.actions_by_name["lanes_kind"].trigger()
    assert win.settings.default_lanes == "kind"
    assert win.view.timeline_layout().mode.value == "kind"


def test_add_duplicate_merge_split_through_the_menu_actions(filled_window):
    win = filled_window
    timeline = win.document.timeline
    win.actions_by_name["add_event"].trigger()
    (added,) = win.document.selection.ids
    assert timeline.event(added).title == "New event"
    assert win.panels.inspector.title.hasFocus() or win.panels.inspector.current_event.id == added
    first, second = timeline.events[0].id, timeline.events[5].id
    win.document.selection.set([first, second])
    win.actions_by_name["merge"].trigger()
    assert not timeline.has_event(second) and len(timeline.event(first).sources) == 2
    win.document.selection.set([first])
    win.actions_by_name["split"].trigger()
    assert len(timeline.event(first).sources) == 1 and len(win.document.selection.ids) == 2
    win.actions_by_name["duplicate"].trigger()
    assert len(timeline) == 15 + 1 + 1 - 1 + 2  # added, split copy, merged away, two duplicates
    for _ in range(4):
        win.actions_by_name["undo"].trigger()
    assert len(timeline) == 15


def test_the_timeline_view_shows_every_duplicated_event(filled_window):
    win = filled_window
    ids = [e.id for e in win.document.timeline.events[:3]]
    win.document.selection.set(ids)
    win.edit_ops.duplicate_selected()
    layout = win.view.timeline_layout()
    assert len(layout) == len(win.document.timeline) == 18
