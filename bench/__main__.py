"""Run every benchmark: ``python -m bench``, or some: ``python -m bench report importing``
(numbers after ``app`` choose its sizes: ``python -m bench app 10000``)."""

import sys

from bench import (
    analysis,
    app,
    desk_panels,
    foundation,
    importing,
    layout,
    report,
    soak,
    team,
)

BENCHES = {"foundation": foundation.main, "report": report.main, "importing": importing.main,
           "layout": layout.main, "app": app.main,
           "desk": desk_panels.main, "analysis": analysis.main, "soak": soak.main,
           "team": team.main}
for name in [a for a in sys.argv[1:] if not a.isdigit()] or list(BENCHES):
    BENCHES[name]()
    print()
