"""The window's commands as data: one table of actions, one of menus, one for the toolbar.

Each :class:`ActionSpec` says what a command is called, what it runs (a method of one of the
window's operations), its shortcut, icon and tip, whether it is a switch, and when it can be
used; :mod:`~timeline_app.gui.window.window_menus` makes the QActions, menus and toolbars
from the tables. The whole command surface (what a user can do and which key does it) reads
in one place, napari-style, and a new command is one row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from timeline_app.gui import dialogs

if TYPE_CHECKING:
    from timeline_app.gui.window.main_window import MainWindow

Key = QKeySequence.StandardKey
Shortcut = Key | str | tuple[Key | str, ...] | None


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One command of the window.

    ``run`` gets the window; a ``checkable`` command reads its new state from its action.
    ``checked`` gives a switch's state when the window opens; ``enabled_when`` says when the
    command applies (None: always).
    """

    name: str
    text: str
    run: Callable[[MainWindow], object]
    shortcut: Shortcut = None
    icon: str | None = None
    tip: str | None = None
    checkable: bool = False
    checked: Callable[[MainWindow], bool] | None = None
    enabled_when: Callable[[MainWindow], bool] | None = None
    role: QAction.MenuRole | None = None


def _some_selected(window: MainWindow) -> bool:
    return bool(window.edit_ops.selected_ids())


def _several_selected(window: MainWindow) -> bool:
    return len(window.edit_ops.selected_ids()) >= 2


def _one_with_sources(window: MainWindow) -> bool:
    ids = window.edit_ops.selected_ids()
    timeline = window.document.timeline
    return len(ids) == 1 and timeline.has_event(ids[0]) and len(timeline.event(ids[0]).sources) >= 2


def _delete(window: MainWindow) -> None:
    """Delete what is selected where the user is: the articles chosen in the Articles panel if
    it has the keyboard (with the events only they tell), else the selected events."""
    if not window.article_ops.remove_if_focused():
        window.edit_ops.delete_selected()


def _checked(name: str) -> Callable[[MainWindow], bool]:
    return lambda window: window.actions_by_name[name].isChecked()


ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("new", "&New", lambda w: w.project_ops.new_project(), Key.New, "document-new", "New project"),
    ActionSpec(
        "open", "&Open…", lambda w: w.project_ops.open_project(), Key.Open, "document-open", "Open a project"
    ),
    ActionSpec(
        "import", "&Import Articles…", lambda w: w.import_ops.import_articles(), "Ctrl+I", "document-import",
        "Import article files (several at once)",
    ),
    ActionSpec(
        "import_folder", "Import &Folder…", lambda w: w.import_ops.import_folder(), "Ctrl+Shift+I",
        tip="Import every article (.txt, .md, .html, .htm) in a folder and its subfolders",
    ),
    ActionSpec(
        "save", "&Save", lambda w: w.project_ops.save(), Key.Save, "document-save", "Save the project"
    ),
    ActionSpec("save_as", "Save &As…", lambda w: w.project_ops.save_as(), Key.SaveAs, "document-save-as"),
    ActionSpec(
        "export", "&Export…", lambda w: w.export_ops.export(), "Ctrl+E", "document-export",
        "Export the shown events as PNG, SVG, PDF or data",
    ),
    ActionSpec("quit", "&Quit", lambda w: w.close(), Key.Quit, role=QAction.MenuRole.QuitRole),
    # Edit
    ActionSpec(
        "paste_article", "&Paste Article", lambda w: w.import_ops.paste_article(), "Ctrl+Shift+V",
        "edit-paste", "Make an article from the clipboard's text or HTML",
    ),
    ActionSpec(
        "add_event", "&Add Event", lambda w: w.edit_ops.add_event(), ("Ctrl+Shift+N", "Ins"), "list-add"
    ),
    ActionSpec("delete", "&Delete Events", _delete, Key.Delete, "edit-delete"),  # never greyed out
    ActionSpec(
        "duplicate", "D&uplicate", lambda w: w.edit_ops.duplicate_selected(), "Ctrl+D", "edit-copy",
        enabled_when=_some_selected,
    ),
    ActionSpec(
        "merge", "&Merge Events", lambda w: w.edit_ops.merge_selected(), "Ctrl+M", "merge",
        "Merge the selected events into the first", enabled_when=_several_selected,
    ),
    ActionSpec(
        "split", "S&plit Event", lambda w: w.edit_ops.split_selected(), "Ctrl+Shift+M", "split",
        "Split an event told by several sources into one per source", enabled_when=_one_with_sources,
    ),
    ActionSpec(
        "mark_reviewed", "Mark &Reviewed", lambda w: w.edit_ops.mark_reviewed(), "Ctrl+Shift+R", "accept",
        enabled_when=_some_selected,
    ),
    ActionSpec(
        "mark_confirmed", "Mark &Confirmed", lambda w: w.edit_ops.mark_status("confirmed"), "Ctrl+Shift+C",
        enabled_when=_some_selected,
    ),
    ActionSpec(
        "mark_denied", "Mark De&nied", lambda w: w.edit_ops.mark_status("denied"), "Ctrl+Shift+D",
        enabled_when=_some_selected,
    ),
    ActionSpec(
        "find", "&Find…", lambda w: w.view_ops.focus_search(), Key.Find, "filter", "Search and filter events"
    ),
    # Articles
    ActionSpec(
        "reextract", "E&xtract Events Again", lambda w: w.article_ops.reextract_articles(), "Ctrl+Shift+E",
        tip="Extract the selected articles' events again; events you reviewed or made are kept",
    ),
    ActionSpec(
        "article_date", "Change &Publication Date…", lambda w: w.article_ops.change_publication_date(),
        tip="Correct when the selected article was published; its events are dated again",
    ),
    ActionSpec(
        "remove_articles", "&Remove Articles", lambda w: w.article_ops.remove_articles(),
        tip="Remove the selected articles and the events only they tell",
    ),
    # View
    ActionSpec(
        "fit_all", "Fit &All", lambda w: w.view_ops.fit_all(), "Ctrl+0", "zoom-fit-best", "Show every event"
    ),
    ActionSpec(
        "fit_filtered", "Fit to &Filtered Events", lambda w: w.view_ops.fit_filtered(), "Ctrl+Shift+0",
        "filter", "Zoom to the events the filter shows",
    ),
    ActionSpec(
        "show_uncertain", "Show &Uncertain Events",
        lambda w: w.view_ops.set_show_uncertain(_checked("show_uncertain")(w)),
        tip="Show the events the extractor is unsure of (fragments, no actor...); "
        "events you made or reviewed are always shown",
        checkable=True, checked=lambda w: w.settings.show_uncertain,
    ),
    ActionSpec(
        "key_events", "&Key Events", lambda w: w.key_event_ops.set_key_events_mode(_checked("key_events")(w)),
        "Ctrl+Shift+K", "key-events",
        "Draw the key dates' events large, with how many articles tell them, and every other "
        "event as a density band",
        checkable=True, checked=lambda w: w.settings.key_events,
    ),
    ActionSpec(
        "fit_key_events", "Fit to &Key Events", lambda w: w.key_event_ops.fit_key_events(), "Ctrl+9",
        "zoom-fit-key", "Zoom to the span of the key dates",
    ),
    ActionSpec("zoom_in", "Zoom &In", lambda w: w.view_ops.zoom(1.5), Key.ZoomIn, "zoom-in"),
    ActionSpec("zoom_out", "Zoom &Out", lambda w: w.view_ops.zoom(1 / 1.5), Key.ZoomOut, "zoom-out"),
    ActionSpec(
        "review", "&Review Mode", lambda w: w.view_ops.toggle_review(), "Ctrl+R", "review",
        "Step through extracted events that nobody has reviewed yet", checkable=True,
    ),
    # Help
    ActionSpec("about", "&About Timeline", lambda w: dialogs.show_about(w), role=QAction.MenuRole.AboutRole),
    ActionSpec("about_qt", "About &Qt", lambda w: QApplication.aboutQt()),
)  # fmt: skip
"""Every command but Undo and Redo, which the undo stack makes (see :func:`.window_menus.build`)."""

MENUS: tuple[tuple[str, str, tuple[str | None, ...]], ...] = (
    ("&File", "fileMenu", (
        "new", "open", "@recent", None, "import", "import_folder", None, "save", "save_as", "export",
        None, "quit",
    )),
    ("&Edit", "editMenu", (
        "undo", "redo", None, "paste_article", "add_event", "duplicate", "delete", None, "merge", "split",
        None, "mark_reviewed", "mark_confirmed", "mark_denied", None, "find",
    )),
    ("&Articles", "articlesMenu", (
        "import", "import_folder", "paste_article", None, "reextract", "article_date", None,
        "remove_articles",
    )),
    ("&View", "viewMenu", (
        "fit_all", "fit_filtered", "fit_key_events", "zoom_in", "zoom_out", None, "key_events",
        "@key_dates", "show_uncertain", None, "@lanes", "@theme", "@date_order", None, "review", "@panels",
    )),
    ("&Help", "helpMenu", ("about", "about_qt")),
)  # fmt: skip
"""Menus: title, object name, entries (an action's name, None for a separator, "@..." for a
part built in code: Open Recent, the key-dates box, the Lanes/Theme/Date Order choices, Panels)."""

TOOLBAR: tuple[str | None, ...] = (
    "new", "open", "save", None, "import", "paste_article", None, "undo", "redo", None,
    "add_event", "delete", "merge", "split", None, "review", None,
    "fit_all", "fit_filtered", "zoom_in", "zoom_out", None, "key_events", "@key_dates", "fit_key_events",
)  # fmt: skip

ARTICLE_LIST_ACTIONS = ("reextract", "article_date", "remove_articles")
"""The Articles panel's context menu."""

TABLE_ACTIONS = ("add_event", "duplicate", "delete", None, "merge", "split", None,
                 "mark_reviewed", "mark_confirmed", "mark_denied")  # fmt: skip
"""The Events table's context menu: the same edits as the Edit menu."""
