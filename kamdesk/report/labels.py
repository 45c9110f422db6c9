"""The words of the printed documents, in English and Russian.

Only labels are translated; the user's own text is printed as typed.
"""

from __future__ import annotations

from enum import Enum

LANGUAGES = ("en", "ru")

_WORDS: dict[str, tuple[str, str]] = {
    # document and sections
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
    "role": ("Decision role", "Роль в решении"), "stance": ("Stance", "Отношение"),
    "influence": ("Infl.", "Вл."), "counterpart": ("Our counterpart", "Наш визави"),
    "last_contact": ("Last contact", "Последний контакт"), "priorities": ("Priorities",
                                                                        "Приоритеты"),
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
    "overdue": ("overdue", "просрочено"), "invalid_raci": (
        "needs exactly one A and at least one R", "нужна ровно одна A и хотя бы одна R"),
    "continued_on": ("continued on page {page}", "продолжение на стр. {page}"),
    "continued_from": ("continued from page {page}", "начало на стр. {page}"),
    "more_reports": ("{count} reports: see page {page}", "подчинённых: {count}, стр. {page}"),
    "no_entries": ("Nothing recorded.", "Нет записей."),
    "location": ("Location", "Место"),
    "risks_actions": ("Open risks and actions of these people",
                      "Открытые риски и задачи участников"),
    "our_team": ("Our team", "Наша команда"),
    "their_side": ("Client", "Клиент"),
    "sig_silent": ("{name}: last contact {day}, cadence {days} days",
                   "{name}: последний контакт {day}, периодичность {days} дн."),
    "sig_gap": ("{name} ({role}) has no counterpart of ours", "{name} ({role}): нет нашего визави"),
    "sig_mismatch": ("{ours} (level {a}) meets {theirs} (level {b})",
                     "{ours} (уровень {a}) ↔ {theirs} (уровень {b})"),
    "sig_blocker": ("{name} ({stance}, influence {influence}): no owner or no recent contact",
                    "{name} ({stance}, влияние {influence}): нет владельца или давно нет контакта"),
    "sig_thread": ("the relationship rests on {ours} of ours and {theirs} of theirs",
                   "отношения держатся на {ours} наших и {theirs} их людях"),
    "sig_sponsor": ("nobody of ours at level 1 meets the client's level 1",
                    "никто из нашего топ-уровня не связан с топ-уровнем клиента"),
    "sig_champion": ("{name} is the only champion", "{name} — единственный чемпион"),
    "sig_overdue": ("overdue since {day}: {what}", "просрочено с {day}: {what}"),
    "sig_owner": ("risk without owner: {what}", "риск без ответственного: {what}"),
    "sig_raci": ("RACI '{what}' needs exactly one A and at least one R",
                 "RACI «{what}»: нужна ровно одна A и хотя бы одна R"),
}

_ENUMS: dict[str, tuple[str, str]] = {
    # Stance
    "champion": ("champion", "чемпион"), "supporter": ("supporter", "сторонник"),
    "neutral": ("neutral", "нейтрален"), "skeptic": ("skeptic", "скептик"),
    "blocker": ("blocker", "блокер"), "unknown": ("unknown", "неизвестно"),
    # DecisionRole
    "decision_maker": ("decision maker", "ЛПР"), "economic_buyer": ("economic buyer",
                                                                   "экон. покупатель"),
    "technical_evaluator": ("technical evaluator", "тех. эксперт"),
    "user": ("user", "пользователь"), "influencer": ("influencer", "влияющий"),
    "gatekeeper": ("gatekeeper", "привратник"), "approver": ("approver", "согласующий"),
    "coach": ("coach", "проводник"),
    # Quadrant, Stage
    "strategic": ("Strategic", "Стратегический"), "star": ("Star", "Звезда"),
    "status": ("Status", "Статусный"), "streamline": ("Streamline", "Оптимизация"),
    "exploratory": ("exploratory", "исследование"), "basic": ("basic", "базовая"),
    "cooperative": ("cooperative", "сотрудничество"),
    "interdependent": ("interdependent", "взаимозависимость"),
    "integrated": ("integrated", "интеграция"), "disintegrating": ("disintegrating",
                                                                  "распад"),
    # RiskCategory, Severity, RiskStatus, ActionStatus, ValueDirection
    "engineering": ("engineering", "инженерия"), "legal": ("legal", "юридические"),
    "logistics": ("warehouse & logistics", "склад и логистика"),
    "finance": ("finance", "финансы"), "engagement": ("client engagement",
                                                      "вовлечённость клиента"),
    "priorities_changed": ("client priorities changed", "сменились приоритеты клиента"),
    "other": ("other", "другое"), "low": ("low", "низкая"), "medium": ("medium", "средняя"),
    "high": ("high", "высокая"), "critical": ("critical", "критическая"),
    "open": ("open", "открыт"), "escalated": ("escalated", "эскалирован"),
    "resolved": ("resolved", "решён"), "in_progress": ("in progress", "в работе"),
    "done": ("done", "сделано"), "cancelled": ("cancelled", "отменено"),
    "delivered": ("we delivered", "мы дали"), "received": ("we received", "мы получили"),
    # SignalKind
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
}

LEVELS = {1: ("1 top", "1 топ"), 2: ("2 director", "2 директор"),
          3: ("3 head", "3 руковод."), 4: ("4 specialist", "4 спец.")}


class Labels:
    """Label lookup for one language: ``t("stance")``, ``t.enum(Stance.BLOCKER)``."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {lang!r}")
        self.lang = lang
        self._i = LANGUAGES.index(lang)

    def __call__(self, key: str, **values: object) -> str:
        text = _WORDS[key][self._i]
        return text.format(**values) if values else text

    def enum(self, value: Enum | None) -> str:
        if value is None:
            return "—"
        raw = str(value.value)
        return _ENUMS[raw][self._i] if raw in _ENUMS else raw

    def level(self, level: int) -> str:
        return LEVELS[int(level)][self._i]
