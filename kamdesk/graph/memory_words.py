"""The words of the account's memory, in English and Russian (used by graph.vocabulary).

A person who left (graph.leaving) and "what changed since" (graph.changes_since): the same
sentences on the screen, in the plan and on the command line. Split off the vocabulary to
keep each module under 500 lines; ``vocabulary(lang)(key, ...)`` reads them like the rest.
"""

from __future__ import annotations

MEMORY_WORDS: dict[str, tuple[str, str]] = {
    # a person who left
    "lv_on": ("left on {day}", "ушёл(ла) {day}"),
    "lv_to": ("to {to}", "в {to}"),
    "lv_successor": ("succeeded by {name}", "преемник — {name}"),
    # their fields, as the History panel names what an edit changed
    "left_on": ("left on", "дата ухода"), "left_to": ("went to", "куда ушёл(ла)"),
    "successor_id": ("successor", "преемник"),
    # what changed: one line per event (params from changes_since.as_facts)
    "ch_joined": ("{name} joined", "{name}: новый человек"),
    "ch_left": ("{name} left", "{name} ушёл(ла)"),
    "ch_back": ("{name} is back", "{name} снова в компании"),
    "ch_moved": ("{name} moved: reports to {to} (was {was})",
                 "{name}: теперь подчиняется {to} (раньше: {was})"),
    "ch_nobody": ("nobody", "никому"),
    "ch_stance": ("{name}: stance {was} → {now}", "{name}: отношение {was} → {now}"),
    "ch_influence": ("{name}: influence rating {was} → {now}",
                     "{name}: оценка влияния {was} → {now}"),
    "ch_line_added": ("{kind} line {source} → {target} added",
                      "связь «{kind}» {source} → {target} добавлена"),
    "ch_line_removed": ("{kind} line {source} → {target} removed",
                        "связь «{kind}» {source} → {target} удалена"),
    "ch_by": ("{day}, {author}", "{day}, {author}"),
    # the groups, in the order they are listed
    "chg_joined": ("Joined", "Новые люди"), "chg_left": ("Left", "Ушли"),
    "chg_moved": ("Moved", "Перемещения"), "chg_stance": ("Stance changed", "Смена отношения"),
    "chg_influence": ("Influence rating changed", "Смена оценки влияния"),
    "chg_lines": ("Lines added or removed", "Связи добавлены или удалены"),
    # headings
    "what_changed": ("What changed since the last meeting",
                     "Что изменилось после последней встречи"),
    "changes_since_meeting": ("What changed since the last meeting ({day})",
                              "Что изменилось после последней встречи ({day})"),
    "changes_since": ("What changed since {day}", "Что изменилось с {day}"),
    "since_meeting_day": ("From {day}, the day of the last meeting.",
                          "С {day} — дня последней встречи."),
    "changes_none": ("Nothing changed in the people, their stances or their lines.",
                     "В людях, их отношении и связях ничего не изменилось."),
    "changes_no_meeting": ("No meeting held yet: the changes of the last 30 days.",
                           "Встреч ещё не было: изменения за последние 30 дней."),
    "changes_more": ("{count} more: see the app's “What changed”",
                     "ещё {count}: см. «Что изменилось» в программе"),
    # required roles (graph.analysis_signals)
    "required_roles": ("required roles", "обязательные роли"),
}

GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("chg_joined", ("joined",)), ("chg_left", ("left",)), ("chg_moved", ("moved",)),
    ("chg_stance", ("stance",)), ("chg_influence", ("influence",)),
    ("chg_lines", ("line added", "line removed")),
)
"""The events of ``changes_since`` grouped for a reader: (heading key, event kinds)."""
