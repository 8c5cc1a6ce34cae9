"""Autosave to a recovery file, and an offer to restore it after a crash.

Each running window writes ``recovery-<pid>.tlproj`` (plus a small ``.meta`` JSON with
the project's own path) in the recovery folder every minute while it has unsaved
changes, and deletes both when the work is saved or the window closes normally.
A recovery file whose process is gone is what a crash leaves behind; the next
start offers to restore it. The interval can be shortened with
TIMELINE_APP_AUTOSAVE_MS (the crash test runs the app with a fraction of a second).
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer

from timeline_app.core.errors import InputError
from timeline_app.gui import backend, dialogs
from timeline_app.gui.window.document import Document, write_atomically

DEFAULT_INTERVAL_MS = 60_000


def recovery_dir() -> Path:
    base = os.environ.get("TIMELINE_APP_CONFIG_DIR")
    if base:
        return Path(base) / "recovery"
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".timeline-app") / "recovery"


def autosave_interval_ms() -> int:
    try:
        return max(50, int(os.environ.get("TIMELINE_APP_AUTOSAVE_MS", DEFAULT_INTERVAL_MS)))
    except ValueError:
        return DEFAULT_INTERVAL_MS


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    except OSError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class RecoveryFile:
    project: Path
    meta: Path
    pid: int

    def original_path(self) -> Path | None:
        try:
            value = json.loads(self.meta.read_text(encoding="utf-8")).get("path")
        except (OSError, ValueError, AttributeError):
            return None
        return Path(value) if value else None

    def remove(self) -> None:
        for path in (self.project, self.meta):
            with contextlib.suppress(OSError):
                path.unlink()


def stale_recovery_files(folder: Path | None = None) -> list[RecoveryFile]:
    """Recovery files left by processes that are no longer running, newest first."""
    folder = folder or recovery_dir()
    found = []
    for project in folder.glob("recovery-*.tlproj"):
        try:
            pid = int(project.stem.split("-", 1)[1])
        except ValueError:
            continue
        if not _alive(pid):
            found.append(RecoveryFile(project, project.with_suffix(".meta"), pid))
    return sorted(found, key=lambda r: r.project.stat().st_mtime, reverse=True)


class Recovery(QObject):
    """Owns the autosave timer of one window's document."""

    def __init__(
        self, document: Document, parent: QObject | None = None, interval_ms: int | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.folder = recovery_dir()
        pid = os.getpid()
        self.own = RecoveryFile(
            self.folder / f"recovery-{pid}.tlproj", self.folder / f"recovery-{pid}.meta", pid
        )
        self._saved_index: int | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("autosaveTimer")
        self.timer.setInterval(interval_ms or autosave_interval_ms())
        self.timer.timeout.connect(self.autosave)
        document.undo_stack.cleanChanged.connect(self._clean_changed)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        """Stop autosaving and remove this window's recovery file (a normal close)."""
        self.timer.stop()
        self.own.remove()

    def autosave(self) -> bool:
        """Write the recovery file if there are changes since the last autosave; True if written."""
        stack = self.document.undo_stack
        if stack.isClean() or (stack.index() == self._saved_index and self.own.project.exists()):
            return False
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomically(self.own.project, backend.project_bytes(self.document.timeline))
            path = str(self.document.path) if self.document.path else None
            write_atomically(self.own.meta, json.dumps({"path": path}).encode())
        except (InputError, OSError):
            return False  # autosave is best effort; the next tick tries again
        self._saved_index = stack.index()
        return True

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.own.remove()
            self._saved_index = None

    def offer_restore(self, parent=None) -> bool:
        """Offer the newest stale recovery file; True if its work was restored."""
        stale = stale_recovery_files(self.folder)
        if not stale:
            return False
        newest = stale[0]
        original = newest.original_path()
        name = original.name if original else "an untitled project"
        restored = False
        if dialogs.ask_restore(parent, f"Unsaved changes to {name} were recovered."):
            try:
                timeline, _warnings = backend.parse_project(newest.project.read_bytes())
            except (InputError, OSError) as error:
                dialogs.show_error(parent, "Restore failed", str(error))
            else:
                self.document.replace(timeline, original, modified=True)
                restored = True
        for item in stale:
            item.remove()
        return restored
