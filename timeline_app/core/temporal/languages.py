"""Language detection and other languages (placeholder, filled in below)."""

from __future__ import annotations


def detect_language(text: str) -> str:
    return "en"


def tag_foreign(text, day, lang, date_order):
    from timeline_app.core.temporal.tagger import tag_english

    return tag_english(text, day, date_order)
