"""The reader's fast path for well-formed event records gives what the repairing path gives."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.io.strategies import timelines
from timeline_app.core.io.project import project_bytes
from timeline_app.core.io.project_reader import _Reader
from timeline_app.core.model import Article, Timeline

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ODD_VALUES = [None, "", "x", 0, 1, 1.5, True, False, [], ["a"], ["a", 1], [["a"]], {}, {"start": "2020"}]
ODD_VALUES += ["AID", "claimed", "manual", "2020-02-30", "2020-01-05T10:30", "1996-01-02", -1, 10**6]


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
    for _ in range(data.draw(st.integers(0, 3))):
        target = record
        where = data.draw(st.sampled_from(["event", "when", "source"]))
        if where == "when" and isinstance(record.get("when"), dict):
            target = record["when"]
        elif where == "source":
            sources = record.get("sources")
            if isinstance(sources, list) and sources and isinstance(sources[0], dict):
                target = sources[0]
        key = data.draw(st.sampled_from([*sorted(target), "expression", "notes", "explanation", "roles"]))
        if data.draw(st.booleans()):
            target.pop(key, None)
        else:
            target[key] = data.draw(st.sampled_from(ODD_VALUES))
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
        places = [("event", key) for key in [*original, "expression", "notes", "explanation"]]
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
