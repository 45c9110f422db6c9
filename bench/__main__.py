"""Run every benchmark: ``python -m bench``, or some: ``python -m bench report importing``."""

import sys

from bench import analysis, app, foundation, importing, layout, report

BENCHES = {"foundation": foundation.main, "report": report.main, "importing": importing.main,
           "layout": layout.main, "app": app.main,
           "analysis": analysis.main}
for name in sys.argv[1:] or list(BENCHES):
    BENCHES[name]()
    print()
