"""The publication marks on the axis: one mark per day however many articles share it, marks
closer than a pixel drawn as one shape, the dotted lines only for a few articles."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from timeline_app.gui.theme import Theme
from timeline_app.gui.view.axis import paint_publications

AXIS_BOTTOM = 60.0


class CountingPainter(QPainter):
    """A painter that counts the shapes and lines it is asked to draw."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.polygons: list[list] = []
        self.lines = 0

    def drawPolygon(self, points, *args) -> None:
        self.polygons.append(list(points))
        super().drawPolygon(points, *args)

    def drawLines(self, lines, *args) -> None:
        self.lines += len(lines)
        super().drawLines(lines, *args)


def paint(xs: list[float]) -> tuple[QImage, CountingPainter]:
    image = QImage(800, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    frame = SimpleNamespace(publications=[(x, f"a{i}") for i, x in enumerate(xs)], tray=None)
    chrome = SimpleNamespace(
        body=QRectF(0, AXIS_BOTTOM, 800, 240), plot_x0=50.0, plot_width=700.0, axis=QRectF(0, 20, 800, 40)
    )
    painter = CountingPainter(image)
    paint_publications(painter, frame, chrome, Theme.light())  # type: ignore[arg-type]
    painter.end()
    return image, painter


def coloured(image: QImage, x: float, y: float) -> bool:
    return image.pixelColor(int(x), int(y)) != QColor("white")


def test_articles_of_the_same_day_share_one_mark():
    days = [100.0, 300.0, 500.0]
    image, painter = paint([x for x in days for _ in range(2000)])
    assert len(painter.polygons) == 3
    assert painter.lines == 0  # 6,000 articles: no dotted lines
    for x in days:
        assert coloured(image, x, AXIS_BOTTOM - 3)  # the triangle above the axis line
    assert not coloured(image, 200, AXIS_BOTTOM - 3)


def test_marks_closer_than_a_pixel_are_one_shape_covering_them_all():
    xs = [200 + 0.25 * i for i in range(400)]  # 100 px of marks a quarter pixel apart
    image, painter = paint(xs)
    assert len(painter.polygons) == 1
    (shape,) = painter.polygons
    assert min(p.x() for p in shape) == 200 - 5 and max(p.x() for p in shape) == xs[-1] + 5
    for x in (200, 250, xs[-1]):
        assert coloured(image, x, AXIS_BOTTOM - 3)
    assert not coloured(image, 350, AXIS_BOTTOM - 3)


def test_a_few_articles_keep_their_dotted_lines():
    image, painter = paint([100.0, 100.0, 400.0])
    assert painter.lines == 3 and len(painter.polygons) == 2
    assert any(coloured(image, 400, y) for y in range(100, 110))  # a dot of the line down the plot
