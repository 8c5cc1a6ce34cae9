"""Warnings on stderr: what the loaders repaired or skipped, one line each, counted when many.

A loader that repairs a project or skips an unreadable CSV row says so in a warning; the
command line must not throw those away (a user would otherwise save a repaired project
without knowing a single source was dropped). Past :data:`GROUP_AFTER` warnings of one
kind (the same words once names and numbers are set aside), the first few are shown and
the rest counted, so that a file with 100,000 broken records still gives a readable screen.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from typing import TextIO

from timeline_app.core.errors import printable

GROUP_AFTER = 10
"""More warnings of one kind than this are shown as the first :data:`SHOWN_OF_A_KIND` and a count."""
SHOWN_OF_A_KIND = 3
PREFIX = "timeline-app: warning: "

_NAMES_AND_NUMBERS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|\d+")


def warning_kind(line: str) -> str:
    """The warning with its quoted names and its numbers blanked: warnings of one kind share it."""
    return _NAMES_AND_NUMBERS.sub("#", line)


def one_line(text: str) -> str:
    """The text on one line (a name may hold a newline or a tab), other control characters escaped."""
    return printable(" ".join(text.split()))


def print_warnings(warnings: Iterable[str], stream: TextIO | None = None) -> None:
    """Each warning on one line of ``stream`` (stderr), grouped by kind with a count when many."""
    out = sys.stderr if stream is None else stream
    kinds: dict[str, list[str]] = {}
    for line in warnings:
        kinds.setdefault(warning_kind(line), []).append(line)
    for lines in kinds.values():
        shown = lines if len(lines) <= GROUP_AFTER else lines[:SHOWN_OF_A_KIND]
        for line in shown:
            print(PREFIX + one_line(line), file=out)
        if len(shown) < len(lines):
            more = len(lines) - len(shown)
            print(f"{PREFIX}... and {more} more like the last ({len(lines)} in all)", file=out)
