"""Fixtures for the window's tests: a window whose dialogs fail loudly unless a test answers them,
and small synthetic timelines (no corpus text, no dependence on the extractor's wording)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.extract.analysis import analyse, with_times
from timeline_app.core.model import Article, Event, Kind, Origin, Source, Status, Timeline

SENTENCES = (
    "The foreign ministers of Norland and Sudria met in Varel on {day} {month} {year} for round {n}.",
    "Norland accused Sudria of moving troops to the border.",
    "The two sides agreed to reopen the crossing at Ostmark.",
    "A spokesman for the council denied that talks had collapsed.",
    "Sudria will host a summit in Kessel next month, officials said.",
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")  # fmt: skip
KINDS = (Kind.CONSULT, Kind.ACCUSE, Kind.AGREE, Kind.STATEMENT, Kind.CONSULT)
STATUSES = (Status.REPORTED, Status.CLAIMED, Status.REPORTED, Status.DENIED, Status.PLANNED)


def synthetic_article(n: int, *, read: bool = True) -> Article:
    """Article number ``n``: five sentences, dated on day ``n`` of 2025 (cycling); ``read``: it
    keeps its time expressions as an imported article does (else as in a version 1 project)."""
    day, month = n % 28 + 1, n % 12 + 1
    text = "\n".join(s.format(day=day, month=MONTHS[month - 1], year=2025, n=n) for s in SENTENCES)
    article = Article(
        id=f"a-{n:04d}",
        title=f"Ministers meet, report {n}",
        text=text,
        published=FuzzyDate(2025, month, day),
        source="Test Wire",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
    )
    return with_times(article, analyse(text, article.published, language="en")) if read else article


def synthetic_events(article: Article, analysis: object = None) -> list[Event]:
    """One event per sentence, dated from the publication date backwards, with real offsets."""
    events = []
    start = 0
    assert article.published is not None
    base = article.published.start_days
    for k, line in enumerate(article.text.split("\n")):
        end = start + len(line)
        events.append(
            Event(
                id=f"e-{article.id}-{k}",
                title=line.split(",")[0][:60],
                when=FuzzyDate.from_days(base - k),
                actors=("Norland", "Sudria") if k % 2 == 0 else ("Norland",),
                places=("Varel",) if k == 0 else (),
                kind=KINDS[k],
                status=STATUSES[k],
                sources=(Source.from_article(article, start, end),),
                origin=Origin.EXTRACTED,
                expression="",
                explanation=f"dated {k} days before publication",
            )
        )
        start = end + 1
    return events


def synthetic_timeline(articles: int = 3, *, read: bool = True) -> Timeline:
    timeline = Timeline(title="Test timeline")
    for n in range(articles):
        article = synthetic_article(n, read=read)
        timeline.add_article(article)
        timeline.add_events(synthetic_events(article))
    return timeline


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch):
    """Replace the extractor with the synthetic one (fast, independent of issue 4's state)."""
    from timeline_app.gui import backend
    from timeline_app.gui.window import workers

    monkeypatch.setattr(backend, "extract_events", synthetic_events)
    monkeypatch.setattr(workers, "IN_PROCESS", True)  # a replaced function does not reach a subprocess
    # The synthetic articles tell the same story: keep their events apart unless a test merges.
    monkeypatch.setattr(backend, "merge_new_events", lambda existing, new: ([], list(new)))
    return synthetic_events


@pytest.fixture
def article_files(tmp_path: Path):
    """Write ``count`` synthetic article files and return their paths."""

    def make(count: int, folder: Path = tmp_path) -> list[Path]:
        paths = []
        for n in range(count):
            article = synthetic_article(n)
            path = folder / f"article-{n:03d}.txt"
            published = article.published.iso() if article.published else ""
            path.write_text(f"{article.title}\n\n{published}\n\n{article.text}\n", encoding="utf-8")
            paths.append(path)
        return paths

    return make


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every modal question fails the test unless the test answers it itself."""
    from timeline_app.gui import dialogs

    def unexpected(name: str):
        def fail(*args, **kwargs):
            raise AssertionError(f"unexpected dialog: {name}")

        return fail

    for name in ("ask_import_paths", "ask_open_path", "ask_save_path", "ask_save_changes",
                 "ask_publication_date", "ask_restore", "show_error", "show_about"):  # fmt: skip
        monkeypatch.setattr(dialogs, name, unexpected(name))


@pytest.fixture
def window(qtbot, no_dialogs, monkeypatch: pytest.MonkeyPatch):
    """A shown main window; closed at the end without asking."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from timeline_app.gui import dialogs
    from timeline_app.gui.app import create_application
    from timeline_app.gui.window.main_window import MainWindow

    existing = QApplication.instance()
    # The window themes the whole application; other tests (pixel checks) must get it back.
    saved = (
        (QPalette(existing.palette()), existing.style().name())
        if isinstance(existing, QApplication)
        else None
    )
    app = create_application()
    # pytest-qt closes added widgets before fixtures are finalised, so the answer to
    # "save changes?" on that close is set here; tests of the prompt replace it.
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *a: dialogs.SaveChoice.DISCARD)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    if saved is not None:
        app.setStyle(saved[1])
        app.setPalette(saved[0])
        hints = app.styleHints()
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()


@pytest.fixture
def filled_window(window):
    """The window with a synthetic timeline loaded (3 articles, 15 events), unmodified."""
    timeline = synthetic_timeline(3)
    window.document.replace(timeline, None)
    return window


@pytest.fixture(autouse=True)
def _clear_clipboard():
    """Empty the clipboard after each test.

    WORKAROUND: mime data a test leaves on the offscreen platform's clipboard is freed by
    Qt at interpreter exit after Python has released its wrapper, and the process ends
    with a segmentation fault (exit 139) even though every test passed.
    """
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
