"""Helpers for the reader tests: what a reading gives, and the reader's paths one by one."""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from timeline_app.core.errors import InputError
from timeline_app.core.io import project_reader
from timeline_app.core.io.project import _json_of
from timeline_app.core.io.project_reader import parse_project_object
from timeline_app.core.io.project_records import Declined
from timeline_app.core.model import Timeline


def outcome(read: Callable[[], tuple[Timeline, list[str]]], text: str) -> tuple[object, ...]:
    """What a reading gives: the content and warnings, or the error line. The ids given to
    events that repeat an id (random) are replaced by one word."""
    try:
        timeline, warnings = read()
    except InputError as error:
        return ("error", str(error))
    events = [e if e.id in text else e.with_changes(id="fresh") for e in timeline.events]
    return (timeline.title, timeline.articles, events, [_FRESH.sub("fresh", w) for w in warnings])


_FRESH = re.compile(r"e-[0-9a-f]{12}")


@contextlib.contextmanager
def repairing_path_only() -> Iterator[None]:
    """The fast path declines every record."""

    def decline(*args: Any) -> Any:
        raise Declined

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(project_reader, "read_record", decline)
        yield


def whole(text: str) -> tuple[object, ...]:
    """What json.loads (its errors worded) and the repairing path alone give."""
    with repairing_path_only():
        return outcome(lambda: parse_project_object(_json_of(text)), text)


def written_layout(data: dict[str, Any]) -> str:
    """A parsed project (edited or not) as text in the layout the writer uses
    (project.project_bytes): compact records, one a line."""

    def record(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    parts = ["{\n", ",\n".join(f' "{k}": {record(data[k])}' for k in ("format", "version", "title"))]
    for key in ("articles", "events"):
        body = ",\n  ".join(record(r) for r in data[key])
        parts.append(f',\n "{key}": [\n  {body}\n ]' if data[key] else f',\n "{key}": []')
    parts.append("\n}\n")
    return "".join(parts)
