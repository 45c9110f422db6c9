"""Rows of a table → people as the file describes them, each defect named with its row.

Nothing here knows the account yet: matching, managers and cycles are planned in io.plan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import compress, repeat
from operator import itemgetter, lt
from typing import Any

from kamdesk.graph.import_words import import_text
from kamdesk.graph.types import DecisionRole, Level, Side, Stance
from kamdesk.graph.validate import MAX_LINE, MAX_TEXT
from kamdesk.io.tables import Table

# A cell a spreadsheet would run: "=…", "@…", or "+"/"-" before a letter or a bracket.
# ("+7 495 …" is a phone number, "-5" a number: neither is flagged.)
FORMULA = re.compile(r"^(=|@|[+\-][^\d\s.,])")
# What kamdesk's CSV export guards with a leading apostrophe: every value a spreadsheet
# might run (OWASP's CSV-injection list: = + - @ tab CR LF at the start), and a value that
# starts with an apostrophe itself, so that removing one apostrophe on import is lossless.
GUARDED = re.compile("^[=+\\-@\t\r\n']")
MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")
SALESFORCE_ID = re.compile(r"^[a-zA-Z0-9]{18}$")
MANAGER_SPLIT = re.compile(r"\s*(?:;|\||\n|\s/\s)\s*")
# a manager cell that means "nobody": the UK organogram's top post reports to "XX"
TOP_MARKERS = {"xx", "none", "null", "n a", "-", "—", "нет"}
# a name that is not a person's: a post whose holder is not disclosed, or vacant
UNDISCLOSED = {"n d", "nd", "n a", "not disclosed", "undisclosed", "withheld", "redacted"}
VACANT = {"vacant", "vacancy", "вакансия", "вакантно", "вакант", "eliminated"}
YES = {"true", "yes", "1", "да", "y", "x"}
NO = {"false", "no", "0", "нет", "n", ""}
_RISKY_FIRST = frozenset("'=+-@\t\r\n")  # first characters worth a closer look
# the stripped cells ``_clean`` changes or reports: a guard to undo, or a formula ("+7 495 …",
# a phone number, starts like one but is left as it is: no need to look at it twice)
_ACTED_ON = re.compile(f"'|{FORMULA.pattern[1:]}")
_ACTED_FIRST = ("'", "=", "@", "+", "-")  # how every _ACTED_ON match starts (the cheap test)
# a cell starting like one _ACTED_ON matches, in a column joined with NUL before each cell
# (a pre-test only: it may find a cell _ACTED_ON does not match, never miss one)
_ACTED_AT_START = re.compile(f"\x00(?:{_ACTED_ON.pattern})")
_LONG = 1000  # characters: a cell this long may be over its limit (all limits are more)
_LIMITS = {"notes": MAX_TEXT, "priorities": MAX_TEXT}  # characters; others MAX_LINE
ID_SPLIT = re.compile(r"\s*[;,|/\n]\s*")

ROLE_WORDS: dict[str, DecisionRole] = {
    "decision maker": DecisionRole.DECISION_MAKER, "decision_maker": DecisionRole.DECISION_MAKER,
    "лпр": DecisionRole.DECISION_MAKER, "лицо принимающее решение": DecisionRole.DECISION_MAKER,
    "economic buyer": DecisionRole.ECONOMIC_BUYER, "economic_buyer": DecisionRole.ECONOMIC_BUYER,
    "экономический покупатель": DecisionRole.ECONOMIC_BUYER,
    "technical evaluator": DecisionRole.TECHNICAL_EVALUATOR,
    "technical_evaluator": DecisionRole.TECHNICAL_EVALUATOR,
    "technical buyer": DecisionRole.TECHNICAL_EVALUATOR,
    "технический эксперт": DecisionRole.TECHNICAL_EVALUATOR,
    "user": DecisionRole.USER, "employee": DecisionRole.USER, "end user": DecisionRole.USER,
    "пользователь": DecisionRole.USER, "influencer": DecisionRole.INFLUENCER,
    "влияющий": DecisionRole.INFLUENCER, "gatekeeper": DecisionRole.GATEKEEPER,
    "привратник": DecisionRole.GATEKEEPER, "approver": DecisionRole.APPROVER,
    "согласующий": DecisionRole.APPROVER, "coach": DecisionRole.COACH,
    "проводник": DecisionRole.COACH,
}
SIDE_WORDS = {"client": Side.CLIENT, "клиент": Side.CLIENT, "internal": Side.INTERNAL,
              "ours": Side.INTERNAL, "our": Side.INTERNAL, "наши": Side.INTERNAL,
              "наш": Side.INTERNAL}


@dataclass
class Defect:
    """A problem of one row (or of the file), worded by the vocabulary in every language."""

    row: int | None  # the spreadsheet row, None for the file as a whole
    message: str  # in English
    key: str = ""  # the vocabulary key (graph.import_words.import_text)
    params: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.text("en")

    def text(self, lang: str = "en") -> str:
        """The defect as the user reads it, in ``lang`` ("en" or "ru")."""
        said = import_text(lang, self.key, self.params) if self.key else self.message
        return import_text(lang, "row", {"row": self.row, "text": said}) \
            if self.row is not None else said


def defect(row: int | None, key: str, **params: object) -> Defect:
    """A defect by its vocabulary key; its parameters are the file's values as given."""
    return Defect(row, import_text("en", key, params), key, params)


@dataclass(slots=True)  # 200,000 of them: slots halve their memory
class Incoming:
    """One person as the file has them. Optional fields are None when the file is silent."""

    row: int
    key: str  # the file's id for this person ("" when the file has none)
    name: str
    managers: list[str] = field(default_factory=list)  # manager references, as given
    title: str | None = None
    department: str | None = None
    email: str | None = None
    phone: str | None = None
    level: Level | None = None
    side: Side | None = None
    stance: Stance | None = None
    decision_role: DecisionRole | None = None
    influence: int | None = None
    priorities: str | None = None
    notes: str | None = None
    last_contact: date | None = None
    cadence_days: int | None = None
    external_id: str | None = None
    modified: datetime | None = None  # which of two rows of one person is newer
    # a known post whose holder is unknown (N/D) or not yet hired: Person.vacancy; None when
    # the file does not say (a re-import then keeps what the KAM set)
    vacancy: bool | None = None


def _needing_care(clean: Sequence[str], limit: int, bound: int | None) -> list[int]:
    """The positions of the stripped cells of a column without NUL that ``_clean`` may
    change or report: a text over ``limit`` characters (none when every cell is known to
    be shorter than ``bound``), or one ``_ACTED_ON`` matches. (``_clean`` leaves any other
    cell as ``str.strip`` does.) Each test a C-level pass; the match only where the joined
    column (no cell holds a NUL, so NUL can mark where each starts) holds a character a
    match starts with (a plain search, a column of names or ids has none) and one regex
    search of it finds a cell that may match."""
    count = len(clean)
    found: set[int] = set()
    if (bound is None or bound > limit) and max(map(len, clean)) > limit:
        found.update(compress(range(count), map(lt, repeat(limit), map(len, clean))))
    joined = "\x00".join(clean)
    if any(map(joined.__contains__, _ACTED_FIRST)) and \
            _ACTED_AT_START.search("\x00" + joined):
        found.update(compress(range(count), map(_ACTED_ON.match, clean)))
    return sorted(found)


def normal_id(value: str, salesforce: bool) -> str:
    """Salesforce's 18-character ids end in a case checksum: the first 15 name the record."""
    value = value.strip()
    return value[:15] if salesforce and SALESFORCE_ID.match(value) else value


def normal_name(value: str) -> str:
    return " ".join(value.casefold().replace("ё", "е").split())


def _said(value: str) -> str:
    """A short cell as a word to compare ("N/D" → "n d")."""
    return " ".join(value.casefold().replace("/", " ").split())


def name_key(value: str) -> str:
    """A name whatever the order of its parts: "Иванов Иван Иванович" (Bitrix24's manager
    cells) and "Иван Иванович Иванов" (its name columns) give the same key."""
    return " ".join(sorted(normal_name(value).replace(",", " ").split()))


def compose_name(name: str, first: str, middle: str, last: str) -> str:
    """One name from a full-name column and/or first, middle and last names.

    A "name" column that holds only the first name (Oracle HR's sample data, d3-org-chart's
    demo) gets the last name added; a full name is kept as it is.
    """
    if name:
        if last and last not in name and normal_name(last) not in normal_name(name):
            return f"{name} {last}"
        return name
    return " ".join(p for p in (first, middle, last) if p)


class RowReader:
    """Cleans the cells of one table into Incoming people, collecting defects."""

    def __init__(self, table: Table, mapping: dict[str, int], fmt: str) -> None:
        self.table, self.mapping, self.fmt = table, mapping, fmt
        self._fields = sorted(mapping.items(), key=lambda x: x[1])
        indices = [i for _, i in self._fields]
        self._width = max(indices, default=-1) + 1
        self.salesforce = fmt.startswith("salesforce")
        self.defects: list[Defect] = []

    def read(self) -> list[Incoming]:
        """Every row with a name, in file order (duplicates are merged later, in dedupe)."""
        names = [f for f, _ in self._fields]
        columns = self._columns()
        from kamdesk.io.people_columns import read_by_column  # it builds on this module

        found = read_by_column(self, names, columns)  # the same people, by column
        if found is None:
            found = []
            for number, values in zip(self.table.numbers, zip(*columns, strict=True)
                                      if columns else ((),) * len(self.table.rows),
                                      strict=True):
                person = self._person({f: t for f, t in zip(names, values, strict=True)
                                       if t}, number)
                if person is not None:
                    found.append(person)
        # the cells' defects were found column by column: back into row order (stable, so
        # within a row they keep the columns' order, before the row's own)
        self.defects.sort(key=lambda d: d.row or 0)
        return found

    def _columns(self) -> list[list[str]]:
        """The cleaned text of every mapped column (the hot path of an import): each column
        taken from the rows and stripped in one C-level pass; only cells that need care (a
        NUL, a long text, a first character a spreadsheet might run) go through ``_clean``
        one by one, found by C-level passes too (a column of phone numbers, "+7 495 …",
        starts like formulas in every cell, yet ``_clean`` acts on none of them).
        ``_clean`` of a stripped cell is ``_clean`` of the cell as it was (it strips after
        taking out NULs; ``str.strip`` keeps NULs), so the cells are not kept unstripped."""
        rows, numbers = self.table.rows, self.table.numbers
        if not rows or not self._fields:
            return []
        short = min(map(len, rows)) < self._width  # (from_rows pads: rare)
        columns: list[list[str]] = []
        for field_name, i in self._fields:
            clean = list(map(str.strip, [r[i] if i < len(r) else "" for r in rows]
                             if short else map(itemgetter(i), rows)))
            limit = _LIMITS.get(field_name, MAX_LINE)
            if not self.table.nul_free and "\x00" in "".join(clean):
                todo: Iterable[int] = range(len(clean))  # every cell with text, as it was
            else:
                todo = _needing_care(clean, limit, self.table.cell_bound)
            for k in todo:
                text = clean[k]
                if text and ("\x00" in text or len(text) > _LONG or _ACTED_ON.match(text)):
                    clean[k] = self._clean(text, field_name, numbers[k], limit)
            columns.append(clean)
        return columns

    def _clean(self, text: str, field_name: str, row: int, limit: int = MAX_LINE) -> str:
        if "\x00" in text:
            text = text.replace("\x00", "")
        text = text.strip()
        if text[:1] in _RISKY_FIRST:  # (the hot path: most cells start with a letter)
            if text.startswith("'") and GUARDED.match(text[1:]):
                text = text[1:]  # the guard of our own export (or Excel's text mark): undo it
            elif FORMULA.match(text):
                self.defects.append(defect(row, "formula", field=field_name,
                                           value=text[:40]))
        if len(text) > limit:
            self.defects.append(defect(row, "cut", field=field_name, length=len(text),
                                       limit=limit))
            text = text[:limit]
        return text

    def _person(self, v: dict[str, str], row: int) -> Incoming | None:
        name = compose_name(v.get("name", ""), v.get("first_name", ""),
                            v.get("middle_name", ""), v.get("last_name", ""))
        vacancy = None
        if self.fmt == "organogram" or (len(name) <= 16 and (
                _said(name) in VACANT or _said(name) in UNDISCLOSED)) or (
                not name and v.get("title") and not v.get("email") and not v.get("phone")):
            name, vacancy = self._vacancy(v, name)
        if not name:
            self.defects.append(defect(row, "no_name"))
            return None
        if "<" in name and MARKUP.search(name):
            self.defects.append(defect(row, "markup", value=name[:60]))
        key = normal_id(v.get("id", ""), self.salesforce)
        person = Incoming(row, key, name, vacancy=vacancy)
        manager_cell = v.get("manager")
        if manager_cell:
            person.managers = [normal_id(m, self.salesforce) for m in
                               MANAGER_SPLIT.split(manager_cell)
                               if m.strip() and (len(m) > 6 or _said(m) not in TOP_MARKERS)]
        mapped = self.mapping
        for text_field in ("title", "department", "email", "phone", "priorities", "notes"):
            if text_field in mapped:
                setattr(person, text_field, v.get(text_field, ""))
        person.external_id = v.get("external_id", "") if "external_id" in mapped else None
        if person.external_id is None and key:
            person.external_id = key
        if person.email and len(person.email) <= 16 and _said(person.email) in UNDISCLOSED:
            person.email = None
        self._typed(v, row, person)
        when = v.get("modified")
        person.modified = parse_when(when) if when else None
        return person

    def _vacancy(self, v: dict[str, str], name: str) -> tuple[str, bool | None]:
        """A post whose holder is not disclosed ("N/D"), vacant, or not named (a title and
        nothing of a person) keeps its place, its title and its lines as a vacancy
        (Person.vacancy), named after the post until the KAM knows who holds it."""
        said = _said(name)
        if said not in UNDISCLOSED and said not in VACANT and name:
            return name, None
        return v.get("title") or name or v.get("id", ""), True

    def _typed(self, v: dict[str, str], row: int, p: Incoming) -> None:
        level = v.get("level", "")
        if level:
            p.level = _level(level) or self._bad(row, "level", level, "level")
        side = v.get("side", "")
        if side:
            p.side = SIDE_WORDS.get(side.casefold()) or self._bad(row, "side", side, "side")
        stance = v.get("stance", "")
        if stance:
            known = {s.value: s for s in Stance}
            p.stance = known.get(stance.casefold()) or self._bad(
                row, "stance", stance, "stance")
        role = v.get("decision_role", "")
        if role:
            p.decision_role = ROLE_WORDS.get(normal_name(role).replace("-", " ")) or self._bad(
                row, "decision role", role, "role")
        for number_field, low, high, word in (("influence", 1, 5, "influence"),
                                              ("cadence_days", 1, 3650, "cadence")):
            text = v.get(number_field, "")
            if text:
                value = int(text) if text.isdigit() else None
                if value is None or not low <= value <= high:
                    self._bad(row, word, text, word)
                else:
                    setattr(p, number_field, value)
        vacant = v.get("vacancy", "").casefold()
        if vacant:
            p.vacancy = True if vacant in YES else False if vacant in NO else self._bad(
                row, "vacancy", vacant, "yes_no")
        when = v.get("last_contact", "")
        if when:
            p.last_contact = parse_day(when) or self._bad(row, "last contact", when, "date")

    def _bad(self, row: int, what: str, value: str, expected: str) -> Any:
        """Record the defect; the field stays empty (None), so ``x = parsed or _bad(…)``."""
        self.defects.append(defect(row, "bad_value", field=what, value=value[:40],
                                   expected=expected))
        return None


def _level(text: str) -> Level | None:
    digits = text.strip()[:1]
    return Level(int(digits)) if digits in ("1", "2", "3", "4") else None


DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%m/%d/%Y", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S",
                "%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S", "%m/%d/%Y %I:%M %p", "%m/%d/%Y %H:%M",
                "%d/%m/%Y", "%d-%b-%Y", "%d %b %Y", "%b %d, %Y")


def parse_when(text: str) -> datetime | None:
    """A date or a date and time as CRMs write them (ISO with "T", "Z" and milliseconds;
    HubSpot's "2024-05-20 16:45"; Russian "20.05.2024 16:45"; US "5/20/2024 4:45 PM")."""
    text = text.strip()
    if not text or len(text) > 40:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        pass
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def parse_day(text: str) -> date | None:
    when = parse_when(text)
    return when.date() if when is not None else None
