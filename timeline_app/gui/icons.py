"""Toolbar icons: the desktop's icon theme first, our small SVGs in resources/icons/ otherwise.

Icon themes are a Linux desktop feature; on Windows, macOS, Xvfb or a bare
window manager QIcon.fromTheme finds nothing, so every icon has a shipped
fallback drawn in a neutral grey that reads on light and dark palettes.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from timeline_app.core.resources import resource

# our file name -> freedesktop theme name (None: no standard name exists)
THEME_NAMES = {
    "document-new": "document-new",
    "document-open": "document-open",
    "document-save": "document-save",
    "document-save-as": "document-save-as",
    "document-import": "document-import",
    "document-export": "document-export",
    "edit-undo": "edit-undo",
    "edit-redo": "edit-redo",
    "edit-paste": "edit-paste",
    "document-edit": "document-edit",
    "edit-copy": "edit-copy",
    "edit-delete": "edit-delete",
    "list-add": "list-add",
    "zoom-fit-best": "zoom-fit-best",
    "zoom-in": "zoom-in",
    "zoom-out": "zoom-out",
    "go-next": "go-next",
    "go-previous": "go-previous",
    "merge": None,
    "split": None,
    "review": None,
    "key-events": None,
    "zoom-fit-key": None,
    "filter": None,
    "accept": None,
    "reject": None,
}


@cache
def icon(name: str) -> QIcon:
    """The icon called ``name`` (a key of THEME_NAMES, or "timeline-app")."""
    fallback = QIcon(str(resource("icons", f"{name}.svg")))
    theme_name = THEME_NAMES.get(name)
    if theme_name and QIcon.hasThemeIcon(theme_name):
        return QIcon.fromTheme(theme_name, fallback)
    return fallback


def app_icon() -> QIcon:
    return icon("timeline-app")
