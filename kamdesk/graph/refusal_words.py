"""The words of the domain's refusals, in English and Russian (used by graph.vocabulary).

Field names as the rules spell them, why a value is refused, the kinds of thing a refusal
names, and the sentence of each typed error of ``kamdesk.graph.errors``.
"""

from __future__ import annotations

# -------------------------------------------------------------------------------- refusals
# The field names used by the rules (graph.validate and graph.rules), as they read in English.
FIELDS: dict[str, str] = {
    "person": "человек",  # graph.analysis.find_person
    "id": "id", "account": "клиент", "version": "версия", "name": "имя",
    "industry": "отрасль", "business model": "бизнес-модель", "goals": "цели",
    "KAM": "KAM", "sponsor": "спонсор", "attractiveness": "привлекательность",
    "relationship strength": "сила отношений", "stage": "стадия", "notes": "заметки",
    "side": "сторона", "level": "уровень", "stance": "отношение", "role": "роль",
    "decision role": "роль в решении", "last contact": "последний контакт", "photo": "фото",
    "title": "должность", "department": "подразделение", "email": "e-mail",
    "phone": "телефон", "priorities": "приоритеты", "external id": "внешний id",
    "influence": "влияние", "cadence": "периодичность", "dotted": "пунктир",
    "cadence days": "периодичность", "successor id": "преемник",  # the wizard's changes
    "link kind": "вид связи", "weight": "вес", "strength": "сила", "note": "заметка",
    "unit": "единица", "target": "цель", "actual": "факт", "period": "период",
    "date": "дата", "direction": "направление", "description": "описание",
    "amount": "сумма", "currency": "валюта", "RACI party": "участник RACI", "RACI": "RACI",
    "activity": "деятельность", "position": "позиция", "step date": "дата шага",
    "step": "шаг", "category": "категория", "severity": "серьёзность",
    "owner": "ответственный", "status": "статус", "escalated to": "эскалировано",
    "raised on": "дата выявления", "due": "срок", "resolved on": "дата решения",
    "location": "место", "attendee": "участник", "review": "обзор проектов",
    "client goals": "цели клиента", "growth points": "точки роста",
    "action plan": "план действий", "what": "что", "meeting": "встреча",
    "required roles": "обязательные роли", "left on": "дата ухода",
    "left to": "куда ушёл", "successor": "преемник", "vacancy": "вакансия",
    "time": "время", "duration": "длительность",
}

# Why a value is refused: key → (English, Russian); {params} from the error.
REASONS: dict[str, tuple[str, str]] = {
    "one_of": ("must be one of {allowed}", "допустимо одно из: {allowed}"),
    "text": ("must be text", "должно быть текстом"),
    "not_empty": ("must not be empty", "не может быть пустым"),
    "max_chars": ("must be at most {limit:,} characters", "не длиннее {limit:,} символов"),
    "unstorable": ("contains a NUL or a broken Unicode character",
                   "содержит NUL или повреждённый символ Юникода"),
    "whole": ("must be a whole number", "должно быть целым числом"),
    "range": ("must be from {low} to {high}", "должно быть от {low} до {high}"),
    "number": ("must be a number", "должно быть числом"),
    "finite": ("must be a finite number", "должно быть конечным числом"),
    "date": ("must be a date", "должно быть датой"),
    "level": ("the comb level must be 1, 2, 3 or 4", "уровень гребёнки — 1, 2, 3 или 4"),
    "client_only_role": ("only client people have one", "бывает только у людей клиента"),
    "photo": ("must be an image of at most 5 MB", "изображение не больше 5 МБ"),
    "bool": ("must be true or false", "должно быть «да» или «нет»"),
    "time_of_day": ("must be a time of day as HH:MM, or empty for all day",
                    "должно быть временем ЧЧ:ММ или пустым (весь день)"),
    "raci_once": ("each party appears once per activity",
                  "каждый участник — не больше одного раза в строке"),
    "keeps_kind": ("a link keeps its kind", "связь не меняет свой вид"),
    "ours": ("must be one of our people in this account",
             "должен быть одним из наших людей этого клиента"),
    "missing_person": ("no such person in this account", "такого человека нет у этого клиента"),
    "missing_meeting": ("no such meeting in this account", "такой встречи нет у этого клиента"),
    # naming a person on the command line (graph.analysis.find_person)
    "person_ref": ("name a person by id or name", "укажите человека по id или имени"),
    "nobody_named": ("nobody in this account has this id or name",
                     "у этого клиента нет человека с таким id или именем"),
    "same_name": ("{count} people have this name; use an id ({ids})",
                  "это имя у нескольких людей ({count}); укажите id ({ids})"),
    # a person who left the client (graph.leaving)
    "successor_self": ("a person cannot succeed themselves",
                       "человек не может быть преемником самого себя"),
    "successor_side": ("the successor must be a person of the same side in this account",
                       "преемник должен быть человеком той же стороны этого клиента"),
    "successor_left": ("the successor has left the client too",
                       "преемник тоже покинул компанию"),
    "has_left": ("has left the client; the analysis covers the people there now",
                 "покинул(а) компанию; анализ — только по тем, кто работает сейчас"),
    "left_first": ("mark the person as left first (a date is needed)",
                   "сначала отметьте уход человека (нужна дата)"),
}

# The things a refusal can name.
KINDS: dict[str, tuple[str, str]] = {
    "person": ("person", "человека"), "link": ("link", "связи"),
    "Account": ("account", "клиента"), "Person": ("person", "человека"),
    "Link": ("link", "связи"), "Kpi": ("KPI", "KPI"), "ValueEntry": ("value entry", "записи"),
    "RaciActivity": ("RACI activity", "строки RACI"), "Risk": ("risk", "риска"),
    "Meeting": ("meeting", "встречи"), "ActionItem": ("action item", "задачи"),
}

# The domain's refusals: error key → (English, Russian) templates.
ERRORS: dict[str, tuple[str, str]] = {
    "invalid_value": ("{field}: {reason} (got {shown})", "{field}: {reason} (получено {shown})"),
    "unknown_entity": ("no {kind} with id {entity_id!r} in this account",
                       "у этого клиента нет {kind} с id {entity_id!r}"),
    "duplicate_id": ("a {kind} with id {entity_id!r} already exists",
                     "id {entity_id!r} уже занят ({kind})"),
    "foreign_account": ("{what} belongs to another account", "{what}: относится к другому клиенту"),
    "account_id_fixed": ("an account cannot change its id", "клиент не может сменить свой id"),
    "self_link": ("a person cannot have a {kind} link to themselves ({person})",
                  "связь «{kind}» не может вести от человека к нему самому ({person})"),
    "duplicate_link": ("there is already a {kind} link between these two people",
                       "между этими людьми уже есть связь «{kind}»"),
    "reporting_cycle": ("this reporting line would make a cycle: {shown}",
                        "эта линия подчинения замкнула бы круг: {shown}"),
    "second_manager": ("{person} already reports to {manager} on a solid line; "
                       "add a dotted line or change the manager",
                       "{person} уже подчиняется {manager} по сплошной линии; "
                       "добавьте пунктирную линию или смените руководителя"),
    "cross_side": ("{source} ({source_side}) cannot report to {target} ({target_side}): "
                   "reporting lines stay within one side",
                   "{source} ({source_side}) не может подчиняться {target} ({target_side}): "
                   "подчинение — только внутри одной стороны"),
    "counterpart_direction": ("a counterpart link goes from one of our people to a client "
                              "person, not from {source} ({source_side}) to {target} "
                              "({target_side})",
                              "связь «визави» идёт от нашего человека к человеку клиента, "
                              "а не от {source} ({source_side}) к {target} ({target_side})"),
    "conflict_side": ("a conflict is a rivalry between two client people",
                      "конфликт — это соперничество двух людей клиента"),
    "stale_undo": ("this was changed since; it cannot be undone",
                   "это уже изменили после; отменить нельзя"),
    "stale_copy": ("this copy of {account} is out of date; reopen the account",
                   "эта копия «{account}» устарела; откройте аккаунт заново"),
}
