"""The window: linked selection, title mark, prompts, New/Open/Save, recent files, shortcuts, names."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QToolBar, QWidget, QWidgetAction

from timeline_app.gui import dialogs
from timeline_app.gui.panels.event_table import EVENT_ID_ROLE
from timeline_app.gui.window.main_window import MainWindow

from .conftest import synthetic_timeline


def _table_ids(win: MainWindow) -> list[str]:
    rows = sorted({i.row() for i in win.panels.table.selectionModel().selectedRows()})
    return [win.panels.proxy.index(r, 0).data(EVENT_ID_ROLE) for r in rows]


def test_selection_is_linked_between_table_inspector_and_article(filled_window):
    win = filled_window
    event = win.document.timeline.events[7]
    row = win.panels.proxy.row_of(event.id)
    win.panels.table.selectRow(row)
    assert win.document.selection.ids == [event.id]
    assert win.panels.inspector.current_event == event
    assert win.panels.inspector.title.text() == event.title
    assert win.panels.article_view.article is not None
    assert win.panels.article_view.article.id == event.sources[0].article
    # and back: selecting elsewhere moves the table's selection
    other = win.document.timeline.events[2]
    win.document.selection.set([other.id])
    assert _table_ids(win) == [other.id]
    assert win.panels.inspector.current_event == other


def test_title_shows_unsaved_mark_and_undo_back_to_clean_clears_it(filled_window):
    win = filled_window
    assert not win.isWindowModified()
    assert "[*]" in win.windowTitle()
    win.document.selection.set([win.document.timeline.events[0].id])
    win.edit_ops.mark_status("confirmed")
    assert win.isWindowModified()
    win.actions_by_name["undo"].trigger()
    assert not win.isWindowModified()


def test_close_prompt_cancel_keeps_the_window_and_save_saves(filled_window, monkeypatch, tmp_path):
    win = filled_window
    win.document.selection.set([win.document.timeline.events[0].id])
    win.edit_ops.delete_selected()
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *a: dialogs.SaveChoice.CANCEL)
    assert not win.close()
    assert win.isVisible()
    target = tmp_path / "saved.json"
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *a: dialogs.SaveChoice.SAVE)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: target)
    assert win.close()
    assert target.exists()
    assert not win.document.modified


def test_new_open_save_as_and_recent_files(window, monkeypatch, tmp_path):
    win = window
    win.document.replace(synthetic_timeline(2), None)
    path = tmp_path / "project.json"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: path)
    assert win.project_ops.save()  # no path yet: Save acts as Save As
    assert win.document.path == path
    assert win.windowTitle().startswith("project.json")
    win.project_ops.new_project()
    assert len(win.document.timeline) == 0 and win.document.path is None
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: path)
    assert win.project_ops.open_project()
    assert len(win.document.timeline) == 10
    assert win.settings.recent_files[0] == str(path.resolve())
    recent = [a for a in win.project_ops.recent_menu.actions() if a.data()]
    assert [a.data() for a in recent] == [str(path.resolve())]
    win.project_ops.new_project()
    recent[0].trigger()
    assert win.document.path == path and len(win.document.timeline) == 10


def test_open_reports_a_broken_project_in_one_line(window, monkeypatch, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: errors.append(message))
    assert not window.project_ops.open_project(bad)
    assert len(errors) == 1 and "\n" not in errors[0]
    assert window.document.path is None


def test_dropping_a_project_file_opens_it(window, tmp_path):
    window.document.replace(synthetic_timeline(1), None)
    path = tmp_path / "dropped.json"
    window.document.save(path)
    window.project_ops.new_project()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(drop)
    assert window.document.path == path
    assert len(window.document.timeline) == 5


def test_standard_shortcuts_and_toolbar_icons(window):
    actions = window.actions_by_name
    assert actions["undo"].shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence("Ctrl+Shift+Z") in actions["redo"].shortcuts()
    assert actions["save"].shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert actions["open"].shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    for action in window.findChild(QToolBar, "mainToolbar").actions():
        if not action.isSeparator() and not isinstance(action, QWidgetAction):  # a button, not a spin box
            assert not action.icon().isNull(), action.objectName()
            assert not action.icon().pixmap(24, 24).isNull()
    shortcuts = [s.toString() for a in actions.values() for s in a.shortcuts()]
    assert len(shortcuts) == len(set(shortcuts)), "two actions share a shortcut"


def test_every_input_widget_has_an_accessible_name(filled_window):
    win = filled_window
    win.view_ops.toggle_review()
    interactive = ("QLineEdit", "QComboBox", "QPlainTextEdit", "QTextEdit", "QTableView", "QTableWidget",
                   "QPushButton", "QCheckBox", "QUndoView", "QListView")  # fmt: skip
    unnamed = [
        w.objectName() or type(w).__name__
        for w in win.findChildren(QWidget)
        if type(w).__name__ in interactive and w.isVisibleTo(win) and not w.accessibleName()
        and not (w.parent() and type(w.parent()).__name__ in ("QComboBox", "QAbstractSpinBox"))
    ]  # fmt: skip
    assert unnamed == []


def test_status_bar_counts_follow_the_filter(filled_window):
    win = filled_window
    assert win.panels.counts_label.text().startswith("15 events")
    win.filter_bar.search.setText("accused")
    assert "3 shown" in win.panels.counts_label.text()


def test_a_status_message_cut_by_the_labels_is_whole_in_the_bars_tooltip(filled_window):
    long = "Imported 3 articles with 40 events; " + "dated by the page's stamp; " * 8
    filled_window.statusBar().showMessage(long, 10000)
    assert filled_window.statusBar().toolTip() == long
    filled_window.statusBar().clearMessage()
    assert filled_window.statusBar().toolTip() == ""


def test_about_box_and_theme_switch(window, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_about", lambda parent: shown.append(parent))
    window.actions_by_name["about"].trigger()
    assert shown == [window]
    window.actions_by_name["theme_dark"].trigger()
    assert window.settings.theme == "dark"
    base = QApplication.palette().color(QApplication.palette().ColorRole.Base)
    assert base.lightness() < 80
    window.actions_by_name["theme_light"].trigger()
    assert QApplication.palette().color(QApplication.palette().ColorRole.Base).lightness() > 200


def test_window_state_is_kept_in_settings(window, qtbot):
    window.panels.articles_dock.hide()
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.panels.articles_dock.isHidden()
    again.close()


def test_project_path_in_recent_menu_survives_a_missing_file(window, monkeypatch, tmp_path):
    window.document.replace(synthetic_timeline(1), None)
    path = tmp_path / "gone.json"
    window.document.save(path)
    window.project_ops.add_recent(path)
    Path(path).unlink()
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda *a: errors.append(a[2]))
    window.project_ops.open_recent(str(path))
    assert errors and "no longer exists" in errors[0]


def test_undo_and_redo_from_the_keyboard(filled_window, qtbot):
    win = filled_window
    event = win.document.timeline.events[0]
    win.document.selection.set([event.id])
    win.panels.table.setFocus()
    qtbot.keyClick(win.panels.table, Qt.Key.Key_Delete)
    assert not win.document.timeline.has_event(event.id)
    qtbot.keyClick(win.panels.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert win.document.timeline.event(event.id) == event
    qtbot.keyClick(
        win.panels.table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not win.document.timeline.has_event(event.id)
    assert win.panels.undo_view.stack() is win.document.undo_stack
    assert win.panels.undo_view.model().rowCount() == 2  # "<original>" and the deletion


def test_every_menu_has_a_keyboard_mnemonic(window):
    for action in window.menuBar().actions():
        assert "&" in action.text(), action.text()


def test_table_context_menu_offers_the_edits(window):
    names = [a.objectName() for a in window.panels.table.actions() if not a.isSeparator()]
    assert {"delete", "merge", "split", "mark_confirmed", "mark_denied", "duplicate"} <= set(names)


def test_save_as_suggests_a_safe_file_name(window, monkeypatch):
    suggested = []
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, name: suggested.append(name))
    window.document.timeline.set_title('Talks: Kyiv/Moscow "round 2"')
    assert not window.project_ops.save_as()
    name = Path(suggested[0]).name
    assert name.endswith(".json") and "/" not in name and ":" not in name and '"' not in name


def test_double_click_in_the_table_edits_in_the_inspector(filled_window, qtbot):
    win = filled_window
    row = 3
    rect = win.panels.table.visualRect(win.panels.proxy.index(row, 1))
    qtbot.mouseClick(win.panels.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(win.panels.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.panels.inspector.current_event.id == win.panels.proxy.event_id_at(row)
    assert win.panels.inspector.title.hasFocus()


def test_the_timeline_gets_most_of_the_window(filled_window, qtbot):
    """One column of tabbed panels on the right, the Events table under the timeline only."""
    win = filled_window
    win.resize(1400, 900)
    view = win.view
    qtbot.waitUntil(lambda: view.width() > 0)
    qtbot.wait(20)
    assert view.width() >= 0.6 * win.width()
    for dock in (
        win.panels.articles_dock,
        win.panels.history_dock,
        win.panels.inspector_dock,
        win.panels.article_dock,
    ):
        assert win.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert win.panels.events_dock.geometry().right() <= view.mapTo(win, view.rect().topRight()).x() + 8
    assert set(win.tabifiedDockWidgets(win.panels.article_dock)) == {
        win.panels.articles_dock,
        win.panels.history_dock,
    }


def test_whole_titles_in_tooltips_where_cells_and_headers_cut_them(filled_window, qtbot):
    from timeline_app.gui.panels.event_table import TITLE

    win = filled_window
    event = win.document.timeline.events[3]
    win.document.timeline.update_event(event.with_changes(title="A " + "very " * 40 + "long headline"))
    row = win.panels.proxy.row_of(event.id)
    tip = win.panels.proxy.index(row, TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("A very very") and "long headline" in tip
    assert win.panels.table.textElideMode() == Qt.TextElideMode.ElideMiddle
    win.view.set_lanes("actor")
    view = win.view
    view.repaint()
    result = view.last_paint()
    box = next(b for b in result.frame.lanes if b.title)
    tip = view.tooltip_at(QPointF(result.chrome.body.left() + 20, box.y + box.height / 2))
    assert box.title in tip and "event" in tip


def test_opening_a_project_frames_its_story_and_says_what_it_left_out(window, tmp_path):
    from timeline_app.core.dates import FuzzyDate, Precision
    from timeline_app.core.model import Event

    timeline = synthetic_timeline(8)  # 40 events over some weeks
    dated = [e.when for e in timeline.events if e.when is not None]
    timeline.add_events([Event("far", "Kingdom founded", FuzzyDate(1300, precision=Precision.YEAR))])
    window.document.replace(timeline, None)
    path = tmp_path / "far.json"
    window.document.save(path)
    window.project_ops.new_project()
    assert window.project_ops.open_project(path)
    first, last = window.view.visible_range()
    assert first > FuzzyDate(1301, precision=Precision.YEAR).start_days  # not seven centuries
    assert first <= min(d.start_days for d in dated) and last >= max(d.start_days for d in dated)
    message = window.statusBar().currentMessage()
    assert "1 far-off event outside the view" in message
    window.view_ops.fit_all()
    assert window.view.visible_range()[0] < FuzzyDate(1301, precision=Precision.YEAR).start_days
