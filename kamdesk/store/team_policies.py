"""The row-level security rules of a team server, as SQL (used by team.init and by the
migration that adds a table to a server that has them already)."""

from __future__ import annotations

GROUP = "kamdesk_member"
ROLE = "kamdesk_role({key}, current_user::text)"
WRITER = f"{ROLE} IN ('owner', 'editor')"


def statements(table: str, key: str, *, writer: str = WRITER) -> list[str]:
    """Members read the rows of their accounts; ``writer`` says who may change them."""
    reader = f"{ROLE.format(key=key)} IS NOT NULL"
    writer = writer.format(key=key)
    return [
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        *(f"DROP POLICY IF EXISTS kamdesk_{what} ON {table}"
          for what in ("read", "insert", "update", "delete")),
        f"CREATE POLICY kamdesk_read ON {table} FOR SELECT USING ({reader})",
        f"CREATE POLICY kamdesk_insert ON {table} FOR INSERT WITH CHECK ({writer})",
        # USING the reader, CHECK the writer: a viewer's UPDATE of a row it sees is an error,
        # not a silent no-op
        f"CREATE POLICY kamdesk_update ON {table} FOR UPDATE USING ({reader}) "
        f"WITH CHECK ({writer})",
        f"CREATE POLICY kamdesk_delete ON {table} FOR DELETE USING ({writer})",
    ]
