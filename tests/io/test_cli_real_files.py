"""Every file of tests/data through ``kamdesk import --dry-run``, as a user would run it: the
counts the command prints against what the file holds.

"holds" was counted apart from kamdesk (the csv module, networkx, json, the cards' text; see
test_real_files.py for the same counts in code): rows or nodes, and the rows whose manager
reference names another row of the file. Where the command's figures differ, the reason is
a defect it prints: a duplicate merged (Bitrix24, HubSpot: one person under two ids), a cycle
(Gephi's web network), a node that is its own parent (networkx's pid test), a manager not in
the file (the Outlook cards), a dashed yEd edge kept as a dotted line.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kamdesk.cli import main
from kamdesk.store import Workspace

DATA = Path(__file__).resolve().parent.parent / "data"
SUMMARY = re.compile(r"([\d,]+) to add, ([\d,]+) to update, ([\d,]+) unchanged, ([\d,]+) "
                     r"reporting lines? \(of ([\d,]+) rows? naming a manager\), ([\d,]+) "
                     r"defects?")

# file: (rows or nodes in the file, rows naming a manager it holds,
#        people to add, reporting lines, rows naming a manager, defects) as printed
FILES = {
    "d3-org-chart-demo.csv": (1516, 1515, 1516, 1515, 1515, 0),
    "d3-org-chart-oracle-hr.csv": (107, 106, 107, 106, 106, 0),
    "shape-bitrix24-employees.csv": (8, 7, 7, 6, 6, 1),  # one person twice: merged
    "shape-hubspot-contacts.csv": (5, 4, 4, 3, 3, 1),  # one contact under two record ids
    "uk-organogram-ago-2011-09-30-senior.csv": (5, 4, 5, 4, 4, 0),
    "uk-organogram-apa-2012-03-31-senior.csv": (13, 12, 13, 12, 12, 1),  # a shared mailbox
    "uk-organogram-ukaea-2013-09-30-senior.csv": (10, 9, 10, 9, 9, 1),  # a shared mailbox
    "dabeng-orgchart-hybrid.json": (19, 18, 19, 18, 18, 0),
    "networkx-gexf-attribute.gexf": (4, 4, 4, 3, 4, 1),  # a cycle: one line dropped
    "networkx-gexf-pid.gexf": (4, 4, 4, 0, 4, 5),  # every pid is the node itself
    "shape-gephi-orgchart-pid.gexf": (6, 5, 6, 5, 5, 0),
    "shape-yed-orgchart.graphml": (4, 3, 4, 3, 3, 0),  # + one dashed edge: dotted
    "ez-vcard-outlook-2007.vcf": (1, 1, 1, 0, 1, 1),  # X-MS-MANAGER of someone not here
    "ez-vcard-John_Doe_MS_OUTLOOK.vcf": (1, 1, 1, 0, 1, 1),
    "ez-vcard-outlook-2003.vcf": (1, 0, 1, 0, 0, 0),
    "ez-vcard-rfc6350-example.vcf": (1, 0, 1, 0, 0, 0),
    "shape-russian-staff-merged.ods": (12, 11, 12, 11, 11, 0),
    "shape-russian-staff-merged-libreoffice.xlsx": (12, 11, 12, 11, 11, 0),
    "shape-ods-hidden-first-sheet.ods": (4, 3, 4, 3, 3, 0),
}


@pytest.fixture(scope="module")
def empty_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("audit") / "empty.kam"
    Workspace.open(path, create=True).close()
    return path


def test_every_file_in_tests_data_is_audited() -> None:
    held = {p.name for p in DATA.iterdir() if p.is_file() and p.name != "README.md"}
    assert held == set(FILES)


@pytest.mark.parametrize("name", sorted(FILES))
def test_the_dry_run_prints_what_the_file_holds(
        name: str, empty_workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = empty_workspace.read_bytes()
    assert main(["import", str(empty_workspace), str(DATA / name), "--account", "Audit",
                 "--dry-run", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    found = SUMMARY.search(out)
    assert found, out
    add, update, unchanged, lines, naming, defects = (int(x.replace(",", ""))
                                                      for x in found.groups())
    rows, holds, *expected = FILES[name]
    assert [add, lines, naming, defects] == expected, out
    assert add <= rows and lines <= holds  # nobody and no line made up
    assert update == unchanged == 0
    assert len(re.findall(r"^  ", out, re.M)) == defects  # each defect counted is printed
    assert empty_workspace.read_bytes() == before  # a dry run changes nothing


def test_the_ods_dry_run_in_russian(empty_workspace: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(empty_workspace), str(DATA / "shape-russian-staff-merged.ods"),
                 "--account", "Аудит", "--dry-run", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert "примечание: объединённые ячейки отдали своё значение покрытым ячейкам: 7" in out
    assert ("добавить: 12, обновить: 0, без изменений: 0, линий подчинения: 11 (строк с "
            "руководителем: 11), замечаний: 0") in out
    assert "замечаний: 0" in out and "пробный запуск: ничего не изменено" in out


@pytest.mark.parametrize(("lang", "says"), [
    ("en", "no person to import (row 2: no name; skipped)"),
    ("ru", "в файле нет ни одного человека (строка 2: нет имени; строка пропущена)"),
])
def test_a_file_of_nobody_is_one_line_in_the_language(
        tmp_path: Path, empty_workspace: Path, capsys: pytest.CaptureFixture[str], lang: str,
        says: str) -> None:
    nobody = tmp_path / "nobody.csv"
    nobody.write_text("name,email\n,x@y.example\n", encoding="utf-8")
    assert main(["import", str(empty_workspace), str(nobody), "--account", "A", "--lang",
                 lang]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].endswith(f"nobody.csv: {says}"), err
