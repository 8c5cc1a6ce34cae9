from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.model import Kind, Status
from timeline_app.gui.panels.inspector import build_date, parse_date_text, split_names


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("2025-12-01", "DMY", FuzzyDate(2025, 12, 1)),
        ("1/12/2025", "DMY", FuzzyDate(2025, 12, 1)),
        ("1/12/2025", "MDY", FuzzyDate(2025, 1, 12)),
        ("2025-11", "MDY", FuzzyDate(2025, 11, precision=Precision.MONTH)),
        ("199X", "DMY", FuzzyDate(1990, precision=Precision.DECADE)),
    ],
)
def test_typed_dates(text, order, expected):
    assert parse_date_text(text, order) == expected


def test_build_date_with_precision_approximate_and_end():
    when = build_date("2025-03-14", "2025-05-02", "month", True)
    assert when == FuzzyDate(2025, 3, precision=Precision.MONTH, approximate=True,
                             end=FuzzyDate(2025, 5, precision=Precision.MONTH))  # fmt: skip
    assert build_date("", "", "", False) is None
    for bad in (("31/02/2025", "", "", False), ("2025-05", "2025-01", "", False), ("", "2025", "", False),
                ("2025", "", "day", False), ("some day soon", "", "", False)):  # fmt: skip
        with pytest.raises(ValueError):
            build_date(*bad)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("next Tuesday", "", FuzzyDate(2025, 12, 9)),  # from the article's date, a Tuesday
        ("3 décembre 2025", "fr", FuzzyDate(2025, 12, 3)),
        ("early December 2025", "", FuzzyDate(2025, 12, precision=Precision.MONTH)),
        ("Q3 2024", "", FuzzyDate(2024, 7, precision=Precision.QUARTER)),
        ("44 BC", "", FuzzyDate(-43, precision=Precision.YEAR)),
        ("15 March 44 BC", "", FuzzyDate(-43, 3, 15)),
    ],
)
def test_what_a_person_types_is_read_against_the_article(text, language, expected):
    assert parse_date_text(text, "DMY", FuzzyDate(2025, 12, 2), language) == expected


def test_split_names_drops_blanks_and_repeats():
    assert split_names(" Russia, Ukraine,,Russia , ") == ("Russia", "Ukraine")


def test_editing_in_the_inspector_is_one_undoable_command(filled_window):
    win = filled_window
    event = win.document.timeline.events[3]
    win.document.selection.set([event.id])
    inspector = win.panels.inspector
    inspector.title.setText("Summit postponed")
    inspector.date.setText("2025-Q2")
    inspector.approximate.setChecked(True)
    inspector.actors.setText("Norland, Sudria, Varel League")
    inspector.kind.setCurrentIndex(inspector.kind.findData(Kind.AGREE.value))
    inspector.status.setCurrentIndex(inspector.status.findData(Status.CONFIRMED.value))
    inspector.notes.setPlainText("checked with two agencies")
    assert inspector.apply_button.isEnabled()
    inspector.apply_button.click()
    edited = win.document.timeline.event(event.id)
    assert edited.title == "Summit postponed"
    assert edited.when == FuzzyDate(2025, 4, precision=Precision.QUARTER, approximate=True)
    assert edited.actors == ("Norland", "Sudria", "Varel League")
    assert (edited.kind, edited.status, edited.notes) == (
        Kind.AGREE,
        Status.CONFIRMED,
        "checked with two agencies",
    )
    assert edited.reviewed
    assert win.document.undo_stack.count() == 1
    win.actions_by_name["undo"].trigger()
    assert win.document.timeline.event(event.id) == event
    assert inspector.title.text() == event.title  # the inspector follows the undo


def test_invalid_input_is_shown_inline_and_never_applied(filled_window, qtbot):
    win = filled_window
    event = win.document.timeline.events[0]
    win.document.selection.set([event.id])
    inspector = win.panels.inspector
    inspector.date.setText("2025-02-30")
    assert not inspector.apply_button.isEnabled()
    assert "February" in inspector.error.text() and "30" in inspector.error.text()
    assert inspector.date.styleSheet()
    qtbot.keyClick(inspector.date, Qt.Key.Key_Return)
    assert not inspector.apply()
    assert win.document.undo_stack.count() == 0
    inspector.date.setText("2025-02-28")
    assert inspector.error.text() == ""
    inspector.title.setText("   ")
    assert "title" in inspector.error.text()
    assert not inspector.apply_button.isEnabled()
    inspector.revert_button.click()
    assert inspector.title.text() == event.title
    assert win.document.timeline.event(event.id) == event


def test_a_typed_date_is_read_live_against_the_article_and_applied(window):
    """'next Tuesday' in an event of a story published on Tuesday 2 December 2025: the
    Inspector shows "→ 9 Dec 2025 (day)" before it is applied, then applies that date."""
    from timeline_app.core.model import Article, Event, Source, Timeline

    article = Article("a", "Talks", "Envoys will meet again.", FuzzyDate(2025, 12, 2), language="en")
    event = Event("e", "Envoys to meet", None, sources=(Source.from_article(article, 0, 23),))
    timeline = Timeline(title="Talks")
    timeline.replace_all("Talks", [article], [event])
    window.document.replace(timeline, None)
    window.document.selection.set(["e"])
    inspector = window.panels.inspector
    inspector.date.setText("next Tuesday")
    assert inspector.date_preview.text() == "→ 9 Dec 2025 (day)" and inspector.error.text() == ""
    inspector.date.setText("early December 2025")
    assert "(month)" in inspector.date_preview.text()
    inspector.date.setText("next Tuesday")
    assert inspector.apply()
    assert window.document.timeline.event("e").when == FuzzyDate(2025, 12, 9)


def test_date_order_setting_reaches_the_inspector(filled_window):
    win = filled_window
    win.actions_by_name["date_order_MDY"].trigger()
    assert win.settings.date_order == "MDY"
    event = win.document.timeline.events[0]
    win.document.selection.set([event.id])
    win.panels.inspector.date.setText("3/4/2025")
    assert win.panels.inspector.apply()
    assert win.document.timeline.event(event.id).when == FuzzyDate(2025, 3, 4)


def test_selecting_another_event_keeps_a_valid_edit_and_drops_an_invalid_one(filled_window):
    win = filled_window
    first, second, third = win.document.timeline.events[:3]
    win.document.selection.set([first.id])
    win.panels.inspector.title.setText("Kept when leaving")
    win.document.selection.set([second.id])
    assert win.document.timeline.event(first.id).title == "Kept when leaving"
    assert win.panels.inspector.current_event.id == second.id
    win.panels.inspector.date.setText("not a date")
    win.document.selection.set([third.id])
    assert win.document.timeline.event(second.id) == second
    assert win.document.undo_stack.count() == 1
