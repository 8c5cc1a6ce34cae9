"""File > Export: a self-contained dialog, and the function that writes what it asked for.

The main window calls :func:`ask_export_options` (tests monkeypatch it, as pytest-qt
advises for modal dialogs) and hands the answer to :func:`write_export`, which may
run off the GUI thread: it touches no widget.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.dates import FuzzyDate, clamp_days
from timeline_app.core.errors import InputError
from timeline_app.core.io.atomic import atomic_write_bytes
from timeline_app.core.io.exchange import DATA_FORMATS, LANE_MODES, export_data, timeline_in_range
from timeline_app.core.model import Timeline
from timeline_app.gui.export.export import default_file_name, prepare_image
from timeline_app.gui.export.options import MAX_SIDE, ExportOptions
from timeline_app.gui.export.plan import FIT_WIDTH

FORMATS: dict[str, tuple[str, str]] = {
    "png": ("PNG image", ".png"),
    "svg": ("SVG vector image", ".svg"),
    "pdf": ("PDF document", ".pdf"),
    "csv": ("CSV spreadsheet", ".csv"),
    "json": ("Project file (JSON)", ".json"),
    "timelinejs": ("TimelineJS3 (JSON for the web)", ".json"),
    "ics": ("iCalendar", ".ics"),
    "md": ("Markdown list", ".md"),
}
IMAGE_FORMATS = ("png", "svg", "pdf")


@dataclass(slots=True)
class ExportRequest:
    """What the user asked for: a file, a format, and the image options (used for images)."""

    path: str
    format: str
    options: ExportOptions = field(default_factory=ExportOptions)


def _date(edit: QDateEdit) -> FuzzyDate:
    d = edit.date()
    return FuzzyDate(d.year(), d.month(), d.day())


def _qdate(days: float) -> QDate:
    when = FuzzyDate.from_days(clamp_days(days))
    return QDate(when.year, when.month or 1, when.day or 1)


class ExportDialog(QDialog):
    """Format, file, range, size, scale, texts and decorations of an export."""

    def __init__(
        self,
        parent: QWidget | None,
        timeline_title: str,
        span: tuple[float, float] | None = None,
        visible: tuple[float, float] | None = None,
        folder: str = "",
        lanes: str = "none",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export")
        self._folder = folder or str(Path.home())
        self._title = timeline_title
        self._visible = visible
        form = QFormLayout()

        self._add_file_rows(form)
        self._add_range_row(form, span, visible)
        self._add_size_rows(form)
        self._add_text_rows(form, timeline_title)
        self._add_look_rows(form, lanes)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self._connect()
        self._format_changed()

    # -- building the form ---------------------------------------------------------

    def _add_file_rows(self, form: QFormLayout) -> None:
        """Format and file."""
        self.format = QComboBox()
        for key, (label, _suffix) in FORMATS.items():
            self.format.addItem(label, key)
        form.addRow("Format", self.format)

        self.path = QLineEdit()
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow("File", row)

    def _add_range_row(
        self, form: QFormLayout, span: tuple[float, float] | None, visible: tuple[float, float] | None
    ) -> None:
        """Whole timeline, visible range, or chosen dates."""
        self.whole = QRadioButton("Whole timeline")
        self.visible = QRadioButton("Visible range")
        self.chosen = QRadioButton("Dates")
        self.whole.setChecked(True)
        self.visible.setEnabled(visible is not None)
        first, last = span or visible or (20000.0, 20400.0)
        self.first, self.last = QDateEdit(_qdate(first)), QDateEdit(_qdate(max(first, last - 1)))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        dates = QHBoxLayout()
        for widget in (self.whole, self.visible, self.chosen, self.first, self.last):
            dates.addWidget(widget)
        form.addRow("Range", dates)

    def _add_size_rows(self, form: QFormLayout) -> None:
        """Fit to content or a width and height, the scale, and the size note."""
        self.fit = QCheckBox("Fit to content")
        self.fit.setChecked(True)
        self.width_spin, self.height_spin = QSpinBox(), QSpinBox()
        for spin, value in ((self.width_spin, 1920), (self.height_spin, 1080)):
            spin.setRange(200, MAX_SIDE)
            spin.setValue(value)
            spin.setSuffix(" px")
        self.scale = QComboBox()
        for factor in (1, 2, 3):
            self.scale.addItem(f"{factor}x", factor)
        self.scale.setCurrentIndex(1)  # 2x: a PNG of 1,200 pixels is too small for print
        size = QHBoxLayout()
        for widget in (self.fit, self.width_spin, self.height_spin, self.scale):
            size.addWidget(widget)
        form.addRow("Size", size)
        self.size_note = QLabel()
        self.size_note.setObjectName("exportSizeNote")
        form.addRow("", self.size_note)

    def _add_text_rows(self, form: QFormLayout, timeline_title: str) -> None:
        """Title and subtitle."""
        self.title = QLineEdit(timeline_title)
        self.subtitle = QLineEdit()
        form.addRow("Title", self.title)
        form.addRow("Subtitle", self.subtitle)

    def _add_look_rows(self, form: QFormLayout, lanes: str) -> None:
        """Lanes, legend / headers / sources, background and paper."""
        self.lanes = QComboBox()
        for mode in LANE_MODES:
            self.lanes.addItem("No lanes" if mode == "none" else f"By {mode}", mode)
        self.lanes.setCurrentIndex(max(0, LANE_MODES.index(lanes) if lanes in LANE_MODES else 0))
        form.addRow("Lanes", self.lanes)

        self.legend = QCheckBox("Legend")
        self.headers = QCheckBox("Lane headers")
        self.footnotes = QCheckBox("Numbered sources")
        for box in (self.legend, self.headers, self.footnotes):
            box.setChecked(True)
        extras = QHBoxLayout()
        for widget in (self.legend, self.headers, self.footnotes):
            extras.addWidget(widget)
        form.addRow("Show", extras)

        self.background = QComboBox()
        for key, label in (("light", "Light"), ("dark", "Dark"), ("transparent", "Transparent")):
            self.background.addItem(label, key)
        form.addRow("Background", self.background)

        self.paper = QComboBox()
        for key, label in (("a4", "A4 landscape"), ("letter", "Letter landscape"), ("a3", "A3 landscape")):
            self.paper.addItem(label, key)
        form.addRow("Paper (PDF)", self.paper)

    def _connect(self) -> None:
        """Any change of format, size, paper or range updates what is enabled."""
        self.format.currentIndexChanged.connect(self._format_changed)
        self.fit.toggled.connect(self._update_enabled)
        sizes = (self.width_spin.valueChanged, self.height_spin.valueChanged, self.scale.currentIndexChanged)
        for signal in sizes:
            signal.connect(self._update_enabled)
        self.paper.currentIndexChanged.connect(self._update_enabled)
        for button in (self.whole, self.visible, self.chosen):
            button.toggled.connect(self._update_enabled)

    # -- reading the answer ----------------------------------------------------------

    @property
    def format_key(self) -> str:
        return str(self.format.currentData())

    def request(self) -> ExportRequest:
        """The answer as plain data (what :func:`ask_export_options` returns)."""
        first = last = None
        if self.visible.isChecked() and self._visible is not None:
            first, last = self._visible
        elif self.chosen.isChecked():
            first, last = _date(self.first).start_days, _date(self.last).end_days
        background = str(self.background.currentData())
        options = ExportOptions(
            format=self.format_key if self.format_key in IMAGE_FORMATS else "png",
            first=first,
            last=last,
            # A PDF from the dialog is paper pages (a custom page size is the CLI's --width).
            width=None if self.fit.isChecked() or self.format_key == "pdf" else self.width_spin.value(),
            height=None if self.fit.isChecked() or self.format_key == "pdf" else self.height_spin.value(),
            scale=float(self.scale.currentData()),
            title=self.title.text(),
            subtitle=self.subtitle.text(),
            legend=self.legend.isChecked(),
            lane_headers=self.headers.isChecked(),
            footnotes=self.footnotes.isChecked(),
            lanes=str(self.lanes.currentData()),
            theme="dark" if background == "dark" else "light",
            transparent=background == "transparent",
            page=str(self.paper.currentData()),
        )
        return ExportRequest(self.path.text().strip(), self.format_key, options)

    # -- reacting ------------------------------------------------------------------------

    def _format_changed(self) -> None:
        suffix = FORMATS[self.format_key][1]
        current = self.path.text().strip()
        if not current:
            name = default_file_name(Timeline(title=self._title), suffix.lstrip("."))
            self.path.setText(os.path.join(self._folder, name))
        else:
            self.path.setText(str(Path(current).with_suffix(suffix)))
        self._update_enabled()

    def _update_enabled(self) -> None:
        image = self.format_key in IMAGE_FORMATS
        raster = self.format_key == "png"
        for widget in (self.title, self.subtitle, self.legend, self.headers, self.footnotes):
            widget.setEnabled(image)
        self.background.setEnabled(image)
        self.scale.setEnabled(raster)
        self.paper.setEnabled(self.format_key == "pdf")
        self.fit.setEnabled(image and self.format_key != "pdf")  # a PDF page is the paper's size
        self.width_spin.setEnabled(image and self.format_key != "pdf" and not self.fit.isChecked())
        self.height_spin.setEnabled(image and self.format_key != "pdf" and not self.fit.isChecked())
        self.first.setEnabled(self.chosen.isChecked())
        self.last.setEnabled(self.chosen.isChecked())
        self.size_note.setText(self.size_text())

    def size_text(self) -> str:
        """What the file will be: pixels of a PNG, pages of a PDF."""
        if self.format_key == "pdf":
            return f"{self.paper.currentText()} pages, as many as the events need"
        if self.format_key not in IMAGE_FORMATS:
            return ""
        factor = float(self.scale.currentData()) if self.format_key == "png" else 1.0
        unit = "pixels" if self.format_key == "png" else "units"
        if self.fit.isChecked():
            least = round(FIT_WIDTH[0] * factor)
            return f"at least {least:,} {unit} wide, as wide and tall as the events need"
        w, h = round(self.width_spin.value() * factor), round(self.height_spin.value() * factor)
        return f"{w:,} × {h:,} {unit}"

    def _browse(self) -> None:
        label, suffix = FORMATS[self.format_key]
        path, _filter = QFileDialog.getSaveFileName(
            self, "Export to", self.path.text(), f"{label} (*{suffix})"
        )
        if path:
            self.path.setText(path if path.endswith(suffix) else path + suffix)

    def accept(self) -> None:
        if not self.path.text().strip():
            self.path.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self.chosen.isChecked() and self.last.date() < self.first.date():
            self.last.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()


def ask_export_options(
    parent: QWidget | None,
    timeline_title: str,
    span: tuple[float, float] | None = None,
    visible: tuple[float, float] | None = None,
    folder: str = "",
    lanes: str = "none",
) -> ExportRequest | None:
    """Show the export dialog; the request, or None when cancelled. Tests monkeypatch this."""
    dialog = ExportDialog(parent, timeline_title, span, visible, folder, lanes)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request()
    finally:
        dialog.deleteLater()


def write_export(timeline: Timeline, request: ExportRequest) -> str:
    """Write the export atomically; returns a one-line summary for the status bar.

    Images go through :func:`timeline_app.gui.export.export.export_image` (the window's painter);
    data formats through :func:`timeline_app.core.io.exchange.export_data`. Touches no widget.

    Raises:
        InputError: an impossible size, an empty range, or a file that cannot be written.
    """
    return prepare_export(timeline, request)()


def prepare_export(timeline: Timeline, request: ExportRequest) -> Callable[[], str]:
    """Do the part of the export that must run on the GUI thread (painting an image) now;
    return the rest (encoding, writing; a whole data export), which may run in a worker
    and returns the status-bar summary.

    Raises:
        InputError: as :func:`write_export`, from here or from the returned function.
    """
    name = Path(request.path).name
    if request.format in IMAGE_FORMATS:
        options = request.options
        options.format = request.format
        write = prepare_image(timeline, request.path, options)

        def finish_image() -> str:
            report = write()
            summary = f"Exported {report.in_range:,} events to {name}"
            if report.pages > 1:
                summary += f" ({report.pages} pages)"
            return summary + "".join(f"; {note}" for note in report.notes)

        return finish_image
    if request.format not in DATA_FORMATS:
        raise InputError(f"cannot export as {request.format!r}")
    return lambda: _write_data(timeline, request, name)


def _write_data(timeline: Timeline, request: ExportRequest, name: str) -> str:
    options = request.options
    subset = timeline_in_range(timeline, options.first, options.last)
    folder = str(Path(request.path).resolve().parent)
    result = export_data(
        subset, request.format, lanes=options.lanes, subtitle=options.subtitle, folder=folder
    )
    atomic_write_bytes(request.path, result.data)
    summary = f"Exported {result.events:,} events to {name}"
    if result.skipped:
        summary += f"; {result.skipped} undated or out-of-range events left out"
    return summary
