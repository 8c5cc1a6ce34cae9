"""Errors that reach the user as one line, never as a traceback."""

from __future__ import annotations

import os
import unicodedata

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str | os.PathLike[str]) -> str:
    """``text`` (a file name, usually) with its control characters escaped as Python would
    show them (newline as \\n, ESC as \\x1b, a lone surrogate as \\udc80), so that a message
    naming it stays one line and cannot drive the terminal. Other text is kept as it is."""
    text = os.fspath(text)
    if text.isprintable():
        return text
    out = []
    for char in text:
        if char.isprintable() or char == " ":
            out.append(char)
        elif char in _NAMED:
            out.append(_NAMED[char])
        elif unicodedata.category(char) in ("Zs",):
            out.append(char)
        else:
            out.append(repr(char)[1:-1] if ord(char) > 0xFF else f"\\x{ord(char):02x}")
    return "".join(out)


class InputError(Exception):
    """Bad input from the user: a file we cannot read, a broken project, an impossible date.

    ``str(error)`` is a complete one-line message fit for a status bar or stderr.
    """

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        text = " ".join(message.split())
        super().__init__(f"{printable(path)}: {text}" if path else text)


class ProjectWarning(UserWarning):
    """A project file was loaded after repairing it; the message says what was repaired."""
