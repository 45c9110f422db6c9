"""The ``kamdesk`` command's first stop: the desktop app paints before the domain loads.

Importing the command line means importing SQLAlchemy, networkx and the importers (about
0.7 s); the app needs none of them to show its window. So a plain ``kamdesk [WORKSPACE]``
goes straight to Qt, and everything else to ``kamdesk.cli``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from kamdesk.paths import gui_problem

COMMAND_NAMES = frozenset({"sample", "accounts", "signals", "meetings", "check", "plan",
                           "brief", "import", "export", "analyze", "paths", "what-if",
                           "risks", "actions", "meeting-export",
                           "changes", "history", "team", "checkout", "sync"})


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) > 1 or (args and (args[0] in COMMAND_NAMES or args[0].startswith("-"))):
        from kamdesk.cli import main as cli_main

        return cli_main(args)
    named = args[0] if args else None
    problem = gui_problem(named)
    if problem is not None:
        print(f"kamdesk: error: {problem[1]}", file=sys.stderr)
        return problem[0]
    from kamdesk.ui.app import start

    return start(named)
