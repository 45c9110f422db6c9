"""A throw-away PostgreSQL server for the tests (recipe: ../shared/setup/README.md §5).

It listens on a unix socket in a temporary folder only, with trust auth and fsync off, and
is stopped at the end of the session. ``KAMDESK_DATABASE_URL`` names an existing server to use
instead (it must allow CREATE DATABASE).
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

URL_ENV = "KAMDESK_DATABASE_URL"


def _pg_bin() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                   key=lambda p: [int(x) for x in p.split("/")[-2].split(".") if x.isdigit()])
    if found:
        return found[-1]
    initdb = shutil.which("initdb")
    return os.path.dirname(initdb) if initdb else None


def _as_postgres(args: list[str]) -> list[str]:
    # initdb and pg_ctl refuse to run as root
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@contextmanager
def server() -> Iterator[str | None]:
    """Yield a SQLAlchemy URL to a maintenance database, or None when no server is to be had."""
    if os.environ.get(URL_ENV):
        yield os.environ[URL_ENV]
        return
    pg_bin = _pg_bin()
    if pg_bin is None:
        yield None
        return
    folder = tempfile.mkdtemp(prefix="kamdesk-pg-")
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    data, log = os.path.join(folder, "data"), os.path.join(folder, "log")
    run = lambda args: subprocess.run(_as_postgres(args), check=True,  # noqa: E731
                                      capture_output=True, timeout=120)
    run([f"{pg_bin}/initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8",
         "--locale=C.UTF-8"])
    run([f"{pg_bin}/pg_ctl", "-D", data, "-l", log, "-w", "-o",
         f"-c listen_addresses='' -k {folder} -c fsync=off -c max_connections=200", "start"])
    try:
        yield f"postgresql+psycopg://postgres@/postgres?host={folder}"
    finally:
        subprocess.run(_as_postgres([f"{pg_bin}/pg_ctl", "-D", data, "-m", "immediate",
                                     "stop"]), check=False, capture_output=True, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)
