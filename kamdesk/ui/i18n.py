"""The app's language: English or Russian, from the user's choice or the system locale.

Our strings come from ``resources/i18n/kamdesk_<lang>.qm`` (compiled from the ``.ts``
sources by ``scripts/translations``); Qt's own dialogs (buttons, file dialogs) from the
``qtbase_<lang>.qm`` that PySide6 ships.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGES = {"en": "English", "ru": "Русский"}
FOLDER = Path(__file__).resolve().parent.parent / "resources" / "i18n"
_installed: list[QTranslator] = []


def chosen_language() -> str:
    saved = QSettings().value("language")
    if saved in LANGUAGES:
        return str(saved)
    return "ru" if QLocale.system().language() == QLocale.Language.Russian else "en"


def install(language: str) -> bool:
    """Translate the app into ``language`` from now on; False if its file is missing."""
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = QTranslator(app)
    loaded = ours.load(str(FOLDER / f"kamdesk_{language}.qm"))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded or language == "en"
