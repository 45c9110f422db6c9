"""Which tidy walks run: the compiled ones when they were built and are current, else Python.

``tidy_walk.py`` is one source run two ways (see its docstring), and so is ``tidy_flat.py``
(a layout from scratch on flat arrays); each is chosen alike (``CORE``, ``FLAT``). The
import system prefers the compiled extension module when one lies beside the source; this
module checks that it is not older than its source (an edit after ``pip install -e .``
would otherwise run stale code) and says which runs (``KIND``, ``FLAT_KIND``, printed by
``kamdesk --version`` and ``bench layout``). ``pure()`` (``pure_flat()``) loads the source
as Python even when the compiled module exists, under another name, so the tests can
compare the two on the same trees; KAMDESK_PURE_PYTHON=1 makes the app and the command
line run it.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from kamdesk.graph import tidy_flat as _imported_flat
from kamdesk.graph import tidy_walk as _imported

__all__ = ["COMPILED", "CORE", "FLAT", "FLAT_KIND", "KIND", "Node", "pure", "pure_flat"]

_SOURCES = [Path(__file__).with_name("tidy_walk.py"), Path(__file__).with_name("tidy_walk.pxd")]
_FLAT_SOURCES = [Path(__file__).with_name("tidy_flat.py"),
                 Path(__file__).with_name("tidy_flat.pxd")]
_PURE_NAME = "kamdesk.graph._tidy_walk_python"
_PURE_FLAT_NAME = "kamdesk.graph._tidy_flat_python"
# A wheel's files are unpacked within moments of each other, in any order: only a source
# newer than the compiled module by more than this is an edit made after the build.
_SLACK_S = 5.0


def _is_compiled(module: ModuleType) -> bool:
    return not str(getattr(module, "__file__", "") or "").endswith(".py")


def _source(imported: ModuleType, name: str, source: Path) -> ModuleType:
    """The module's source run by the interpreter (under ``name``), whatever was built."""
    if not _is_compiled(imported):
        return imported
    module = sys.modules.get(name)
    if module is None:
        loader = importlib.machinery.SourceFileLoader(name, str(source))
        spec = importlib.util.spec_from_loader(name, loader)
        assert spec is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        loader.exec_module(module)
    return module


def pure() -> ModuleType:
    """``tidy_walk.py`` run by the interpreter, whatever was built."""
    return _source(_imported, _PURE_NAME, Path(__file__).with_name("tidy_walk.py"))


def pure_flat() -> ModuleType:
    """``tidy_flat.py`` run by the interpreter, whatever was built."""
    return _source(_imported_flat, _PURE_FLAT_NAME, Path(__file__).with_name("tidy_flat.py"))


def _choose() -> tuple[ModuleType, str]:
    return _pick(_imported, pure, _SOURCES)


def _pick(imported: ModuleType, python: Callable[[], ModuleType],
          sources: list[Path]) -> tuple[ModuleType, str]:
    if not _is_compiled(imported):
        return imported, "Python (not compiled)"
    if os.environ.get("KAMDESK_PURE_PYTHON"):  # to compare, or to rule the compiled out
        return python(), "Python (KAMDESK_PURE_PYTHON is set)"
    built = os.stat(str(imported.__file__)).st_mtime
    if any(p.exists() and p.stat().st_mtime > built + _SLACK_S for p in sources):
        return python(), (f"Python (the compiled walks are older than {sources[0].name}: "
                          "pip install -e . compiles them again)")
    return imported, "compiled (Cython)"


CORE, KIND = _choose()
COMPILED = _is_compiled(CORE)
FLAT, FLAT_KIND = _pick(_imported_flat, pure_flat, _FLAT_SOURCES)

if TYPE_CHECKING:
    from kamdesk.graph.tidy_walk import Node
else:
    Node = CORE.Node  # the node type of the walks that run (the chart cache checks types)
