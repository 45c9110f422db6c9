"""The command line (DESIGN.md §3): the GUI launch and the headless commands.

This is the composition root: it opens workspaces, runs the domain and, for the GUI only,
imports Qt. Bad input ends in one line on stderr and a non-zero exit, never a traceback:
2 for a malformed command line, 1 for anything else refused.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from kamdesk import __version__, cli_changes, cli_import, cli_team, desk_cli
from kamdesk.cli_language import command_language
from kamdesk.graph import sample, signals
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import Meeting
from kamdesk.graph.errors import DomainError
from kamdesk.graph.types import Side
from kamdesk.graph.vocabulary import vocabulary
from kamdesk.io.formats import IMPORT_FORMATS
from kamdesk.paths import EXIT_REFUSED, EXIT_USAGE, gui_problem
from kamdesk.store import Workspace, WorkspaceError, is_url
from kamdesk.workflows import changes_since_last_meeting, open_workspace

OVERVIEW = """\
commands:
  kamdesk [WORKSPACE]                      open the desktop app (default: your workspace)
  kamdesk sample WORKSPACE [--people N] [--seed S]
                                           write a realistic sample workspace
  kamdesk accounts WORKSPACE [--json]      list accounts (quadrant, stage, signals)
  kamdesk signals WORKSPACE --account NAME [--json]
                                           risk signals of an account
  kamdesk meetings WORKSPACE --account NAME [--json]
                                           meetings of an account, with their ids
  kamdesk import WORKSPACE FILE --account NAME [--format F] [--encoding E]
                 [--map FIELD=COLUMN ...] [--dry-run] [--lang en|ru]
                                           bring people in (CSV, XLSX, CRM exports, GraphML,
                                           yEd, GEXF, vCard, JSON org charts, UK organograms);
                                           the account is created if new
  kamdesk export WORKSPACE --account NAME -o FILE (.csv .xlsx .json .graphml .svg .png .pdf)
                                           write an account's people and lines
  kamdesk plan WORKSPACE --account NAME -o FILE.pdf|.pptx [--lang en|ru] [--paper A4|A3|Letter]
        [--scope auto|all|key] [--department NAME] [--levels N] [--landscape]
                                           print the account plan
  kamdesk brief WORKSPACE --account NAME --meeting ID -o FILE.pdf [--lang en|ru]
                                           print a meeting brief
  kamdesk check WORKSPACE                  integrity check; exit 1 on any problem
  kamdesk risks WORKSPACE --account NAME [--json]
                                           the risk register with each reaction step
  kamdesk actions WORKSPACE --account NAME [--json]
                                           open action items, overdue first
  kamdesk meeting-export WORKSPACE --account NAME --meeting ID -o FILE (.ics .eml)
                                           a meeting as an invitation or its protocol draft
  kamdesk analyze WORKSPACE --account NAME [--json]
                                           influence scores, forecast, whom to meet next
  kamdesk paths WORKSPACE --account NAME --to PERSON [--json]
                                           warm-introduction paths to a client person
  kamdesk what-if WORKSPACE --account NAME --leaves PERSON [--json]
                                           what changes when a person leaves
""" + cli_changes.HELP + cli_team.HELP + """

WORKSPACE is a .kam file or a SQLAlchemy URL (postgresql+psycopg://user@host/db).
NAME is an account's name or id. Run 'kamdesk COMMAND --help' for a command's options."""


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    """argparse that reports a mistake in one line instead of usage plus message."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _people_count(text: str) -> int:
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= sample.MAX_PEOPLE:
        raise argparse.ArgumentTypeError(f"must be from 1 to {sample.MAX_PEOPLE:,}")
    return value


def _seed(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None


def _paper(text: str) -> str:
    if text.upper() not in ("A4", "A3", "LETTER"):
        raise argparse.ArgumentTypeError(f"must be A4, A3 or Letter, not {text!r}")
    return text.upper()


class _Version(argparse.Action):
    """``--version``: the version, and which layout walks run (asked only then)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from kamdesk.graph import tidy_core

        parser.exit(message=f"kamdesk {__version__}\nlayout: {tidy_core.KIND}; "
                            f"from scratch: {tidy_core.FLAT_KIND}\n")


def build_parser() -> Parser:
    top = Parser(prog="kamdesk", description="Stakeholder maps and account plans for Key "
                 "Account Managers.", epilog=OVERVIEW,
                 formatter_class=argparse.RawDescriptionHelpFormatter)
    top.add_argument("--version", action=_Version, nargs=0,
                     help="show the version and whether the chart's layout is compiled")
    sub = top.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    p = sub.add_parser("sample", help="write a realistic sample workspace")
    p.add_argument("workspace", metavar="WORKSPACE")
    p.add_argument("--people", type=_people_count, metavar="N",
                   help="client people in the first account (1 to 50,000)")
    p.add_argument("--seed", type=_seed, default=1, metavar="S",
                   help="the same seed gives the same workspace (default 1)")

    p = sub.add_parser("accounts", help="list the accounts of a workspace")
    p.add_argument("workspace", metavar="WORKSPACE")
    p.add_argument("--json", action="store_true", help="print JSON")

    for name, text in (("signals", "list the risk signals of an account"),
                       ("meetings", "list the meetings of an account"),
                       ("risks", "the risk register of an account"),
                       ("actions", "the open action items of an account, overdue first")):
        p = sub.add_parser(name, help=text)
        p.add_argument("workspace", metavar="WORKSPACE")
        p.add_argument("--account", required=True, metavar="NAME")
        p.add_argument("--json", action="store_true", help="print JSON")

    for name, text in (("plan", "print the account plan as PDF or PowerPoint"),
                       ("brief", "print a meeting brief as PDF")):
        p = sub.add_parser(name, help=text)
        p.add_argument("workspace", metavar="WORKSPACE")
        p.add_argument("--account", required=True, metavar="NAME")
        if name == "brief":
            p.add_argument("--meeting", required=True, metavar="ID",
                           help="the meeting's id (see 'kamdesk meetings')")
        p.add_argument("-o", "--output", required=True,
                       metavar="FILE.pdf|FILE.pptx" if name == "plan" else "FILE.pdf")
        p.add_argument("--lang", choices=["en", "ru"], default="en")
        p.add_argument("--paper", default="A4", type=_paper, metavar="A4|A3|Letter")
        if name == "plan":
            p.add_argument("--scope", choices=["auto", "all", "key"], default="auto",
                           help="people on the chart: key = decision makers, blockers and "
                                "their managers (auto: key over 200 client people)")
            p.add_argument("--department", metavar="NAME", help="print one department")
            p.add_argument("--levels", type=int, choices=[1, 2, 3, 4], metavar="N",
                           help="print levels 1..N only")
            p.add_argument("--landscape", action="store_true", help="landscape pages")

    p = sub.add_parser("meeting-export", help="a meeting as .ics or its protocol as .eml")
    p.add_argument("workspace", metavar="WORKSPACE")
    p.add_argument("--account", required=True, metavar="NAME")
    p.add_argument("--meeting", required=True, metavar="ID",
                   help="the meeting's id (see 'kamdesk meetings')")
    p.add_argument("-o", "--output", required=True, metavar="FILE.ics|FILE.eml")
    p.add_argument("--lang", choices=["en", "ru"], default="en")

    p = sub.add_parser("import", help="import people into an account")
    p.add_argument("workspace", metavar="WORKSPACE")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--account", required=True, metavar="NAME")
    p.add_argument("--format", default="auto", choices=IMPORT_FORMATS, metavar="FORMAT",
                   help=f"one of {', '.join(IMPORT_FORMATS)} (default: detected)")
    p.add_argument("--encoding", metavar="E",
                   help="e.g. utf-8, cp1251, cp1252 (default: detected); 'repair' undoes text "
                        "garbled by a wrong encoding once before")
    p.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                   help="read FIELD from COLUMN (repeatable), e.g. --map manager=Boss")
    p.add_argument("--dry-run", action="store_true", help="print the preview, change nothing")
    p.add_argument("--lang", choices=["en", "ru"], default=None,
                   help="the language of the defects and refusals (default: the locale's)")

    p = sub.add_parser("export", help="export an account's people and lines, or its org chart "
                                      "(.svg, .png, .pdf)")
    p.add_argument("workspace", metavar="WORKSPACE")
    p.add_argument("--account", required=True, metavar="NAME")
    p.add_argument("-o", "--output", required=True, metavar="FILE")

    p = sub.add_parser("check", help="check a workspace; exit 1 on any problem")
    p.add_argument("workspace", metavar="WORKSPACE")

    for name, text, option, what in (
            ("analyze", "influence scores, forecast, whom to meet next", None, ""),
            ("paths", "warm-introduction paths to a client person", "--to",
             "the client person to reach: an id or a name"),
            ("what-if", "what changes when a person leaves", "--leaves",
             "the person who leaves (either side): an id or a name")):
        p = sub.add_parser(name, help=text)
        p.add_argument("workspace", metavar="WORKSPACE")
        p.add_argument("--account", required=True, metavar="NAME")
        if option is not None:
            p.add_argument(option, required=True, metavar="PERSON", help=what)
        p.add_argument("--json", action="store_true", help="print JSON")
    cli_changes.add_parsers(sub)  # changes
    cli_team.add_parsers(sub)  # history, team, checkout, sync
    return top


def _gui_parser() -> Parser:
    p = Parser(prog="kamdesk", epilog=OVERVIEW,
               formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("workspace", nargs="?", metavar="WORKSPACE")
    return p


# ----------------------------------------------------------------------- commands
def cmd_sample(args: argparse.Namespace) -> int:
    target = args.workspace
    graphs = sample.generate(seed=args.seed, people=args.people)
    people = sum(len(g.people) for g in graphs)

    def fill(ws: Workspace) -> None:
        for graph in graphs:
            ws.add_account(graph)

    if is_url(target):
        with Workspace.open(target, create=True) as ws:
            if ws.accounts():
                raise WorkspaceError(f"{ws.location} already holds accounts; name a new one")
            fill(ws)
            where = ws.location
    else:
        # Built aside and renamed into place: a kill or a full disk leaves nothing behind,
        # and an empty or broken file left by an earlier crash is replaced (kept aside).
        where = str(Path(target).expanduser())
        try:
            moved = Workspace.create(target, fill, replace_leftover=True, empty_too=True)
        except FileExistsError:
            raise WorkspaceError(f"{where} already holds accounts; name a new file") from None
        if moved is not None:
            print(f"moved the broken file that was there to {moved}")
    print(f"wrote {len(graphs)} accounts, {people:,} people to {where}")
    return 0


def cmd_accounts(args: argparse.Namespace) -> int:
    today = date.today()
    rows = []
    with Workspace.open(args.workspace) as ws:
        counts = ws.people_counts()
        for account in ws.accounts():
            found = signals.detect(ws.load(account.id), today)
            rows.append({
                "id": account.id, "name": account.name, "industry": account.industry,
                "client_people": counts.get((account.id, Side.CLIENT.value), 0),
                "internal_people": counts.get((account.id, Side.INTERNAL.value), 0),
                "quadrant": account.quadrant.value, "stage": account.stage.value,
                "attractiveness": account.attractiveness,
                "relationship_strength": account.relationship_strength,
                "signals": len(found)})
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("no accounts")
        return 0
    width = min(40, max(len(r["name"]) for r in rows))
    print(f"{'account':<{width}}  {'quadrant':<10} {'stage':<14} {'client':>7} "
          f"{'ours':>5} {'signals':>7}")
    for r in rows:
        print(f"{_clip(r['name'], width):<{width}}  {r['quadrant']:<10} {r['stage']:<14} "
              f"{r['client_people']:>7,} {r['internal_people']:>5,} {r['signals']:>7}")
    return 0


def cmd_signals(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace) as ws:
        graph = ws.load(ws.find_account(args.account).id)
    found = signals.detect(graph, date.today())
    if args.json:
        print(json.dumps([{"kind": s.kind.value, "subjects": list(s.subjects),
                           "detail": s.detail} for s in found], ensure_ascii=False, indent=2))
    else:
        for s in found:
            print(f"{s.kind.value:<20} {s.detail}")
        print(f"{len(found)} signals")
    return 0


def cmd_meetings(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace) as ws:
        graph = ws.load(ws.find_account(args.account).id)
    meetings = sorted(graph.records(Meeting).values(), key=lambda m: (m.day, m.title))
    if args.json:
        print(json.dumps([{"id": m.id, "date": m.day.isoformat(), "title": m.title,
                           "attendees": len(m.attendees)} for m in meetings],
                         ensure_ascii=False, indent=2))
    else:
        for m in meetings:
            print(f"{m.id}  {m.day.isoformat()}  {m.title}")
    return 0


def _output(path: str) -> Path:
    target = Path(path).expanduser()
    if target.is_dir():
        raise WorkspaceError(f"{target} is a folder; name the PDF file to write")
    if not target.parent.is_dir():
        raise WorkspaceError(f"{target.parent}: no such folder")
    return target


def cmd_plan(args: argparse.Namespace) -> int:
    from kamdesk.report.plan import write_plan  # ReportLab only when printing
    from kamdesk.report.selection import Choice

    target = _output(args.output)
    if target.suffix.lower() not in (".pdf", ".pptx"):
        raise WorkspaceError(f"{target.name}: the plan is written as .pdf or .pptx")
    with Workspace.open(args.workspace) as ws:
        graph = ws.load(ws.find_account(args.account).id)
        changes = changes_since_last_meeting(ws, graph, date.today())
    if target.suffix.lower() == ".pptx":
        from kamdesk.report.deck import write_deck

        write_deck(graph, target, lang=args.lang)
    else:
        try:
            write_plan(graph, target, lang=args.lang, paper=args.paper, landscape=args.landscape,
                       choice=Choice(args.scope, args.department, args.levels),
                       changes=changes)
        except ValueError as error:  # an unknown department
            raise WorkspaceError(str(error)) from None
    print(f"wrote {target}")
    return 0


def cmd_brief(args: argparse.Namespace) -> int:
    from kamdesk.report.brief import write_brief

    target = _output(args.output)
    with Workspace.open(args.workspace) as ws:
        graph = ws.load(ws.find_account(args.account).id)
    write_brief(graph, args.meeting, target, lang=args.lang, paper=args.paper)
    print(f"wrote {target}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from kamdesk.io.export import export_account

    target = _output(args.output)
    with Workspace.open(args.workspace) as ws:
        graph = ws.load(ws.find_account(args.account).id)
    if target.suffix.lower() in (".svg", ".png", ".pdf"):
        return _export_chart(graph, target)
    export_account(graph, target)
    print(f"wrote {len(graph.people):,} people and {len(graph.links):,} lines to {target}")
    return 0


def _export_chart(graph: AccountGraph, target: Path) -> int:
    """The client's org chart, drawn by the app's own chart view without a window."""
    import os

    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no display needed to draw a file
        app = QApplication(sys.argv[:1])  # noqa: F841 - lives until the file is written
    from kamdesk.ui.chart.export import export_account_chart

    written = export_account_chart(graph, target)
    print(f"wrote the org chart of {graph.account.name} to {written}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace) as ws:
        problems = ws.check()
        accounts = ws.account_count()
        people = sum(ws.people_counts().values())
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} problems found", file=sys.stderr)
        return EXIT_REFUSED
    print(f"ok: {accounts} accounts, {people:,} people, no problems")
    return 0


def open_for_gui(named: str | None) -> Workspace:
    """The workspace the app opens (see ``workflows.open_workspace``), refused as a command."""
    problem = gui_problem(named)
    if problem is not None:
        code, message = problem
        raise UsageError(message) if code == EXIT_USAGE else WorkspaceError(message)
    return open_workspace(named)


def cmd_gui(args: argparse.Namespace) -> int:
    problem = gui_problem(args.workspace)
    if problem is not None:
        return _fail(problem[1], problem[0])
    from kamdesk.ui.app import start  # Qt is imported only for the desktop app

    return start(args.workspace)


def cmd_analyze(args: argparse.Namespace) -> int:
    from kamdesk.cli_analysis import show_analysis

    with Workspace.open(args.workspace) as ws:
        graph = ws.load(ws.find_account(args.account).id)
    return show_analysis(graph, args.json)


def cmd_paths(args: argparse.Namespace) -> int:
    from kamdesk.cli_analysis import show_paths

    with Workspace.open(args.workspace) as ws:
        graph = ws.load(ws.find_account(args.account).id)
    return show_paths(graph, args.to, args.json)


def cmd_what_if(args: argparse.Namespace) -> int:
    from kamdesk.cli_analysis import show_what_if

    with Workspace.open(args.workspace) as ws:
        graph = ws.load(ws.find_account(args.account).id)
    return show_what_if(graph, args.leaves, args.json)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "sample": cmd_sample, "accounts": cmd_accounts, "signals": cmd_signals,
    "meetings": cmd_meetings, "check": cmd_check, "plan": cmd_plan, "brief": cmd_brief,
    "import": cli_import.cmd_import, "export": cmd_export, "risks": desk_cli.cmd_risks,
    "actions": desk_cli.cmd_actions, "meeting-export": desk_cli.cmd_meeting_export,
    "analyze": cmd_analyze, "paths": cmd_paths, "what-if": cmd_what_if,
    **cli_team.COMMANDS, **cli_changes.COMMANDS,
}


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _fail(message: str, code: int) -> int:
    print(f"kamdesk: error: {' '.join(message.split())}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list and (args_list[0] in COMMANDS or args_list[0].startswith("-")):
            args = build_parser().parse_args(args_list)
            if args.command is None:
                return _fail("name a command (see 'kamdesk --help')", EXIT_USAGE)
            return COMMANDS[args.command](args)
        return cmd_gui(_gui_parser().parse_args(args_list))
    except UsageError as error:
        return _fail(str(error), EXIT_USAGE)
    except (WorkspaceError, DomainError, ValueError) as error:  # io's ReadError is one
        # the domain's and the importer's refusals carry keys: worded in the user's language
        return _fail(vocabulary(command_language(args_list)).error(error), EXIT_REFUSED)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `kamdesk accounts … | head`
        sys.stderr.close()
        return 0
    except OSError as error:
        return _fail(f"{error.strerror or error}: {error.filename or ''}", EXIT_REFUSED)
    except Exception as error:  # noqa: BLE001 - the promise: never a traceback
        return _fail(f"unexpected {type(error).__name__}: {error}; please report it",
                     EXIT_REFUSED)

