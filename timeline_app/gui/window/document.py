"""The open project: one Timeline, one QUndoStack, the file it lives in, and the selection.

The Timeline object lives as long as the window: opening a project swaps its
content (``replace_all``) so that every view stays subscribed to the same object.
"Modified" is the undo stack's clean state, so undoing back to the saved state
clears the mark in the title.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QSaveFile, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from timeline_app.core.errors import InputError
from timeline_app.core.model import Change, Timeline
from timeline_app.gui import backend


class Selection(QObject):
    """The selected event ids, shared by every view (linked selection)."""

    changed = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []

    @property
    def ids(self) -> list[str]:
        return list(self._ids)

    @property
    def current(self) -> str | None:
        return self._ids[0] if self._ids else None

    def set(self, ids: Iterable[str]) -> None:
        ids = list(dict.fromkeys(ids))
        if ids != self._ids:
            self._ids = ids
            self.changed.emit(list(ids))

    def drop_missing(self, timeline: Timeline) -> None:
        self.set([i for i in self._ids if timeline.has_event(i)])


class Document(QObject):
    """Timeline + undo stack + path; emits ``pathChanged`` and ``modifiedChanged``."""

    pathChanged = Signal(object)
    modifiedChanged = Signal(bool)
    timelineChanged = Signal(object)  # the core Change, re-emitted as a Qt signal

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeline = Timeline()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        self.selection = Selection(self)
        self.path: Path | None = None
        self._unsubscribe = self.timeline.subscribe(self._on_change)
        self.undo_stack.cleanChanged.connect(lambda clean: self.modifiedChanged.emit(not clean))

    def _on_change(self, change: Change) -> None:
        if (change.what == "event" and change.kind == "removed") or change.kind == "reset":
            self.selection.drop_missing(self.timeline)
        self.timelineChanged.emit(change)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def replace(self, timeline: Timeline, path: Path | None, *, modified: bool = False) -> None:
        """Take another timeline's content (New, Open, Restore); clears the undo history."""
        self.undo_stack.clear()
        # Every panel builds its index of the new content now: hundreds of thousands of
        # small objects, each batch of which woke the garbage collector to walk all the
        # others (about a third of opening 100,000 events). Nothing here makes cycles.
        collecting = gc.isenabled()
        gc.disable()
        try:
            self.timeline.replace_all(timeline.title, timeline.articles, timeline.events)
        finally:
            if collecting:
                gc.enable()
        # The project's objects live until the next project: keep them out of the garbage
        # collector's full passes, which otherwise walk all of them now and then while the
        # user works (0.1-0.8 s at 100,000 events, e.g. in a filter change). Refcounting
        # still frees them; they hold no reference cycles.
        gc.freeze()
        self.selection.set([])
        self.set_path(path)
        if modified:
            # A restored recovery file is not saved anywhere yet: no state of the stack
            # is clean, so the title shows the mark and closing asks, even after undos.
            self.undo_stack.resetClean()

    def set_path(self, path: Path | None) -> None:
        self.path = path
        self.pathChanged.emit(path)

    def open(self, path: Path) -> list[str]:
        timeline, warnings = backend.load_project(path)
        self.replace(timeline, path)
        return warnings

    def save(self, path: Path) -> None:
        """Write the project through QSaveFile: a crash mid-save never leaves half a file."""
        data = backend.project_bytes(self.timeline)
        write_atomically(path, data)
        self.set_path(path)
        self.undo_stack.setClean()

    def display_name(self) -> str:
        return self.path.name if self.path else "Untitled"


def write_atomically(path: Path, data: bytes) -> None:
    """Write bytes through QSaveFile; raise InputError with a one-line reason on failure."""
    out = QSaveFile(str(path))
    if not out.open(QSaveFile.OpenModeFlag.WriteOnly):
        raise InputError(f"cannot save {path.name}: {out.errorString()}")
    if out.write(data) != len(data):
        reason = out.errorString()
        out.cancelWriting()
        out.commit()
        raise InputError(f"cannot save {path.name}: {reason}")
    if not out.commit():
        raise InputError(f"cannot save {path.name}: {out.errorString()}")
