"""Members and roles of a team server, enforced by PostgreSQL itself.

``init`` turns a kamdesk database into a team workspace: row-level security on every
account-scoped table, keyed by the ``account_members`` row of ``current_user``. A member
reads the rows of the accounts they belong to; owners and editors may change them; a viewer's
INSERT and UPDATE fail in the server, and a viewer's DELETE finds no row it may remove. A
login that is no member of an account sees none of its rows. Because the server checks this,
a script with plain SQL gets the same answer as the app.

The database owner (who ran ``init``) bypasses row-level security: that is the administrator,
who adds members with ``add``. Logins are PostgreSQL roles in the group ``kamdesk_member``;
passwords and ``pg_hba.conf`` stay the administrator's business (README: a team server).
A login that creates an account becomes its owner (a trigger writes the membership).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from sqlalchemy import Connection, select, text

from kamdesk.store import schema
from kamdesk.store.errors import WorkspaceError
from kamdesk.store.team_policies import GROUP, ROLE, WRITER
from kamdesk.store.team_policies import statements as _policies
from kamdesk.store.workspace import Workspace

ROLES = ("owner", "editor", "viewer")
_LOGIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")

_SCOPED = [t.name for t in schema.ENTITY_TABLES if t is not schema.accounts]
_ENTITY_NAMES = ", ".join(t.name for t in schema.ENTITY_TABLES)
class Member(NamedTuple):
    account_id: str
    login: str
    role: str


def _check_server(ws: Workspace) -> None:
    if ws.engine.dialect.name != "postgresql":
        raise WorkspaceError("members and roles need a team server (a PostgreSQL URL); "
                             f"{ws.location} is a file")


def init(ws: Workspace) -> None:
    """Create the member group, the policies and grants; safe to run again."""
    _check_server(ws)
    statements = [
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{GROUP}') THEN "
        f"CREATE ROLE {GROUP} NOLOGIN; END IF; END $$",
        # Reads the membership bypassing its own policies (no recursion); the caller's login
        # is passed in because inside a SECURITY DEFINER function current_user is the owner.
        "CREATE OR REPLACE FUNCTION kamdesk_role(acc text, who text) RETURNS text "
        "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS "
        "$$ SELECT role FROM account_members WHERE account_id = acc AND login = who $$",
        "CREATE OR REPLACE FUNCTION kamdesk_owner_of_new() RETURNS trigger "
        "LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS "
        "$$ BEGIN INSERT INTO account_members VALUES (NEW.id, session_user, 'owner') "
        "ON CONFLICT DO NOTHING; RETURN NEW; END $$",
        "DROP TRIGGER IF EXISTS kamdesk_owner_of_new ON accounts",
        "CREATE TRIGGER kamdesk_owner_of_new AFTER INSERT ON accounts FOR EACH ROW "
        "EXECUTE FUNCTION kamdesk_owner_of_new()",
        *_policies("accounts", "id", writer=WRITER),
        # anybody of the group may start an account (and so becomes its owner)
        "DROP POLICY IF EXISTS kamdesk_insert ON accounts",
        f"CREATE POLICY kamdesk_insert ON accounts FOR INSERT TO {GROUP} WITH CHECK (true)",
        *[s for table in _SCOPED for s in _policies(table, "account_id")],
        *_policies("history_items", "account_id"),
        *_policies("history", "account_id",
                   writer=f"{WRITER} AND author = current_user::text"),
        *_policies("account_members", "account_id", writer=f"{ROLE} = 'owner'"),
        *_policies("caches", "account_id"),
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {_ENTITY_NAMES}, account_members, caches "
        f"TO {GROUP}",
        f"GRANT SELECT, INSERT ON history, history_items TO {GROUP}",
        f"GRANT USAGE, SELECT ON SEQUENCE history_id_seq TO {GROUP}",
        f"GRANT SELECT ON kamdesk_meta TO {GROUP}",
    ]
    with ws._guard(), ws.engine.begin() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement)


def _quoted(conn: Connection, login: str) -> str:
    if not _LOGIN.match(login):
        raise WorkspaceError(f"{login!r} is not a login name (letters, digits, _ . @ -)")
    return str(conn.dialect.identifier_preparer.quote_identifier(login))


def add(ws: Workspace, login: str, account: str, role: str) -> Member:
    """Make ``login`` a member of the account (creating the login role if new)."""
    _check_server(ws)
    if role not in ROLES:
        raise WorkspaceError(f"a role is owner, editor or viewer, not {role!r}")
    account_id = ws.find_account(account).id
    with ws._guard(), ws.engine.begin() as conn:
        name = _quoted(conn, login)
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                              {"n": login}).first()
        if exists is None:
            conn.exec_driver_sql(f"CREATE ROLE {name} LOGIN")
        conn.exec_driver_sql(f"GRANT {GROUP} TO {name}")
        conn.execute(text(
            "INSERT INTO account_members (account_id, login, role) VALUES (:a, :l, :r) "
            "ON CONFLICT (account_id, login) DO UPDATE SET role = EXCLUDED.role"),
            {"a": account_id, "l": login, "r": role})
    return Member(account_id, login, role)


def remove(ws: Workspace, login: str, account: str) -> None:
    _check_server(ws)
    account_id = ws.find_account(account).id
    m = schema.account_members
    with ws._guard(), ws.engine.begin() as conn:
        gone = conn.execute(m.delete().where(m.c.account_id == account_id,
                                             m.c.login == login)).rowcount
    if gone != 1:
        raise WorkspaceError(f"{login} is no member of {account!r}")


def members(ws: Workspace, account: str | None = None) -> list[Member]:
    """Every membership this login may see (all of them, for the administrator)."""
    _check_server(ws)
    m = schema.account_members
    query = select(m.c.account_id, m.c.login, m.c.role).order_by(m.c.account_id, m.c.login)
    if account is not None:
        query = query.where(m.c.account_id == ws.find_account(account).id)
    with ws._guard(), ws.engine.connect() as conn:
        return [Member(*row) for row in conn.execute(query)]


def role_of(ws: Workspace, account_id: str) -> str | None:
    """This login's role on the account; None on a file or a server without roles.

    The app shows a viewer a read-only banner; the server refuses a viewer's writes anyway.
    """
    if ws.engine.dialect.name != "postgresql":
        return None
    with ws._guard(), ws.engine.connect() as conn:
        enabled = conn.execute(text(
            "SELECT relrowsecurity FROM pg_class WHERE relname = 'people'")).scalar()
        if not enabled:
            return None
        found = conn.execute(text("SELECT kamdesk_role(:a, current_user::text)"),
                             {"a": account_id}).scalar()
    return None if found is None else str(found)
