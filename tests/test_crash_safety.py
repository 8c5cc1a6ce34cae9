"""Crash safety: kill -9 the writer at random moments; the file is always the old or the new version.

A child process saves two versions of a large project in turn, as fast as it can;
the parent kills it with SIGKILL at a random moment, then checks the file on disk.
The child writes the versions' bytes with atomic_write_bytes, which is what
save_project does after encoding (a pure step that touches no file), so nearly all
of its time is spent in the part that a kill can interrupt.
It must be byte for byte one of the two versions and load without warnings, never
a mixture or a truncated file. Rounds go on until at least 100 saves were made and
several kills landed in the middle of a save (a temporary file left behind shows it).

What this cannot show: a power cut. The data then depends on the fsync calls, which
atomic_write_bytes makes, but a killed process leaves the kernel's cache intact.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from timeline_app.core.io.project import load_project, save_project
from timeline_app.core.synthetic import synthetic_timeline

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

REPO = Path(__file__).resolve().parents[1]
CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from timeline_app.core.io.atomic import atomic_write_bytes
    target, versions = sys.argv[1], [Path(p).read_bytes() for p in sys.argv[2:]]
    print("ready", flush=True)
    n = 0
    while True:
        atomic_write_bytes(target, versions[n % 2])
        n += 1
        print(n, flush=True)
    """
)
MIN_SAVES = 100
MIN_MID_SAVE_KILLS = 5
MAX_ROUNDS = 80


def temporary_files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp")}


def test_kill_9_during_saves_leaves_the_old_or_the_new_file(tmp_path: Path) -> None:
    old, new = synthetic_timeline(6000, seed=1, articles=50), synthetic_timeline(6000, seed=2, articles=50)
    new.title = "the new version"
    for name, timeline in (("old.json", old), ("new.json", new)):
        save_project(timeline, tmp_path / name)
    versions = {(tmp_path / "old.json").read_bytes(), (tmp_path / "new.json").read_bytes()}
    assert len(versions) == 2 and min(map(len, versions)) > 1_000_000
    work = tmp_path / "work"
    work.mkdir()
    target = work / "project.json"
    target.write_bytes((tmp_path / "old.json").read_bytes())

    rnd = random.Random(8)
    saves = kills = mid_save = 0
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    sources = [str(tmp_path / "old.json"), str(tmp_path / "new.json")]
    for _round in range(MAX_ROUNDS):
        if saves >= MIN_SAVES and mid_save >= MIN_MID_SAVE_KILLS:
            break
        before = temporary_files(work)
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(target), *sources],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", child.stderr.read() if child.stderr else ""
        time.sleep(rnd.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL, err
        kills += 1
        saves += len(out.split())
        mid_save += bool(temporary_files(work) - before)

        on_disk = target.read_bytes()
        assert on_disk in versions, f"after kill {kills} the file is neither version ({len(on_disk)} bytes)"
        timeline, warnings = load_project(target)
        assert warnings == [] and len(timeline) == 6000

    print(f"{saves} saves, {kills} kills, {mid_save} during a write")
    assert saves >= MIN_SAVES, f"only {saves} saves in {kills} kills"
    assert mid_save >= MIN_MID_SAVE_KILLS, f"only {mid_save} of {kills} kills landed during a write"
