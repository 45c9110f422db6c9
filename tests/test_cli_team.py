"""The team commands as a user meets them: real processes, one-line errors."""

from __future__ import annotations

import getpass
import json
import os
from pathlib import Path

from sqlalchemy.engine import make_url

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


def test_team_commands_on_a_server(pg_url: str) -> None:
    login = f"dave_{os.getpid()}"
    assert kamdesk("sample", pg_url, "--people", "20").returncode == 0
    name = Workspace.open(pg_url).accounts()[0].name
    result = kamdesk("team", "init", pg_url)
    assert result.returncode == 0 and "team workspace" in result.stdout, result.stderr
    result = kamdesk("team", "add", pg_url, login, "--account", name, "--role", "viewer")
    assert result.returncode == 0 and f"{login} is now viewer" in result.stdout, result.stderr
    rows = json.loads(kamdesk("team", "list", pg_url, "--json").stdout)
    assert {"account": name, "login": login, "role": "viewer"}.items() <= rows[0].items()
    as_dave = make_url(pg_url).set(username=login).render_as_string(hide_password=False)
    result = kamdesk("accounts", as_dave, "--json")
    assert [r["name"] for r in json.loads(result.stdout)] == [name]  # only his account
    assert kamdesk("team", "remove", pg_url, login, "--account", name).returncode == 0
    assert json.loads(kamdesk("accounts", as_dave, "--json").stdout) == []
    for args, code, words in [
            (("team", "add", pg_url, login, "--account", name, "--role", "boss"), 2,
             "invalid choice"),
            (("team", "remove", pg_url, login, "--account", name), 1, "no member"),
            (("team", "add", pg_url, "x y", "--account", name, "--role", "editor"), 1,
             "not a login name"),
            (("team", "init", "some.kam"), 1, "not a team server URL"),
            (("team",), 2, "ACTION")]:
        result = kamdesk(*args)
        assert result.returncode == code, result
        assert len(result.stderr.splitlines()) == 1 and words in result.stderr, result.stderr


def test_checkout_and_sync_on_the_command_line(pg_url: str, tmp_path: Path) -> None:
    assert kamdesk("sample", pg_url, "--people", "20").returncode == 0
    with Workspace.open(pg_url) as ws:
        account = ws.accounts()[0]
        pid = sorted(ws.load(account.id).people)[0]
    trip = tmp_path / "trip.kam"
    result = kamdesk("checkout", pg_url, "--account", account.name, "-o", str(trip))
    assert result.returncode == 0 and "checked out" in result.stdout, result.stderr
    for ws_target, title in ((str(trip), "On the road"), (pg_url, "In the office")):
        with Workspace.open(ws_target) as ws:
            g = ws.load(account.id)
            g.update_person(g.person(pid)._replace(title=title))
    result = kamdesk("sync", str(trip))
    assert result.returncode == 1
    assert "'On the road' / theirs 'In the office'" in result.stdout
    assert len(result.stderr.splitlines()) == 1 and "--keep" in result.stderr
    result = kamdesk("sync", str(trip), "--keep", "theirs", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["applied"] and report["conflicts"][0]["fields"] == ["title"]
    result = kamdesk("sync", str(trip))
    assert result.returncode == 0 and result.stdout.strip() == "sent 0, took 0, 0 conflicts"
    with Workspace.open(trip) as ws:
        assert ws.load(account.id).person(pid).title == "In the office"
    for args, words in [(("sync", pg_url), "checked-out .kam file"),
                        (("sync", str(tmp_path / "none.kam")), "no such workspace"),
                        (("checkout", pg_url, "--account", account.name, "-o", str(trip)),
                         "already exists"),
                        (("checkout", pg_url, "--account", "Nobody", "-o",
                          str(tmp_path / "n.kam")), "no account named")]:
        result = kamdesk(*args)
        assert result.returncode == 1, result
        assert len(result.stderr.splitlines()) == 1 and words in result.stderr, result.stderr
