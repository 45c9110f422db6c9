"""Worker processes for the multi-process store tests (run as ``python -m tests.store.workers``).

Each worker prints one line per edit *after* the edit returned, so the test knows exactly
which edits the store promised to keep.
"""

from __future__ import annotations

import sys
import time

from kamdesk.graph.entities import Link, Person
from kamdesk.graph.errors import DomainError
from kamdesk.graph.types import LinkKind, Side
from kamdesk.store import Workspace, WorkspaceError


def edit(path: str, account: str, prefix: str, count: int, reopen_every: int) -> None:
    """Add ``count`` people, reopening the workspace every few edits (many opens and closes)."""
    done = 0
    while done < count:
        with Workspace.open(path, timeout=30) as ws:
            graph = ws.load(account)
            for _ in range(min(reopen_every, count - done)):
                pid = f"{prefix}-{done}"
                graph.add_person(Person(pid, account, Side.CLIENT, f"Person {pid}"))
                print(pid, flush=True)
                done += 1


def open_loop(path: str, seconds: float) -> None:
    """Open, read and close the workspace again and again (a script or `kamdesk accounts`)."""
    end = time.monotonic() + seconds
    opened = 0
    while time.monotonic() < end:
        with Workspace.open(path, timeout=30) as ws:
            ws.accounts()
        opened += 1
    print(f"opened {opened}", flush=True)


def move(path: str, account: str, person: str, manager: str, go: str) -> None:
    """Load the account, wait for the file ``go`` to appear, then make ``person`` report to
    ``manager``: two of these racing make each edit on a copy that misses the other's."""
    import os

    with Workspace.open(path, timeout=30) as ws:
        graph = ws.load(account)
        print("loaded", flush=True)
        while not os.path.exists(go):
            time.sleep(0.005)
        try:
            if manager == "-":
                graph.remove_person(person)
            elif person.startswith("+"):
                graph.add_link(Link(f"inf-{person[1:]}", account, LinkKind.INFLUENCES,
                                    person[1:], manager))
            else:
                graph.set_manager(person, manager)
        except (DomainError, WorkspaceError) as error:
            print(f"refused {type(error).__name__}: {error}", flush=True)
            return
        print("done", flush=True)


def open_after(path: str, go: str) -> None:
    """Wait for ``go``, then open (and so upgrade) the workspace; print the backup made."""
    import os

    while not os.path.exists(go):
        time.sleep(0.002)
    with Workspace.open(path, timeout=30) as ws:
        print(ws.backup_path or "-", flush=True)


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "edit":
        edit(args[0], args[1], args[2], int(args[3]), int(args[4]))
    elif command == "open-loop":
        open_loop(args[0], float(args[1]))
    elif command == "move":
        move(*args)
    elif command == "open-after":
        open_after(*args)
