"""Code run in a second OS process by the team tests (multiprocessing, spawn)."""

from __future__ import annotations

import time
from multiprocessing.queues import Queue
from typing import Any

from kamdesk.graph.changes import ChangeSet
from kamdesk.graph.entities import Person
from kamdesk.store import Workspace


def watch(*, url: str, account_id: str, person_id: str, wanted: str, ready: Queue[Any],
          out: Queue[Any], seconds: float) -> None:
    """Load the account, follow it, and report when the listener saw ``wanted`` as title."""
    with Workspace.open(url) as ws:
        graph = ws.load(account_id)
        heard: list[ChangeSet] = []
        graph.subscribe(heard.append)
        with ws.follow(graph) as feed:
            ready.put("ready")
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                entries = feed.poll(0.5)
                titles = [c.after.title for cs in heard for c in cs
                          if isinstance(c.after, Person) and c.after.id == person_id]
                if wanted in titles:
                    out.put({"received": time.time(), "title": graph.person(person_id).title,
                             "authors": [e.author for e in entries], "events": len(heard)})
                    return
    out.put({"received": None})


def edit(*, url: str, account_id: str, person_id: str, title: str, ready: Queue[Any],
         start: Any, out: Queue[Any]) -> None:
    """Load, wait for the start signal, then retitle the person; report the outcome."""
    with Workspace.open(url) as ws:
        graph = ws.load(account_id)
        ready.put("loaded")
        start.wait(60)
        try:
            graph.update_person(graph.person(person_id)._replace(title=title))
            out.put(("ok", title))
        except Exception as error:  # noqa: BLE001 - reported to the test process
            out.put((type(error).__name__, str(error)))


def edit_many(*, url: str, account_id: str, people: list[str], tag: str, ready: Queue[Any],
              start: Any) -> None:
    """Retitle each person in turn, as fast as the server takes it."""
    with Workspace.open(url) as ws:
        graph = ws.load(account_id)
        ready.put("loaded")
        start.wait(60)
        for n, pid in enumerate(people):
            graph.update_person(graph.person(pid)._replace(title=f"{tag}-{n}"))
