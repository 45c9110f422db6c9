"""The team commands as a user meets them: real processes, one-line errors."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

from kamdesk.graph import sample
from kamdesk.store import Workspace
from tests.test_cli import kamdesk


def _edited(path: Path) -> tuple[str, str, str]:
    """A file with one account, one retitled person and one moved person; (account, p, q)."""
    graph = sample.generate(seed=4, people=30)[0]
    with Workspace.open(path, create=True) as ws:
        ws.add_account(graph)
        g = ws.load(graph.id)
        p, q = sorted(g.people)[:2]
        g.update_person(g.person(p)._replace(title="Новый «титул»"))
        g.update_person(g.person(q)._replace(department="Elsewhere"))
    return graph.account.name, p, q


def test_history_lists_who_changed_what(tmp_path: Path) -> None:
    path = tmp_path / "h.kam"
    name, p, q = _edited(path)
    result = kamdesk("history", str(path), "--account", name)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "3 changes"
    assert all(getpass.getuser() in line for line in lines[:-1])
    assert "changed person" in lines[1] and ": title" in lines[1]
    assert ": department" in lines[2]
    result = kamdesk("history", str(path), "--account", name, "--person", p, "--json")
    rows = json.loads(result.stdout)
    assert len(rows) == 1 and rows[0]["author"] == getpass.getuser()
    change = rows[0]["changes"][0]
    assert change["fields"] == ["title"] and change["id"] == p
    assert change["after"]["title"] == "Новый «титул»"
    result = kamdesk("history", str(path), "--account", name, "--person", q, "--json")
    assert [c["fields"] for r in json.loads(result.stdout) for c in r["changes"]] == [
        ["department"]]
    result = kamdesk("history", str(path), "--account", name, "--since", "2999-01-01")
    assert result.stdout.strip() == "0 changes"


def test_history_refusals_are_one_line(tmp_path: Path) -> None:
    path = tmp_path / "h.kam"
    _edited(path)
    for args, code, words in [
            (("--account", "Nobody"), 1, "no account named"),
            (("--account", "x", "--since", "yesterday"), 2, "not a date"),
            ((), 2, "--account")]:
        result = kamdesk("history", str(path), *args)
        assert result.returncode == code, result
        assert len(result.stderr.splitlines()) == 1 and words in result.stderr
        assert "Traceback" not in result.stderr
