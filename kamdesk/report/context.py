"""What every part of a printed document needs: the graph, the words, the formats, who is who.

Names are printed through ``who``: one of our people carries a mark ("(ours)"), so that a
namesake on each side can be told apart in actions, attendees and pairs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from kamdesk.graph import comb, signals
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Person
from kamdesk.graph.types import DecisionRole, Side, Stance
from kamdesk.graph.vocabulary import Vocabulary
from kamdesk.report import fonts
from kamdesk.report.blocks import ACCENT, CELL_LEADING, CELL_SIZE
from kamdesk.report.pages import Document

KEY_ROLES = frozenset({DecisionRole.DECISION_MAKER, DecisionRole.ECONOMIC_BUYER})
KEY_BLOCKER_INFLUENCE = 4

def is_key(p: Person) -> bool:
    """A decision maker, an economic buyer, a blocker, or a skeptic with weight."""
    return p.side is Side.CLIENT and (
        p.decision_role in KEY_ROLES or p.stance is Stance.BLOCKER
        or (p.stance is Stance.SKEPTIC and p.influence >= KEY_BLOCKER_INFLUENCE))


def ranked(graph: AccountGraph, today: date) -> list[signals.Signal]:
    """The account's signals as kamdesk.graph ranks them (most severe first); within one
    kind, the weightier people first."""
    people = graph.people

    def weight(s: signals.Signal) -> int:
        return max((people[i].influence for i in s.subjects if i in people), default=0)

    found = signals.detect(graph, today)
    group = {s.kind: n for n, s in reversed(list(enumerate(found)))}  # first place of a kind
    return sorted(found, key=lambda s: (group[s.kind], -weight(s)))


@dataclass
class Context:
    graph: AccountGraph
    t: Vocabulary
    today: date
    doc: Document
    ours: dict[str, list[str]] = field(default_factory=dict)
    signals: list[signals.Signal] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.ours = comb.owners(self.graph)
        self.signals = ranked(self.graph, self.today)

    @property
    def lang(self) -> str:
        return self.t.lang

    @property
    def width(self) -> float:
        return self.doc.frame_width

    def who(self, pid: str | None) -> str:
        """A person's name as printed: ours are marked; "—" for nobody."""
        p = self.graph.people.get(pid or "")
        if p is None:
            return "—"
        return f"{p.name} ({self.t('ours_mark')})" if p.side is Side.INTERNAL else p.name

    def their_ours(self, pid: str) -> str:
        """Our people who meet client person ``pid``, or "—"."""
        return ", ".join(self.who(o) for o in self.ours.get(pid, [])) or "—"

    def day(self, value: date | None, empty: str = "—") -> str:
        """A date as the catalogue writes it in this language; ``empty`` for none."""
        return empty if value is None else self.t.day(value)

    def number(self, value: float | None) -> str:
        return "—" if value is None else self.t.number(value)

    def score(self, value: float) -> str:
        """A 0–10 score as "7.5/10" (or "7,5/10")."""
        return f"{self.t.number(value)}/10"

    def ref(self, key: str, width: float, template: str = "page_ref",
            **values: object) -> PageRef:
        """A linked reference to the page of ``key``, in the words of ``template``."""
        return PageRef(self.doc, key, width, lambda n: self.t(template, page=n, **values))


class PageRef(Flowable):
    """A page number known only at the end ("p. 12"), drawn then, and a link to that page."""

    def __init__(self, doc: Document, key: str, width: float,
                 text: Callable[[int | str], str], size: float = CELL_SIZE) -> None:
        super().__init__()
        self.doc, self.key, self.text, self.size = doc, key, text, size
        self.width, self.height = width, CELL_LEADING

    def wrap(self, *_: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        size, doc, key = self.size, self.doc, self.key

        def number(c: Canvas, anchors: dict[str, int]) -> None:
            text = self.text(anchors.get(key, "?"))
            c.setFont(fonts.REGULAR, size)
            c.setFillColor(ACCENT)
            c.drawString(x, y + 2, text)
            doc.link(c, key, (x, y, x + fonts.width(text, size), y + size + 2))

        doc.defer(self.canv, number)
