"""Our side of the account: our team by level, and the comb drawn as a picture.

The comb puts the client's levels as rows, the client's people on the left and ours on the
right, with a line for each pair: solid on the same level, dashed across levels (a
mismatch), and a red frame round a client decision maker or influencer nobody of ours
meets (a gap). Who is paired, and the gaps, come from kamdesk.graph; this only draws.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable

from kamdesk.graph import comb, queries
from kamdesk.graph.types import Level, Side
from kamdesk.report import blocks as b
from kamdesk.report import fonts
from kamdesk.report.context import Context
from kamdesk.report.pages import clip

PER_LEVEL = 8
ROW = 13.0
MISMATCH = colors.HexColor("#d97706")


def our_team(ctx: Context) -> list[Flowable]:
    t, g = ctx.t, ctx.graph
    met: dict[str, list[str]] = {}
    for x in comb.pairs(g):
        p = g.people[x.theirs]
        met.setdefault(x.ours, []).append(f"{p.name} ({t('level_short', n=int(p.level))})")
    ours = sorted(queries.people_of(g, Side.INTERNAL), key=lambda p: (p.level, p.name))
    rows = [[t.level(p.level), ctx.who(p.id), p.title, ", ".join(met.get(p.id, [])) or "—"]
            for p in ours]
    return b.table([t("level"), t("name"), t("title"), t("meets")], rows,
                   b.scaled([1, 2, 2.2, 3.6], ctx.width))


class CombPicture(Flowable):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        g = ctx.graph
        self.gaps = set(comb.gaps(g))
        self.pairs = [(x.theirs, x.ours) for x in comb.pairs(g)]
        paired_client = {c for c, _ in self.pairs}
        self.left: dict[Level, list[str]] = {}
        self.right: dict[Level, list[str]] = {}
        self.hidden: dict[tuple[Level, str], int] = {}
        clients = queries.people_by_level(g, Side.CLIENT)
        ours = queries.people_by_level(g, Side.INTERNAL)
        for level in Level:
            shown = [p for p in clients[level] if p in self.gaps or p in paired_client]
            shown.sort(key=lambda p: (p not in self.gaps, -g.people[p].influence,
                                      g.people[p].name))
            self.left[level] = shown[:PER_LEVEL]
            self.hidden[(level, "left")] = len(shown) - len(self.left[level])
            mine = sorted(ours[level], key=lambda p: g.people[p].name)
            self.right[level] = mine[:PER_LEVEL]
            self.hidden[(level, "right")] = len(mine) - len(self.right[level])

    def _rows(self, level: Level) -> int:
        return max(1, len(self.left[level]) + (self.hidden[(level, "left")] > 0),
                   len(self.right[level]) + (self.hidden[(level, "right")] > 0))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = 18 + sum(self._rows(level) * ROW + 10 for level in Level) + 14
        return self.width, self.height

    def draw(self) -> None:
        canv, t, g = self.canv, self.ctx.t, self.ctx.graph
        w = self.width
        label_w, box_w = 70.0, (w - 70 - 90) / 2
        lx, rx = label_w, w - box_w
        canv.setFont(fonts.BOLD, 8)
        canv.setFillColor(b.ACCENT)
        canv.drawString(lx, self.height - 10, t("their_side"))
        canv.drawString(rx, self.height - 10, t("our_team"))
        y = self.height - 18
        where_l: dict[str, tuple[float, float]] = {}
        where_r: dict[str, tuple[float, float]] = {}
        boxes: list[tuple[float, float, str, bool, bool]] = []
        for level in Level:
            rows = self._rows(level)
            band = rows * ROW + 10
            canv.setFillColor(b.HEAD_FILL)
            canv.rect(0, y - band + 2, w, band - 4, stroke=0, fill=1)
            canv.setFillColor(b.INK)
            canv.setFont(fonts.BOLD, 7.5)
            canv.drawString(4, y - 12, t.level(level))
            for column, ids, x, where in (("left", self.left[level], lx, where_l),
                                          ("right", self.right[level], rx, where_r)):
                for i, pid in enumerate(ids):
                    top = y - 5 - i * ROW
                    where[pid] = (x, top - ROW / 2 + 1)
                    boxes.append((x, top, pid, pid in self.gaps, column == "right"))
                more = self.hidden[(level, column)]
                if more:
                    canv.setFont(fonts.REGULAR, 7)
                    canv.setFillColor(b.MUTED)
                    canv.drawString(x + 3, y - 5 - len(ids) * ROW - 9,
                                    t("and_more", count=more))
            y -= band
        for client, ours in self.pairs:  # the pairs, under the boxes
            if client not in where_l or ours not in where_r:
                continue
            same = g.people[client].level == g.people[ours].level
            canv.saveState()
            canv.setStrokeColor(b.ACCENT if same else MISMATCH)
            canv.setLineWidth(0.9 if same else 1.2)
            if not same:
                canv.setDash(3, 2)
            (x1, y1), (x2, y2) = where_l[client], where_r[ours]
            canv.line(x1 + box_w, y1, x2, y2)
            canv.restoreState()
        for x, top, pid, gap, mine in boxes:
            p = g.people[pid]
            canv.setFillColor(colors.white)
            canv.setStrokeColor(b.WARN if gap else b.RULE)
            canv.setLineWidth(1.4 if gap else 0.6)
            canv.rect(x, top - ROW + 2, box_w, ROW - 2, stroke=1, fill=1)
            canv.setFillColor(b.INK)
            canv.setFont(fonts.REGULAR, 7)
            text = p.name if mine else f"{p.name} · {t.enum(p.stance)}"
            canv.drawString(x + 3, top - ROW + 5, clip(text, 7, box_w - 6))
        canv.setFont(fonts.REGULAR, 7)
        canv.setFillColor(b.MUTED)
        canv.drawString(0, 2, t("comb_legend"))


def our_side(ctx: Context) -> list[Flowable]:
    """Our team, the comb picture, and the pairs across levels spelled out."""
    t, g = ctx.t, ctx.graph
    out: list[Flowable] = [b.para(t("our_team_by_level"), b.H2), *our_team(ctx),
                           b.para(t("comb_picture"), b.H2), CombPicture(ctx)]
    rows = []
    for link_id in comb.mismatches(g):
        x = g.link(link_id)
        ours, theirs = g.people[x.source], g.people[x.target]
        rows.append([ctx.who(ours.id), t.level(ours.level), theirs.name, t.level(theirs.level)])
    if rows:
        out += [b.para(t("mismatches"), b.H3),
                *b.table([t("our_team"), t("level"), t("their_side"), t("level")], rows,
                         b.scaled([2.5, 1, 2.5, 1], ctx.width))]
    return out
