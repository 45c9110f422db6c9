"""Looking at a ``.kam`` file before opening it for writing, and copying it safely.

Everything here reads the file (SQLite in read-only mode, or plain bytes) so that a file we
refuse — empty, truncated, another program's, or from a newer kamdesk — is left byte for
byte as it was.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from kamdesk.store import history, schema
from kamdesk.store.errors import (
    NotAWorkspaceError,
    WorkspaceFullError,
    WorkspaceLockedError,
    WorkspaceMissingError,
    WorkspaceReadOnlyError,
)

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100


def check_file(path: Path) -> None:
    """Raise unless ``path`` holds a whole SQLite database (by its header and size).

    A write cut short in rollback mode is rolled back first (``roll_back_cut_write``). A
    file shorter than its header says is called truncated only when no write-ahead log
    is beside it: with a log, the missing pages may be in it (a checkpoint under way in
    another process, or one cut short by a full disk) and SQLite itself recovers them.
    """
    if not path.exists():
        raise WorkspaceMissingError(f"{path}: no such workspace")
    if path.is_dir():
        raise NotAWorkspaceError(f"{path} is a folder, not a kamdesk workspace")
    roll_back_cut_write(path)
    for attempt in range(2):
        size, pages, page_size = _header_facts(path)
        short = size % page_size or (pages is not None and size < pages * page_size)
        if not short or _has_log(path):
            return
        if attempt == 0:
            time.sleep(0.05)  # a checkpoint that just ended has extended the file by now
    raise NotAWorkspaceError(
        f"{path} is truncated: {size:,} bytes where the database needs "
        f"{(pages or 0) * page_size:,}; restore it from a backup")


def roll_back_cut_write(path: Path) -> None:
    """A rollback journal beside the file is what a write in rollback mode (store/
    bulk_journal) leaves when it is killed: the file may hold half of that write. Only a
    connection that may write rolls it back (a read-only one refuses to read the file), so
    one does that here, as SQLite would on any writing open, before the file is looked at:
    it is then exactly as before the write. Nothing for a file we may not write, nor for
    one that is not an SQLite database."""
    if not companion(path, "-journal").exists() or is_read_only(path):
        return
    with path.open("rb") as f:
        if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return
    with contextlib.suppress(sqlite3.Error):  # a locked or damaged file: said later
        con = sqlite3.connect(path, timeout=5.0)
        try:
            con.execute("PRAGMA trusted_schema = OFF")
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()


def _has_log(path: Path) -> bool:
    """A write-ahead log, or a rollback journal (another process's large write under way,
    store/bulk_journal, whose commit extends the file after its header)."""
    if companion(path, "-journal").exists():
        return True
    wal = companion(path, "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _header_facts(path: Path) -> tuple[int, int | None, int]:
    """(file size, pages the header claims or None when unknown, page size)."""
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
    size_is_valid = head[24:28] == head[92:96]  # the header's page count is trustworthy
    pages = int.from_bytes(head[28:32], "big") if size_is_valid else None
    return size, pages, page_size


def is_wal_file(path: Path) -> bool:
    """True when the header marks the database as using a write-ahead log."""
    with path.open("rb") as f:
        head = f.read(20)
    return head[18:20] == b"\x02\x02"


def unwritten(path: Path) -> bool:
    """Nobody writes the file now: it is in WAL mode and has no log beside it (a writer
    has one while connected; a file in rollback mode may be under a large write,
    ``bulk_journal``, with no log at all). Such a file may be read as immutable."""
    return is_wal_file(path) and not companion(path, "-wal").exists()


def read_only_uri(path: Path) -> str:
    return f"file:{quote(str(path.resolve()))}?mode=ro"


def read_meta(path: Path, timeout: float) -> FileFacts:
    """The kamdesk_meta table and the schema objects of a SQLite file, read without writing.

    Nothing is ever deleted here: a ``-wal`` that appeared while we looked may be another
    process's live log, and removing it loses that process's edits. Instead, a WAL-mode file
    without a log is read as *immutable* (the database file alone is then the whole
    database), which creates no companions at all; only if that read fails — a checkpoint of
    another process changing the file under it — is the file read the ordinary way.
    """
    if unwritten(path) and not companion(path, "-shm").exists():
        try:
            return _read_meta(path, timeout, immutable=True)
        except NotAWorkspaceError:
            pass
    return _read_meta(path, timeout, immutable=False)


@dataclass(frozen=True)
class FileFacts:
    """What a look at a file found: its kamdesk_meta (None: none) and its schema objects."""

    meta: dict[str, str] | None
    objects: list[tuple[str, str]]  # (type, name) of every entry of sqlite_master


def _read_meta(path: Path, timeout: float, *, immutable: bool) -> FileFacts:
    uri = read_only_uri(path) + ("&immutable=1" if immutable else "")
    try:
        con = sqlite3.connect(uri, uri=True, timeout=timeout)
    except sqlite3.Error as error:
        raise NotAWorkspaceError(f"{path} cannot be opened: {error}") from None
    try:
        objects = [(str(t), str(n)) for t, n in con.execute(
            "SELECT type, name FROM sqlite_master")]
        if ("table", "kamdesk_meta") not in objects:
            return FileFacts(None, objects)
        meta = {str(k): str(v) for k, v in con.execute("SELECT key, value FROM kamdesk_meta")}
        return FileFacts(meta, objects)
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
    """A consistent copy of the database beside it (WAL content included); its path.

    Room for it is checked first, and a copy that fails half-way is removed, so a full disk
    never leaves a 0-byte or partial "backup" that would mislead a user later.
    """
    need = database_bytes(path)
    ensure_room(path.parent, need, f"a backup copy of {path.name} before upgrading it")
    target = path.with_name(f"{path.stem}.{label}-backup{path.suffix or '.kam'}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.{label}-backup-{n}{path.suffix or '.kam'}")
    try:
        src = sqlite3.connect(read_only_uri(path), uri=True)
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    except BaseException as error:
        remove_with_companions(target)
        if isinstance(error, sqlite3.Error) and "full" in str(error):
            raise WorkspaceFullError(
                f"the disk holding {path} is full: no room for a backup copy before "
                "upgrading it; free some space and open it again") from None
        raise
    return target


def remove_with_companions(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            os.unlink(f"{path}{suffix}")


def database_bytes(path: Path) -> int:
    """The file and its log: what a copy of the database may take at most."""
    total = 0
    for p in (path, companion(path, "-wal")):
        with contextlib.suppress(OSError):
            total += p.stat().st_size
    return total


def ensure_room(folder: Path, need: int, purpose: str) -> None:
    """Refuse before writing when the disk cannot hold ``need`` bytes (plus a margin)."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # cannot tell: SQLite's own "disk is full" still stops a write cleanly
    need = need + need // 4 + (1 << 20)
    if free < need:
        raise WorkspaceFullError(
            f"not enough room on the disk for {purpose}: about {need / 2**20:,.1f} MB "
            f"needed, {free / 2**20:,.1f} MB free; free some space and try again")


KNOWN_OBJECTS: frozenset[tuple[str, str]] = history.SQLITE_TRIGGERS
"""Schema objects kamdesk creates beyond the tables and indexes of ``schema.metadata``
(the history's append-only triggers); everything else in a file is foreign."""


def foreign_objects(objects: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The triggers, views, tables and indexes in a file that kamdesk did not create."""
    own = {("table", t.name) for t in schema.metadata.sorted_tables}
    own |= {("index", str(ix.name)) for t in schema.metadata.sorted_tables
            for ix in t.indexes}
    own |= KNOWN_OBJECTS
    return [(kind, name) for kind, name in objects
            if (kind, name) not in own and not name.startswith("sqlite_")]


def describe_foreign(path: Path, found: list[tuple[str, str]]) -> str:
    shown = ", ".join(f"{kind} {name!r}" for kind, name in found[:5])
    more = f" and {len(found) - 5} more" if len(found) > 5 else ""
    return (f"{path} holds {shown}{more} that kamdesk did not create; a workspace is data, "
            "not code, so kamdesk reads it but will not write to it (export the accounts "
            "into a new workspace to work on them)")


def backups_of(path: Path) -> list[Path]:
    """Backup copies kamdesk wrote beside ``path``, newest first."""
    found = [p for p in path.parent.glob(f"{path.stem}.*-backup*{path.suffix or '.kam'}")
             if p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)
