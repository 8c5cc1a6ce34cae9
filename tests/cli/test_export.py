"""`timeline-app export` for data formats: exit codes, format choice, ranges, atomic writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.io.test_exchange import sample_timeline
from timeline_app.cli import main
from timeline_app.core.io.exchange import import_csv, import_ics, import_timelinejs
from timeline_app.core.io.project import load_project, save_project
from timeline_app.core.model import Origin


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "talks.json"
    save_project(sample_timeline(), path)
    return path


def _dated_ids(timeline) -> set[str]:
    return {e.id for e in timeline.events if e.when is not None}


@pytest.mark.parametrize("suffix", [".csv", ".ics", ".md", ".json"])
def test_format_follows_the_extension(project, tmp_path, suffix, capsys):
    out = tmp_path / f"out{suffix}"
    assert main(["export", str(project), "-o", str(out)]) == 0
    assert out.exists()
    data = out.read_bytes()
    if suffix == ".csv":
        assert _dated_ids(import_csv(data.decode()).timeline) == _dated_ids(sample_timeline())
    elif suffix == ".ics":
        assert data.startswith(b"BEGIN:VCALENDAR")
        assert len(import_ics(data).timeline) == 11  # 13 less the undated and the BCE events
        assert "left out" in capsys.readouterr().err
    elif suffix == ".md":
        assert data.decode().startswith("# Geneva talks\n")
    else:
        timeline, _warnings = load_project(out)
        assert {e.id for e in timeline.events} == {e.id for e in sample_timeline().events}
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_timelinejs_needs_format_and_keeps_the_title(project, tmp_path):
    out = tmp_path / "web.json"
    code = main(
        [
            "export",
            str(project),
            "-o",
            str(out),
            "--format",
            "timelinejs",
            "--title",
            "Talks",
            "--lanes",
            "kind",
        ]
    )
    assert code == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["title"]["text"]["headline"] == "Talks"
    assert all("group" in slide for slide in document["events"])
    assert len(import_timelinejs(document).timeline) == 12


def test_date_range_keeps_overlapping_events_only(project, tmp_path):
    out = tmp_path / "late.csv"
    assert main(["export", str(project), "-o", str(out), "--from", "2025-11", "--to", "2025-11-30"]) == 0
    titles = {e.title for e in import_csv(out.read_text(encoding="utf-8")).timeline.events}
    # November, Q4, its hours on the 30th; not 1 December, not the undated event.
    assert "=SUM(A1:A9) talks" in titles and "\tTabbed, title; with a semicolon" in titles
    assert "+1 vote for the ceasefire" in titles
    assert "Ministers meet in Geneva" not in titles and "Undated meeting" not in titles


@pytest.mark.parametrize(
    "extra",
    [["-o", "x.unknown"], ["-o", "x.csv", "--from", "2025-13"], ["-o", "x.png", "--width", "0"],
     ["-o", "x.csv", "--from", "2025-12", "--to", "2025-11"], ["-o", "x.png", "--scale", "9"],
     ["-o", "x.csv", "--lanes", "planet"]],
)  # fmt: skip
def test_usage_errors_exit_2_with_one_line(project, tmp_path, monkeypatch, capsys, extra):
    monkeypatch.chdir(tmp_path)
    assert main(["export", str(project), *extra]) == 2
    assert not (tmp_path / "x.csv").exists()


def test_unreadable_input_exits_1_with_one_line(tmp_path, capsys):
    missing = tmp_path / "missing.json"
    assert main(["export", str(missing), "-o", str(tmp_path / "out.csv")]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("timeline-app")
    assert not (tmp_path / "out.csv").exists()


def test_existing_file_survives_a_failed_export(project, tmp_path):
    out = tmp_path / "keep.csv"
    out.write_text("old", encoding="utf-8")
    assert main(["export", str(tmp_path / "nope.json"), "-o", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == "old"


@pytest.mark.parametrize(("suffix", "magic"), [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")])
def test_image_formats(project, tmp_path, qapp, suffix, magic):
    out = tmp_path / f"talks{suffix}"
    size = ["--width", "900", "--height", "500"]
    code = main(["export", str(project), "-o", str(out), *size, "--lanes", "actor", "--theme", "dark"])
    assert code == 0
    assert out.read_bytes().startswith(magic)


def test_png_export_runs_without_a_display(project, tmp_path):
    """A fresh process with no DISPLAY and no QT_QPA_PLATFORM picks the offscreen platform itself."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "headless.png"
    done = subprocess.run(
        [sys.executable, "-m", "timeline_app", "export", str(project), "-o", str(out), "--scale", "2"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"\x89PNG")
    assert "events ->" in done.stderr


def test_pdf_paper_option(project, tmp_path, qapp):
    import re

    out = tmp_path / "talks.pdf"
    assert main(["export", str(project), "-o", str(out), "--page", "letter"]) == 0
    box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)", out.read_bytes())
    assert box and (round(float(box[1])), round(float(box[2]))) == (792, 612)  # Letter, landscape


def test_a_pdf_with_a_width_and_height_is_one_page_of_that_size(project, tmp_path, qapp):
    import re

    out = tmp_path / "poster.pdf"
    assert main(["export", str(project), "-o", str(out), "--width", "1600", "--height", "600"]) == 0
    data = out.read_bytes()
    box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)", data)
    # 96 pixels an inch, 72 points an inch
    assert box and (round(float(box[1])), round(float(box[2]))) == (1200, 450)
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1


def _with_uncertain(tmp_path: Path) -> tuple[Path, set[str]]:
    """The sample project with two events scored under the threshold (one of them reviewed)."""
    timeline = sample_timeline()
    dated = sorted(e.id for e in timeline.events if e.when is not None)
    extracted = Origin.EXTRACTED
    doubtful = timeline.event(dated[0]).with_changes(
        confidence=0.2, confidence_reason="no actor found", origin=extracted, reviewed=False
    )
    checked = timeline.event(dated[1]).with_changes(
        confidence=0.2, confidence_reason="fragment", origin=extracted, reviewed=True
    )
    timeline.update_events([doubtful, checked])
    path = tmp_path / "doubt.json"
    save_project(timeline, path)
    return path, {doubtful.id}


@pytest.mark.parametrize("suffix", [".csv", ".json", ".md"])
def test_uncertain_events_are_left_out_unless_asked_for(tmp_path, capsys, suffix):
    project, hidden = _with_uncertain(tmp_path)
    out = tmp_path / f"out{suffix}"
    assert main(["export", str(project), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "1 uncertain events left out" in err and "--include-uncertain" in err
    text = out.read_text(encoding="utf-8-sig")
    (hidden_id,) = hidden
    everything = tmp_path / f"all{suffix}"
    assert main(["export", str(project), "-o", str(everything), "--include-uncertain"]) == 0
    assert "left out" not in capsys.readouterr().err
    full = everything.read_text(encoding="utf-8-sig")
    if suffix == ".md":
        assert "*uncertain (0.20: no actor found)*" in full and "uncertain" not in text
    else:
        assert hidden_id not in text and hidden_id in full
    if suffix == ".csv":
        rows = {e.id: e for e in import_csv(full).timeline.events}
        assert (rows[hidden_id].confidence, rows[hidden_id].confidence_reason) == (0.2, "no actor found")


def test_a_fitted_png_is_2x_and_a_png_of_a_given_width_is_that_wide(project, tmp_path, qapp):
    from PySide6.QtGui import QImage

    fitted, sized = tmp_path / "fitted.png", tmp_path / "sized.png"
    assert main(["export", str(project), "-o", str(fitted)]) == 0
    assert main(["export", str(project), "-o", str(sized), "--width", "900", "--height", "500"]) == 0
    assert QImage(str(fitted)).width() >= 2400  # a fitted image is at least 1,200 logical pixels
    assert (QImage(str(sized)).width(), QImage(str(sized)).height()) == (900, 500)
