"""``kamdesk risks``, ``actions`` and ``meeting-export`` on a real sample file."""

from __future__ import annotations

import email
import json
from email import policy
from pathlib import Path

import icalendar
import pytest

from kamdesk.cli import main


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("desk") / "sample.kam"
    assert main(["sample", str(path), "--seed", "5", "--people", "200"]) == 0
    return path


def test_risks_json_lists_the_register_open_first_with_its_log(sample_file: Path,
                                                               capsys) -> None:
    capsys.readouterr()
    assert main(["risks", str(sample_file), "--account", "Nordwind Retail Group",
                 "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 4
    assert rows[-1]["status"] == "resolved" and rows[0]["severity"] == "critical"
    assert all(r["log"][0]["step"] == "recorded" for r in rows)
    assert any(r["owner_id"] is None for r in rows)
    assert main(["risks", str(sample_file), "--account", "Nordwind Retail Group"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("4 risks")


def test_actions_overdue_first(sample_file: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["actions", str(sample_file), "--account", "Nordwind Retail Group",
                 "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["status"] != "done" for r in rows)
    flags = [r["overdue"] for r in rows]
    assert flags == sorted(flags, reverse=True) and flags[0]
    assert all(r["meeting"] for r in rows)


def test_meeting_export_ics_and_eml(sample_file: Path, tmp_path: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["meetings", str(sample_file), "--account", "Nordwind Retail Group",
                 "--json"]) == 0
    meeting = json.loads(capsys.readouterr().out)[0]
    ics, eml = tmp_path / "m.ics", tmp_path / "m.eml"
    for target in (ics, eml):
        assert main(["meeting-export", str(sample_file), "--account", "Nordwind Retail Group",
                     "--meeting", meeting["id"], "-o", str(target), "--lang", "ru"]) == 0
    (event,) = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == meeting["title"]
    assert event.decoded("dtstart").isoformat() == meeting["date"]
    msg = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert meeting["title"] in msg["Subject"] and "Протокол" in msg["Subject"]
    assert "Обзор текущих проектов" in msg.get_content()


@pytest.mark.parametrize(("args", "message"), [
    (["meeting-export", "{sample}", "--account", "Nordwind Retail Group", "--meeting", "nope",
      "-o", "{dir}/x.ics"], "no meeting with id 'nope'"),
    (["meeting-export", "{sample}", "--account", "Nordwind Retail Group", "--meeting", "x",
      "-o", "{dir}/x.pdf"], "as .ics or .eml"),
    (["meeting-export", "{sample}", "--account", "Nordwind Retail Group", "--meeting", "x",
      "-o", "{dir}/no/x.ics"], "existing folder"),
    (["risks", "{sample}", "--account", "Nobody"], "no account named"),
    (["actions", "{sample}"], "--account"),
])
def test_desk_commands_refuse_in_one_line(sample_file: Path, tmp_path: Path, capsys,
                                          args: list[str], message: str) -> None:
    capsys.readouterr()
    filled = [a.format(sample=sample_file, dir=tmp_path) for a in args]
    assert main(filled) in (1, 2)
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
