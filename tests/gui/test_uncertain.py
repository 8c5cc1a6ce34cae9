"""View > Show Uncertain Events: what the extractor is unsure of stays out of sight until asked
for, everywhere at once (table, timeline, status bar, exports); Review Mode visits it first."""

from __future__ import annotations

import csv

import pytest

from tests.gui.conftest import synthetic_timeline
from timeline_app.core.dates import FuzzyDate
from timeline_app.core.model import Origin, Timeline
from timeline_app.gui import dialogs
from timeline_app.gui.export import dialog as export_dialog
from timeline_app.gui.panels.filters import EventFilter
from timeline_app.gui.panels.review import review_queue
from timeline_app.gui.settings import Settings


def doubtful_timeline() -> tuple[Timeline, list[str]]:
    """15 events; four scored under the threshold, of which one reviewed and one made by hand.
    Returns the timeline and the ids of the two that are uncertain, lowest score first."""
    timeline = synthetic_timeline(3)
    ids = sorted(e.id for e in timeline.events)
    scores = {ids[0]: 0.4, ids[4]: 0.1, ids[7]: 0.2, ids[9]: 0.3}
    changed = [
        timeline.event(i).with_changes(confidence=score, confidence_reason="no actor found")
        for i, score in scores.items()
    ]
    changed[2] = changed[2].with_changes(reviewed=True)
    changed[3] = changed[3].with_changes(origin=Origin.MANUAL)
    timeline.update_events(changed)
    return timeline, [ids[4], ids[0]]


@pytest.fixture
def doubtful_window(window):
    timeline, uncertain = doubtful_timeline()
    window.document.replace(timeline, None)
    return window, uncertain


def shown_in_table(win) -> set[str]:
    return {win.panels.proxy.event_id_at(r) for r in range(win.panels.proxy.rowCount())}


def shown_on_timeline(win) -> set[str]:
    layout = win.view.timeline_layout()
    return {e.id for e in win.document.timeline.events if layout.visible[layout.row_of(e.id)]}


def test_uncertain_events_are_hidden_by_default_and_the_status_bar_says_so(doubtful_window):
    win, uncertain = doubtful_window
    action = win.actions_by_name["show_uncertain"]
    assert action.isCheckable() and not action.isChecked()
    everything = {e.id for e in win.document.timeline.events}
    assert shown_in_table(win) == everything - set(uncertain)
    assert shown_on_timeline(win) == everything - set(uncertain)
    assert "2 uncertain hidden" in win.panels.counts_label.text()


def test_the_switch_shows_them_and_is_remembered(doubtful_window):
    win, uncertain = doubtful_window
    win.actions_by_name["show_uncertain"].trigger()
    everything = {e.id for e in win.document.timeline.events}
    assert shown_in_table(win) == everything
    assert shown_on_timeline(win) == everything
    assert "uncertain hidden" not in win.panels.counts_label.text()
    assert Settings().show_uncertain is True
    win.actions_by_name["show_uncertain"].trigger()
    assert Settings().show_uncertain is False
    assert shown_in_table(win) == everything - set(uncertain)


def test_a_window_opened_later_starts_with_the_remembered_switch(qtbot, no_dialogs, monkeypatch):
    from timeline_app.gui.window.main_window import MainWindow

    Settings().show_uncertain = True
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *a: dialogs.SaveChoice.DISCARD)
    win = MainWindow()
    qtbot.addWidget(win)
    timeline, _uncertain = doubtful_timeline()
    win.document.replace(timeline, None)
    assert win.actions_by_name["show_uncertain"].isChecked()
    assert shown_in_table(win) == {e.id for e in timeline.events}
    win.close()


def test_clearing_the_filters_keeps_them_hidden_and_other_filters_combine(doubtful_window):
    win, uncertain = doubtful_window
    win.filter_bar.set_filter(EventFilter(actor="Sudria"))
    wanted = set(EventFilter(actor="Sudria").matching_ids(win.document.timeline)) - set(uncertain)
    assert shown_in_table(win) == wanted
    win.filter_bar.clear()
    assert shown_in_table(win) == {e.id for e in win.document.timeline.events} - set(uncertain)


def test_reviewing_an_uncertain_event_brings_it_back(doubtful_window):
    win, uncertain = doubtful_window
    win.actions_by_name["show_uncertain"].trigger()
    win.document.selection.set([uncertain[0]])
    win.edit_ops.mark_reviewed()
    win.actions_by_name["show_uncertain"].trigger()  # off again
    assert uncertain[0] in shown_in_table(win)
    assert uncertain[1] not in shown_in_table(win)
    assert "1 uncertain hidden" in win.panels.counts_label.text()


def test_the_inspector_shows_the_confidence_and_its_reason(doubtful_window):
    win, uncertain = doubtful_window
    win.actions_by_name["show_uncertain"].trigger()
    win.document.selection.set([uncertain[0]])
    text = win.panels.inspector.confidence.text()
    assert text == "0.10 (uncertain): no actor found"
    assert win.panels.inspector.confidence.isVisibleTo(win.panels.inspector)
    manual = next(e for e in win.document.timeline.events if e.origin is Origin.MANUAL)
    win.document.selection.set([manual.id])
    assert not win.panels.inspector.confidence.isVisibleTo(win.panels.inspector)


def test_review_mode_visits_uncertain_events_first_lowest_score_first(doubtful_window):
    win, uncertain = doubtful_window
    queue = review_queue(win.document.timeline)
    assert queue[:2] == uncertain
    rest = [win.document.timeline.event(i).sources[0].start for i in queue[2:5]]
    assert rest == sorted(rest)  # then reading order, as before
    win.actions_by_name["review"].trigger()
    panel = win.panels.review_panel
    assert panel.current == uncertain[0]
    assert "uncertain" in panel.confidence.text() and "no actor found" in panel.confidence.text()


def _export_csv(win, qtbot, monkeypatch, target) -> set[str]:
    request = export_dialog.ExportRequest(str(target), "csv")
    monkeypatch.setattr(export_dialog, "ask_export_options", lambda *a: request)
    with qtbot.waitSignal(win.export_ops.finished, timeout=30000):
        assert win.export_ops.export()
    return {row["id"] for row in csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines())}


def test_the_export_follows_the_switch(doubtful_window, qtbot, monkeypatch, tmp_path):
    win, uncertain = doubtful_window
    exported = _export_csv(win, qtbot, monkeypatch, tmp_path / "hidden.csv")
    assert exported == {e.id for e in win.document.timeline.events} - set(uncertain)
    win.actions_by_name["show_uncertain"].trigger()
    exported = _export_csv(win, qtbot, monkeypatch, tmp_path / "all.csv")
    assert exported == {e.id for e in win.document.timeline.events}


def test_the_import_message_counts_dropped_furniture(window, qtbot, tmp_path):
    path = tmp_path / "truce.txt"
    path.write_text(
        "Truce talks open in Harbourton\n\n2031-03-04\n\n"
        "By ANNA BRENNER, Northern Wire Writer\n\n"
        "Envoys from Norland and Sudria met on Monday in Harbourton to discuss a ceasefire.\n\n"
        "Share this article\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(window.import_ops.finished, timeout=60000):
        window.import_ops.import_files([path])
    assert "2 lines of page furniture dropped" in window.statusBar().currentMessage()
    (article,) = window.document.timeline.articles
    assert "Share this" not in article.text


def test_the_import_message_says_when_the_page_gives_two_days(window, qtbot, tmp_path):
    path = tmp_path / "truce.txt"
    path.write_text(
        "Truce talks open in Harbourton\n\nPublished: 3 March 2031\n\n"
        "HARBOURTON, March 7 (NW) - Envoys from Norland and Sudria met in Harbourton to discuss a "
        "ceasefire.\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(window.import_ops.finished, timeout=60000):
        window.import_ops.import_files([path])
    message = window.statusBar().currentMessage()
    assert "dated 2031-03-03 by the line 'Published: 3 March 2031'" in message
    assert "the dateline says 2031-03-07" in message
    (article,) = window.document.timeline.articles
    assert article.published == FuzzyDate(2031, 3, 3)
