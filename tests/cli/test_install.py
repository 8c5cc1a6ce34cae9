"""Installing the app: resources found in an installed layout, the desktop entry, --version.

The real wheel is built and installed by .ci/run (scripts/check-install), not here: that takes
a minute. These tests check the pieces that decide whether it works.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from timeline_app.cli import desktop_entry as de
from timeline_app.cli import main
from timeline_app.core.resources import find_resources, resources_dir

REPO = Path(__file__).resolve().parents[2]


def pyproject_version() -> str:
    with (REPO / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


# --- resources -------------------------------------------------------------------------------


def test_resources_inside_the_package_come_first(tmp_path):
    installed = tmp_path / "site-packages" / "timeline_app" / "resources"
    installed.mkdir(parents=True)
    (tmp_path / "resources").mkdir()
    assert find_resources(installed, tmp_path / "site-packages" / "timeline_app") == installed


def test_a_checkout_finds_the_resources_beside_the_package(tmp_path):
    (tmp_path / "resources").mkdir()
    (tmp_path / "timeline_app").mkdir()
    not_there = tmp_path / "timeline_app" / "resources"
    assert find_resources(not_there, tmp_path / "timeline_app") == tmp_path / "resources"


def test_missing_resources_say_where_they_were_looked_for(tmp_path):
    with pytest.raises(FileNotFoundError) as error:
        find_resources(tmp_path / "pkg" / "resources", tmp_path / "pkg")
    message = str(error.value)
    assert str(tmp_path / "pkg" / "resources") in message and str(tmp_path / "resources") in message
    assert "\n" not in message


def test_an_installed_layout_is_found_through_the_import_system(tmp_path):
    """A site-packages made as pip lays out the wheel (the package with resources/ inside it,
    no checkout around it): a fresh interpreter started elsewhere finds those resources."""
    site = tmp_path / "site-packages"
    shutil.copytree(
        REPO / "timeline_app", site / "timeline_app", ignore=shutil.ignore_patterns("__pycache__")
    )
    (site / "timeline_app" / "resources" / "samples").mkdir(parents=True)
    (site / "timeline_app" / "resources" / "samples" / "000_1cb98adc6226a76b.txt").write_text(
        "An installed sample.\n", encoding="utf-8"
    )
    cwd = tmp_path / "elsewhere"
    cwd.mkdir()
    code = "from timeline_app.core.resources import sample_article; print(sample_article().read_text())"
    env = {**os.environ, "PYTHONPATH": str(site), "PYTHONSAFEPATH": "1"}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "An installed sample."


def test_the_running_copy_finds_every_file_the_wheel_must_carry():
    folder = resources_dir()
    for part in ("timeline-app.desktop", "icons/timeline-app.svg", "gazetteer/countries.tsv"):
        assert (folder / part).is_file(), part


def test_setup_maps_every_resource_file_into_the_wheel():
    """setup.py lists resources/ folder by folder: every file there is package data."""
    import runpy
    from unittest import mock

    with mock.patch("setuptools.setup") as setup:
        runpy.run_path(str(REPO / "setup.py"), run_name="setup")
    kwargs = setup.call_args.kwargs
    assert kwargs["package_dir"] == {"timeline_app.resources": "resources"}
    packaged = {
        "/".join([*name.split(".")[2:], file])
        for name, files in kwargs["package_data"].items()
        for file in files
    }
    on_disk = {
        p.relative_to(REPO / "resources").as_posix()
        for p in (REPO / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and not p.name.startswith(".")
    }
    assert packaged == on_disk
    assert set(kwargs["package_data"]) <= set(kwargs["packages"])


# --- version ---------------------------------------------------------------------------------


def test_version_comes_from_pyproject(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"timeline-app {pyproject_version()}"


def test_version_of_the_package_is_the_same():
    import timeline_app

    assert timeline_app.__version__ == pyproject_version()


# --- desktop entry ---------------------------------------------------------------------------


@pytest.fixture
def xdg(tmp_path, monkeypatch) -> Path:
    base = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(base))
    return base


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="desktop entries are for Linux")
def test_install_and_uninstall_the_desktop_entry(xdg, capsys):
    desktop = xdg / "applications" / "timeline-app.desktop"
    icon = xdg / "icons" / "hicolor" / "scalable" / "apps" / "timeline-app.svg"
    assert main(["--install-desktop-entry"]) == 0
    assert desktop.is_file() and icon.is_file()
    assert icon.read_bytes() == (REPO / "resources" / "icons" / "timeline-app.svg").read_bytes()
    text = desktop.read_text(encoding="utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    program = exec_line.removeprefix("Exec=").split(" ")[0]
    assert Path(program).is_absolute() and Path(program).exists(), exec_line
    assert exec_line.endswith(" %F")
    assert "Icon=timeline-app" in text and "Name=Timeline" in text
    assert str(desktop) in capsys.readouterr().out

    assert main(["--install-desktop-entry"]) == 0  # again: replaced, not duplicated
    assert text == desktop.read_text(encoding="utf-8")

    assert main(["--uninstall-desktop-entry"]) == 0
    assert not desktop.exists() and not icon.exists()
    assert "removed" in capsys.readouterr().out
    assert main(["--uninstall-desktop-entry"]) == 0
    assert "no desktop entry" in capsys.readouterr().out


def test_xdg_data_home_unset_or_relative_means_local_share(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert de.data_home() == tmp_path / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    assert de.data_home() == tmp_path / ".local" / "share"


def test_exec_arguments_are_quoted_as_the_spec_asks():
    template = "[Desktop Entry]\nName=T\nExec=timeline-app %F\nIcon=timeline-app\n"
    text = de.desktop_entry_text(template, ["/opt/My Apps/python", "-m", "timeline_app"])
    assert 'Exec="/opt/My Apps/python" -m timeline_app %F' in text
    assert "TryExec=/opt/My Apps/python" in text
    # a backslash and a dollar: escaped for Exec (\\, \$), then the backslashes again for the file
    assert 'Exec="/a\\\\\\\\b\\\\$x" %F' in de.desktop_entry_text(template, ["/a\\b$x"])
    assert text.count("Exec=") == 2  # Exec and TryExec, once each


def test_both_flags_at_once_is_a_usage_error(xdg, capsys):
    assert main(["--install-desktop-entry", "--uninstall-desktop-entry"]) == 2
    assert not (xdg / "applications").exists()
    assert "not allowed with" in capsys.readouterr().err


def test_an_unwritable_place_is_one_line(xdg, capsys):
    xdg.parent.mkdir(exist_ok=True)
    xdg.write_text("a file where the folder should be", encoding="utf-8")
    assert main(["--install-desktop-entry"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("timeline-app: cannot write the desktop entry") and "\n" not in err
