"""The window's actions, menus, toolbars and context menus, made from the tables of
:mod:`~timeline_app.gui.window.window_actions`; :func:`update_enabled` greys out what does
not apply to the selection."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QSpinBox, QToolBar, QWidget, QWidgetAction

from timeline_app.core.key_events import MAX_DATES, MIN_DATES
from timeline_app.gui.icons import icon
from timeline_app.gui.settings import DATE_ORDERS, LANE_MODES, THEMES
from timeline_app.gui.window.window_actions import (
    ACTIONS,
    ARTICLE_LIST_ACTIONS,
    MENUS,
    TABLE_ACTIONS,
    TOOLBAR,
    ActionSpec,
    Key,
)

if TYPE_CHECKING:
    from timeline_app.gui.window.main_window import MainWindow


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
