"""The command line as a user meets it: real processes, real files, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kamdesk.cli import main


def kamdesk(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kamdesk", *args], check=False,
                          capture_output=True, text=True, timeout=120, cwd=cwd)


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "sample.kam"
    result = kamdesk("sample", str(path), "--seed", "11")
    assert result.returncode == 0, result.stderr
    assert "wrote 4 accounts" in result.stdout
    return path


def test_accounts_json_has_the_contract_keys(sample_file: Path) -> None:
    result = kamdesk("accounts", str(sample_file), "--json")
    assert result.returncode == 0
    rows = json.loads(result.stdout)
    assert len(rows) == 4
    for row in rows:
        assert {"id", "name", "client_people", "internal_people", "quadrant", "stage"} <= set(row)
        assert row["client_people"] > 0 and row["internal_people"] > 0
    assert "АО «Уралтехмаш»" in {r["name"] for r in rows}
    assert {r["quadrant"] for r in rows} == {"strategic", "star", "status", "streamline"}


def test_accounts_table_and_check(sample_file: Path) -> None:
    table = kamdesk("accounts", str(sample_file))
    assert table.returncode == 0 and "Nordwind Retail Group" in table.stdout
    check = kamdesk("check", str(sample_file))
    assert check.returncode == 0 and check.stdout.startswith("ok: 4 accounts")


def test_signals_and_meetings_by_name_or_id(sample_file: Path, capsys) -> None:
    assert main(["signals", str(sample_file), "--account", "nordwind retail group",
                 "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert {"comb_gap", "invalid_raci"} <= {s["kind"] for s in found}
    assert main(["accounts", str(sample_file), "--json"]) == 0
    acc_id = json.loads(capsys.readouterr().out)[0]["id"]
    assert main(["meetings", str(sample_file), "--account", acc_id, "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3


def test_same_seed_same_workspace(tmp_path: Path) -> None:
    outputs = []
    for name in ("a.kam", "b.kam"):
        assert main(["sample", str(tmp_path / name), "--seed", "4", "--people", "120"]) == 0
        with_ids = kamdesk("accounts", str(tmp_path / name), "--json")
        outputs.append(json.loads(with_ids.stdout))
    assert outputs[0] == outputs[1]
    assert outputs[0][2]["client_people"] == 120  # the scaled account, sorted by name


@pytest.mark.parametrize(("args", "code", "message"), [
    (["accounts", "{dir}/missing.kam"], 1, "no such workspace"),
    (["accounts", "{dir}/text.kam"], 1, "not a kamdesk workspace"),
    (["accounts", "{dir}/empty.kam"], 1, "is empty"),
    (["check", "{dir}/text.kam"], 1, "not a kamdesk workspace"),
    (["accounts"], 2, "required: WORKSPACE"),
    (["sample", "{dir}/x.kam", "--people", "0"], 2, "from 1 to 50,000"),
    (["sample", "{dir}/x.kam", "--people", "many"], 2, "not a whole number"),
    (["sample", "{dir}/x.kam", "--seed", "x"], 2, "not a whole number"),
    (["sample", "{dir}/nofolder/x.kam"], 1, "no such folder"),
    (["signals", "{sample}", "--account", "Nobody Ltd"], 1, "no account named"),
    (["signals", "{sample}"], 2, "--account"),
    (["frobnicate"], 2, "neither a command nor a workspace"),
    (["--bogus"], 2, "unrecognized arguments"),
    (["accounts", "mysql://u@h/db"], 1, "not 'mysql' databases"),
    (["accounts", "postgresql+psycopg://u@/db?host=/nonexistent"], 1, "cannot reach"),
    (["sample", "{sample}"], 1, "already holds accounts"),
])
def test_bad_input_is_one_clear_line(tmp_path: Path, sample_file: Path, args: list[str],
                                     code: int, message: str) -> None:
    (tmp_path / "text.kam").write_text("hello", encoding="utf-8")
    (tmp_path / "empty.kam").touch()
    before = sample_file.read_bytes()
    filled = [a.format(dir=tmp_path, sample=sample_file) for a in args]
    result = kamdesk(*filled)
    assert result.returncode == code
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kamdesk: error: "), result.stderr
    assert message in lines[0]
    assert "Traceback" not in result.stdout + result.stderr
    assert not (tmp_path / "x.kam").exists()
    assert sample_file.read_bytes() == before


def test_help_lists_every_command() -> None:
    result = kamdesk("--help")
    assert result.returncode == 0
    for command in ("sample", "accounts", "signals", "meetings", "check", "kamdesk [WORKSPACE]"):
        assert command in result.stdout


def test_gui_without_a_display_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert main([str(tmp_path / "new.kam")]) == 1
    assert "no display" in capsys.readouterr().err
    assert not (tmp_path / "new.kam").exists()


def test_plan_and_brief_from_the_command_line(sample_file: Path, tmp_path: Path) -> None:
    from tests.report.conftest import page_texts

    plan = tmp_path / "plan.pdf"
    result = kamdesk("plan", str(sample_file), "--account", "Nordwind Retail Group",
                     "-o", str(plan), "--lang", "ru", "--paper", "a3")
    assert result.returncode == 0, result.stderr
    assert "План работы с клиентом" in page_texts(plan)[0]
    meetings = json.loads(kamdesk("meetings", str(sample_file), "--account",
                                  "Nordwind Retail Group", "--json").stdout)
    brief = tmp_path / "brief.pdf"
    result = kamdesk("brief", str(sample_file), "--account", "Nordwind Retail Group",
                     "--meeting", meetings[0]["id"], "-o", str(brief))
    assert result.returncode == 0, result.stderr
    assert meetings[0]["title"] in page_texts(brief)[0]


@pytest.mark.parametrize(("args", "code", "message"), [
    (["plan", "{sample}", "--account", "Nordwind Retail Group", "-o", "{dir}/no/x.pdf"], 1,
     "no such folder"),
    (["plan", "{sample}", "--account", "Nordwind Retail Group", "-o", "{dir}"], 1,
     "is a folder"),
    (["plan", "{sample}", "--account", "Nordwind Retail Group", "-o", "{dir}/x.pdf",
      "--paper", "B5"], 2, "A4, A3 or Letter"),
    (["plan", "{sample}", "--account", "Nordwind Retail Group", "-o", "{dir}/x.pdf",
      "--lang", "de"], 2, "invalid choice"),
    (["plan", "{sample}", "-o", "{dir}/x.pdf"], 2, "--account"),
    (["brief", "{sample}", "--account", "Nordwind Retail Group", "--meeting", "nope",
      "-o", "{dir}/x.pdf"], 1, "no meeting with id 'nope'"),
    (["plan", "{dir}/text.kam", "--account", "A", "-o", "{dir}/x.pdf"], 1,
     "not a kamdesk workspace"),
])
def test_bad_print_requests(tmp_path: Path, sample_file: Path, args: list[str], code: int,
                            message: str) -> None:
    (tmp_path / "text.kam").write_text("hello", encoding="utf-8")
    result = kamdesk(*[a.format(dir=tmp_path, sample=sample_file) for a in args])
    assert result.returncode == code
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert not (tmp_path / "x.pdf").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".kamdesk-")]


def test_import_dry_run_then_import_then_export(tmp_path: Path) -> None:
    from tests.io import files

    ws = tmp_path / "ws.kam"
    assert main(["sample", str(ws)]) == 0
    before = kamdesk("accounts", str(ws), "--json").stdout
    crm = files.write(tmp_path, "report.csv", files.SALESFORCE_REPORT)
    dry = kamdesk("import", str(ws), str(crm), "--account", "Уралтехмаш-2", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "salesforce-report" in dry.stdout and "4 to add" in dry.stdout
    assert "dry run: nothing was changed" in dry.stdout
    assert kamdesk("accounts", str(ws), "--json").stdout == before
    real = kamdesk("import", str(ws), str(crm), "--account", "Уралтехмаш-2")
    assert real.returncode == 0 and real.stdout.rstrip().endswith("imported")
    rows = json.loads(kamdesk("accounts", str(ws), "--json").stdout)
    assert {"name": "Уралтехмаш-2", "client_people": 4}.items() <= next(
        r for r in rows if r["name"] == "Уралтехмаш-2").items()
    for suffix in (".csv", ".xlsx", ".json", ".graphml"):
        out = tmp_path / f"out{suffix}"
        result = kamdesk("export", str(ws), "--account", "Уралтехмаш-2", "-o", str(out))
        assert result.returncode == 0 and out.exists(), result.stderr


def test_import_dry_run_speaks_russian_with_lang_ru(tmp_path: Path) -> None:
    """Every line of the preview the command prints, counts included, in the vocabulary's
    Russian (numbers the Russian way); the workspace is left as it was."""
    from tests.io import files

    ws = tmp_path / "ws.kam"
    assert main(["sample", str(ws)]) == 0
    before = ws.read_bytes()
    crm = files.write(tmp_path, "report.csv", files.SALESFORCE_REPORT)
    dry = kamdesk("import", str(ws), str(crm), "--account", "Уралтехмаш-2", "--dry-run",
                  "--lang", "ru")
    assert dry.returncode == 0, dry.stderr
    out = dry.stdout
    assert "в нового клиента «Уралтехмаш-2»: добавить: 4, обновить: 0, без изменений: 0, " \
           "линий подчинения: " in out, out
    assert "замечаний: " in out and "пробный запуск: ничего не изменено" in out
    assert "разделитель ','" in out and "столбцы: " in out
    for english in ("to add", "unchanged", "reporting lines", "defects", "dry run", "note:",
                    "into ", "delimiter", "columns:"):
        assert english not in out, (english, out)
    assert ws.read_bytes() == before
    english = kamdesk("import", str(ws), str(crm), "--account", "Уралтехмаш-2", "--dry-run",
                      "--lang", "en")
    assert "into a new account 'Уралтехмаш-2': 4 to add, 0 to update" in english.stdout


@pytest.mark.parametrize(("args", "code", "message"), [
    (["import", "{ws}", "{dir}/nope.csv", "--account", "A"], 1, "no such file"),
    (["import", "{ws}", "{dir}/empty.csv", "--account", "A"], 1, "is empty"),
    (["import", "{ws}", "{dir}/text.kam", "--account", "A", "--format", "xlsx"], 1,
     "not a readable Excel workbook"),
    (["import", "{ws}", "{dir}/people.csv", "--account", "A", "--format", "sap"], 2,
     "invalid choice"),
    (["import", "{ws}", "{dir}/people.csv", "--account", "A", "--map", "boss=Имя"], 1,
     "--map takes FIELD=COLUMN"),
    (["import", "{ws}", "{dir}/people.csv", "--account", "A", "--map", "name=Nope"], 1,
     "no column 'Nope'"),
    (["import", "{ws}", "{dir}/people.csv", "--account", "A", "--encoding", "klingon"], 1,
     "not valid klingon"),
    (["export", "{ws}", "--account", "Nordwind Retail Group", "-o", "{dir}/nowhere/x.svg"],
     1, "no such folder"),
    (["export", "{ws}", "--account", "Nordwind Retail Group", "-o", "{dir}/x.docx"], 1,
     "cannot export to .docx"),
])
def test_bad_import_and_export_requests(tmp_path: Path, args: list[str], code: int,
                                        message: str) -> None:
    ws = tmp_path / "ws.kam"
    assert main(["sample", str(ws)]) == 0
    (tmp_path / "empty.csv").touch()
    (tmp_path / "text.kam").write_text("hello", encoding="utf-8")
    (tmp_path / "people.csv").write_text("Имя,Должность\nАнна,CEO\n", encoding="utf-8")
    before = ws.read_bytes()
    result = kamdesk(*[a.format(dir=tmp_path, ws=ws) for a in args])
    assert result.returncode == code, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert ws.read_bytes() == before


def test_launch_knows_every_command() -> None:
    from kamdesk.cli import COMMANDS
    from kamdesk.launch import COMMAND_NAMES

    assert set(COMMANDS) == COMMAND_NAMES


def test_the_app_starts_without_the_domain_loaded() -> None:
    """A cold start paints on Qt alone: the store and networkx load after the window."""
    import subprocess
    import sys

    probe = ("import sys, kamdesk.launch, kamdesk.ui.app; "
             "print(sorted(m for m in ('sqlalchemy', 'networkx', 'kamdesk.store', 'kamdesk.cli')"
             " if m in sys.modules))")
    shown = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                           check=True).stdout.strip()
    assert shown == "[]"


def test_export_draws_the_org_chart_as_svg_png_and_pdf(tmp_path: Path) -> None:
    ws = tmp_path / "ws.kam"
    assert main(["sample", str(ws)]) == 0
    for ending in ("svg", "png", "pdf"):
        target = tmp_path / f"chart.{ending}"
        result = kamdesk("export", str(ws), "--account", "Nordwind Retail Group", "-o",
                         str(target))
        assert result.returncode == 0, result.stderr
        assert target.stat().st_size > 1000
    assert "Nordwind Retail Group" in (tmp_path / "chart.svg").read_text(encoding="utf-8")
    assert (tmp_path / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (tmp_path / "chart.pdf").read_bytes()[:5] == b"%PDF-"


def test_a_chart_too_big_for_one_png_is_refused_with_the_way_out(tmp_path: Path) -> None:
    ws = tmp_path / "big.kam"
    assert main(["sample", str(ws), "--people", "3000"]) == 0
    rows = json.loads(kamdesk("accounts", str(ws), "--json").stdout)
    name = max(rows, key=lambda r: r["client_people"])["name"]  # the 3,000-person one
    result = kamdesk("export", str(ws), "--account", name, "-o", str(tmp_path / "big.png"))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "SVG" in lines[0] and "PDF" in lines[0], result.stderr
    assert not (tmp_path / "big.png").exists() and not (tmp_path / "big.png.part").exists()
