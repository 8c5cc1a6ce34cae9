"""Texts the timeline view shows: tooltips of events, clusters and publication marks."""

from __future__ import annotations

import html

from PySide6.QtCore import QPointF

from timeline_app.core.dates import FuzzyDate, clamp_days
from timeline_app.core.layout import Cluster, Hit
from timeline_app.core.model import Event, Timeline


def tooltip_html(event: Event, timeline: Timeline | None = None) -> str:
    """Title, date expression and resolved value, actors, status and source quote."""
    esc = html.escape
    parts = [f"<b>{esc(event.title)}</b>"]
    if event.when is not None:
        resolved = f"{esc(event.when.label())} <span style='color:gray'>({esc(event.when.iso())})</span>"
        parts.append(f"“{esc(event.expression)}” → {resolved}" if event.expression else resolved)
    else:
        parts.append("<i>undated</i>")
    if event.actors:
        parts.append("Actors: " + esc(", ".join(event.actors)))
    parts.append(f"Kind: {esc(event.kind.value.lower())} · Status: {esc(event.status.value)}")
    if event.sources:
        quote = event.sources[0].quote
        if len(quote) > 280:
            quote = quote[:279] + "…"
        where = ""
        article_id = event.sources[0].article
        if timeline is not None and timeline.has_article(article_id):
            where = f"<br><span style='color:gray'>— {esc(timeline.article(article_id).title)}</span>"
        parts.append(f"<i>“{esc(quote)}”</i>{where}")
    return "<p style='white-space:pre-wrap; max-width:420px'>" + "<br>".join(parts) + "</p>"


def cluster_tooltip(cluster: Cluster) -> str:
    first = FuzzyDate.from_days(clamp_days(cluster.first)).label()
    last = FuzzyDate.from_days(clamp_days(max(cluster.first, cluster.last - 1e-6))).label()
    return f"<b>{cluster.count:,} events</b><br>{first} – {last}<br><i>double-click to zoom in</i>"


def publication_tooltip(result, pos: QPointF) -> str:
    """The article whose publication mark (on the axis, of a painter result) is under ``pos``."""
    axis = result.chrome.axis
    if not axis.top() <= pos.y() <= axis.bottom():
        return ""
    near = [(abs(x - pos.x()), a) for x, a in result.frame.publications if abs(x - pos.x()) <= 6]
    if not near:
        return ""
    article = min(near, key=lambda n: n[0])[1]
    published = article.published.label() if article.published else ""
    return f"<b>{html.escape(article.title)}</b><br>published {html.escape(published)}"


def lane_tooltip(result, pos: QPointF) -> str:
    """The whole name of the lane whose header (left of the plot) is under ``pos``."""
    if pos.x() >= result.chrome.plot_x0:
        return ""
    for box in result.frame.lanes:
        if box.title and box.y <= pos.y() < box.y + box.height:
            count = f"{box.count:,} event{'s' if box.count != 1 else ''}"
            return f"<b>{html.escape(box.title)}</b><br>{count}"
    return ""


def view_tooltip(
    hit: Hit | None, event: Event | None, timeline: Timeline | None, result, pos: QPointF
) -> str:
    """The view's tooltip at ``pos``: the ``event`` hit, a cluster, a publication mark or a
    lane's header."""
    if event is not None:
        return tooltip_html(event, timeline)
    if hit is not None and hit.what == "cluster" and hit.cluster is not None:
        return cluster_tooltip(hit.cluster)
    if result is not None:
        return publication_tooltip(result, pos) or lane_tooltip(result, pos)
    return ""
