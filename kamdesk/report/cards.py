"""A person's card on the printed chart, and the marks that must survive a greyscale copy.

A card never cuts what a director reads first: the name (two lines), the decision role,
the stance and the influence each get a line of their own at 7 pt or more; only the title
and the list of our counterparts may end in "…". Stance is printed as a word and as the
pattern of the band on the card's left (solid, light, empty, striped, hatched), and contact
freshness as a full, half or empty circle, so that a photocopy keeps the meaning.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from kamdesk.graph import comb
from kamdesk.graph.entities import Person
from kamdesk.graph.types import Side, Stance
from kamdesk.report import fonts
from kamdesk.report.blocks import ACCENT, INK, MUTED, RULE, STANCE_COLOURS, WARN, wrap
from kamdesk.report.context import Context
from kamdesk.report.pages import clip
from kamdesk.report.scripts import visual

CARD_W, CARD_H = 112.0, 72.0
BAND = 6.0
NAME_SIZE, TEXT_SIZE = 7.5, 7.0
FRESH_COLOURS = {comb.Freshness.FRESH: STANCE_COLOURS["champion"],
                 comb.Freshness.DUE: colors.HexColor("#f0a020"),
                 comb.Freshness.STALE: WARN, comb.Freshness.NEVER: WARN}
FRESH_GLYPHS = {comb.Freshness.FRESH: "●", comb.Freshness.DUE: "◐",
                comb.Freshness.STALE: "○", comb.Freshness.NEVER: "○"}


def freshness(p: Person, today: date) -> comb.Freshness:
    return comb.freshness(p.last_contact, p.cadence, today)


def dots(influence: int) -> str:
    return "●" * influence + "○" * (5 - influence)


class Card:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def lines(self, p: Person, width: float) -> list[tuple[str, float, bool, colors.Color]]:
        """The card's text lines: (text, size, bold, colour); the layout tests read these."""
        t, inner = self.ctx.t, width - BAND - 14
        out: list[tuple[str, float, bool, colors.Color]] = []
        name = wrap(p.name, inner, bold=True, size=NAME_SIZE)
        if len(name) > 2:
            name = [name[0], clip(" ".join(name[1:]), NAME_SIZE, inner, bold=True)]
        out += [(line, NAME_SIZE, True, INK) for line in name]
        title = wrap(p.title or p.department, inner + 8, size=TEXT_SIZE)
        if len(title) > 2:
            title = [title[0], clip(" ".join(title[1:]), TEXT_SIZE, inner + 8)]
        out += [(line, TEXT_SIZE, False, MUTED) for line in title if line]
        if p.side is Side.CLIENT:
            role = t.enum(p.decision_role) if p.decision_role else t.level(p.level)
            out.append((role, TEXT_SIZE, False, INK))
            out.append((f"{t.enum(p.stance)} · {dots(p.influence)}", TEXT_SIZE, True, INK))
            ours = self.ctx.their_ours(p.id)
            if ours != "—" or p.decision_role is not None:  # "nobody of ours" matters there
                out.append((clip("↔ " + ours, TEXT_SIZE, inner + 8), TEXT_SIZE, False,
                            ACCENT if ours != "—" else MUTED))
        return out

    def draw(self, canv: Canvas, x: float, y: float, p: Person, width: float = CARD_W) -> None:
        canv.setStrokeColor(RULE)
        canv.setFillColor(colors.white)
        canv.setLineWidth(0.7)
        canv.roundRect(x, y, width, CARD_H, 3, stroke=1, fill=1)
        self.stance_band(canv, x + 0.5, y + 0.5, BAND, CARD_H - 1, stance=p.stance)
        lines = self.lines(p, width)
        top = y + CARD_H - 9
        step = (CARD_H - 12) / max(7, len(lines))
        # One text object for the card's lines: a 10,000-person chart draws 70,000 of them,
        # and a drawString each costs a width calculation and a text object per line.
        text_obj = canv.beginText()
        for text, size, bold, colour in lines:
            shown = visual(text)
            if not fonts.covered(shown):  # needs the fallback font: the careful path
                canv.setFont(fonts.BOLD if bold else fonts.REGULAR, size)
                canv.setFillColor(colour)
                canv.drawString(x + BAND + 4, top, text)
            else:
                text_obj.setTextOrigin(x + BAND + 4, top)
                text_obj.setFont(fonts.BOLD if bold else fonts.REGULAR, size)
                text_obj.setFillColor(colour)
                text_obj.textOut(shown)
            top -= step
        if p.side is Side.CLIENT:  # freshness as a glyph: cheaper than a drawn circle
            state = freshness(p, self.ctx.today)
            text_obj.setTextOrigin(x + width - 10, y + CARD_H - 9.5)
            text_obj.setFont(fonts.REGULAR, 7.5)
            text_obj.setFillColor(FRESH_COLOURS[state])
            text_obj.textOut(FRESH_GLYPHS[state])
        canv.drawText(text_obj)

    @staticmethod
    def stance_band(canv: Canvas, x: float, y: float, w: float, h: float, *,
                    stance: Stance) -> None:
        """The stance as a pattern that tells the stances apart without colour."""
        colour = STANCE_COLOURS[stance.value]
        canv.saveState()
        canv.setLineWidth(0.6)
        canv.setStrokeColor(colour)
        if stance in (Stance.CHAMPION, Stance.SUPPORTER):
            canv.setFillColor(colour)
            canv.rect(x, y, w, h, stroke=0, fill=1)
        elif stance is Stance.SKEPTIC:  # horizontal bars
            canv.setFillColor(colour)
            step = 3.0
            yy = y
            while yy < y + h:
                canv.rect(x, yy, w, min(1.6, y + h - yy), stroke=0, fill=1)
                yy += step
        elif stance is Stance.BLOCKER:  # black band with white crosses: dark in any copy
            canv.setFillColor(colors.HexColor("#7a0916"))
            canv.rect(x, y, w, h, stroke=0, fill=1)
            canv.setStrokeColor(colors.white)
            canv.setLineWidth(0.8)
            yy = y + 1
            while yy + w < y + h:
                canv.line(x, yy, x + w, yy + w)
                canv.line(x, yy + w, x + w, yy)
                yy += w + 2
        else:  # neutral: an outline; unknown: a dotted outline
            if stance is Stance.UNKNOWN:
                canv.setDash(1, 1.5)
            canv.setStrokeColor(MUTED)
            canv.rect(x + 0.3, y + 0.3, w - 0.6, h - 0.6, stroke=1, fill=0)
        canv.restoreState()
