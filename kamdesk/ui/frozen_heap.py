"""The open account kept out of Python's full garbage collections (``gc.freeze``).

An account of 50,000 people is a few hundred thousand tracked objects (entities holding
enum members, dicts, the chart's layout nodes). Loaded with the collector paused
(``graph.bulk.paused_gc``), they are all still "new" to it, so the first full collection
after an open examines every one of them: 250–360 ms at 50,000 people, landing in the
chart's growth or in a later frame (issue 16), and again in later full collections.

While an account is open, what exists when it is attached is frozen (moved to the
collector's permanent generation: ``gc.freeze``), so no full collection walks it again;
leaving the account unfreezes everything, and its reference cycles (the chart's layout
nodes point at their parents) become collectable again. Freezing never frees or keeps
anything by itself except cyclic garbage present when it freezes: so before freezing, a
full collection is made if an account was left since the last one (its garbage would
otherwise stay frozen with the next account) — switching accounts pays the one full
collection it paid before, the first open and every later edit do not.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

_holders: set[int] = set()  # the documents open now (by id): frozen while any is
# "owed": an account was left and no full collection has run since
_state = {"owed": False}


def _watch(phase: str, info: dict[str, int]) -> None:
    if phase == "stop" and info.get("generation") == 2:
        _state["owed"] = False


gc.callbacks.append(_watch)


def hold(owner: QObject) -> None:
    """``owner`` (an open account's document) is attached: freeze what exists now. Its
    release is ``release`` (the account left) or, at the latest, its destruction (a
    window closed with the account open)."""
    if _state["owed"]:
        gc.collect()  # what the account left behind, before it could be frozen
    key = id(owner)
    _holders.add(key)
    owner.destroyed.connect(lambda *_: _release(key))
    gc.freeze()


def release(owner: QObject) -> None:
    """``owner``'s account is left: unfreeze once no open account is held."""
    _release(id(owner))


def _release(key: int) -> None:
    if key not in _holders:
        return
    _holders.discard(key)
    if not _holders:
        gc.unfreeze()
        _state["owed"] = True


def frozen() -> int:
    """How many objects are frozen now (tests)."""
    return gc.get_freeze_count()
