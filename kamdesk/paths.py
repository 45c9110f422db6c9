"""Where kamdesk keeps the user's things, without asking Qt (the command line must not load it)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

WORKSPACE_ENV = "KAMDESK_WORKSPACE"  # overrides the default workspace (tests, portable use)


def data_dir() -> Path:
    """The per-user data folder, as each platform expects it."""
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / "kamdesk"


def default_workspace() -> str:
    """The workspace opened when none is named: $KAMDESK_WORKSPACE or the data folder's."""
    return os.environ.get(WORKSPACE_ENV) or str(data_dir() / "workspace.kam")
