"""Help for bulk work on large graphs.

Building 50,000 entities triggers Python's cyclic garbage collector hundreds of times, and
each full pass walks every object alive, so bulk builds turn superlinear. Our entities are
tuples with no reference cycles, so pausing the collector loses nothing: their memory is
freed by reference counting alone.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic collector for the duration of a bulk build.

    Not gc.freeze(): a networkx graph holds reference cycles (its cached views point back
    at it), and a frozen graph would never be collected once the user closes the account.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
