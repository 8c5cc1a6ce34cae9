from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from timeline_app.core.model import Origin


def _point_of(view, position: int) -> QPoint:
    cursor = QTextCursor(view.text.document())
    cursor.setPosition(position)
    return view.text.cursorRect(cursor).center()


def test_event_sentences_are_highlighted_and_a_click_selects_the_event(filled_window, qtbot):
    win = filled_window
    article = win.document.timeline.articles[1]
    win.panels.articles_list.select_article(article.id)
    view = win.panels.article_view
    assert view.article is not None and view.article.id == article.id
    sentences, _times = view.highlight_count()
    assert sentences == len(win.document.timeline.events_of_article(article.id)) == 5
    target = win.document.timeline.events_of_article(article.id)[2]
    source = target.sources[0]
    qtbot.mouseClick(view.text.viewport(), Qt.MouseButton.LeftButton, pos=_point_of(view, source.start + 3))
    assert win.document.selection.ids == [target.id]
    assert win.panels.inspector.current_event == target
    assert len(view.text.extraSelections()) >= sentences


def test_new_event_from_selected_text(filled_window):
    win = filled_window
    article = win.document.timeline.articles[0]
    win.panels.articles_list.select_article(article.id)
    view = win.panels.article_view
    start = article.text.index("The two sides")
    end = article.text.index("\n", start)
    cursor = QTextCursor(view.text.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    view.text.setTextCursor(cursor)
    assert view.new_button.isEnabled()
    view.new_button.click()
    (new_id,) = win.document.selection.ids
    event = win.document.timeline.event(new_id)
    assert event.origin is Origin.MANUAL
    assert event.sources[0].quote == article.text[start:end]
    assert event.title.startswith("The two sides")
    win.actions_by_name["undo"].trigger()
    assert not win.document.timeline.has_event(new_id)


def test_an_imported_article_is_shown_with_its_kept_time_expressions_without_tagging(
    window, qtbot, sample_path, monkeypatch
):
    from timeline_app.core.temporal import tagger
    from timeline_app.gui import backend
    from timeline_app.gui.window.commands import ImportArticlesCommand

    outcome = backend.extract_item(sample_path, None)
    assert not isinstance(outcome, str)
    article, events = outcome
    assert article.time_marks  # kept from the import's one reading

    def no_tagging(*args, **kwargs):
        raise AssertionError("tagged again")

    monkeypatch.setattr(tagger, "tag_english", no_tagging)
    window.document.push(ImportArticlesCommand(window.document.timeline, [article], events))
    window.panels.articles_list.select_article(article.id)
    _sentences, times = window.panels.article_view.highlight_count()
    assert times == len(article.time_marks)


def test_offsets_survive_characters_qt_counts_twice():
    from timeline_app.gui.panels.article_view import Utf16Offsets

    text = "Talks 🤝 in Geneva 🇨🇭 ended on Monday."
    offsets = Utf16Offsets(text)
    utf16 = text.encode("utf-16-le")
    for offset in range(len(text) + 1):
        qt = offsets.to_qt(offset)
        assert utf16[: qt * 2].decode("utf-16-le") == text[:offset]
        assert offsets.from_qt(qt) == offset
    plain = Utf16Offsets("no wide characters")
    assert [plain.to_qt(i) for i in range(5)] == list(range(5))


def test_click_after_an_emoji_selects_the_right_event(window, qtbot):
    from timeline_app.core.dates import FuzzyDate
    from timeline_app.core.model import Article, Event, Source
    from timeline_app.gui.window.commands import ImportArticlesCommand

    text = "Leaders met 🤝 in Geneva.\nThe ceasefire 🕊️ was signed on Monday."
    article = Article(id="a-emoji", title="Emoji", text=text, published=FuzzyDate(2025, 1, 8))
    first = text.index("Leaders")
    second = text.index("The ceasefire")
    events = [
        Event(id="e-1", title="Met", sources=(Source.from_article(article, first, second - 1),)),
        Event(id="e-2", title="Signed", sources=(Source.from_article(article, second, len(text)),)),
    ]
    window.document.push(ImportArticlesCommand(window.document.timeline, [article], events))
    window.panels.articles_list.select_article(article.id)
    view = window.panels.article_view
    target = text.index("signed")
    qtbot.mouseClick(view.text.viewport(), Qt.MouseButton.LeftButton, pos=_point_of(view, target + 2 + 2))
    assert window.document.selection.ids == ["e-2"]


def test_a_theme_switch_repaints_the_highlights_at_once(filled_window, qapp, qtbot):
    """Dark theme: the highlighted sentences turn dark with the palette, with readable text,
    without waiting for the selection to change."""
    win = filled_window
    win.panels.articles_list.select_article(win.document.timeline.articles[1].id)
    view = win.panels.article_view

    def backgrounds() -> list[int]:
        return [s.format.background().color().lightness() for s in view.text.extraSelections()]

    try:
        win.view_ops.set_theme("light")
        qtbot.waitUntil(lambda: bool(backgrounds()) and min(backgrounds()) > 150)
        win.view_ops.set_theme("dark")  # Qt hands the new palette to the widgets a moment later
        qtbot.waitUntil(lambda: max(backgrounds()) < 110)
        text = view.text.palette().color(view.text.palette().ColorRole.Text).lightness()
        inks = [s.format.foreground().color().lightness() for s in view.text.extraSelections()]
        assert all(abs(ink - text) < 10 for ink in inks) and text > 150
    finally:
        win.view_ops.set_theme("system")
