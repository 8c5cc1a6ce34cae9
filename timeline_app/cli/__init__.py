"""The ``timeline-app`` command: the GUI by default, headless sub-commands beside it.

Each sub-command lives in its own module of this package with two functions,
``add_parser(subparsers)`` and ``run(args) -> int``, and is listed in
:data:`SUBCOMMANDS`. Exit status: 0 success, 1 bad input (one line on stderr),
2 usage error.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import sys
from collections.abc import Sequence

from timeline_app import __version__
from timeline_app.core.errors import InputError, printable

SUBCOMMANDS = ("extract", "timex", "export", "summarize")


def _subcommand_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline-app",
        description="Turn news articles into a timeline of diplomatic events.",
    )
    parser.add_argument("--version", action="version", version=f"timeline-app {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        module = importlib.import_module(f"timeline_app.cli.{name}")
        module.add_parser(sub)
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline-app",
        description=(
            "Open the timeline window on articles or a project. Headless commands: "
            + ", ".join(SUBCOMMANDS)
            + " (timeline-app COMMAND --help)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"timeline-app {__version__}")
    parser.add_argument("files", nargs="*", metavar="FILE", help="articles (.txt, .md, .html) or a project")
    parser.add_argument("--demo", action="store_true", help="open the bundled sample article")
    parser.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for the articles")
    entry = parser.add_mutually_exclusive_group()
    entry.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add Timeline to the Linux applications menu, with its icon (under $XDG_DATA_HOME "
        "or ~/.local/share), and exit",
    )
    entry.add_argument(
        "--uninstall-desktop-entry", action="store_true", help="remove that menu entry and icon, and exit"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``timeline-app`` and ``python -m timeline_app``."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list and args_list[0] in SUBCOMMANDS:
            args = _subcommand_parser().parse_args(args_list)
            module = importlib.import_module(f"timeline_app.cli.{args.command}")
            status = int(module.run(args))
            sys.stdout.flush()  # a full disk under stdout must fail here, not at exit
            return status
        args = _gui_parser().parse_args(args_list)
        if args.install_desktop_entry or args.uninstall_desktop_entry:
            from timeline_app.cli.desktop_entry import run as desktop_entry

            return desktop_entry(install=args.install_desktop_entry)
    except SystemExit as exit_:  # argparse: --help exits 0, usage errors exit 2
        return int(exit_.code or 0)
    except InputError as error:
        print(f"timeline-app: {printable(str(error))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("timeline-app: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `timeline-app extract a.txt | head`: the reader left, that is fine
        _silence_stdout()
        return 0
    except OSError as error:
        if error.errno not in _DISK_FULL:
            return _internal_error(error)
        _silence_stdout()  # what is left in stdout's buffer must not be flushed again at exit
        print(f"timeline-app: cannot write: {_DISK_FULL[error.errno]}", file=sys.stderr)
        return 1
    except Exception as error:  # a bug: one line for the user, the traceback only on request
        return _internal_error(error)
    from timeline_app.cli.gui import run_gui

    return run_gui(args)


_DISK_FULL = {errno.ENOSPC: "no space left on device", errno.EDQUOT: "the disk quota is exceeded"}


def _internal_error(error: Exception) -> int:
    """One line for a bug; the traceback only with TIMELINE_APP_DEBUG set."""
    if os.environ.get("TIMELINE_APP_DEBUG"):
        raise error
    message = " ".join(str(error).split()) or type(error).__name__
    print(f"timeline-app: internal error: {message} (set TIMELINE_APP_DEBUG=1 for details)", file=sys.stderr)
    return 1


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that Python's final flush does not complain of the pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # stdout is not a real file (tests, IDEs)
        pass
