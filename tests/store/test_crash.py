"""Kill -9 in the middle of a stream of edits: the file opens, checks clean, and holds every
edit that had returned (the writer prints an edit's number only after it returned)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kamdesk.graph import sample
from kamdesk.store import Workspace

WRITER = """
import sys
from kamdesk.graph.entities import Link, Person
from kamdesk.graph.types import LinkKind, Side
from kamdesk.store import Workspace

ws = Workspace.open(sys.argv[1])
g = ws.load(sys.argv[2])
boss = sys.argv[3]
i = 0
while True:
    pid = f"crash-{i}"
    with g.batch():  # a compound edit: person + line, all or nothing
        g.add_person(Person(pid, g.id, Side.CLIENT, f"Сотрудник {i}"))
        g.add_link(Link(f"line-{i}", g.id, LinkKind.REPORTS_TO, pid, boss))
    g.update_person(g.person(boss)._replace(title=f"edit {i}"))
    print(i, flush=True)
    i += 1
"""


@pytest.mark.parametrize("edits_before_kill", [1, 37, 400])
def test_sigkill_loses_no_returned_edit(tmp_path: Path, edits_before_kill: int) -> None:
    path = tmp_path / "crash.kam"
    graph = sample.generate(seed=1)[0]
    with Workspace.open(path, create=True) as ws:
        ws.add_account(graph)
    boss = next(p.id for p in graph.people.values() if graph.manager_of(p.id) is None
                and p.side.value == "client")
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), graph.id, boss],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    returned = -1
    deadline = time.monotonic() + 60
    while returned < edits_before_kill - 1 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        assert line, "the writer stopped by itself"
        returned = int(line)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    # whatever it printed before dying also returned
    returned = max([returned, *(int(x) for x in proc.stdout.read().split())])
    assert returned >= edits_before_kill - 1

    check = subprocess.run([sys.executable, "-m", "kamdesk", "check", str(path)],
                           check=False, capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stdout + check.stderr
    with Workspace.open(path) as ws:
        loaded = ws.load(graph.id)
    for i in range(returned + 1):
        assert loaded.person(f"crash-{i}").name == f"Сотрудник {i}"
        assert loaded.manager_of(f"crash-{i}") == boss
    # the edit under way at the kill is either wholly there or wholly absent
    assert loaded.person(boss).title in (f"edit {returned}", f"edit {returned + 1}")
    extra = f"crash-{returned + 1}"
    assert (extra in loaded.people) == (f"line-{returned + 1}" in loaded.links)
