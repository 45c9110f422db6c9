"""The printed org chart: page-sized blocks a reader can follow, linked by page references.

The chart opens with a titled block of everybody who has no manager (a chairman of the
board with nobody under them is a top person, not a junior at the end). Then each person
with reports gets a block: their card on top, their direct reports as columns, and under
each column head that person's own reports stacked. Whoever has more below them than the
block can show gets a block of their own, placed right after — depth first — so that a
department's teams follow its head instead of being spread level by level across the
company. A block that continues another is framed and headed "Team of X (reports to Y,
p. N)"; a reference to the same page says "below" instead of a page number.

``paginate`` is pure (ids in, blocks out); ``ChartPage`` draws one block as vector graphics.
The block of the subtree under person X has the key ``tree-X``, so every reference is known
before layout; the page numbers are filled in at the end (see pages.Document.defer).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from kamdesk.graph.entities import Person
from kamdesk.graph.types import Stance
from kamdesk.report import fonts
from kamdesk.report.blocks import ACCENT, INK, MUTED, RULE, WARN
from kamdesk.report.cards import CARD_H, CARD_W, Card
from kamdesk.report.context import Context
from kamdesk.report.pages import clip

COL_W = CARD_W + 12  # four columns across A4 portrait (a 510-point frame)
STACK_INDENT = 8
MAX_DEPTH = 3  # deeper stacked levels keep the third level's indent
STACK_STEP = CARD_H + 6
HEAD_H = 16  # the block's heading
TOP_BAND = CARD_H + 26  # the block's manager card and the connector below it
ROW_GAP = 18

Line = tuple[str, str, str]  # (from, to, kind): "influences", "conflict", "dotted"


@dataclass
class Column:
    head: str
    stack: list[str] = field(default_factory=list)
    depth: dict[str, int] = field(default_factory=dict)  # stacked person → 1 = reports to head
    parent: dict[str, str] = field(default_factory=dict)  # stacked person → their manager

    def height(self) -> float:
        return CARD_H + len(self.stack) * STACK_STEP


@dataclass
class Page:
    key: str
    root: str | None  # None: the block of people with no manager
    rows: list[list[Column]] = field(default_factory=list)
    came_from: str | None = None  # the block whose card refers here
    next: str | None = None  # a continuation of this block (more columns)
    more: dict[str, str] = field(default_factory=dict)  # person on this block → their block
    first_of: str | None = None  # set on a continuation: the block it continues

    def people(self) -> set[str]:
        found = {c.head for row in self.rows for c in row}
        found.update(p for row in self.rows for c in row for p in c.stack)
        if self.root is not None:
            found.add(self.root)
        return found


def tree_key(person_id: str) -> str:
    return f"tree-{person_id}"


def paginate(reports: Callable[[str], list[str]], roots: list[str], width: float,
             height: float) -> list[Page]:
    """Cut the forest under ``roots`` into blocks of at most ``width`` × ``height`` points."""
    per_row = max(1, int(width // COL_W))
    room = height - HEAD_H
    stack_limit = max(1, int((room - TOP_BAND - CARD_H) // STACK_STEP))
    pages: list[Page] = []
    per_page = per_row * max(1, int(room // (CARD_H + ROW_GAP)))
    for n, first in enumerate(range(0, len(roots), per_page), start=1):
        chunk = roots[first:first + per_page]
        top = Page(f"top-{n}", None, [[Column(p) for p in chunk[i:i + per_row]]
                                      for i in range(0, len(chunk), per_row)])
        top.more = {r: tree_key(r) for r in chunk if reports(r)}
        pages.append(top)
    todo: list[tuple[str, str | None]] = [(r, f"top-{1 + i // per_page}")
                                          for i, r in enumerate(roots) if reports(r)]
    todo.reverse()
    spawned_ever: set[str] = set()
    while todo:  # depth first: a team's blocks follow its head's
        root, came_from = todo.pop()
        spawned: list[tuple[str, str]] = []
        page = Page(tree_key(root), root, came_from=came_from)
        pages.append(page)
        used, continued = TOP_BAND, 0
        row: list[Column] = []
        for head in reports(root):
            below = reports(head)
            col = _column(head, reports, stack_limit)
            if len(row) == per_row:
                page.rows.append(row)
                used += max(c.height() for c in row) + ROW_GAP
                row = []
            if (row or page.rows) and used + max(c.height() for c in [*row, col]) > room:
                if row:
                    page.rows.append(row)
                continued += 1
                nxt = Page(f"{tree_key(root)}-{continued}", root, came_from=page.key,
                           first_of=page.key)
                page.next = nxt.key
                pages.append(nxt)
                page, used, row = nxt, TOP_BAND, []
            row.append(col)
            for person in [head] if not col.stack and below else col.stack:
                team = reports(person)
                if team and team[0] not in col.depth and person not in spawned_ever:
                    spawned_ever.add(person)  # their team is not in this column: a block
                    page.more[person] = tree_key(person)
                    spawned.append((person, page.key))
        if row:
            page.rows.append(row)
        todo += reversed(spawned)
    return pages


def _column(head: str, reports: Callable[[str], list[str]], limit: int) -> Column:
    """A column head with what fits under it: the whole team, indented, when it is small
    (a chain of managers then takes one column, not one block per level); else the direct
    reports; else nobody (the head's team gets a block of its own)."""
    col = Column(head)
    todo = [(r, 1, head) for r in reversed(reports(head))]
    while todo and len(col.stack) <= limit:
        person, depth, boss = todo.pop()
        col.stack.append(person)
        col.depth[person], col.parent[person] = depth, boss
        todo += [(r, depth + 1, person) for r in reversed(reports(person))]
    if not todo and len(col.stack) <= limit:
        return col
    below = reports(head)
    if len(below) <= limit:
        return Column(head, below, dict.fromkeys(below, 1), dict.fromkeys(below, head))
    return Column(head)


class ChartPage(Flowable):
    """One block of the chart: heading, frame, cards, connectors and the lines among them."""

    def __init__(self, page: Page, ctx: Context, managers: dict[str, str | None],
                 lines: list[Line], marks: list[tuple[str, str, int]]) -> None:
        super().__init__()
        self.page, self.ctx, self.lines, self.marks = page, ctx, lines, marks
        self.managers = managers  # a block root's manager, for the heading
        self.people: Mapping[str, Person] = ctx.graph.people
        self.card = Card(ctx)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """As tall as its content, so that small blocks share a sheet of paper."""
        page = self.page
        rows = sum(max(c.height() for c in row) for row in page.rows)
        self.width = avail_width
        self.height = (HEAD_H + (TOP_BAND if page.root is not None else 0) + rows
                       + ROW_GAP * max(0, len(page.rows) - 1) + (16 if page.next else 6))
        return self.width, self.height

    def draw(self) -> None:
        canv, page, doc = self.canv, self.page, self.ctx.doc
        for key, title, level in self.marks:
            doc.mark(canv, key, self.height, title, level)
        doc.mark(canv, page.key, self.height)
        doc.legend_pages.add(canv.getPageNumber())
        self._origin = canv.absolutePosition(0, 0)
        cards, wires = self._layout()
        framed = page.came_from is not None and page.root is not None
        if framed:
            canv.setStrokeColor(ACCENT)
            canv.setLineWidth(0.6)
            canv.roundRect(0, 0, self.width, self.height - 2, 4, stroke=1, fill=0)
        self._heading()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.8)
        for x1, y1, x2, y2 in wires:
            canv.line(x1, y1, x2, y2)
        where = {pid: (x, y, w) for pid, x, y, w in cards}
        self._lines(where)
        for pid, x, y, w in cards:
            self.card.draw(canv, x, y, self.people[pid], w)
            target = page.more.get(pid)
            if target is not None and pid != page.root:
                self._ref(x + w - 4, y + 3, target, "more_on", right=True, arrow=True)
        if page.next is not None:
            self._ref(self.width / 2, 4, page.next, "more_on", centred=True)

    # ------------------------------------------------------------------ layout
    def _layout(self) -> tuple[list[tuple[str, float, float, float]],
                               list[tuple[float, float, float, float]]]:
        page = self.page
        cards: list[tuple[str, float, float, float]] = []
        wires: list[tuple[float, float, float, float]] = []
        top = self.height - HEAD_H
        center = self.width / 2
        has_root = page.root is not None
        if page.root is not None:
            cards.append((page.root, center - CARD_W / 2, top - CARD_H, CARD_W))
        y = top - (TOP_BAND if has_root else 0)
        widest = max((len(row) for row in page.rows), default=1)
        trunk = center - widest * COL_W / 2 + 2
        first_bus = y + ROW_GAP / 2 + 2
        for n, row in enumerate(page.rows):
            xs = [center + (i - (len(row) - 1) / 2) * COL_W for i in range(len(row))]
            bus = y + ROW_GAP / 2 + 2
            if has_root:
                if n == 0:
                    wires.append((center, top - CARD_H, center, bus))
                left = trunk if len(page.rows) > 1 else min([*xs, center])
                wires.append((left, bus, max([*xs, center]), bus))
                if n > 0:
                    wires.append((trunk, first_bus, trunk, bus))
            for x, col in zip(xs, row, strict=True):
                left_x = x - CARD_W / 2
                if has_root:
                    wires.append((x, bus, x, y))
                cards.append((col.head, left_x, y - CARD_H, CARD_W))
                bottom = {col.head: (left_x, y - CARD_H)}  # a card's left and bottom
                for i, person in enumerate(col.stack):
                    card_top = y - CARD_H - 6 - i * STACK_STEP
                    indent = STACK_INDENT * min(col.depth.get(person, 1), MAX_DEPTH)
                    boss_x, boss_bottom = bottom[col.parent.get(person, col.head)]
                    spine = boss_x + STACK_INDENT / 2
                    mid = card_top - CARD_H / 2
                    wires.append((spine, boss_bottom, spine, mid))
                    wires.append((spine, mid, left_x + indent, mid))
                    cards.append((person, left_x + indent, card_top - CARD_H, CARD_W - indent))
                    bottom[person] = (left_x + indent, card_top - CARD_H)
            y -= max(c.height() for c in row) + ROW_GAP
        return cards, wires

    # ------------------------------------------------------------------ pieces
    def _heading(self) -> None:
        page, t, ctx = self.page, self.ctx.t, self.ctx
        y = self.height - 11
        if page.root is None:
            self.canv.setFont(fonts.BOLD, 9)
            self.canv.setFillColor(ACCENT)
            self.canv.drawString(6, y, t("top_block"))
            return
        p = self.people[page.root]
        name = clip(p.name, 8.5, self.width * 0.45, bold=True)
        head = t("team_of", name=name) + (f" — {p.department}" if p.department else "")
        head = clip(head, 8.5, self.width * 0.62, bold=True)
        self.canv.setFont(fonts.BOLD, 8.5)
        self.canv.setFillColor(ACCENT)
        self.canv.drawString(6, y, head)
        source = page.first_of or page.came_from
        boss = self.managers.get(page.root)
        if source is None:
            return
        boss_name = clip(self.people[boss].name, 8, self.width * 0.2) if boss else ""
        x = 6 + fonts.width(head, 8.5, bold=True) + 6
        origin, doc = self._origin, ctx.doc
        continuation = page.first_of is not None

        def note(c: Canvas, anchors: dict[str, int]) -> None:
            n = anchors.get(source, "?")
            here = n == c.getPageNumber()
            if continuation:
                text = f"({t('continued_p', page=n)})"
            elif boss is None:  # a top person's team: back to the top block
                text = f"({t('top_p', page=n)})"
            elif here:
                text = f"({t('reports_to_p', name=boss_name, page=n)})".replace(
                    t("page_ref", page=n), t("above"))
            else:
                text = f"({t('reports_to_p', name=boss_name, page=n)})"
            c.setFont(fonts.REGULAR, 8)
            c.setFillColor(INK)
            ax, ay = origin[0] + x, origin[1] + y
            c.drawString(ax, ay, text)
            if not here:
                doc.link(c, source, (ax, ay - 2, ax + fonts.width(text, 8), ay + 9))

        doc.defer(self.canv, note)

    def _ref(self, x: float, y: float, target: str, key: str, *, right: bool = False,
             centred: bool = False, arrow: bool = False) -> None:
        t, origin, doc = self.ctx.t, self._origin, self.ctx.doc

        def draw(c: Canvas, anchors: dict[str, int]) -> None:
            n = anchors.get(target, "?")
            if n == c.getPageNumber():
                text = ("↓ " if arrow else "") + t("below")
            else:
                text = ("→ " + t("page_ref", page=n)) if arrow else t(key, page=n)
            c.setFont(fonts.BOLD, 7)
            c.setFillColor(ACCENT)
            ax, ay = origin[0] + x, origin[1] + y
            w = fonts.width(text, 7, bold=True)
            left = ax - w if right else ax - w / 2 if centred else ax
            c.drawString(left, ay, text)
            doc.link(c, target, (left, ay - 2, left + w, ay + 8))

        doc.defer(self.canv, draw)

    def _lines(self, where: dict[str, tuple[float, float, float]]) -> None:
        """Influence, conflict and dotted lines between cards of this block, under the cards."""
        canv = self.canv
        for a, b, kind in self.lines:
            if a not in where or b not in where:
                continue
            (xa, ya, wa), (xb, yb, wb) = where[a], where[b]
            x1, y1 = xa + wa / 2, ya + CARD_H / 2
            x2, y2 = xb + wb / 2, yb + CARD_H / 2
            canv.saveState()
            if kind == "influences":
                canv.setStrokeColor(ACCENT)
                canv.setDash(4, 2)
            elif kind == "conflict":
                canv.setStrokeColor(WARN)
                canv.setDash([6, 2, 1, 2])
            else:
                canv.setStrokeColor(MUTED)
                canv.setDash(1, 2)
            canv.setLineWidth(1.1)
            mid_x = (x1 + x2) / 2
            path = canv.beginPath()
            path.moveTo(x1, y1)
            path.curveTo(mid_x, y1 + 30, mid_x, y2 + 30, x2, y2)
            canv.drawPath(path, stroke=1, fill=0)
            canv.restoreState()


def draw_legend(ctx: Context) -> Callable[[Canvas, float, float, float], None]:
    """The chart's legend, drawn above the footer of every page with a chart block."""
    t = ctx.t
    card = Card(ctx)

    def legend(canv: Canvas, x: float, y: float, width: float) -> None:
        top = y + 7
        canv.setFont(fonts.BOLD, 6.5)
        canv.setFillColor(INK)
        canv.drawString(x, top, t("legend"))
        pos = x + fonts.width(t("legend"), 6.5, bold=True) + 4
        for stance in Stance:
            card.stance_band(canv, pos, top - 1.5, 5, 8, stance=stance)
            canv.setFont(fonts.REGULAR, 6.5)
            canv.setFillColor(INK)
            word = t.enum(stance)
            canv.drawString(pos + 7, top, word)
            pos += 7 + fonts.width(word, 6.5) + 8
        canv.setFont(fonts.REGULAR, 6.5)
        canv.drawString(x, y - 1, clip(f"{t('legend_fresh')} · {t('legend_lines')}", 6.5, width))

    return legend
