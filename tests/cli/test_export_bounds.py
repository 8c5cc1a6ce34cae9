"""What one export may cost (issue 15.3): an image export that would take more lanes or
memory than allowed is refused at once with one line; the cost is estimated with the
layout's own lane keys, before the layout is built."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.cli import main
from timeline_app.core.dates import FuzzyDate
from timeline_app.core.errors import InputError
from timeline_app.core.io.project import save_project
from timeline_app.core.layout import TimelineLayout
from timeline_app.core.model import Article, Event, Kind, Source, Timeline
from timeline_app.gui.export import export as image_export
from timeline_app.gui.export.budget import (
    BYTES_PER_PIXEL,
    MAX_IMAGE_LANES,
    ExportCost,
    check_export_cost,
    export_cost,
    memory_budget,
    process_memory,
)


def many_actor_lanes(folder: Path, lanes: int) -> Path:
    """Events of 200 actors each, every actor different: ``lanes`` lanes with --lanes actor."""
    timeline = Timeline(title="Crowded")
    timeline.add_events(
        Event(f"e{n}", f"Talks {n}", FuzzyDate(2025, 3, n % 28 + 1),
              actors=tuple(f"Envoy {n}-{k}" for k in range(min(200, lanes - n * 200))))
        for n in range((lanes + 199) // 200)
    )  # fmt: skip
    path = folder / "crowded.json"
    save_project(timeline, path)
    return path


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("timeline-app: ") and "internal error" not in lines[0]
    return lines[0]


@pytest.mark.parametrize("fmt", ["svg", "pdf", "png"])
def test_more_lanes_than_an_image_shows_is_refused_at_once(
    tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    project = many_actor_lanes(tmp_path, MAX_IMAGE_LANES + 1)
    out = tmp_path / f"out.{fmt}"
    started = time.perf_counter()
    assert main(["export", str(project), "-o", str(out), "--lanes", "actor"]) == 1
    assert time.perf_counter() - started < 20
    line = one_line(capsys)
    assert f"{MAX_IMAGE_LANES + 1:,} lanes" in line and f"at most {MAX_IMAGE_LANES:,}" in line
    assert not out.exists()


def test_the_same_events_in_few_lanes_are_exported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = many_actor_lanes(tmp_path, MAX_IMAGE_LANES + 1)
    out = tmp_path / "out.svg"
    assert main(["export", str(project), "-o", str(out), "--lanes", "kind"]) == 0
    assert out.stat().st_size > 0


def test_a_32767_pixel_square_png_is_refused_before_any_layout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.json"
    timeline = Timeline(title="Small")
    timeline.add_events([Event("e1", "Talks", FuzzyDate(2025, 3, 1))])
    save_project(timeline, project)

    def no_layout(*args: object, **kwargs: object) -> None:
        raise AssertionError("the size must be refused before the content is planned")

    monkeypatch.setattr(image_export, "plan_content", no_layout)
    out = tmp_path / "big.png"
    assert main(["export", str(project), "-o", str(out), "--width", "32767", "--height", "32767"]) == 1
    line = one_line(capsys)
    assert "32767 x 32767" in line and "GB of memory" in line
    assert not out.exists()


def test_check_raster_size_keeps_to_the_budget() -> None:
    image_export.check_raster_size(1000, 1000, memory=2**40, budget=1000 * 1000 * BYTES_PER_PIXEL)
    with pytest.raises(InputError, match="1001 x 1000 pixels"):
        image_export.check_raster_size(1001, 1000, memory=2**40, budget=1000 * 1000 * BYTES_PER_PIXEL)


def test_a_fitted_png_is_made_as_tall_as_the_budget_allows(monkeypatch: pytest.MonkeyPatch) -> None:
    """No height asked for: the fit is cut to the memory the export may use, not refused."""
    timeline = Timeline(title="Busy")
    timeline.add_events(
        Event(f"e{n}", f"Envoys meet for round {n}", FuzzyDate(2025, 3, 1 + n % 3), kind=list(Kind)[n % 17])
        for n in range(400)
    )
    options = image_export.ExportOptions(format="png", width=1300, lanes="kind")
    _data, fitted = image_export.render_image(timeline, options)
    assert fitted.height > 900
    budget = 1300 * 800 * BYTES_PER_PIXEL
    monkeypatch.setattr(image_export, "memory_budget", lambda limit: budget)
    _data, cut = image_export.render_image(timeline, options)
    assert 400 <= cut.height <= 800 and cut.width == fitted.width


def test_check_export_cost_refuses_what_the_budget_cannot_hold() -> None:
    cost = ExportCost(events=1000, lanes=3, lane_items=1000, title_chars=50_000)
    check_export_cost(cost, "actor", budget=cost.memory())
    with pytest.raises(InputError, match="MB of memory"):
        check_export_cost(cost, "actor", budget=cost.memory() - 1)
    assert cost.memory(pixels=10) == cost.memory() + 10 * BYTES_PER_PIXEL


def test_memory_budget_is_what_the_limit_leaves() -> None:
    held = process_memory()
    assert held > 10 * 2**20  # this interpreter, with Qt loaded
    assert memory_budget(None) is None
    assert 0 <= memory_budget(held + 2**30) - 2**30 <= 64 * 2**20  # type: ignore[operator]
    assert memory_budget(1) == 0


ARTICLES = [Article(f"a{n}", f"Story {n}", "Envoys met.", FuzzyDate(2025, 3, 1)) for n in range(3)]
names = st.sampled_from(["UN", "NATO", "Geneva", "Paris", "Putin", "Zelensky", "Ankara"])


@st.composite
def events(draw: st.DrawFn) -> list[Event]:
    count = draw(st.integers(0, 12))
    return [
        Event(f"e{n}", "Talks", draw(st.one_of(st.none(), st.just(FuzzyDate(2025, 3, 1 + n)))),
              actors=tuple(draw(st.lists(names, max_size=4))),
              places=tuple(draw(st.lists(names, max_size=2))),
              kind=draw(st.sampled_from(list(Kind))),
              sources=tuple(Source(a.id, 0, 6, "Envoys") for a in draw(st.lists(st.sampled_from(ARTICLES)))))
        for n in range(count)
    ]  # fmt: skip


@settings(max_examples=60, deadline=None)  # the first country lane loads the gazetteer
@given(events(), st.sampled_from(["none", "actor", "country", "kind", "article"]))
def test_the_estimate_counts_the_lanes_and_items_the_layout_makes(found: list[Event], mode: str) -> None:
    dated = [e for e in found if e.when is not None]
    cost = export_cost(dated, mode, ARTICLES)
    layout = TimelineLayout(dated, ARTICLES, mode)
    assert cost.lanes == len(layout.lanes)
    assert cost.lane_items == len(layout.item_row)
    assert cost.events == len(dated) and cost.title_chars == 5 * len(dated)


@pytest.mark.parametrize("fmt", ["svg", "pdf", "png"])
def test_a_title_past_the_bound_made_in_the_window_is_cut_before_painting(fmt: str) -> None:
    """The loaders cut long titles; one made in memory (typed, pasted) is cut by the export."""
    from timeline_app.core.io.limits import MAX_TITLE

    marker = "Q" * 50
    long_title = "Envoys meet " + "x" * (4 * 2**20) + marker  # 4 MB, the marker past the bound
    timeline = Timeline(title="Long " + "y" * (2 * 2**20))
    timeline.add_events(
        [Event("e1", long_title, FuzzyDate(2025, 3, 1)), Event("e2", "Talks", FuzzyDate(2025, 3, 5))]
    )
    options = image_export.ExportOptions(format=fmt, subtitle="z" * (2 * 2**20))
    data, report = image_export.render_image(timeline, options)
    assert report.in_range == 2
    assert len(data) < 2**20 and marker.encode() not in data
    assert MAX_TITLE < 10_000
