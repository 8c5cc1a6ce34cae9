"""Atomic saves: a failed save leaves the old file, no temporary file, and the timeline in memory."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.core.io.test_project import small_timeline
from timeline_app.core.errors import InputError
from timeline_app.core.io import atomic
from timeline_app.core.io.atomic import atomic_write_bytes, atomic_write_text
from timeline_app.core.io.project import load_project, project_bytes, save_project


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_writes_new_and_replaces_old(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    atomic_write_text(target, "first\n")
    atomic_write_bytes(target, b"second\n")
    assert target.read_bytes() == b"second\n"
    assert leftovers(tmp_path) == []


def test_keeps_the_permissions_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    target.chmod(0o640)
    atomic_write_text(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_new_file_gets_the_usual_permissions_not_mkstemps(tmp_path: Path) -> None:
    umask = os.umask(0o027)
    try:
        atomic_write_text(tmp_path / "new.txt", "x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o640


def test_relative_path_in_the_current_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    atomic_write_text("here.txt", "x")
    assert (tmp_path / "here.txt").read_text() == "x"


def saved_project(tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "project.json"
    save_project(small_timeline(), path)
    return path, path.read_bytes()


def check_failed_save(tmp_path: Path, path: Path, old: bytes, match: str) -> None:
    """The save fails with one line; the old file, the folder and the timeline are intact."""
    timeline = small_timeline()
    timeline.set_title("Edited, not yet saved")
    with pytest.raises(InputError, match=match) as info:
        save_project(timeline, path)
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"cannot save {path.name}: ")
    assert path.read_bytes() == old
    assert leftovers(path.parent) == []
    assert timeline.title == "Edited, not yet saved" and len(timeline) == 3
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(exist_ok=True)
    save_project(timeline, elsewhere / "copy.json")
    loaded = load_project(elsewhere / "copy.json")[0]
    assert project_bytes(loaded, elsewhere) == project_bytes(timeline, elsewhere)


class _FullDisk:
    """A file whose writes fail as on a full disk, after taking part of the data."""

    def __init__(self, real: object) -> None:
        self.real = real

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.real.close()  # type: ignore[attr-defined]

    def write(self, data: bytes) -> int:
        self.real.write(data[: len(data) // 2])  # type: ignore[attr-defined]
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name: str) -> object:
        return getattr(self.real, name)


def test_full_disk_while_writing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, old = saved_project(tmp_path)
    real_fdopen = os.fdopen

    def fdopen(fd: int, *args: object, **kwargs: object) -> object:
        stream = real_fdopen(fd, *args, **kwargs)  # type: ignore[call-overload]
        if os.path.dirname(os.path.realpath(f"/proc/self/fd/{fd}")) == str(path.parent.resolve()):
            return _FullDisk(stream)
        return stream

    monkeypatch.setattr(atomic.os, "fdopen", fdopen)
    check_failed_save(tmp_path, path, old, "the disk is full")


def test_full_disk_at_fsync(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, old = saved_project(tmp_path)
    real_fsync = os.fsync
    target_folder = str(path.parent.resolve())

    def no_space(fd: int) -> None:
        if os.path.realpath(f"/proc/self/fd/{fd}").startswith(target_folder + os.sep + "."):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", no_space)
    check_failed_save(tmp_path, path, old, "disk is full")


def test_read_only_folder_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root (CI containers) chmod does not stop writes, so the refusal is simulated."""
    path, old = saved_project(tmp_path)
    real_mkstemp = atomic.tempfile.mkstemp

    def refuse(*args: object, dir: str | os.PathLike[str] | None = None, **kwargs: object) -> tuple[int, str]:
        if dir is not None and Path(dir).resolve() == path.parent.resolve():
            raise PermissionError(errno.EACCES, "Permission denied", str(dir))
        return real_mkstemp(*args, dir=dir, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    check_failed_save(tmp_path, path, old, "permission denied")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_for_real(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path, old = saved_project(folder)
    folder.chmod(0o555)
    try:
        check_failed_save(tmp_path, path, old, "permission denied")
    finally:
        folder.chmod(0o755)


def test_rename_failure_removes_the_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, old = saved_project(tmp_path)

    real_replace = os.replace

    def refuse(src: str, dst: str) -> None:
        if Path(dst).parent.resolve() == path.parent.resolve():
            raise OSError(errno.EROFS, "Read-only file system")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", refuse)
    check_failed_save(tmp_path, path, old, "read-only")


def test_missing_folder_and_folder_as_target(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="folder does not exist"):
        save_project(small_timeline(), tmp_path / "nowhere" / "p.json")
    (tmp_path / "dir.json").mkdir()
    with pytest.raises(InputError, match=r"cannot save dir\.json: it is a folder"):
        save_project(small_timeline(), tmp_path / "dir.json")
    assert leftovers(tmp_path) == []


def test_project_bytes_do_not_depend_on_the_save(tmp_path: Path) -> None:
    _path, old = saved_project(tmp_path)
    assert old == project_bytes(small_timeline(), tmp_path)


def test_a_symlinked_project_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    atomic_write_text(link, "new")
    assert link.is_symlink() and real.read_text() == "new"


def test_temporaries_left_by_a_killed_save_are_removed_once_stale(tmp_path: Path) -> None:
    stale, fresh, other = (tmp_path / n for n in (".p.json.abc.tmp", ".p.json.def.tmp", ".q.json.abc.tmp"))
    for leftover in (stale, fresh, other):
        leftover.write_text("half a save")
    old = time.time() - atomic.STALE_AFTER_SECONDS - 60
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    atomic_write_text(tmp_path / "p.json", "{}")
    assert not stale.exists()
    assert fresh.exists() and other.exists()  # maybe a save in progress; another file's


# -- issue 15.1: never replace what is not a regular file ------------------------------------------


def make_char_device(folder: Path) -> Path:
    """A character device like /dev/null (1, 3), made in a temporary folder (root only)."""
    path = folder / "null"
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs root (CI runs as root)")
    return path


def make_fifo(folder: Path) -> Path:
    path = folder / "pipe"
    os.mkfifo(path)
    return path


def make_folder(folder: Path) -> Path:
    path = folder / "folder.json"
    path.mkdir()
    return path


SPECIAL = {"character device": make_char_device, "fifo": make_fifo, "folder": make_folder}


@pytest.mark.parametrize("kind", list(SPECIAL))
@pytest.mark.parametrize("through_link", [False, True])
def test_refuses_to_replace_what_is_not_a_regular_file(tmp_path: Path, kind: str, through_link: bool) -> None:
    special = SPECIAL[kind](tmp_path)
    before = os.lstat(special)
    target = special
    if through_link:
        target = tmp_path / "link.out"
        target.symlink_to(special)
    with pytest.raises(InputError) as info:
        atomic_write_bytes(target, b"data")
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"cannot save {target.name}: ")
    assert "not a regular file" in message or "it is a folder" in message
    after = os.lstat(special)
    assert stat.S_IFMT(after.st_mode) == stat.S_IFMT(before.st_mode) and after.st_ino == before.st_ino
    assert leftovers(tmp_path) == []
    if through_link:
        assert target.is_symlink()


def test_the_check_covers_the_window_before_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The target becomes a fifo while the temporary file is written: it is still not replaced."""
    target = tmp_path / "out.txt"
    target.write_text("old")
    real_fsync = os.fsync

    def swap_then_fsync(fd: int) -> None:
        if target.is_file():
            target.unlink()
            os.mkfifo(target)
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", swap_then_fsync)
    with pytest.raises(InputError, match="not a regular file"):
        atomic_write_bytes(target, b"new")
    assert stat.S_ISFIFO(os.lstat(target).st_mode)
    assert leftovers(tmp_path) == []


def test_a_link_to_a_regular_file_is_still_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("old")
    chain = tmp_path / "b.txt"
    chain.symlink_to(real)
    link = tmp_path / "a.txt"
    link.symlink_to(chain)
    atomic_write_text(link, "new")
    assert real.read_text() == "new" and link.is_symlink() and chain.is_symlink()


def dead_pid() -> int:
    """The pid of a process that has ended (made and reaped here)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_temporary_names_the_process_that_writes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names: list[str] = []
    real_replace = os.replace

    def spy(src: str, dst: object) -> None:
        names.append(Path(src).name)
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic.os, "replace", spy)
    atomic_write_text(tmp_path / "p.json", "{}")
    assert names and names[0].startswith(f".p.json.{os.getpid()}-") and names[0].endswith(".tmp")


def test_temporaries_of_a_dead_process_are_removed_at_the_next_save(tmp_path: Path) -> None:
    """A save killed a minute ago: its temporary goes at the next save, not an hour later;
    a running process's temporary (this one's) and another file's stay."""
    dead = tmp_path / f".p.json.{dead_pid()}-abc.tmp"
    alive = tmp_path / f".p.json.{os.getpid()}-def.tmp"
    other = tmp_path / f".q.json.{dead_pid()}-abc.tmp"
    for leftover in (dead, alive, other):
        leftover.write_text("half a save")
        minute_ago = time.time() - 2 * atomic.DEAD_WRITER_GRACE_SECONDS
        os.utime(leftover, (minute_ago, minute_ago))
    atomic_write_text(tmp_path / "p.json", "{}")
    assert not dead.exists()
    assert alive.exists() and other.exists()
