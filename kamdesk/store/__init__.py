"""Persistence: the workspace database (SQLite file or PostgreSQL) ⇄ the account graph."""

from kamdesk.store.errors import (
    ConcurrentEditError,
    DamagedWorkspaceError,
    NewerSchemaError,
    NotAWorkspaceError,
    UnknownAccountError,
    WorkspaceError,
    WorkspaceFullError,
    WorkspaceLockedError,
    WorkspaceMissingError,
    WorkspaceReadOnlyError,
    WorkspaceUnavailableError,
)
from kamdesk.store.workspace import Workspace, is_url, latest_state, mask_url

__all__ = [
    "ConcurrentEditError",
    "DamagedWorkspaceError",
    "NewerSchemaError",
    "NotAWorkspaceError",
    "UnknownAccountError",
    "Workspace",
    "WorkspaceError",
    "WorkspaceFullError",
    "WorkspaceLockedError",
    "WorkspaceMissingError",
    "WorkspaceReadOnlyError",
    "WorkspaceUnavailableError",
    "is_url",
    "latest_state",
    "mask_url",
]
