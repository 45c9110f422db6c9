"""Every word a user reads for a domain value, in English and Russian (DESIGN.md §2, rule 7).

One catalogue for the screen, the paper and the command line: levels, decision roles,
stances, quadrants, stages, signal kinds and their sentences, risk and action words, the
refusals of the domain, and the words of the printed documents. The UI's own chrome (menus,
buttons) stays in Qt's ``.ts`` files; anything that names a *domain value* comes from here, so
a stance reads the same on a card, in a table, in the PDF and in an error box.

Pure Python: imported by ``kamdesk.graph.errors`` (so it may not import it back) and by the
report and the UI. The user's own text is never translated.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import Enum
from functools import cache
from typing import Final

from kamdesk.graph import types as t
from kamdesk.graph.types import Level

LANGUAGES: Final = ("en", "ru")

# -------------------------------------------------------------------------------- enums
# Keyed by the enum class and the stored value: the same value ("open", "escalated") means
# different things in different enums.
_ENUMS: dict[type[Enum], dict[str, tuple[str, str]]] = {
    t.Side: {"client": ("client", "клиент"), "internal": ("ours", "наши")},
    t.Stance: {
        "champion": ("champion", "чемпион"), "supporter": ("supporter", "сторонник"),
        "neutral": ("neutral", "нейтрален"), "skeptic": ("skeptic", "скептик"),
        "blocker": ("blocker", "блокер"), "unknown": ("unknown", "неизвестно"),
    },
    t.DecisionRole: {
        "decision_maker": ("decision maker", "ЛПР"),
        "economic_buyer": ("economic buyer", "экон. покупатель"),
        "technical_evaluator": ("technical evaluator", "тех. эксперт"),
        "user": ("user", "пользователь"), "influencer": ("influencer", "влияющий"),
        "gatekeeper": ("gatekeeper", "привратник"), "approver": ("approver", "согласующий"),
        "coach": ("coach", "проводник"),
    },
    t.LinkKind: {
        "reports_to": ("reports to", "подчиняется"), "influences": ("influences", "влияет"),
        "counterpart": ("counterpart", "визави"), "conflict": ("conflict", "конфликт"),
    },
    t.Quadrant: {
        "strategic": ("Strategic", "Стратегический"), "star": ("Star", "Звезда"),
        "status": ("Status", "Статусный"), "streamline": ("Streamline", "Оптимизация"),
    },
    t.Stage: {
        "exploratory": ("exploratory", "исследование"), "basic": ("basic", "базовая"),
        "cooperative": ("cooperative", "сотрудничество"),
        "interdependent": ("interdependent", "взаимозависимость"),
        "integrated": ("integrated", "интеграция"),
        "disintegrating": ("disintegrating", "распад"),
    },
    t.RaciValue: {
        "R": ("Responsible", "Исполняет"), "A": ("Accountable", "Отвечает"),
        "C": ("Consulted", "Консультирует"), "I": ("Informed", "Информируется"),
    },
    t.RiskCategory: {
        "engineering": ("engineering", "инженерия"), "legal": ("legal", "юридические"),
        "logistics": ("warehouse & logistics", "склад и логистика"),
        "finance": ("finance", "финансы"),
        "engagement": ("client engagement", "вовлечённость клиента"),
        "priorities_changed": ("client priorities changed", "сменились приоритеты клиента"),
        "other": ("other", "другое"),
    },
    t.Severity: {
        "low": ("low", "низкая"), "medium": ("medium", "средняя"), "high": ("high", "высокая"),
        "critical": ("critical", "критическая"),
    },
    t.RiskStatus: {
        "open": ("open", "открыт"), "escalated": ("escalated", "эскалирован"),
        "resolved": ("resolved", "решён"),
    },
    t.RiskStepKind: {
        "recorded": ("recorded", "зафиксирован"),
        "owner_assigned": ("owner named", "назначен ответственный"),
        "escalated": ("escalated", "эскалирован"),
        "status_updated": ("status updated, departments notified",
                           "статус обновлён, отделы оповещены"),
    },
    t.ActionStatus: {
        "open": ("open", "открыто"), "in_progress": ("in progress", "в работе"),
        "done": ("done", "сделано"), "cancelled": ("cancelled", "отменено"),
    },
    t.ValueDirection: {
        "delivered": ("we delivered", "мы дали"), "received": ("we received", "мы получили"),
    },
}

# Levels: the long name (editor, legends) and the short one (cards, tables).
_LEVELS: dict[int, tuple[tuple[str, str], tuple[str, str]]] = {
    1: (("1 · top management", "1 · топ-менеджмент"), ("1 top", "1 топ")),
    2: (("2 · director", "2 · директор"), ("2 director", "2 директор")),
    3: (("3 · head of department", "3 · руководитель"), ("3 head", "3 руковод.")),
    4: (("4 · specialist", "4 · специалист"), ("4 specialist", "4 спец.")),
}

# -------------------------------------------------------------------------------- words
_WORDS: dict[str, tuple[str, str]] = {
    # documents and sections
    "account_plan": ("Account plan", "План работы с клиентом"),
    "meeting_brief": ("Meeting brief", "Справка к встрече"),
    "contents": ("Contents", "Содержание"),
    "page_of": ("page {page} of {total}", "стр. {page} из {total}"),
    "business": ("Business model and goals", "Бизнес-модель и цели клиента"),
    "business_model": ("Business model", "Бизнес-модель"),
    "goals": ("The client's goals", "Цели клиента"),
    "kpis": ("Our KPIs", "Наши KPI"),
    "value_log": ("Value exchanged", "Обмен ценностью"),
    "org_chart": ("Org chart", "Организационная структура"),
    "stakeholders": ("Stakeholders", "Участники решения"),
    "comb": ("Comb coverage by level", "Покрытие «гребёнки» по уровням"),
    "signals": ("Risk signals", "Сигналы риска"),
    "raci": ("RACI matrix", "Матрица RACI"),
    "risks": ("Open risks", "Открытые риски"),
    "actions": ("Action plan", "План действий"),
    "meetings": ("Recent meetings", "Последние встречи"),
    # fields
    "kam": ("KAM", "KAM"), "sponsor": ("Executive sponsor", "Executive-спонсор"),
    "date": ("Date", "Дата"), "quadrant": ("Quadrant", "Квадрант"),
    "stage": ("Lifecycle stage", "Стадия отношений"), "industry": ("Industry", "Отрасль"),
    "name": ("Name", "Имя"), "title": ("Title", "Должность"), "level": ("Level", "Уровень"),
    "department": ("Department", "Подразделение"), "side": ("Side", "Сторона"),
    "role": ("Decision role", "Роль в решении"), "stance": ("Stance", "Отношение"),
    "influence": ("Infl.", "Вл."), "influence_long": ("Influence", "Влияние"),
    "counterpart": ("Our counterpart", "Наш визави"),
    "last_contact": ("Last contact", "Последний контакт"),
    "priorities": ("Priorities", "Приоритеты"),
    "attractiveness": ("Attractiveness", "Привлекательность"),
    "relationship_strength": ("Relationship strength", "Сила отношений"),
    "unit": ("Unit", "Ед."), "target": ("Target", "Цель"), "actual": ("Actual", "Факт"),
    "gap": ("Gap", "Отклонение"), "period": ("Period", "Период"),
    "direction": ("Direction", "Направление"), "description": ("Description", "Описание"),
    "amount": ("Amount", "Сумма"), "total": ("Total", "Итого"),
    "category": ("Category", "Категория"), "severity": ("Severity", "Серьёзность"),
    "owner": ("Owner", "Ответственный"), "status": ("Status", "Статус"),
    "escalated_to": ("Escalated to", "Эскалировано"), "due": ("Due", "Срок"),
    "who": ("Who", "Кто"), "what": ("What", "Что"), "when": ("When", "Когда"),
    "activity": ("Activity", "Деятельность"), "attendees": ("Attendees", "Участники"),
    "client_people": ("Client people", "Люди клиента"),
    "covered": ("With a counterpart", "С визави"), "comb_gaps": ("Gaps", "Пробелы"),
    "mismatches": ("Level mismatches", "Несовпадение уровней"),
    "review": ("Review of current projects", "Обзор текущих проектов"),
    "client_goals": ("The client's business goals", "Бизнес-цели клиента"),
    "growth": ("New growth points", "Новые точки роста"),
    "plan": ("Action plan", "План действий"),
    "agenda": ("Agenda", "Повестка"),
    "influenced_by": ("Who influences them", "Кто на них влияет"),
    "two_steps": ("two steps away", "через одного"),
    "none": ("none", "нет"), "never": ("never", "не было"),
    "overdue": ("overdue", "просрочено"),
    "invalid_raci": ("needs exactly one A and at least one R",
                     "нужна ровно одна A и хотя бы одна R"),
    "continued_on": ("continued on page {page}", "продолжение на стр. {page}"),
    "continued_from": ("continued from page {page}", "начало на стр. {page}"),
    "more_reports": ("{count} reports: see page {page}", "подчинённых: {count}, стр. {page}"),
    "no_entries": ("Nothing recorded.", "Нет записей."),
    "location": ("Location", "Место"),
    "risks_actions": ("Open risks and actions of these people",
                      "Открытые риски и задачи участников"),
    "our_team": ("Our team", "Наша команда"),
    "their_side": ("Client", "Клиент"),
    "no_counterpart": ("no counterpart!", "нет визави!"),
    "ours_mark": ("ours", "наш"),
    "whom_to_meet": ("Whom to meet next", "С кем встретиться в первую очередь"),
    "support_line": ("Expected support of the buying centre: {now} (−1: all block, +1: all "
                     "champion; {alone} before influence)",
                     "Ожидаемая поддержка центра закупки: {now} (−1: все блокируют, +1: все "
                     "за нас; {alone} без учёта влияния)"),
    "stance_next": ("One step toward us", "На шаг ближе к нам"),
    "support_gain": ("Support gained", "Прирост поддержки"),
    # signal kinds' sentences (params come from graph.signals.Signal.params)
    "sig_silent": ("{name}: last contact {day}, cadence {days} days",
                   "{name}: последний контакт {day}, периодичность {days} дн."),
    "sig_silent_never": ("{name}: never contacted, cadence {days} days",
                         "{name}: контактов ещё не было, периодичность {days} дн."),
    "sig_gap": ("{name} ({role}) has no counterpart of ours",
                "{name} ({role}): нет нашего визави"),
    "sig_mismatch": ("{ours} (level {a}) meets {theirs} (level {b})",
                     "{ours} (уровень {a}) ↔ {theirs} (уровень {b})"),
    "sig_blocker": ("{name} ({stance}, influence {influence}): no owner or no recent contact",
                    "{name} ({stance}, влияние {influence}): нет владельца или давно нет контакта"),
    "sig_thread": ("the relationship rests on {ours} of ours and {theirs} of theirs",
                   "отношения держатся на наших людях: {ours}, на их людях: {theirs}"),
    "sig_sponsor": ("nobody of ours at level 1 meets the client's level 1",
                    "никто из нашего топ-уровня не связан с топ-уровнем клиента"),
    "sig_champion": ("{name} is the only champion", "{name} — единственный чемпион"),
    "sig_overdue": ("overdue since {day}: {what}", "просрочено с {day}: {what}"),
    "sig_owner": ("risk without owner: {what}", "риск без ответственного: {what}"),
    "sig_raci": ("RACI '{what}' needs exactly one A and at least one R",
                 "RACI «{what}»: нужна ровно одна A и хотя бы одна R"),
    "sig_hidden": ("{name}: influence score {score} (rank {rank}) but rated {rating}",
                   "{name}: индекс влияния {score} (место {rank}), а оценка {rating}"),
    "sig_overrated": ("{name}: rated {rating} but influence score {score}",
                      "{name}: оценка {rating}, а индекс влияния {score}"),
    "sig_spof_ours": ("{name} alone meets {mine} of the {total} buying-centre people we cover",
                      "{name} один ведёт {mine} из {total} охваченных участников закупки"),
    "sig_spof_champion": ("every way to {names} passes through champion {champion}",
                          "все пути к {names} идут через чемпиона {champion}"),
    "sig_role": ("nobody identified as {role}", "не определён: {role}"),
    # the account plan and its deck (kamdesk.report)
    "summary": ("Summary for the negotiation", "Сводка к переговорам"),
    "scores": ("attractiveness {a} · relationship {r}", "привлекательность {a} · отношения {r}"),
    "top_signals": ("Top risk signals", "Главные сигналы риска"),
    "more_in": ("{count} more: see “{section}”, p. {page}",
                "ещё {count}: см. «{section}», стр. {page}"),
    "key_people": ("Decision makers and blockers", "ЛПР и блокеры"),
    "coverage": ("Coverage by level", "Покрытие по уровням"),
    "next_meeting": ("Next meeting", "Следующая встреча"),
    "no_meeting": ("none scheduled", "не назначена"),
    "overdue_actions": ("Overdue actions", "Просроченные действия"),
    "none_overdue": ("none", "нет"),
    "analysis": ("Analysis", "Анализ"),
    "sponsor_unlinked": ("{name} — not linked to the client's top level",
                         "{name} — не связан с топ-уровнем клиента"),
    "confidential": ("Confidential — for the account team only",
                     "Конфиденциально — только для команды клиента"),
    "level_short": ("L{n}", "ур. {n}"),
    "influence_of": ("infl. {n}/5", "вл. {n}/5"),
    "page_ref": ("p. {page}", "стр. {page}"),
    # org chart
    "top_block": ("People with no manager", "Сотрудники без руководителя"),
    "team_of": ("Team of {name}", "Команда: {name}"),
    "reports_to_p": ("reports to {name}, p. {page}", "подчиняется: {name}, стр. {page}"),
    "top_p": ("top of the chart, p. {page}", "верх схемы, стр. {page}"),
    "continued_p": ("continued from p. {page}", "начало на стр. {page}"),
    "more_on": ("more on p. {page}", "продолжение на стр. {page}"),
    "below": ("below", "ниже"),
    "above": ("above", "выше"),
    "legend": ("Stance:", "Отношение:"),
    # chart overlays (graph/overlays.py): "overlay_" + the category
    "overlay_covered": ("met by one of ours", "есть наш контакт"),
    "overlay_uncovered": ("nobody of ours meets them", "никто из наших не ведёт"),
    "overlay_covering": ("meets someone of theirs", "ведёт кого-то у клиента"),
    "overlay_not_covering": ("meets nobody of theirs", "никого у клиента не ведёт"),
    "overlay_fresh": ("contact on time", "контакт в срок"),
    "overlay_due": ("contact late", "контакт запаздывает"),
    "overlay_stale": ("contact overdue", "контакт просрочен"),
    "overlay_never": ("no contact", "контакта не было"),
    "overlay_score_5": ("score 5 (highest)", "оценка 5 (высшая)"),
    "overlay_score_4": ("score 4", "оценка 4"),
    "overlay_score_3": ("score 3", "оценка 3"), "overlay_score_2": ("score 2", "оценка 2"),
    "overlay_score_1": ("score 1 (lowest)", "оценка 1 (низшая)"),
    "overlay_no_score": ("no lines: no score", "нет связей: нет оценки"),
    "legend_fresh": ("contact: ● on time ◐ late ○ overdue or never",
                     "контакт: ● в срок ◐ запаздывает ○ просрочен или не было"),
    "legend_lines": ("lines: ⟶ influence, ✕ conflict, ⋯ dotted-line manager",
                     "линии: ⟶ влияние, ✕ конфликт, ⋯ функциональное подчинение"),
    "cross_lines": ("Lines between people on different pages",
                    "Связи между людьми на разных страницах"),
    "from": ("From", "От"), "to": ("To", "К"), "kind": ("Line", "Связь"),
    "influences": ("influences", "влияет"), "conflict": ("conflict", "конфликт"),
    "dotted": ("dotted-line manager", "функц. руководитель"),
    "overview": ("Departments at a glance", "Подразделения: обзор"),
    "head": ("Head", "Руководитель"),
    "no_contact_yet": ("never contacted", "контактов ещё не было"),
    "people_count": ("People", "Людей"), "key_count": ("Key people", "Ключевых"),
    "page": ("Page", "Стр."),
    "scope_key": ("Printed: the buying centre (a decision role, a known stance or a counterpart "
                  "of ours) and their managers — {shown} of {total} people.",
                  "Напечатаны участники закупки (роль в решении, известное отношение или наш "
                  "визави) и их руководители — {shown} из {total}."),
    "scope_dept": ("Printed: department “{dept}” ({shown} of {total}).",
                   "Напечатано подразделение «{dept}» ({shown} из {total})."),
    "scope_levels": ("Printed: levels 1–{levels} ({shown} of {total}).",
                     "Напечатаны уровни 1–{levels} ({shown} из {total})."),
    # our side and the comb
    "our_side": ("Our team and the comb", "Наша команда и «гребёнка»"),
    "our_team_by_level": ("Our team by level", "Наша команда по уровням"),
    "meets": ("Meets at the client", "Встречается у клиента"),
    "comb_picture": ("The comb: who meets whom, level by level",
                     "«Гребёнка»: кто с кем встречается по уровням"),
    "comb_legend": ("solid: same level · dashed: level mismatch · red frame: nobody of ours",
                    "сплошная: тот же уровень · пунктир: разные уровни · "
                    "красная рамка: нет нашего визави"),
    "and_more": ("+{count} more", "ещё {count}"),
    "key_people_section": ("Key people: notes and contacts", "Ключевые люди: заметки и контакты"),
    "email": ("E-mail", "E-mail"), "phone": ("Phone", "Телефон"), "notes": ("Notes", "Заметки"),
    "upcoming": ("Upcoming meetings", "Предстоящие встречи"),
    "past": ("Past meetings", "Прошедшие встречи"),
    "meeting_actions": ("Action items of this meeting", "Задачи по итогам встречи"),
    "people_list": ("All client people", "Все люди клиента"),
}

# The names of signal kinds (SignalKind lives in graph.signals, which imports this module).
_SIGNAL_KINDS: dict[str, tuple[str, str]] = {
    "silent_client": ("silent client", "давно без контакта"),
    "comb_gap": ("comb gap", "пробел в гребёнке"),
    "level_mismatch": ("level mismatch", "несовпадение уровней"),
    "unmanaged_blocker": ("unmanaged blocker", "блокер без работы"),
    "single_threaded": ("single-threaded", "одна нить отношений"),
    "no_executive_sponsor": ("no executive sponsor", "нет executive-спонсора"),
    "single_champion": ("single champion", "единственный чемпион"),
    "overdue_action": ("overdue action", "просроченное действие"),
    "risk_without_owner": ("risk without owner", "риск без ответственного"),
    "invalid_raci": ("invalid RACI", "некорректная RACI"),
    "hidden_influencer": ("hidden influencer", "скрытый влиятель"),
    "overrated": ("overrated", "влияние переоценено"),
    "single_point_of_failure": ("single point of failure", "единая точка отказа"),
    "missing_role": ("missing role", "роль не определена"),
}

# -------------------------------------------------------------------------------- refusals
# The field names used by the rules (graph.validate and graph.rules), as they read in English.
_FIELDS: dict[str, str] = {
    "id": "id", "account": "клиент", "version": "версия", "name": "имя",
    "industry": "отрасль", "business model": "бизнес-модель", "goals": "цели",
    "KAM": "KAM", "sponsor": "спонсор", "attractiveness": "привлекательность",
    "relationship strength": "сила отношений", "stage": "стадия", "notes": "заметки",
    "side": "сторона", "level": "уровень", "stance": "отношение", "role": "роль",
    "decision role": "роль в решении", "last contact": "последний контакт", "photo": "фото",
    "title": "должность", "department": "подразделение", "email": "e-mail",
    "phone": "телефон", "priorities": "приоритеты", "external id": "внешний id",
    "influence": "влияние", "cadence": "периодичность", "dotted": "пунктир",
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
}

# Why a value is refused: key → (English, Russian); {params} from the error.
_REASONS: dict[str, tuple[str, str]] = {
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
    "raci_once": ("each party appears once per activity",
                  "каждый участник — не больше одного раза в строке"),
    "keeps_kind": ("a link keeps its kind", "связь не меняет свой вид"),
    "ours": ("must be one of our people in this account",
             "должен быть одним из наших людей этого клиента"),
    "missing_person": ("no such person in this account", "такого человека нет у этого клиента"),
    "missing_meeting": ("no such meeting in this account", "такой встречи нет у этого клиента"),
}

# The things a refusal can name.
_KINDS: dict[str, tuple[str, str]] = {
    "person": ("person", "человека"), "link": ("link", "связи"),
    "Account": ("account", "клиента"), "Person": ("person", "человека"),
    "Link": ("link", "связи"), "Kpi": ("KPI", "KPI"), "ValueEntry": ("value entry", "записи"),
    "RaciActivity": ("RACI activity", "строки RACI"), "Risk": ("risk", "риска"),
    "Meeting": ("meeting", "встречи"), "ActionItem": ("action item", "задачи"),
}

# The domain's refusals: error key → (English, Russian) templates.
_ERRORS: dict[str, tuple[str, str]] = {
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


def _fmt_number(value: float, lang: str) -> str:
    """A number as people of the language write it: 1,234.5 / 1 234,5; a true minus."""
    shown = f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:,.0f}"
    if lang == "ru":
        shown = shown.replace(",", "\u00a0").replace(".", ",")
    return shown.replace("-", "\u2212")


class Vocabulary:
    """The words of one language: ``v("stance")``, ``v.enum(Stance.BLOCKER)``, ``v.error(e)``."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {lang!r}")
        self.lang = lang
        self._i = LANGUAGES.index(lang)

    def __call__(self, key: str, **values: object) -> str:
        text = _WORDS[key][self._i]
        return text.format(**values) if values else text

    def enum(self, value: Enum | None) -> str:
        """The word for an enum value; "—" for none."""
        if value is None:
            return "—"
        if isinstance(value, Level):
            return self.level(value)
        words = _ENUMS.get(type(value), {})
        raw = str(value.value)
        if raw in words:
            return words[raw][self._i]
        if raw in _SIGNAL_KINDS:
            return _SIGNAL_KINDS[raw][self._i]
        return raw

    def choices(self, cls: type[Enum]) -> list[tuple[Enum, str]]:
        """Every value of an enum with its word, in the enum's order (for drop-downs)."""
        return [(member, self.enum(member)) for member in cls]

    def level(self, level: int, *, long: bool = False) -> str:
        return _LEVELS[int(level)][0 if long else 1][self._i]

    def field(self, name: str) -> str:
        """A field name as the rules spell it ("last contact"), in this language."""
        return name if self._i == 0 else _FIELDS.get(name, name)

    def kind(self, name: str) -> str:
        pair = _KINDS.get(name)
        return pair[self._i] if pair else name

    def day(self, value: date | None) -> str:
        if value is None:
            return "—"
        return value.strftime("%d.%m.%Y") if self.lang == "ru" else value.isoformat()

    def number(self, value: float) -> str:
        return _fmt_number(value, self.lang)

    def text(self, key: str, params: Mapping[str, object]) -> str:
        """A sentence of the catalogue with its parameters shown in this language."""
        return _WORDS[key][self._i].format(**{k: self.shown(v) for k, v in params.items()})

    def shown(self, value: object) -> object:
        """A parameter as the reader sees it: enum words, local dates; text as typed."""
        if isinstance(value, Enum):
            return self.enum(value)
        if isinstance(value, date):
            return self.day(value)
        return value

    def error(self, error: BaseException) -> str:
        """A refusal as a sentence in this language.

        Errors that carry a catalogue key (every ``DomainError`` of kamdesk.graph) are
        worded here; anything else falls back to its own (English) message.
        """
        key = getattr(error, "key", None)
        params = getattr(error, "params", None)
        if key not in _ERRORS or params is None:
            return str(error)
        return self.refusal(key, params)

    def refusal(self, key: str, params: Mapping[str, object]) -> str:
        shown = dict(params)
        if key == "invalid_value":
            reason = _REASONS.get(str(params["reason"]))
            extra = params.get("extra") or {}
            assert isinstance(extra, Mapping)
            shown["reason"] = (reason[self._i].format(**extra) if reason
                               else str(params["reason"]))
            shown["field"] = self.field(str(params["field"]))
        if "kind" in shown:
            shown["kind"] = self.kind(str(shown["kind"]))
        for side in ("source_side", "target_side"):
            if side in shown:
                shown[side] = self.enum(t.Side(str(shown[side])))
        return _ERRORS[key][self._i].format(**shown)


@cache
def vocabulary(lang: str) -> Vocabulary:
    return Vocabulary(lang)


def english_error(key: str, params: Mapping[str, object]) -> str:
    """The English sentence of a refusal (``str()`` of every DomainError)."""
    return vocabulary("en").refusal(key, params)


Labels = Vocabulary  # the report's name for it


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
    "roots": ("{count} people have no manager (several roots): {names}",
              "у {count} человек нет руководителя (несколько вершин): {names}"),
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
    "title_rows": ("the header is row {row}; {count} title rows above it were skipped",
                   "заголовок таблицы — строка {row}; строк названия над ним пропущено: "
                   "{count}"),
    "footer": ("{count} footer lines under the table were ignored (from row {row})",
               "строк под таблицей не прочитано: {count} (начиная со строки {row})"),
    "reading_stopped": ("reading stopped after {count} empty rows in a row",
                        "чтение остановлено после {count} пустых строк подряд"),
    "columns_cut": ("cells right of column {limit} were ignored in {count} rows",
                    "ячейки правее столбца {limit} не прочитаны в {count} строках"),
    "merged": ("{count} merged cells gave their value to the cells they cover",
               "объединённые ячейки отдали своё значение покрытым ячейкам: {count}"),
    "cp1252": ("read as cp1252 (Western European): its letters make no Cyrillic words; if "
               "that is wrong, import with --encoding cp1251",
               "прочитано как cp1252 (западноевропейская): из букв не складываются русские "
               "слова; если это не так, импортируйте с --encoding cp1251"),
    "garbled": ("the text looks garbled ({count} places look like UTF-8 that was once read as "
                "{codepage} and saved again); import with --encoding repair to repair it",
                "текст выглядит искажённым ({count} мест похожи на UTF-8, однажды прочитанный "
                "как {codepage} и сохранённый заново); импортируйте с --encoding repair, чтобы "
                "исправить"),
    "repaired": ("{count} garbled words were repaired", "исправлено искажённых слов: {count}"),
    "no_manager_column": ("no manager column was found: the people come in without reporting "
                          "lines (map one with --map manager=COLUMN)",
                          "столбец руководителя не найден: люди будут импортированы без линий "
                          "подчинения (укажите его: --map manager=СТОЛБЕЦ)"),
    "placeholders": ("{count} posts have no disclosed or current holder (N/D, vacant): each "
                     "comes in as a placeholder person named after the post, keeping its "
                     "place and its lines, its notes starting with 'placeholder:'",
                     "должностей без раскрытого или текущего сотрудника (N/D, вакансия): "
                     "{count}; каждая импортируется как человек-заглушка с названием "
                     "должности, на своём месте и со своими линиями; её заметки начинаются "
                     "с «placeholder:»"),
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
    "gexf_pid": ("the hierarchy is GEXF's pid: {count} nodes name a parent",
                 "иерархия — pid в GEXF: у {count} узлов указан родитель"),
    "gexf_edges_ignored": ("{count} edges were not read as lines (the hierarchy comes from "
                           "pid)",
                           "рёбер не прочитано как линии: {count} (иерархия берётся из pid)"),
    "gexf_edges": ("the hierarchy is the edges, each from a manager to a report",
                   "иерархия — рёбра, каждое от руководителя к подчинённому"),
    "gexf_undirected": ("{count} undirected edges were not read (they do not say who reports "
                        "to whom)",
                        "ненаправленных рёбер не прочитано: {count} (они не говорят, кто кому "
                        "подчиняется)"),
    "yed": ("yEd chart: names from the node properties or the label's first line; solid edges "
            "are managers (from manager to report)",
            "схема yEd: имена — из свойств узла или первой строки подписи; сплошные рёбра — "
            "руководители (от руководителя к подчинённому)"),
    "yed_dotted": ("{count} dashed, dotted or second edges became dotted-line managers",
                   "штриховых, пунктирных или вторых рёбер стало пунктирными линиями "
                   "подчинения: {count}"),
})
_IMPORT_FIELDS: dict[str, str] = {
    "first name": "имя", "last name": "фамилия", "middle name": "отчество",
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
}


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
    if "field" in shown:
        name = str(shown["field"]).replace("_", " ")
        shown["field"] = _IMPORT_FIELDS.get(name, v.field(name)) if i else name
    if "expected" in shown:
        shown["expected"] = _EXPECTED[str(shown["expected"])][i]
    if "pairs" in shown:  # the columns note: field ← header, fields in this language
        pairs = params["pairs"]
        assert isinstance(pairs, list)
        quote = "«{}»" if i else "'{}'"
        shown["pairs"] = ", ".join(
            f"{_IMPORT_FIELDS.get(f.replace('_', ' '), v.field(f.replace('_', ' '))) if i else f}"
            f" \u2190 {quote.format(h)}" for f, h in pairs)
    for word in ("which", "what"):
        if word in shown and f"{shown[word]}" in _IMPORT:
            shown[word] = _IMPORT[str(shown[word])][i]
    return _IMPORT[key][i].format(**shown)
