"""`timeline-app --install-desktop-entry` / `--uninstall-desktop-entry`: the Linux menu entry.

Writes the shipped ``timeline-app.desktop`` to ``$XDG_DATA_HOME/applications/`` and the app's
icon to ``$XDG_DATA_HOME/icons/hicolor/scalable/apps/`` (``~/.local/share`` when XDG_DATA_HOME
is unset), the per-user places every freedesktop desktop (GNOME, KDE, Xfce, ...) reads its
applications menu and icons from. The entry's Exec line names this installation's own
launcher by its full path, so the menu starts the right copy even when ``~/.local/bin`` or a
virtual environment is not on the desktop session's PATH.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from timeline_app.core.resources import resource

DESKTOP_FILE = "timeline-app.desktop"
ICON_FILE = "timeline-app.svg"
# Characters that make a desktop-entry Exec argument need double quotes (Desktop Entry spec).
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset or not absolute (XDG Base Directory)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def entry_paths(base: Path | None = None) -> tuple[Path, Path]:
    """Where the .desktop file and the icon go."""
    base = data_home() if base is None else base
    return (
        base / "applications" / DESKTOP_FILE,
        base / "icons" / "hicolor" / "scalable" / "apps" / ICON_FILE,
    )


def launcher() -> list[str]:
    """The command that starts this installation: the bundle's executable, the
    ``timeline-app`` script that is running or sits beside this Python (a venv, pipx, a
    ``--user`` install), or ``python -m timeline_app``."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    names = ["timeline-app.exe", "timeline-app"] if os.name == "nt" else ["timeline-app"]
    started_as = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    candidates = [started_as] if started_as is not None and started_as.name in names else []
    candidates += [Path(sys.executable).parent / name for name in names]
    for script in candidates:
        if script.is_file() and os.access(script, os.X_OK):
            return [str(script.absolute())]
    return [str(Path(sys.executable).resolve()), "-m", "timeline_app"]


def _quote(argument: str) -> str:
    """One Exec argument, quoted and escaped as the Desktop Entry spec asks."""
    if argument and not (_RESERVED & set(argument)) and "%" not in argument:
        return argument
    inner = argument.replace("%", "%%")
    for char in ("\\", '"', "`", "$"):
        inner = inner.replace(char, "\\" + char)
    # the whole value is also a desktop-file string, whose own escape is the backslash
    return '"' + inner.replace("\\", "\\\\") + '"'


def desktop_entry_text(template: str, command: list[str]) -> str:
    """The shipped .desktop text with Exec (and TryExec) pointing at ``command``."""
    exec_line = "Exec=" + " ".join(_quote(part) for part in command) + " %F"
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            lines.append(exec_line)
            # TryExec hides the entry if this installation is removed without uninstalling it
            lines.append("TryExec=" + command[0].replace("\\", "\\\\"))
        elif not line.startswith("TryExec="):
            lines.append(line)
    return "\n".join(lines) + "\n"


def install_desktop_entry(base: Path | None = None, command: list[str] | None = None) -> list[Path]:
    """Write the .desktop file and the icon; returns their paths."""
    desktop, icon = entry_paths(base)
    template = resource(DESKTOP_FILE).read_text(encoding="utf-8")
    text = desktop_entry_text(template, launcher() if command is None else command)
    desktop.parent.mkdir(parents=True, exist_ok=True)
    icon.parent.mkdir(parents=True, exist_ok=True)
    tmp = desktop.with_name(desktop.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(desktop)
    shutil.copyfile(resource("icons", ICON_FILE), icon)
    return [desktop, icon]


def uninstall_desktop_entry(base: Path | None = None) -> list[Path]:
    """Remove the .desktop file and the icon; returns the paths that were there."""
    removed = []
    for path in entry_paths(base):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        removed.append(path)
    return removed


def run(install: bool) -> int:
    """The two command-line flags; exit status 0, or 1 with one line on stderr."""
    if sys.platform in ("win32", "darwin"):
        print(
            "timeline-app: desktop entries are for Linux desktops; on Windows and macOS use the "
            "desktop bundle (see the README)",
            file=sys.stderr,
        )
        return 1
    try:
        if install:
            for path in install_desktop_entry():
                print(f"installed {path}")
            return 0
        removed = uninstall_desktop_entry()
    except OSError as error:
        print(f"timeline-app: cannot write the desktop entry: {error}", file=sys.stderr)
        return 1
    for path in removed:
        print(f"removed {path}")
    if not removed:
        print(f"no desktop entry to remove under {data_home()}")
    return 0
