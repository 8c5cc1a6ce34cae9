"""The File > Export dialog: what it returns, and writing what it asked for."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from tests.core.io.test_exchange import sample_timeline
from timeline_app.core.dates import FuzzyDate
from timeline_app.core.io.exchange import import_csv
from timeline_app.gui.export import dialog as export_dialog
from timeline_app.gui.export.dialog import (
    ExportDialog,
    ExportRequest,
    ask_export_options,
    write_export,
)


@pytest.fixture
def dialog(qtbot, tmp_path):
    span = (FuzzyDate(2025, 1, 1).start_days, FuzzyDate(2025, 12, 31).end_days)
    visible = (FuzzyDate(2025, 11, 1).start_days, FuzzyDate(2025, 12, 1).start_days)
    widget = ExportDialog(None, "Geneva talks", span, visible, str(tmp_path), lanes="actor")
    qtbot.addWidget(widget)
    return widget


def test_defaults_fit_the_whole_timeline_to_a_named_png(dialog, tmp_path):
    request = dialog.request()
    assert request.format == "png"
    assert request.path == str(tmp_path / "geneva-talks.png")
    options = request.options
    assert (options.first, options.last, options.width, options.height) == (None, None, None, None)
    assert (options.title, options.lanes, options.theme, options.transparent) == (
        "Geneva talks",
        "actor",
        "light",
        False,
    )


def test_choices_reach_the_options(dialog):
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    assert dialog.path.text().endswith("geneva-talks.pdf")
    assert not dialog.scale.isEnabled()  # a vector page has no pixel scale
    dialog.fit.setChecked(False)
    dialog.width_spin.setValue(3000)
    dialog.height_spin.setValue(1500)
    dialog.visible.setChecked(True)
    dialog.subtitle.setText("As of December")
    dialog.background.setCurrentIndex(dialog.background.findData("transparent"))
    dialog.footnotes.setChecked(False)
    request = dialog.request()
    assert request.format == "pdf" and request.options.format == "pdf"
    # The dialog's PDF is paper pages: the size boxes are disabled and not passed on.
    assert (request.options.width, request.options.height) == (None, None)
    dialog.format.setCurrentIndex(dialog.format.findData("png"))
    png = dialog.request().options
    assert (png.width, png.height) == (3000, 1500)
    assert (request.options.first, request.options.last) == (
        FuzzyDate(2025, 11, 1).start_days,
        FuzzyDate(2025, 12, 1).start_days,
    )
    assert request.options.subtitle == "As of December"
    assert request.options.transparent and not request.options.footnotes


def test_chosen_dates_cover_whole_days(dialog):
    dialog.chosen.setChecked(True)
    assert dialog.first.isEnabled()
    dialog.first.setDate(QDate(2025, 11, 3))
    dialog.last.setDate(QDate(2025, 11, 9))
    options = dialog.request().options
    assert options.first == FuzzyDate(2025, 11, 3).start_days
    assert options.last == FuzzyDate(2025, 11, 10).start_days


def test_data_formats_disable_image_choices(dialog):
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert dialog.path.text().endswith(".csv")
    assert not dialog.legend.isEnabled() and not dialog.background.isEnabled()


def test_ask_returns_none_when_cancelled(monkeypatch, qtbot):
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert ask_export_options(None, "T") is None
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    request = ask_export_options(None, "T", folder="/tmp")
    assert isinstance(request, ExportRequest) and request.path == str(Path("/tmp") / "t.png")


def test_ask_can_be_monkeypatched_by_callers(monkeypatch, tmp_path):
    wanted = ExportRequest(str(tmp_path / "x.csv"), "csv")
    monkeypatch.setattr(export_dialog, "ask_export_options", lambda *args, **kw: wanted)
    assert export_dialog.ask_export_options(None, "T") is wanted


def test_write_export_images_and_data(qapp, tmp_path):
    timeline = sample_timeline()
    png = ExportRequest(str(tmp_path / "t.png"), "png")
    png.options.width, png.options.height = 900, 500
    summary = write_export(timeline, png)
    assert summary.startswith("Exported 12 events to t.png")
    assert (tmp_path / "t.png").read_bytes().startswith(b"\x89PNG")
    csv_request = ExportRequest(str(tmp_path / "t.csv"), "csv")
    csv_request.options.first = FuzzyDate(2025, 11, 1).start_days
    csv_request.options.last = FuzzyDate(2025, 12, 1).start_days
    assert "events to t.csv" in write_export(timeline, csv_request)
    titles = {e.title for e in import_csv((tmp_path / "t.csv").read_text(encoding="utf-8")).timeline.events}
    assert "=SUM(A1:A9) talks" in titles and "Ministers meet in Geneva" not in titles


def test_pdf_paper_is_a_choice_and_pixel_sizes_do_not_apply(dialog):
    assert not dialog.paper.isEnabled()  # a PNG has no paper
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    assert dialog.paper.isEnabled() and not dialog.width_spin.isEnabled() and not dialog.fit.isEnabled()
    assert dialog.request().options.page == "a4"
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    assert dialog.request().options.page == "letter"


def test_a_png_is_2x_by_default_and_the_dialog_says_its_size(dialog):
    assert dialog.request().options.scale == 2.0
    assert "2,400 pixels wide" in dialog.size_note.text()
    dialog.fit.setChecked(False)
    dialog.width_spin.setValue(1000)
    dialog.height_spin.setValue(600)
    assert dialog.size_note.text() == "2,000 × 1,200 pixels"
    dialog.scale.setCurrentIndex(dialog.scale.findData(3))
    assert dialog.size_note.text() == "3,000 × 1,800 pixels"
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    assert "pages" in dialog.size_note.text()
