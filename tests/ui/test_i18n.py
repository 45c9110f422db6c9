"""Every UI string goes through Qt's translation, and Russian ships complete and compiled."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "kamdesk" / "resources" / "i18n"
TOOLS = Path(sys.executable).parent


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name", ""), m.findtext("source", "")): m
            for ctx in root.iter("context") for m in ctx.iter("message")}


def test_the_sources_hold_every_string_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(TOOLS / "pyside6-lupdate"), "-locations", "none",
                    *sorted(map(str, (ROOT / "kamdesk" / "ui").rglob("*.py"))), "-ts",
                    str(fresh)], check=True, capture_output=True)
    in_code = set(messages(fresh))
    assert len(in_code) > 150
    for lang in ("en", "ru"):
        shipped = set(messages(I18N / f"kamdesk_{lang}.ts"))
        assert in_code - shipped == set(), f"run scripts/translations ({lang})"


def test_russian_is_complete() -> None:
    untranslated = []
    for key, message in messages(I18N / "kamdesk_ru.ts").items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") == "unfinished" or not all(forms):
            untranslated.append(key)
        if message.get("numerus") == "yes":
            assert len(forms) == 3, key  # Russian has three plural forms
    assert untranslated == []


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_compiled_files_are_up_to_date(tmp_path: Path, lang: str) -> None:
    compiled = tmp_path / f"{lang}.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent",
                    str(I18N / f"kamdesk_{lang}.ts"), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == (I18N / f"kamdesk_{lang}.qm").read_bytes()


def test_russian_translates_plurals(qtbot) -> None:
    from PySide6.QtCore import QCoreApplication

    from kamdesk.ui import i18n

    assert i18n.install("ru")
    try:
        found = [QCoreApplication.translate("MainWindow", "%n found", "", n) for n in (1, 3, 5)]
        assert found == ["найден 1", "найдено 3", "найдено 5"]
        assert QCoreApplication.translate("OrgChartView", "Org chart") == "Оргструктура"
    finally:
        i18n.install("en")


@pytest.mark.parametrize(("lang", "shown"), [("en", "12,345"), ("ru", "12\u00a0345")])
def test_counts_on_screen_are_grouped_as_the_language_writes_them(qtbot, lang: str,
                                                                   shown: str) -> None:
    """The portfolio's line and a collapsed card's badge: "12,345" / "12 345" (the
    vocabulary's number, not Python's English grouping)."""
    from kamdesk.graph.entities import Account
    from kamdesk.ui import i18n
    from kamdesk.ui.chart.cards import CardPainter
    from kamdesk.ui.panels.portfolio import PortfolioPanel

    assert i18n.install(lang)
    try:
        panel = PortfolioPanel()
        qtbot.addWidget(panel)
        assert panel._text(Account("a", "Acme"), 12345).endswith(" · " + shown)
        assert CardPainter().number(12345) == shown
    finally:
        i18n.install("en")
