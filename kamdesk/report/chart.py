"""The printed org chart: page-sized subtrees that stay readable, linked by page references.

A chart block shows one manager on top, their direct reports as columns, and under each
column head that person's own reports stacked (the compact arrangement). Whoever has more
below them than the page can show gets a page of their own: their card says "→ p. N" and
their page says "continued from page M". A manager with more columns than fit continues on
a further page. Nothing is ever shrunk.

``paginate`` is pure (ids in, pages out); ``ChartPage`` draws one page as vector graphics.
The page of the subtree under person X has the key ``tree-X``, so every reference is known
before layout; the page numbers are filled in at the end (see pages.Document.defer).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from kamdesk.graph.entities import Person
from kamdesk.report import fonts
from kamdesk.report.blocks import ACCENT, INK, MUTED, RULE, STANCE_COLOURS, WARN
from kamdesk.report.labels import Labels
from kamdesk.report.pages import Document, clip

CARD_W, CARD_H = 112.0, 50.0
COL_W = CARD_W + 12  # four columns across A4 portrait (a 510-point frame)
STACK_INDENT = 8
STACK_STEP = CARD_H + 6
TOP_BAND = CARD_H + 40  # the page's manager card, its notes and the connector below
ROW_GAP = 22


@dataclass
class Column:
    head: str
    stack: list[str] = field(default_factory=list)

    def height(self) -> float:
        return CARD_H + len(self.stack) * STACK_STEP


@dataclass
class Page:
    key: str
    root: str | None  # None: a page of people with no manager and nobody below them
    rows: list[list[Column]] = field(default_factory=list)
    came_from: str | None = None  # the page whose card refers here
    next: str | None = None  # a continuation of this page (more columns)
    more: dict[str, str] = field(default_factory=dict)  # person on this page → their page


def tree_key(person_id: str) -> str:
    return f"tree-{person_id}"


def paginate(reports: Callable[[str], list[str]], roots: list[str], width: float,
             height: float) -> list[Page]:
    """Cut the forest under ``roots`` into pages of at most ``width`` × ``height`` points."""
    per_row = max(1, int(width // COL_W))
    stack_limit = max(1, int((height - TOP_BAND - CARD_H) // STACK_STEP))
    pages: list[Page] = []
    queue: deque[tuple[str, str | None]] = deque((r, None) for r in roots if reports(r))
    while queue:
        root, came_from = queue.popleft()
        page = Page(tree_key(root), root, came_from=came_from)
        pages.append(page)
        used, continued = TOP_BAND, 0
        row: list[Column] = []
        for head in reports(root):
            below = reports(head)
            col = Column(head, below if len(below) <= stack_limit else [])
            if len(row) == per_row:
                page.rows.append(row)
                used += max(c.height() for c in row) + ROW_GAP
                row = []
            if (row or page.rows) and used + max(c.height() for c in [*row, col]) > height:
                if row:
                    page.rows.append(row)
                continued += 1
                nxt = Page(f"{tree_key(root)}-{continued}", root, came_from=page.key)
                page.next = nxt.key
                pages.append(nxt)
                page, used, row = nxt, TOP_BAND, []
            row.append(col)
            for person in [head] if not col.stack and below else col.stack:
                if reports(person):
                    page.more[person] = tree_key(person)
                    queue.append((person, page.key))
        if row:
            page.rows.append(row)
    loners = [r for r in roots if not reports(r)]
    per_page = per_row * max(1, int((height - 20) // (CARD_H + ROW_GAP)))
    for n, first in enumerate(range(0, len(loners), per_page), start=1):
        chunk = loners[first:first + per_page]
        rows = [[Column(p) for p in chunk[i:i + per_row]] for i in range(0, len(chunk), per_row)]
        pages.append(Page(f"loners-{n}", None, rows))
    return pages


@dataclass
class CardFacts:
    """What a card shows beyond the person: our counterparts and the colour of freshness."""

    counterparts: dict[str, list[str]]  # client id → names of our people
    today: date


class ChartPage(Flowable):
    def __init__(self, page: Page, people: dict[str, Person], facts: CardFacts,
                 doc: Document, t: Labels) -> None:
        super().__init__()
        self.page, self.people, self.facts, self.doc, self.t = page, people, facts, doc, t

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """As tall as its content, so that small subtrees share a sheet of paper."""
        page = self.page
        rows = sum(max(c.height() for c in row) for row in page.rows)
        self.width = avail_width
        self.height = ((TOP_BAND if page.root is not None else 0) + rows
                       + ROW_GAP * max(0, len(page.rows) - 1) + (14 if page.next else 4))
        return self.width, self.height

    def draw(self) -> None:
        canv, page = self.canv, self.page
        self.doc.anchors.setdefault(page.key, canv.getPageNumber())
        top = self.height
        center = self.width / 2
        has_root = page.root is not None
        if page.root is not None:
            self._card(center - CARD_W / 2, top - CARD_H, page.root)
            if page.came_from is not None:
                self._note(center, top - CARD_H - 9, "continued_from", page.came_from)
            if page.next is not None:
                self._note(center, 3, "continued_on", page.next)
        y = top - (TOP_BAND if has_root else 0)
        widest = max((len(row) for row in page.rows), default=1)
        trunk = center - widest * COL_W / 2 + 2  # left of the columns, for the later rows
        first_bus = y + ROW_GAP / 2 + 2
        for n, row in enumerate(page.rows):
            xs = [center + (i - (len(row) - 1) / 2) * COL_W for i in range(len(row))]
            bus = y + ROW_GAP / 2 + 2
            if has_root:
                if n == 0:
                    self._line(center, top - CARD_H - 12, center, bus)
                left = trunk if len(page.rows) > 1 else min([*xs, center])
                self._line(left, bus, max([*xs, center]), bus)
                if n > 0:
                    self._line(trunk, first_bus, trunk, bus)
            for x, col in zip(xs, row, strict=True):
                if has_root:
                    self._line(x, bus, x, y)
                self._column(x - CARD_W / 2, y, col)
            y -= max(c.height() for c in row) + ROW_GAP

    # ------------------------------------------------------------------ pieces
    def _column(self, left: float, top: float, col: Column) -> None:
        self._card(left, top - CARD_H, col.head)
        if not col.stack:
            return
        trunk = left + STACK_INDENT / 2
        last_mid = top - CARD_H - (len(col.stack) - 1) * STACK_STEP - STACK_STEP / 2 - 3
        self._line(trunk, top - CARD_H, trunk, last_mid)
        for i, person in enumerate(col.stack):
            card_top = top - CARD_H - 6 - i * STACK_STEP
            self._line(trunk, card_top - CARD_H / 2, left + STACK_INDENT, card_top - CARD_H / 2)
            self._card(left + STACK_INDENT, card_top - CARD_H, person, CARD_W - STACK_INDENT)

    def _line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.8)
        self.canv.line(x1, y1, x2, y2)

    def _note(self, x: float, y: float, key: str, target: str) -> None:
        t = self.t

        def draw(canv: Canvas, anchors: dict[str, int]) -> None:
            canv.setFont(fonts.REGULAR, 7)
            canv.setFillColor(ACCENT)
            canv.drawCentredString(x + self.doc_x(), y + self.doc_y(),
                                   t(key, page=anchors.get(target, "?")))

        self._defer(draw)

    def _card(self, x: float, y: float, person_id: str, width: float = CARD_W) -> None:
        canv, p = self.canv, self.people[person_id]
        t = self.t
        canv.setStrokeColor(RULE)
        canv.setFillColor(colors.white)
        canv.setLineWidth(0.7)
        canv.roundRect(x, y, width, CARD_H, 3, stroke=1, fill=1)
        canv.setFillColor(STANCE_COLOURS[p.stance.value])
        canv.rect(x, y, 4, CARD_H, stroke=0, fill=1)
        inner = width - 18
        canv.setFillColor(INK)
        canv.setFont(fonts.BOLD, 7.5)
        canv.drawString(x + 8, y + CARD_H - 11, clip(p.name, 7.5, inner, bold=True))
        canv.setFont(fonts.REGULAR, 6.5)
        canv.setFillColor(MUTED)
        canv.drawString(x + 8, y + CARD_H - 21, clip(p.title or p.department, 6.5, inner + 8))
        dots = "●" * p.influence + "○" * (5 - p.influence)
        facts = f"{t.level(p.level)} · {t.enum(p.decision_role)}" if p.decision_role else \
            t.level(p.level)
        canv.drawString(x + 8, y + CARD_H - 31, clip(f"{facts} · {dots}", 6.5, inner + 8))
        ours = self.facts.counterparts.get(person_id, [])
        canv.setFillColor(ACCENT if ours else MUTED)
        canv.drawString(x + 8, y + CARD_H - 41,
                        clip("↔ " + (", ".join(ours) if ours else "—"), 6.5, inner + 8))
        canv.setFillColor(self._freshness(p))
        canv.circle(x + width - 6, y + CARD_H - 7, 2.4, stroke=0, fill=1)
        target = self.page.more.get(person_id)
        if target is not None and person_id != self.page.root:
            def draw(c: Canvas, anchors: dict[str, int], x: float = x, y: float = y,
                     width: float = width) -> None:
                c.setFont(fonts.BOLD, 6.5)
                c.setFillColor(ACCENT)
                c.drawRightString(x + width - 4 + self.doc_x(), y + 3 + self.doc_y(),
                                  f"→ {anchors.get(target, '?')}")
            self._defer(draw)

    def _freshness(self, p: Person) -> colors.Color:
        if p.last_contact is None:
            return colors.HexColor("#d0d7de")
        days = (self.facts.today - p.last_contact).days
        if days <= p.cadence:
            return STANCE_COLOURS["champion"]
        return colors.HexColor("#f0a020") if days <= 2 * p.cadence else WARN

    # Deferred drawings run after the page is finished, outside this flowable's
    # coordinate system: they add the frame's origin themselves.
    def _defer(self, draw: Callable[[Canvas, dict[str, int]], None]) -> None:
        self._origin = self.canv.absolutePosition(0, 0)
        self.doc.defer(self.canv, draw)

    def doc_x(self) -> float:
        return float(self._origin[0])

    def doc_y(self) -> float:
        return float(self._origin[1])
