"""View > Key Events in the window: the key dates' events drawn large with their source counts,
the rest as a density band; the number of dates; Fit to Key Events; the importance column;
edits and undo; an export that shows what the window shows."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QSpinBox

from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.keydates import key_dates
from timeline_app.core.model import Event, Source, Timeline
from timeline_app.gui.export import dialog as export_dialog
from timeline_app.gui.export.export import ExportOptions, render_image
from timeline_app.gui.panels.event_table import IMPORTANCE
from timeline_app.gui.settings import Settings
from timeline_app.gui.view.painter import KEY_ROW_HEIGHT

TOLD = (
    "Rebels seized the harbour of Kalo after a night of fighting.",
    "The two leaders signed a ceasefire in Geneva on the lake shore.",
    "Parliament voted to dissolve itself after a vote of censure.",
)
START = FuzzyDate(2031, 3, 1).start_days


def event(event_id: str, day: float, quote: str, articles: list[str], sure: float = 0.9) -> Event:
    sources = tuple(Source(a, 0, len(quote), quote) for a in articles)
    return Event(event_id, quote[:40], FuzzyDate.from_days(day), expression="that day", sources=sources,
                 confidence=sure)  # fmt: skip


def project() -> Timeline:
    """Three busy days (6, 4 and 3 articles) among 27 quiet ones (one article each), a month,
    and years before one event the extractor is less sure of (the least of the days)."""
    events = [event(f"big{i}", START + 4 + 7 * i, TOLD[i], [f"b{i}-{k}" for k in range(6 - i - (i > 1))])
              for i in range(3)]  # fmt: skip
    events += [
        event(f"quiet{d}", START + d, f"A small thing number {d} happened in town {d}.", [f"q{d}"])
        for d in range(30)
        if d not in (4, 11, 18)
    ]
    events.append(Event("month", "Talks went on all month", FuzzyDate(2031, 3, precision=Precision.MONTH)))
    old = FuzzyDate(2020, 6, 1).start_days
    events.append(event("old", old, "An old quarrel began long ago.", ["z"], 0.6))
    timeline = Timeline(title="Crisis")
    timeline.replace_all("Crisis", [], events)
    return timeline


def settle(qtbot, win) -> None:
    qtbot.waitUntil(lambda: not win.key_events.busy, timeout=20000)


def loaded(window, qtbot):
    window.document.replace(project(), None)
    settle(qtbot, window)
    return window


def drawn_ids(win) -> set[str]:
    win.view.repaint()
    result = win.view.last_paint()
    assert result is not None
    columns = win.view.timeline_layout().columns
    return {columns.events[d.row].id for d in result.frame.events}


def test_key_events_draws_the_top_days_large_with_their_sources_and_the_rest_as_a_band(window, qtbot):
    win = loaded(window, qtbot)
    win.view.fit_to(["quiet0", "quiet29"])
    before = drawn_ids(win)
    assert before >= {"big0", "quiet0", "quiet1", "quiet5"}  # the quiet days too, before
    win.actions_by_name["key_events"].trigger()
    settle(qtbot, win)
    key = win.view.key_events()
    assert key is not None and {"big0", "big1", "big2"} <= set(key) and key["big0"] == 6
    assert len(win.key_events.result.dates) == Settings().key_dates == 30  # the default
    win.key_event_ops.set_key_dates(10)
    settle(qtbot, win)
    key = win.view.key_events()
    assert len(key) == 10 and "old" not in key
    drawn = drawn_ids(win)
    assert drawn and drawn <= set(key) and "quiet29" not in drawn
    frame = win.view.last_paint().frame
    assert {d.height for d in frame.events} == {KEY_ROW_HEIGHT}  # taller rows, larger marks
    assert frame.densities and sum(int(d.counts.sum()) for d in frame.densities) > 0
    layout = win.view.timeline_layout()
    assert layout.label(layout.event(layout.row_of("big0"))).endswith("(6 sources)")
    assert "10 key dates" in win.panels.counts_label.text()
    assert Settings().key_events is True
    win.actions_by_name["key_events"].trigger()  # off: at once, every event again
    assert win.view.key_events() is None and drawn_ids(win) >= {"quiet0", "quiet1", "quiet5"}
    assert Settings().key_events is False
    settle(qtbot, win)


def test_the_number_of_key_dates_is_one_spin_box_in_the_toolbar_and_the_menu(window, qtbot):
    win = loaded(window, qtbot)
    boxes = {box.objectName(): box for box in win.findChildren(QSpinBox) if box in win.key_event_ops.boxes}
    assert set(boxes) == {"keyDatesToolbar", "keyDatesMenu"}
    assert (boxes["keyDatesToolbar"].minimum(), boxes["keyDatesToolbar"].maximum()) == (10, 200)
    win.key_event_ops.set_key_events_mode(True)
    boxes["keyDatesToolbar"].setValue(12)
    assert boxes["keyDatesMenu"].value() == 12 and Settings().key_dates == 12
    settle(qtbot, win)
    assert len(win.key_events.result.dates) == 12
    boxes["keyDatesMenu"].setValue(200)
    settle(qtbot, win)
    assert boxes["keyDatesToolbar"].value() == 200
    assert len(win.key_events.result.dates) == 31  # every day dated to the day


def test_fit_to_key_events_zooms_to_the_key_dates_turning_the_mode_on(window, qtbot):
    win = loaded(window, qtbot)
    win.key_event_ops.set_key_dates(10)
    win.view_ops.fit_all()
    first, last = win.view.visible_range()
    assert first <= FuzzyDate(2020, 6, 1).start_days  # the old event is in view
    win.actions_by_name["fit_key_events"].trigger()
    assert win.settings.key_events
    settle(qtbot, win)
    first, last = win.view.visible_range()
    span = win.key_events.result.span()
    assert span is not None
    assert first <= span[0] and last >= span[1] - 1
    assert first > FuzzyDate(2031, 1, 1).start_days and last < FuzzyDate(2031, 6, 1).start_days


def test_the_importance_column_is_the_day_score_and_sorts(window, qtbot):
    win = loaded(window, qtbot)
    model = win.panels.table_model
    assert model.headerData(IMPORTANCE, Qt.Orientation.Horizontal) == "Importance"
    scores = {k.date: k.score for k in key_dates(win.document.timeline.events, 1000)}
    row = model.row_of("big0")
    day = FuzzyDate.from_days(START + 4).to_date()
    assert model.index(row, IMPORTANCE).data() == f"{scores[day]:.1f}"
    assert model.index(model.row_of("month"), IMPORTANCE).data() == ""
    assert "key dates" in model.index(row, IMPORTANCE).data(Qt.ItemDataRole.ToolTipRole)
    win.panels.table.sortByColumn(IMPORTANCE, Qt.SortOrder.DescendingOrder)
    order = [model.event_id(r) for r in range(model.rowCount())]
    assert order[:3] == ["big0", "big1", "big2"] and order[-1] == "month"
    win.edit_ops.move_event_date("quiet3", FuzzyDate.from_days(START + 4))  # onto the top day: up it goes
    settle(qtbot, win)
    order = [model.event_id(r) for r in range(model.rowCount())]
    assert order[:3] == ["big0", "quiet3", "big1"] and order[-1] == "month"


def test_edits_and_undo_move_the_key_dates(window, qtbot):
    win = loaded(window, qtbot)
    win.key_event_ops.set_key_dates(10)
    win.key_event_ops.set_key_events_mode(True)
    settle(qtbot, win)
    top = FuzzyDate.from_days(START + 4).to_date()
    assert top in {k.date for k in win.key_events.result.dates}
    win.document.selection.set(["big0"])
    win.edit_ops.delete_selected()
    settle(qtbot, win)
    assert "big0" not in win.view.key_events()
    assert top not in {k.date for k in win.key_events.result.dates}
    assert win.panels.table_model.row_of("big0") is None
    win.document.undo_stack.undo()
    settle(qtbot, win)
    assert "big0" in win.view.key_events() and top in {k.date for k in win.key_events.result.dates}
    moved = FuzzyDate(2031, 4, 20)
    win.edit_ops.move_event_date("big1", moved)
    settle(qtbot, win)
    assert moved.to_date() in {k.date for k in win.key_events.result.dates}
    row = win.panels.table_model.row_of("big1")
    score = win.key_events.result.day_score[moved.to_date()]
    assert win.panels.table_model.index(row, IMPORTANCE).data() == f"{score:.1f}"
    win.document.undo_stack.undo()
    settle(qtbot, win)
    assert moved.to_date() not in {k.date for k in win.key_events.result.dates}
    other = project()
    other.replace_all("Other", [], [replace(e, id=f"x-{e.id}") for e in other.events])
    win.document.replace(other, None)  # another project: the old key events are dropped at once
    assert win.view.key_events() == {} and "finding key dates" in win.panels.counts_label.text()
    assert win.panels.table_model.index(0, IMPORTANCE).data() == ""
    settle(qtbot, win)
    assert "x-big0" in win.view.key_events() and "10 key dates" in win.panels.counts_label.text()


def test_an_export_in_key_events_mode_draws_what_the_window_shows(window, qtbot, monkeypatch, tmp_path):
    win = loaded(window, qtbot)
    win.key_event_ops.set_key_dates(10)
    win.key_event_ops.set_key_events_mode(True)
    settle(qtbot, win)
    request = export_dialog.ExportRequest(str(tmp_path / "key.png"), "png")
    request.options.width, request.options.height = 1400, 700
    monkeypatch.setattr(export_dialog, "ask_export_options", lambda *a: request)
    with qtbot.waitSignal(win.export_ops.finished, timeout=30000, check_params_cb=lambda *a: True):
        assert win.export_ops.export()
    assert request.options.key_events == win.view.key_events()
    assert (tmp_path / "key.png").read_bytes().startswith(b"\x89PNG")
    # the same options drawn again, to read the painter's geometry
    options = ExportOptions(width=1400, height=700, key_events=request.options.key_events)
    _data, report = render_image(win.document.timeline, options)
    (frame,) = report.frames
    assert report.drawn_ids and report.drawn_ids <= set(win.view.key_events())
    assert frame.densities and not report.notes  # the rest in the band, not "hidden"
    assert {d.height for d in frame.events} == {KEY_ROW_HEIGHT}
    _plain, plain_report = render_image(win.document.timeline, ExportOptions(width=1400, height=700))
    assert "quiet3" in plain_report.drawn_ids or plain_report.clustered


def test_the_key_events_shortcuts_clash_with_no_other(window):
    from PySide6.QtGui import QAction

    keys: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for shortcut in action.shortcuts():
            text = shortcut.toString()
            assert keys.get(text, action.objectName()) == action.objectName(), text
            keys[text] = action.objectName()
    standard = {b.toString() for k in QKeySequence.StandardKey for b in QKeySequence.keyBindings(k)}
    for name in ("key_events", "fit_key_events"):
        shortcut = window.actions_by_name[name].shortcut().toString()
        assert shortcut and shortcut not in standard


def test_the_settings_keep_the_number_of_key_dates_in_range(qapp):
    settings = Settings()
    assert settings.key_dates == 30 and settings.key_events is False
    QSettings().setValue("view/key_dates", "many")
    assert settings.key_dates == 30
    QSettings().setValue("view/key_dates", 5000)
    assert settings.key_dates == 200
    with pytest.raises(ValueError):
        settings.key_dates = 9
    settings.key_dates = 45
    assert Settings().key_dates == 45
