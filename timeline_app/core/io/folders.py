"""The article files of a folder, for File > Import Folder and the command line."""

from __future__ import annotations

import os
from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")


def article_files(folder: str | os.PathLike[str]) -> list[Path]:
    """Every article file under ``folder``, its subfolders included, in path order.

    Hidden files and folders (".git", ".DS_Store") are skipped, and so are links to folders
    (a link back to a parent would never end).

    Raises:
        NotADirectoryError / FileNotFoundError: ``folder`` is not a folder.
    """
    root = Path(folder)
    if not root.is_dir():
        raise NotADirectoryError(f"{root} is not a folder")
    found: list[Path] = []
    for top, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            Path(top) / name
            for name in sorted(files)
            if not name.startswith(".") and name.lower().endswith(ARTICLE_SUFFIXES)
        )
    return found
