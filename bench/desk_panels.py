"""The KAM's desk panels (issue 11): opening each one, and the portfolio of 30 accounts.

- a panel: the account is open (its document made); the panel gets the document and is
  shown and painted, as when the user switches to its tab; on the 10,000-person account.
  The signals and the map are also timed "first": nothing derived from the graph computed
  yet (no signals, influence scores or forecast kept), as when their tab is the first one
  shown after the account opened; the signals list then paints the signals that need no
  influence scores first ("first paint") and the full list after ("complete");
- the portfolio: the map of 30 accounts the first time ever (no summary kept in the
  workspace: every other account loaded now), in a new session (the summaries kept in the
  workspace's caches, nothing in memory), after the background warm-up that follows
  opening a workspace, and after an edit of the open account; the actions panel across
  the portfolio, the same way.

Medians with their spread over several runs, wall-clock and CPU time, in milliseconds,
with the ratio to the target. Run by ``bench/app.py``, or alone (``python -m bench.desk_panels``).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bench.timing import HEADER, Timing, load, measure, row

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


def _median_ms(step: Callable[[], None], prepare: Callable[[], None],
               runs: int = RUNS) -> Timing:
    return measure(step, prepare, runs)


def _forget() -> None:
    """Nothing derived from any graph kept: as right after an account was opened."""
    from kamdesk.graph import forecast, influence, signals

    for kept in (signals._KEPT, influence._KEPT, forecast._KEPT):
        kept.clear()


def panel_rows(folder: Path) -> dict[str, Timing]:
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
        if name in ("signalsList", "portfolioMap"):
            def cold(prepare: Callable[[], None] = prepare) -> None:
                prepare()
                _forget()

            found[f"{name}, first"] = _median_ms(step, cold)
        if name == "signalsList":
            def first_paint(panel=panel) -> None:
                panel.set_document(document)
                panel.show()
                panel.repaint()  # the quick signals, the rest being weighed

            def complete(panel=panel) -> None:
                first_paint()
                while not panel.complete:
                    app.processEvents()
                panel.repaint()

            found[f"{name}, first paint"] = _median_ms(first_paint, cold)
            found[f"{name}, first, complete"] = _median_ms(complete, cold)
        panel.set_document(None)
        panel.deleteLater()
    document.close()
    ws.close()
    return found


def portfolio_rows(folder: Path) -> dict[str, Timing]:
    """The map and the actions across a portfolio of 30 accounts."""
    from PySide6.QtWidgets import QApplication

    from kamdesk.graph import sample
    from kamdesk.store import Workspace, caching
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
        reader.written.clear()
        portfolio.set_document(None)
        _forget()

    def never() -> None:
        first()
        with ws.engine.begin() as conn:  # no summary kept in the workspace yet
            caching.forget(conn, {a.id for a in ws.accounts()})

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

    found["map, first ever (nothing kept)"] = _median_ms(show_map, never)
    assert len(portfolio.chart.bubbles) == 30
    found["map, new session (summaries kept)"] = _median_ms(show_map, first)
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
        reader.written.clear()
        actions.set_document(None)
        _forget()

    def never_actions() -> None:
        fresh_actions()
        with ws.engine.begin() as conn:
            caching.forget(conn, {a.id for a in ws.accounts()})

    def across() -> None:
        actions.set_document(document)
        actions.show()
        actions.portfolio.setChecked(True)
        actions.repaint()
        app.processEvents()
        actions.portfolio.setChecked(False)

    found["actions across, first ever"] = _median_ms(across, never_actions)
    found["actions across, new session"] = _median_ms(across, fresh_actions)
    found["actions across, warm"] = _median_ms(across, warm)
    document.close()
    ws.close()
    return found


def main() -> None:
    from kamdesk.ui.app import application

    application()
    print(__doc__.strip().splitlines()[0])
    print(load())
    with tempfile.TemporaryDirectory() as folder:
        panels = panel_rows(Path(folder))
        portfolio = portfolio_rows(Path(folder))
    print(f"{'panel (10,000 people), ms':<34}" + HEADER[34:])
    for name, t in panels.items():
        print(row(name, t, 100))
    print(f"{'portfolio of 30 accounts, ms':<34}" + HEADER[34:])
    for name, t in portfolio.items():
        print(row(name, t, 200))
    print(load())


if __name__ == "__main__":
    main()
