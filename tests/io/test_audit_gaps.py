"""Bullets of issue 12 that had no test of their own until its audit: Outlook's Russian
quoted-printable soft breaks (one falling inside a letter), and ``--map`` reaching a sheet
whose header sits under title rows."""

from __future__ import annotations

import quopri
from pathlib import Path

from kamdesk.io.sources import read_source
from tests.io.test_layouts import lines_of

DATA = Path(__file__).resolve().parent.parent / "data"


def qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("=\n", "=\r\n")


def test_russian_quoted_printable_soft_breaks_keep_every_letter(tmp_path: Path) -> None:
    """The issue's "Дирекци": a soft break ("=" at a line's end) between the two bytes of
    one Cyrillic letter, and a note folded over many lines, as Outlook writes vCard 2.1."""
    org = qp("АО Уралтехмаш;Дирекция по закупкам")
    split = org.index("=D0=B8")  # the и of Дирекция: break between its two bytes
    org = org[:split + 3] + "=\r\n" + org[split + 3:]
    note = "Ключевой контакт по тендерам; звонить до 10:00. " * 4
    card = ("BEGIN:VCARD\r\nVERSION:2.1\r\n"
            f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp('Ким;Мария')}\r\n"
            f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp('Мария Ким')}\r\n"
            f"ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{org}\r\n"
            f"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp(note)}\r\n"
            f"X-MS-MANAGER;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp('Пётр Королёв')}\r\n"
            "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8:Пётр Королёв\r\n"
            "END:VCARD\r\n")
    first = card[:card.index("END:VCARD")]
    assert first.isascii() and first.count("=\r\n") >= 5  # really folded, really encoded
    path = tmp_path / "outlook.vcf"
    path.write_text(card, encoding="utf-8")
    source = read_source(path)
    maria = source.people[0]
    assert (maria.name, maria.department) == ("Мария Ким", "Дирекция по закупкам")
    assert maria.notes is not None and maria.notes.strip() == note.strip()
    assert maria.managers == ["Пётр Королёв"] and not source.defects
    graph, lines = lines_of(path)
    assert len(graph.people) == 2 and lines == 1


def test_map_reaches_a_sheet_with_title_rows_and_merged_cells() -> None:
    """--map names the header under the titles; a mapped column of merged cells is filled."""
    sheet = DATA / "shape-russian-staff-merged.ods"
    source = read_source(sheet, map_spec=["notes=Подразделение", "phone=E-mail"])
    assert source.mapping["notes"] == 0 and source.mapping["phone"] == 5
    notes = [p.notes for p in source.people]
    assert notes[:5] == ["Дирекция", "Дирекция", "Финансы", "Финансы", "Финансы"]
    assert source.people[0].phone == "smirnova@uraltm.example"
