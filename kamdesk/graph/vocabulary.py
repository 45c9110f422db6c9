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
from kamdesk.graph.memory_words import MEMORY_WORDS
from kamdesk.graph.read_words import NUMBERS as READ_NUMBERS
from kamdesk.graph.read_words import READS
from kamdesk.graph.refusal_words import ERRORS, FIELDS, KINDS, REASONS
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
    "kam": ("KAM", "KAM"), "sponsor": ("Executive sponsor", "Спонсор из руководства"),
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
    "sig_vacant": ("{title} ({role}) is a vacant post in the buying centre",
                   "{title} ({role}) — вакансия в закупочном центре"),
    "vacant_post": ("Vacant post", "Вакансия"),
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
_WORDS.update(MEMORY_WORDS)  # a person who left, what changed since (split off for size)

# The names of signal kinds (SignalKind lives in graph.signals, which imports this module).
_SIGNALKINDS: dict[str, tuple[str, str]] = {
    "silent_client": ("silent client", "давно без контакта"),
    "comb_gap": ("comb gap", "пробел в гребёнке"),
    "level_mismatch": ("level mismatch", "несовпадение уровней"),
    "unmanaged_blocker": ("unmanaged blocker", "блокер без работы"),
    "single_threaded": ("single-threaded", "одна нить отношений"),
    "no_executive_sponsor": ("no executive sponsor", "нет спонсора из руководства"),
    "single_champion": ("single champion", "единственный чемпион"),
    "overdue_action": ("overdue action", "просроченное действие"),
    "risk_without_owner": ("risk without owner", "риск без ответственного"),
    "invalid_raci": ("invalid RACI", "некорректная RACI"),
    "hidden_influencer": ("hidden influencer", "скрытый влиятель"),
    "overrated": ("overrated", "влияние переоценено"),
    "single_point_of_failure": ("single point of failure", "единая точка отказа"),
    "missing_role": ("missing role", "роль не определена"),
    "vacant_role": ("vacant post in the buying centre", "вакансия в закупочном центре"),
}

def _fmt_number(value: float, lang: str) -> str:
    """A number as people of the language write it: 1,234.5 / 1 234,5; a true minus."""
    shown = f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:,.0f}"
    if lang == "ru":
        shown = shown.replace(",", "\u00a0").replace(".", ",")
    return shown.replace("-", "\u2212")


# How a date is written in each language: the one place, for the screen (the UI turns it into
# a Qt display format for its date editors) and for paper.
DAY_PATTERNS = {"en": "%Y-%m-%d", "ru": "%d.%m.%Y"}


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
        if raw in _SIGNALKINDS:
            return _SIGNALKINDS[raw][self._i]
        return raw

    def choices(self, cls: type[Enum]) -> list[tuple[Enum, str]]:
        """Every value of an enum with its word, in the enum's order (for drop-downs)."""
        return [(member, self.enum(member)) for member in cls]

    def level(self, level: int, *, long: bool = False) -> str:
        return _LEVELS[int(level)][0 if long else 1][self._i]

    def field(self, name: str) -> str:
        """A field name as the rules spell it ("last contact"), in this language."""
        return name if self._i == 0 else FIELDS.get(name, name)

    def kind(self, name: str) -> str:
        pair = KINDS.get(name)
        return pair[self._i] if pair else name

    def day(self, value: date | None) -> str:
        if value is None:
            return "—"
        return value.strftime(DAY_PATTERNS.get(self.lang, "%Y-%m-%d"))

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
        if params is not None and key in READS and key not in ERRORS:
            return self.read_refusal(key, params)
        if key not in ERRORS or params is None:
            return str(error)
        return self.refusal(key, params)

    def read_refusal(self, key: str, params: Mapping[str, object]) -> str:
        """An importer's whole-file refusal (graph.read_words) in this language."""
        shown = {name: self.number(value) if name in READ_NUMBERS
                 and isinstance(value, int | float) else value
                 for name, value in params.items()}
        return READS[key][self._i].format(**shown)

    def refusal(self, key: str, params: Mapping[str, object]) -> str:
        shown = dict(params)
        if key == "invalid_value":
            reason = REASONS.get(str(params["reason"]))
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
        return ERRORS[key][self._i].format(**shown)


@cache
def vocabulary(lang: str) -> Vocabulary:
    return Vocabulary(lang)


def english_error(key: str, params: Mapping[str, object]) -> str:
    """The English sentence of a refusal (``str()`` of every DomainError)."""
    return vocabulary("en").refusal(key, params)


Labels = Vocabulary  # the report's name for it
