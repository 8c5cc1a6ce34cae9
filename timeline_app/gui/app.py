"""QApplication set-up: names for QSettings, the window icon, and light/dark themes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from timeline_app import __version__
from timeline_app.gui.icons import app_icon

ORGANISATION = "timeline-app"
APPLICATION = "timeline-app"


def set_application_names() -> None:
    """Names that decide where QSettings keeps the preferences (call before any QSettings)."""
    QApplication.setOrganizationName(ORGANISATION)
    QApplication.setApplicationName(APPLICATION)
    QApplication.setApplicationDisplayName("Timeline")
    QApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("timeline-app")


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (the existing one in tests), named, themed and with the app icon."""
    set_application_names()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv or ["timeline-app"]))
    app.setWindowIcon(app_icon())
    from timeline_app.gui.settings import Settings

    apply_theme(app, Settings().theme)
    return app


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#23272e",
        QPalette.ColorRole.WindowText: "#e6e9ef",
        QPalette.ColorRole.Base: "#1b1e23",
        QPalette.ColorRole.AlternateBase: "#262a31",
        QPalette.ColorRole.ToolTipBase: "#2d323a",
        QPalette.ColorRole.ToolTipText: "#e6e9ef",
        QPalette.ColorRole.PlaceholderText: "#8a93a0",
        QPalette.ColorRole.Text: "#e6e9ef",
        QPalette.ColorRole.Button: "#2b3038",
        QPalette.ColorRole.ButtonText: "#e6e9ef",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#6cb6ff",
        QPalette.ColorRole.Mid: "#3a3f48",
        QPalette.ColorRole.Dark: "#15171b",
        QPalette.ColorRole.Light: "#3b414b",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b7380"))
    return palette


def light_palette() -> QPalette:
    palette = QStyleFactory.create("Fusion").standardPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f3f4f6"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f6f8fa"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2f6fd0"))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """ "light", "dark" or "system" (the platform's palette, dark if the desktop is dark)."""
    hints = app.styleHints()
    if theme == "system":
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
        dark = hints.colorScheme() == Qt.ColorScheme.Dark
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if dark else light_palette())
        return
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if theme == "dark" else light_palette())
