"""Import defects are worded by the one vocabulary, in English and in Russian."""

from __future__ import annotations

import re
from pathlib import Path

from kamdesk.graph import import_words
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Account
from kamdesk.io.plan import plan_import
from kamdesk.io.sources import read_source
from kamdesk.io.text import Note
from tests.io import files
from tests.io.test_defects import MESSY

CYRILLIC = re.compile("[\u0400-\u04ff]")


def test_every_import_sentence_has_both_languages() -> None:
    catalogue = import_words._IMPORT  # the catalogue itself is under test
    for key, (en, ru) in catalogue.items():
        assert en and ru, key
        if key not in ("id_word", "email_word", "of_ids", "of_emails"):
            assert CYRILLIC.search(ru), key


def test_a_messy_file_reads_in_russian(tmp_path: Path) -> None:
    source = read_source(files.write(tmp_path, "messy.csv", MESSY))
    plan = plan_import(AccountGraph(Account("acc", "A")), source.people, by=source.manager_by)
    defects = [*source.defects, *plan.defects]
    assert len(defects) >= 10
    for d in defects:
        assert d.key, str(d)  # every defect comes from the catalogue
        ru = d.text("ru")
        assert CYRILLIC.search(ru) and "row " not in ru and "skipped" not in ru, ru
    cut = next(d for d in defects if d.key == "cut")
    assert cut.text("ru") == "строка 15: должность: 4\u00a0799 символов; обрезано до 4\u00a0000"
    assert str(cut) == "row 15: title is 4,799 characters long; cut to 4,000"


def test_the_preview_notes_read_in_russian(tmp_path: Path) -> None:
    data = Path(__file__).resolve().parent.parent / "data"
    for name in ("d3-org-chart-demo.csv", "uk-organogram-ago-2011-09-30-senior.csv",
                 "shape-yed-orgchart.graphml", "networkx-gexf-pid.gexf",
                 "dabeng-orgchart-hybrid.json"):
        notes = read_source(data / name).notes
        assert notes, name
        for note in notes:
            assert isinstance(note, Note), (name, note)
            assert CYRILLIC.search(note.text("ru")), (name, note.text("ru"))
            assert note.text("en") == note  # printed as is, a note is its English text
    (columns, *_) = read_source(data / "d3-org-chart-demo.csv").notes
    assert columns.text("ru").startswith("столбцы: ФИО \u2190 «name», подразделение \u2190 «area»")


def test_the_preview_counts_read_in_both_languages() -> None:
    """The summary line: English plurals right for one, Russian as 'what: how many' (no
    plural forms to get wrong), numbers written the language's way."""
    from kamdesk.io.plan import ImportPlan

    plan = ImportPlan(unchanged=12_345, lines=1, references=1, file_defects=1)
    assert plan.summary() == ("0 to add, 0 to update, 12,345 unchanged, 1 reporting line "
                              "(of 1 row naming a manager), 1 defect")
    assert plan.summary("ru") == ("добавить: 0, обновить: 0, без изменений: 12\u00a0345, "
                                  "линий подчинения: 1 (строк с руководителем: 1), "
                                  "замечаний: 1")
    plan.lines, plan.references, plan.file_defects = 2_000, 2_001, 0
    assert plan.summary_lines()[1] == ("2,000 reporting lines (of 2,001 rows naming a "
                                       "manager), 0 defects")


def test_notes_say_one_and_many_in_english_and_count_after_a_colon_in_russian() -> None:
    one, many = Note("footer", count=1, row=17), Note("footer", count=3, row=17)
    assert one == "1 footer line under the table was ignored (from row 17)"
    assert many == "3 footer lines under the table were ignored (from row 17)"
    assert Note("merged", count=1) == "1 merged cell gave its value to the cells it covers"
    assert Note("merged", count=2) == "2 merged cells gave their value to the cells they cover"
    assert Note("vacancies", count=1).startswith("1 post has no disclosed")
    assert Note("gexf_pid", count=4) == "the hierarchy is GEXF's pid: 4 nodes name a parent"
    for key in ("columns_cut", "gexf_pid", "garbled", "roots"):  # no "в 1 строках"
        ru = Note(key, count=1, limit=1000, codepage="cp1251", names="A").text("ru")
        assert re.search(r": 1\b", ru) and not re.search(r"\b1 (строках|узлов|человек|мест)",
                                                          ru), ru
