"""Looking at a ``.kam`` file before opening it for writing, and copying it safely.

Everything here reads the file (SQLite in read-only mode, or plain bytes) so that a file we
refuse — empty, truncated, another program's, or from a newer kamdesk — is left byte for
byte as it was.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path
from urllib.parse import quote

from kamdesk.store.errors import (
    NotAWorkspaceError,
    WorkspaceLockedError,
    WorkspaceMissingError,
    WorkspaceReadOnlyError,
)

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100


def check_file(path: Path) -> None:
    """Raise unless ``path`` holds a whole SQLite database (by its header and size)."""
    if not path.exists():
        raise WorkspaceMissingError(f"{path}: no such workspace")
    if path.is_dir():
        raise NotAWorkspaceError(f"{path} is a folder, not a kamdesk workspace")
    size = path.stat().st_size
    if size == 0:
        raise NotAWorkspaceError(f"{path} is empty: not a kamdesk workspace")
    try:
        with path.open("rb") as f:
            head = f.read(HEADER_SIZE)
    except PermissionError:
        raise WorkspaceReadOnlyError(f"{path} cannot be read: permission denied") from None
    if not head.startswith(SQLITE_HEADER):
        raise NotAWorkspaceError(f"{path} is not a kamdesk workspace (not a database file)")
    if len(head) < HEADER_SIZE:
        raise NotAWorkspaceError(f"{path} is truncated: the database header is incomplete")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise NotAWorkspaceError(f"{path} is damaged: its header is not valid")
    pages = int.from_bytes(head[28:32], "big")
    size_is_valid = head[24:28] == head[92:96]  # the header's page count is trustworthy
    if size % page_size or (size_is_valid and size < pages * page_size):
        raise NotAWorkspaceError(
            f"{path} is truncated: {size:,} bytes where the database needs "
            f"{pages * page_size:,}; restore it from a backup")


def read_only_uri(path: Path) -> str:
    return f"file:{quote(str(path.resolve()))}?mode=ro"


def read_meta(path: Path, timeout: float) -> dict[str, str] | None:
    """The kamdesk_meta table of a SQLite file, read-only; None when the file has none.

    Reading a WAL-mode file creates its -wal and -shm companions, which a read-only
    connection cannot remove; those this look created are removed again, so a refused file
    leaves nothing behind. (Had another program the file open, they would have existed.)
    """
    companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    existed = [c.exists() for c in companions]
    try:
        return _read_meta(path, timeout)
    finally:
        for companion, was_there in zip(companions, existed, strict=True):
            if not was_there:
                companion.unlink(missing_ok=True)


def _read_meta(path: Path, timeout: float) -> dict[str, str] | None:
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True, timeout=timeout)
    except sqlite3.Error as error:
        raise NotAWorkspaceError(f"{path} cannot be opened: {error}") from None
    try:
        names = {row[0] for row in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "kamdesk_meta" not in names:
            return None
        return {str(k): str(v) for k, v in con.execute("SELECT key, value FROM kamdesk_meta")}
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise WorkspaceLockedError(
                f"{path} is locked by another program; close it there and try again") from None
        raise NotAWorkspaceError(f"{path} is damaged or not a kamdesk workspace ({error})") \
            from None
    except sqlite3.DatabaseError as error:
        raise NotAWorkspaceError(f"{path} is damaged or not a kamdesk workspace ({error})") \
            from None
    finally:
        con.close()


def is_read_only(path: Path) -> bool:
    """True when the file or its folder forbids writing.

    Checked on the permission bits, not with os.access, which says yes to root even for a
    file marked read-only; a user who marked a workspace read-only means it for everybody.
    """
    mode = path.stat().st_mode
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return True
    return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def backup_copy(path: Path, label: str) -> Path:
    """A consistent copy of the database beside it (WAL content included); its path."""
    target = path.with_name(f"{path.stem}.{label}-backup{path.suffix or '.kam'}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.{label}-backup-{n}{path.suffix or '.kam'}")
    src = sqlite3.connect(read_only_uri(path), uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target
