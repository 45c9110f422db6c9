"""``kamdesk import``: read a file, print the preview (in the user's language), import it."""

from __future__ import annotations

import argparse
from pathlib import Path

from kamdesk.cli_language import locale_language
from kamdesk.store import Workspace, WorkspaceError

MAX_DEFECTS_SHOWN = 50


def cmd_import(args: argparse.Namespace) -> int:
    from kamdesk.io.sources import read_source  # the importers only when importing
    from kamdesk.io.text import Note
    from kamdesk.workflows import prepare_import, run_import

    source = read_source(Path(args.file).expanduser(), args.format, encoding=args.encoding,
                         map_spec=args.map)
    if not source.people:
        raise WorkspaceError(f"{args.file}: no person to import" + (
            f" ({source.defects[0]})" if source.defects else ""))
    with Workspace.open(args.workspace) as ws:
        prepared = prepare_import(ws, source, args.account)
        plan = prepared.plan
        where = "a new account" if prepared.new_account else "account"
        print(f"{args.file}: {source.format}" + (
            f", {source.table.encoding}" if source.table and source.table.encoding else "") + (
            f", delimiter {source.table.delimiter!r}" if source.table and
            source.table.delimiter else ""))
        lang = args.lang or locale_language()
        for note in source.notes:  # the first says which column was taken for what
            said = note.text(lang) if isinstance(note, Note) else str(note)
            print(said if note.startswith("columns: ") else f"note: {said}")
        defects = [*source.defects, *plan.defects]
        for defect in defects[:MAX_DEFECTS_SHOWN]:
            print(f"  {defect.text(lang)}")
        if len(defects) > MAX_DEFECTS_SHOWN:
            print(f"  … and {len(defects) - MAX_DEFECTS_SHOWN} more")
        print(f"into {where} {prepared.graph.account.name!r}: {plan.summary()}")
        if args.dry_run:
            print("dry run: nothing was changed")
            return 0
        run_import(ws, prepared)
        print("imported")
    return 0
