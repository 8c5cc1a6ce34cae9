"""Shared test set-up: headless Qt, isolated settings, and no leftover threads or timers."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

# Before anything imports Qt: no display is needed, and tests never read the user's settings.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("TIMELINE_APP_NO_RECOVERY_PROMPT", "1")

# CI runs the same examples on every machine (derandomized, no deadline: a slower or busier
# machine must not turn into a failure). Set HYPOTHESIS_PROFILE=explore locally for a
# deeper, randomized run.
hypothesis_settings.register_profile("ci", derandomize=True, deadline=None, database=None)
hypothesis_settings.register_profile("explore", max_examples=1000, deadline=None)
_profile = "ci" if os.environ.get("CI") else "default"
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", _profile))

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
SAMPLE = REPO / "resources" / "samples" / "000_1cb98adc6226a76b.txt"


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture
def count_tagging(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the analysed-text reader tags, in order: a test asserts how often an article is tagged."""
    from timeline_app.core.extract import analysis

    calls: list[str] = []
    real = analysis.tag

    def counting(text: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(analysis, "tag", counting)
    return calls


@pytest.fixture
def corpus() -> Path:
    """../shared/corpus; tests that need it skip when it is absent."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    return CORPUS


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point QSettings (and our own config paths) at a temporary folder."""
    config = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("TIMELINE_APP_CONFIG_DIR", str(config))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - Qt is a dependency
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(config))
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(config))


@pytest.fixture(autouse=True)
def _no_leftover_threads_or_timers(request: pytest.FixtureRequest):
    """Fail a test that leaves a Python thread, a thread-pool job or a QTimer running."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 2.0
    leftover: list[threading.Thread] = []
    while time.monotonic() < deadline:
        leftover = [t for t in threading.enumerate() if t not in before and t.is_alive()]
        if not leftover:
            break
        time.sleep(0.02)
    assert not leftover, f"threads left running: {[t.name for t in leftover]}"
    try:
        from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
    except ImportError:  # pragma: no cover
        return
    app = QCoreApplication.instance()
    if app is None:
        return
    pool = QThreadPool.globalInstance()
    if not pool.waitForDone(2000):
        pytest.fail("thread-pool jobs left running")
    running = [t for t in app.findChildren(QTimer) if t.isActive()]
    assert not running, f"timers left running: {[t.objectName() or repr(t) for t in running]}"
