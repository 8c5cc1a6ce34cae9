"""Project files: New, Open, Save, Save As, Open Recent, and the question about unsaved work.

Every question to the user goes through :mod:`timeline_app.gui.dialogs` so tests can answer it.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QMenu, QWidget

from timeline_app.core.errors import InputError
from timeline_app.core.model import Timeline
from timeline_app.gui import backend, dialogs
from timeline_app.gui.settings import Settings
from timeline_app.gui.view.timeline_view import TimelineView
from timeline_app.gui.window.document import Document
from timeline_app.gui.window.import_ops import ImportOps
from timeline_app.gui.window.recovery import Recovery
from timeline_app.gui.window.status import StatusLine, left_out_note


class ProjectOps:
    """Opens and saves the document's project file; keeps the Open Recent menu.

    Args:
        document: the project open in the window.
        view: fitted to the events of a project when it opens.
        imports: a file that is not a project is imported; an open stops an import.
        recovery: this window's recovery file, removed by New.
        settings: the recent files.
        parent: the window, for dialogs.
        status: where an operation says what it did.
    """

    def __init__(
        self,
        document: Document,
        view: TimelineView,
        imports: ImportOps,
        recovery: Recovery,
        settings: Settings,
        parent: QWidget,
        status: StatusLine,
    ) -> None:
        self.document = document
        self.view = view
        self.imports = imports
        self.recovery = recovery
        self.settings = settings
        self.parent_widget = parent
        self.status = status
        self.recent_menu = QMenu("Open &Recent", parent)
        self.recent_menu.setObjectName("recentMenu")
        self.refresh_recent_menu()

    # -- unsaved work ---------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when it is fine to drop the current project."""
        if not self.document.modified:
            return True
        choice = dialogs.ask_save_changes(self.parent_widget, self.document.display_name())
        if choice is dialogs.SaveChoice.SAVE:
            return self.save()
        return choice is dialogs.SaveChoice.DISCARD

    # -- projects ---------------------------------------------------------------------

    def new_project(self) -> None:
        if self.maybe_save():
            self.imports.cancel_import()
            self.document.replace(Timeline(), None)
            self.recovery.own.remove()

    def open_project(self, path: Path | None = None) -> bool:
        if not self.maybe_save():
            return False
        path = path or dialogs.ask_open_path(self.parent_widget)
        if path is None:
            return False
        if not backend.is_project_file(path):
            self.imports.import_files([path])
            return True
        self.imports.cancel_import()  # its articles belong to the project being closed
        try:
            warnings = self.document.open(Path(path))
        except InputError as error:
            dialogs.show_error(self.parent_widget, "Cannot open project", str(error))
            return False
        self.add_recent(Path(path))
        left_out = self.view.fit_dense()
        message = f"Opened {Path(path).name}"
        if warnings:
            message += f" ({len(warnings)} repairs: {warnings[0]})"
        message += left_out_note(left_out)
        self.status.showMessage(message, 8000)
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", self.document.timeline.title).strip()[:60] or "Timeline"
        suggested = str(self.document.path or Path.home() / f"{name}.json")
        path = dialogs.ask_save_path(self.parent_widget, suggested)
        return False if path is None else self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except InputError as error:
            dialogs.show_error(self.parent_widget, "Cannot save", str(error))
            return False
        self.add_recent(path)
        self.status.showMessage(f"Saved {path.name}", 5000)
        return True

    # -- recent files -------------------------------------------------------------------

    def add_recent(self, path: Path) -> None:
        self.settings.add_recent(str(path.resolve()))
        self.refresh_recent_menu()

    def refresh_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        files = self.settings.recent_files
        for n, name in enumerate(files, 1):
            action = menu.addAction(f"&{n} {Path(name).name}")
            action.setToolTip(name)
            action.setData(name)
            action.triggered.connect(lambda _checked=False, p=name: self.open_recent(p))
        if files:
            menu.addSeparator()
            menu.addAction("Clear list", self._clear_recent)
        menu.setEnabled(bool(files))

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self.refresh_recent_menu()

    def open_recent(self, name: str) -> None:
        path = Path(name)
        if not path.exists():
            dialogs.show_error(self.parent_widget, "Open recent", f"{path.name} no longer exists")
            return
        self.open_project(path)
