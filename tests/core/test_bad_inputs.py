"""The catalogue of bad inputs (issue 8), one test each, in one place.

Each gives a clear one-line error or a repaired load with a warning, never another
exception, and never changes the user's file. The project-file cases are tested in
depth in tests/core/io/test_project.py; here each appears once, as the issue lists it.
"""

from __future__ import annotations

import hashlib
import json
import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.core.io.test_project import small_timeline
from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.errors import InputError
from timeline_app.core.io.articles import article_from_text, load_article
from timeline_app.core.io.project import load_project, project_bytes, save_project
from timeline_app.core.model import Article, Event, Timeline

BODY = "Envoys met in Geneva on Monday, officials said, and agreed to meet again on Friday.\n"


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise AssertionError(f"a network connection was attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


def load_unchanged(path: Path, **kwargs: object) -> Article:
    before = digest(path)
    try:
        return load_article(path, **kwargs)  # type: ignore[arg-type]
    finally:
        assert digest(path) == before


def refused_in_one_line(path: Path, match: str) -> str:
    with pytest.raises(InputError, match=match) as info:
        load_unchanged(path)
    message = str(info.value)
    assert "\n" not in message and path.name in message
    return message


# -- article files -----------------------------------------------------------------------------


def test_binary(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg.txt"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 40)
    refused_in_one_line(path, "binary")


def test_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.touch()
    refused_in_one_line(path, "empty")


def test_50_mb_is_refused_without_being_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "fifty.txt"
    with path.open("wb") as out:
        out.truncate(50 * 2**20)  # sparse: no disk space, instant
    monkeypatch.setattr(Path, "open", lambda *args, **kwargs: pytest.fail("the file was opened"))
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("the file was read"))
    with pytest.raises(InputError, match="MB") as info:
        load_article(path)
    assert str(info.value) == "fifty.txt: is 50.0 MB; articles over 20 MB are refused"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16(tmp_path: Path, encoding: str) -> None:
    text = "Talks in Genève\n" + BODY + "Россия и Украина.\n"
    path = tmp_path / "wide.txt"
    path.write_bytes(text.encode(encoding))
    article = load_unchanged(path)
    assert article.title == "Talks in Genève"
    assert article.text == (BODY + "Россия и Украина.").strip()


def test_mixed_encodings(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    utf8, cp1252 = "Réunion à Genève\n".encode(), "Les délégués ont signé – enfin.\n".encode("cp1252")
    path.write_bytes(utf8 + cp1252 + b"\n")
    article = load_unchanged(path)
    assert article.title == "Réunion à Genève"
    assert article.text == "Les délégués ont signé – enfin."


def test_one_line_of_one_megabyte(tmp_path: Path) -> None:
    line = ("Envoys met in Geneva on Monday " * 40_000)[: 2**20]
    path = tmp_path / "line.txt"
    path.write_text(line, encoding="utf-8")
    article = load_unchanged(path)
    assert article.text == line.strip()
    assert article.title.startswith("Envoys met in Geneva on Monday") and len(article.title) <= 90


def test_html_with_scripts_and_remote_images_fetches_nothing(
    tmp_path: Path, no_network: list[object]
) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Talks</title><script src='https://203.0.113.5/tracker.js'></script>"
        "<script>new Image().src='https://203.0.113.5/p.gif'; var SECRET=1;</script>"
        "<link rel='preload' href='https://203.0.113.5/font.woff'>"
        "<style>@import url('https://203.0.113.5/s.css'); .STYLED{}</style></head><body>"
        "<img src='https://203.0.113.5/photo.jpg' srcset='https://203.0.113.5/big.jpg 2x'>"
        "<picture><source srcset='https://203.0.113.5/x.webp'></picture>"
        f"<article><p>{BODY}</p><p>{BODY}</p></article>"
        "<iframe src='https://203.0.113.5/embed'></iframe><video src='https://203.0.113.5/v.mp4'></video>"
        "</body></html>",
        encoding="utf-8",
    )
    article = load_unchanged(path)
    assert "Envoys met in Geneva" in article.text
    for junk in ("SECRET", "STYLED", "203.0.113.5", "https://"):
        assert junk not in article.text
    assert no_network == []


# -- dates -------------------------------------------------------------------------------------


def test_30_february() -> None:
    with pytest.raises(ValueError, match="February 2025 has no day 30"):
        FuzzyDate(2025, 2, 30)
    with pytest.raises(InputError, match="no day 30"):
        article_from_text(BODY, published="2025-02-30")
    # In the file itself it is no date at all, not a crash.
    assert article_from_text(" date 2025-02-30 7\nTitle\n" + BODY).published is None
    assert article_from_text("Title\nPublished: 30 February 2025\n\n" + BODY).published is None


def test_year_0_is_1_bc() -> None:
    date = FuzzyDate.parse("0000-02-29")  # year 0 is a leap year
    assert date.label() == "29 Feb 1 BC" and date.iso() == "0000-02-29"
    assert article_from_text(BODY, published="0000-02-29").published == date


def test_44_bc() -> None:
    ides = FuzzyDate.parse("-0043-03-15")
    assert ides.label() == "15 Mar 44 BC" and ides.year == -43
    assert FuzzyDate.parse("-0043") < FuzzyDate.parse("0000") < FuzzyDate.parse("0001")


def test_9999_12_31_and_beyond() -> None:
    last = FuzzyDate.parse("9999-12-31")
    after = FuzzyDate.from_days(last.start_days + 1)
    assert after.iso() == "+10000-01-01" and FuzzyDate.parse(after.iso()) == after


@pytest.mark.parametrize(
    "date",
    [
        FuzzyDate(0, 2, 29),
        FuzzyDate(-43, 3, 15),
        FuzzyDate(-43, precision=Precision.YEAR),
        FuzzyDate(9999, 12, 31),
        FuzzyDate(10000, 1, 1),
    ],
    ids=str,
)
def test_extreme_dates_survive_a_project_file(tmp_path: Path, date: FuzzyDate) -> None:
    timeline = Timeline(title="t")
    timeline.add_event(Event("e", "x", date))
    save_project(timeline, tmp_path / "p.json")
    loaded, warnings = load_project(tmp_path / "p.json")
    assert warnings == [] and loaded.event("e").when == date


# -- project files -----------------------------------------------------------------------------


def _project(tmp_path: Path, edit: Callable[[dict], object] | None = None, raw: bytes | None = None) -> Path:
    path = tmp_path / "project.json"
    data = json.loads(project_bytes(small_timeline()))
    if edit is not None:
        edit(data)
    path.write_bytes(raw if raw is not None else json.dumps(data).encode())
    return path


PROJECT_ERRORS = {
    "truncated": (lambda p: _project(p, raw=project_bytes(small_timeline())[:-200]), "truncated"),
    "not JSON": (lambda p: _project(p, raw=b"Dear diary, today I curated events."), "not a project file"),
    "newer version": (lambda p: _project(p, lambda d: d.update(version=7)), "newer timeline-app"),
}


@pytest.mark.parametrize("case", list(PROJECT_ERRORS))
def test_project_refused_with_one_line(tmp_path: Path, case: str) -> None:
    make, match = PROJECT_ERRORS[case]
    path = make(tmp_path)
    before = (digest(path), path.stat().st_mtime_ns)
    with pytest.raises(InputError, match=match) as info:
        load_project(path)
    assert "\n" not in str(info.value) and str(info.value).startswith("project.json: ")
    assert (digest(path), path.stat().st_mtime_ns) == before


def _duplicate_event(data: dict) -> None:
    data["events"].append(dict(data["events"][0]))


def _articles_gone(data: dict) -> None:
    data["articles"] = []


def _path_escape(data: dict) -> None:
    data["articles"][0]["path"] = "../../../home/user/.ssh/id_rsa"


PROJECT_REPAIRS = {
    "duplicate ids": (_duplicate_event, "repeats the id", lambda t: len(t) == 4),
    "events pointing to missing articles": (_articles_gone, "missing article", lambda t: len(t) == 3),
    "article path leaving the folder": (_path_escape, "outside the project folder",
                                        lambda t: Path(t.article("a1").path).name == "id_rsa"),
}  # fmt: skip


@pytest.mark.parametrize("case", list(PROJECT_REPAIRS))
def test_project_repaired_with_a_warning(tmp_path: Path, case: str) -> None:
    edit, warning, check = PROJECT_REPAIRS[case]
    path = _project(tmp_path, edit)
    before = (digest(path), path.stat().st_mtime_ns)
    timeline, warnings = load_project(path)
    assert warnings and all(warning in w for w in warnings)
    assert check(timeline)
    assert (digest(path), path.stat().st_mtime_ns) == before
