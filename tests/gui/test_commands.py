"""Every command restores exactly what it changed: the saved project is byte for byte the same."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.model import Event, Origin, Source, Status
from timeline_app.gui import backend
from timeline_app.gui.window import commands

from .conftest import synthetic_article, synthetic_events, synthetic_timeline


def _snapshot(timeline):
    return [e for e in timeline.iter_events()], timeline.articles


def test_each_command_undoes_to_the_same_state(qtbot):
    timeline = synthetic_timeline(2)
    stack = QUndoStack()
    ids = [e.id for e in timeline.events]
    before = _snapshot(timeline)
    article = synthetic_article(7)
    steps = [
        commands.edit_event(timeline, timeline.event(ids[1]).with_changes(title="Edited", notes="n")),
        commands.move_date(timeline, ids[2], FuzzyDate(2024, 5, precision=Precision.MONTH)),
        commands.set_status(timeline, [ids[3], ids[4]], Status.CONFIRMED),
        commands.mark_reviewed(timeline, [ids[5]]),
        commands.DeleteEventsCommand(timeline, [ids[0], ids[7]]),
        commands.duplicate_events(timeline, [ids[8]]),
        commands.MergeEventsCommand(timeline, [ids[2], ids[9]]),
        commands.ImportArticlesCommand(timeline, [article], synthetic_events(article)),
        commands.AddEventsCommand(timeline, [Event(id="e-manual", title="Manual", origin=Origin.MANUAL)]),
    ]
    for step in steps:
        stack.push(step)
    assert _snapshot(timeline) != before
    assert timeline.event(ids[1]).title == "Edited" and timeline.event(ids[1]).reviewed
    assert not timeline.has_event(ids[0]) and not timeline.has_event(ids[9])
    assert timeline.event(ids[3]).status is Status.CONFIRMED
    merged = timeline.event(ids[2])
    assert len(merged.sources) == 2
    while stack.canUndo():
        stack.undo()
    assert _snapshot(timeline) == before
    while stack.canRedo():
        stack.redo()
    assert timeline.has_article(article.id) and timeline.has_event("e-manual")


def test_split_gives_one_event_per_source_and_undoes():
    timeline = synthetic_timeline(2)
    first, other = timeline.events[0], timeline.events[5]
    two = first.with_changes(sources=(*first.sources, *other.sources))
    timeline.update_event(two)
    stack = QUndoStack()
    before = list(timeline.iter_events())
    command = commands.SplitEventCommand(timeline, first.id)
    stack.push(command)
    assert len(timeline) == len(before) + 1
    assert timeline.event(first.id).sources == (first.sources[0],)
    assert [c.sources for c in command.copies] == [(other.sources[0],)]
    stack.undo()
    assert list(timeline.iter_events()) == before


def test_split_refuses_a_single_source_event_and_merge_needs_two():
    timeline = synthetic_timeline(1)
    with pytest.raises(ValueError):
        commands.SplitEventCommand(timeline, timeline.events[0].id)
    with pytest.raises(ValueError):
        commands.MergeEventsCommand(timeline, [timeline.events[0].id])


@pytest.mark.parametrize("edits", [1, 5, 12])
def test_project_after_n_edits_and_n_undos_is_byte_identical(window, tmp_path, edits):
    """The issue's check: save, make N edits through the window, undo N times, save again."""
    win = window
    win.document.replace(synthetic_timeline(3), None)
    original = tmp_path / "original.json"
    win.document.save(original)
    timeline = win.document.timeline

    def pick(k: int, n: int = 1) -> list[str]:
        ids = [e.id for e in timeline.events]
        return [ids[(k + j) % len(ids)] for j in range(n)]

    operations = [
        lambda k: win.edit_ops.apply_inspector_edit(timeline.event(pick(k)[0]).with_changes(title=f"T{k}")),
        lambda k: win.edit_ops.move_event_date(pick(k)[0], FuzzyDate(2020 + k, precision=Precision.YEAR)),
        lambda k: (win.document.selection.set(pick(k)), win.edit_ops.mark_status("denied")),
        lambda k: (win.document.selection.set(pick(k)), win.edit_ops.delete_selected()),
        lambda k: (win.document.selection.set(pick(k)), win.edit_ops.duplicate_selected()),
        lambda k: (win.document.selection.set(pick(k, 2)), win.edit_ops.merge_selected()),
        lambda k: win.edit_ops.new_event_from_selection(timeline.articles[0].id, 4, 30),
    ]
    done = 0
    k = 0
    while done < edits:
        index_before = win.document.undo_stack.index()
        operations[done % len(operations)](k)
        k += 2
        if win.document.undo_stack.index() > index_before:
            done += 1
    assert win.document.undo_stack.count() == edits
    assert win.document.modified
    assert backend.project_bytes(win.document.timeline) != original.read_bytes()
    for _ in range(edits):
        win.actions_by_name["undo"].trigger()
    again = tmp_path / "again.json"
    win.document.save(again)
    assert again.read_bytes() == original.read_bytes()
    assert not win.document.modified


def test_source_offsets_survive_merge_and_undo():
    timeline = synthetic_timeline(1)
    ids = [e.id for e in timeline.events]
    stack = QUndoStack()
    stack.push(commands.MergeEventsCommand(timeline, ids[:3]))
    merged = timeline.event(ids[0])
    article = timeline.articles[0]
    assert all(isinstance(s, Source) and article.text[s.start : s.end] == s.quote for s in merged.sources)
    stack.undo()
    assert [e.id for e in timeline.events] == ids
