"""The importer's words (kamdesk.io's defects and preview notes), in English and Russian.

Part of the one vocabulary (``graph.vocabulary``; split off to keep each module under 500
lines): the same catalogue style, the same field names and refusals, numbers written the
language's way. ``import_text(lang, key, params)`` words one; ``io.people.Defect`` and
``io.text.Note`` carry a key and its parameters, so the preview can be shown in either language.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

from kamdesk.graph.vocabulary import LANGUAGES, vocabulary

# ------------------------------------------------------------- import defects (kamdesk.io)
# What the importer says about a file's rows, in the preview and on the command line.
# Values from the file are quoted '…' in English and «…» in Russian, never translated.
_IMPORT: dict[str, tuple[str, str]] = {
    "row": ("row {row}: {text}", "строка {row}: {text}"),
    "formula": ("{field} '{value}' looks like a spreadsheet formula; kept as plain text",
                "{field} «{value}» похоже на формулу таблицы; сохранено как текст"),
    "cut": ("{field} is {length} characters long; cut to {limit}",
            "{field}: {length} символов; обрезано до {limit}"),
    "no_name": ("no name; skipped", "нет имени; строка пропущена"),
    "markup": ("the name '{value}' holds markup; kept as plain text",
               "в имени «{value}» есть разметка; сохранено как текст"),
    "bad_value": ("{field} '{value}' is not {expected}; left empty",
                  "{field} «{value}» — не {expected}; оставлено пустым"),
    "refused": ("{error}; skipped", "{error}; строка пропущена"),
    "ours_no_role": ("{name} is one of our people: the decision role is left out",
                     "{name} — из наших: роль в решении не указывается"),
    "manager_ambiguous": ("manager '{ref}' matches {count} people; none set",
                          "руководителю «{ref}» подходят {count} человек; не указан"),
    "manager_missing": ("manager '{ref}' not found; imported without a manager",
                        "руководитель «{ref}» не найден; импортировано без руководителя"),
    "many_managers": ("{count} managers in one cell; the first, '{ref}', is used",
                      "{count} руководителя в одной ячейке; взят первый, «{ref}»"),
    "own_manager": ("{name} is their own manager; line dropped",
                    "{name} — сам себе руководитель; линия отброшена"),
    "other_side": ("the manager is on the other side; line dropped",
                   "руководитель — на другой стороне; линия отброшена"),
    "roots": ("{count} {count_people} no manager (several roots): {names}",
              "без руководителя (несколько вершин): {count} — {names}"),
    "cycle": ("reporting cycle {shown}: the line {person} → {manager} dropped",
              "круг подчинения {shown}: линия {person} → {manager} отброшена"),
    "line_missing_person": ("{kind} line {source} → {target}: a person is missing; dropped",
                            "связь «{kind}» {source} → {target}: нет одного из людей; "
                            "отброшена"),
    "line_refused": ("{kind} line dropped: {error}", "связь «{kind}» отброшена: {error}"),
    "line_invalid": ("line {number} is not valid ({what}); dropped",
                     "связь {number} неверна ({what}); отброшена"),
    "same_record": ("the same {what} '{value}' as row {other}: one person; {which} (row "
                    "{winner}) wins",
                    "тот же {what} «{value}», что в строке {other}: это один человек; "
                    "{which} (строка {winner})"),
    "newer_row": ("the newer row", "взята более новая строка"),
    "first_row": ("the first row", "взята первая строка"),
    "id_word": ("id", "id"),
    "email_word": ("e-mail", "e-mail"),
    "shared_mailbox": ("the e-mail '{value}' is also row {other}'s, under another name (a "
                       "shared mailbox?); kept as different people",
                       "e-mail «{value}» есть и в строке {other}, под другим именем (общий "
                       "ящик?); это разные люди"),
    "node_no_name": ("node '{node}' has no name or label; skipped",
                     "у узла «{node}» нет имени или подписи; пропущен"),
    "edge_unknown_kind": ("edge {source} → {target}: unknown kind '{kind}'",
                          "ребро {source} → {target}: неизвестный вид «{kind}»"),
    "vcard_not_property": ("a line of the card is not a vCard property; skipped",
                           "строка карточки — не свойство vCard; пропущена"),
    "vcard_no_end": ("the last card has no END:VCARD; it was read anyway",
                     "у последней карточки нет END:VCARD; прочитана всё равно"),
    "vcard_none": ("no BEGIN:VCARD found: not a vCard file",
                   "нет BEGIN:VCARD: это не файл vCard"),
    "vcard_no_name": ("a card without a name (FN or N); skipped",
                      "карточка без имени (FN или N); пропущена"),
}
# What the preview says about how a file was read (kamdesk.io's notes).
_IMPORT.update({
    "columns": ("columns: {pairs}", "столбцы: {pairs}"),
    "title_rows": ("the header is row {row}; {count} title row{count_s} above it "
                   "{count_were} skipped",
                   "заголовок таблицы — строка {row}; строк названия над ним пропущено: "
                   "{count}"),
    "footer": ("{count} footer line{count_s} under the table {count_were} ignored (from row "
               "{row})",
               "строк под таблицей не прочитано: {count} (начиная со строки {row})"),
    "reading_stopped": ("reading stopped after {count} empty rows in a row",
                        "чтение остановлено после {count} пустых строк подряд"),
    "columns_cut": ("cells right of column {limit} were ignored in {count} row{count_s}",
                    "ячейки правее столбца {limit} не прочитаны; строк с ними: {count}"),
    "merged": ("{count} merged cell{count_s} gave {count_its} value to the cells {count_they} "
               "cover{count_s0}",
               "объединённые ячейки отдали своё значение покрытым ячейкам: {count}"),
    "cp1252": ("read as cp1252 (Western European): its letters make no Cyrillic words; if "
               "that is wrong, import with --encoding cp1251",
               "прочитано как cp1252 (западноевропейская): из букв не складываются русские "
               "слова; если это не так, импортируйте с --encoding cp1251"),
    "garbled": ("the text looks garbled ({count} place{count_s} look{count_s0} like UTF-8 that "
                "was once read as {codepage} and saved again); import with --encoding repair "
                "to repair it",
                "текст выглядит искажённым (мест, похожих на UTF-8, однажды прочитанный "
                "как {codepage} и сохранённый заново: {count}); импортируйте с --encoding "
                "repair, чтобы исправить"),
    "repaired": ("{count} garbled word{count_s} {count_were} repaired",
                 "исправлено искажённых слов: {count}"),
    "no_manager_column": ("no manager column was found: the people come in without reporting "
                          "lines (map one with --map manager=COLUMN)",
                          "столбец руководителя не найден: люди будут импортированы без линий "
                          "подчинения (укажите его: --map manager=СТОЛБЕЦ)"),
    "vacancies": ("{count} post{count_s} {count_have} no disclosed or current holder (N/D, "
                  "vacant, no name): each comes in as a vacant post, named after the post, "
                  "keeping its place, its title and its lines",
                  "должностей без раскрытого или текущего сотрудника (N/D, вакансия, без "
                  "имени): {count}; каждая импортируется как вакансия с названием должности, "
                  "на своём месте, со своей должностью и своими линиями"),
    "nesting": ("the hierarchy is the nesting of children: '{position}' and '{parent}' are "
                "where each person sits",
                "иерархия — вложенность children: «{position}» и «{parent}» показывают, где "
                "стоит каждый человек"),
    "ids_found": ("ids are in column '{header}' (other rows refer to them)",
                  "id — в столбце «{header}» (на них ссылаются другие строки)"),
    "managers_found": ("managers are in column '{header}' (its values are {what} of other "
                       "rows)",
                       "руководители — в столбце «{header}» (его значения — {what} других "
                       "строк)"),
    "of_ids": ("the ids", "id"), "of_emails": ("the e-mails", "e-mail"),
    "of_names": ("the names", "имена"),
    "gexf_pid": ("the hierarchy is GEXF's pid: {count} node{count_s} name{count_s0} a parent",
                 "иерархия — pid в GEXF; узлов с указанным родителем: {count}"),
    "gexf_edges_ignored": ("{count} edge{count_s} {count_were} not read as lines (the "
                           "hierarchy comes from pid)",
                           "рёбер не прочитано как линии: {count} (иерархия берётся из pid)"),
    "gexf_edges": ("the hierarchy is the edges, each from a manager to a report",
                   "иерархия — рёбра, каждое от руководителя к подчинённому"),
    "gexf_undirected": ("{count} undirected edge{count_s} {count_were} not read (they do not "
                        "say who reports to whom)",
                        "ненаправленных рёбер не прочитано: {count} (они не говорят, кто кому "
                        "подчиняется)"),
    "yed": ("yEd chart: names from the node properties or the label's first line; solid edges "
            "are managers (from manager to report)",
            "схема yEd: имена — из свойств узла или первой строки подписи; сплошные рёбра — "
            "руководители (от руководителя к подчинённому)"),
    "yed_dotted": ("{count} dashed, dotted or second edge{count_s} became dotted-line managers",
                   "штриховых, пунктирных или вторых рёбер стало пунктирными линиями "
                   "подчинения: {count}"),
})
# The preview's count lines (the wizard and ``kamdesk import``), and the command line's own.
_IMPORT.update({
    "plan_people": ("{adds} to add, {updates} to update, {unchanged} unchanged",
                    "добавить: {adds}, обновить: {updates}, без изменений: {unchanged}"),
    "plan_lines": ("{lines} reporting line{lines_s} (of {references} row{references_s} naming "
                   "a manager), {defects} defect{defects_s}",
                   "линий подчинения: {lines} (строк с руководителем: {references}), "
                   "замечаний: {defects}"),
    "cli_delimiter": ("delimiter {delimiter}", "разделитель {delimiter}"),
    "cli_note": ("note: {text}", "примечание: {text}"),
    "cli_more": ("… and {count} more", "… и ещё {count}"),
    "cli_into_new": ("into a new account '{name}': {summary}",
                     "в нового клиента «{name}»: {summary}"),
    "cli_into": ("into account '{name}': {summary}", "в клиента «{name}»: {summary}"),
    "cli_dry_run": ("dry run: nothing was changed", "пробный запуск: ничего не изменено"),
    "cli_imported": ("imported", "импортировано"),
    "cli_nobody": ("{file}: no person to import", "{file}: в файле нет ни одного человека"),
})
_IMPORT_FIELDS: dict[str, str] = {  # "name" is the whole name: not "имя", the first one
    "name": "ФИО", "first name": "имя", "last name": "фамилия", "middle name": "отчество",
    "manager": "руководитель", "modified": "дата изменения", "cadence days": "периодичность",
    "decision role": "роль в решении", "last contact": "последний контакт",
}
# what a value was expected to be (bad_value), by key
_EXPECTED: dict[str, tuple[str, str]] = {
    "level": ("1, 2, 3 or 4", "1, 2, 3 или 4"),
    "side": ("client or internal", "client или internal (клиент или наши)"),
    "stance": ("a stance (champion, supporter, neutral, skeptic, blocker, unknown)",
               "отношение (champion, supporter, neutral, skeptic, blocker, unknown)"),
    "role": ("a buying-centre role", "роль в закупочном центре"),
    "influence": ("a whole number from 1 to 5", "целое число от 1 до 5"),
    "cadence": ("a whole number from 1 to 3650", "целое число от 1 до 3650"),
    "date": ("a date", "дата"),
    "yes_no": ("yes or no", "да или нет"),
}


def _english_forms(name: str, one: bool) -> dict[str, str]:
    """The words English changes for one of a count ("1 row was", "2 rows were"), as
    ``{count_s}`` and the like; Russian sentences put the count after a colon instead."""
    forms = (("s", "", "s"), ("s0", "s", ""), ("were", "was", "were"), ("have", "has", "have"),
             ("its", "its", "their"), ("they", "it", "they"),
             ("people", "person has", "people have"))
    return {f"{name}_{key}": single if one else many for key, single, many in forms}


def field_word(lang: str, field: str) -> str:
    """An importer's field ("first_name", "decision role") as the preview names it in
    ``lang``: the rules' words, and the importer's own for fields the rules do not have."""
    name = field.replace("_", " ")
    if lang == LANGUAGES[0]:
        return name
    return _IMPORT_FIELDS.get(name, vocabulary(lang).field(name))


def import_text(lang: str, key: str, params: Mapping[str, object]) -> str:
    """An import defect (``kamdesk.io``) as a sentence in ``lang``: numbers written the
    language's way, fields and domain refusals in its words, the file's values as given."""
    v = vocabulary(lang)
    i = LANGUAGES.index(lang)
    shown: dict[str, object] = {}
    for name, value in params.items():
        if isinstance(value, BaseException):
            shown[name] = v.error(value)
        elif isinstance(value, Enum):
            shown[name] = v.enum(value)
        elif isinstance(value, bool) or not isinstance(value, int | float):
            shown[name] = value
        else:
            shown[name] = v.number(value) if name not in ("row", "other", "winner",
                                                          "number") else value
            shown.update(_english_forms(name, value == 1))
    if "field" in shown:
        shown["field"] = field_word(lang, str(shown["field"]))
    if "expected" in shown:
        shown["expected"] = _EXPECTED[str(shown["expected"])][i]
    if "pairs" in shown:  # the columns note: field ← header, fields in this language
        pairs = params["pairs"]
        assert isinstance(pairs, list)
        quote = "«{}»" if i else "'{}'"
        shown["pairs"] = ", ".join(
            f"{field_word(lang, f) if i else f} \u2190 {quote.format(h)}" for f, h in pairs)
    for word in ("which", "what"):
        if word in shown and f"{shown[word]}" in _IMPORT:
            shown[word] = _IMPORT[str(shown[word])][i]
    return _IMPORT[key][i].format(**shown)
