"""Persistence: the workspace database (SQLite file or PostgreSQL) ⇄ the account graph."""

from kamdesk.store.errors import (
    ConcurrentEditError,
    NewerSchemaError,
    NotAWorkspaceError,
    UnknownAccountError,
    WorkspaceError,
    WorkspaceLockedError,
    WorkspaceMissingError,
    WorkspaceReadOnlyError,
    WorkspaceUnavailableError,
)
from kamdesk.store.workspace import Workspace, is_url

__all__ = [
    "ConcurrentEditError",
    "NewerSchemaError",
    "NotAWorkspaceError",
    "UnknownAccountError",
    "Workspace",
    "WorkspaceError",
    "WorkspaceLockedError",
    "WorkspaceMissingError",
    "WorkspaceReadOnlyError",
    "WorkspaceUnavailableError",
    "is_url",
]
