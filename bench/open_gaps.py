"""``bench app`` rows on whether the window answers while a cold open loads (issue 16).

"cold top exp. gap": the longest time the GUI thread's event loop did not turn after
choosing the account returned (``ui/opening``, a cold expanded open: its top is painted,
the time of that is "open, cold top (exp.)") until it is loaded, laid out whole and
painted. A 1 ms precise timer stands for the user's input: every pass of the
event loop fires it, so the largest interval between two firings is the longest the window
would not have answered a click or a key (the load itself runs in a worker thread).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.app import Bench


class _Gaps:
    """The largest interval between two firings of a 1 ms timer on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer(interval=1)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.last, self.longest = 0.0, 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()

    def stop(self) -> float:
        self._tick()  # the stretch since the last firing counts too
        self.timer.stop()
        return self.longest * 1000


def row_cold_top_gap(b: Bench) -> list[float]:
    """The longest stall of the event loop in a cold expanded open, until loaded whole."""
    from bench.app import _loaded
    from kamdesk.ui import opening

    gaps, watch = [], _Gaps()
    for _ in range(b.runs):
        b.reopen([])
        cpu = time.process_time()
        opening.open_account(b.window, b.account)
        watch.start()
        _loaded(b)
        gaps.append(watch.stop())
        b._cpu_now.append((time.process_time() - cpu) * 1000)
        assert not b.reused()
    return gaps
