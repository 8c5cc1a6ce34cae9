"""The painter on QImage, SVG and PDF devices: geometry and pixel checks, no reference images."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.layout import LaneMode, TimelineLayout
from timeline_app.core.model import Event, Kind, Status, Timeline
from timeline_app.core.synthetic import synthetic_timeline
from timeline_app.gui.theme import Theme
from timeline_app.gui.view.painter import PaintOptions, paint_timeline, render_image

W, H = 1200, 600
pytestmark = pytest.mark.usefixtures("qapp")  # fonts need a QGuiApplication


def make_timeline() -> Timeline:
    timeline = Timeline(title="Pixels")
    timeline.add_events(
        [
            Event(
                "c",
                "Confirmed talks",
                FuzzyDate.parse("2025-03-10"),
                kind=Kind.CONSULT,
                status=Status.CONFIRMED,
            ),
            Event(
                "p", "Planned summit", FuzzyDate.parse("2025-06-10"), kind=Kind.CONSULT, status=Status.PLANNED
            ),
            Event(
                "d", "Denied strike", FuzzyDate.parse("2025-09-10"), kind=Kind.ASSAULT, status=Status.DENIED
            ),
            Event("r", "Aid convoy", FuzzyDate.parse("2025-04-01/2025-05-15"), kind=Kind.AID),
            Event("u", "Undated remark", None, kind=Kind.STATEMENT),
        ]
    )
    return timeline


def same(a: QColor, b: QColor, tol: int = 6) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def paint(layout: TimelineLayout, theme: Theme, options: PaintOptions | None = None, dpr: float = 1.0):
    image = QImage(round(W * dpr), round(H * dpr), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(dpr)
    painter = QPainter(image)
    try:
        result = paint_timeline(painter, layout, QRectF(0, 0, W, H), theme, options)
    finally:
        painter.end()
    return image, result


def drawn(result, layout: TimelineLayout, event_id: str):
    return next(d for d in result.frame.events if layout.event(d.row).id == event_id)


def test_status_is_drawn_as_fill_and_outline() -> None:
    layout = TimelineLayout.of(make_timeline())
    theme = Theme.light()
    image, result = paint(layout, theme)
    consult = theme.kind_colour(Kind.CONSULT)
    c = drawn(result, layout, "c")
    assert same(image.pixelColor(round(c.x0), round(c.y + c.height / 2)), consult)  # confirmed: filled
    p = drawn(result, layout, "p")
    assert same(image.pixelColor(round(p.x0), round(p.y + p.height / 2)), theme.background)  # planned: hollow
    ring = [image.pixelColor(round(p.x0 + dx), round(p.y + p.height / 2)) for dx in (-5, 5)]
    assert any(same(px, consult, 40) for px in ring)
    d = drawn(result, layout, "d")
    mid = round(d.y + d.height / 2)
    end = min(d.label_x + d.label_width, result.scale.x0 + result.scale.width)
    strike = [image.pixelColor(x, mid) for x in range(round(d.x0) + 8, round(end))]
    assert sum(same(px, theme.muted, 50) for px in strike) > len(strike) * 0.6  # denied: struck through


def test_a_range_is_a_bar_from_start_to_end() -> None:
    layout = TimelineLayout.of(make_timeline())
    image, result = paint(layout, Theme.light())
    r = drawn(result, layout, "r")
    scale = result.scale
    assert r.x0 == pytest.approx(scale.x_of(FuzzyDate.parse("2025-04-01").start_days))
    assert r.x1 == pytest.approx(scale.x_of(FuzzyDate.parse("2025-05-15").end_days))
    theme = Theme.light()
    y = round(r.y + 3)  # above the label's text, inside the bar
    inside = [image.pixelColor(x, y) for x in range(round(r.x0) + 2, round(r.x1) - 2)]
    assert not any(same(px, theme.background, 2) for px in inside)
    after = [image.pixelColor(x, y) for x in range(round(r.x1) + 2, round(r.x1) + 10)]
    assert all(same(px, theme.background, 2) or same(px, theme.grid, 2) for px in after)
    stripe = image.pixelColor(round(r.x0) + 2, round(r.y + r.height / 2))
    assert same(stripe, theme.kind_colour(Kind.AID), 40)


def test_background_lanes_header_and_tray_use_the_theme() -> None:
    timeline = make_timeline()
    layout = TimelineLayout.of(timeline, LaneMode.KIND)
    for theme in (Theme.light(), Theme.dark_theme()):
        image, result = paint(layout, theme, PaintOptions(title="A title"))
        first = result.frame.lanes[0]
        assert same(image.pixelColor(W - 15, round(first.y + first.height - 8)), theme.background)
        assert same(image.pixelColor(5, round(first.y + first.height - 4)), theme.header)
        tray_y, tray_h = result.frame.tray
        assert same(image.pixelColor(W - 5, round(tray_y + tray_h / 2)), theme.tray)
        assert [layout.event(c.row).id for c in result.frame.chips] == ["u"]
    assert Theme.dark_theme().background.lightnessF() < 0.3


def test_selection_is_highlighted() -> None:
    layout = TimelineLayout.of(make_timeline())
    theme = Theme.light()
    plain, result = paint(layout, theme)
    chosen, _ = paint(layout, theme, PaintOptions(selection=frozenset({"p"})))
    p = drawn(result, layout, "p")
    probe = (round(p.right - 2), round(p.y + 3))
    assert same(plain.pixelColor(*probe), theme.background)
    assert not same(chosen.pixelColor(*probe), theme.background)


def test_hidpi_images_have_twice_the_pixels_in_the_same_places() -> None:
    layout = TimelineLayout.of(make_timeline())
    theme = Theme.light()
    image = render_image(layout, W, H, theme, device_pixel_ratio=2.0)
    assert image.size() == QSize(2 * W, 2 * H)
    _, result = paint(layout, theme)
    c = drawn(result, layout, "c")
    assert same(
        image.pixelColor(round(2 * c.x0), round(2 * (c.y + c.height / 2))), theme.kind_colour(Kind.CONSULT)
    )


def test_dense_timelines_show_clusters_with_counts() -> None:
    layout = TimelineLayout.of(synthetic_timeline(20000, years=20, seed=4), LaneMode.KIND)
    theme = Theme.light()
    image, result = paint(layout, theme)
    assert result.frame.clusters and result.frame.densities
    cl = next(c for c in result.frame.clusters if c.x > result.scale.x0)
    assert same(image.pixelColor(round(cl.x + 3), round(cl.y + 4)), theme.cluster, 10)
    stripe_y = round(cl.y + cl.height - 3.5)
    top_kind = cl.kinds[0][0]
    xs = range(round(cl.x + 5), round(cl.x + cl.width - 5))
    assert any(same(image.pixelColor(x, stripe_y), theme.kind_colour(list(Kind)[top_kind]), 30) for x in xs)


def test_svg_and_pdf_devices_take_the_same_call() -> None:
    layout = TimelineLayout.of(make_timeline())
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    svg = QSvgGenerator()
    svg.setOutputDevice(buffer)
    svg.setSize(QSize(W, H))
    svg.setViewBox(QRectF(0, 0, W, H))
    painter = QPainter(svg)
    result = paint_timeline(
        painter, layout, QRectF(0, 0, W, H), Theme.light(), PaintOptions(title="Exported")
    )
    painter.end()
    text = bytes(data.data()).decode("utf-8", "replace")
    assert "<svg" in text and "Exported" in text and "Confirmed talks" in text
    assert len(result.frame.events) == 4

    pdf_bytes = QByteArray()
    pdf_buffer = QBuffer(pdf_bytes)
    pdf_buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(pdf_buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    rect = QRectF(0, 0, writer.width(), writer.height())
    paint_timeline(painter, layout, rect, Theme.light(), PaintOptions(title="PDF"))
    painter.end()
    assert bytes(pdf_bytes.data()).startswith(b"%PDF")


def test_theme_follows_the_palette() -> None:
    from PySide6.QtGui import QPalette

    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#202124"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e8eaed"))
    dark = Theme.from_palette(palette)
    assert dark.dark and same(dark.background, QColor("#202124"))
    # Dark kind colours are lifted so that they stand out from a dark background.
    light = Theme.light()
    assert dark.kind_colour(Kind.MOBILIZE).lightnessF() > light.kind_colour(Kind.MOBILIZE).lightnessF()
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.Text, QColor("black"))
    assert not Theme.from_palette(palette).dark


def test_a_scroll_cue_shows_when_lanes_do_not_fit() -> None:
    layout = TimelineLayout.of(synthetic_timeline(3000, years=5, seed=2), LaneMode.ACTOR)
    theme = Theme.light()
    image, result = paint(layout, theme)
    assert result.frame.content_height > H
    x = W - 4
    column = [image.pixelColor(x, y) for y in range(round(result.chrome.body.top()), H - 40)]
    assert any(not same(px, theme.background, 20) and not same(px, theme.lane_alt, 20) for px in column)
    _, few = paint(TimelineLayout.of(make_timeline()), theme)
    assert few.frame.content_height <= few.chrome.body.height()  # nothing to scroll: no cue


def test_painting_off_the_gui_thread_leaves_the_text_cache_alone() -> None:
    import threading

    from timeline_app.gui.view import marks

    layout = TimelineLayout.of(synthetic_timeline(300, years=1, seed=8))
    marks._STATIC_TEXTS.clear()
    done: list[QImage] = []
    worker = threading.Thread(target=lambda: done.append(render_image(layout, W, H, Theme.light())))
    worker.start()
    worker.join()
    assert done and not done[0].isNull()
    assert not marks._STATIC_TEXTS  # the thread made its own texts
    render_image(layout, W, H, Theme.light())
    assert marks._STATIC_TEXTS  # the GUI thread caches them
