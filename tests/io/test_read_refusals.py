"""Whole-file refusals (ReadError) carry a catalogue key and are worded in English and Russian:
by the vocabulary, in the import wizard and on the command line."""

from __future__ import annotations

import re
import string
import zipfile
from pathlib import Path

import pytest

from kamdesk.cli import main
from kamdesk.graph.read_words import READS
from kamdesk.graph.vocabulary import vocabulary
from kamdesk.io.sources import read_source
from kamdesk.io.text import ReadError
from kamdesk.store import Workspace

IO = Path(__file__).resolve().parents[2] / "kamdesk" / "io"
CYRILLIC = re.compile("[а-яё]", re.I)


def fields(sentence: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(sentence) if name}


@pytest.mark.parametrize("key", sorted(READS))
def test_every_refusal_is_worded_in_both_languages(key: str) -> None:
    english, russian = READS[key]
    assert english and russian and english != russian
    assert CYRILLIC.search(russian), key  # really Russian, not a copy
    assert fields(english) == fields(russian), key  # the same values shown in both


def test_every_key_raised_in_io_is_in_the_catalogue_and_every_entry_is_used() -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in IO.glob("*.py"))
    raised = set(re.findall(r'ReadError\(\s*"([a-z_]+)"', source))
    raised |= set(re.findall(r'ReadError\(\s*"([a-z_]+)" if', source))
    raised |= set(re.findall(r'else "([a-z_]+)",', source))
    assert raised and raised <= set(READS), raised - set(READS)
    assert set(READS) <= raised, set(READS) - raised  # no sentence nobody can meet
    assert not re.search(r"ReadError\(f?['\"][^'\"]* ", source)  # no unworded sentence left


def refusal(path: Path, **options: object) -> ReadError:
    with pytest.raises(ReadError) as caught:
        read_source(path, **options)  # type: ignore[arg-type]
    return caught.value


def cases(tmp: Path) -> list[tuple[Path, dict[str, object], str, str]]:
    """Files refused for different reasons: (file, read options, English, Russian words)."""
    (tmp / "empty.csv").write_bytes(b"  \n")
    (tmp / "nonames.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (tmp / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    (tmp / "bad.json").write_text("{\"people\": [1, 2", encoding="utf-8")
    (tmp / "nodes.gexf").write_text('<gexf xmlns="http://gexf.net/1.3"><graph><nodes/>'
                                    "</graph></gexf>", encoding="utf-8")
    (tmp / "latin.csv").write_bytes("name\nJürgen\n".encode("latin-1"))
    with zipfile.ZipFile(tmp / "broken.xlsx", "w") as z:
        z.writestr("nothing.txt", "no workbook here")
    return [
        (tmp / "empty.csv", {}, "empty.csv is empty", "empty.csv: файл пуст"),
        (tmp / "nowhere.csv", {}, "nowhere.csv: no such file", "такого файла нет"),
        (tmp, {}, "is a folder, not a file", "папка, а не файл"),
        (tmp / "nonames.csv", {}, "no column holds the names", "ни в одном столбце нет имён"),
        (tmp / "nonames.csv", {"map_spec": ["boss=a"]}, "--map takes FIELD=COLUMN",
         "--map принимает ПОЛЕ=СТОЛБЕЦ"),
        (tmp / "nonames.csv", {"map_spec": ["name=Boss"]}, "the file has no column 'Boss'",
         "в файле нет столбца «Boss»"),
        (tmp / "old.xls", {}, "old binary Office file", "старый двоичный файл Office"),
        (tmp / "bad.json", {}, "not a readable JSON file", "это не читаемый файл JSON"),
        (tmp / "nodes.gexf", {}, "the GEXF file has no nodes", "в файле GEXF нет узлов"),
        (tmp / "latin.csv", {"encoding": "utf-8"}, "byte 6 cannot be read as utf-8",
         "байт 6 не читается как utf-8"),
        (tmp / "latin.csv", {"encoding": "klingon"}, "knows no such encoding",
         "не знает такой кодировки"),
        (tmp / "broken.xlsx", {}, "not a readable Excel workbook", "это не читаемая книга Excel"),
    ]


def test_each_refusal_reads_in_english_and_in_russian(tmp_path: Path) -> None:
    for path, options, english, russian in cases(tmp_path):
        error = refusal(path, **options)
        assert error.key in READS
        assert english in str(error)  # str(): the English sentence, as before
        assert vocabulary("en").error(error) == str(error)
        said = vocabulary("ru").error(error)
        assert russian in said, (error.key, said)
        assert CYRILLIC.search(said.replace(path.name, "")), said


def test_numbers_are_written_the_language_s_way() -> None:
    error = ReadError("too_many_rows", count=250_000, limit=200_000)
    assert str(error) == "the file has 250,000 rows; kamdesk imports up to 200,000"
    assert vocabulary("ru").error(error) == \
        "в файле 250\u00a0000 строк; kamdesk импортирует до 200\u00a0000"


def test_the_command_line_words_refusals_in_the_locale_s_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("\n", encoding="utf-8")
    command = ["import", str(tmp_path / "ws.kam"), str(empty), "--account", "A"]
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert main(command) == 1
    assert capsys.readouterr().err.strip() == "kamdesk: error: empty.csv: файл пуст"
    assert main([*command, "--lang", "en"]) == 1  # --lang wins over the locale
    assert capsys.readouterr().err.strip() == "kamdesk: error: empty.csv is empty"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert main(command) == 1
    assert capsys.readouterr().err.strip() == "kamdesk: error: empty.csv is empty"
    monkeypatch.setenv("LC_ALL", "ru_RU.UTF-8")  # LC_ALL over LANG, as POSIX has it
    assert main([*command[:2], str(tmp_path), *command[3:]]) == 1
    assert "папка, а не файл" in capsys.readouterr().err


def test_the_import_preview_on_the_command_line_speaks_russian(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    people = tmp_path / "people.csv"
    people.write_text("id,manager_id,name,influence\n1,,Анна,9\n2,7,Борис,3\n",
                      encoding="utf-8")
    Workspace.open(tmp_path / "ws.kam", create=True).close()
    assert main(["import", str(tmp_path / "ws.kam"), str(people), "--account", "A",
                 "--lang", "ru", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "строка 2: влияние «9» — не целое число от 1 до 5; оставлено пустым" in out
    assert "руководитель «7» не найден" in out
