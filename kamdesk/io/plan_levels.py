"""The levels of an import's new people: given, else read from the title, else the depth.

An export seldom says who is top management and who is a specialist; the title often does
("Chief Financial Officer", "Начальник отдела"), and otherwise the depth below the top of
the reporting tree is the best guess (0, 1, 2, 3 or more: top, director, head, specialist).
``levels_walked`` counts depths for an account that already has people (their lines count
too); a new account's are found by layer (``levels_by_layer``), with no Python step a row.
Both give the same levels (tests/io/test_import_columns).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import compress, repeat
from operator import is_

from kamdesk.graph.types import Level
from kamdesk.io.people import Incoming

TOP_WORDS = re.compile(r"генеральн|президент|председател|владел|основател|\bceo\b|chief "
                       r"executive|owner|founder|chairman|managing director", re.I)
DIRECTOR_WORDS = re.compile(r"директор|director|\bchief\b|\bvp\b|vice president|\bc[ftoim]o\b"
                            r"|заместитель генерального", re.I)
HEAD_WORDS = re.compile(r"руководител|начальник|заведующ|\bhead\b|manager|lead|менеджер "
                        r"проекта", re.I)


@lru_cache(maxsize=4096)  # titles repeat: "Specialist" ten thousand times
def level_from_title(title: str) -> Level | None:
    """The level a title tells (None: it tells none)."""
    if TOP_WORDS.search(title):
        return Level.TOP
    if DIRECTOR_WORDS.search(title):
        return Level.DIRECTOR
    if HEAD_WORDS.search(title):
        return Level.HEAD
    return None


_BY_DEPTH = (Level.TOP, Level.DIRECTOR, Level.HEAD, Level.SPECIALIST)
_LEVELS = {int(level): level for level in Level}


def titles_read(titles: Iterable[str | None]) -> dict[str, Level | None]:
    """Each distinct title's level, read once (an export repeats a few titles thousands of
    times)."""
    return {t: level_from_title(t) for t in set(titles) if t}


def levels_walked(incoming: Sequence[Incoming], person_of: Mapping[int, str],
                  managers: Mapping[str, str | None],
                  manager_of: Callable[[str], str | None],
                  titled: Mapping[str, Level | None]) -> dict[str, Level]:
    """Each row's person's level, the depth counted up the planned lines (``managers``,
    free of cycles) and then the account's own (``manager_of``)."""
    found: dict[str, Level] = {}
    below: dict[str, int] = {}  # person → steps up to the top, counted up to 3

    def up(node: str) -> str | None:
        return managers[node] if node in managers else manager_of(node)

    for inc in incoming:
        pid = person_of[inc.row]
        level = inc.level or (titled[inc.title] if inc.title else None)
        if level is None:
            node = managers.get(pid)
            if node is None or node in below:  # the usual case in file order: at once
                below[pid] = 0 if node is None else min(below[node] + 1, 3)
                found[pid] = _LEVELS[below[pid] + 1]
                continue
            # the people above are counted once for everyone under them (planned lines
            # have no cycle: ``_break_cycles`` ran first, and the account had none)
            chain = [pid]
            while node is not None and node not in below and len(chain) < 4:
                chain.append(node)
                node = up(node)
            if node is None or node in below:  # the top, or someone counted
                depth = 0 if node is None else below[node] + 1
                for n in reversed(chain):
                    below[n] = min(depth, 3)
                    depth += 1
            else:  # three or more above: only this person's count is known
                below[pid] = 3
            level = _LEVELS[min(below[pid] + 1, 4)]
        found[pid] = level
    return found


def levels_by_layer(given: Sequence[Level | None], titles: Sequence[str | None],
                    pids: Sequence[str], managers: Mapping[str, str | None],
                    titled: Mapping[str, Level | None]) -> list[Level]:
    """The level of each row (``given``: its level column, ``titles`` its titles, ``pids``
    its people) in a new account: the level given, else the title's, else the depth below
    the top (0, 1, 2, 3 or more: top, director, head, specialist), found a layer at a time
    (the tops, the people under them, …) with C-level passes: no Python step a row."""
    people, ups = list(managers), list(managers.values())
    # the tops, then each layer: those whose manager is in the layer above (no cycle, one
    # manager each: the layers are disjoint)
    layer = set(compress(people, map(is_, ups, repeat(None))))
    level: dict[str, Level] = dict.fromkeys(layer, _BY_DEPTH[0])
    for depth in (1, 2):
        layer = set(compress(people, map(layer.__contains__, ups)))
        level.update(dict.fromkeys(layer, _BY_DEPTH[depth]))
    by_depth = list(map(level.get, pids, repeat(_BY_DEPTH[3])))
    if given.count(None) == len(given) and not any(titled.values()):
        return by_depth  # the usual export: no level column, no title that tells one
    return [g or (titled.get(t) if t else None) or d for g, t, d in zip(
        given, titles, by_depth, strict=True)]
