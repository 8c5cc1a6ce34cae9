"""The project file: round trips, canonical bytes, and every kind of broken file."""

from __future__ import annotations

import gc
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.io.strategies import fuzzy_dates, same_content, timelines
from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.errors import InputError
from timeline_app.core.io.project import (
    VERSION,
    dump_project,
    event_line,
    event_to_json,
    events_in_order,
    load_project,
    parse_project,
    project_bytes,
    save_project,
    when_to_json,
)
from timeline_app.core.io.project_reader import when_from_json
from timeline_app.core.model import Article, Event, Kind, Source, Status, Timeline

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def small_timeline() -> Timeline:
    text = "Envoys met in Geneva on Monday. Talks resume on Friday."
    article = Article("a1", "Talks", text, FuzzyDate(2025, 12, 2), "Wire", "story.txt", "0" * 64)
    timeline = Timeline(title="Geneva talks")
    timeline.add_article(article)
    timeline.add_events(
        [
            Event("e1", "Envoys meet", FuzzyDate(2025, 12, 1), actors=("Envoys",), places=("Geneva",),
                  kind=Kind.CONSULT, sources=(Source.from_article(article, 0, 31),), expression="on Monday"),
            Event("e2", "Talks resume", FuzzyDate(2025, 12, 5), kind=Kind.CONSULT, status=Status.PLANNED,
                  sources=(Source.from_article(article, 32, 55),)),
            Event("e3", "Undated", None, notes="no date yet"),
        ]
    )  # fmt: skip
    return timeline


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def write_json(tmp_path: Path, obj: Any, name: str = "p.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(obj), encoding="utf-8")
    return path


def project_dict(**changes: Any) -> dict[str, Any]:
    data = json.loads(project_bytes(small_timeline()))
    data.update(changes)
    return data


def load_untouched(path: Path) -> tuple[Timeline, list[str]]:
    """load_project, checking that the file is byte-identical (and not rewritten) afterwards."""
    before = fingerprint(path)
    try:
        return load_project(path)
    finally:
        assert fingerprint(path) == before


def refused(path: Path, match: str) -> str:
    before = fingerprint(path)
    with pytest.raises(InputError, match=match) as info:
        load_project(path)
    assert fingerprint(path) == before
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"{path.name}: ")
    return message


# -- round trips -----------------------------------------------------------------------


@FAST
@given(timelines())
def test_round_trip_of_any_timeline(timeline: Timeline) -> None:
    data = project_bytes(timeline)
    back, warnings = parse_project(data)
    assert warnings == []
    assert same_content(timeline, back)
    assert project_bytes(back) == data  # canonical: the same content gives the same bytes


@FAST
@given(timelines(max_events=12))
def test_events_are_written_by_date_then_id(timeline: Timeline) -> None:
    def reference(event: Event) -> tuple:
        return (1, (), event.id) if event.when is None else (0, event.when.sort_key(), event.id)

    assert events_in_order(timeline.events) == sorted(timeline.events, key=reference)


@settings(max_examples=300, deadline=None)
@given(fuzzy_dates())
def test_the_date_key_events_are_written_by_is_positions_then_precision(date: FuzzyDate) -> None:
    end_rank = date.end.precision.rank if date.end is not None else -1
    expected = (date.start_days, date.end_days, date.precision.rank, date.approximate, end_rank)
    assert date.sort_key() == expected


@FAST
@given(timelines(max_events=4))
def test_event_lines_are_what_the_json_module_writes(timeline: Timeline) -> None:
    for event in timeline.events:
        line = event_line(event)
        assert json.loads(line) == event_to_json(event)
        assert line == json.dumps(event_to_json(event), ensure_ascii=False, separators=(",", ":"))


@settings(max_examples=150, deadline=None)
@given(fuzzy_dates())
def test_when_round_trip_keeps_every_date(date: FuzzyDate) -> None:
    assert when_from_json(when_to_json(date)) == date


@pytest.mark.parametrize(
    "date",
    [
        FuzzyDate(2000, precision=Precision.MILLENNIUM),
        FuzzyDate(-1000, precision=Precision.MILLENNIUM),
        FuzzyDate(2025, 11, 30, end=FuzzyDate(2026, precision=Precision.YEAR)),
        FuzzyDate(2025, precision=Precision.YEAR, end=FuzzyDate(2026, 3, 1)),
        FuzzyDate(-43, 3, 15),
        FuzzyDate(0, 2, 29),
        FuzzyDate(9999, 12, 31),
        FuzzyDate(12345, 1, 1),
    ],
    ids=str,
)
def test_dates_that_fuzzydate_to_json_alone_loses(tmp_path: Path, date: FuzzyDate) -> None:
    timeline = Timeline(title="t")
    timeline.add_event(Event("e", "x", date))
    save_project(timeline, tmp_path / "p.json")
    back, warnings = load_untouched(tmp_path / "p.json")
    assert warnings == [] and back.event("e").when == date


def test_old_files_without_end_precision_read_the_end_at_the_start_precision() -> None:
    old = {"start": "2025", "end": "2026-03-01", "precision": "year", "approximate": False}
    year = Precision.YEAR
    assert when_from_json(old) == FuzzyDate(2025, precision=year, end=FuzzyDate(2026, precision=year))


def test_file_layout_one_record_per_line_and_schema_names(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    save_project(small_timeline(), path)
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert (data["format"], data["version"], data["title"]) == ("timeline-app", VERSION, "Geneva talks")
    assert set(data["articles"][0]) >= {"id", "title", "published", "source", "path", "sha256", "text"}
    event = data["events"][0]
    assert set(event) >= {"id", "title", "description", "when", "actors", "places", "kind", "status",
                          "sources", "origin", "reviewed"}  # fmt: skip
    assert event["when"] == {"start": "2025-12-01", "end": None, "precision": "day", "approximate": False,
                             "expression": "on Monday"}  # fmt: skip
    assert event["sources"][0]["quote"] == "Envoys met in Geneva on Monday."
    event_lines = [line for line in text.splitlines() if line.startswith('  {"id":"e')]
    assert len(event_lines) == 3 and text.endswith("}\n")
    assert [e["id"] for e in data["events"]] == ["e1", "e2", "e3"]  # by date, undated last


def test_lone_surrogates_survive_as_json_escapes(tmp_path: Path) -> None:
    timeline = Timeline(title="bad \udc80 title")
    timeline.add_event(Event("e\ud800", "x\udfff"))
    save_project(timeline, tmp_path / "p.json")
    back, _ = load_project(tmp_path / "p.json")
    assert same_content(timeline, back)


def test_parse_project_takes_bytes_text_or_object() -> None:
    data = project_bytes(small_timeline())
    for form in (data, data.decode(), json.loads(data)):
        assert same_content(parse_project(form)[0], small_timeline())


def test_dump_project_is_plain_json_values() -> None:
    data = dump_project(small_timeline())
    assert json.loads(json.dumps(data)) == data


# -- article paths -----------------------------------------------------------------------


def with_article_path(path: str) -> Timeline:
    timeline = Timeline(title="t")
    timeline.add_article(Article("a", "A", "text", path=path))
    return timeline


def test_save_stores_paths_relative_to_the_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # "rel/c.txt" is relative to the current folder
    inside, outside = tmp_path / "articles" / "a.txt", tmp_path.parent / "elsewhere" / "b.txt"
    for given_path, stored in ((inside, "articles/a.txt"), (outside, "b.txt"), ("rel/c.txt", "rel/c.txt")):
        save_project(with_article_path(str(given_path)), tmp_path / "p.json")
        assert json.loads((tmp_path / "p.json").read_text())["articles"][0]["path"] == stored
        back, warnings = load_untouched(tmp_path / "p.json")
        assert (back.article("a").path, warnings) == (str(tmp_path / stored), [])


def test_save_as_elsewhere_rebases_article_paths(tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "two").mkdir()
    save_project(with_article_path(str(tmp_path / "one" / "two" / "a.txt")), tmp_path / "one" / "p.json")
    timeline, _ = load_project(tmp_path / "one" / "p.json")
    save_project(timeline, tmp_path / "p.json")  # one folder up
    assert json.loads((tmp_path / "p.json").read_text())["articles"][0]["path"] == "one/two/a.txt"
    save_project(timeline, tmp_path / "one" / "p.json")  # back where it was: the same bytes
    assert load_project(tmp_path / "one" / "p.json")[0].article("a").path == str(tmp_path / "one/two/a.txt")


@pytest.mark.parametrize(
    "path",
    ["../../etc/passwd", "/etc/passwd", "sub/../../x.txt", "C:\\Windows\\win.ini", "..\\..\\x.txt", "D:x.txt",
     "\\\\server\\share\\x.txt"],
)  # fmt: skip
def test_paths_leaving_the_project_folder_are_cut_to_their_name(tmp_path: Path, path: str) -> None:
    data = json.loads(project_bytes(with_article_path("x")))
    data["articles"][0]["path"] = path
    back, warnings = parse_project(json.dumps(data))
    kept = back.article("a").path
    assert "/" not in kept and "\\" not in kept and ".." not in kept and ":" not in kept
    loaded, _ = load_untouched(write_json(tmp_path, data))
    assert Path(loaded.article("a").path).parent == tmp_path
    assert len(warnings) == 1 and "outside the project folder" in warnings[0]


# -- files that cannot be read -----------------------------------------------------------


def test_truncated_anywhere_is_reported_as_truncated(tmp_path: Path) -> None:
    full = project_bytes(small_timeline())
    path = tmp_path / "p.json"
    for cut in range(1, len(full)):
        path.write_bytes(full[:cut])
        if not full[cut:].strip():  # only the final newline was lost
            assert project_bytes(load_untouched(path)[0], tmp_path) == full
            continue
        message = refused(path, "truncated")
        assert "crash" in message


@pytest.mark.parametrize(
    ("data", "match"),
    [
        (b"", "empty"),
        (b"  \n", "empty"),
        (b"<html><body>not a project</body></html>", "not a project file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "not a project file"),
        (b"{'format': 'timeline-app'}", "not a project file"),
        (b'{"format": "timeline-app", "version": 1}}', "not a project file"),
        (b"[1, 2, 3]", "not a timeline-app project"),
        (b'"just text"', "not a timeline-app project"),
        (b'{"format": "other-app", "version": 1}', "not a timeline-app project"),
        (b'{"format": "timeline-app", "version": "1"}', "invalid format version"),
        (b'{"format": "timeline-app", "version": 0}', "invalid format version"),
        (b'{"format": "timeline-app", "version": 99, "events": []}', "newer timeline-app"),
        (b'{"format": "timeline-app", "version": 1, "events": {}}', "not a list"),
        (b"[" * 100_000 + b"]" * 100_000, "not a project file|not a timeline-app project"),
        (b'{"format": "timeline-app", "version": 1, "n": ' + b"9" * 5000 + b"}", "not a project file"),
    ],
    ids=[
        "empty", "blank", "html", "binary", "python-repr", "extra-data", "list", "string", "other-format",
        "version-text", "version-0", "newer", "events-object", "deep-nesting", "huge-number",
    ],
)  # fmt: skip
def test_files_that_are_not_projects_are_refused(tmp_path: Path, data: bytes, match: str) -> None:
    path = tmp_path / "p.json"
    path.write_bytes(data)
    refused(path, match)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_project(tmp_path / "nothing.json")
    (tmp_path / "dir.json").mkdir()
    with pytest.raises(InputError, match="folder"):
        load_project(tmp_path / "dir.json")


def test_newer_version_message_names_both_versions(tmp_path: Path) -> None:
    message = refused(write_json(tmp_path, project_dict(version=VERSION + 1)), "newer")
    assert f"version {VERSION + 1}" in message and f"version {VERSION}" in message


# -- files that are repaired ---------------------------------------------------------------


def test_duplicate_event_ids_get_new_ids(tmp_path: Path) -> None:
    data = project_dict()
    data["events"].append(dict(data["events"][0], title="Same id, other event"))
    timeline, warnings = load_untouched(write_json(tmp_path, data))
    assert len(timeline) == 4
    assert sorted(e.title for e in timeline.events if e.title.startswith(("Envoys", "Same"))) == [
        "Envoys meet", "Same id, other event"
    ]  # fmt: skip
    assert timeline.event("e1").title == "Envoys meet"
    assert len(warnings) == 1 and "repeats the id 'e1'" in warnings[0]


def test_duplicate_article_ids_keep_the_first(tmp_path: Path) -> None:
    data = project_dict()
    data["articles"].append(dict(data["articles"][0], title="Impostor"))
    timeline, warnings = load_untouched(write_json(tmp_path, data))
    assert [a.title for a in timeline.articles] == ["Talks"]
    assert len(warnings) == 1 and "repeats the id 'a1'" in warnings[0]


def test_sources_citing_missing_articles_are_dropped(tmp_path: Path) -> None:
    data = project_dict(articles=[])
    timeline, warnings = load_untouched(write_json(tmp_path, data))
    assert len(timeline) == 3 and all(e.sources == () for e in timeline.events)
    assert len(warnings) == 2 and all("missing article 'a1'" in w for w in warnings)


def test_moved_quotes_are_reanchored_and_lost_ones_dropped(tmp_path: Path) -> None:
    data = project_dict()
    data["events"][0]["sources"][0]["start"] += 3
    data["events"][1]["sources"][0]["quote"] = "never said"
    timeline, warnings = load_untouched(write_json(tmp_path, data))
    source = timeline.event("e1").sources[0]
    assert timeline.article("a1").text[source.start : source.end] == source.quote
    assert timeline.event("e2").sources == ()
    assert len(warnings) == 2


@pytest.mark.parametrize(
    "start", ["2025-02-30", "2025-13-01", "2023-02-29", "-0043-02-29", "soon", "2025-W54", "+1000000-01-01"]
)
def test_impossible_event_dates_make_the_event_undated(tmp_path: Path, start: str) -> None:
    data = project_dict()
    data["events"][0]["when"]["start"] = start
    timeline, warnings = load_untouched(write_json(tmp_path, data))
    event = timeline.event("e1")
    assert event.when is None and start in event.notes
    assert event.title == "Envoys meet" and event.sources  # the rest survives
    assert len(warnings) == 1 and "impossible date" in warnings[0]


@pytest.mark.parametrize("start", ["0000-02-29", "-0043-03-15", "9999-12-31", "+10000-01-01"])
def test_extreme_but_real_dates_load(tmp_path: Path, start: str) -> None:
    data = project_dict()
    data["events"][0]["when"]["start"] = start
    timeline, warnings = load_untouched(write_json(tmp_path, data))
    assert warnings == [] and timeline.event("e1").when == FuzzyDate.parse(start)


def test_impossible_publication_date_is_dropped_and_the_article_kept(tmp_path: Path) -> None:
    data = project_dict()
    data["articles"][0]["published"] = "2025-02-30"
    timeline, warnings = load_untouched(write_json(tmp_path, data))
    assert timeline.article("a1").published is None and timeline.article("a1").text
    assert len(timeline.event("e1").sources) == 1
    assert len(warnings) == 1 and "publication date" in warnings[0]


@pytest.mark.parametrize(
    ("field", "value", "expect"),
    [
        ("kind", "PARTY", ("kind", Kind.OTHER)),
        ("status", "rumoured", ("status", Status.REPORTED)),
        ("roles", ["not", "a dict"], ("roles", ())),
        ("alternatives", [{"start": "2025-02-30"}], ("alternatives", ())),
        ("alternatives", "2025", ("alternatives", ())),
    ],
)
def test_odd_fields_are_repaired_with_a_warning(tmp_path: Path, field: str, value: Any, expect: Any) -> None:
    data = project_dict()
    data["events"][0][field] = value
    timeline, warnings = load_untouched(write_json(tmp_path, data))
    assert getattr(timeline.event("e1"), expect[0]) == expect[1]
    assert len(warnings) == 1


@pytest.mark.parametrize(
    "record", [None, 3, "text", [], {"id": 5}, {"id": "x", "actors": "Russia"}, {"id": "x", "when": "2025"}]
)
def test_unreadable_records_are_skipped_with_a_warning(tmp_path: Path, record: Any) -> None:
    data = project_dict()
    data["events"].append(record)
    data["articles"].append(record)
    timeline, warnings = load_untouched(write_json(tmp_path, data))
    readable_as_article = isinstance(record, dict) and isinstance(record.get("id"), str)
    assert len(timeline) == 3 and len(timeline.articles) == 1 + readable_as_article
    assert any("event 4 was skipped" in w for w in warnings)
    assert readable_as_article or any("article 2 was skipped" in w for w in warnings)


@given(st.text(max_size=60))
@settings(max_examples=40, deadline=None)
def test_titles_of_any_text_round_trip(title: str) -> None:
    timeline = small_timeline()
    timeline.title = title
    assert parse_project(project_bytes(timeline))[0].title == title


@pytest.mark.parametrize("freeze_first", [False, True])
@pytest.mark.parametrize("enabled", [True, False])
def test_opening_leaves_the_garbage_collector_as_it_was(
    tmp_path: Path, enabled: bool, freeze_first: bool
) -> None:
    """On or off as before, and nothing that was frozen unfrozen (the window keeps each
    project it shows frozen); a process that froze nothing still has nothing frozen."""
    path = tmp_path / "p.json"
    save_project(small_timeline(), path)
    was_enabled = gc.isenabled()
    froze_here = freeze_first and gc.get_freeze_count() == 0
    if froze_here:
        gc.freeze()
    frozen = gc.get_freeze_count()
    try:
        if not enabled:
            gc.disable()
        load_project(path)
        assert gc.isenabled() is enabled
        if frozen:
            assert gc.get_freeze_count() >= frozen
        else:
            assert gc.get_freeze_count() == 0
    finally:
        if froze_here:
            gc.unfreeze()
        if was_enabled:
            gc.enable()


# -- confidence (issue 11) ------------------------------------------------------------------


def test_confidence_is_written_for_scored_events_and_read_back(tmp_path: Path) -> None:
    timeline = small_timeline()
    scored = timeline.event("e1").with_changes(confidence=0.35, confidence_reason="no actor found")
    timeline.update_event(scored)
    path = tmp_path / "p.json"
    save_project(timeline, path)
    records = {r["id"]: r for r in json.loads(path.read_bytes())["events"]}
    assert (records["e1"]["confidence"], records["e1"]["confidence_reason"]) == (0.35, "no actor found")
    assert "confidence" not in records["e2"]  # unscored (a person's): nothing written
    loaded, warnings = load_project(path)
    assert warnings == []
    assert loaded.event("e1") == scored
    assert (loaded.event("e2").confidence, loaded.event("e2").confidence_reason) == (1.0, "")


def test_files_written_before_confidence_open_with_every_event_certain(tmp_path: Path) -> None:
    data = project_dict()
    for record in data["events"]:
        assert "confidence" not in record
    loaded, warnings = load_untouched(write_json(tmp_path, data))
    assert warnings == []
    assert all(e.confidence == 1.0 and e.confidence_reason == "" and not e.uncertain for e in loaded.events)


@pytest.mark.parametrize(("value", "expected"), [(1.7, 1.0), (-0.5, 0.0), ("high", 1.0), (None, 1.0)])
def test_an_impossible_confidence_is_repaired_with_a_warning(
    tmp_path: Path, value: Any, expected: float
) -> None:
    data = project_dict()
    data["events"][0]["confidence"] = value
    data["events"][0]["confidence_reason"] = "fragment"
    loaded, warnings = load_untouched(write_json(tmp_path, data))
    event = loaded.event(data["events"][0]["id"])
    assert event.confidence == expected
    assert len(warnings) == 1 and "confidence" in warnings[0]
