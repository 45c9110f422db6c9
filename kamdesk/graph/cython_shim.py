"""Cython's class decorators as no-ops, for running ``tidy_walk.py`` as Python without Cython.

Cython is a build tool (pyproject's build-system): an installed kamdesk need not have it.
Compiled, ``import cython`` is resolved by the compiler and this module is never imported.
"""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


def no_gc(cls: T) -> T:
    """Compiled: the collector does not track the class's objects. As Python: nothing."""
    return cls


def cclass(cls: T) -> T:
    """Compiled: an extension type (``tidy_walk.pxd`` declares it). As Python: nothing."""
    return cls
