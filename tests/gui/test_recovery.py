"""Autosave and restore after a crash, including a real crash of a child process."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from timeline_app.core.resources import sample_article
from timeline_app.gui import backend, dialogs
from timeline_app.gui.window.recovery import Recovery, recovery_dir, stale_recovery_files


def test_autosave_writes_only_unsaved_work_and_a_save_removes_it(filled_window, tmp_path):
    win = filled_window
    recovery = win.recovery
    assert not recovery.autosave()  # nothing unsaved
    assert not recovery.own.project.exists()
    win.document.selection.set([win.document.timeline.events[0].id])
    win.edit_ops.mark_status("confirmed")
    assert recovery.autosave()
    assert recovery.own.project.read_bytes() == backend.project_bytes(win.document.timeline)
    assert not recovery.autosave()  # no change since the last autosave
    win.document.save(tmp_path / "saved.json")
    assert not recovery.own.project.exists()


def test_a_live_process_recovery_file_is_not_offered(filled_window):
    win = filled_window
    win.document.selection.set([win.document.timeline.events[0].id])
    win.edit_ops.delete_selected()
    win.recovery.autosave()
    assert stale_recovery_files() == []  # it is ours, and we are running


def test_autosave_interval_comes_from_the_environment(window, monkeypatch):
    monkeypatch.setenv("TIMELINE_APP_AUTOSAVE_MS", "250")
    recovery = Recovery(window.document, window)
    assert recovery.timer.interval() == 250
    monkeypatch.setenv("TIMELINE_APP_AUTOSAVE_MS", "soon")
    assert Recovery(window.document, window).timer.interval() == 60_000
    assert window.recovery.timer.isActive()


@pytest.mark.slow
def test_killed_app_is_offered_for_restore(window, monkeypatch, tmp_path):
    """Run the app in a child process with a 200 ms autosave, kill it, then restore its work."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen", TIMELINE_APP_AUTOSAVE_MS="200", TIMELINE_APP_NO_RECOVERY_PROMPT="1"
    )
    child = subprocess.Popen(
        [sys.executable, "-m", "timeline_app", str(sample_article())],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    recovery_file = recovery_dir() / f"recovery-{child.pid}.tlproj"
    try:
        deadline = time.monotonic() + 90
        while not recovery_file.exists() and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.1)
        assert recovery_file.exists(), (
            f"no autosave; child said: {child.stderr.read() if child.poll() else ''}"
        )
        time.sleep(0.3)  # let a write in progress finish (writes are atomic anyway)
        helpers = _children_of(child.pid)  # the extraction process and multiprocessing's tracker
        assert helpers or not Path("/proc").is_dir()
        os.kill(child.pid, signal.SIGKILL)  # the crash: only the app, as a crash would
        child.wait(timeout=30)
        deadline = time.monotonic() + 15
        while any(_alive(p) for p in helpers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [p for p in helpers if _alive(p)], "the extraction process outlived the app"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signal.SIGKILL)  # whatever is left of the process group
        if child.poll() is None:
            child.wait(timeout=30)
        child.stderr.close()
    autosaved = recovery_file.read_bytes()
    crashed_timeline, _warnings = backend.parse_project(autosaved)
    assert crashed_timeline.articles  # the article was there when it crashed
    assert len(crashed_timeline) > 0  # with its events: the import puts them on screen

    offered = []
    monkeypatch.setattr(dialogs, "ask_restore", lambda parent, text: offered.append(text) or True)
    assert window.recovery.offer_restore(window)
    assert len(offered) == 1 and "untitled" in offered[0]
    assert backend.project_bytes(window.document.timeline) == autosaved
    assert window.isWindowModified()  # restored work is not saved anywhere yet
    assert not recovery_file.exists()  # offered once, then cleared
    assert not window.recovery.offer_restore(window)


def _children_of(pid: int) -> list[int]:
    """Pids whose parent is ``pid`` (Linux /proc; empty elsewhere)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie still answers kill(0); it has exited all the same
    with contextlib.suppress(OSError):
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    return True


def test_declining_the_restore_discards_the_stale_file(window, monkeypatch):
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    dead_pid = 2**22 + 12345  # above the default pid_max: no such process
    stale = folder / f"recovery-{dead_pid}.tlproj"
    stale.write_bytes(b"{}")
    monkeypatch.setattr(dialogs, "ask_restore", lambda *a: False)
    assert not window.recovery.offer_restore(window)
    assert not stale.exists()
    assert len(window.document.timeline) == 0


def test_restored_work_stays_unsaved_whatever_is_undone(filled_window):
    from .conftest import synthetic_timeline

    win = filled_window
    win.document.replace(synthetic_timeline(1), None, modified=True)
    assert win.isWindowModified()
    win.document.selection.set([win.document.timeline.events[0].id])
    win.edit_ops.delete_selected()
    win.actions_by_name["undo"].trigger()
    assert win.isWindowModified() and win.document.modified
    assert win.document.undo_stack.count() == 1


def test_sigterm_quits_cleanly_and_keeps_unsaved_work(tmp_path):
    """SIGTERM (or Ctrl+C) autosaves, leaves without a dialog, and says so in one line."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen", TIMELINE_APP_NO_RECOVERY_PROMPT="1", TIMELINE_APP_AUTOSAVE_MS="200"
    )
    env["TIMELINE_APP_CONFIG_DIR"] = str(tmp_path)
    child = subprocess.Popen(
        [sys.executable, "-m", "timeline_app", str(sample_article())],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    recovery_file = tmp_path / "recovery" / f"recovery-{child.pid}.tlproj"
    try:
        deadline = time.monotonic() + 90
        while not recovery_file.exists() and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.1)  # the first autosave: the article's import landed, there is unsaved work
        assert recovery_file.exists()
        child.send_signal(signal.SIGTERM)
        _, err = child.communicate(timeout=30)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signal.SIGKILL)
    assert child.returncode == 143
    lines = [line for line in err.splitlines() if line.startswith("timeline-app:")]
    assert lines == ["timeline-app: stopped by SIGTERM; unsaved work is kept for the next start"]
    assert backend.parse_project(recovery_file.read_bytes())[0].articles  # kept, not removed
