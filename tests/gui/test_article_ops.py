"""Article operations: remove, extract again, correct the publication date; each one undo step."""

from __future__ import annotations

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.io.project import project_bytes
from timeline_app.gui import dialogs
from timeline_app.gui.window import workers
from timeline_app.gui.window.commands import mark_reviewed


def _select_articles(window, ids: list[str]) -> None:
    window.panels.articles_list.set_selected_articles(ids)


def test_removing_an_article_removes_its_events_and_undo_brings_them_back(
    window, fake_extractor, article_files, qtbot
):
    with qtbot.waitSignal(window.import_ops.finished, timeout=20000):
        window.import_ops.import_files(article_files(3))
    timeline = window.document.timeline
    before = project_bytes(timeline)
    first, second = timeline.articles[0].id, timeline.articles[1].id
    told_by = {e.id: {s.article for s in e.sources} for e in timeline.events}
    _select_articles(window, [first, second])
    assert set(window.panels.articles_list.selected_articles()) == {first, second}
    window.actions_by_name["remove_articles"].trigger()
    assert {a.id for a in timeline.articles}.isdisjoint({first, second})
    assert window.panels.articles_list.rowCount() == 1
    expected = {i for i, arts in told_by.items() if not arts <= {first, second}}
    assert {e.id for e in timeline.events} == expected
    assert window.panels.table.model().rowCount() == len(expected)
    assert "Removed 2 articles" in window.statusBar().currentMessage()
    # The counts in the status bar are those of the table after the change, not before.
    assert window.panels.counts_label.text().startswith(f"{len(expected)} event")
    assert "shown" not in window.panels.counts_label.text()
    window.actions_by_name["undo"].trigger()
    assert project_bytes(timeline) == before
    assert window.panels.articles_list.rowCount() == 3


def test_with_no_article_chosen_nothing_is_removed(window, fake_extractor, article_files, qtbot):
    with qtbot.waitSignal(window.import_ops.finished, timeout=20000):
        window.import_ops.import_files(article_files(1))
    window.panels.articles_list.clearSelection()
    window.panels.article_view.show_article(None, [], [])  # and the text panel shows none
    window.actions_by_name["remove_articles"].trigger()
    assert len(window.document.timeline.articles) == 1
    assert window.document.undo_stack.count() == 1
    assert "Choose an article" in window.statusBar().currentMessage()


def test_a_corrected_publication_date_dates_the_events_again_and_keeps_reviewed_ones(
    window, sample_path, monkeypatch, qtbot
):
    monkeypatch.setattr(workers, "IN_PROCESS", True)
    with qtbot.waitSignal(window.import_ops.finished, timeout=60000):
        window.import_ops.import_files([sample_path])
    timeline = window.document.timeline
    article = timeline.articles[0]
    assert article.published is not None
    dated = [e for e in timeline.events if e.when is not None and e.when.precision.name == "DAY"]
    assert len(dated) >= 2
    reviewed, moved = dated[0], dated[1]
    window.document.push(mark_reviewed(timeline, [reviewed.id]))
    before = project_bytes(timeline)
    week_later = FuzzyDate.from_days(article.published.start_days + 7)
    monkeypatch.setattr(dialogs, "ask_publication_date", lambda parent, title, current=None, **_: week_later)
    _select_articles(window, [article.id])
    window.actions_by_name["article_date"].trigger()
    qtbot.waitUntil(
        lambda: window.import_ops.worker is None and timeline.articles[0].published == week_later,
        timeout=60000,
    )
    assert timeline.event(reviewed.id).when == reviewed.when  # a person's check stands
    # An event dated from the text moves with the publication date (relative dates are
    # resolved against it); absolute ones would stay, so at least one must have moved.
    shifts = {
        e.id: e.when.start_days - old.when.start_days
        for old in dated[1:]
        if timeline.has_event(old.id) and (e := timeline.event(old.id)).when is not None
    }
    assert 7 in shifts.values()
    assert moved.id in shifts
    assert window.document.undo_stack.undoText().startswith("Date “")
    window.actions_by_name["undo"].trigger()
    assert project_bytes(timeline) == before


def test_extracting_again_with_the_same_extractor_changes_nothing(window, sample_path, monkeypatch, qtbot):
    monkeypatch.setattr(workers, "IN_PROCESS", True)
    with qtbot.waitSignal(window.import_ops.finished, timeout=60000):
        window.import_ops.import_files([sample_path])
    timeline = window.document.timeline
    events = {e.id: e for e in timeline.events}
    _select_articles(window, [timeline.articles[0].id])
    count = window.document.undo_stack.count()
    window.actions_by_name["reextract"].trigger()
    qtbot.waitUntil(lambda: window.document.undo_stack.count() == count + 1, timeout=60000)
    assert {e.id: e for e in timeline.events} == events


def test_delete_in_the_articles_panel_removes_the_article_not_the_selected_events(
    window, fake_extractor, article_files, qtbot
):
    with qtbot.waitSignal(window.import_ops.finished, timeout=20000):
        window.import_ops.import_files(article_files(2))
    timeline = window.document.timeline
    first, second = timeline.articles[0].id, timeline.articles[1].id
    told_by_second = [e.id for e in timeline.events if {s.article for s in e.sources} == {second}]
    window.document.selection.set(told_by_second[:1])  # an event of the other article is selected
    _select_articles(window, [first])
    window.panels.articles_list.setFocus()
    qtbot.waitUntil(window.panels.articles_list.hasFocus)
    window.actions_by_name["delete"].trigger()
    assert [a.id for a in timeline.articles] == [second]
    assert all(timeline.has_event(i) for i in told_by_second)


def test_the_articles_panel_passes_qtmodeltester_and_sorts(
    window, fake_extractor, article_files, qtbot, qtmodeltester
):
    from PySide6.QtCore import Qt

    with qtbot.waitSignal(window.import_ops.finished, timeout=20000):
        window.import_ops.import_files(article_files(4))
    listing = window.panels.articles_list
    qtmodeltester.check(listing.model(), force_py=True)
    listing.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # events, most first
    counts = [listing.model().index(r, 3).data() for r in range(listing.rowCount())]
    assert counts == sorted(counts, reverse=True)
    titles = {listing.model().index(r, 0).data() for r in range(listing.rowCount())}
    assert titles == {a.title for a in window.document.timeline.articles}
