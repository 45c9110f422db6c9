"""Which product wrote a table, told from its headers, and which column holds which field.

The mapping (field → column) is a guess that the user can correct: ``--map`` on the command
line, the column page of the import wizard.
"""

from __future__ import annotations

import re

from kamdesk.io.text import ReadError

FORMATS = ["kamdesk", "salesforce", "salesforce-report", "dynamics", "hubspot", "bitrix24",
           "organogram", "csv"]
IMPORT_FORMATS = ["auto", *FORMATS, "xlsx", "ods", "graphml", "gexf", "vcard", "json"]

# field → header names, compared case-folded with runs of space and punctuation as one space
ALIASES: dict[str, list[str]] = {
    "id": ["id", "record id", "contact id", "external id", "contactid", "(do not modify) contact",
           "ид", "идентификатор", "uid", "person id", "employee id", "табельный номер", "таб",
           "таб №", "таб номер", "post unique reference", "employee number", "employee no",
           "staff id", "user id", "node id", "key", "id сотрудника", "код"],
    "manager": ["manager id", "manager_id", "reportstoid", "reports to id", "reports to",
                "reports to full name", "manager", "manager name", "руководитель",
                "непосредственный руководитель", "начальник", "шеф", "boss", "supervisor",
                "parent id", "parentid", "parent", "pid", "reports to senior post",
                "reporting senior post", "line manager", "supervisor id", "manager email",
                "manager e mail", "reports to email", "reports to e mail", "supervisor email",
                "id руководителя", "руководитель id", "e mail руководителя"],
    "name": ["name", "full name", "fullname", "contact name", "фио", "ф и о", "полное имя",
             "имя и фамилия", "сотрудник", "работник", "contact", "employee name",
             "display name", "employee"],
    "first_name": ["firstname", "first name", "given name", "имя"],
    "last_name": ["lastname", "last name", "surname", "family name", "фамилия"],
    "middle_name": ["middlename", "middle name", "отчество", "patronymic"],
    "title": ["title", "job title", "jobtitle", "position", "role title", "должность",
              "positionname", "position name", "job", "post", "занимаемая должность"],
    "department": ["department", "dept", "division", "отдел", "подразделение", "департамент",
                   "department name", "unit", "area", "team", "служба", "управление"],
    "email": ["email", "e mail", "email address", "primary email", "emailaddress1",
              "рабочий e mail", "e mail рабочий", "электронная почта", "почта",
              "contact e mail", "contact email", "work email", "e mail address"],
    "phone": ["phone", "business phone", "phone number", "telephone1", "mobile phone", "mobile",
              "рабочий телефон", "телефон", "мобильный телефон", "contact phone"],
    "level": ["level", "comb level", "уровень"],
    "vacancy": ["vacancy", "vacant", "vacant post", "вакансия"],
    "side": ["side", "сторона"],
    "stance": ["stance", "отношение"],
    "decision_role": ["decision role", "decision_role", "role", "buying role", "роль",
                      "роль в решении"],
    "influence": ["influence", "влияние"],
    "priorities": ["priorities", "приоритеты"],
    "notes": ["notes", "note", "description", "comment", "комментарий", "примечание"],
    "last_contact": ["last contact", "last_contact", "last activity date", "последний контакт"],
    "cadence_days": ["cadence", "cadence days", "cadence_days", "периодичность"],
    "external_id": ["external id", "external_id", "crm id"],
    # which of two rows of one person is newer (duplicates): never stored
    "modified": ["last modified date", "lastmodifieddate", "modified", "modified on",
                 "modifiedon", "last modified", "updated", "updated at", "updated on",
                 "date modified", "дата изменения", "изменен", "изменено"],
}
FIELDS = list(ALIASES)


def normal(header: str) -> str:
    return re.sub(r"[\s_\-:.,()/]+", " ", header.casefold()).strip()


def detect(headers: list[str]) -> str:
    """The product that wrote a table with these headers ("csv" when none is recognised)."""
    h = {normal(x) for x in headers}
    raw = [x.strip() for x in headers]
    if {"id", "manager id", "name", "side", "level"} <= h:
        return "kamdesk"
    if {"post unique reference", "reports to senior post"} <= h:
        return "organogram"  # the UK government's senior staff template
    if any(x.startswith("(Do Not Modify)") for x in raw):
        return "dynamics"
    if "record id" in h and h & {"contact owner", "lifecycle stage", "create date"}:
        return "hubspot"
    if "reportstoid" in h or ({"id", "lastname", "firstname"} <= h
                               and h & {"accountid", "ownerid", "salutation"}):
        return "salesforce"  # API names; old Data Loader writes them in capitals
    if {"first name", "last name"} <= h and h & {"reports to", "account name", "contact id",
                                                 "mailing city", "contact owner"}:
        return "salesforce-report"
    if {"имя", "фамилия"} <= h and h & {"рабочий e mail", "ответственный", "должность", "id"}:
        return "bitrix24"
    return "csv"


def guess_mapping(headers: list[str], fmt: str) -> dict[str, int]:
    """Field → column index, from the header names (the first column that fits each field)."""
    found: dict[str, int] = {}
    taken: set[int] = set()
    normals = [normal(x) for x in headers]
    order = FIELDS
    if fmt == "kamdesk":  # our own export: "external_id" is its own column, "id" ours
        order = ["id", "external_id", *[f for f in FIELDS if f not in ("id", "external_id")]]
    for field in order:
        for alias in ALIASES[field]:
            if alias in normals and normals.index(alias) not in taken:
                found[field] = normals.index(alias)
                taken.add(found[field])
                break
    if fmt == "dynamics" and "id" not in found:
        for i, x in enumerate(headers):
            if x.startswith("(Do Not Modify)") and "checksum" not in x.lower() \
                    and "modified" not in x.lower() and i not in taken:
                found["id"] = i
                break
    return found


def parse_mapping(spec: list[str], headers: list[str]) -> dict[str, int]:
    """``["name=Full Name", "manager=Boss"]`` → field → column index; ReadError if unknown."""
    mapping: dict[str, int] = {}
    normals = [normal(x) for x in headers]
    for item in spec:
        field, sep, header = item.partition("=")
        field = field.strip()
        if not sep or field not in ALIASES:
            raise ReadError("map_syntax", fields=", ".join(FIELDS), item=item)
        if normal(header) not in normals:
            raise ReadError("map_no_column", item=item, header=header.strip())
        mapping[field] = normals.index(normal(header))
    return mapping
