"""Image export: geometry and pixel checks on the exported files (no reference screenshots)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QImage

from tests.core.io.test_exchange import sample_timeline
from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.errors import InputError
from timeline_app.core.synthetic import synthetic_timeline
from timeline_app.gui.export import export as image_export
from timeline_app.gui.export.export import ExportOptions, check_raster_size, export_image, render_image
from timeline_app.gui.export.plan import plan_content
from timeline_app.gui.theme import Theme
from timeline_app.gui.view import painter as timeline_painter


@pytest.fixture
def app(qapp):
    return qapp


@pytest.fixture(scope="module")
def recent():
    """Events of the last year of a synthetic timeline: dense enough to cluster, small enough to be quick."""
    return synthetic_timeline(400, years=1, seed=3, articles=4)


def _png(data: bytes) -> QImage:
    image = QImage()
    assert image.loadFromData(QByteArray(data), "PNG")
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def _near(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) <= tolerance


def _count(image: QImage, rect: QRectF, colour: QColor, scale: float = 1.0, tolerance: int = 60) -> int:
    """Pixels of ``colour`` inside a logical ``rect``."""
    found = 0
    x0, y0 = int(rect.left() * scale), int(rect.top() * scale)
    x1, y1 = int(rect.right() * scale), int(rect.bottom() * scale)
    for y in range(max(y0, 0), min(y1, image.height())):
        for x in range(max(x0, 0), min(x1, image.width())):
            if _near(image.pixelColor(x, y), colour, tolerance):
                found += 1
    return found


def _chrome(timeline, options: ExportOptions, report):
    content = plan_content(timeline, options)
    page = content.single_page(options.width, options.height)
    return timeline_painter.chrome(content.layout, page.figure, content.paint), page


def test_png_has_title_lanes_and_metadata(app, recent):
    options = ExportOptions(lanes="kind", title="Crisis diplomacy", subtitle="One year")
    data, report = render_image(recent, options)
    image = _png(data)
    assert (image.width(), image.height()) == (report.width, report.height)
    assert image.text("Title") == "Crisis diplomacy"
    assert image.text("Software").startswith("timeline-app")
    assert "Source" in image.textKeys() and image.text("Source")
    chrome, page = _chrome(recent, options, report)
    theme = Theme.light()
    assert _count(image, chrome.title, theme.text) > 200  # the title's glyphs
    frame = report.frames[0]
    kinds = {e.kind for e in recent.events if e.when is not None}
    assert len(frame.lanes) == len(kinds)  # every lane on the page
    for box in frame.lanes:  # each lane header band is painted in the header colour
        header = QRectF(page.figure.left() + 2, box.y + 2, 8, box.height - 4)
        assert _count(image, header, theme.header, tolerance=12) > 0.9 * header.width() * header.height()


def test_fitted_export_draws_every_event_of_a_sparse_timeline(app):
    timeline = synthetic_timeline(60, years=1, seed=3)
    data, report = render_image(timeline, ExportOptions())
    assert report.hidden == 0
    frame = report.frames[0]
    dated = [e for e in timeline.events if e.when is not None]
    assert len(frame.events) + sum(c.count for c in frame.clusters) == len(dated)
    image = _png(data)
    background = Theme.light().background
    for drawn in frame.events:  # its mark and its label are painted where the geometry says
        mark = QRectF(drawn.x0 - 6, drawn.y + 2, 12, drawn.height - 4)
        label = QRectF(drawn.label_x, drawn.y, drawn.label_width, drawn.height)
        assert _count(image, mark, background, tolerance=30) < mark.width() * mark.height() - 8, drawn
        assert _count(image, label, background, tolerance=30) < label.width() * label.height() - 30, drawn


def test_dense_export_accounts_for_every_event(app, recent):
    """Each event is drawn, counted in a cluster, or counted as hidden in the density marks."""
    _data, report = render_image(recent, ExportOptions(lanes="actor"))
    frame = report.frames[0]
    items = sum(len(dict.fromkeys(e.actors)) or 1 for e in recent.events if e.when is not None)
    assert len(frame.events) + sum(c.count for c in frame.clusters) + report.hidden == items
    assert report.hidden < items * 0.1


def test_chosen_range_shows_only_its_events(app, recent):
    first = FuzzyDate.parse("2025-06").start_days
    last = FuzzyDate.parse("2025-07").end_days
    _data, report = render_image(recent, ExportOptions(first=first, last=last, lanes="none"))
    inside = {e.id for e in recent.events if e.when and e.when.end_days > first and e.when.start_days < last}
    assert report.frames[0].events or report.frames[0].clusters
    assert report.hidden == 0 or report.events + report.clustered > 0
    drawn = {e.id for e in plan_content(recent, ExportOptions(first=first, last=last)).events}
    assert drawn == inside


def test_scale_multiplies_pixels_and_stays_sharp(app):
    timeline = sample_timeline()
    one, r1 = render_image(timeline, ExportOptions(width=1000, height=500))
    three, r3 = render_image(timeline, ExportOptions(width=1000, height=500, scale=3))
    assert (r3.width, r3.height) == (3 * r1.width, 3 * r1.height)
    small, big = _png(one), _png(three)
    assert (
        big.dotsPerMeterX() == 3 * small.dotsPerMeterX()
        or abs(big.dotsPerMeterX() - 3 * small.dotsPerMeterX()) < 3
    )
    text = Theme.light().text
    options = ExportOptions(width=1000, height=500)
    chrome, _page = _chrome(timeline, options, r1)
    # Painted at 3x, the title has about 9x the solid pixels, not a blurred 1x picture.
    solid_small = _count(small, chrome.title, text, 1.0, tolerance=12)
    solid_big = _count(big, chrome.title, text, 3.0, tolerance=12)
    assert solid_big > 6 * solid_small > 0


def test_ten_thousand_pixels_wide_is_painted_at_full_resolution(app, recent):
    data, report = render_image(recent, ExportOptions(width=10000, height=700, lanes="none"))
    image = _png(data)
    assert image.width() == 10000
    frame = report.frames[0]
    # Grid lines are one device pixel wide across the whole width (vector painting, not an upscale).
    y = int(frame.lanes[0].y + frame.lanes[0].height - 4)
    row = [image.pixelColor(x, y) for x in range(image.width())]
    background = row[-5]
    runs, run = [], 0
    for colour in row[300:-300]:
        if not _near(colour, background, 6):
            run += 1
        elif run:
            runs.append(run)
            run = 0
    assert runs and max(runs) <= 40 and runs.count(1) >= 5


def test_transparent_and_dark_backgrounds(app):
    timeline = sample_timeline()
    clear = _png(render_image(timeline, ExportOptions(width=900, height=480, transparent=True))[0])
    assert clear.pixelColor(2, 2).alpha() == 0
    dark = _png(render_image(timeline, ExportOptions(width=900, height=480, theme="dark"))[0])
    assert dark.pixelColor(2, 2).lightness() < 60
    light = _png(render_image(timeline, ExportOptions(width=900, height=480))[0])
    assert light.pixelColor(2, 2).lightness() > 240


def test_svg_is_xml_with_titles_as_text(app):
    timeline = sample_timeline()
    data, _report = render_image(timeline, ExportOptions(format="svg", title="Geneva talks", subtitle="Sub"))
    root = ET.fromstring(data)
    assert root.tag.endswith("svg")
    texts = " ".join("".join(t.itertext()) for t in root.iter() if t.tag.endswith("text"))
    assert "Geneva talks" in texts and "Sub" in texts
    assert "The Daily Wire" in texts  # the numbered source notes
    recent = synthetic_timeline(30, years=0.2, seed=4)
    data, report = render_image(recent, ExportOptions(format="svg"))
    texts = " ".join("".join(t.itertext()) for t in ET.fromstring(data).iter() if t.tag.endswith("text"))
    assert report.drawn_ids  # every event drawn with a label has its title as SVG text
    assert all(recent.event(event_id).title in texts for event_id in report.drawn_ids)


def test_the_axis_of_an_export_stops_near_its_data(app):
    """The scale reaches past the last event to leave room for its label; the ticks do not:
    a chart of 1946-2000 has no "2010" on its axis (its labels are SVG text)."""
    from timeline_app.core.model import Event, Timeline

    years = [1946, 1962, 1971, 1985, 1993, 2000]
    events = [
        Event(f"e{y}", f"A rather long headline about what happened in the year {y}", FuzzyDate.parse(str(y)))
        for y in years
    ]
    timeline = Timeline(title="History")
    timeline.replace_all("History", [], events)
    data, _report = render_image(timeline, ExportOptions(format="svg", width=1000, height=400))
    texts = ["".join(t.itertext()).strip() for t in ET.fromstring(data).iter() if t.tag.endswith("text")]
    numbers = [int(t.rstrip("s")) for t in texts if re.fullmatch(r"\d{4}s?", t)]
    assert numbers and min(numbers) <= 1946 and max(numbers) >= 2000  # the data's years are there
    assert max(numbers) <= 2010


def test_colour_is_the_plover_class_and_the_legend_says_so(app):
    """Four class colours that colour-blind readers tell apart; the kinds of a class differ by
    marker; the legend names the classes and the publication-date mark."""
    from timeline_app.core.kind_classes import KIND_CLASSES
    from timeline_app.core.model import Article, Event, Kind, Source, Timeline

    theme = Theme.light()
    for kinds in KIND_CLASSES.values():
        assert len({theme.kind_colour(k).name() for k in kinds}) == 1
    class_colours = [theme.kind_colour(kinds[0]) for kinds in KIND_CLASSES.values()]
    assert len({c.name() for c in class_colours}) == len(class_colours)
    article = Article("a", "Talks", "Text.", FuzzyDate(2025, 3, 12))
    quote = (Source.from_article(article, 0, 5),)
    events = [
        Event("e1", "Ministers meet", FuzzyDate(2025, 3, 10), kind=Kind.CONSULT, sources=quote),
        Event("e2", "Ministers sign accord", FuzzyDate(2025, 3, 11), kind=Kind.AGREE, sources=quote),
        Event("e3", "Army shells town", FuzzyDate(2025, 3, 11), kind=Kind.ASSAULT, sources=quote),
    ]
    timeline = Timeline(title="Talks")
    timeline.replace_all("Talks", [article], events)
    data, _report = render_image(timeline, ExportOptions(format="svg", width=1400, height=400))
    texts = " ".join("".join(t.itertext()) for t in ET.fromstring(data).iter() if t.tag.endswith("text"))
    wanted = ("Verbal cooperation:", "Material conflict:", "Consult", "Agree", "Assault", "publication date")
    assert all(words in texts for words in wanted)
    assert "Verbal conflict:" not in texts  # only the classes on the picture


def test_a_year_event_shows_its_kind_by_its_marker_too(app):
    """Two kinds of one class (same colour) on a year-precision bracket still look different."""
    from timeline_app.core.model import Event, Kind, Timeline

    def picture(kind: Kind) -> QImage:
        timeline = Timeline(title="Year")
        timeline.add_events(
            [Event("e", "Ministers talk", FuzzyDate(2024, precision=Precision.YEAR), kind=kind)]
        )
        return _png(render_image(timeline, ExportOptions(width=700, height=260, legend=False))[0])

    consult, agree = picture(Kind.CONSULT), picture(Kind.AGREE)
    assert Theme.light().kind_colour(Kind.CONSULT) == Theme.light().kind_colour(Kind.AGREE)
    assert consult.size() == agree.size() and consult != agree


def test_density_marks_in_an_svg_are_shapes_not_a_picture(app):
    dense = synthetic_timeline(5000, years=10, seed=6)
    data, report = render_image(dense, ExportOptions(format="svg", width=1200, height=500, lanes="none"))
    root = ET.fromstring(data)
    assert report.hidden or report.clustered  # dense enough for density marks
    assert not [e for e in root.iter() if e.tag.endswith("image")]
    # One bar per occupied column, each half a column wide (the PNG's bars and gaps).
    assert len([e for e in root.iter() if e.tag.endswith(("path", "rect"))]) > 200


def test_pdf_has_pages_and_long_ranges_paginate(app):
    timeline = synthetic_timeline(3000, years=20, seed=5)
    short, one = render_image(sample_timeline(), ExportOptions(format="pdf"))
    assert short.startswith(b"%PDF") and one.pages == 1
    assert len(re.findall(rb"/Type\s*/Page\b", short)) == 1
    data, report = render_image(timeline, ExportOptions(format="pdf", lanes="kind"))
    assert data.startswith(b"%PDF")
    assert report.pages > 1
    assert b"/Font" in data  # text stays text (vector), not a picture of text
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == report.pages


def test_sizes_beyond_memory_or_qt_are_input_errors_before_allocating(app, monkeypatch):
    with pytest.raises(InputError, match="32767"):
        check_raster_size(40_000, 100)
    with pytest.raises(InputError, match="GB"):
        check_raster_size(20_000, 20_000, memory=2**30)
    check_raster_size(3840, 2160, memory=2**30)
    monkeypatch.setattr(image_export, "available_memory", lambda: 2**30)

    def no_allocation(*args):
        raise AssertionError("allocated an image")

    monkeypatch.setattr(image_export, "QImage", no_allocation)
    with pytest.raises(InputError, match="memory"):
        render_image(sample_timeline(), ExportOptions(width=16000, height=12000, scale=2))


def test_nothing_dated_is_an_input_error(app, tmp_path):
    timeline = sample_timeline()
    timeline.remove_events([e.id for e in timeline.events if e.when is not None])
    with pytest.raises(InputError, match="no dated event"):
        export_image(timeline, tmp_path / "x.png", ExportOptions())
    assert not (tmp_path / "x.png").exists()


def test_export_writes_the_file(app, tmp_path):
    out = tmp_path / "talks.png"
    report = export_image(sample_timeline(), out, ExportOptions(width=800, height=450))
    assert out.read_bytes().startswith(b"\x89PNG") and report.path == str(out)
