"""Atomic file writes: the old file survives any crash during a save.

The new content goes to a temporary file in the same folder, is flushed and
fsync'ed, then renamed over the target (an atomic step on POSIX and Windows),
and the folder is fsync'ed so the rename itself is durable.

Only a regular file (or a link to one) is ever replaced: a rename over a device
node, a fifo or a socket would replace it with a plain file (as root, ``-o
/dev/null`` would remove the machine's /dev/null). The target is checked before
the temporary file is written and again just before the rename.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import time
from pathlib import Path

from timeline_app.core.errors import InputError, printable

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the file system is read-only",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EISDIR: "it is a folder",
}


def describe_os_error(error: OSError) -> str:
    """A short reason for an OSError, without Python's decorations."""
    return _REASONS.get(error.errno or 0) or (error.strerror or str(error)).rstrip(".").lower()


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically; keep the existing file's permissions.

    Raises:
        InputError: the file could not be written (one-line reason); the old file,
            if any, is untouched and no temporary file is left behind.
    """
    name = Path(path).name
    target = Path(path)
    if target.is_symlink():  # replace the file the link points to, and keep the link
        target = Path(os.path.realpath(target))
    folder = target.parent if str(target.parent) else Path(".")
    tmp_name: str | None = None
    try:
        existing = _existing_regular_file(path)
        mode = existing.st_mode & 0o7777 if existing else _new_file_mode()
        remove_stale_temporaries(target)  # what a killed save of this file left behind
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp_name, mode)
        _existing_regular_file(path)  # again: it may have changed while we wrote
        os.replace(tmp_name, target)
        tmp_name = None
        _fsync_folder(folder)
    except OSError as error:
        raise InputError(f"cannot save {printable(name)}: {describe_os_error(error)}", path=None) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


_SPECIAL_KINDS = (
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a pipe (fifo)"),
    (stat.S_ISSOCK, "a socket"),
)


def check_output_path(path: str | os.PathLike[str]) -> None:
    """Refuse at once an output that is not a regular file, a link to one, or a new name.

    Raises:
        InputError: one line saying what the path is (a device, a fifo, a folder...).
    """
    try:
        _existing_regular_file(path)
    except OSError as error:
        raise InputError(
            f"cannot save {printable(Path(path).name)}: {describe_os_error(error)}", path=None
        ) from None


def _existing_regular_file(path: str | os.PathLike[str]) -> os.stat_result | None:
    """The status of the file ``path`` leads to (links followed: /dev/stdout is a link to a
    pipe or a terminal) if it is a regular file; None if there is no such file.

    Raises:
        InputError: it is a device, a fifo, a socket, or something else not a file.
        OSError: it is a folder (EISDIR), or cannot be looked at.
    """
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return None
    if stat.S_ISREG(status.st_mode):
        return status
    if stat.S_ISDIR(status.st_mode):
        raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path))
    what = next((words for test, words in _SPECIAL_KINDS if test(status.st_mode)), "something else")
    raise InputError(f"cannot save {printable(Path(path).name)}: it is {what}, not a regular file", path=None)


def atomic_write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """:func:`atomic_write_bytes` for text (newlines written as given)."""
    atomic_write_bytes(path, text.encode(encoding))


def _new_file_mode() -> int:
    """What open() would give a new file (0o666 less the umask); mkstemp gives 0o600,
    which would hide a new project from the rest of a shared folder's group."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o644  # the usual umask 022, where /proc is not there to ask


STALE_AFTER_SECONDS = 3600
"""A temporary that does not name its writer is stale once this old (a save is never that long)."""
DEAD_WRITER_GRACE_SECONDS = 30
"""A temporary whose writer is not running here is stale once this old: the writer may be a
process of another machine writing into a shared folder, whose file keeps changing."""


def remove_stale_temporaries(path: str | os.PathLike[str]) -> int:
    """Delete the temporaries that killed saves of ``path`` left in its folder; return how many.

    A temporary is named ``.NAME.PID-XXXX.tmp`` after the process writing it. It is stale when
    that process is no longer running, or when the process now bearing that pid started after
    the file was last written (the pid was reused), once it is :data:`DEAD_WRITER_GRACE_SECONDS`
    old; a temporary of this process is never touched. Names without a pid (and every name off
    POSIX, where os.kill cannot ask) are stale once :data:`STALE_AFTER_SECONDS` old.
    Called before every save, and when the window opens a project.
    """
    target = Path(os.path.realpath(path))  # a link's file is the one saved, next to itself
    folder = target.parent
    prefix, now, removed = f".{target.name}.", time.time(), 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not (entry.name.startswith(prefix) and entry.name.endswith(".tmp")):
            continue
        with contextlib.suppress(OSError):
            written = entry.stat(follow_symlinks=False).st_mtime
            pid_text, dash, _rest = entry.name[len(prefix) : -len(".tmp")].partition("-")
            if dash and pid_text.isdigit() and int(pid_text) > 0 and os.name == "posix":
                pid = int(pid_text)
                if pid == os.getpid() or now - written < DEAD_WRITER_GRACE_SECONDS:
                    continue
                started = _process_start(pid)
                if started is not None and started <= written:
                    continue  # its writer is still running
            elif now - written <= STALE_AFTER_SECONDS:
                continue
            os.unlink(entry.path)
            removed += 1
    return removed


def _process_start(pid: int) -> float | None:
    """When process ``pid`` started (seconds since the epoch), or None if it is not running.
    Where /proc cannot tell the start, a running process counts as started long ago."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except (PermissionError, OSError):  # running, as another user
        pass
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat_file:
            ticks = int(stat_file.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/stat", encoding="ascii") as system:
            boot = next(int(line.split()[1]) for line in system if line.startswith("btime "))
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return 0.0


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open folders; the rename is durable enough there
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
