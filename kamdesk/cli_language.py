"""The command line's language: ``--lang`` where given, else the locale's (en or ru).

The refusals (the domain's and the importer's) and the import's defects carry catalogue
keys; the command line words them in this language, as the app does in its own.
"""

from __future__ import annotations

import os
from collections.abc import Sequence


def locale_language() -> str:
    """Russian where the locale says so (LC_ALL, then LC_MESSAGES, then LANG, as POSIX
    reads them), else English: the command line's words when ``--lang`` is not given."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "ru" if value.lower().startswith("ru") else "en"
    return "en"


def command_language(argv: Sequence[str]) -> str:
    """``--lang X`` (or ``--lang=X``) when the command line has it, else the locale's."""
    for n, arg in enumerate(argv):
        value = argv[n + 1] if arg == "--lang" and n + 1 < len(argv) else \
            arg.partition("=")[2] if arg.startswith("--lang=") else ""
        if value in ("en", "ru"):
            return value
    return locale_language()
