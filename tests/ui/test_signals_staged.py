"""On a large account the signals list shows the signals that need no influence scores at
once, says the rest are being weighed, and then shows exactly the full list — never the
list of a graph that has changed since."""

from __future__ import annotations

from datetime import date
from typing import Any

from kamdesk.graph import sample, signals
from kamdesk.graph.analysis import ANALYSIS_KINDS
from kamdesk.graph.types import Side, Stance
from kamdesk.ui.document import AccountDocument
from kamdesk.ui.panels.signals_list import ROW, STAGED_FROM, SignalsPanel


def _big_document() -> AccountDocument:
    graph = sample.generate(seed=5, people=STAGED_FROM + 500, today=date.today())[0]
    assert len(graph.people) >= STAGED_FROM
    return AccountDocument(graph, lambda _t, _m: None)


def _shown(panel: SignalsPanel) -> list[str]:
    return [panel.tree.topLevelItem(i).text(2) for i in range(panel.tree.topLevelItemCount())]


def test_quick_signals_first_then_the_full_list(qtbot: Any) -> None:
    document = _big_document()
    panel = SignalsPanel()
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.show()
    panel.set_document(document)
    graph = document.graph
    today = date.today()
    assert not panel.complete
    assert "weighing influence" in panel.summary.text()
    full = signals._detect(graph, today, None, True)
    assert any(s.kind in ANALYSIS_KINDS for s in full)  # else the test shows nothing
    assert panel.found == [s for s in full if s.kind not in ANALYSIS_KINDS]
    assert len(_shown(panel)) == len(panel.found)
    # the user chose a row meanwhile: it stays chosen when the rest arrives
    panel.tree.setCurrentItem(panel.tree.topLevelItem(3))
    chosen = panel.found[3]
    qtbot.waitUntil(lambda: panel.complete, timeout=20_000)
    assert panel.found == full
    assert len(_shown(panel)) == len(full)
    assert panel.found[panel.tree.currentItem().data(0, ROW)] == chosen
    assert panel.summary.text() == f"{len(full)} signals"
    # shown again: the list is kept, so it is complete at once
    panel.set_document(None)
    panel.set_document(document)
    assert panel.complete and panel.found == full
    document.close()


def test_a_change_while_weighing_is_never_shown_from_before(qtbot: Any) -> None:
    document = _big_document()
    panel = SignalsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_document(document)
    assert not panel.complete
    graph = document.graph
    champion = next(p for p in graph.people.values()
                    if p.side is Side.CLIENT and p.stance is Stance.CHAMPION)
    document.run("x", lambda g: g.update_person(
        champion._replace(stance=Stance.BLOCKER, influence=5, last_contact=None)))
    qtbot.waitUntil(lambda: panel.complete, timeout=20_000)
    assert panel.found == signals._detect(graph, date.today(), None, True)
    assert any(s.kind is signals.SignalKind.UNMANAGED_BLOCKER and champion.id in s.subjects
               for s in panel.found)
    document.close()
