"""Small messages of issue 15, point 9: every error is one line even for a file name holding a
newline; a full disk on stdout is named; the density-mark note counts events, not lane entries;
temporaries left by a killed save are removed at the next start."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.core.io.test_atomic import dead_pid
from timeline_app.cli import main
from timeline_app.core.dates import FuzzyDate
from timeline_app.core.io import atomic
from timeline_app.core.io.project import save_project
from timeline_app.core.model import Event, Timeline


def one_event_in_many_lanes(folder: Path, actors: int) -> Path:
    timeline = Timeline(title="Crowded")
    timeline.add_events(
        [Event("e1", "Talks", FuzzyDate(2025, 3, 3), actors=tuple(f"Envoy {k}" for k in range(actors)))]
    )
    path = folder / "one.json"
    save_project(timeline, path)
    return path


@pytest.mark.usefixtures("qapp")
def test_density_note_counts_events_not_lane_entries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One event with 60 actors in 60 lanes on a short image: at most one event is hidden."""
    project = one_event_in_many_lanes(tmp_path, 60)
    out = tmp_path / "out.svg"
    assert main(["export", str(project), "-o", str(out), "--lanes", "actor", "--height", "200"]) == 0
    captured = capsys.readouterr()
    text = captured.out + captured.err
    counts = [int(n.replace(",", "")) for n in re.findall(r"([\d,]+) events? (?:shows?|only)", text)]
    assert all(n <= 1 for n in counts), text


def test_hidden_events_counts_an_event_in_many_lanes_once() -> None:
    """One event in 30 actor lanes, none of them drawn with a label: one event is hidden, not 30
    (the note said "999971 events show only as density marks" of a one-event project)."""
    from timeline_app.core.layout import TimelineLayout
    from timeline_app.core.layout.geometry import LaneBox, ViewFrame
    from timeline_app.core.layout.scale import TimeScale
    from timeline_app.gui.export.plan import hidden_events

    event = Event("e1", "Talks", FuzzyDate(2025, 3, 3), actors=tuple(f"Envoy {k}" for k in range(30)))
    layout = TimelineLayout([event], mode="actor")
    assert len(layout.lanes) == 30
    first, last = float(layout.item_start.min()) - 10, float(layout.item_start.max()) + 10
    frame = ViewFrame(TimeScale(first, (last - first) / 800, 800), 0, 600)
    frame.lanes = [LaneBox(lane, "", 1, 0, 10, 1) for lane in range(len(layout.lanes))]
    assert hidden_events(frame, layout, first, last) == 1


ARTICLE = "Envoys met in Geneva on 3 March 2025. The talks resume in Vienna on 10 March 2025.\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="/dev/full is a Linux device")
def test_a_full_disk_on_stdout_is_named_in_one_line(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "timeline_app", "extract", str(article)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            cwd=REPO,
        )
    assert done.returncode == 1
    assert done.stderr.splitlines() == ["timeline-app: cannot write: no space left on device"], done.stderr


def one_line_of(capsys: pytest.CaptureFixture[str]) -> str:
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("timeline-app") and "internal error" not in lines[0], lines
    return lines[0]


@pytest.mark.parametrize("command", ["extract", "export", "timex"])
def test_a_missing_file_named_with_a_newline_is_one_escaped_line(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "two\nlines\x1b[31m.txt"
    args = [command, str(missing)] + (["-o", str(tmp_path / "out.csv")] if command == "export" else [])
    assert main(args) == 1
    line = one_line_of(capsys)
    assert "two\\nlines\\x1b[31m.txt" in line and "\x1b" not in line


def test_an_output_named_with_a_newline_is_one_escaped_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "no\nfolder" / "out\r.json"
    assert main(["extract", str(article), "-o", str(out)]) == 1
    assert "out\\r.json" in one_line_of(capsys)


def test_the_summary_of_an_output_named_with_a_newline_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out\nput.json"
    assert main(["extract", str(article), "-o", str(out)]) == 0
    assert out.exists()
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "out\\nput.json" in err, err


def test_opening_a_project_removes_its_dead_temporaries(tmp_path: Path) -> None:
    """The window's start (opening a project) cleans what a killed save left next to it."""
    from timeline_app.gui import backend

    path = tmp_path / "p.json"
    save_project(Timeline(title="t"), path)
    dead = tmp_path / f".{path.name}.{dead_pid()}-xyz.tmp"
    dead.write_text("half a save")
    minute_ago = time.time() - 2 * atomic.DEAD_WRITER_GRACE_SECONDS
    os.utime(dead, (minute_ago, minute_ago))
    backend.load_project(path)
    assert not dead.exists()
