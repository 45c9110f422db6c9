"""How a person looks on a chart: card size, colours and the painting of one card."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen

from kamdesk.graph import comb
from kamdesk.graph.entities import Person
from kamdesk.graph.types import DecisionRole, Level, Side, Stance
from kamdesk.ui import i18n

STANCE_COLOURS = {
    Stance.CHAMPION: QColor("#2e7d32"),
    Stance.SUPPORTER: QColor("#8bc34a"),
    Stance.NEUTRAL: QColor("#9e9e9e"),
    Stance.SKEPTIC: QColor("#f39c12"),
    Stance.BLOCKER: QColor("#c62828"),
    Stance.UNKNOWN: QColor("#cfd8dc"),
}
FRESHNESS_COLOURS = {comb.Freshness.FRESH: QColor("#43a047"),
                     comb.Freshness.DUE: QColor("#fbc02d"),
                     comb.Freshness.STALE: QColor("#e53935"),
                     comb.Freshness.NEVER: QColor("#bdbdbd")}
LINE_HEIGHT = 15.0
PAD = 7.0
STRIPE = 7.0
MIN_WIDTH, MAX_WIDTH = 170.0, 260.0



def level_names() -> dict[int, str]:
    """Level words of the domain's vocabulary, in the UI's language."""
    words = i18n.words()
    return {int(level): words.level(level) for level in Level}


def role_names() -> dict[DecisionRole, str]:
    words = i18n.words()
    return {role: words.enum(role) for role in DecisionRole}


def stance_names() -> dict[Stance, str]:
    words = i18n.words()
    return {stance: words.enum(stance) for stance in Stance}


def card_size(person: Person, counterparts: bool) -> tuple[float, float]:
    """Wide enough for the longer of name and title (estimated: no font metrics per card)."""
    chars = max(len(person.name) * 1.1, len(person.title))
    width = min(MAX_WIDTH, max(MIN_WIDTH, 6.2 * chars + STRIPE + 2 * PAD))
    lines = 4 + (1 if counterparts else 0)
    return width, lines * LINE_HEIGHT + 2 * PAD


def freshness(person: Person, today: date) -> QColor:
    """The contact dot's colour, by the one freshness rule (``graph.comb``)."""
    return FRESHNESS_COLOURS[comb.freshness(person.last_contact, person.cadence, today)]


class CardPainter:
    """Paints cards; fonts and metrics made once per chart, not once per card."""

    def __init__(self) -> None:
        self.name_font = QFont()
        self.name_font.setPointSizeF(9.0)
        self.name_font.setBold(True)
        self.text_font = QFont()
        self.text_font.setPointSizeF(8.0)
        self.name_metrics = QFontMetrics(self.name_font)
        self.text_metrics = QFontMetrics(self.text_font)
        self.levels = level_names()
        self.roles = role_names()
        self.border = QPen(QColor("#90a4ae"), 1.0)
        self.selected = QPen(QColor("#1565c0"), 3.0)
        self.target = QPen(QColor("#6a1b9a"), 3.0, Qt.PenStyle.DashLine)
        # a vacant post: a dashed frame and the vocabulary's word where the name would be
        self.vacant = QPen(QColor("#78909c"), 1.4, Qt.PenStyle.DashLine)
        self.vacant_word = i18n.words()("vacant_post")
        self.number = i18n.words().number  # "+1,234" / "+1 234" under a collapsed card

    def paint(self, painter: QPainter, box: QRectF, person: Person, *, counterparts: list[str],
              state: tuple[bool, bool, bool], today: date, band: QColor | None = None) -> None:
        """state: (selected, highlighted by search, drop target); band: the colour band's
        colour (default: the stance's)."""
        selected, highlighted, target = state
        painter.setPen(self.target if target else self.selected if selected else
                       self.vacant if person.vacancy else self.border)
        painter.setBrush(QColor("#fff59d") if highlighted else
                         QColor("#f5f7f8") if person.vacancy else QColor("#ffffff"))
        painter.drawRoundedRect(box, 5, 5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(band if band is not None else STANCE_COLOURS[person.stance])
        painter.drawRect(QRectF(box.x() + 1, box.y() + 1, STRIPE, box.height() - 2))
        painter.setBrush(freshness(person, today))
        painter.drawEllipse(QPointF(box.right() - 9, box.y() + 9), 4.5, 4.5)
        left = box.x() + STRIPE + PAD
        width = box.width() - STRIPE - 2 * PAD - 10
        y = box.y() + PAD
        painter.setPen(QColor("#212121"))
        painter.setFont(self.name_font)
        name = person.name
        if person.vacancy:  # the post is what is known: say it is vacant, then its title
            painter.setPen(QColor("#546e7a"))
            name = self.vacant_word if name in ("", person.title) else \
                f"{self.vacant_word}: {name}"
        self._line(painter, self.name_metrics, name, QPointF(left, y), width)
        painter.setFont(self.text_font)
        painter.setPen(QColor("#37474f"))
        role = self.roles[person.decision_role] if person.decision_role is not None else ""
        influence = "●" * person.influence + "○" * (5 - person.influence)
        lines = [person.title,
                 " · ".join(x for x in (person.department, self.levels[person.level]) if x),
                 f"{influence}  {role}" if person.side is Side.CLIENT else influence]
        if counterparts:
            lines.append("↔ " + ", ".join(counterparts))
        for text in lines:
            y += LINE_HEIGHT
            self._line(painter, self.text_metrics, text, QPointF(left, y), width + 10)

    @staticmethod
    def _line(painter: QPainter, metrics: QFontMetrics, text: str, at: QPointF,
              width: float) -> None:
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width))
        painter.drawText(QRectF(at.x(), at.y(), width, LINE_HEIGHT),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
