from __future__ import annotations

import argparse
import os

import pytest
from PySide6.QtCore import QSettings

from timeline_app.cli import gui as cli_gui
from timeline_app.gui.settings import MAX_RECENT, Settings


def test_settings_round_trip_and_reject_unknown_values(qapp):
    settings = Settings()
    assert (settings.date_order, settings.theme, settings.default_lanes) == ("DMY", "system", "none")
    settings.date_order = "MDY"
    settings.theme = "dark"
    settings.default_lanes = "actor"
    again = Settings()
    assert (again.date_order, again.theme, again.default_lanes) == ("MDY", "dark", "actor")
    for name in ("date_order", "theme", "default_lanes"):
        with pytest.raises(ValueError):
            setattr(settings, name, "sideways")
    # the file lives in the temporary folder the test set-up points QSettings at
    assert QSettings().fileName().startswith(os.environ["TIMELINE_APP_CONFIG_DIR"])


def test_recent_files_are_most_recent_first_without_repeats(qapp):
    settings = Settings()
    for n in range(MAX_RECENT + 3):
        settings.add_recent(f"/p/{n}.json")
    settings.add_recent("/p/4.json")
    files = settings.recent_files
    assert files[0] == "/p/4.json" and len(files) == MAX_RECENT == len(set(files))
    settings.clear_recent()
    assert settings.recent_files == []


def test_missing_x_libraries_give_one_line_naming_the_packages(monkeypatch, capsys):
    monkeypatch.setattr(cli_gui.sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(cli_gui.ctypes.util, "find_library", lambda name: None if "cursor" in name else name)
    args = argparse.Namespace(files=[], demo=True, published=None)
    assert cli_gui.run_gui(args) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "xcb-cursor" in err
    assert cli_gui.DEBIAN_PACKAGES in err


def test_no_display_is_one_line_too(monkeypatch, capsys):
    monkeypatch.setattr(cli_gui.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.setattr(cli_gui.ctypes.util, "find_library", lambda name: name)
    assert cli_gui.run_gui(argparse.Namespace(files=[], demo=False, published=None)) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_offscreen_needs_no_x_libraries(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(cli_gui.ctypes.util, "find_library", lambda name: None)
    assert cli_gui.display_problem() is None


def test_bad_arguments_exit_1_before_any_window(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert cli_gui.run_gui(argparse.Namespace(files=[], demo=False, published="2025-02-30")) == 1
    assert (
        cli_gui.run_gui(argparse.Namespace(files=[str(tmp_path / "nope.txt")], demo=False, published=None))
        == 1
    )
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and "nope.txt" in err[1]


def test_desktop_file_and_icons_are_shipped():
    from timeline_app.core.resources import resource

    desktop = resource("timeline-app.desktop").read_text(encoding="utf-8")
    assert "Exec=timeline-app %F" in desktop and "Icon=timeline-app" in desktop
    from timeline_app.gui.icons import THEME_NAMES

    for name in [*THEME_NAMES, "timeline-app"]:
        assert resource("icons", f"{name}.svg").is_file(), name
