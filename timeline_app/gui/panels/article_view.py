"""The Article text dock: the article with its event sentences and time expressions highlighted.

Highlights are QTextEdit extra selections over the article's own character
offsets (the same offsets every Source keeps), so clicking a highlight maps
straight back to the events told there.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QMouseEvent,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextEdit, QVBoxLayout, QWidget

from timeline_app.core.model import Article, Event


class Utf16Offsets:
    """Python offsets (code points) <-> Qt text positions (UTF-16 units).

    Sources keep Python offsets; QTextDocument counts an emoji or any character
    beyond the Basic Multilingual Plane as two. Most articles have none, and then
    both are the same.
    """

    def __init__(self, text: str) -> None:
        wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._wide = wide  # code-point offsets of the characters that take two units

    def to_qt(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._wide, offset)

    def from_qt(self, position: int) -> int:
        # each wide character before the position moved it one unit further
        offset = position
        for n, wide in enumerate(self._wide):
            if wide + n < position:
                offset -= 1
            else:
                break
        return offset


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


class ArticleText(QTextEdit):
    """Read-only article text that reports clicks on positions."""

    positionClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAccessibleName("Article text")
        self.new_event_action = QAction("New event from selection", self)
        self.new_event_action.setEnabled(False)
        self.copyAvailable.connect(self.new_event_action.setEnabled)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.positionClicked.emit(self.cursorForPosition(event.position().toPoint()).position())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        menu.addSeparator()
        menu.addAction(self.new_event_action)
        menu.exec(event.globalPos())
        menu.deleteLater()


class ArticleView(QWidget):
    """Header, "New event from selection" button and the highlighted text."""

    eventClicked = Signal(str)
    newEventRequested = Signal(str, int, int)  # article id, start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Article")
        self.article: Article | None = None
        self._spans: list[tuple[int, int, str]] = []  # event sentences: start, end, event id
        self._times: list[tuple[int, int, str]] = []
        self._selected: set[str] = set()
        self._offsets = Utf16Offsets("")
        self.header = QLabel("No article", wordWrap=True)
        self.header.setObjectName("articleHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.text = ArticleText()
        self.new_button = QPushButton("New event from selection")
        self.new_button.setAccessibleName("New event from selection")
        self.new_button.setEnabled(False)
        self.text.copyAvailable.connect(self.new_button.setEnabled)
        self.new_button.clicked.connect(self.request_new_event)
        self.text.new_event_action.triggered.connect(self.request_new_event)
        self.text.positionClicked.connect(self._clicked)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.text)

    def show_article(
        self, article: Article | None, events: list[Event], times: list[tuple[int, int, str]]
    ) -> None:
        """Show ``article`` with the sentences of ``events`` and the ``times`` spans highlighted."""
        if article is not self.article:
            self.article = article
            self._offsets = Utf16Offsets(article.text if article else "")
            self.text.setPlainText(article.text if article else "")
            self._space_paragraphs()
            if article is None:
                self.header.setText("No article")
            else:
                published = article.published.label() if article.published else "no publication date"
                source = f" · {article.source}" if article.source else ""
                self.header.setText(f"<b>{_escape(article.title)}</b><br><small>{published}{source}</small>")
        self._spans = sorted(
            (s.start, s.end, e.id)
            for e in events
            for s in e.sources
            if article is not None and s.article == article.id
        )
        self._times = list(times)
        self._paint()

    def _space_paragraphs(self) -> None:
        """A gap after each line: articles are one paragraph per line."""
        cursor = QTextCursor(self.text.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setBottomMargin(6)
        cursor.mergeBlockFormat(block)

    def set_selected(self, ids: list[str]) -> None:
        self._selected = set(ids)
        self._paint()
        for start, _end, event_id in self._spans:
            if event_id in self._selected:
                cursor = QTextCursor(self.text.document())
                cursor.setPosition(self._offsets.to_qt(start))
                self.text.setTextCursor(cursor)
                # Bring the sentence to the top of the view, not just barely into it.
                bar = self.text.verticalScrollBar()
                bar.setValue(bar.value() + self.text.cursorRect(cursor).top() - 6)
                break

    def event_at(self, position: int) -> str | None:
        """The event whose sentence covers ``position`` (the shortest such sentence)."""
        hits = [(end - start, event_id) for start, end, event_id in self._spans if start <= position < end]
        return min(hits)[1] if hits else None

    def highlight_count(self) -> tuple[int, int]:
        """(event sentences, time expressions) currently highlighted."""
        return len(self._spans), len(self._times)

    def changeEvent(self, event: QEvent) -> None:
        """A theme switch repaints the highlights at once: light highlights under the dark
        theme's white text were unreadable until the selection changed."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._paint()

    def _paint(self) -> None:
        palette = self.palette()
        dark = is_dark(palette)
        ink = palette.color(QPalette.ColorRole.Text)  # the highlights carry their text colour too
        sentence = QTextCharFormat()
        sentence.setBackground(QColor("#3a3f2a" if dark else "#fff4c2"))
        sentence.setForeground(ink)
        chosen = QTextCharFormat()
        chosen.setBackground(QColor("#5a4a10" if dark else "#ffd54f"))
        chosen.setForeground(ink)
        time = QTextCharFormat()
        time.setBackground(QColor("#1f3d5c" if dark else "#cfe6ff"))
        time.setForeground(ink)
        time.setFontUnderline(True)
        time.setUnderlineColor(QColor("#64b5f6" if dark else "#1565c0"))
        selections = []
        for start, end, event_id in self._spans:
            selections.append(self._selection(start, end, chosen if event_id in self._selected else sentence))
        for start, end, value in self._times:
            fmt = QTextCharFormat(time)
            fmt.setToolTip(value)
            selections.append(self._selection(start, end, fmt))
        self.text.setExtraSelections(selections)

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self.text.document())
        limit = self.text.document().characterCount() - 1
        cursor.setPosition(min(self._offsets.to_qt(start), limit))
        cursor.setPosition(min(self._offsets.to_qt(end), limit), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def _clicked(self, position: int) -> None:
        event_id = self.event_at(self._offsets.from_qt(position))
        if event_id is not None:
            self.eventClicked.emit(event_id)

    def selected_span(self) -> tuple[int, int] | None:
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            return None
        return self._offsets.from_qt(cursor.selectionStart()), self._offsets.from_qt(cursor.selectionEnd())

    def request_new_event(self) -> None:
        span = self.selected_span()
        if self.article is not None and span is not None:
            self.newEventRequested.emit(self.article.id, *span)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
