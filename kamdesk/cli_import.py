"""``kamdesk import``: read a file, print the preview (in the user's language), import it."""

from __future__ import annotations

import argparse
from pathlib import Path

from kamdesk.cli_language import locale_language
from kamdesk.graph.import_words import import_text
from kamdesk.store import Workspace, WorkspaceError

MAX_DEFECTS_SHOWN = 50


def cmd_import(args: argparse.Namespace) -> int:
    from kamdesk.graph.bulk import paused_gc

    # One pause of the cyclic collector from reading to writing (each step pausing on its
    # own re-enabled it three times, and each first pass walked everything built so far:
    # ~15 ms a time at 10,000 rows). It ends after ``_import`` returned, so what the import
    # built is already freed (by reference counting: no cycles) when the collector resumes.
    with paused_gc():
        return _import(args)


def _import(args: argparse.Namespace) -> int:
    from kamdesk.io.sources import read_source, shown_format  # the importers, now
    from kamdesk.io.text import Note
    from kamdesk.workflows import prepare_import, run_import

    source = read_source(Path(args.file).expanduser(), args.format, encoding=args.encoding,
                         map_spec=args.map)
    lang = args.lang or locale_language()

    def say(key: str, **params: object) -> str:  # the vocabulary's words, in lang
        return import_text(lang, key, params)

    if not source.people:
        raise WorkspaceError(say("cli_nobody", file=args.file) + (
            f" ({source.defects[0].text(lang)})" if source.defects else ""))
    with Workspace.open(args.workspace) as ws:
        prepared = prepare_import(ws, source, args.account)
        plan = prepared.plan
        shown, encoding = shown_format(source)
        print(f"{args.file}: {shown}" + (f", {encoding}" if encoding else "") + (
            ", " + say("cli_delimiter", delimiter=repr(source.table.delimiter))
            if source.table and source.table.delimiter else ""))
        for note in source.notes:  # the first says which column was taken for what
            said = note.text(lang) if isinstance(note, Note) else str(note)
            columns = isinstance(note, Note) and note.key == "columns"
            print(said if columns else say("cli_note", text=said))
        defects = [*source.defects, *plan.defects]
        for defect in defects[:MAX_DEFECTS_SHOWN]:
            print(f"  {defect.text(lang)}")
        if len(defects) > MAX_DEFECTS_SHOWN:
            print(f"  {say('cli_more', count=len(defects) - MAX_DEFECTS_SHOWN)}")
        print(say("cli_into_new" if prepared.new_account else "cli_into",
                  name=prepared.graph.account.name, summary=plan.summary(lang)))
        if args.dry_run:
            print(say("cli_dry_run"))
            return 0
        run_import(ws, prepared)
        print(say("cli_imported"))
    return 0
