"""Reading a project through msgspec's typed records, by the fast path where it can, gives
what json.loads and the repairing path alone give, broken files included."""

from __future__ import annotations

import codecs
import gc
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.io.reading import outcome, whole, written_layout
from tests.core.io.strategies import timelines
from timeline_app.core.dates import FuzzyDate
from timeline_app.core.io.project import _decoded, load_project, parse_project, project_bytes, save_project
from timeline_app.core.io.project_records import ProjectRecord
from timeline_app.core.model import Event, Timeline

FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(timelines())
def test_a_written_file_is_decoded_into_records_and_read_as_json_reads_it(timeline: Timeline) -> None:
    data = project_bytes(timeline)
    text = data.decode("utf-8")
    assert isinstance(_decoded(data), ProjectRecord)  # every record as written: the typed decode
    assert outcome(lambda: parse_project(data), text) == whole(text)
    assert written_layout(json.loads(text)) == text  # the layout the file-level tests write


@FAST
@given(timelines(), st.data())
def test_an_edited_or_broken_file_reads_as_the_whole_file_path_reads_it(
    timeline: Timeline, data: st.DataObject
) -> None:
    text = project_bytes(timeline).decode("utf-8")
    at = data.draw(st.integers(0, len(text)))
    edit = data.draw(
        st.sampled_from(["cut", "drop", " ", "\n", ",", "]", "}", '"', "1", "\t", "\u3000", "x", "{}"])
    )
    if edit == "cut":
        text = text[:at]
    elif edit == "drop":
        text = text[:at] + text[at + 1 :]
    else:
        text = text[:at] + edit + text[at:]
    assert outcome(lambda: parse_project(text), text) == whole(text)
    assert outcome(lambda: parse_project(text.encode("utf-8")), text) == whole(text)


def test_another_layout_reads_the_same() -> None:
    timeline = Timeline(title="t")
    timeline.add_event(Event("e1", "One", FuzzyDate(2025, 1, 2)))
    text = json.dumps(json.loads(project_bytes(timeline)), indent=3)
    assert isinstance(_decoded(text), ProjectRecord)
    read = outcome(lambda: parse_project(text), text)
    assert read == whole(text) and read[2] == timeline.events


@pytest.mark.parametrize("tail", ["", "\n", " \t\r\n", "x", "\x0b", "\u3000", " {}", "]", ","])
def test_what_follows_the_project_is_judged_as_json_judges_it(tail: str) -> None:
    timeline = Timeline(title="t")
    timeline.add_event(Event("e1", "One", FuzzyDate(2025, 1, 2)))
    text = project_bytes(timeline).decode("utf-8") + tail
    assert outcome(lambda: parse_project(text), text) == whole(text)


def test_a_byte_order_mark_is_read_past() -> None:
    timeline = Timeline(title="t")
    timeline.add_event(Event("e1", "One", FuzzyDate(2025, 1, 2)))
    data = project_bytes(timeline)
    assert isinstance(_decoded(codecs.BOM_UTF8 + data), ProjectRecord)
    assert parse_project(codecs.BOM_UTF8 + data)[0].events == timeline.events


@pytest.mark.parametrize("enabled", [True, False])
def test_opening_leaves_the_collector_as_it_was(tmp_path: Path, enabled: bool) -> None:
    timeline = Timeline(title="t")
    timeline.add_event(Event("e1", "One", FuzzyDate(2025, 1, 2)))
    path = tmp_path / "p.tlproj"
    save_project(timeline, path)
    was, frozen = gc.isenabled(), gc.get_freeze_count()
    try:
        gc.enable() if enabled else gc.disable()
        assert load_project(path)[0].events == timeline.events
        assert gc.isenabled() is enabled and gc.get_freeze_count() == frozen
    finally:
        gc.enable() if was else gc.disable()
