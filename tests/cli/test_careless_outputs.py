"""Careless commands (issue 15, points 1, 2 and 4): an output that is a device, a fifo or one
of the inputs is refused with one line; a repaired project is never saved over its own
file unless --repair is given; every repair the loaders make is printed on stderr."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.core.io.test_project import small_timeline
from timeline_app.cli import main
from timeline_app.cli.messages import GROUP_AFTER, print_warnings, warning_kind
from timeline_app.core.io.exchange import export_timelinejs
from timeline_app.core.io.project import load_project, project_bytes

ARTICLE = "Envoys met in Geneva on 3 March 2025. The talks resume in Vienna on 10 March 2025.\n"


def error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("timeline-app") and "internal error" not in lines[0]
    return lines[0]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "talks.json"
    path.write_bytes(project_bytes(small_timeline(), tmp_path))
    return path


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def damaged_project(tmp_path: Path, missing: int = 9) -> Path:
    """A project whose events cite ``missing`` absent articles (the loader drops those sources)."""
    data = json.loads(project_bytes(small_timeline(), tmp_path))
    for n in range(missing):
        data["events"][0]["sources"].append({"article": f"gone-{n}", "start": 0, "end": 4, "quote": "Envo"})
    path = tmp_path / "damaged.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# -- 1. never over a device, a fifo or a folder ----------------------------------------------------


def make_device(folder: Path) -> Path:
    path = folder / "null-device"
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs root (CI runs as root)")
    return path


@pytest.mark.parametrize("command", ["extract", "export"])
@pytest.mark.parametrize("kind", ["device", "fifo", "link to a device"])
def test_output_over_a_special_file_is_refused_at_once(
    tmp_path: Path, project: Path, command: str, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if kind == "fifo":
        special = tmp_path / "pipe.json"
        os.mkfifo(special)
    else:
        special = make_device(tmp_path)
    before = os.lstat(special)
    out = special
    if kind == "link to a device":
        out = tmp_path / "out.json"
        out.symlink_to(special)
    args = [command, str(project), "-o", str(out)] + (["--format", "json"] if command == "export" else [])
    assert main(args) == 1
    line = error_line(capsys)
    assert "not a regular file" in line and out.name in line
    after = os.lstat(special)
    assert (after.st_ino, stat.S_IFMT(after.st_mode)) == (before.st_ino, stat.S_IFMT(before.st_mode))


def test_dev_stdout_is_refused_not_called_a_missing_folder(project: Path) -> None:
    """/dev/stdout is a link to a pipe here: refused with one line, and the pipe gets nothing."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "timeline_app",
            "export",
            str(project),
            "-o",
            "/dev/stdout",
            "--format",
            "csv",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    assert done.returncode == 1 and done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and "not a regular file" in lines[0] and "folder" not in lines[0]


# -- 2. never over an input --------------------------------------------------------------------


def test_extract_onto_its_article_is_refused(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(article), "-o", str(article)]) == 1
    line = error_line(capsys)
    assert "a.txt" in line and "one of the inputs" in line
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_export_markdown_onto_its_markdown_article_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    md = tmp_path / "a.md"
    md.write_text("# Talks\n\n" + ARTICLE, encoding="utf-8")
    before = md.read_bytes()
    assert main(["export", str(md), "-o", str(md)]) == 1
    assert "one of the inputs" in error_line(capsys)
    assert md.read_bytes() == before


@pytest.mark.parametrize("link", ["symbolic", "hard"])
def test_the_same_file_under_another_name_is_refused(
    tmp_path: Path, article: Path, link: str, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.json"
    if link == "symbolic":
        other.symlink_to(article)
    else:
        os.link(article, other)
    assert main(["extract", str(article), "-o", str(other)]) == 1
    assert "one of the inputs" in error_line(capsys)
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_a_timelinejs_file_is_not_a_project_saved_onto_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    web = tmp_path / "web.json"
    web.write_text(json.dumps(export_timelinejs(small_timeline())), encoding="utf-8")
    before = web.read_bytes()
    assert main(["export", str(web), "-o", str(web)]) == 1
    assert "not a timeline-app project" in error_line(capsys)
    assert web.read_bytes() == before


@pytest.mark.parametrize("fmt", ["csv", "timelinejs", "md"])
def test_a_project_is_not_overwritten_by_another_format(
    project: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = project.read_bytes()
    assert main(["export", str(project), "-o", str(project), "--format", fmt]) == 1
    assert "one of the inputs" in error_line(capsys)
    assert project.read_bytes() == before


@pytest.mark.parametrize("command", ["extract", "export"])
def test_a_project_saved_onto_itself_is_a_normal_save(
    project: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, str(project), "-o", str(project), "--title", "Renamed"]) == 0
    timeline, warnings = load_project(project)
    assert timeline.title == "Renamed" and warnings == []
    assert {e.id for e in timeline.events} == {e.id for e in small_timeline().events}


def test_extract_adds_articles_to_the_project_it_writes_over(
    project: Path, article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(project), str(article), "-o", str(project)]) == 0
    timeline, _ = load_project(project)
    assert len(timeline.articles) == 2 and len(timeline) > len(small_timeline())


def test_a_range_that_would_drop_events_from_the_project_it_overwrites_is_refused(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = project.read_bytes()
    code = main(["export", str(project), "-o", str(project), "--from", "2025-12-04", "--to", "2025-12-31"])
    assert code == 1
    assert "--from" in error_line(capsys)
    assert project.read_bytes() == before


# -- 4. repairs are told, and not saved over the file unasked ---------------------------------------


@pytest.mark.parametrize("command", ["extract", "export"])
def test_a_repaired_project_is_not_saved_over_itself_without_repair(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = damaged_project(tmp_path)
    before = damaged.read_bytes()
    assert main([command, str(damaged), "-o", str(damaged)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert sum("cited a missing article" in line for line in err) == 9  # each repair, one line each
    assert "--repair" in err[-1] and "damaged.json" in err[-1]
    assert damaged.read_bytes() == before


@pytest.mark.parametrize("command", ["extract", "export"])
def test_repair_saves_the_repaired_project_over_itself(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = damaged_project(tmp_path)
    assert main([command, str(damaged), "-o", str(damaged), "--repair"]) == 0
    assert "cited a missing article" in capsys.readouterr().err
    timeline, warnings = load_project(damaged)
    assert warnings == [] and len(timeline) == len(small_timeline())


def test_export_elsewhere_prints_the_repairs_and_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = damaged_project(tmp_path, missing=2)
    out = tmp_path / "out.csv"
    assert main(["export", str(damaged), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert err.count("warning: damaged.json: event 'e1' cited a missing article") == 2
    assert out.exists()


def test_many_warnings_of_a_kind_are_counted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    damaged = damaged_project(tmp_path, missing=500)
    out = tmp_path / "out.md"
    assert main(["export", str(damaged), "-o", str(out)]) == 0
    lines = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
    assert len(lines) <= GROUP_AFTER + 1
    assert any("500" in line for line in lines)


def test_warning_kinds_ignore_names_and_numbers() -> None:
    assert warning_kind("p.json: event 'e1' cited a missing article 'a-7'; that source was dropped") == (
        warning_kind("p.json: event \"it's\" cited a missing article 'b'; that source was dropped")
    )
    assert warning_kind("row 3: skipped (no title)") != warning_kind("row 3: unknown kind 'X'; using OTHER")


def test_print_warnings_groups_only_past_the_limit(capsys: pytest.CaptureFixture[str]) -> None:
    few = [f"row {n}: skipped (no title)" for n in range(GROUP_AFTER)]
    many = [f"event {n}: skipped (bad date)" for n in range(GROUP_AFTER + 5)]
    print_warnings(few + many + ["a line\nwith a newline"])
    lines = capsys.readouterr().err.splitlines()
    assert sum("no title" in line for line in lines) == GROUP_AFTER
    assert sum("bad date" in line for line in lines) < GROUP_AFTER
    assert any(f"{GROUP_AFTER + 5} in all" in line for line in lines)
    assert "timeline-app: warning: a line with a newline" in lines


def test_events_dropped_as_already_read_from_an_earlier_file_are_counted(
    tmp_path: Path, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.json"
    copy.write_bytes(project.read_bytes())
    out = tmp_path / "both.json"
    assert main(["extract", str(project), str(copy), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "warning: copy.json: 3 events have ids already read from an earlier file" in err
    assert len(load_project(out)[0]) == 3
