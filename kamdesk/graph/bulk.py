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
    """Pause the cyclic collector; at the end move what survived out of its future passes."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()  # survivors are long-lived: later passes need not walk them again
        if was_enabled:
            gc.enable()
