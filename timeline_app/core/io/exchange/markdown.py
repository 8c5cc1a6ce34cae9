"""Markdown: a dated list with numbered sources, to paste into a brief or a report.

One bullet an event under a heading per year, each with its date label (which
keeps the precision: "Nov 2025", "c. 2025"), actors and places, the claim status
when it is not plain "reported", and footnote numbers pointing at the articles
listed at the end. Export only: Markdown is for reading, not for coming back.
"""

from __future__ import annotations

import re

from timeline_app.core.dates import year_label
from timeline_app.core.io.exchange.records import article_note, articles_of, dated_events
from timeline_app.core.model import Event, Status, Timeline

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def escape(text: str) -> str:
    """Markdown-escape inline text (so a title with * or [ does not become markup)."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def export_markdown(timeline: Timeline, subtitle: str = "") -> str:
    """The timeline as a Markdown document."""
    articles = articles_of(timeline)
    lines = [f"# {escape(timeline.title)}", ""]
    if subtitle:
        lines += [f"*{escape(subtitle)}*", ""]
    notes: dict[str, int] = {}  # article id -> footnote number, in order of first citation
    heading: str | None = None
    for event in dated_events(timeline):
        section = year_label(event.when.year) if event.when else "Undated"
        if section != heading:
            lines += ["", f"## {section}", ""] if heading is not None else [f"## {section}", ""]
            heading = section
        lines.append(_bullet(event, notes))
    if notes:
        lines += ["", "## Sources", ""]
        for article_id, number in notes.items():
            lines.append(f"{number}. {escape(article_note(article_id, articles))}")
    return "\n".join(lines).rstrip() + "\n"


def _bullet(event: Event, notes: dict[str, int]) -> str:
    date = event.when.label() if event.when else "undated"
    text = f"- **{escape(date)}**: {escape(event.title)}"
    who = ", ".join(event.actors)
    where = ", ".join(event.places)
    details = " · ".join(part for part in (who, where) if part)
    if details:
        text += f" ({escape(details)})"
    if event.status is not Status.REPORTED:
        text += f" *{event.status.value}*"
    if event.uncertain:  # exported only when asked for: say why it is doubtful
        text += f" *uncertain ({event.confidence:.2f}: {escape(event.confidence_reason)})*"
    refs = []
    for source in event.sources:
        number = notes.setdefault(source.article, len(notes) + 1)
        if f"[{number}]" not in refs:
            refs.append(f"[{number}]")
    if refs:
        text += " " + "".join(refs)
    return text
