"""``kamdesk analyze``, ``paths`` and ``what-if``: good input, JSON, one-line refusals."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kamdesk import cli, launch
from kamdesk.cli import main
from kamdesk.store import Workspace

ACCOUNT = "Nordwind Retail Group"


def kamdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kamdesk", *args], check=False,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("analysis") / "sample.kam"
    assert main(["sample", str(path), "--seed", "5"]) == 0
    return path


def names(sample_file: Path) -> dict[str, str]:
    """Client people's name → id, and 'kam' → the KAM's id, of the account."""
    with Workspace.open(str(sample_file)) as ws:
        g = ws.load(ws.find_account(ACCOUNT).id)
    found = {p.name: p.id for p in g.people.values() if p.side.value == "client"}
    assert g.account.kam_id is not None
    found["kam"] = g.account.kam_id
    return found


def test_the_commands_are_known_to_the_launcher() -> None:
    assert set(cli.COMMANDS) == launch.COMMAND_NAMES
    assert {"analyze", "paths", "what-if"} <= launch.COMMAND_NAMES


def test_analyze_json(sample_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(sample_file), "--account", ACCOUNT, "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)
    assert set(facts) >= {"scores", "forecast", "whom_to_meet", "single_points_of_failure"}
    ranks = [s["rank"] for s in facts["scores"]]
    assert ranks == sorted(ranks) and ranks[0] == 1
    assert all(1.0 <= s["score"] <= 5.0 and 1 <= s["rating"] <= 5 for s in facts["scores"])
    assert -1.0 <= facts["forecast"]["support"] <= 1.0
    gains = [m["gain"] for m in facts["whom_to_meet"]]
    assert gains and gains == sorted(gains, reverse=True)
    by_id = {s["id"]: s for s in facts["scores"]}
    for m in facts["whom_to_meet"]:
        assert by_id[m["id"]]["gain"] == m["gain"]
    assert max(s["gain"] for s in facts["scores"]) == gains[0]
    assert all(s["gain"] == 0 for s in facts["scores"] if s["stance"] == "champion")


def test_analyze_text(sample_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(sample_file), "--account", ACCOUNT]) == 0
    out = capsys.readouterr().out
    assert "who really decides" in out and "expected support" in out
    assert "whom to meet next:" in out and "  1. " in out


def test_paths_by_name_and_by_id(sample_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    people = names(sample_file)
    target = next(n for n in people if n != "kam")
    assert main(["paths", str(sample_file), "--account", ACCOUNT, "--to", target.upper(),
                 "--json"]) == 0
    by_name = json.loads(capsys.readouterr().out)
    assert main(["paths", str(sample_file), "--account", ACCOUNT, "--to", people[target],
                 "--json"]) == 0
    by_id = json.loads(capsys.readouterr().out)
    assert by_name == by_id and by_id["target"]["id"] == people[target]
    for path in by_id["paths"]:
        assert path["people"][0]["side"] == "internal"
        assert path["people"][-1]["id"] == people[target]
        assert len(path["hops"]) <= by_id["max_hops"]
    assert main(["paths", str(sample_file), "--account", ACCOUNT, "--to", target]) == 0
    assert "warm introductions to" in capsys.readouterr().out


def test_what_if_our_kam_leaves(sample_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kam = names(sample_file)["kam"]
    before = sample_file.read_bytes()
    assert main(["what-if", str(sample_file), "--account", ACCOUNT, "--leaves", kam,
                 "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)
    assert facts["leaves"]["id"] == kam and facts["leaves"]["side"] == "internal"
    assert {"orphaned", "broken_paths", "new_signals", "support_before",
            "support_after"} <= set(facts)
    assert main(["what-if", str(sample_file), "--account", ACCOUNT, "--leaves", kam]) == 0
    assert "leaves:" in capsys.readouterr().out
    assert sample_file.read_bytes() == before  # a simulation: the workspace is untouched


@pytest.mark.parametrize(("args", "code", "message"), [
    (["paths", "{sample}", "--account", ACCOUNT, "--to", "Nobody Atall"], 1,
     "nobody in this account has this id or name"),
    (["paths", "{sample}", "--account", ACCOUNT, "--to", "{kam}"], 1,
     "an introduction leads to a client person"),
    (["paths", "{sample}", "--account", ACCOUNT], 2, "--to"),
    (["what-if", "{sample}", "--account", ACCOUNT, "--leaves", ""], 1, "by id or name"),
    (["what-if", "{sample}", "--account", "Nobody Ltd", "--leaves", "x"], 1,
     "no account named"),
    (["analyze", "{sample}"], 2, "--account"),
    (["analyze", "{dir}/missing.kam", "--account", ACCOUNT], 1, "no such workspace"),
])
def test_bad_input_is_one_clear_line(tmp_path: Path, sample_file: Path, args: list[str],
                                     code: int, message: str) -> None:
    filled = [a.format(dir=tmp_path, sample=sample_file, kam=names(sample_file)["kam"])
              for a in args]
    result = kamdesk(*filled)
    assert result.returncode == code
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kamdesk: error: "), result.stderr
    assert message in lines[0]
    assert "Traceback" not in result.stdout + result.stderr
