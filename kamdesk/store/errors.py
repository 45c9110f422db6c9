"""Why a workspace cannot be opened or written. ``str(error)`` is a sentence for the user."""

from __future__ import annotations


class WorkspaceError(Exception):
    """A workspace that cannot be opened or written; nothing was changed."""


class WorkspaceMissingError(WorkspaceError):
    pass


class NotAWorkspaceError(WorkspaceError):
    """Empty, truncated, corrupt, or another program's file: refused and left untouched."""


class NewerSchemaError(WorkspaceError):
    """Written by a newer kamdesk: refused and left untouched."""


class WorkspaceLockedError(WorkspaceError):
    pass


class WorkspaceReadOnlyError(WorkspaceError):
    pass


class WorkspaceUnavailableError(WorkspaceError):
    """The server cannot be reached, or the connection was lost."""


class ConcurrentEditError(WorkspaceError):
    """The row changed under us (another client of a team server); reload and retry."""


class UnknownAccountError(WorkspaceError):
    pass


class WorkspaceFullError(WorkspaceError):
    """The disk is full: the change that did not fit was not saved; everything before it was."""


class DamagedWorkspaceError(NotAWorkspaceError):
    """The file fails SQLite's own check (or holds what kamdesk never writes): not written."""
