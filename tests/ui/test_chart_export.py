"""The exported chart: the chart itself with a title, date and legend, never the screen's
selection or search; a chart too big for one image becomes a tiled PDF or an SVG."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from kamdesk.ui import i18n
from kamdesk.ui.chart.export import png_problem, save_chart
from kamdesk.ui.dialogs.file_actions import write_chart
from kamdesk.ui.mainwindow import MainWindow
from tests.ui import windows
from tests.ui.test_views import path

__all__ = ["path"]  # a fixture
DAY = date(2026, 11, 22)


def open_window(qtbot, target: Path) -> MainWindow:
    i18n.install("en")
    return windows.open_window(qtbot, target)


@pytest.fixture
def window(qtbot, path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, path)
    yield win
    win.close()


def test_the_file_never_shows_the_selection_or_the_search(window, tmp_path) -> None:
    chart = window.chart
    shown = list(chart.chart.boxes)
    window.search.setText(window.graph.person(shown[2]).name[:3])
    window.find()
    window.document.select(shown[1])
    assert chart.selected and chart.highlighted
    marked = QImage(str(save_chart(chart, tmp_path / "marked.png", today=DAY)))
    window.document.select(None)
    window.document.set_hits([])
    assert not chart.highlighted
    clean = QImage(str(save_chart(chart, tmp_path / "clean.png", today=DAY)))
    assert marked == clean
    assert chart.selected is None or chart.selected == shown[1]  # the screen is untouched


def test_the_file_has_a_title_a_date_and_a_legend(window, tmp_path) -> None:
    text = save_chart(window.chart, tmp_path / "chart.svg", today=DAY).read_text("utf-8")
    account = window.graph.account.name
    for expected in (account.split()[0], "Org chart", "2026-11-22", "champion", "blocker",
                     "influences", "conflict", "never met"):
        assert expected in text, expected
    image = QImage(str(save_chart(window.chart, tmp_path / "chart.png", today=DAY)))
    assert image.height() > window.chart.item.boundingRect().height()  # the heading band


def test_too_big_for_one_image_is_offered_as_a_tiled_pdf(qtbot, path, tmp_path,
                                                          monkeypatch) -> None:
    from kamdesk.ui.chart import export

    # a small image limit stands in for a huge chart (the 10,000-person one of the issue)
    monkeypatch.setattr(export, "MAX_PNG_SIDE", 500)
    win = open_window(qtbot, path)
    try:
        problem = png_problem(win.chart)
        assert problem is not None and problem.pages > 1
        seen: list[str] = []

        def choose_pdf() -> None:
            box = next(w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QMessageBox) and w.objectName() == "chartTooBig"
                       and w.isVisible())
            seen.append(box.text())
            next(b for b in box.buttons() if b.text().startswith("PDF")).click()
        QTimer.singleShot(0, choose_pdf)
        written = write_chart(win, win.chart, tmp_path / "big.png", visible=False)
        assert written == tmp_path / "big.pdf" and not (tmp_path / "big.png").exists()
        assert "too small to read" in seen[0] and str(problem.pages) in seen[0]
        from pypdf import PdfReader

        reader = PdfReader(str(written))
        assert len(reader.pages) == problem.pages
        first = " ".join(reader.pages[0].extract_text().split())
        assert f"page 1 of {problem.pages}" in first and win.graph.account.name.split()[0] in first
    finally:
        win.close()
