"""The panels of the main window, and the contract each one keeps.

A panel is one module here (or, for the org charts, ``kamdesk.ui.chart.view``) holding one
QWidget class that shows the open account. The main window keeps ONE list of panels
(``kamdesk.ui.mainwindow.PANELS``, dotted class paths) and attaches them all in one loop, so
adding a panel is one new file and one line in that list; the window never wires one panel
to another.

The contract (``Panel`` below, checked by tests/ui/test_house.py):

- ``PLACE``: where it goes: ``"tab"`` (a tab of the centre), ``"right"`` or ``"left"`` (a
  dock beside it). ``OBJECT_NAME``: its stable object name (DESIGN.md §3).
- ``title()``: the tab or dock title, already translated (asked again after a language
  switch).
- ``set_document(document)``: show ``document`` (an ``AccountDocument``) or, with None,
  nothing. The panel subscribes to the graph's change events and to the document's
  signals (``selectionChanged``, ``hitsChanged``, ``activated``) and lets go of the
  previous document's; it never holds truth of its own (ids only) and never edits the graph
  except through the document's commands, each one undo step.
- Work a panel does for an account it is not showing is wasted: a panel off screen may
  defer its filling to its ``showEvent``.

Optional: ``DELETE_KEY = True`` makes Delete in the panel delete the selected person; the
window calls ``zoom(factor)`` and ``fit()`` (View menu) on the current tab when it has them.

The portfolio is the one panel that chooses the document instead of mirroring it: it lists
the workspace's accounts and emits ``accountChosen``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Protocol

if TYPE_CHECKING:
    from kamdesk.ui.document import AccountDocument


class Panel(Protocol):
    """What the main window relies on; see the module's docstring."""

    PLACE: ClassVar[str]
    OBJECT_NAME: ClassVar[str]

    @staticmethod
    def title() -> str: ...

    def set_document(self, document: AccountDocument | None) -> None: ...
