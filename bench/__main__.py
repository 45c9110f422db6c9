"""Run every benchmark: ``python -m bench`` (or one: ``python -m bench report``)."""

import sys

from bench import foundation, report

chosen = sys.argv[1:] or ["foundation", "report"]
for name in chosen:
    {"foundation": foundation.main, "report": report.main}[name]()
    print()
