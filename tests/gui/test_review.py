from __future__ import annotations

from PySide6.QtCore import Qt

from timeline_app.gui.panels.review import review_queue


def test_review_steps_through_unreviewed_events_with_the_keyboard(filled_window, qtbot):
    win = filled_window
    timeline = win.document.timeline
    queue = review_queue(timeline)
    assert len(queue) == 15
    # reading order: first article first, sentences in text order
    firsts = [timeline.event(i).sources[0] for i in queue[:5]]
    assert [s.start for s in firsts] == sorted(s.start for s in firsts)
    win.actions_by_name["review"].trigger()
    panel = win.panels.review_panel
    assert win.panels.review_dock.isVisible()
    assert panel.current == queue[0]
    assert win.document.selection.ids == [queue[0]]  # the rest of the window follows
    first = timeline.event(queue[0])
    assert first.sources[0].quote in panel.sentence.text()
    assert first.explanation in panel.explanation.text()
    panel.setFocus()
    qtbot.keyClick(panel, Qt.Key.Key_A)  # accept
    assert timeline.event(queue[0]).reviewed
    assert panel.current == queue[1]
    qtbot.keyClick(panel, Qt.Key.Key_N)  # skip
    assert panel.current == queue[2]
    qtbot.keyClick(panel, Qt.Key.Key_R)  # reject
    assert not timeline.has_event(queue[2])
    assert panel.current == queue[3]
    qtbot.keyClick(panel, Qt.Key.Key_P)  # back to the skipped one
    assert panel.current == queue[1]
    qtbot.keyClick(panel, Qt.Key.Key_E)  # edit: the inspector takes the event
    assert win.panels.inspector.current_event.id == queue[1]
    assert win.panels.inspector_dock.isVisible()
    assert len(review_queue(timeline)) == 13
    assert "13" in panel.counter.text()
    # accept and reject are ordinary undoable commands
    win.actions_by_name["undo"].trigger()
    win.actions_by_name["undo"].trigger()
    assert review_queue(timeline) == queue


def test_review_says_when_nothing_is_left(filled_window, qtbot):
    win = filled_window
    win.document.selection.set([e.id for e in win.document.timeline.events])
    win.edit_ops.mark_reviewed()
    win.actions_by_name["review"].trigger()
    assert win.panels.review_panel.current is None
    assert "Nothing left" in win.panels.review_panel.counter.text()
    assert not win.panels.review_panel.buttons["accept"].isEnabled()


def test_closing_the_review_panel_leaves_review_mode(filled_window):
    win = filled_window
    win.actions_by_name["review"].trigger()
    assert win.actions_by_name["review"].isChecked()
    win.panels.review_dock.close()
    assert not win.actions_by_name["review"].isChecked()


def test_review_mode_leaves_the_timeline_its_width(filled_window, qtbot):
    """The Review panel is a tab beside the Inspector: turning Review Mode on does not narrow
    the timeline (its legend wrapped onto a second row when the panel took room of its own)."""
    win = filled_window
    win.resize(1400, 900)
    qtbot.wait(20)
    before = win.view.width()
    win.actions_by_name["review"].trigger()
    qtbot.waitUntil(win.panels.review_dock.isVisible)
    qtbot.wait(20)
    assert win.view.width() == before
    assert win.tabifiedDockWidgets(win.panels.review_dock) == [win.panels.inspector_dock]
