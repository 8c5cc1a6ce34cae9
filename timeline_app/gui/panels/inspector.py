"""The Inspector: edit the selected event; invalid input is shown inline and never applied."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.model import Article, Event, Kind, Status
from timeline_app.core.typed_dates import parse_typed_date
from timeline_app.gui.panels.review import confidence_text


def parse_date_text(
    text: str, date_order: str = "DMY", anchor: FuzzyDate | None = None, language: str = ""
) -> FuzzyDate:
    """Read a typed date: "2025-12-01", "1/12/2025" in ``date_order``, "3 December 2025",
    "next Tuesday" (from ``anchor``, the article's publication date), "Q3 2024", "44 BC"...
    (see :mod:`timeline_app.core.typed_dates`).

    Raises:
        ValueError: with a message fit to show beside the field.
    """
    return parse_typed_date(text, anchor, language, date_order)


def build_date(
    start: str,
    end: str,
    precision: str,
    approximate: bool,
    date_order: str = "DMY",
    anchor: FuzzyDate | None = None,
    language: str = "",
) -> FuzzyDate | None:
    """The event date from the Inspector's fields; None when the start is empty.

    ``precision`` is a Precision value or "" (as typed). Raises ValueError.
    """
    if not start.strip():
        if end.strip():
            raise ValueError("an end date needs a start date")
        return None
    when = parse_date_text(start, date_order, anchor, language)
    last = parse_date_text(end, date_order, anchor, language) if end.strip() else None
    if precision:
        when = when.truncate(Precision(precision))
        last = last.truncate(Precision(precision)) if last else None
    return replace(when, approximate=approximate or when.approximate, end=last)


def split_names(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n.strip() for n in text.split(",") if n.strip()))


class Inspector(QWidget):
    """Shows one event; ``eventEdited(Event)`` carries the edited copy (the window makes it a command)."""

    eventEdited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Event inspector")
        self.date_order = "DMY"
        self.article_of: Callable[[Event], Article | None] = lambda event: None
        """The article an event comes from: its publication date and language read typed dates."""
        self._anchor: FuzzyDate | None = None
        self._language = ""
        self._event: Event | None = None
        self._loading = False
        self._loaded: dict[str, object] = {}
        self._make_fields()
        self._name_fields()
        self._lay_out()
        self._connect()
        self.show_event(None)

    def _make_fields(self) -> None:
        """The edit fields, labels and buttons."""
        self.title = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(72)
        self.date = QLineEdit(placeholderText="2025-12-01, 3 December 2025, next Tuesday, Q3 2024, 44 BC")
        self.date_preview = QLabel(wordWrap=True)
        self.date_preview.setObjectName("datePreview")
        self.date_preview.setAccessibleName("Date as read")
        self.precision = QComboBox()
        self.precision.addItem("as typed", "")
        for p in Precision:
            self.precision.addItem(p.value, p.value)
        self.approximate = QCheckBox("approximate")
        self.end = QLineEdit(placeholderText="end of a range (optional)")
        self.actors = QLineEdit(placeholderText="comma-separated")
        self.places = QLineEdit(placeholderText="comma-separated")
        self.kind = QComboBox()
        for k in Kind:
            self.kind.addItem(k.value.title(), k.value)
        self.status = QComboBox()
        for s in Status:
            self.status.addItem(s.value, s.value)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(48)
        self.resolved = QLabel(
            wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.resolved.setObjectName("dateExplanation")
        self.confidence = QLabel(
            wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.confidence.setObjectName("confidence")
        self.confidence.setAccessibleName("Confidence")
        self.error = QLabel(wordWrap=True)
        self.error.setObjectName("inspectorError")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setAccessibleName("Input error")
        self.apply_button = QPushButton("Apply")
        self.apply_button.setToolTip("Apply the changes (Ctrl+Return)")
        self.revert_button = QPushButton("Revert")
        self.empty = QLabel("Select an event to edit it.", alignment=Qt.AlignmentFlag.AlignCenter)

    def _name_fields(self) -> None:
        """Accessible names, for screen readers and tests."""
        names = {
            self.title: "Title",
            self.description: "Description",
            self.date: "Date",
            self.precision: "Date precision",
            self.approximate: "Approximate date",
            self.end: "End date",
            self.actors: "Actors",
            self.places: "Places",
            self.kind: "Kind",
            self.status: "Claim status",
            self.notes: "Notes",
            self.apply_button: "Apply changes",
            self.revert_button: "Revert changes",
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)

    def _lay_out(self) -> None:
        """The form (date row, fields, confidence), the buttons below, and the empty message."""
        date_row = QHBoxLayout()
        date_row.addWidget(self.date, 3)
        date_row.addWidget(self.precision, 1)
        date_row.addWidget(self.approximate)
        form = QFormLayout()
        form.addRow("&Title", self.title)
        date_label = QLabel("&Date")
        date_label.setBuddy(self.date)
        form.addRow(date_label, date_row)
        form.addRow("", self.date_preview)
        form.addRow("", self.resolved)
        form.addRow("&End", self.end)
        form.addRow("&Actors", self.actors)
        form.addRow("&Places", self.places)
        form.addRow("&Kind", self.kind)
        form.addRow("&Status", self.status)
        form.addRow("Descr&iption", self.description)
        form.addRow("&Notes", self.notes)
        self.confidence_label = QLabel("Confidence")
        form.addRow(self.confidence_label, self.confidence)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.apply_button)
        self.form = QWidget()
        inner = QVBoxLayout(self.form)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(form)
        inner.addLayout(buttons)
        inner.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addWidget(self.empty)
        outer.addWidget(self.form)

    def _connect(self) -> None:
        """Any change validates; Return and Ctrl+Return apply."""
        for edit in (self.title, self.date, self.end, self.actors, self.places):
            edit.textChanged.connect(self._validate)
            edit.returnPressed.connect(self.apply)
        for text in (self.description, self.notes):
            text.textChanged.connect(self._validate)
        for combo in (self.precision, self.kind, self.status):
            combo.currentIndexChanged.connect(self._validate)
        self.approximate.toggled.connect(self._validate)
        self.apply_button.clicked.connect(self.apply)
        self.revert_button.clicked.connect(self.revert)
        QShortcut(
            QKeySequence("Ctrl+Return"),
            self,
            self.apply,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    @property
    def current_event(self) -> Event | None:
        return self._event

    def show_event(self, event: Event | None) -> None:
        """Load an event into the fields (None: nothing selected)."""
        self._event = event
        article = self.article_of(event) if event is not None else None
        self._anchor = article.published if article is not None else None
        self._language = (article.language or "")[:2] if article is not None else ""
        self.form.setVisible(event is not None)
        self.empty.setVisible(event is None)
        if event is None:
            return
        self._loading = True
        when = event.when
        self.title.setText(event.title)
        self.title.setCursorPosition(0)
        self.description.setPlainText(event.description)
        self.date.setText(replace(when, end=None, approximate=False).iso() if when else "")
        self.end.setText(when.end.iso() if when and when.end else "")
        self.precision.setCurrentIndex(0)
        self.approximate.setChecked(bool(when and when.approximate))
        self.actors.setText(", ".join(event.actors))
        self.places.setText(", ".join(event.places))
        for edit in (self.date, self.end, self.actors, self.places):
            edit.setCursorPosition(0)
        self.kind.setCurrentIndex(self.kind.findData(event.kind.value))
        self.status.setCurrentIndex(self.status.findData(event.status.value))
        self.notes.setPlainText(event.notes)
        parts = []
        if event.expression:
            parts.append(f"Read from “{event.expression}”")
        if event.explanation:
            parts.append(event.explanation)
        self.resolved.setText(". ".join(parts))
        self.resolved.setVisible(bool(parts))
        confidence = confidence_text(event)
        self.confidence.setText(confidence.removeprefix("Confidence "))
        self.confidence.setVisible(bool(confidence))
        self.confidence_label.setVisible(bool(confidence))
        self._loading = False
        self._loaded = self._raw()
        self._validate()

    def _raw(self) -> dict[str, object]:
        """What the fields hold, as typed (compared with what was loaded to tell edits)."""
        return {
            "title": self.title.text(),
            "description": self.description.toPlainText(),
            "when": (
                self.date.text(),
                self.end.text(),
                self.precision.currentData(),
                self.approximate.isChecked(),
            ),
            "actors": self.actors.text(),
            "places": self.places.text(),
            "kind": self.kind.currentData(),
            "status": self.status.currentData(),
            "notes": self.notes.toPlainText(),
        }

    def edited_event(self) -> Event:
        """The event as the fields describe it. Raises ValueError with a message for the user.

        Fields the user did not touch keep the event's own value, so that showing an
        event and leaving it never changes it (no re-normalised date or whitespace).
        """
        if self._event is None:
            raise ValueError("no event is selected")
        raw, loaded = self._raw(), self._loaded
        changes: dict[str, object] = {}
        if raw["title"] != loaded["title"]:
            title = self.title.text().strip()
            if not title:
                raise ValueError("the title cannot be empty")
            changes["title"] = title
        if raw["when"] != loaded["when"]:
            try:
                changes["when"] = build_date(
                    self.date.text(),
                    self.end.text(),
                    self.precision.currentData(),
                    self.approximate.isChecked(),
                    self.date_order,
                    self._anchor,
                    self._language,
                )
            except ValueError as error:
                raise ValueError(f"date: {error}") from None
        if raw["description"] != loaded["description"]:
            changes["description"] = self.description.toPlainText().strip()
        if raw["actors"] != loaded["actors"]:
            changes["actors"] = split_names(self.actors.text())
        if raw["places"] != loaded["places"]:
            changes["places"] = split_names(self.places.text())
        if raw["kind"] != loaded["kind"]:
            changes["kind"] = Kind(self.kind.currentData())
        if raw["status"] != loaded["status"]:
            changes["status"] = Status(self.status.currentData())
        if raw["notes"] != loaded["notes"]:
            changes["notes"] = self.notes.toPlainText().strip()
        return self._event.with_changes(**changes) if changes else self._event

    def _validate(self) -> bool:
        if self._loading or self._event is None:
            return False
        try:
            edited = self.edited_event()
        except ValueError as error:
            self.error.setText(str(error))
            self.date_preview.setVisible(False)
            self.apply_button.setEnabled(False)
            bad = self.date if str(error).startswith("date") else self.title
            for edit in (self.date, self.title):
                edit.setStyleSheet("QLineEdit { border: 1px solid #c62828; }" if edit is bad else "")
            return False
        self.error.setText("")
        self.date.setStyleSheet("")
        self.title.setStyleSheet("")
        self._preview(edited)
        changed = edited != self._event
        self.apply_button.setEnabled(changed)
        self.revert_button.setEnabled(changed)
        return changed

    def _preview(self, edited: Event) -> None:
        """The typed date as read, live, before it is applied: "→ Tue 9 Dec 2025 (day)"."""
        if self._raw()["when"] == self._loaded.get("when") or edited.when is None:
            self.date_preview.setText("")
            self.date_preview.setVisible(False)
            return
        when = edited.when
        text = f"→ {when.label()} ({when.precision.value}{', approximate' if when.approximate else ''})"
        if when.end is not None:
            text = f"→ {when.label()} to {when.end.label()}"
        self.date_preview.setText(text)
        self.date_preview.setVisible(True)

    def apply(self) -> bool:
        """Emit the edit if the fields are valid and differ from the event; True if emitted."""
        if not self._validate():
            return False
        self.eventEdited.emit(self.edited_event())
        return True

    def revert(self) -> None:
        self.show_event(self._event)
