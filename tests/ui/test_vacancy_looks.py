"""A vacant post in the app: the person editor's "Vacant post" box, one undo step, saved;
the chart card drawn with a dashed frame and the vocabulary's word instead of a name."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QCheckBox

from kamdesk.graph.entities import Person
from kamdesk.graph.types import Side
from kamdesk.ui.chart.cards import CardPainter
from tests.ui.test_editor import click_card, two_cards, window
from tests.ui.test_views import path, rows

__all__ = ["path", "window"]  # fixtures


def test_the_editor_marks_a_post_vacant_in_one_undo_step(qtbot, window, path: Path) -> None:
    g = window.graph
    pid, _ = two_cards(window)
    click_card(qtbot, window, pid)
    box = window.editor.findChild(QCheckBox, "edit_vacancy")
    assert box is not None and not box.isChecked() and not g.person(pid).vacancy
    steps = window.document.stack.count()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert g.person(pid).vacancy
    assert rows(path, g.id)["people"][pid].vacancy  # type: ignore[index]  # saved at once
    assert window.document.stack.count() == steps + 1
    window.undo_action.trigger()
    assert not g.person(pid).vacancy and not box.isChecked()
    shots = os.environ.get("KAMDESK_SHOTS")
    if shots:
        window.resize(1280, 800)
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
        window.grab().save(str(Path(shots) / "vacant_editor.png"))


def card(person: Person) -> QImage:
    image = QImage(260, 110, QImage.Format.Format_ARGB32)
    image.fill(QColor("#eceff1"))
    painter = QPainter(image)
    CardPainter().paint(painter, QRectF(10, 10, 220, 80), person, counterparts=[],
                        state=(False, False, False), today=date(2026, 12, 1))
    painter.end()
    return image


def frame_gaps(image: QImage) -> int:
    """Pixels along the card's bottom edge that are the background, not the frame."""
    return sum(1 for x in range(40, 200)
               if image.pixelColor(x, 90).name() == "#eceff1")


def test_a_vacant_card_has_a_dashed_frame_and_says_vacant(qtbot) -> None:
    post = Person("p", "acc", Side.CLIENT, "Head of Finance", title="Head of Finance")
    held, vacant = card(post), card(post._replace(vacancy=True))
    assert frame_gaps(held) == 0 and frame_gaps(vacant) > 20  # solid, then dashed
    assert held != vacant
    # the name line says the vocabulary's word, not the post's name again
    assert card(post._replace(vacancy=True, name="")) == vacant
    assert card(post._replace(vacancy=True, name="Hiring: CFO")) != vacant
    shots = os.environ.get("KAMDESK_SHOTS")
    if shots:
        both = QImage(260, 220, QImage.Format.Format_ARGB32)
        painter = QPainter(both)
        painter.drawImage(0, 0, held)
        painter.drawImage(0, 110, vacant)
        painter.end()
        both.save(str(Path(shots) / "vacant_card.png"))
