"""Creating a ``.kam`` file atomically: built aside under a private name, then linked in.

A crash (or a full disk, or a kill) while a workspace is being written therefore leaves
either nothing or a whole workspace at the name the user gave, never a half-written file
that every later start refuses. The private names are swept on the next creation once the
process that owned them is gone.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
from collections.abc import Callable
from pathlib import Path

from kamdesk.store import sqlite_file
from kamdesk.store.errors import (
    NotAWorkspaceError,
    WorkspaceError,
    WorkspaceMissingError,
)

SUFFIX = ".creating"
_COMPANIONS = ("", "-wal", "-shm", "-journal")


def build_aside(path: Path, make: Callable[[Path], None], *, replace: bool = False,
                empty_too: bool = False) -> Path | None:
    """Write a new workspace with ``make(private_path)`` and put it at ``path`` whole.

    ``replace``: a broken leftover at ``path`` (see ``is_leftover``) is moved aside first (its
    new name is returned) or, when it holds nothing at all, removed. Otherwise an existing
    ``path`` raises FileExistsError (another process may just have created it).
    """
    folder = path.parent
    if not folder.is_dir():
        raise WorkspaceMissingError(f"{folder}: no such folder")
    _sweep(path)
    if os.path.lexists(path) and not (replace and is_leftover(path, empty_too=empty_too)):
        raise FileExistsError(str(path))  # before the work of building, not after
    temp = folder / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}{SUFFIX}"
    try:
        make(temp)
        _settle(temp)
        moved = None
        if os.path.lexists(path):
            if not replace or not is_leftover(path, empty_too=empty_too):
                raise FileExistsError(str(path))
            moved = _move_aside(path)
        _link(temp, path)
        _fsync_folder(folder)
        return moved
    finally:
        for suffix in _COMPANIONS:
            with contextlib.suppress(OSError):
                os.unlink(f"{temp}{suffix}")


def is_leftover(path: Path, *, empty_too: bool = False) -> bool:
    """A file that a killed creation leaves behind: empty, or refused as truncated/damaged,
    or a database with no tables at all; with ``empty_too`` also a workspace without
    accounts (what ``sample`` may fill). A workspace holding accounts is never one."""
    try:
        sqlite_file.check_file(path)
        facts = sqlite_file.read_meta(path, 1.0)
    except NotAWorkspaceError as error:
        text = str(error)
        return any(w in text for w in ("is empty", "truncated", "damaged"))
    except WorkspaceError:
        return False
    if facts.meta is None:
        return not facts.objects
    return empty_too and _no_accounts(path)


def _no_accounts(path: Path) -> bool:
    uri = sqlite_file.read_only_uri(path)
    if sqlite_file.unwritten(path):
        uri += "&immutable=1"  # leaves no companions beside a file we may not keep
    con = sqlite3.connect(uri, uri=True)
    try:
        return bool(con.execute("SELECT count(*) FROM accounts").fetchone()[0] == 0)
    except sqlite3.Error:
        return False
    finally:
        con.close()


def _settle(temp: Path) -> None:
    """Fold the log into the file and flush it, so the one file is the whole workspace.
    Without a log beside it (its last connection folded it in and removed it on closing,
    as SQLite does) there is nothing to fold: no connection is opened for nothing."""
    if any(Path(f"{temp}{suffix}").exists() for suffix in ("-wal", "-journal")):
        con = sqlite3.connect(temp, isolation_level=None)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
    for suffix in ("-wal", "-journal"):
        log = Path(f"{temp}{suffix}")
        if log.exists() and log.stat().st_size > 0:
            raise WorkspaceError(f"{temp}: the new workspace could not be completed")
    fd = os.open(temp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _link(temp: Path, path: Path) -> None:
    """Give the finished file its name without ever overwriting one that appeared meanwhile."""
    try:
        os.link(temp, path)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links
        if os.path.lexists(path):
            raise FileExistsError(str(path)) from None
        os.rename(temp, path)


def _move_aside(path: Path) -> Path | None:
    if path.is_file() and path.stat().st_size == 0:
        path.unlink()
        return None
    n = 1
    target = path.with_name(f"{path.stem}.broken{path.suffix}")
    while os.path.lexists(target):
        n += 1
        target = path.with_name(f"{path.stem}.broken-{n}{path.suffix}")
    os.rename(path, target)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(OSError):
            os.rename(f"{path}{suffix}", f"{target}{suffix}")
    return target


def _sweep(path: Path) -> None:
    """Remove private files of earlier creations whose process no longer runs."""
    prefix = f".{path.name}."
    for entry in path.parent.glob(f"{prefix}*{SUFFIX}"):
        pid_text = entry.name[len(prefix):].split(".")[0]
        if not pid_text.isdigit() or _alive(int(pid_text)):
            continue
        for suffix in _COMPANIONS:
            with contextlib.suppress(OSError):
                os.unlink(f"{entry}{suffix}")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not possible on every platform
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
