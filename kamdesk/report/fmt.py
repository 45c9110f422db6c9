"""Numbers and dates as a reader of each language expects them.

The Russian plan writes "95,2", "1 200 000" (no-break space as thousands separator) and
"22.11.2026"; the English one "95.2", "1,200,000" and "22 Nov 2026". A negative number
carries a true minus sign (U+2212), which has the width of a plus and never breaks off its
digits at the end of a line as a hyphen-minus may.
"""

from __future__ import annotations

from datetime import date

MINUS = "\u2212"
NBSP = "\u00a0"
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
              "Dec")


def number(value: float | None, lang: str, digits: int = 2) -> str:
    """``value`` with up to ``digits`` decimals (trailing zeros dropped); "—" for None."""
    if value is None:
        return "—"
    text = f"{abs(value):,.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if lang == "ru":
        text = text.replace(",", NBSP).replace(".", ",")
    sign = MINUS if value < 0 and text.strip("0.,") else ""
    return sign + text


def day(value: date | None, lang: str, empty: str = "—") -> str:
    """A date: 22.11.2026 in Russian, 22 Nov 2026 in English; ``empty`` for None."""
    if value is None:
        return empty
    if lang == "ru":
        return value.strftime("%d.%m.%Y")
    return f"{value.day} {_EN_MONTHS[value.month - 1]} {value.year}"


def score(value: float, lang: str) -> str:
    """A 0–10 score as "7.5/10" (or "7,5/10")."""
    return f"{number(value, lang, 1)}/10"
