"""The lanes' scroll bar, kept in step with shift+wheel, arrow keys and vertical drags."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from timeline_app.core.synthetic import synthetic_timeline
from timeline_app.gui.view.timeline_view import TimelineView


@pytest.fixture
def view(qtbot) -> TimelineView:
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1000, 420)
    widget.set_timeline(synthetic_timeline(2000, years=4, seed=3))
    widget.set_lanes("actor")  # two dozen lanes: far more than 420 pixels
    with qtbot.waitExposed(widget):
        widget.show()
    widget.repaint()
    return widget


def shift_wheel(view: TimelineView, notches: int) -> None:
    pos = QPointF(500, 300)
    wheel = QWheelEvent(
        pos, view.mapToGlobal(pos), QPoint(0, 0), QPoint(0, 120 * notches), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ShiftModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(view, wheel)


def first_lane(view: TimelineView) -> int:
    view.repaint()
    return view.last_paint().frame.lanes[0].lane


def test_a_scroll_bar_shows_beside_lanes_that_do_not_fit(view: TimelineView) -> None:
    bar = view.scrollbar()
    assert bar.isVisible()
    frame = view.last_paint().frame
    assert bar.maximum() > 0 and bar.pageStep() < frame.content_height
    assert bar.geometry().right() == view.width() - 1  # at the right edge
    # The plot stops before the bar: nothing is painted under it.
    scale = view.scale()
    assert scale.x0 + scale.width + 8 <= bar.geometry().left() + 1
    view.set_lanes("none")
    assert not bar.isVisible()
    view.repaint()
    scale = view.scale()
    assert scale.x0 + scale.width + 8 > view.width() - 2  # the plot takes the room back


def test_the_bar_scrolls_the_lanes(view: TimelineView) -> None:
    bar = view.scrollbar()
    top = first_lane(view)
    bar.setValue(bar.maximum())
    assert view.lane_scroll() == bar.maximum()
    view.repaint()
    frame = view.last_paint().frame
    assert frame.scroll == bar.maximum()
    assert first_lane(view) > top
    assert frame.lanes[-1].lane == len(view.timeline_layout().lanes) - 1  # the last lane is reached


def test_wheel_keys_and_drags_move_the_bar(view: TimelineView, qtbot) -> None:
    bar = view.scrollbar()
    shift_wheel(view, -2)  # down
    after_wheel = bar.value()
    assert after_wheel > 0 and view.lane_scroll() == after_wheel
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert bar.value() > after_wheel and view.lane_scroll() == bar.value()
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert bar.value() == after_wheel
    shift_wheel(view, 50)  # far up: clamped at the top
    assert bar.value() == 0 and view.lane_scroll() == 0
    # A drag upwards on empty space scrolls down, as a hand pushes paper.
    view.repaint()
    frame = view.last_paint().frame
    box = frame.lanes[0]
    start = next(
        QPoint(x, round(box.y + box.height - 8))
        for x in range(round(view.scale().x0) + 5, 900, 5)
        if (h := frame.hit(x, box.y + box.height - 8)) is not None and h.what == "lane"
    )
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, start - QPoint(0, 60))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start - QPoint(0, 60))
    assert bar.value() == 60 and view.lane_scroll() == 60


def test_the_bar_follows_a_resize(view: TimelineView) -> None:
    bar = view.scrollbar()
    before = bar.maximum()
    view.resize(1000, 600)
    assert bar.maximum() < before
    view.resize(1000, 5000)  # every lane fits
    assert not bar.isVisible() and view.lane_scroll() == 0


def test_the_strip_above_the_bar_is_painted_with_the_background(view: TimelineView) -> None:
    """The axis rows above the bar are outside the painter's rect; they must not show garbage."""
    bar = view.scrollbar()
    assert bar.isVisible() and bar.geometry().top() > 4
    image = view.grab().toImage()
    ratio = image.devicePixelRatio()
    x = round((bar.geometry().left() + bar.geometry().width() // 2) * ratio)
    y = round((bar.geometry().top() // 2) * ratio)
    assert image.pixelColor(x, y).rgb() == view.theme().background.rgb()
