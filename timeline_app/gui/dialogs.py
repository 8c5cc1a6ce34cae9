"""Every modal question the window asks, each behind one small function.

Tests replace these with ``monkeypatch.setattr(dialogs, "ask_...", ...)``; the
window always calls them through this module, never by a name imported early.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from timeline_app import __version__
from timeline_app.core.dates import FuzzyDate

ARTICLE_FILTER = (
    "Articles and event files (*.txt *.md *.html *.htm *.csv *.ics *.json);;"
    "Articles (*.txt *.md *.html *.htm);;Events: CSV, iCalendar, TimelineJS (*.csv *.ics *.json);;"
    "All files (*)"
)
PROJECT_FILTER = "Timeline projects (*.json);;All files (*)"
OPEN_FILTER = "Projects and articles (*.json *.txt *.md *.html *.htm);;All files (*)"


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_import_paths(parent: QWidget | None) -> list[Path]:
    files, _ = QFileDialog.getOpenFileNames(parent, "Import articles", "", ARTICLE_FILTER)
    return [Path(f) for f in files]


def ask_import_folder(parent: QWidget | None) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, "Import a folder of articles")
    return Path(name) if name else None


def ask_open_path(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "Open project", "", OPEN_FILTER)
    return Path(name) if name else None


def ask_save_path(parent: QWidget | None, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, "Save project as", suggested, PROJECT_FILTER)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".json")


def ask_save_changes(parent: QWidget | None, name: str) -> SaveChoice:
    answer = QMessageBox.question(
        parent,
        "Unsaved changes",
        f"Save the changes to “{name}” before closing?",
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return SaveChoice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return SaveChoice.DISCARD
    return SaveChoice.CANCEL


def ask_publication_date(
    parent: QWidget | None, title: str, current: FuzzyDate | None = None, *, found: bool = False
) -> FuzzyDate | None:
    """Ask when an article was published; None when the user cancels or leaves it empty.

    Relative dates ("on Monday") are resolved against this date, so it matters.
    ``found`` says a date was looked for in the text (a pasted article) and none was there.
    """
    intro = f"No publication date was found in “{title[:60]}”.\n" if found else f"“{title[:60]}”\n"
    while True:
        text, ok = QInputDialog.getText(
            parent,
            "Publication date",
            f"{intro}When was it published? (YYYY-MM-DD; empty: leave undated)\n"
            "“Monday”, “last week” and the like are resolved against this date.",
            text=current.iso() if current is not None else "",
        )
        if not ok or not text.strip():
            return None
        try:
            return FuzzyDate.parse(text)
        except ValueError as error:
            show_error(parent, "Publication date", str(error))


def ask_restore(parent: QWidget | None, description: str) -> bool:
    answer = QMessageBox.question(
        parent,
        "Restore unsaved work?",
        f"Timeline did not close properly last time.\n{description}\n\nRestore the unsaved work?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(
        parent,
        "About Timeline",
        f"<h3>Timeline {__version__}</h3>"
        "<p>Turn news articles into a zoomable, editable timeline of diplomatic events.</p>"
        "<p>Dates keep their precision; every event keeps its source sentence and claim status.</p>"
        "<p>Licensed under the MIT licence. Built with Qt for Python (PySide6, LGPL).</p>",
    )
