"""The reader's fast path for well-formed event records gives what the repairing path gives,
record by record and file by file."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.io.reading import outcome, whole, written_layout
from tests.core.io.strategies import timelines
from timeline_app.core.io.project import parse_project, project_bytes
from timeline_app.core.io.project_reader import _Reader
from timeline_app.core.model import Article, Timeline

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ODD_VALUES = [None, "", "x", 0, 1, 1.5, True, False, [], ["a"], ["a", 1], [["a"]], {}, {"start": "2020"}]
ODD_VALUES += ["AID", "claimed", "manual", "2020-02-30", "2020-01-05T10:30", "1996-01-02", -1, 10**6]
ODD_VALUES += [0.5, -0.25]


def edit(record: dict[str, Any], data: st.DataObject) -> None:
    """Up to three edits of the record, its date or its first source: a key dropped or
    set to an odd value, or a source's offsets moved by one."""
    for _ in range(data.draw(st.integers(0, 3))):
        target = record
        where = data.draw(st.sampled_from(["event", "when", "source"]))
        if where == "when" and isinstance(record.get("when"), dict):
            target = record["when"]
        elif where == "source":
            sources = record.get("sources")
            if isinstance(sources, list) and sources and isinstance(sources[0], dict):
                target = sources[0]
        extra = ["expression", "notes", "explanation", "roles", "confidence", "confidence_reason"]
        key = data.draw(st.sampled_from([*sorted(target), *extra]))
        how = data.draw(st.sampled_from(["drop", "set", "shift"]))
        if how == "shift" and type(target.get("start")) is int and type(target.get("end")) is int:
            step = data.draw(st.sampled_from([-1, 1]))  # a quote beside its place in the article
            target["start"] += step
            target["end"] += step
        elif how == "drop":
            target.pop(key, None)
        else:
            target[key] = data.draw(st.sampled_from(ODD_VALUES))


def read(reader_path: str, record: Any, articles: dict[str, Article]) -> tuple[object, ...]:
    reader = _Reader([])
    try:
        if reader_path == "fast":
            event = reader.plain_event(record, articles)
            if event is None:
                return ("declined",)
        else:
            event = reader.event(record, articles)
    except (ValueError, TypeError) as error:
        return ("skipped", str(error), reader.warnings)
    return (event, type(event), reader.warnings)


@FAST
@given(timelines(), st.data())
def test_a_record_the_fast_path_reads_is_read_the_same_by_the_repairing_path(
    timeline: Timeline, data: st.DataObject
) -> None:
    parsed = json.loads(project_bytes(timeline))
    if not parsed["events"]:
        return
    articles = {a.id: a for a in _Reader([]).articles(parsed["articles"])}
    record = data.draw(st.sampled_from(parsed["events"]))
    edit(record, data)
    fast = read("fast", record, articles)
    if fast != ("declined",):
        assert fast == read("repairing", record, articles)


@FAST
@given(timelines())
def test_records_as_written_take_the_fast_path(timeline: Timeline) -> None:
    parsed = json.loads(project_bytes(timeline))
    articles = {a.id: a for a in _Reader([]).articles(parsed["articles"])}
    for record in parsed["events"]:
        ranged_across_precisions = isinstance(record["when"], dict) and "end_precision" in record["when"]
        if not {"roles", "alternatives"} & set(record) and not ranged_across_precisions:
            assert read("fast", record, articles) == read("repairing", record, articles)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(timelines())
def test_every_single_odd_value_is_read_the_same_by_both_paths(timeline: Timeline) -> None:
    parsed = json.loads(project_bytes(timeline))
    articles = {a.id: a for a in _Reader([]).articles(parsed["articles"])}
    for original in parsed["events"][:3]:
        extra = ["expression", "notes", "explanation", "confidence", "confidence_reason"]
        places = [("event", key) for key in [*original, *extra]]
        if isinstance(original["when"], dict):
            places += [("when", key) for key in original["when"]]
        if original["sources"]:
            places += [("source", key) for key in original["sources"][0]]
        for where, key in places:
            for value in [*ODD_VALUES, "<drop>"]:
                record = json.loads(json.dumps(original))
                target = {"event": record, "when": record["when"], "source": record["sources"] or [{}]}[where]
                target = target[0] if isinstance(target, list) else target
                if value == "<drop>":
                    target.pop(key, None)
                else:
                    target[key] = value
                fast = read("fast", record, articles)
                if fast != ("declined",):
                    assert fast == read("repairing", record, articles), (where, key, value)


@FAST
@given(timelines(), st.data())
def test_a_file_of_edited_records_reads_as_the_repairing_path_alone_reads_it(
    timeline: Timeline, data: st.DataObject
) -> None:
    """Whatever the fast path declines in a list of records, the repairing path reads in
    its place, numbered as it is in the file (warnings), repeated ids included."""
    parsed = json.loads(project_bytes(timeline))
    records = parsed["events"]
    for _ in range(data.draw(st.integers(0, 4)) if records else 0):
        objects = [r for r in records if isinstance(r, dict)]
        if not objects:
            break
        record = data.draw(st.sampled_from(objects))
        what = data.draw(st.sampled_from(["edit", "repeat an id", "not an object"]))
        if what == "edit":
            edit(record, data)
        elif what == "repeat an id":
            record["id"] = data.draw(st.sampled_from(objects)).get("id")
        else:
            records[records.index(record)] = data.draw(st.sampled_from([None, 1, "x", []]))
    text = written_layout(parsed)
    assert outcome(lambda: parse_project(text), text) == whole(text)


@pytest.mark.parametrize("cited", [1, 2])
@pytest.mark.parametrize("shift", [-1, 1])
def test_a_quote_beside_its_place_is_left_to_the_repairing_path(cited: int, shift: int) -> None:
    """Offsets of the quote's length that point one character off: only the text tells."""
    article = Article("a1", "Talks", "The talks in Geneva ended on Monday.")
    quote = "talks in Geneva"
    start = article.text.index(quote)
    moved = {"article": "a1", "start": start + shift, "end": start + shift + len(quote), "quote": quote}
    record = {
        "id": "e1", "title": "Talks end", "description": "", "when": None, "actors": [], "places": [],
        "kind": "CONSULT", "status": "reported", "sources": [moved] * cited, "origin": "extracted",
        "reviewed": False,
    }  # fmt: skip
    articles = {"a1": article}
    assert _Reader([]).plain_event(record, articles) is None
    reader = _Reader([])
    event = reader.event(record, articles)
    assert [(s.start, s.end) for s in event.sources] == [(start, start + len(quote))] * cited
    assert len(reader.warnings) == cited and "re-anchored" in reader.warnings[0]
