"""The timeline widget driven like a user: wheel, drags, clicks, keys, menu (qtbot)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.layout import FrameMetrics
from timeline_app.core.layout.stack_cache import ZOOM_LEVELS
from timeline_app.core.model import Article, Event, Kind, Source, Status, Timeline
from timeline_app.gui.view.timeline_view import TimelineView, snap_date, tooltip_html


def make_timeline() -> Timeline:
    timeline = Timeline(title="View")
    timeline.add_article(
        Article("a1", "Talks article", "Ministers met on Monday in Geneva.", FuzzyDate.parse("2025-11-20"))
    )
    src = Source("a1", 0, 33, "Ministers met on Monday in Geneva.")
    timeline.add_events(
        [
            Event("m", "Ministers meet", FuzzyDate.parse("2025-11-17"), actors=("Norland", "Sudria"),
                  sources=(src,), expression="on Monday", kind=Kind.CONSULT),
            Event("s", "Summit planned", FuzzyDate.parse("2025-12-15"), actors=("Sudria",),
                  status=Status.PLANNED),
            Event("y", "Border tension", FuzzyDate.parse("2025-10"), actors=("Norland",),
                  kind=Kind.THREATEN),
            Event("u", "Undated claim", None, actors=("Norland",)),
        ]
    )  # fmt: skip
    return timeline


@pytest.fixture
def view(qtbot) -> TimelineView:
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.set_timeline(make_timeline())
    with qtbot.waitExposed(widget):
        widget.show()
    widget.repaint()
    return widget


def centre_of(view: TimelineView, event_id: str) -> QPoint:
    view.repaint()
    result = view.last_paint()
    d = next(d for d in result.frame.events if view.timeline_layout().event(d.row).id == event_id)
    x = d.x0 if d.shape == 0 else (d.x0 + d.x1) / 2
    return QPoint(round(x), round(d.y + d.height / 2))


def empty_point(view: TimelineView) -> QPoint:
    view.repaint()
    frame = view.last_paint().frame
    box = frame.lanes[0]
    for x in range(int(view.scale().x0) + 5, view.width() - 10, 7):
        for y in (box.y + box.height - 12, box.y + 8):
            if frame.hit(x, y) is not None and frame.hit(x, y).what == "lane":
                return QPoint(x, round(y))
    raise AssertionError("no empty space")


def send_mouse(
    view, kind, pos: QPoint, buttons=Qt.MouseButton.LeftButton, mods=Qt.KeyboardModifier.NoModifier
):
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    held = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else buttons
    event = QMouseEvent(kind, QPointF(pos), view.mapToGlobal(QPointF(pos)), button, held, mods)
    QApplication.sendEvent(view, event)


def drag(view, start: QPoint, end: QPoint, mods=Qt.KeyboardModifier.NoModifier) -> None:
    send_mouse(view, QEvent.Type.MouseButtonPress, start, mods=mods)
    mid = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    send_mouse(view, QEvent.Type.MouseMove, mid, mods=mods)
    send_mouse(view, QEvent.Type.MouseMove, end, mods=mods)
    send_mouse(view, QEvent.Type.MouseButtonRelease, end, mods=mods)


def test_wheel_zooms_about_the_cursor(view: TimelineView) -> None:
    x = 700.0
    before = view.scale()
    t = before.days_at(x)
    pos = QPointF(x, 300)
    wheel = QWheelEvent(
        pos, view.mapToGlobal(pos), QPoint(0, 0), QPoint(0, 240), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(view, wheel)
    after = view.scale()
    assert after.span < before.span * 0.7
    assert after.days_at(x) == pytest.approx(t, abs=before.days_per_px * 1e-6)


def test_drag_on_empty_space_pans(view: TimelineView) -> None:
    start = empty_point(view)
    before = view.scale()
    drag(view, start, start + QPoint(120, 0))
    assert view.scale().start == pytest.approx(before.start - 120 * before.days_per_px)
    assert view.selected_ids() == []


def test_click_selects_and_ctrl_click_adds(view: TimelineView, qtbot) -> None:
    with qtbot.waitSignal(view.selectionChanged) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre_of(view, "m"))
    assert blocker.args == [["m"]]
    with qtbot.waitSignal(view.selectionChanged) as blocker:
        qtbot.mouseClick(
            view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, centre_of(view, "s")
        )
    assert blocker.args == [["m", "s"]]
    with qtbot.waitSignal(view.selectionChanged) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=empty_point(view))
    assert blocker.args == [[]]


def test_an_event_in_two_lanes_is_selected_in_both(view: TimelineView, qtbot) -> None:
    view.set_lanes("actor")
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre_of(view, "m"))
    view.repaint()
    frame = view.last_paint().frame
    assert len(frame.events_of_row(view.timeline_layout().row_of("m"))) == 2
    assert view.selected_ids() == ["m"]


def test_double_click_edits_an_event_and_zooms_on_empty_space(view: TimelineView, qtbot) -> None:
    with qtbot.waitSignal(view.editRequested) as blocker:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=centre_of(view, "s"))
    assert blocker.args == ["s"]
    span = view.scale().span
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=empty_point(view))
    assert view.scale().span == pytest.approx(span / 2)


def test_dragging_an_event_asks_for_a_snapped_date_and_leaves_the_timeline_alone(
    view: TimelineView, qtbot
) -> None:
    timeline = view._timeline
    start = centre_of(view, "m")
    days = 10
    dx = round(days / view.scale().days_per_px)
    with qtbot.waitSignal(view.eventDateChanged) as blocker:
        drag(view, start, start + QPoint(dx, 0))
    event_id, when = blocker.args
    assert event_id == "m" and when.precision is Precision.DAY
    assert abs(when.start_days - (FuzzyDate.parse("2025-11-17").start_days + days)) <= 1
    assert timeline.event("m").when == FuzzyDate.parse("2025-11-17")


def test_keys_zoom_pan_and_fit(view: TimelineView, qtbot) -> None:
    fit = view.scale()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.scale().span < fit.span
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.scale().span > fit.span
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.scale().start == pytest.approx(fit.start) and view.scale().span == pytest.approx(fit.span)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.scale().start > fit.start
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.scale().start == pytest.approx(fit.start - 0.9 * fit.span)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.scale().start == pytest.approx(fit.start)


def test_shift_drag_zooms_to_the_range(view: TimelineView) -> None:
    a = empty_point(view)
    b = a + QPoint(200, 0)
    s = view.scale()
    first, last = s.days_at(a.x()), s.days_at(b.x())
    drag(view, a, b, Qt.KeyboardModifier.ShiftModifier)
    shown = view.visible_range()
    assert shown[0] == pytest.approx(first, abs=s.days_per_px) and shown[1] == pytest.approx(
        last, abs=s.days_per_px
    )


def test_context_menu_emits_an_action(view: TimelineView, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(view, "_exec_menu", lambda menu, pos: "confirm")
    pos = centre_of(view, "s")
    with qtbot.waitSignal(view.actionRequested) as blocker:
        from PySide6.QtGui import QContextMenuEvent

        QApplication.sendEvent(
            view, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.mapToGlobal(pos))
        )
    assert blocker.args == ["confirm", ["s"]]


def test_the_view_follows_timeline_changes(view: TimelineView, qtbot) -> None:
    timeline = view._timeline
    before = centre_of(view, "m")
    timeline.update_event(timeline.event("m").with_changes(when=FuzzyDate.parse("2025-11-27")))
    after = centre_of(view, "m")
    assert after.x() > before.x()
    view.select(["m"])
    with qtbot.waitSignal(view.selectionChanged) as blocker:
        timeline.remove_event("m")
    assert blocker.args == [[]]


def test_filter_fit_to_and_select(view: TimelineView) -> None:
    view.set_filter({"s"})
    view.repaint()
    assert {view.timeline_layout().event(d.row).id for d in view.last_paint().frame.events} == {"s"}
    view.set_filter(None)
    view.fit_to(["y"])
    first, last = view.visible_range()
    assert first < FuzzyDate.parse("2025-10").start_days and last > FuzzyDate.parse("2025-10").end_days
    assert last - first < 60
    view.select(["s", "nope"])
    assert view.selected_ids() == ["s"]


def test_tooltip_tells_the_date_expression_actors_status_and_quote() -> None:
    timeline = make_timeline()
    text = tooltip_html(timeline.event("m"), timeline)
    for part in ("Ministers meet", "on Monday", "17 Nov 2025", "2025-11-17", "Norland, Sudria", "reported",
                 "Ministers met on Monday in Geneva.", "Talks article"):  # fmt: skip
        assert part in text


def test_snapping_keeps_precision_and_moves_ranges_whole() -> None:
    month = FuzzyDate.parse("2025-10")
    assert snap_date(month, 20) == FuzzyDate.parse("2025-11")
    assert snap_date(month, 10) == month
    rng = FuzzyDate.parse("2025-01-01/2025-01-10")
    moved = snap_date(rng, 3.2)
    assert moved.iso() == "2025-01-04/2025-01-13"


def test_tooltips_for_clusters_and_publication_marks(view: TimelineView) -> None:
    view.repaint()
    result = view.last_paint()
    x, _article = result.frame.publications[0]
    text = view.tooltip_at(QPointF(x, result.chrome.axis.bottom() - 3))
    assert "Talks article" in text and "20 Nov 2025" in text
    assert view.tooltip_at(QPointF(centre_of(view, "m"))).startswith("<p")
    assert view.tooltip_at(QPointF(empty_point(view))) == ""


def test_pinch_zooms_about_the_fingers(view: TimelineView) -> None:
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice

    before = view.scale()
    pos = QPointF(600, 300)
    t = before.days_at(600)
    pinch = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture, QPointingDevice.primaryPointingDevice(), 2,
        pos, pos, view.mapToGlobal(pos), 0.5, QPointF(0, 0),
    )  # fmt: skip
    QApplication.sendEvent(view, pinch)
    after = view.scale()
    assert after.span == pytest.approx(before.span / 1.5)
    assert after.days_at(600) == pytest.approx(t, abs=before.days_per_px * 1e-6)


def test_an_empty_or_missing_timeline_paints(qtbot) -> None:
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(600, 300)
    widget.set_timeline(Timeline())
    with qtbot.waitExposed(widget):
        widget.show()
    widget.repaint()
    assert widget.last_paint().frame.events == []
    widget.set_timeline(None)
    widget.repaint()
    assert widget.visible_range()[0] < widget.visible_range()[1]


def test_country_lanes_use_the_gazetteer(view: TimelineView) -> None:
    timeline = Timeline()
    timeline.add_events(
        [
            Event("k", "Strike on the capital", FuzzyDate.parse("2025-11-25"), places=("Kyiv",)),
            Event("g", "Talks", FuzzyDate.parse("2025-11-23"), actors=("Russia",), places=("Geneva",)),
        ]
    )
    view.set_timeline(timeline)
    view.set_lanes("country")
    titles = [lane.title for lane in view.timeline_layout().lanes]
    assert set(titles) == {"Ukraine", "Russia", "Switzerland"}


def test_hover_repaints_reuse_the_frame_until_something_changes(view: TimelineView) -> None:
    view.repaint()
    first = view.last_paint().frame
    view.select(["s"])
    view.repaint()
    assert view.last_paint().frame is first  # selection only: the same geometry
    view._timeline.update_event(view._timeline.event("s").with_changes(title="Summit moved"))
    view.repaint()
    assert view.last_paint().frame is not first
    again = view.last_paint().frame
    view.zoom_by(1.5)
    view.repaint()
    assert view.last_paint().frame is not again


def test_a_few_events_get_long_labels(view: TimelineView) -> None:
    timeline = view._timeline
    long_title = "Ministers meet in Geneva to discuss the twenty-eight point plan and its annexes"
    timeline.update_event(timeline.event("m").with_changes(title=long_title))
    view.repaint()
    d = next(d for d in view.last_paint().frame.events if view.timeline_layout().event(d.row).id == "m")
    assert d.label_width > FrameMetrics().label_max_width  # more than a crowded view allows
    assert d.label_width <= view.options.metrics.label_max_width


def test_a_dropped_zoom_level_is_freed_after_its_frame(view: TimelineView, qtbot) -> None:
    stacks = view.timeline_layout().stacks
    for _ in range(ZOOM_LEVELS + 2):  # more zoom levels than are kept: each step past them drops one
        view.zoom_by(1.25, 400.0)
        view.repaint()
    assert stacks.retired and len(stacks.levels) == ZOOM_LEVELS  # kept for the frame, not freed in it
    qtbot.waitUntil(lambda: not stacks.retired)  # freed once the event loop is idle
    view.repaint()  # the kept zoom levels still paint
    assert view.last_paint() is not None and view.last_paint().frame.lanes


def test_a_first_look_leaves_out_far_background_days_and_fit_all_shows_them(qtbot) -> None:
    timeline = Timeline(title="Crisis")
    days = [FuzzyDate(2031, 5, d) for d in range(1, 29)]
    events = [Event(f"e{i}", f"Talks round {i}", day, actors=("Norland",)) for i, day in enumerate(days)]
    events.append(Event("old", "Kingdom founded", FuzzyDate(1300, precision=Precision.YEAR)))
    timeline.add_events(events)
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.set_timeline(timeline)
    first, last = widget.visible_range()
    assert last - first < 200  # the month of the crisis, not seven centuries
    assert widget.fit_dense() == 1
    widget.fit_all()
    first_all, last_all = widget.visible_range()
    assert first_all < FuzzyDate(1301, precision=Precision.YEAR).start_days < last_all
