"""The window's commands as data: every row becomes an action in a menu or the toolbar, and
commands that need a selection are greyed out without one."""

from __future__ import annotations

from timeline_app.core.model import Source
from timeline_app.gui.window import window_menus
from timeline_app.gui.window.window_actions import ACTIONS, MENUS, TOOLBAR


def test_every_command_of_the_table_is_an_action_in_a_menu_or_the_toolbar(window):
    placed = {e for _, _, entries in MENUS for e in entries if e} | {e for e in TOOLBAR if e}
    for spec in ACTIONS:
        action = window.actions_by_name[spec.name]
        assert action.text() == spec.text
        assert spec.name in placed, spec.name
    for name in placed:  # and every entry names an action or a part built in code
        assert name.startswith("@") or name in window.actions_by_name, name
    menus = [m.objectName() for m in window.menuBar().findChildren(type(window.project_ops.recent_menu))]
    assert {name for _, name, _ in MENUS} <= set(menus)


def test_selection_commands_are_greyed_out_until_they_apply(filled_window):
    window = filled_window
    actions = window.actions_by_name
    window.document.selection.set([])
    for name in ("duplicate", "merge", "split", "mark_reviewed", "mark_confirmed", "mark_denied"):
        assert not actions[name].isEnabled(), name
    assert actions["delete"].isEnabled()  # it also removes articles chosen in the Articles panel
    events = window.document.timeline.events
    window.document.selection.set([events[0].id])
    assert actions["duplicate"].isEnabled() and actions["mark_reviewed"].isEnabled()
    assert not actions["merge"].isEnabled()
    window.document.selection.set([events[0].id, events[1].id])
    assert actions["merge"].isEnabled() and not actions["split"].isEnabled()


def test_split_applies_to_one_event_told_by_several_sources(filled_window):
    window = filled_window
    timeline = window.document.timeline
    event = next(e for e in timeline.events if e.sources)
    article = timeline.article(event.sources[0].article)
    other = Source.from_article(article, 0, min(10, len(article.text)))
    timeline.update_event(event.with_changes(sources=(*event.sources, other)))
    window.document.selection.set([event.id])
    window_menus.update_enabled(window)
    assert window.actions_by_name["split"].isEnabled()
    window.actions_by_name["split"].trigger()
    assert len(window.document.timeline) == 16  # one event per source
    window.document.selection.set([e.id for e in window.document.timeline.events[:1]])
    assert window.actions_by_name["split"].isEnabled() == (
        len(window.document.timeline.events[0].sources) >= 2
    )
