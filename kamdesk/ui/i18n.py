"""The app's language: English or Russian, from the user's choice or the system locale.

Two sources of words, one language: the UI's own chrome (menus, buttons, labels) comes from
``resources/i18n/kamdesk_<lang>.qm`` (compiled from the ``.ts`` sources by
``scripts/translations``) and Qt's dialogs from the ``qtbase_<lang>.qm`` PySide6 ships;
every word for a domain value (a level, a stance, a signal, a refusal) comes from the
Qt-free ``kamdesk.graph.vocabulary`` through ``words()``, in the language installed here.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

if TYPE_CHECKING:
    from kamdesk.graph.vocabulary import Vocabulary

LANGUAGES = {"en": "English", "ru": "Русский"}
FOLDER = Path(__file__).resolve().parent.parent / "resources" / "i18n"
_installed: list[QTranslator] = []
_current = ["en"]


def language() -> str:
    """The language installed now (English until ``install`` says otherwise)."""
    return _current[0]


def words() -> Vocabulary:
    """The domain's words in the installed language."""
    from kamdesk.graph.vocabulary import vocabulary

    return vocabulary(language())


def date_format() -> str:
    """The date editors' display format in the installed language: the vocabulary's
    pattern (``DAY_PATTERNS``) in Qt's letters, so an editor and a sentence agree."""
    from kamdesk.graph.vocabulary import DAY_PATTERNS

    pattern = DAY_PATTERNS.get(language(), "%Y-%m-%d")
    return pattern.replace("%Y", "yyyy").replace("%m", "MM").replace("%d", "dd")


def day(value: date | None, empty: str = "") -> str:
    """A date as the user reads it in the installed language (``empty`` for none)."""
    return words().day(value) if value is not None else empty


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
    _current[0] = language if language in LANGUAGES else "en"
    return loaded or language == "en"
