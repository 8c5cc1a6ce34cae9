"""The articles of a version 1 project are read off the GUI thread after opening, and keep
their time expressions: highlighted once read, written by the next save (issue 13, 4b)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from timeline_app.core.extract import analysis
from timeline_app.core.io.project import project_bytes
from timeline_app.gui import dialogs
from timeline_app.gui.window import workers
from timeline_app.gui.window.commands import ImportArticlesCommand

from .conftest import synthetic_events, synthetic_timeline


def version_1_project(tmp_path: Path, articles: int = 3) -> Path:
    """A project file as version 1 wrote it: articles without time expressions."""
    timeline = synthetic_timeline(articles, read=False)
    data = json.loads(project_bytes(timeline))
    data["version"] = 1
    assert all("times" not in item for item in data["articles"])
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def tagging_threads(monkeypatch: pytest.MonkeyPatch) -> tuple[list[threading.Thread], threading.Event]:
    """The threads the tagger runs on (in this process), and a gate it waits at until opened."""
    monkeypatch.setattr(workers, "IN_PROCESS", True)  # a patched tagger does not reach a subprocess
    threads: list[threading.Thread] = []
    gate = threading.Event()
    real = analysis.tag

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        assert gate.wait(20), "the test never let the tagger go on"
        return real(*args, **kwargs)

    monkeypatch.setattr(analysis, "tag", recording)
    return threads, gate


def test_a_version_1_project_is_tagged_off_the_gui_thread_and_saved_with_its_times(
    window, qtbot, tmp_path, monkeypatch, tagging_threads
):
    threads, gate = tagging_threads
    assert window.project_ops.open_project(version_1_project(tmp_path))
    timeline = window.document.timeline
    first = timeline.articles[0]
    window.panels.articles_list.select_article(first.id)
    assert (
        window.panels.article_view.article is not None and window.panels.article_view.article.id == first.id
    )
    assert window.panels.article_view.highlight_count()[1] == 0  # not read yet: shown without
    qtbot.waitUntil(lambda: len(threads) == 1, timeout=10000)  # the tagger waits at the gate
    gate.set()
    qtbot.waitUntil(lambda: all(a.time_marks is not None for a in timeline.articles), timeout=20000)
    assert len(threads) == 3  # each article once
    assert all(t is not threading.main_thread() for t in threads)  # never the GUI thread
    shown = timeline.article(first.id)
    assert shown.time_marks  # "1 January 2025", "next month"...
    qtbot.waitUntil(lambda: window.panels.article_view.highlight_count()[1] == len(shown.time_marks))
    assert not window.document.modified  # read, not edited: closing asks nothing
    assert not window.article_times.busy
    saved = tmp_path / "new.json"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: saved)
    assert window.project_ops.save_as()
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["version"] == 2
    assert [len(item["times"]) for item in data["articles"]] == [len(a.time_marks) for a in timeline.articles]


def test_a_version_1_project_is_tagged_in_the_extraction_process(window, qtbot, tmp_path):
    assert not workers.IN_PROCESS
    articles = workers.TaggingWorker.AHEAD + 2  # more than it queues at a time
    assert window.project_ops.open_project(version_1_project(tmp_path, articles=articles))
    timeline = window.document.timeline
    qtbot.waitUntil(lambda: all(a.time_marks is not None for a in timeline.articles), timeout=60000)
    for article in timeline.articles:
        expected = analysis.time_marks(analysis.analyse(article.text, article.published).expressions)
        assert article.time_marks == expected


def test_closing_while_tagging_cancels_the_rest(window, qtbot, tmp_path, tagging_threads):
    threads, gate = tagging_threads
    assert window.project_ops.open_project(version_1_project(tmp_path))
    qtbot.waitUntil(lambda: len(threads) == 1, timeout=10000)
    worker = window.article_times.worker
    assert worker is not None and worker.isRunning()
    opener = threading.Timer(0.2, gate.set)  # lets the first article end while the window waits
    opener.start()
    window.close()  # cancels the worker and waits for it (no thread is left: the conftest checks)
    opener.join()
    assert window.article_times.worker is None and worker.isFinished()
    assert len(threads) == 1  # the other two were never read


def test_an_event_from_a_selection_in_an_article_not_read_yet_is_undated(window):
    """The window never tags to date it: the user dates it in the Inspector."""
    timeline = synthetic_timeline(1, read=False)
    (article,) = timeline.articles
    events = synthetic_events(article)
    window.document.push(ImportArticlesCommand(window.document.timeline, [article], events))
    start = article.text.index("met in Varel on")
    event_id = window.edit_ops.new_event_from_selection(article.id, start, article.text.index("\n"))
    assert event_id is not None
    assert window.document.timeline.event(event_id).when is None
    assert "still being read" in window.statusBar().currentMessage()


def test_an_article_changed_while_it_was_read_keeps_the_change(qtbot, tagging_threads):
    """The reading applies to the article as it was sent: one edited meanwhile is left alone."""
    from dataclasses import replace

    from timeline_app.gui.window.article_times import ArticleTimes

    threads, gate = tagging_threads
    timeline = synthetic_timeline(0)
    times = ArticleTimes(timeline)
    attached: list[list[str]] = []
    times.attached.connect(attached.append)
    try:
        old = synthetic_timeline(2, read=False)
        timeline.replace_all("Old", old.articles, old.events)  # as Open does: the reading starts
        qtbot.waitUntil(lambda: len(threads) == 1, timeout=10000)
        first, second = timeline.articles
        retitled = replace(first, title="Retitled while read")
        timeline.update_article(retitled)
        gate.set()
        qtbot.waitUntil(lambda: not times.busy, timeout=20000)
    finally:
        gate.set()
        times.shutdown()
    assert attached == [[second.id]]
    assert timeline.article(first.id) is retitled and retitled.time_marks is None
    assert timeline.article(second.id).time_marks
