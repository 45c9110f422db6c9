"""Soak: 4 processes × 2,000 edits on one workspace (SQLite file, then PostgreSQL), half of
them on one shared account, while a fifth process opens and closes the workspace in a loop.

Every worker appends each edit to its log only after the edit returned; afterwards every
logged edit must be in the database ("lost: 0") and ``kamdesk check`` must pass. Refused
edits (a stale copy, or a move that would break a rule with another process's edit) are
counted as conflicts; the worker then continues on the latest state the refusal offers.
Run: ``python -m bench soak`` (``python -m bench.soak sqlite`` for one backend).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Account, Person
from kamdesk.graph.errors import DomainError
from kamdesk.graph.types import Side
from kamdesk.store import ConcurrentEditError, Workspace, latest_state

PROCESSES = 4
EDITS = 2_000
SHARED = "shared"
SEED_PEOPLE = 40
ROOT = Path(__file__).resolve().parents[1]


def prepare(target: str) -> None:
    shared = AccountGraph(Account(SHARED, "Shared account"))
    for i in range(SEED_PEOPLE):
        shared.add_person(Person(f"s{i}", SHARED, Side.CLIENT, f"Shared {i}"))
    with Workspace.open(target, create=True) as ws:
        ws.add_account(shared)
        for n in range(PROCESSES):
            ws.add_account(AccountGraph(Account(f"own{n}", f"Own account {n}")))


def worker(target: str, n: int, edits: int, log_path: str) -> None:
    """Edits: add a person, retitle one, move one under another (may be refused)."""
    rng = random.Random(n)
    conflicts = refused = 0
    with Workspace.open(target, timeout=30) as ws, open(log_path, "w") as log:
        graphs = {SHARED: ws.load(SHARED), f"own{n}": ws.load(f"own{n}")}
        for k in range(edits):
            account = SHARED if k % 2 == 0 else f"own{n}"
            graph = graphs[account]
            people = sorted(graph.people)
            roll = rng.random()
            try:
                if roll < 0.4 or len(people) < 2:
                    pid = f"w{n}-{k}"
                    graph.add_person(Person(pid, account, Side.CLIENT, f"Worker {n} #{k}"))
                    entry = ["add", pid]
                elif roll < 0.8:
                    pid = rng.choice(people)
                    title = f"w{n}-{k}"
                    graph.update_person(graph.person(pid)._replace(title=title))
                    entry = ["title", pid, title]
                else:
                    pid, boss = rng.sample(people, 2)
                    graph.set_manager(pid, boss)
                    entry = ["move", pid, boss]
            except (ConcurrentEditError, DomainError) as error:
                latest = latest_state(error)
                if latest is None and not isinstance(error, ConcurrentEditError):
                    refused += 1  # a cycle in this copy already: the domain's own refusal
                    continue
                conflicts += 1  # refused against what another process committed
                graphs[account] = latest if latest is not None else ws.load(account)
                continue
            log.write(json.dumps(entry) + "\n")
            log.flush()
    print(json.dumps({"conflicts": conflicts, "refused": refused}), flush=True)


def opener(target: str, stop_file: str) -> None:
    opened = 0
    while not Path(stop_file).exists():
        with Workspace.open(target, timeout=30) as ws:
            ws.accounts()
        opened += 1
    print(json.dumps({"opened": opened}), flush=True)


def lost_edits(target: str, logs: list[Path]) -> int:
    """Returned edits the database does not hold: a missing person, or a person of one
    worker's own account whose title is not the last one that worker set."""
    with Workspace.open(target) as ws:
        graphs = {a.id: ws.load(a.id) for a in ws.accounts()}
    people = {pid: p for g in graphs.values() for pid, p in g.people.items()}
    titles_set: dict[str, set[str]] = {}
    lost = 0
    for n, log in enumerate(logs):
        last_own: dict[str, str] = {}
        for line in log.read_text().splitlines():
            entry = json.loads(line)
            if entry[0] == "add" and entry[1] not in people:
                lost += 1
            elif entry[0] == "title":
                titles_set.setdefault(entry[1], set()).add(entry[2])
                if entry[1] in graphs[f"own{n}"].people:
                    last_own[entry[1]] = entry[2]
        lost += sum(1 for pid, title in last_own.items() if people[pid].title != title)
    # on the shared account the last writer wins, but only a title someone set may stand
    lost += sum(1 for pid, titles in titles_set.items()
                if people[pid].title and people[pid].title not in titles)
    return lost


def run(target: str, label: str, folder: Path, processes: int = PROCESSES, *,
        edits: int = EDITS, with_opener: bool = True) -> dict[str, float]:
    prepare(target)
    stop = folder / f"stop-{label}-{processes}"
    logs = [folder / f"{label}-{processes}-{n}.log" for n in range(processes)]
    me = [sys.executable, "-m", "bench.soak"]
    with ExitStack():
        loop = subprocess.Popen([*me, "opener", target, str(stop)], cwd=ROOT, text=True,
                                stdout=subprocess.PIPE) if with_opener else None
        start = time.perf_counter()
        procs = [subprocess.Popen([*me, "worker", target, str(n), str(edits), str(logs[n])],
                                  cwd=ROOT, text=True, stdout=subprocess.PIPE)
                 for n in range(processes)]
        conflicts = refused = 0
        for proc in procs:
            out, _ = proc.communicate()
            if proc.returncode != 0:
                raise SystemExit(f"a worker failed ({label})")
            counts = json.loads(out.strip().splitlines()[-1])
            conflicts += counts["conflicts"]
            refused += counts["refused"]
        elapsed = time.perf_counter() - start
        stop.touch()
        opened = 0
        if loop is not None:
            out, _ = loop.communicate()
            opened = json.loads(out.strip().splitlines()[-1])["opened"]
    returned = sum(len(log.read_text().splitlines()) for log in logs)
    lost = lost_edits(target, logs)
    check = subprocess.run([sys.executable, "-m", "kamdesk", "check", target], cwd=ROOT,
                           capture_output=True, text=True, check=False)
    print(f"{label:<10} {processes} proc × {edits:,}: {returned:,} edits returned in "
          f"{elapsed:.1f} s = {returned / elapsed:,.0f} edits/s; conflicts {conflicts:,} "
          f"(+{refused:,} moves refused in the worker's own copy); "
          f"opened {opened:,} times; lost: {lost}; check: "
          f"{'ok' if check.returncode == 0 else check.stdout + check.stderr}", flush=True)
    return {"lost": lost, "check": check.returncode}


def main(backends: list[str] | None = None) -> None:
    chosen = backends or ["sqlite", "postgresql"]
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if "sqlite" in chosen:
            for procs, opener_on in ((1, False), (PROCESSES, True)):
                r = run(str(folder / f"soak{procs}.kam"), "sqlite", folder, procs,
                        with_opener=opener_on)
                failed |= bool(r["lost"] or r["check"])
        if "postgresql" in chosen:
            failed |= _postgres(folder)
    if failed:
        raise SystemExit("soak: edits lost or the check failed")


def _postgres(folder: Path) -> bool:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from tests import pg_server

    failed = False
    with pg_server.server() as admin_url:
        if admin_url is None:
            print("postgresql: no server to be had here; skipped")
            return False
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        for procs, opener_on in ((1, False), (PROCESSES, True)):
            name = f"kamdesk_soak_{procs}"
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
            r = run(url, "postgresql", folder, procs, with_opener=opener_on)
            failed |= bool(r["lost"] or r["check"])
        admin.dispose()
    return failed


if __name__ == "__main__":
    command, *rest = sys.argv[1:] or ["all"]
    if command == "worker":
        worker(rest[0], int(rest[1]), int(rest[2]), rest[3])
    elif command == "opener":
        opener(rest[0], rest[1])
    elif command == "all":
        main()
    else:
        main([command])
