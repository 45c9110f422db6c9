"""The words of the printed documents: they live in ``kamdesk.graph.vocabulary``.

One catalogue serves the screen and the paper (DESIGN.md §2, rule 7); this name is kept for
the report's modules.
"""

from __future__ import annotations

from kamdesk.graph.vocabulary import LANGUAGES, Labels, Vocabulary

__all__ = ["LANGUAGES", "Labels", "Vocabulary"]
