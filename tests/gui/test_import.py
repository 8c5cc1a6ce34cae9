"""Importing: several files, paste with a publication date question, Cancel, and no frozen window."""

from __future__ import annotations

import itertools
import time

from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtGui import QGuiApplication

from timeline_app.core.dates import FuzzyDate
from timeline_app.gui import backend, dialogs
from timeline_app.gui.window import workers

REAL_MERGE = backend.merge_new_events


def test_import_several_articles_is_one_undoable_step(
    window, fake_extractor, article_files, monkeypatch, qtbot
):
    paths = article_files(3)
    monkeypatch.setattr(dialogs, "ask_import_paths", lambda parent: paths)
    with qtbot.waitSignal(window.import_ops.finished, timeout=20000) as finished:
        window.actions_by_name["import"].trigger()
    assert finished.args == [3, 15]
    assert len(window.document.timeline.articles) == 3
    assert window.panels.articles_list.rowCount() == 3
    assert window.panels.table.model().rowCount() == 15
    assert window.document.undo_stack.count() == 1
    window.actions_by_name["undo"].trigger()
    assert len(window.document.timeline) == 0 and not window.document.timeline.articles
    assert window.panels.articles_list.rowCount() == 0


def test_importing_the_same_article_again_adds_nothing(window, fake_extractor, article_files, qtbot):
    paths = article_files(2)
    with qtbot.waitSignal(window.import_ops.finished, timeout=20000):
        window.import_ops.import_files(paths)
    with qtbot.waitSignal(window.import_ops.finished, timeout=20000) as again:
        window.import_ops.import_files(paths[:1])
    assert again.args == [0, 0]
    assert "already in the project" in window.statusBar().currentMessage()
    assert window.document.undo_stack.count() == 1


def test_paste_article_asks_for_a_missing_publication_date(window, fake_extractor, monkeypatch, qtbot):
    asked = []

    def answer(parent, title, current=None, *, found=False):
        asked.append(title)
        assert found and current is None
        return FuzzyDate(2025, 3, 4)

    monkeypatch.setattr(dialogs, "ask_publication_date", answer)
    mime = QMimeData()
    mime.setText("Ministers met in Varel\n\nThe two sides agreed to reopen the crossing.\nTalks go on.")
    QGuiApplication.clipboard().setMimeData(mime)
    with qtbot.waitSignal(window.import_ops.finished, timeout=20000):
        assert window.import_ops.paste_article()
    assert len(asked) == 1
    (article,) = window.document.timeline.articles
    assert article.published == FuzzyDate(2025, 3, 4)
    assert len(window.document.timeline) >= 1


def test_cancel_stops_the_worker_and_imports_nothing(window, article_files, monkeypatch, qtbot):
    started = []

    def slow_extract(article, analysis=None):
        started.append(article.id)
        time.sleep(0.05)
        return []

    monkeypatch.setattr(backend, "extract_events", slow_extract)
    monkeypatch.setattr(workers, "IN_PROCESS", True)
    paths = article_files(40)
    window.import_ops.import_files(paths)
    assert window.import_ops.progress.isVisibleTo(window) and window.import_ops.cancel_button.isVisibleTo(
        window
    )
    qtbot.waitUntil(lambda: len(started) >= 2, timeout=10000)
    window.import_ops.cancel_button.click()
    assert window.import_ops.worker is None
    assert not window.import_ops.progress.isVisibleTo(window)
    assert len(started) < 40
    assert window.document.timeline.articles == []
    assert window.document.undo_stack.count() == 0


def test_import_of_200_articles_runs_while_the_event_loop_turns(window, article_files, qtbot):
    """A 5 ms QTimer ticks all through an import of 200 articles (the real extractor, in its
    process, started first as the app does right after its window opens): the import never
    holds the GUI thread for its whole length. How long the worst gap is depends on the
    machine's load, so it is a benchmark figure (benchmarks/bench_gui_import.py), not a test."""
    assert not workers.IN_PROCESS
    window.import_ops.warm_up()
    qtbot.waitUntil(window.import_ops.warm_up_worker.isFinished, timeout=60000)
    paths = article_files(200)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    try:
        with qtbot.waitSignal(window.import_ops.finished, timeout=240000) as finished:
            ticks.append(time.perf_counter())
            window.import_ops.import_files(paths)
        qtbot.wait(50)  # the repaint after the import is part of the import
    finally:
        timer.stop()
    assert finished.args[0] == 200
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(gaps) > 20
    assert max(gaps) < 0.5 * (ticks[-1] - ticks[0])  # no single stall took most of the import


def test_cancel_while_extracting_in_the_subprocess(window, article_files, qtbot):
    window.import_ops.import_files(article_files(30))
    qtbot.wait(100)
    window.import_ops.cancel_import()
    assert window.import_ops.worker is None
    assert window.document.timeline.articles == []


def test_paste_html_uses_the_page_text(window, fake_extractor, monkeypatch, qtbot):
    monkeypatch.setattr(dialogs, "ask_publication_date", lambda parent, title, **_: FuzzyDate(2025, 1, 1))
    mime = QMimeData()
    body = " ".join(["The two sides agreed to reopen the crossing at Ostmark after talks."] * 4)
    head = "<html><head><title>Crossing to reopen</title></head>"
    mime.setHtml(
        f"{head}<body><article><h1>Crossing to reopen</h1><p>{body}</p><p>{body}</p></article></body></html>"
    )
    QGuiApplication.clipboard().setMimeData(mime)
    with qtbot.waitSignal(window.import_ops.finished, timeout=20000):
        assert window.import_ops.paste_article()
    (article,) = window.document.timeline.articles
    assert "Ostmark" in article.text and "<p>" not in article.text


def test_a_dead_extraction_process_is_reported_not_hung(window, article_files, qtbot):
    window.import_ops.warm_up()
    qtbot.waitUntil(window.import_ops.warm_up_worker.isFinished, timeout=60000)
    pool = workers.extraction_pool()
    for process in list(pool._processes.values()):  # simulate a crash of the extraction process
        process.kill()
    with qtbot.waitSignal(window.import_ops.finished, timeout=60000):
        window.import_ops.import_files(article_files(3))
    assert "stopped unexpectedly" in window.statusBar().currentMessage() or window.document.timeline.articles


def test_dropping_article_files_imports_them(window, fake_extractor, article_files, qtbot):
    from PySide6.QtCore import QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in article_files(2)])
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    with qtbot.waitSignal(window.import_ops.finished, timeout=20000) as done:
        window.dropEvent(drop)
    assert done.args == [2, 10]


def test_the_sample_is_on_screen_and_fit_to_view(window, sample_path, qtbot):
    """What `timeline-app --demo` does: the bundled sample, its events, all in view."""
    with qtbot.waitSignal(window.import_ops.finished, timeout=120000) as done:
        window.import_ops.import_files([sample_path])
    articles, events = done.args
    assert articles == 1
    timeline = window.document.timeline
    assert len(timeline) == events
    if events:
        first, last = window.view.visible_range()
        dated = [e.when for e in timeline.events if e.when is not None]
        assert all(first <= d.start_days and d.start_days <= last for d in dated)
    assert window.panels.article_view.article is not None  # its text is shown, highlighted


def test_the_demo_is_opened_not_authored(window, qtbot):
    """`--demo` shows the sample unchanged ("Untitled", not "Untitled*"): nothing to save,
    nothing to restore after a crash; an edit after it is a change like any other."""
    with qtbot.waitSignal(window.import_ops.finished, timeout=120000) as done:
        assert window.import_ops.open_demo([])
    assert done.args[0] == 1 and len(window.document.timeline) == done.args[1] > 0
    assert not window.document.modified and not window.isWindowModified()
    window.document.selection.set([window.document.timeline.events[0].id])
    window.edit_ops.delete_selected()
    assert window.document.modified


def test_the_demo_with_files_of_the_user_is_unsaved_work(window, tmp_path, qtbot):
    mine = tmp_path / "mine.txt"
    mine.write_text("Talks\n\n2025-03-11\n\nThe two ministers met in Vienna on Monday.\n", encoding="utf-8")
    with qtbot.waitSignal(window.import_ops.finished, timeout=120000) as done:
        assert window.import_ops.open_demo([mine])
    assert done.args[0] == 2
    assert window.document.modified


def test_articles_telling_the_same_events_are_merged_and_undo_splits_them_again(
    window, fake_extractor, article_files, monkeypatch, qtbot
):
    monkeypatch.setattr(backend, "merge_new_events", REAL_MERGE)  # the extractor's own merge
    paths = article_files(2)
    with qtbot.waitSignal(window.import_ops.finished, timeout=20000):
        window.import_ops.import_files(paths[:1])
    alone = len(window.document.timeline)
    with qtbot.waitSignal(window.import_ops.finished, timeout=20000):
        window.import_ops.import_files(paths[1:])
    timeline = window.document.timeline
    told_twice = [e for e in timeline.events if len({s.article for s in e.sources}) == 2]
    assert told_twice, "the second article's events were not folded into the first's"
    assert len(timeline) < 2 * alone
    window.actions_by_name["undo"].trigger()
    assert len(timeline) == alone
    assert all(len(e.sources) == 1 for e in timeline.events)


def test_import_folder_takes_every_article_of_its_subfolders(
    window, fake_extractor, tmp_path, monkeypatch, qtbot
):
    from timeline_app.gui import dialogs

    for n, name in enumerate(("a.txt", "b.md", "sub/c.html", "sub/deeper/d.htm", "notes.png")):
        path = tmp_path / "news" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        text = f"The envoys met in Vienna on Monday for round {n} of the talks on the border dispute."
        if name.endswith(("html", "htm")):
            body = f"<article><h1>Story {n}</h1><p>{text}</p><p>{text}</p></article>"
            meta = f'<meta property="article:published_time" content="2025-03-1{n}">'
            text = f"<html><head><title>Story {n}</title>{meta}</head><body>{body}</body></html>"
        path.write_text(text if "htm" in name else f"Story {n}\n\n2025-03-1{n}\n\n{text}\n")
    monkeypatch.setattr(dialogs, "ask_import_folder", lambda parent: tmp_path / "news")
    with qtbot.waitSignal(window.import_ops.finished, timeout=20000) as done:
        window.actions_by_name["import_folder"].trigger()
    assert done.args[0] == 4, window.statusBar().currentMessage()  # the picture is not an article
    assert window.document.undo_stack.count() == 1  # one undoable step


def test_import_folder_without_articles_says_so(window, tmp_path, monkeypatch):
    from timeline_app.gui import dialogs

    (tmp_path / "pictures").mkdir()
    monkeypatch.setattr(dialogs, "ask_import_folder", lambda parent: tmp_path / "pictures")
    assert not window.import_ops.import_folder()
    assert "No articles" in window.statusBar().currentMessage()


def test_an_undo_before_an_import_has_caught_up_leaves_the_panels_right(
    window, fake_extractor, article_files, qtbot
):
    # The Events table and the article index follow an import in the turns of the event
    # loop after its push: an undo in between must not leave them showing the import.
    paths = article_files(3)
    with qtbot.waitSignal(window.import_ops.finished, timeout=20000):
        window.import_ops.import_files(paths[:1])
    first = len(window.document.timeline)
    results: list = []
    window.import_ops.start_import(paths[1:], finish=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=20000)
    with qtbot.waitSignal(window.import_ops.finished, timeout=20000):
        window.import_ops.apply_import(results[0])
        assert len(window.document.timeline) > first  # the import is in the timeline at once
        window.document.undo_stack.undo()
    timeline = window.document.timeline
    assert len(timeline) == first
    assert window.panels.table.model().rowCount() == first
    assert window.panels.articles_list.rowCount() == 1
    assert window.article_index.count(timeline.articles[0].id) == first
    window.document.undo_stack.redo()  # the import again, as one step
    assert window.panels.table.model().rowCount() == len(timeline) > first
    assert window.panels.articles_list.rowCount() == 3
