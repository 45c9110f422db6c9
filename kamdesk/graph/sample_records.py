"""The sample's records: KPIs, value log, RACI, risks, meetings and action items."""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from datetime import date, timedelta

from kamdesk.graph import sample_data as data
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.entities import (
    ActionItem,
    Kpi,
    Meeting,
    RaciActivity,
    Risk,
    RiskStep,
    ValueEntry,
)
from kamdesk.graph.types import (
    ActionStatus,
    RaciValue,
    RiskCategory,
    RiskStatus,
    RiskStepKind,
    Severity,
    ValueDirection,
)

# One row per activity of data.RACI_ACTIVITIES, one letter per party of data.RACI_PARTIES
# (sales, production, quality, logistics, finance, legal); "." is no role.
RACI_GRID = [
    "ARIRI.",  # delivery
    "ACRI..",  # service & support
    "RIICAC",  # documentation
    "A...CR",  # contract approval
    "ACCIIC",  # claims & warranties: no R, left invalid on purpose
    "C...AR",  # payments & credit terms (legal drafts the terms)
]


def add_records(graph: AccountGraph, *, rng: random.Random, today: date, lang: int,
                ours: Mapping[str, str], client: Mapping[str, str],
                new_id: Callable[[], str]) -> None:
    def t(ru: str, en: str) -> str:
        return (ru, en)[lang]

    def ago(days: int) -> date:
        return today - timedelta(days=days)

    acc = graph.id
    for name, unit, target, actual in [(t("Выручка", "Revenue"), t("млн ₽", "£k"), 420.0, 388.5),
                                       (t("Доля кошелька", "Share of wallet"), "%", 35.0, 28.0),
                                       ("OTIF", "%", 97.0, 95.2)]:
        graph.add_record(Kpi(new_id(), acc, name, unit, target, actual, "2026"))
    # What an account pays follows how attractive it is: a portfolio map whose bubbles
    # (value received) all have one size says nothing.
    scale = 0.3 + 1.7 * graph.account.attractiveness / 10
    for days, direction, ru, en, amount in [
            (120, ValueDirection.DELIVERED, "Сократили простои линии на 14 %",
             "Cut shelf gaps by 14 %", 1_200_000.0),
            (75, ValueDirection.RECEIVED, "Референс для двух новых клиентов",
             "Reference visit for two prospects", 0.0),
            (40, ValueDirection.DELIVERED, "Бесплатный аудит склада", "Free warehouse audit",
             350_000.0),
            (12, ValueDirection.RECEIVED, "Предоплата 30 %", "30 % prepayment", 9_000_000.0)]:
        if direction is ValueDirection.RECEIVED:
            amount = round(amount * scale, -3)
        graph.add_record(ValueEntry(new_id(), acc, ago(days), direction, t(ru, en), amount,
                                    t("RUB", "GBP")))
    parties = [data.DEPARTMENTS[key][lang] for key in data.RACI_PARTIES]
    for position, ((ru, en), row) in enumerate(zip(data.RACI_ACTIVITIES, RACI_GRID,
                                                   strict=True)):
        cells = tuple((p, RaciValue(v)) for p, v in zip(parties, row, strict=True) if v != ".")
        graph.add_record(RaciActivity(new_id(), acc, t(ru, en), position, cells))

    risks = [
        (RiskCategory.ENGINEERING, t("Сбой поставки комплектующих для линии 3",
                                     "Late components for the spring range"),
         Severity.HIGH, ours["delivery"], RiskStatus.ESCALATED, t("Директор по производству",
                                                                  "Delivery Director")),
        (RiskCategory.LEGAL, t("Клиент требует штрафы 0,5 % в день", "Penalty clause of 0.5 %"),
         Severity.MEDIUM, ours["lawyer"], RiskStatus.OPEN, ""),
        (RiskCategory.FINANCE, t("Рост дебиторской задолженности до 90 дней",
                                 "Receivables past 90 days"),
         Severity.CRITICAL, None, RiskStatus.OPEN, ""),  # no owner: a signal on purpose
        (RiskCategory.PRIORITIES_CHANGED, t("Новый акционер пересматривает бюджет",
                                            "New owner reviews the budget"),
         Severity.MEDIUM, ours["kam"], RiskStatus.RESOLVED, ""),
    ]
    for i, (category, text, severity, owner, status, escalated) in enumerate(risks):
        raised = ago(60 - 12 * i)
        log = [RiskStep(raised, RiskStepKind.RECORDED, text)]
        if owner:
            log.append(RiskStep(raised + timedelta(days=1), RiskStepKind.OWNER_ASSIGNED, ""))
        if status is RiskStatus.ESCALATED:
            log.append(RiskStep(raised + timedelta(days=5), RiskStepKind.ESCALATED, escalated))
        if status is RiskStatus.RESOLVED:
            log.append(RiskStep(raised + timedelta(days=9), RiskStepKind.STATUS_UPDATED,
                                t("Отделы уведомлены", "Departments notified")))
        graph.add_record(Risk(new_id(), acc, category, text, severity, owner, status, escalated,
                              raised, raised + timedelta(days=30),
                              raised + timedelta(days=9) if status is RiskStatus.RESOLVED
                              else None, tuple(log)))

    theirs = [client[k] for k in ("ceo", "dir:finance", "dir:procurement", "coach")
              if client.get(k)]
    meetings = [
        (45, t("Квартальный обзор", "Quarterly business review"), ["ceo", "commercial", "kam"]),
        (10, t("Переговоры по контракту 2027", "2027 contract negotiation"),
         ["commercial", "kam", "lawyer"]),
        (-7, t("Стратегическая сессия", "Strategy session"), ["ceo", "kam", "delivery"]),
    ]
    for days, title, team in meetings:
        on = ago(days)
        guests = theirs[: rng.randint(min(2, len(theirs)), len(theirs))]
        attendees = tuple([ours[k] for k in team] + guests)
        past = days > 0
        m = Meeting(new_id(), acc, on, title, t("Офис клиента", "Client's office"), attendees,
                    review=t("Поставки в срок 95 %; открыты две рекламации.",
                             "On-time delivery 95 %; two claims open.") if past else
                    t("Статус проектов", "Project status"),
                    client_goals=t("Снижение себестоимости; новый цех.",
                                   "Margin; Baltic expansion."),
                    growth=t("Сервисный контракт на 3 года.", "Three-year service contract."),
                    plan=t("См. действия ниже.", "See the action items."))
        graph.add_record(m)
        for offset, what, owner, done in [
                (7, t("Отправить КП на сервисный контракт", "Send the service proposal"),
                 ours["kam"], past and days > 30),
                (14, t("Согласовать график поставок", "Agree the delivery schedule"),
                 ours["delivery"], False),
                (21, t("Организовать визит на завод", "Arrange a plant visit"),
                 theirs[0] if theirs else ours["ceo"], False)]:
            graph.add_record(ActionItem(new_id(), acc, what, owner, on + timedelta(days=offset),
                                        ActionStatus.DONE if done else ActionStatus.OPEN, m.id))
