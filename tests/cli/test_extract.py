"""`timeline-app extract`: the project it writes, its exit codes, and no traceback ever."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.io.test_project import small_timeline
from timeline_app.cli import main
from timeline_app.core.io.project import VERSION, load_project, project_bytes, save_project

REPO = Path(__file__).resolve().parents[2]


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real command, as a user runs it (a fresh interpreter, real stdout and stderr)."""
    return subprocess.run(
        [sys.executable, "-m", "timeline_app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        env={**os.environ, **(env or {})},
        check=False,
    )


def check_sample_project(data: dict, sample_path: Path) -> None:
    """The issue's "done when": a valid version-1 project, the sample's title and date,
    and every quote equal to the article's text at its offsets."""
    first_lines = sample_path.read_text(encoding="utf-8").splitlines()
    assert (data["format"], data["version"]) == ("timeline-app", VERSION)
    [article] = data["articles"]
    assert article["title"] == first_lines[1].strip()
    assert article["published"] == first_lines[0].split()[1]
    assert data["events"], "the sample has dated events"
    for event in data["events"]:
        for source in event["sources"]:
            assert source["article"] == article["id"]
            assert article["text"][source["start"] : source["end"]] == source["quote"]


def test_sample_to_stdout_as_a_real_process(sample_path: Path) -> None:
    done = run_cli("extract", str(sample_path))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    check_sample_project(json.loads(done.stdout), sample_path)


def test_sample_to_a_file(sample_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.json"
    assert main(["extract", str(sample_path), "-o", str(out), "--title", "Mine"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.splitlines()) == 1 and "events" in captured.err
    data = json.loads(out.read_text(encoding="utf-8"))
    check_sample_project(data, sample_path)
    assert data["title"] == "Mine"
    timeline, warnings = load_project(out)
    assert warnings == [] and len(timeline) == len(data["events"])


def test_published_option_overrides_the_file(sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(sample_path), "--published", "2024-01-15"]) == 0
    assert json.loads(capsys.readouterr().out)["articles"][0]["published"] == "2024-01-15"


ARTICLE_BODY = (
    "GENEVA, December 2, 2025 (Reuters) - Envoys from both sides met on Monday in Geneva to discuss a "
    "ceasefire, officials said. The talks will resume on Friday, a spokesperson told reporters."
)
ARTICLE_FORMS = {
    "talks.txt": f"Envoys Meet in Geneva\n{ARTICLE_BODY}\n",
    "talks.md": f"# Envoys Meet in Geneva\n\nPublished: 2 December 2025\n\n{ARTICLE_BODY}\n",
    "talks.html": (
        "<html><head><title>Envoys Meet in Geneva</title>"
        "<meta property='article:published_time' content='2025-12-02'><script>var x = 'SCRIPT';</script>"
        f"</head><body><article><h1>Envoys Meet in Geneva</h1><p>{ARTICLE_BODY}</p></article></body></html>"
    ),
}


@pytest.mark.parametrize("name", list(ARTICLE_FORMS))
def test_each_article_format(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / name
    path.write_text(ARTICLE_FORMS[name], encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    [article] = data["articles"]
    assert (article["title"], article["published"]) == ("Envoys Meet in Geneva", "2025-12-02")
    assert "SCRIPT" not in article["text"] and article["text"].startswith("GENEVA, December 2, 2025")
    for event in data["events"]:
        for source in event["sources"]:
            assert article["text"][source["start"] : source["end"]] == source["quote"]


def test_project_files_pass_through_without_the_extractor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "in.json"
    save_project(small_timeline(), project)
    out = tmp_path / "out.json"
    assert main(["extract", str(project), "-o", str(out)]) == 0
    assert out.read_bytes() == project.read_bytes()
    assert "3 events from 1 article ->" in capsys.readouterr().err


def test_repairs_of_a_project_are_warned_about(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "in.json"
    data = json.loads(project_bytes(small_timeline()))
    data["events"].append(dict(data["events"][0]))
    project.write_text(json.dumps(data))
    assert main(["extract", str(project), "-o", str(tmp_path / "out.json")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("timeline-app: warning: in.json: event 4 repeats the id 'e1'")
    assert len(err) == 2 and "4 events" in err[1]


def test_article_paths_on_stdout_are_relative_to_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "projects").mkdir()
    project = tmp_path / "projects" / "in.json"
    project.write_bytes(project_bytes(small_timeline()))  # its article is "story.txt", beside it
    monkeypatch.chdir(tmp_path)
    assert main(["extract", str(project)]) == 0
    assert json.loads(capsys.readouterr().out)["articles"][0]["path"] == "projects/story.txt"


@pytest.mark.parametrize(
    ("args", "code"),
    [(["extract"], 2), (["extract", "--bogus", "x.txt"], 2), (["extract", "a.txt", "--published"], 2),
     (["--help"], 0), (["extract", "--help"], 0), (["nonsense-command-file.txt", "--no-such-flag"], 2)],
)  # fmt: skip
def test_usage_errors_exit_2(args: list[str], code: int, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == code
    assert "Traceback" not in capsys.readouterr().err


def test_usage_error_as_a_real_process() -> None:
    done = run_cli("extract")
    assert done.returncode == 2
    assert "usage:" in done.stderr and "Traceback" not in done.stderr


def test_bad_input_as_a_real_process(tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    done = run_cli("extract", str(binary))
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"timeline-app: {binary.name}: is a binary file, not an article"]
    assert done.stdout == ""


def test_unexpected_errors_are_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import timeline_app.cli.extract as extract_cli

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("something\nbroke")

    monkeypatch.setattr(extract_cli, "load_inputs", broken)
    monkeypatch.delenv("TIMELINE_APP_DEBUG", raising=False)
    assert main(["extract", str(tmp_path / "a.txt")]) == 1
    err = capsys.readouterr().err
    assert err == "timeline-app: internal error: something broke (set TIMELINE_APP_DEBUG=1 for details)\n"
    monkeypatch.setenv("TIMELINE_APP_DEBUG", "1")
    with pytest.raises(RuntimeError):
        main(["extract", str(tmp_path / "a.txt")])


def test_closed_stdout_pipe_is_quiet(tmp_path: Path) -> None:
    from timeline_app.core.synthetic import synthetic_timeline

    project = tmp_path / "big.json"
    save_project(synthetic_timeline(3000), project)
    assert project.stat().st_size > 4 * 65536  # more than a pipe holds: the write must fail
    command = [sys.executable, "-m", "timeline_app", "extract", str(project)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO) as process:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.read(10) == b'{\n "format'
        process.stdout.close()  # like `| head -c 10`
        err = process.stderr.read().decode()
        code = process.wait(timeout=120)
    assert "Traceback" not in err and "Exception ignored" not in err
    assert code == 0


def test_dropped_page_furniture_is_counted_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "truce.txt"
    article.write_text(
        "Truce talks open in Harbourton\n\n"
        "By ANNA BRENNER, Northern Wire Writer\n\n"
        "Envoys from both sides met on Monday in Harbourton to discuss a ceasefire, officials said.\n\n"
        "Related stories\n\n"
        "Copyright 2031 Northern Wire. All rights reserved.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.json"
    assert main(["extract", str(article), "--published", "2031-03-04", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "truce.txt: 3 lines of page furniture dropped" in err
    [stored] = json.loads(out.read_bytes())["articles"]
    assert "Related stories" not in stored["text"] and "By ANNA" not in stored["text"]


def test_a_typed_day_that_the_page_contradicts_is_kept_and_said_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "truce.txt"
    article.write_text(
        "Truce talks open in Harbourton\n\nPublished: 3 March 2031\n\n"
        "Envoys from both sides met on Monday in Harbourton to discuss a ceasefire, officials said.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.json"
    assert main(["extract", str(article), "--published", "2031-03-04", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "truce.txt: dated 2031-03-04 as given" in err and "says 2031-03-03" in err
    [stored] = json.loads(out.read_bytes())["articles"]
    assert stored["published"].startswith("2031-03-04")
