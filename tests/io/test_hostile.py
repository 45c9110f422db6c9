"""Files an attacker (or an unlucky export) might send: each is read or refused in bounded
time and memory, with one sentence about the file, and nothing half-imported."""

from __future__ import annotations

import io
import os
import re
import resource
import threading
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Account, Person
from kamdesk.graph.types import Side
from kamdesk.io.export import export_account
from kamdesk.io.plan import apply, plan_import
from kamdesk.io.sources import read_source
from kamdesk.io.text import ReadError

MB = 2**20


def bounded(call: Callable[[], Any], seconds: float, megabytes: float,
            trace: bool = True) -> Any:
    """Run ``call``; assert it took at most ``seconds`` and its Python allocations peaked
    at most ``megabytes`` (generous bounds: the failures they catch are minutes and GB).
    ``trace=False`` measures the process's peak resident size instead (tracemalloc slows
    a run of a million allocations several times over)."""
    if not trace:
        start = time.perf_counter()
        result = call()
        elapsed = time.perf_counter() - start
        peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        assert elapsed <= seconds, f"took {elapsed:.1f} s"
        assert peak_kb * 1024 <= megabytes * MB, f"the process peaked at {peak_kb // 1024} MB"
        return result
    tracemalloc.start()
    start = time.perf_counter()
    try:
        result = call()
    finally:
        elapsed = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert elapsed <= seconds, f"took {elapsed:.1f} s"
    assert peak <= megabytes * MB, f"peaked at {peak / MB:.0f} MB"
    return result


def refused(call: Callable[[], Any]) -> str:
    with pytest.raises(ReadError) as caught:
        call()
    message = str(caught.value)
    assert "unexpected" not in message and "\n" not in message
    return message


def small_xlsx() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["ID", "Name", "Manager ID", "Title"])
    sheet.append([1, "Анна Смирнова", None, "CEO"])
    sheet.append([2, "Пётр Королёв", 1, "CFO"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def with_sheet(data: bytes, rewrite: Callable[[bytes], bytes]) -> bytes:
    """The workbook with its first sheet's XML rewritten."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                body = rewrite(body)
            dst.writestr(item, body)
    return out.getvalue()


def test_a_sparse_dimension_xlsx_is_read_in_bounded_time_and_memory(tmp_path: Path) -> None:
    def claim_everything(xml: bytes) -> bytes:
        return re.sub(rb"<dimension ref=\"[A-Z0-9:]+\"\s*/>", b'<dimension ref="A1:XFD1048576"/>',
                      xml)

    data = with_sheet(small_xlsx(), claim_everything)
    assert b"XFD1048576" in zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    assert len(data) < 8000  # a few KB, as the 4.7 KB file
    path = tmp_path / "sparse.xlsx"
    path.write_bytes(data)
    source = bounded(lambda: read_source(path), seconds=2, megabytes=200)
    assert [p.name for p in source.people] == ["Анна Смирнова", "Пётр Королёв"]
    assert source.people[1].managers == ["1"]


def test_a_cell_far_down_and_right_is_not_a_million_rows(tmp_path: Path) -> None:
    def far_cell(xml: bytes) -> bytes:
        far = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
        return xml.replace(b"</sheetData>", far + b"</sheetData>")

    path = tmp_path / "far.xlsx"
    path.write_bytes(with_sheet(small_xlsx(), far_cell))
    source = bounded(lambda: read_source(path), seconds=10, megabytes=200)
    assert len(source.people) == 2
    assert any("reading stopped after" in n for n in source.notes)


def test_a_zip_bomb_is_refused_quickly(tmp_path: Path) -> None:
    def inflate(xml: bytes) -> bytes:  # 80 MB of blanks inside the sheet: ~80 KB packed
        return xml.replace(b"<sheetData>", b"<sheetData>" + b" " * (80 * MB))

    data = with_sheet(small_xlsx(), inflate)
    assert len(data) < 1 * MB
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(data)
    message = bounded(lambda: refused(lambda: read_source(path)), seconds=5, megabytes=50)
    assert "zip bomb" in message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "people.csv"
    os.mkfifo(fifo)
    outcome: list[str] = []
    worker = threading.Thread(target=lambda: outcome.append(
        refused(lambda: read_source(fifo))), daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "reading a FIFO hung"
    assert "not a regular file" in outcome[0]


@pytest.mark.parametrize(("path", "says"), [("/dev/zero", "not a regular file"),
                                            ("/dev/null", "not a regular file")])
def test_devices_are_refused(path: str, says: str) -> None:
    if not Path(path).exists():
        pytest.skip(f"no {path} here")
    assert says in bounded(lambda: refused(lambda: read_source(Path(path))), 2, 10)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    assert "is a folder" in refused(lambda: read_source(tmp_path))


def test_a_folded_vcard_of_megabytes_unfolds_in_linear_time(tmp_path: Path) -> None:
    lines = ["BEGIN:VCARD", "VERSION:3.0", "FN:Лев Толстой", "NOTE:начало"]
    lines += [" " + "продолжение " * 6] * 60_000  # ~8 MB of folded note
    lines += ["END:VCARD", "BEGIN:VCARD", "VERSION:3.0", "FN:Софья Толстая",
              "X-MS-MANAGER:Лев Толстой", "END:VCARD"]
    path = tmp_path / "long.vcf"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    source = bounded(lambda: read_source(path), seconds=15, megabytes=400)
    assert [p.name for p in source.people] == ["Лев Толстой", "Софья Толстая"]
    graph = AccountGraph(Account("a", "A"))
    plan = plan_import(graph, source.people)
    apply(graph, plan)
    assert len(graph.people) == 2 and plan.lines == 1  # the long note cost nobody
    assert any("notes is" in str(d) and "cut to 200,000" in str(d) for d in plan.defects)


def chain_csv(path: Path, depth: int, closed: bool = False) -> None:
    rows = ["id,manager_id,name,title"]
    rows += [f"{i},{i - 1 if i else (depth - 1 if closed else '')},Person {i},Analyst"
             for i in range(depth)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_a_200000_deep_chain_imports_in_linear_time(tmp_path: Path) -> None:
    path = tmp_path / "chain.csv"
    chain_csv(path, 200_000)

    def run() -> tuple[int, int]:
        source = read_source(path)
        graph = AccountGraph(Account("a", "A"))
        plan = plan_import(graph, source.people, by=source.manager_by)
        apply(graph, plan)
        return len(graph.people), plan.lines

    # linear: seconds (quadratic was "did not finish in 300 s"); a generous bound
    assert bounded(run, seconds=150, megabytes=2000, trace=False) == (200_000, 199_999)


def test_a_100000_long_cycle_is_one_defect(tmp_path: Path) -> None:
    path = tmp_path / "ring.csv"
    chain_csv(path, 100_000, closed=True)
    source = read_source(path)
    graph = AccountGraph(Account("a", "A"))
    plan = bounded(lambda: plan_import(graph, source.people, by=source.manager_by), 90, 2000,
                   trace=False)
    assert plan.lines == 99_999  # one line of the ring dropped
    assert sum(1 for d in plan.defects if "reporting cycle" in str(d)) == 1


def test_a_200_kb_cell_is_accepted_and_a_huge_one_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("name,notes\nАнна," + "я" * 150_000 + "\n", encoding="utf-8")
    assert len(path.read_bytes()) > 200_000  # 300 KB of UTF-8
    (anna,) = read_source(path).people
    assert len(anna.notes or "") == 150_000
    path.write_text("name,notes\nАнна," + "x" * 1_100_000 + "\n", encoding="utf-8")
    assert "longer than 1,000,000 characters" in refused(lambda: read_source(path))


def test_xml_entities_are_refused(tmp_path: Path) -> None:
    bomb = ('<?xml version="1.0"?><!DOCTYPE g [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph><node id="n">'
            '<data key="d">&b;</data></node></graph></graphml>')
    for suffix in (".graphml", ".gexf"):
        path = tmp_path / f"bomb{suffix}"
        path.write_text(bomb.replace("graphml", "gexf") if suffix == ".gexf" else bomb)
        assert "declares XML entities" in refused(lambda p=path: read_source(p))


def test_json_nested_too_deep_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"name": "a", "children": [' * 100_000 + "]}" * 100_000)
    assert "nested too deeply" in bounded(lambda: refused(lambda: read_source(path)), 10, 500)


def test_refusals_never_echo_the_file(tmp_path: Path) -> None:
    secret = "TOP-SECRET-LINE do not show"
    cases = {"a.csv": f"{secret},other\nx,y\n", "a.json": f'["{secret}", ',
             "a.graphml": f"<graphml>{secret}", "a.gexf": f"<gexf>{secret}<nodes>",
             "a.xlsx": secret, "a.ods": secret}
    for name, text in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        message = refused(lambda p=path: read_source(p))
        assert "TOP-SECRET" not in message, (name, message)


def test_csv_export_guards_what_a_spreadsheet_would_run_and_reimports_losslessly(
        tmp_path: Path) -> None:
    graph = AccountGraph(Account("acc", "A"))
    risky = ["+1+1", "-2+3+cmd|' /C calc'!A0", "=1+1", "@SUM(1)", "\tTab first",
             "\rCR first", "\nLF first", "'apostrophe first", "'=already quoted",
             "+7 495 123-45-67"]
    for n, value in enumerate(risky):
        graph.add_person(Person(f"p{n}", "acc", Side.CLIENT, f"Person {n}", title=value))
    out = tmp_path / "out.csv"
    export_account(graph, out)
    cells = out.read_bytes().decode("utf-8-sig")  # (read_text would turn CR into LF)
    for value in risky:
        assert f"'{value}" in cells  # every one starts with the apostrophe in the file
    back = AccountGraph(Account("acc2", "B"))
    apply(back, plan_import(back, read_source(out).people))
    assert sorted(p.title for p in back.people.values()) == sorted(risky)


def test_an_old_binary_xls_gets_a_clear_sentence(tmp_path: Path) -> None:
    path = tmp_path / "organogram.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    assert "save it as .xlsx or CSV" in refused(lambda: read_source(path))


def test_documents_parsed_whole_have_a_smaller_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b"[" + b" " * (65 * MB) + b"]")
    message = bounded(lambda: refused(lambda: read_source(path)), 5, 300)
    assert "JSON files up to 64 MB" in message
