"""Which tidy walks run: the compiled ones when they were built and are current, else Python.

``tidy_walk.py`` is one source run two ways (see its docstring). The import system prefers
the compiled extension module when one lies beside the source; this module checks that it
is not older than its source (an edit after ``pip install -e .`` would otherwise run stale
code) and says which runs (``KIND``, printed by ``kamdesk --version`` and ``bench layout``).
``pure()`` loads the source as Python even when the compiled module exists, under another
name, so the tests can compare the two on the same trees; KAMDESK_PURE_PYTHON=1 makes the
app and the command line run it.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from kamdesk.graph import tidy_walk as _imported

__all__ = ["COMPILED", "CORE", "KIND", "Node", "pure"]

_SOURCES = [Path(__file__).with_name("tidy_walk.py"), Path(__file__).with_name("tidy_walk.pxd")]
_PURE_NAME = "kamdesk.graph._tidy_walk_python"
# A wheel's files are unpacked within moments of each other, in any order: only a source
# newer than the compiled module by more than this is an edit made after the build.
_SLACK_S = 5.0


def _is_compiled(module: ModuleType) -> bool:
    return not str(getattr(module, "__file__", "") or "").endswith(".py")


def pure() -> ModuleType:
    """``tidy_walk.py`` run by the interpreter, whatever was built."""
    if not _is_compiled(_imported):
        return _imported
    module = sys.modules.get(_PURE_NAME)
    if module is None:
        loader = importlib.machinery.SourceFileLoader(_PURE_NAME, str(_SOURCES[0]))
        spec = importlib.util.spec_from_loader(_PURE_NAME, loader)
        assert spec is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[_PURE_NAME] = module
        loader.exec_module(module)
    return module


def _choose() -> tuple[ModuleType, str]:
    if not _is_compiled(_imported):
        return _imported, "Python (not compiled)"
    if os.environ.get("KAMDESK_PURE_PYTHON"):  # to compare, or to rule the compiled out
        return pure(), "Python (KAMDESK_PURE_PYTHON is set)"
    built = os.stat(str(_imported.__file__)).st_mtime
    if any(p.exists() and p.stat().st_mtime > built + _SLACK_S for p in _SOURCES):
        return pure(), ("Python (the compiled walks are older than tidy_walk.py: "
                        "pip install -e . compiles them again)")
    return _imported, "compiled (Cython)"


CORE, KIND = _choose()
COMPILED = _is_compiled(CORE)

if TYPE_CHECKING:
    from kamdesk.graph.tidy_walk import Node
else:
    Node = CORE.Node  # the node type of the walks that run (the chart cache checks types)
