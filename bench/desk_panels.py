"""The KAM's desk panels (issue 11): opening each one, and the portfolio of 30 accounts.

- a panel: the account is open (its document made); the panel gets the document and is
  shown and painted, as when the user switches to its tab; on the 10,000-person account;
- the portfolio: the map of 30 accounts cold (every other account read now), after the
  background warm-up that follows opening a workspace, and after an edit of the open
  account; the actions panel across the portfolio, cold and warm.

Medians of several runs, in milliseconds. Run by ``bench/app.py``, or alone.
"""

from __future__ import annotations

import gc
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 11, 22)
RUNS = 5
PANELS = {
    "accountPanel": "kamdesk.ui.panels.account.AccountPanel",
    "signalsList": "kamdesk.ui.panels.signals_list.SignalsPanel",
    "risksPanel": "kamdesk.ui.panels.risks.RisksPanel",
    "meetingsPanel": "kamdesk.ui.panels.meetings.MeetingsPanel",
    "actionsPanel": "kamdesk.ui.panels.actions.ActionsPanel",
    "raciTable": "kamdesk.ui.panels.raci.RaciPanel",
    "kpiTable": "kamdesk.ui.panels.kpis.KpiPanel",
    "valueLog": "kamdesk.ui.panels.value_log.ValuePanel",
    "portfolioMap": "kamdesk.ui.panels.portfolio_map.PortfolioMap",
}


def _median_ms(step: Callable[[], None], prepare: Callable[[], None], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        prepare()
        gc.collect()
        start = time.perf_counter()
        step()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def panel_rows(folder: Path) -> dict[str, float]:
    """Opening each desk panel on the 10,000-person sample account."""
    from PySide6.QtWidgets import QApplication

    from kamdesk.graph import sample
    from kamdesk.store import Workspace
    from kamdesk.ui.document import AccountDocument
    from kamdesk.ui.mainwindow import panel_class

    app = QApplication.instance()
    assert app is not None
    path = folder / "desk10k.kam"
    with Workspace.open(path, create=True) as ws:
        ws.add_account(sample.generate(seed=7, people=10_000, today=TODAY)[0])
    ws = Workspace.open(path)
    graph = ws.load(ws.accounts()[0].id)
    document = AccountDocument(graph, lambda _t, _m: None)
    found = {}
    for name, dotted in PANELS.items():
        panel = panel_class(dotted)()
        if hasattr(panel, "set_workspace"):
            panel.set_workspace(ws)
        panel.resize(1280, 800)

        def prepare(panel=panel) -> None:
            panel.hide()
            panel.set_document(None)
            app.processEvents()

        def step(panel=panel) -> None:
            panel.set_document(document)
            panel.show()
            panel.repaint()
            app.processEvents()

        found[name] = _median_ms(step, prepare)
        panel.set_document(None)
        panel.deleteLater()
    document.close()
    ws.close()
    return found


def portfolio_rows(folder: Path) -> dict[str, float]:
    """The map and the actions across a portfolio of 30 accounts."""
    from PySide6.QtWidgets import QApplication

    from kamdesk.graph import sample
    from kamdesk.store import Workspace
    from kamdesk.ui.document import AccountDocument
    from kamdesk.ui.panels.actions import ActionsPanel
    from kamdesk.ui.panels.portfolio_map import PortfolioMap
    from kamdesk.ui.panels.portfolio_reader import reader_for

    app = QApplication.instance()
    assert app is not None
    path = folder / "portfolio30.kam"
    with Workspace.open(path, create=True) as ws:
        seed = 0
        while len(ws.accounts()) < 30:
            seed += 1
            for g in sample.generate(seed=seed, today=TODAY):
                if len(ws.accounts()) < 30:
                    g.update_account(g.account._replace(name=f"{g.account.name} #{seed}"))
                    ws.add_account(g)
    ws = Workspace.open(path)
    graph = ws.load(ws.accounts()[0].id)
    document = AccountDocument(graph, lambda _t, _m: None)
    found = {}
    portfolio = PortfolioMap()
    portfolio.resize(1280, 800)

    reader = reader_for(ws)

    def first() -> None:
        portfolio.hide()
        portfolio.set_workspace(ws)
        reader.timer.stop()
        reader.known.clear()  # nothing read yet: as right after the workspace opened
        portfolio.set_document(None)

    def warm() -> None:
        portfolio.hide()
        portfolio.set_document(None)
        reader.warm_up(graph.id)
        while reader.pending or reader.timer.isActive():  # the background warm-up, done
            reader.timer.stop()
            reader._next()

    def show_map() -> None:
        portfolio.set_document(document)
        portfolio.show()
        portfolio.repaint()
        app.processEvents()

    found["map, first time (cold)"] = _median_ms(show_map, first)
    assert len(portfolio.chart.bubbles) == 30
    found["map, after the warm-up"] = _median_ms(show_map, warm)

    def edit() -> None:
        document.run("x", lambda g: g.update_account(
            g.account._replace(attractiveness=(g.account.attractiveness + 1) % 10)))
        portfolio.repaint()
        app.processEvents()

    found["map, after an edit"] = _median_ms(edit, lambda: None)
    actions = ActionsPanel()
    actions.resize(1280, 800)

    def fresh_actions() -> None:
        actions.hide()
        actions.set_workspace(ws)
        reader.timer.stop()
        reader.known.clear()
        actions.set_document(None)

    def across() -> None:
        actions.set_document(document)
        actions.show()
        actions.portfolio.setChecked(True)
        actions.repaint()
        app.processEvents()
        actions.portfolio.setChecked(False)

    found["actions across (cold)"] = _median_ms(across, fresh_actions)
    found["actions across, warm"] = _median_ms(across, warm)
    document.close()
    ws.close()
    return found


def main() -> None:
    from kamdesk.ui.app import application

    application()
    print(__doc__.strip().splitlines()[0])
    with tempfile.TemporaryDirectory() as folder:
        panels = panel_rows(Path(folder))
        portfolio = portfolio_rows(Path(folder))
    print(f"{'panel (10,000 people)':<28} {'ms':>8}   target ≤ 100")
    for name, ms in panels.items():
        print(f"{name:<28} {ms:>8.1f}" + ("" if ms <= 100 else "   NOT MET"))
    print(f"{'portfolio of 30 accounts':<28} {'ms':>8}   target ≤ 200")
    for name, ms in portfolio.items():
        print(f"{name:<28} {ms:>8.1f}" + ("" if ms <= 200 else "   NOT MET"))


if __name__ == "__main__":
    main()
