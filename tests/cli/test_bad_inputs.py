"""Every bad input to `timeline-app extract`: exit 1, one line on stderr, nothing overwritten."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.core.io.test_project import small_timeline
from timeline_app.cli import main
from timeline_app.core.io.articles import MAX_ARTICLE_BYTES
from timeline_app.core.io.project import project_bytes


def make_binary(folder: Path) -> Path:
    path = folder / "scan.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 32)
    return path


def make_empty(folder: Path) -> Path:
    path = folder / "empty.txt"
    path.write_bytes(b"")
    return path


def make_huge(folder: Path) -> Path:
    path = folder / "huge.txt"
    with path.open("wb") as out:
        out.truncate(MAX_ARTICLE_BYTES + 4096)  # sparse
    return path


def make_missing(folder: Path) -> Path:
    return folder / "missing.txt"


def make_folder(folder: Path) -> Path:
    path = folder / "folder.txt"
    path.mkdir()
    return path


def make_truncated_project(folder: Path) -> Path:
    path = folder / "cut.json"
    path.write_bytes(project_bytes(small_timeline())[:-40])
    return path


def make_newer_project(folder: Path) -> Path:
    path = folder / "future.json"
    data = json.loads(project_bytes(small_timeline()))
    path.write_text(json.dumps({**data, "version": 99}))
    return path


def make_not_json_project(folder: Path) -> Path:
    path = folder / "notes.json"
    path.write_text("these are my notes, not JSON")
    return path


def make_html_without_text(folder: Path) -> Path:
    path = folder / "blank.html"
    path.write_text(
        "<html><head><script>alert(1)</script></head><body><img src='http://x/y.png'></body></html>"
    )
    return path


BAD_FILES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "binary": (make_binary, "binary"),
    "empty": (make_empty, "empty"),
    "over 20 MB": (make_huge, "MB"),
    "missing": (make_missing, "no such file"),
    "folder": (make_folder, "folder"),
    "truncated project": (make_truncated_project, "truncated"),
    "newer project": (make_newer_project, "newer"),
    "not JSON": (make_not_json_project, "not a project file"),
    "html without text": (make_html_without_text, "no article text"),
}


@pytest.fixture
def existing_output(tmp_path: Path) -> Path:
    out = tmp_path / "out" / "timeline.json"
    out.parent.mkdir()
    out.write_bytes(b'{"the user": "curated this for weeks"}\n')
    return out


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("timeline-app: ") and "Traceback" not in lines[0]
    assert "internal error" not in lines[0]
    return lines[0]


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_file_exits_1_with_one_line_and_overwrites_nothing(
    case: str, tmp_path: Path, existing_output: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, expected = BAD_FILES[case]
    bad = make(tmp_path)
    before = existing_output.read_bytes()
    assert main(["extract", str(bad), "-o", str(existing_output)]) == 1
    line = one_error_line(capsys)
    assert expected in line and bad.name in line
    assert existing_output.read_bytes() == before
    assert sorted(p.name for p in existing_output.parent.iterdir()) == ["timeline.json"]


def test_one_bad_file_among_good_ones_writes_nothing(
    tmp_path: Path, existing_output: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.json"
    good.write_bytes(project_bytes(small_timeline()))
    before = existing_output.read_bytes()
    assert main(["extract", str(good), str(make_binary(tmp_path)), "-o", str(existing_output)]) == 1
    assert "scan.txt" in one_error_line(capsys)
    assert existing_output.read_bytes() == before


@pytest.mark.parametrize("value", ["2025-02-30", "2025-13-01", "yesterday", "2023-02-29", "-0043-02-29"])
def test_impossible_published_option(value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.json"
    good.write_bytes(project_bytes(small_timeline()))
    assert main(["extract", str(good), f"--published={value}"]) == 1
    assert "--published" in one_error_line(capsys)


def test_output_into_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.json"
    good.write_bytes(project_bytes(small_timeline()))
    assert main(["extract", str(good), "-o", str(tmp_path / "no" / "such" / "out.json")]) == 1
    assert "folder does not exist" in one_error_line(capsys)


def test_output_onto_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.json"
    good.write_bytes(project_bytes(small_timeline()))
    assert main(["extract", str(good), "-o", str(tmp_path)]) == 1
    assert "cannot save" in one_error_line(capsys)
