"""Settings written off the GUI thread: QSettings syncs its file with two fdatasync calls,
30–60 ms of waiting on a busy disk, which opening an account (remembering it as the last
one) would otherwise spend before its first paint.

One worker thread, so writes land in the order they were asked for; Qt releases the GIL
while it writes, and each thread uses its own QSettings object (Qt's documented rule).
``flush()`` waits for what is pending: call it before reading a key written this way.
"""

from __future__ import annotations

import atexit
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QSettings

# its thread starts with the first write
_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kamdesk-settings")
_pending: list[Future[None]] = []


def save_later(key: str, value: object) -> None:
    """``QSettings().setValue(key, value)``, done by the worker thread."""
    _pending[:] = [f for f in _pending if not f.done()]
    _pending.append(_worker.submit(_write, key, value))


def flush() -> None:
    """Wait until every ``save_later`` so far is on disk (errors are Qt's: none raised)."""
    for future in list(_pending):
        future.result()
    _pending.clear()


def value(key: str) -> object:
    """``QSettings().value(key)`` once what ``save_later`` has pending is written."""
    flush()
    return QSettings().value(key)


def _write(key: str, value: object) -> None:
    # No explicit sync(): it keeps the GIL while the disk syncs (the GUI thread stalled
    # 20–30 ms, measured); the temporary object's destructor syncs without it.
    QSettings().setValue(key, value)


atexit.register(flush)  # the last account is remembered even when the app quits at once
