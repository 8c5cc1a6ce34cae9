"""The app shows who it is: window icon, desktop file name, name and version in About."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from timeline_app.gui import dialogs
from timeline_app.gui.app import create_application

REPO = Path(__file__).resolve().parents[2]


def pyproject_version() -> str:
    with (REPO / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def test_the_application_has_its_icon_and_desktop_file_name(qapp):
    app = create_application()
    assert app is qapp
    icon = app.windowIcon()
    assert not icon.isNull()
    assert not icon.pixmap(64, 64).isNull()  # the SVG renders (the svg icon engine is there)
    assert QGuiApplication.desktopFileName() == "timeline-app"
    assert app.applicationVersion() == pyproject_version()


def test_about_names_the_app_and_its_version(qapp, monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append((title, text)))
    dialogs.show_about(None)
    assert len(shown) == 1
    title, text = shown[0]
    assert "Timeline" in title and f"Timeline {pyproject_version()}" in text
