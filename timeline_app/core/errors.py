"""Errors that reach the user as one line, never as a traceback."""

from __future__ import annotations


class InputError(Exception):
    """Bad input from the user: a file we cannot read, a broken project, an impossible date.

    ``str(error)`` is a complete one-line message fit for a status bar or stderr.
    """

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        text = " ".join(message.split())
        super().__init__(f"{path}: {text}" if path else text)


class ProjectWarning(UserWarning):
    """A project file was loaded after repairing it; the message says what was repaired."""
