"""PDF export on paper: page size, pagination, title and notes placement, labels kept inside the page."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess

import pytest

from tests.core.io.test_exchange import sample_timeline
from timeline_app.core.dates import FuzzyDate
from timeline_app.core.model import Article, Source, Timeline
from timeline_app.core.synthetic import synthetic_timeline
from timeline_app.gui.export import paint as export_paint
from timeline_app.gui.export.export import ExportOptions, render_image
from timeline_app.gui.export.pdf import PDF_MARGIN, PX_PER_PT, paper_points, pdf_pages
from timeline_app.gui.export.plan import plan_content


@pytest.fixture
def app(qapp):
    return qapp


def _sourced(events: int, years: float, articles: int) -> Timeline:
    """A synthetic timeline whose events cite ``articles`` articles (so the PDF has source notes)."""
    plain = synthetic_timeline(events, years=years, seed=3)
    timeline = Timeline(title=plain.title)
    for i in range(articles):
        timeline.add_article(Article(f"a{i}", f"Report {i + 1}", "", FuzzyDate(2024, 1, 1), f"Outlet{i + 1}"))
    cited = [
        e.with_changes(sources=(Source(f"a{i % articles}", 0, 0, ""),)) for i, e in enumerate(plain.events)
    ]
    timeline.add_events(cited)
    return timeline


@pytest.fixture(scope="module")
def busy() -> Timeline:
    """A few hundred events over three years citing 40 articles: several A4 pages and a notes page."""
    return _sourced(300, 3, 40)


def _media_boxes(data: bytes) -> list[tuple[float, float]]:
    boxes = re.findall(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]", data)
    return [(float(x1) - float(x0), float(y1) - float(y0)) for x0, y0, x1, y1 in boxes]


def _page_text(data: bytes, tmp_path, page: int) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    args = ["pdftotext", "-raw", "-f", str(page), "-l", str(page), str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def test_pages_are_a4_landscape_by_default_and_letter_or_a3_on_request(app, busy):
    data, report = render_image(busy, ExportOptions(format="pdf", lanes="kind"))
    boxes = _media_boxes(data)
    assert len(boxes) == report.pages > 1
    for width, height in boxes:  # A4 is 297 x 210 mm = 841.9 x 595.3 pt
        assert width == pytest.approx(841.89, abs=1) and height == pytest.approx(595.28, abs=1)
    letter, _ = render_image(busy, ExportOptions(format="pdf", page="letter"))
    assert all(box == pytest.approx((792, 612), abs=1) for box in _media_boxes(letter))
    a3 = paper_points("a3")
    assert (a3.width(), a3.height()) == pytest.approx((1190.55, 841.89), abs=1)


def test_page_count_grows_with_the_range(app):
    short = synthetic_timeline(100, years=1, seed=2)
    long = synthetic_timeline(600, years=6, seed=2)
    _, one = render_image(short, ExportOptions(format="pdf", footnotes=False))
    _, many = render_image(long, ExportOptions(format="pdf", footnotes=False))
    assert many.pages > one.pages >= 1


def test_title_on_page_one_running_title_after_and_notes_last(app, busy):
    content = plan_content(busy, ExportOptions(format="pdf", lanes="kind"))
    points = paper_points("a4")
    pages = pdf_pages(content, points.width() * PX_PER_PT, points.height() * PX_PER_PT)
    assert len(pages) > 1 and not pages[0].running
    assert all(page.running == content.title for page in pages[1:])
    assert [p.number for p in pages] == list(range(1, len(pages) + 1))
    assert all(page.count == len(pages) for page in pages)
    assert content.notes and not any(page.notes for page in pages[:-1] if not page.notes_only)
    noted = [n for page in pages for n in page.notes]
    assert noted == content.notes  # every note once, in order, at the end
    slices = list(dict.fromkeys((page.first, page.last) for page in pages if not page.notes_only))
    assert all(a[1] == pytest.approx(b[0]) for a, b in itertools.pairwise(slices))  # consecutive


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_the_pdf_text_is_text_title_first_notes_last(app, busy, tmp_path):
    data, report = render_image(busy, ExportOptions(format="pdf", lanes="kind", title="Busy years"))
    first, last = _page_text(data, tmp_path, 1), _page_text(data, tmp_path, report.pages)
    assert "Busy years" in first and f"Page 1 of {report.pages}" in first
    assert f"Page {report.pages} of {report.pages}" in last
    assert re.search(r"\b40 Outlet\d+, 1 Jan 2024", last) and "Outlet" not in first  # note 40 is the last


def test_no_label_crosses_the_right_margin(app, busy, monkeypatch):
    right = paper_points("a4").width() * PX_PER_PT - PDF_MARGIN

    def overflow(report) -> list[float]:
        return [
            e.label_x + e.label_width - right
            for frame in report.frames
            for e in frame.events
            if e.label_width > 0 and e.label_x + e.label_width > right + 0.5
        ] + [
            c.x + c.width - right
            for frame in report.frames
            for c in frame.clusters
            if c.x + c.width > right + 0.5
        ]

    _, report = render_image(busy, ExportOptions(format="pdf", lanes="kind"))
    assert report.frames and not overflow(report)
    monkeypatch.setattr(export_paint, "_fit_labels", lambda frame, right: None)
    _, uncut = render_image(busy, ExportOptions(format="pdf", lanes="kind"))
    assert overflow(uncut)  # without the shortening some labels would run off the page


def test_few_notes_go_under_the_last_slice_many_on_pages_of_their_own(app, busy):
    data, report = render_image(sample_timeline(), ExportOptions(format="pdf"))
    assert report.pages == 1 and len(_media_boxes(data)) == 1
    points = paper_points("a4")
    size = points.width() * PX_PER_PT, points.height() * PX_PER_PT
    few = pdf_pages(plan_content(_sourced(200, 2, 3), ExportOptions(format="pdf")), *size)
    assert few[-1].notes and not few[-1].notes_only
    many = pdf_pages(plan_content(busy, ExportOptions(format="pdf")), *size)
    assert many[-1].notes_only and len(many[-1].notes) > 0


def _eight_lanes(n: int = 60) -> Timeline:
    """``n`` events over three months between eight actors: busy lanes, many events a week."""
    import random

    from timeline_app.core.model import Event, Kind, Status

    rnd = random.Random(5)
    actors = [f"Country {c}" for c in "ABCDEFGH"]
    verbs = ["meets envoys of", "signs an accord with", "accuses", "sends aid to", "rejects a plan of"]
    events = []
    for i in range(n):
        a, b = rnd.sample(actors, 2)
        when = FuzzyDate(2025, rnd.choice([10, 11, 12]), rnd.randint(1, 28))
        title = f"{a} {rnd.choice(verbs)} {b} in round {i}"
        kind, status = rnd.choice(list(Kind)), rnd.choice(list(Status))
        events.append(Event(f"e{i}", title, when, actors=(a, b), kind=kind, status=status))
    timeline = Timeline(title="Eight lanes")
    timeline.replace_all("Eight lanes", [], events)
    return timeline


def test_a_printed_timeline_gives_every_event_its_title(app):
    """An export is read, not explored: a slice whose lanes need more rows than the paper
    holds takes more pages, whole lanes each, instead of "+N" marks."""
    import xml.etree.ElementTree as ET

    timeline = _eight_lanes()
    ids = {e.id for e in timeline.events}
    _, report = render_image(timeline, ExportOptions(format="pdf", lanes="actor"))
    assert report.hidden == 0 and report.clustered == 0 and not report.notes
    assert report.drawn_ids == ids
    drawn = [e for frame in report.frames for e in frame.events]
    assert all(e.label_width > 0 for e in drawn)
    lanes_per_page = [len(frame.lanes) for frame in report.frames]
    assert report.pages > 2 and max(lanes_per_page) < 8  # lanes dealt onto pages, whole
    data, svg = render_image(timeline, ExportOptions(format="svg", lanes="actor"))
    texts = " ".join("".join(t.itertext()) for t in ET.fromstring(data).iter() if t.tag.endswith("text"))
    assert all(e.title in texts for e in timeline.events) and svg.hidden == 0


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext (scripts/setup)")
def test_every_title_of_a_printed_timeline_is_text_in_the_pdf(app, tmp_path):
    timeline = _eight_lanes()
    data, report = render_image(timeline, ExportOptions(format="pdf", lanes="actor"))
    text = " ".join(_page_text(data, tmp_path, page) for page in range(1, report.pages + 1))
    words = " ".join(text.split())
    missing = [e.title for e in timeline.events if e.title not in words]
    assert not missing
