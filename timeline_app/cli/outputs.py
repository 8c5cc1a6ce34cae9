"""Where a command may write: never over a device or a fifo, never over one of its inputs.

``timeline-app extract a.txt -o a.txt`` would replace the article with JSON, and ``-o
/dev/null`` as root would replace the device with a plain file. Both are refused with
one line before any work is done. The one input an output may be is a project saved onto
itself (a normal save), and only when loading it repaired nothing, unless ``--repair``
says to keep the repairs (:func:`check_resave`, after loading).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from timeline_app.core.errors import InputError, printable
from timeline_app.core.io.atomic import check_output_path
from timeline_app.core.loading import PROJECT_SUFFIXES


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether two paths name one file (links followed, hard links too); False if either is missing."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):  # a missing input is the loader's to report
        return False


def check_output(output: str, inputs: Sequence[str], writes_project: bool) -> list[Path]:
    """Refuse an output that is not a regular file or that is an input; returns the inputs
    that are the output file (only project files, when ``writes_project``).

    Raises:
        InputError: one line naming the output and saying why.
    """
    check_output_path(output)
    same = [Path(raw) for raw in inputs if same_file(raw, output)]
    for path in same:
        if not writes_project or path.suffix.lower() not in PROJECT_SUFFIXES:
            what = "the project" if writes_project else "the export"
            raise InputError(
                f"{printable(path.name)} is one of the inputs: writing {what} over it would destroy it "
                "(choose another output file)"
            )
    return same


def check_resave(same: Sequence[Path], projects: Mapping[Path, list[str]], repair: bool) -> None:
    """After loading: an input the output replaces must have been read as a project, and
    repaired only if ``repair`` (``--repair``) allows the repairs to be saved over it.

    Raises:
        InputError: one line naming the file.
    """
    for path in same:
        if path not in projects:
            raise InputError(
                f"{printable(path.name)} is one of the inputs and not a timeline-app project: writing the "
                "project over it would destroy it (choose another output file)"
            )
        repairs = len(projects[path])
        if repairs and not repair:
            raise InputError(
                f"{printable(path.name)} was repaired while loading ({repairs} warnings above); give "
                "--repair to save the repaired project over it, or choose another output file"
            )
