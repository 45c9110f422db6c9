"""The stakeholder analysis on the command line: ``analyze``, ``paths`` and ``what-if``.

Kept out of ``cli.py`` so that it stays small; the facts come from
``kamdesk.graph.analysis`` (the same for every front end), this only lays them out.
A person named on the command line is found by id or name; an unknown or ambiguous name
is a DomainError, which ``cli.main`` reports in one line.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.analysis import (
    TOP_SHOWN,
    analysis_facts,
    find_person,
    paths_facts,
    what_if_facts,
)


def _json(data: object) -> int:
    print(json.dumps(data, ensure_ascii=False, indent=2))
    return 0


def _support(value: float) -> str:
    return f"{value:+.2f}"


def show_analysis(graph: AccountGraph, as_json: bool) -> int:
    facts = analysis_facts(graph, date.today())
    if as_json:
        return _json(facts)
    print(f"{facts['account']['name']}: who really decides (score 1–5 from the lines, "
          "beside your rating)")
    print(f"{'rank':>4} {'score':>5} {'rated':>5}  name")
    for s in facts["scores"][:TOP_SHOWN]:
        mark = "  hidden influencer" if s["hidden_influencer"] else \
            "  overrated" if s["overrated"] else ""
        print(f"{s['rank']:>4} {s['score']:>5.1f} {s['rating']:>5}  {s['name']} "
              f"({s['title'] or '—'}, level {s['level']}){mark}")
    f = facts["forecast"]
    print(f"expected support {_support(f['support'])} (stances alone "
          f"{_support(f['support_before_influence'])}; −1 all block, +1 all champion), "
          f"{len(f['buying_centre'])} people in the buying centre")
    print("whom to meet next:")
    for n, m in enumerate(facts["whom_to_meet"], start=1):
        print(f"  {n}. {m['name']} ({m['title'] or '—'}): {m['stance']} → "
              f"{m['next_stance']} moves support by {_support(m['gain'])}")
    if not facts["whom_to_meet"]:
        print("  nobody: no stance left to move")
    roles = facts["roles"]
    default = " (the default)" if roles["default"] else ""
    print(f"required roles{default}: {', '.join(roles['required']) or 'none'}; missing: "
          f"{', '.join(roles['missing']) or 'none'}")
    for s in facts["signals"]:
        print(f"{s['kind']:<24} {s['detail']}")
    return 0


def _hops(path: dict[str, Any]) -> str:
    names = {p["id"]: p["name"] for p in path["people"]}
    parts = [names[path["hops"][0]["from"]]]
    for h in path["hops"]:
        how = ("dotted" if h["strength"] == 1 else "solid") if h["kind"] == "reports_to" \
            else h["strength"]
        parts.append(f"—{h['kind']} {how}→ {names[h['to']]}")
    return " ".join(parts)


def show_paths(graph: AccountGraph, ref: str, as_json: bool) -> int:
    facts = paths_facts(graph, find_person(graph, ref))
    if as_json:
        return _json(facts)
    target = facts["target"]
    print(f"warm introductions to {target['name']} ({target['title'] or '—'}, level "
          f"{target['level']}), cheapest first (a hop costs 1 for a moderate tie, more for "
          "a weak or the strongest):")
    for n, path in enumerate(facts["paths"], start=1):
        print(f"  {n}. cost {path['cost']:.2f}: {_hops(path)}")
    if not facts["paths"]:
        longer = facts["longer"]
        if longer is None:
            print("  none: nobody of ours is connected to them by any line")
        else:
            print(f"  none within {facts['max_hops']} hops; the cheapest takes "
                  f"{len(longer['hops'])}: {_hops(longer)}")
    return 0


def show_what_if(graph: AccountGraph, ref: str, as_json: bool) -> int:
    facts = what_if_facts(graph, find_person(graph, ref), date.today())
    if as_json:
        return _json(facts)
    who = facts["leaves"]
    print(f"if {who['name']} ({who['side']}, {who['title'] or '—'}) leaves:")
    print(f"  expected support {_support(facts['support_before'])} → "
          f"{_support(facts['support_after'])}")
    for p in facts["orphaned"]:
        print(f"  {p['name']} loses their only counterpart")
    for b in facts["broken_paths"]:
        after = b["after"]
        print(f"  the best way to {b['to']['name']} breaks; " + (
            f"next best: cost {after['cost']:.2f}: {_hops(after)}" if after
            else "no other way in"))
    for s in facts["new_signals"]:
        print(f"  new signal  {s['kind']:<24} {s['detail']}")
    for s in facts["gone_signals"]:
        print(f"  gone signal {s['kind']:<24} {s['detail']}")
    for m in facts["score_moves"]:
        print(f"  score of {m['name']}: {m['before']:.2f} → {m['after']:.2f}")
    return 0
