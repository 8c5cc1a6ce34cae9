"""`timeline-app [FILE...] [--demo]`: the window.

Qt aborts the whole process (SIGABRT, no message a user can act on) when its xcb
platform plugin cannot load, which on a fresh Debian or Ubuntu desktop usually
means a few X libraries are missing. We check for them before creating the
QApplication and print one line naming the packages instead.
"""

from __future__ import annotations

import argparse
import ctypes.util
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from timeline_app.core.errors import printable

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from timeline_app.gui.window.main_window import MainWindow

XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-xinerama": "libxcb-xinerama0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-shape": "libxcb-shape0",
    "xcb-randr": "libxcb-randr0",
}
DEBIAN_PACKAGES = " ".join(XCB_LIBRARIES.values())


def _uses_xcb() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] == "xcb"
    # Without QT_QPA_PLATFORM, Qt 6 picks Wayland in a Wayland session and xcb otherwise.
    return not os.environ.get("WAYLAND_DISPLAY")


def missing_xcb_libraries() -> list[str]:
    """The X libraries Qt's xcb plugin needs that the dynamic linker cannot find."""
    return [name for name in XCB_LIBRARIES if ctypes.util.find_library(name) is None]


def display_problem() -> str | None:
    """One line explaining why no window can open, or None."""
    if not _uses_xcb():
        return None
    missing = missing_xcb_libraries()
    if missing:
        return (
            f"timeline-app: Qt cannot open a window: missing X libraries ({', '.join(missing)}); "
            f"install them with: sudo apt install {DEBIAN_PACKAGES}"
        )
    if not os.environ.get("DISPLAY"):
        return "timeline-app: no display to open a window on (DISPLAY is not set); headless commands work"
    return None


def run_gui(args: argparse.Namespace) -> int:
    """Open the window on ``args.files`` (or the sample with ``--demo``); returns the exit status."""
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from timeline_app.core.errors import InputError
    from timeline_app.core.loading import parse_date_option

    try:
        published = parse_date_option(getattr(args, "published", None))
    except InputError as error:
        print(f"timeline-app: {error}", file=sys.stderr)
        return 1
    files = [Path(f) for f in getattr(args, "files", None) or []]
    for path in files:
        if not path.exists():
            print(f"timeline-app: {printable(path)}: no such file", file=sys.stderr)
            return 1

    from timeline_app.gui.app import create_application
    from timeline_app.gui.window.main_window import MainWindow

    app = create_application(sys.argv[:1])
    window = MainWindow()
    imports = window.import_ops
    imports.default_published = published
    window.show()
    imports.warm_up()
    if not os.environ.get("TIMELINE_APP_NO_RECOVERY_PROMPT") and window.recovery.offer_restore(window):
        window.view.fit_all()
    if getattr(args, "demo", False):
        imports.open_demo(files, published)
    elif files:
        imports.import_files(files, published)
    signalled = _leave_on_signals(app, window)
    status = int(app.exec())
    if signalled:  # quit by Ctrl+C or SIGTERM, not by closing the window
        window.shut_down(keep_recovery=True)
        print(
            f"timeline-app: stopped by {signalled[0]}; unsaved work is kept for the next start",
            file=sys.stderr,
        )
        return 130 if signalled[0] == "SIGINT" else 143
    return status


def _leave_on_signals(app: QCoreApplication, window: MainWindow) -> list[str]:
    """Ctrl+C and SIGTERM autosave unsaved work to the recovery file and quit cleanly.

    Returns a list that holds the signal's name once one arrived. Python runs signal
    handlers only between bytecodes, so a slow timer lets it look in while Qt waits.
    """
    from PySide6.QtCore import QTimer

    got: list[str] = []

    def leave(signum: int, _frame: object) -> None:
        if not got:
            got.append(signal.Signals(signum).name)
            window.recovery.autosave()
            app.exit(0)  # not quit(): that closes the windows, and closing asks "save changes?"

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, leave)
    wake = QTimer(window)
    wake.setObjectName("signalWakeTimer")
    wake.timeout.connect(lambda: None)
    wake.start(200)
    return got
