"""Reading a file someone e-mailed to a KAM, in bounded time and memory, whatever it is.

A pipe never ends and blocks, ``/dev/zero`` never ends, a folder is not a file, a zip bomb
inflates to gigabytes, an XML entity bomb expands exponentially. Each is refused here with a
sentence about the file, before any parser sees it; the parsers then work on bytes whose
size is known. The limits are documented (README, ``kamdesk import --help``).
"""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

from kamdesk.io.text import MAX_CELL, ReadError

MAX_BYTES = 200 * 2**20  # a file as given
MAX_UNZIPPED = 400 * 2**20  # everything inside a workbook, decompressed
MAX_RATIO = 100  # decompressed ÷ compressed for one member above 50 MB: a real sheet is ~10
__all__ = ["MAX_BYTES", "MAX_CELL", "MAX_RATIO", "MAX_UNZIPPED", "check_xml", "check_zip",
           "read_bounded"]


def read_bounded(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, or a ReadError."""
    name = path.name or str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ReadError("no_such_file", name=name) from None
    except PermissionError:
        raise ReadError("permission", name=name) from None
    except OSError as error:
        raise ReadError("unreadable", name=name, reason=error.strerror) from None
    if stat.S_ISDIR(info.st_mode):
        raise ReadError("folder", name=name)
    if not stat.S_ISREG(info.st_mode):
        raise ReadError("special_file", name=name)
    if info.st_size > limit:
        raise ReadError("too_big", name=name, size=round(info.st_size / 2**20),
                        limit=limit // 2**20)
    try:  # O_NONBLOCK: should the path turn into a pipe after the check, never wait on it
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except PermissionError:
        raise ReadError("permission", name=name) from None
    except OSError as error:
        raise ReadError("unreadable", name=name, reason=error.strerror) from None
    chunks: list[bytes] = []
    size = 0
    with os.fdopen(fd, "rb") as f:  # read(n) would reserve n bytes at once: read as it comes
        while size <= limit and (chunk := f.read(min(max(info.st_size, 1), 16 * 2**20) + 1)):
            chunks.append(chunk)
            size += len(chunk)
    data = b"".join(chunks)
    if len(data) > limit:
        raise ReadError("grew", name=name, limit=limit // 2**20)
    return data


def check_zip(archive: zipfile.ZipFile) -> None:
    """Refuse a workbook whose members would inflate past the limits (a zip bomb).

    The sizes come from the archive's directory; zipfile stops reading a member at its
    declared size (and fails its checksum), so a member cannot inflate past what is checked.
    """
    total = 0
    for member in archive.infolist():
        total += member.file_size
        big = member.file_size > 50 * 2**20
        if big and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise ReadError("zip_part_bomb", part=member.filename[:60],
                            ratio=member.file_size // max(member.compress_size, 1))
        if total > MAX_UNZIPPED:
            raise ReadError("zip_too_big", limit=MAX_UNZIPPED // 2**20)


def check_xml(data: bytes, what: str) -> None:
    """Refuse XML that declares entities: an org chart never needs them, and an entity
    bomb ("billion laughs") or an external entity is how XML files attack their readers."""
    if b"<!ENTITY" in data or b"<!entity" in data:
        raise ReadError("xml_entities", what=what)
