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


NEW_FILE_SUFFIX = ".kam"
EXIT_USAGE, EXIT_REFUSED = 2, 1


def gui_problem(named: str | None) -> tuple[int, str] | None:
    """Why the app cannot start on ``named`` (exit code, sentence), found before Qt loads.

    Qt aborts the process without a display, so that is said in one line instead; a name
    that is neither an existing workspace nor a new ``.kam`` file is a mistyped command.
    """
    if named is not None and "://" not in named and not Path(named).expanduser().exists() \
            and Path(named).suffix != NEW_FILE_SUFFIX:
        return EXIT_USAGE, (f"{named!r} is neither a command nor a workspace; a new workspace "
                            f"needs a name ending in {NEW_FILE_SUFFIX}")
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if sys.platform.startswith("linux") and platform in ("", "xcb", "wayland") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return EXIT_REFUSED, ("no display to open a window on: run kamdesk in a desktop "
                              "session (or set QT_QPA_PLATFORM=offscreen)")
    return None
