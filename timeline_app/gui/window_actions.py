"""The window's actions, menus and toolbar, with standard shortcuts and icons.

Kept apart from the window's behaviour so that the whole command surface (what
a user can do and which key does it) reads in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QSpinBox, QToolBar, QWidget, QWidgetAction

from timeline_app.core.key_events import MAX_DATES, MIN_DATES
from timeline_app.gui.icons import icon
from timeline_app.gui.settings import DATE_ORDERS, LANE_MODES, THEMES

if TYPE_CHECKING:
    from timeline_app.gui.main_window import MainWindow

Key = QKeySequence.StandardKey


def _action(
    window: MainWindow,
    name: str,
    text: str,
    slot: Callable[..., object],
    shortcut: Key | str | list | None = None,
    icon_name: str | None = None,
    tip: str | None = None,
) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if icon_name:
        action.setIcon(icon(icon_name))
    if isinstance(shortcut, list):
        action.setShortcuts([QKeySequence(s) for s in shortcut])
    elif shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    plain = text.replace("&", "").rstrip("…")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip or plain} ({keys})" if keys else tip or plain)
    action.setStatusTip(tip or plain)
    action.triggered.connect(lambda _checked=False: slot())
    window.actions_by_name[name] = action
    return action


def build(window: MainWindow) -> None:
    """Create every action, the menu bar and the toolbar of ``window``."""
    a = window.actions_by_name
    stack = window.document.undo_stack
    _action(window, "new", "&New", window.new_project, Key.New, "document-new", "New project")
    _action(window, "open", "&Open…", window.open_project, Key.Open, "document-open", "Open a project")
    _action(
        window,
        "import",
        "&Import Articles…",
        window.import_articles,
        "Ctrl+I",
        "document-import",
        "Import article files (several at once)",
    )
    _action(
        window,
        "import_folder",
        "Import &Folder…",
        lambda: window.import_folder(),
        "Ctrl+Shift+I",
        tip="Import every article (.txt, .md, .html, .htm) in a folder and its subfolders",
    )
    _action(window, "save", "&Save", window.save, Key.Save, "document-save", "Save the project")
    _action(window, "save_as", "Save &As…", window.save_as, Key.SaveAs, "document-save-as")
    _action(
        window,
        "export",
        "&Export…",
        window.export,
        "Ctrl+E",
        "document-export",
        "Export the shown events as PNG, SVG, PDF or data",
    )
    _action(window, "quit", "&Quit", window.close, Key.Quit)

    undo = stack.createUndoAction(window, "&Undo")
    undo.setObjectName("undo")
    undo.setShortcuts([QKeySequence(Key.Undo)])
    undo.setIcon(icon("edit-undo"))
    redo = stack.createRedoAction(window, "&Redo")
    redo.setObjectName("redo")
    redo.setShortcuts(list(dict.fromkeys([QKeySequence(Key.Redo), QKeySequence("Ctrl+Shift+Z")])))
    redo.setIcon(icon("edit-redo"))
    a["undo"], a["redo"] = undo, redo
    _action(
        window,
        "paste_article",
        "&Paste Article",
        window.paste_article,
        "Ctrl+Shift+V",
        "edit-paste",
        "Make an article from the clipboard's text or HTML",
    )
    _action(window, "add_event", "&Add Event", window.add_event, ["Ctrl+Shift+N", "Ins"], "list-add")
    _action(window, "delete", "&Delete Events", window.delete_selected, Key.Delete, "edit-delete")
    _action(window, "duplicate", "D&uplicate", window.duplicate_selected, "Ctrl+D", "edit-copy")
    _action(
        window,
        "merge",
        "&Merge Events",
        window.merge_selected,
        "Ctrl+M",
        "merge",
        "Merge the selected events into the first",
    )
    _action(
        window,
        "split",
        "S&plit Event",
        window.split_selected,
        "Ctrl+Shift+M",
        "split",
        "Split an event told by several sources into one per source",
    )
    _action(window, "mark_reviewed", "Mark &Reviewed", window.mark_reviewed, "Ctrl+Shift+R", "accept")
    _action(
        window, "mark_confirmed", "Mark &Confirmed", lambda: window.mark_status("confirmed"), "Ctrl+Shift+C"
    )
    _action(window, "mark_denied", "Mark De&nied", lambda: window.mark_status("denied"), "Ctrl+Shift+D")
    _action(window, "find", "&Find…", window.focus_search, Key.Find, "filter", "Search and filter events")
    _action(
        window,
        "reextract",
        "E&xtract Events Again",
        window.reextract_articles,
        "Ctrl+Shift+E",
        tip="Extract the selected articles' events again; events you reviewed or made are kept",
    )
    _action(
        window,
        "article_date",
        "Change &Publication Date…",
        window.change_publication_date,
        tip="Correct when the selected article was published; its events are dated again",
    )
    _action(
        window,
        "remove_articles",
        "&Remove Articles",
        window.remove_articles,
        tip="Remove the selected articles and the events only they tell",
    )

    _action(window, "fit_all", "Fit &All", window.fit_all, "Ctrl+0", "zoom-fit-best", "Show every event")
    _action(
        window,
        "fit_filtered",
        "Fit to &Filtered Events",
        window.fit_filtered,
        "Ctrl+Shift+0",
        "filter",
        "Zoom to the events the filter shows",
    )
    uncertain = _action(
        window,
        "show_uncertain",
        "Show &Uncertain Events",
        lambda: window.set_show_uncertain(window.actions_by_name["show_uncertain"].isChecked()),
        tip="Show the events the extractor is unsure of (fragments, no actor...); "
        "events you made or reviewed are always shown",
    )
    uncertain.setCheckable(True)
    uncertain.setChecked(window.settings.show_uncertain)
    key_events = _action(
        window,
        "key_events",
        "&Key Events",
        lambda: window.set_key_events_mode(window.actions_by_name["key_events"].isChecked()),
        "Ctrl+Shift+K",
        "key-events",
        "Draw the key dates' events large, with how many articles tell them, and every other "
        "event as a density band",
    )
    key_events.setCheckable(True)
    key_events.setChecked(window.settings.key_events)
    _action(
        window,
        "fit_key_events",
        "Fit to &Key Events",
        window.fit_key_events,
        "Ctrl+9",
        "zoom-fit-key",
        "Zoom to the span of the key dates",
    )
    _action(window, "zoom_in", "Zoom &In", lambda: window.zoom(1.5), Key.ZoomIn, "zoom-in")
    _action(window, "zoom_out", "Zoom &Out", lambda: window.zoom(1 / 1.5), Key.ZoomOut, "zoom-out")
    review = _action(
        window,
        "review",
        "&Review Mode",
        window.toggle_review,
        "Ctrl+R",
        "review",
        "Step through extracted events that nobody has reviewed yet",
    )
    review.setCheckable(True)
    _action(window, "about", "&About Timeline", window.about)
    _action(window, "about_qt", "About &Qt", window.about_qt)
    a["about"].setMenuRole(QAction.MenuRole.AboutRole)
    a["quit"].setMenuRole(QAction.MenuRole.QuitRole)

    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addActions([a["new"], a["open"]])
    window.recent_menu = file_menu.addMenu("Open &Recent")
    window.recent_menu.setObjectName("recentMenu")
    file_menu.addSeparator()
    file_menu.addActions([a["import"], a["import_folder"]])
    file_menu.addSeparator()
    file_menu.addActions([a["save"], a["save_as"]])
    file_menu.addAction(a["export"])
    file_menu.addSeparator()
    file_menu.addAction(a["quit"])

    edit_menu = bar.addMenu("&Edit")
    edit_menu.addActions([a["undo"], a["redo"]])
    edit_menu.addSeparator()
    edit_menu.addActions([a["paste_article"], a["add_event"], a["duplicate"], a["delete"]])
    edit_menu.addSeparator()
    edit_menu.addActions([a["merge"], a["split"]])
    edit_menu.addSeparator()
    edit_menu.addActions([a["mark_reviewed"], a["mark_confirmed"], a["mark_denied"]])
    edit_menu.addSeparator()
    edit_menu.addAction(a["find"])

    articles_menu = bar.addMenu("&Articles")
    articles_menu.setObjectName("articlesMenu")
    articles_menu.addActions([a["import"], a["import_folder"], a["paste_article"]])
    articles_menu.addSeparator()
    articles_menu.addActions([a["reextract"], a["article_date"]])
    articles_menu.addSeparator()
    articles_menu.addAction(a["remove_articles"])
    window.articles_list.addActions([a["reextract"], a["article_date"], a["remove_articles"]])

    view_menu = bar.addMenu("&View")
    view_menu.addActions([a["fit_all"], a["fit_filtered"], a["fit_key_events"], a["zoom_in"], a["zoom_out"]])
    view_menu.addSeparator()
    view_menu.addAction(a["key_events"])
    view_menu.addAction(_key_dates_action(window, view_menu))
    view_menu.addAction(a["show_uncertain"])
    view_menu.addSeparator()
    _choice_menu(
        window,
        view_menu.addMenu("&Lanes"),
        "lanes",
        LANE_MODES,
        window.settings.default_lanes,
        window.set_lanes,
    )
    _choice_menu(
        window, view_menu.addMenu("&Theme"), "theme", THEMES, window.settings.theme, window.set_theme
    )
    _choice_menu(
        window,
        view_menu.addMenu("&Date Order"),
        "date_order",
        DATE_ORDERS,
        window.settings.date_order,
        window.set_date_order,
    )
    view_menu.addSeparator()
    view_menu.addAction(a["review"])
    window.docks_menu = view_menu.addMenu("&Panels")

    help_menu = bar.addMenu("&Help")
    help_menu.addActions([a["about"], a["about_qt"]])

    toolbar = QToolBar("Main toolbar", window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setAccessibleName("Main toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    for name in (
        "new",
        "open",
        "save",
        None,
        "import",
        "paste_article",
        None,
        "undo",
        "redo",
        None,
        "add_event",
        "delete",
        "merge",
        "split",
        None,
        "review",
        None,
        "fit_all",
        "fit_filtered",
        "zoom_in",
        "zoom_out",
        None,
        "key_events",
        "key_dates",
        "fit_key_events",
    ):
        if name is None:
            toolbar.addSeparator()
        elif name == "key_dates":
            toolbar.addWidget(_key_dates_box(window, "keyDatesToolbar"))
        else:
            toolbar.addAction(a[name])
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    window.main_toolbar = toolbar


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
    box.setValue(window.settings.key_dates)
    box.setSuffix(" dates")
    box.setAccessibleName("Key dates")
    box.lineEdit().setAccessibleName("Key dates")
    box.setToolTip(f"How many key dates View > Key Events shows ({MIN_DATES} to {MAX_DATES})")
    box.setKeyboardTracking(False)  # typing "150" asks once, not for 1, 15 and 150
    box.valueChanged.connect(window.set_key_dates)
    window.key_dates_boxes.append(box)
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
