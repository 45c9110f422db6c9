"""Offline and back: check an account out of a team server into a file, and sync it.

A checked-out file remembers where it came from (``kamdesk_meta``: the server URL without its
password, and the account) and, in ``sync_base``, every row's version as last agreed with the
server. A sync is then a three-way merge, row by row, keyed by (entity type, id):

- a row whose local version differs from the base was changed here; one whose server version
  differs was changed there (added and removed rows likewise, by presence);
- changed on one side only: that side wins — local changes are sent, server changes taken;
- changed on both sides to different contents: a **conflict**, listed and not resolved unless
  the caller says ``keep`` = mine, theirs or both. Nothing is overwritten silently.

Local changes are sent by replaying them as edits of the server's AccountGraph inside one
``batch``: the domain's own rules (graph/) judge the merged state, so a merge that would make a
reporting cycle out of the two sides' moves is refused with the rule's reason and nothing is
written anywhere. The server's journal writes them in one transaction (with history, as the
server's ``current_user``), refusing rows changed on the server meanwhile. Then the file takes
the merged state (only the rows that differ) and the new base, in one local transaction.
Run twice, the second sync finds nothing changed on either side and does nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.engine import make_url

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import RECORD_TYPES, Account, Entity, Link, Person, new_id
from kamdesk.graph.errors import DomainError
from kamdesk.store import caching, schema
from kamdesk.store.codec import CODECS
from kamdesk.store.errors import WorkspaceError
from kamdesk.store.workspace import Workspace

Key = tuple[str, str]  # (entity type name, id)
KEEP = ("mine", "theirs", "both")
_ORIGIN, _ACCOUNT = "sync_origin", "sync_account"


class SyncRefusedError(WorkspaceError):
    """The merge would break a rule of the domain; nothing was changed on either side."""


class Conflict(NamedTuple):
    kind: str
    entity_id: str
    mine: Entity | None  # None: removed here
    theirs: Entity | None  # None: removed on the server

    @property
    def fields(self) -> list[str]:
        """The fields that differ (empty when one side removed the row)."""
        if self.mine is None or self.theirs is None:
            return []
        return [f for f, a, b in zip(self.mine._fields, self.mine, self.theirs, strict=True)
                if a != b and f != "version"]


class SyncResult(NamedTuple):
    sent: int  # rows changed here and written to the server
    taken: int  # rows changed on the server and written here
    conflicts: list[Conflict]
    applied: bool  # False: conflicts left unresolved, nothing was changed


def rows_of(graph: AccountGraph) -> dict[Key, Entity]:
    rows: dict[Key, Entity] = {("Account", graph.account.id): graph.account}
    rows.update((("Person", p.id), p) for p in graph.people.values())
    rows.update((("Link", x.id), x) for x in graph.links.values())
    for kind in RECORD_TYPES:
        rows.update(((kind.__name__, r.id), r) for r in graph.records(kind).values())
    return rows


def _same(a: Entity | None, b: Entity | None) -> bool:
    if a is None or b is None:
        return a is b
    return type(a) is type(b) and a._replace(version=0) == b._replace(version=0)


# ---------------------------------------------------------------------- checkout
def checkout(server: Workspace, account: str, path: Path) -> AccountGraph:
    """Copy the account into a new file at ``path``; the graph copied."""
    if server.path is not None:
        raise WorkspaceError(f"{server.location} is a file; check out from a team server")
    if path.exists():
        raise WorkspaceError(f"{path} already exists; name a new file")
    graph = server.load(server.find_account(account).id)
    url = make_url(server.engine.url).set(password=None).render_as_string(hide_password=False)
    with Workspace.open(path, create=True) as local:
        local.add_account(graph)
        with local._guard(), local.engine.begin() as conn:
            conn.execute(schema.meta.insert(), [{"key": _ORIGIN, "value": url},
                                                {"key": _ACCOUNT, "value": graph.id}])
            _write_base(conn, rows_of(graph))
    return graph


def origin(local: Workspace) -> tuple[str, str]:
    """The server URL (without password) and account id a checked-out file came from."""
    with local._guard(), local.engine.connect() as conn:
        meta = dict(conn.execute(select(schema.meta.c.key, schema.meta.c.value)).all())
    if _ORIGIN not in meta or _ACCOUNT not in meta:
        raise WorkspaceError(f"{local.location} was not checked out from a team server "
                             "(see 'kamdesk checkout')")
    return meta[_ORIGIN], meta[_ACCOUNT]


def _write_base(conn: Connection, rows: dict[Key, Entity]) -> None:
    conn.execute(schema.sync_base.delete())
    conn.execute(schema.sync_base.insert(), [
        {"kind": k, "entity_id": i, "version": e.version} for (k, i), e in rows.items()])


def _base(local: Workspace) -> dict[Key, int]:
    t = schema.sync_base
    with local._guard(), local.engine.connect() as conn:
        return {(k, i): v for k, i, v in conn.execute(select(t.c.kind, t.c.entity_id,
                                                             t.c.version))}


# ---------------------------------------------------------------------- sync
def sync(local: Workspace, server: Workspace, keep: str | None = None) -> SyncResult:
    """Merge the file's account with the server's (see the module's docstring)."""
    if keep is not None and keep not in KEEP:
        raise WorkspaceError(f"keep is mine, theirs or both, not {keep!r}")
    _, account_id = origin(local)
    mine_graph = local.load(account_id)
    theirs_graph = server.load(account_id)
    mine, theirs, base = rows_of(mine_graph), rows_of(theirs_graph), _base(local)
    push: dict[Key, Entity | None] = {}
    copies: list[Entity] = []
    conflicts: list[Conflict] = []
    taken = 0
    for key in mine.keys() | theirs.keys() | base.keys():
        m, t, b = mine.get(key), theirs.get(key), base.get(key)
        here = (m is None) != (b is None) or (m is not None and m.version != b)
        there = (t is None) != (b is None) or (t is not None and t.version != b)
        if here and there and not _same(m, t):
            conflicts.append(Conflict(key[0], key[1], m, t))
            if keep == "mine" or (keep == "both" and t is None):
                push[key] = m
            elif keep == "both" and m is not None and not isinstance(m, Account | Link):
                copies.append(m._replace(id=new_id(), version=1))
        elif here and not there:
            push[key] = m
        elif there and not here:
            taken += 1
    if conflicts and keep is None:
        return SyncResult(0, 0, conflicts, applied=False)
    _send(theirs_graph, push, theirs, copies)
    _take(local, mine, rows_of(theirs_graph), base)
    return SyncResult(len(push) + len(copies), taken, conflicts, applied=True)


def _send(graph: AccountGraph, push: dict[Key, Entity | None], server: dict[Key, Entity],
          copies: list[Entity]) -> None:
    """Replay the local changes as edits of the server's graph: one batch, the graph's rules."""
    def of(kind: type[Any]) -> list[tuple[Key, Entity | None]]:
        return [(k, e) for k, e in push.items() if k[0] == kind.__name__]

    try:
        with graph.batch():
            for key, person in of(Person):
                if isinstance(person, Person):
                    (graph.update_person if key in server else graph.add_person)(person)
            for key, link in of(Link):  # removals first: a moved line frees its place
                if link is None and key[1] in graph.links:
                    graph.remove_link(key[1])
            for key, link in of(Link):
                if link is not None:
                    assert isinstance(link, Link)
                    (graph.update_link if key[1] in graph.links else graph.add_link)(link)
            for kind in RECORD_TYPES:
                for key, record in of(kind):
                    if record is None:
                        if key[1] in graph.records(kind):
                            graph.remove_record(kind, key[1])
                    elif key[1] in graph.records(kind):
                        graph.update_record(record)
                    else:
                        graph.add_record(record)
            for copy in copies:
                if isinstance(copy, Person):
                    graph.add_person(copy)
                else:
                    graph.add_record(copy)
            for key, person in of(Person):
                if person is None and key[1] in graph.people:
                    graph.remove_person(key[1])
            for _, account in of(Account):
                if account is not None:
                    assert isinstance(account, Account)
                    graph.update_account(account)
    except DomainError as error:
        raise SyncRefusedError(f"the merge was refused, nothing was changed: {error}") \
            from error


def _take(local: Workspace, mine: dict[Key, Entity], merged: dict[Key, Entity],
          base: dict[Key, int]) -> None:
    """Write the merged rows that differ into the file, and the new base; one transaction."""
    changed = [e for k, e in merged.items() if mine.get(k) != e]
    gone = [e for k, e in mine.items() if k not in merged]
    if not changed and not gone and base == {k: e.version for k, e in merged.items()}:
        return  # in step already: a repeated sync writes nothing
    with local._guard(), local.engine.begin() as conn:
        for cls in reversed(list(CODECS)):  # links before the people they point at
            _delete(conn, cls, [e.id for e in gone if type(e) is cls])
        for cls in CODECS:
            _upsert(conn, cls, [e for e in changed if type(e) is cls],
                    {k[1] for k in mine if k[0] == cls.__name__})
        _write_base(conn, merged)
        # no history entry here (the file's history is its user's edits): drop the caches
        caching.forget(conn, {str(e.account_id) for e in changed + gone})


def _delete(conn: Connection, cls: type[Any], ids: list[str]) -> None:
    if ids:
        t = CODECS[cls].table
        conn.execute(t.delete().where(t.c.id == bindparam("b_id")), [{"b_id": i} for i in ids])


def _upsert(conn: Connection, cls: type[Any], entities: Iterable[Entity],
            present: set[str]) -> None:
    codec = CODECS[cls]
    t = codec.table
    updates: list[dict[str, Any]] = []
    inserts: list[dict[str, Any]] = []
    for entity in entities:
        row = codec.encode(entity)
        (updates if entity.id in present else inserts).append(row)
    if inserts:
        conn.execute(t.insert(), inserts)
    if updates:
        values: dict[str, Any] = {c: bindparam(f"v_{c}") for c in codec.fields if c != "id"}
        conn.execute(t.update().where(t.c.id == bindparam("v_id")).values(values),
                     [{f"v_{k}": v for k, v in row.items()} for row in updates])
