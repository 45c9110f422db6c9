"""vCard 3.0 and 4.0 (and Outlook's 2.1 quoted-printable): one person per card.

A manager is named by ``RELATED;TYPE=…manager…`` (a ``urn:uuid:`` of another card's UID,
or a name), by Outlook's ``X-MS-MANAGER`` (a name), or by Apple's ``X-ABRELATEDNAMES``
labelled Manager. Quoted-printable values continue over "soft" line breaks (a line ending
in "="), which are joined before decoding, so a Cyrillic word is never cut in half.
A note of any length keeps its person: it is cut to the limit, and the cut is a defect.
"""

from __future__ import annotations

import quopri
import re

from kamdesk.io.people import Defect, Incoming, defect


def _split_params(head: str) -> list[str]:
    """``NAME;P1=a;P2="x;y"`` → the name and parameters, ";" inside quotes kept; linear."""
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in head:
        if ch == '"':
            quoted = not quoted
        elif ch == ";" and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


def _unfold(text: str) -> list[str]:
    """Logical lines: folded lines (a leading space or tab) and quoted-printable soft breaks
    (a line ending in "=") joined. Linear: each logical line is joined once, from parts."""
    lines: list[str] = []
    parts: list[str] = []
    soft = False  # the line so far is quoted-printable and ended in "="

    def flush() -> None:
        if parts:
            lines.append("".join(parts))
            parts.clear()

    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if soft and parts:
            parts[-1] = parts[-1][:-1]  # the "=" of the soft break goes
            parts.append(line)
        elif line[:1] in (" ", "\t") and parts:
            parts.append(line[1:])
        else:
            flush()
            if line.strip():
                parts.append(line)
        soft = bool(parts) and line.endswith("=") and _is_qp(parts[0][:1000])
    flush()
    return lines


def _is_qp(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _split(value: str, sep: str) -> list[str]:
    return [_unescape(x) for x in re.split(rf"(?<!\\){re.escape(sep)}", value)]


def read_vcards(text: str) -> tuple[list[Incoming], list[Defect]]:
    people: list[Incoming] = []
    defects: list[Defect] = []
    card: dict[str, list[tuple[dict[str, str], str]]] | None = None
    number = 0
    for line in _unfold(text):
        upper = line.upper()
        if upper.startswith("BEGIN:VCARD"):
            card, number = {}, number + 1
            continue
        if upper.startswith("END:VCARD"):
            if card is not None:
                person = _person(card, number, defects)
                if person is not None:
                    people.append(person)
            card = None
            continue
        if card is None or ":" not in line:
            continue
        head, value = line.split(":", 1)
        if len(head) > 1000:  # a property name with its parameters is a few dozen characters
            defects.append(defect(number, "vcard_not_property"))
            continue
        name, *raw_params = _split_params(head)
        params: dict[str, str] = {}
        for p in raw_params:
            key, _, val = p.partition("=")
            params[key.upper()] = (params.get(key.upper(), "") + "," + val).strip(",") \
                if val else key.upper()
        if params.get("ENCODING", "").upper() == "QUOTED-PRINTABLE" or \
                "QUOTED-PRINTABLE" in params:
            raw = quopri.decodestring(value.encode("ascii", "replace"))
            try:
                value = raw.decode(params.get("CHARSET", "utf-8"), errors="replace")
            except LookupError:  # a charset nobody knows: UTF-8, as most writers mean
                value = raw.decode("utf-8", errors="replace")
        card.setdefault(name.split(".")[-1].upper(), []).append((params, value))
    if card is not None:
        defects.append(defect(number, "vcard_no_end"))
        person = _person(card, number, defects)
        if person is not None:
            people.append(person)
    if number == 0:
        defects.append(defect(None, "vcard_none"))
    return people, defects


def _first(card: dict[str, list[tuple[dict[str, str], str]]], key: str) -> str:
    values = card.get(key)
    return values[0][1] if values else ""


def _person(card: dict[str, list[tuple[dict[str, str], str]]], number: int,
            defects: list[Defect]) -> Incoming | None:
    name = _unescape(_first(card, "FN")).strip()
    if not name and "N" in card:
        family, given, *rest = [*_split(_first(card, "N"), ";"), "", ""]
        name = " ".join(x for x in (given, rest[0], family) if x.strip()).strip()
    if not name:
        defects.append(defect(number, "vcard_no_name"))
        return None
    uid = _unescape(_first(card, "UID")).strip()
    uid = uid.removeprefix("urn:uuid:")
    org = _split(_first(card, "ORG"), ";") if "ORG" in card else []
    person = Incoming(number, uid, name, title=_unescape(_first(card, "TITLE")) or None,
                      department=org[1] if len(org) > 1 and org[1] else None,
                      email=_first(card, "EMAIL") or None, phone=_first(card, "TEL") or None,
                      notes=_unescape(_first(card, "NOTE")) or None, external_id=uid or None)
    for params, value in card.get("RELATED", []):
        kinds = params.get("TYPE", "").lower()
        if any(k in kinds for k in ("manager", "supervisor", "boss")):
            value = _unescape(value).strip()
            person.managers.append(value.removeprefix("urn:uuid:"))
    for _, value in card.get("X-MS-MANAGER", []):  # Outlook: the manager's name
        if _unescape(value).strip():
            person.managers.append(_unescape(value).strip())
    for params, value in card.get("X-ABRELATEDNAMES", []):
        if "manager" in (params.get("TYPE", "") + value).lower() or \
                "manager" in str(card.get("X-ABLABEL", "")).lower():
            person.managers.append(_unescape(value).strip())
    return person
