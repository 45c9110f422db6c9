"""The org chart section and the list of everybody: what to print, in which order, linked.

The selection (selection.py) decides who is printed; the chart's tops are the printed
people whose manager is not printed, top level first. Big accounts get an overview of the
departments first, each row linked to the department's first block. Lines that join two
people in one block are drawn there; the others are listed after the chart with the pages
of both ends.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from kamdesk.graph.types import LinkKind, Side
from kamdesk.report import blocks as b
from kamdesk.report.chart import ChartPage, Line, Page, paginate
from kamdesk.report.context import Context, is_key
from kamdesk.report.pages import Tick
from kamdesk.report.selection import Choice

OVERVIEW_OVER = 200  # client people above which the chart opens with the departments


def chart_lines(ctx: Context, chosen: frozenset[str]) -> list[Line]:
    found: list[Line] = []
    for x in ctx.graph.links.values():
        if x.source not in chosen or x.target not in chosen:
            continue
        if x.kind is LinkKind.INFLUENCES:
            found.append((x.source, x.target, "influences"))
        elif x.kind is LinkKind.CONFLICT:
            found.append((x.source, x.target, "conflict"))
        elif x.kind is LinkKind.REPORTS_TO and x.dotted:
            found.append((x.source, x.target, "dotted"))
    return found


def org_chart(ctx: Context, choice: Choice, selected: tuple[frozenset[str], str],
              tick: Callable[[], Tick]) -> list[Flowable]:
    g, t = ctx.graph, ctx.t
    chosen, mode = selected
    total = sum(1 for p in g.people.values() if p.side is Side.CLIENT)
    out: list[Flowable] = []
    if mode == "key":
        out.append(b.para(t("scope_key", shown=len(chosen), total=total), b.MUTED_TEXT))
    elif mode == "department":
        out.append(b.para(t("scope_dept", dept=choice.department, shown=len(chosen),
                            total=total), b.MUTED_TEXT))
    elif mode == "levels":
        out.append(b.para(t("scope_levels", levels=choice.levels, shown=len(chosen),
                            total=total), b.MUTED_TEXT))

    def reports(pid: str) -> list[str]:
        return [r for r in g.solid_reports(pid) if r in chosen]

    def manager(pid: str) -> str | None:
        return g.manager_of(pid)

    people = g.people
    tops = [p for p in (people[x] for x in chosen) if manager(p.id) not in chosen]
    tops.sort(key=lambda p: (p.level, -p.influence, p.name, p.id))
    pages = paginate(reports, [p.id for p in tops], ctx.width, ctx.doc.frame_height - 40)
    lines = chart_lines(ctx, chosen)
    block_of: dict[str, str] = {}
    for page in pages:
        for pid in page.people():
            block_of.setdefault(pid, page.key)
    if total > OVERVIEW_OVER:  # a big account: where each department starts, first
        out += overview(ctx, pages, chosen)
    departments_seen: set[str] = set()
    touching: dict[str, list[Line]] = {}
    for x in lines:
        touching.setdefault(x[0], []).append(x)
    for n, page in enumerate(pages):
        marks = _bookmarks(ctx, page, departments_seen)
        members = page.people()
        own = [x for pid in members for x in touching.get(pid, ()) if x[1] in members]
        managers = {page.root: manager(page.root)} if page.root else {}
        out += [b.gap(10), ChartPage(page, ctx, managers, own, marks)]
        if n % 10 == 9:
            out.append(tick())
    out += _cross_lines(ctx, pages, lines, block_of)
    return out


def _bookmarks(ctx: Context, page: Page, seen: set[str]) -> list[tuple[str, str, int]]:
    t = ctx.t
    if page.root is None:
        return [(f"{page.key}-mark", t("top_block"), 1)] if page.key == "top-1" else []
    if page.first_of is not None:
        return []
    p = ctx.graph.people[page.root]
    marks = []
    dept = p.department.strip()
    if dept and dept not in seen:
        seen.add(dept)
        marks.append((f"dept-{len(seen)}", dept, 1))
    marks.append((f"{page.key}-mark", t("team_of", name=p.name), 2))
    return marks


def overview(ctx: Context, pages: list[Page], chosen: frozenset[str]) -> list[Flowable]:
    """One row per department: its head, its people, its key people, the page it starts on."""
    t, g = ctx.t, ctx.graph
    first_block: dict[str, tuple[str, str]] = {}  # department → (head id, block key)
    for page in pages:
        if page.root is not None and page.first_of is None:
            dept = g.people[page.root].department.strip()
            first_block.setdefault(dept, (page.root, page.key))
    counts: dict[str, list[int]] = {}
    for pid in chosen:
        p = g.people[pid]
        c = counts.setdefault(p.department.strip(), [0, 0])
        c[0] += 1
        c[1] += is_key(p)
    widths = b.scaled([2.6, 2.4, 0.8, 0.8, 0.8], ctx.width)
    rows: list[list[b.Cell]] = []
    for dept, (head, key) in first_block.items():
        people, key_count = counts.get(dept, [0, 0])
        rows.append([dept or "—", g.people[head].name, str(people), str(key_count),
                     ctx.ref(key, widths[4] - 2 * b.CELL_PAD)])
    return [b.para(t("overview"), b.H2),
            *b.table([t("department"), t("head"), t("people_count"), t("key_count"),
                      t("page")], rows, widths, right={2, 3}), b.gap(6)]


def _cross_lines(ctx: Context, pages: list[Page], lines: list[Line],
                 block_of: dict[str, str]) -> list[Flowable]:
    """Lines whose ends never share a block, with a linked page for each end."""
    t = ctx.t
    together: set[Line] = set()
    touching: dict[str, list[Line]] = {}
    for x in lines:
        touching.setdefault(x[0], []).append(x)
    for page in pages:
        members = page.people()
        together.update(x for pid in members for x in touching.get(pid, ()) if x[1] in members)
    rest = [x for x in lines if x not in together and x[0] in block_of and x[1] in block_of]
    if not rest:
        return []
    widths = b.scaled([2.4, 0.7, 2.4, 0.7, 1.6], ctx.width)
    rows: list[list[b.Cell]] = [
        [ctx.who(a), ctx.ref(block_of[a], widths[1] - 2 * b.CELL_PAD), ctx.who(z),
         ctx.ref(block_of[z], widths[3] - 2 * b.CELL_PAD), t(kind)] for a, z, kind in rest]
    return [b.para(t("cross_lines"), b.H2),
            *b.table([t("from"), t("page"), t("to"), t("page"), t("kind")], rows, widths)]


def people_list(ctx: Context, chosen: frozenset[str]) -> list[Flowable]:
    t = ctx.t
    clients = sorted((ctx.graph.people[x] for x in chosen),
                     key=lambda p: (p.department, p.level, -p.influence, p.name))
    rows = [[p.name, p.title, p.department, t.level(p.level), t.enum(p.decision_role),
             t.enum(p.stance), str(p.influence), ctx.their_ours(p.id),
             ctx.day(p.last_contact, t("never"))] for p in clients]
    return b.table([t("name"), t("title"), t("department"), t("level"), t("role"),
                    t("stance"), t("influence"), t("counterpart"), t("last_contact")], rows,
                   b.scaled([2.4, 1.7, 1.4, 1.0, 1.3, 1.15, 0.45, 1.5, 1.2], ctx.width),
                   right={6})
