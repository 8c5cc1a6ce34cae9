"""The window's commands as data: one table of actions, one of menus, one for the toolbar.

Each :class:`ActionSpec` says what a command is called, what it runs, its shortcut, icon and
tip, whether it is a switch, and when it can be used; :func:`build` makes the QActions,
menus and toolbar from the tables, and :func:`update_enabled` greys out what does not apply
to the selection. The whole command surface (what a user can do and which key does it)
reads in one place, napari-style, and a new command is one row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSpinBox,
    QToolBar,
    QWidget,
    QWidgetAction,
)

from timeline_app.core.key_events import MAX_DATES, MIN_DATES
from timeline_app.gui import dialogs
from timeline_app.gui.icons import icon
from timeline_app.gui.settings import DATE_ORDERS, LANE_MODES, THEMES

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
"""Every command but Undo and Redo, which the undo stack makes (see :func:`build`)."""

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


def make_action(window: MainWindow, spec: ActionSpec) -> QAction:
    """The QAction of ``spec``, registered in ``window.actions_by_name``."""
    action = QAction(spec.text, window)
    action.setObjectName(spec.name)
    if spec.icon:
        action.setIcon(icon(spec.icon))
    if isinstance(spec.shortcut, tuple):
        action.setShortcuts([QKeySequence(s) for s in spec.shortcut])
    elif spec.shortcut is not None:
        action.setShortcut(QKeySequence(spec.shortcut))
    plain = spec.text.replace("&", "").rstrip("…")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{spec.tip or plain} ({keys})" if keys else spec.tip or plain)
    action.setStatusTip(spec.tip or plain)
    if spec.checkable:
        action.setCheckable(True)
        action.setChecked(bool(spec.checked and spec.checked(window)))
    if spec.role is not None:
        action.setMenuRole(spec.role)
    run = spec.run
    action.triggered.connect(lambda _checked=False: run(window))
    window.actions_by_name[spec.name] = action
    return action


def build(window: MainWindow) -> None:
    """Create every action, the toolbars, the menu bar and the context menus of ``window``
    from the tables."""
    for spec in ACTIONS:
        make_action(window, spec)
    _undo_actions(window)
    toolbars = [_toolbar(window), _filter_toolbar(window)]
    bar = window.menuBar()
    for title, name, entries in MENUS:
        menu = bar.addMenu(title)
        menu.setObjectName(name)
        for entry in entries:
            _add_entry(window, menu, entry, toolbars)
    actions = window.actions_by_name
    window.panels.articles_list.addActions([actions[n] for n in ARTICLE_LIST_ACTIONS])
    table = window.panels.table
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    for name in TABLE_ACTIONS:
        table.addAction(actions[name] if name else _separator(window))
    window.document.selection.changed.connect(lambda _ids: update_enabled(window))
    window.document.undo_stack.indexChanged.connect(lambda _index: update_enabled(window))
    update_enabled(window)


def update_enabled(window: MainWindow) -> None:
    """Grey out the commands that do not apply now (their ``enabled_when`` is false)."""
    actions = window.actions_by_name
    for spec in ACTIONS:
        if spec.enabled_when is not None:
            actions[spec.name].setEnabled(spec.enabled_when(window))


def _undo_actions(window: MainWindow) -> None:
    stack = window.document.undo_stack
    undo = stack.createUndoAction(window, "&Undo")
    undo.setObjectName("undo")
    undo.setShortcuts([QKeySequence(Key.Undo)])
    undo.setIcon(icon("edit-undo"))
    redo = stack.createRedoAction(window, "&Redo")
    redo.setObjectName("redo")
    redo.setShortcuts(list(dict.fromkeys([QKeySequence(Key.Redo), QKeySequence("Ctrl+Shift+Z")])))
    redo.setIcon(icon("edit-redo"))
    window.actions_by_name["undo"], window.actions_by_name["redo"] = undo, redo


def _add_entry(window: MainWindow, menu: QMenu, entry: str | None, toolbars: list[QToolBar]) -> None:
    settings, view_ops = window.settings, window.view_ops
    if entry is None:
        menu.addSeparator()
    elif entry == "@recent":
        menu.addMenu(window.project_ops.recent_menu)
    elif entry == "@key_dates":
        menu.addAction(_key_dates_action(window, menu))
    elif entry == "@lanes":
        _choice_menu(
            window, menu.addMenu("&Lanes"), "lanes", LANE_MODES, settings.default_lanes, view_ops.set_lanes
        )
    elif entry == "@theme":
        _choice_menu(window, menu.addMenu("&Theme"), "theme", THEMES, settings.theme, view_ops.set_theme)
    elif entry == "@date_order":
        _choice_menu(
            window, menu.addMenu("&Date Order"), "date_order", DATE_ORDERS, settings.date_order,
            view_ops.set_date_order,
        )  # fmt: skip
    elif entry == "@panels":
        # Every dock and toolbar, so that a closed one can be brought back.
        panels_menu = menu.addMenu("&Panels")
        for dock in window.panels.docks():
            panels_menu.addAction(dock.toggleViewAction())
        for toolbar in reversed(toolbars):
            panels_menu.addAction(toolbar.toggleViewAction())
    else:
        menu.addAction(window.actions_by_name[entry])


def _separator(window: MainWindow) -> QAction:
    separator = QAction(window)
    separator.setSeparator(True)
    return separator


def _toolbar(window: MainWindow) -> QToolBar:
    toolbar = QToolBar("Main toolbar", window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setAccessibleName("Main toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    for name in TOOLBAR:
        if name is None:
            toolbar.addSeparator()
        elif name == "@key_dates":
            toolbar.addWidget(_key_dates_box(window, "keyDatesToolbar"))
        else:
            toolbar.addAction(window.actions_by_name[name])
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar


def _filter_toolbar(window: MainWindow) -> QToolBar:
    """The filter bar, on a toolbar row of its own."""
    toolbar = QToolBar("Filter", window)
    toolbar.setObjectName("filterToolbar")
    toolbar.setMovable(False)
    toolbar.addWidget(window.filter_bar)
    window.addToolBarBreak()
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar


def _choice_menu(
    window: MainWindow,
    menu: QMenu,
    name: str,
    choices: tuple[str, ...],
    current: str,
    slot: Callable[[str], object],
) -> None:
    menu.setObjectName(f"{name}Menu")
    group = QActionGroup(window)
    group.setExclusive(True)
    for value in choices:
        action = QAction(value.title() if value not in DATE_ORDERS else value, window)
        action.setObjectName(f"{name}_{value}")
        action.setCheckable(True)
        action.setChecked(value == current)
        action.triggered.connect(lambda _checked=False, v=value: slot(v))
        group.addAction(action)
        menu.addAction(action)
        window.actions_by_name[f"{name}_{value}"] = action


def _key_dates_box(window: MainWindow, name: str) -> QSpinBox:
    """A spin box of the number of key dates, kept in step with the window's others."""
    box = QSpinBox(window)
    box.setObjectName(name)
    box.setRange(MIN_DATES, MAX_DATES)
    box.setSingleStep(5)
    box.setSuffix(" dates")
    box.setAccessibleName("Key dates")
    box.lineEdit().setAccessibleName("Key dates")
    box.setToolTip(f"How many key dates View > Key Events shows ({MIN_DATES} to {MAX_DATES})")
    box.setKeyboardTracking(False)  # typing "150" asks once, not for 1, 15 and 150
    window.key_event_ops.add_box(box)
    return box


def _key_dates_action(window: MainWindow, menu: QMenu) -> QWidgetAction:
    """View > Key Events' number of dates, in the menu itself (no dialog)."""
    row = QWidget(menu)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(28, 2, 12, 2)
    label = QLabel("Key dates:", row)
    box = _key_dates_box(window, "keyDatesMenu")
    box.setParent(row)
    label.setBuddy(box)
    layout.addWidget(label)
    layout.addWidget(box)
    action = QWidgetAction(window)
    action.setObjectName("key_dates")
    action.setDefaultWidget(row)
    window.actions_by_name["key_dates"] = action
    return action
