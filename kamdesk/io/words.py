"""The words of the e-mail drafts and calendar invitations, in English and Russian.

Labels of these documents only; the user's own text goes out as typed. Words for domain
values (a status, a category, a severity) come from ``kamdesk.graph.vocabulary`` through
``value``, so the screen, the paper and the mail name them alike.
"""

from __future__ import annotations

from datetime import date
from enum import Enum

from kamdesk.graph.vocabulary import vocabulary

_WORDS: dict[str, tuple[str, str]] = {
    "minutes": ("Minutes", "Протокол"),
    "meeting": ("Meeting", "Встреча"),
    "date": ("Date", "Дата"),
    "location": ("Location", "Место"),
    "attendees": ("Attendees", "Участники"),
    "client_side": ("Client", "Клиент"),
    "our_side": ("Our team", "Наша команда"),
    "review": ("Review of current projects", "Обзор текущих проектов"),
    "client_goals": ("The client's business goals", "Бизнес-цели клиента"),
    "growth": ("New growth points", "Новые точки роста"),
    "plan": ("Action plan", "План действий"),
    "action_items": ("Action items", "Задачи"),
    "who": ("Who", "Кто"), "what": ("What", "Что"), "when": ("When", "Срок"),
    "status": ("Status", "Статус"),
    "no_minutes": ("(no minutes)", "(нет записей)"),
    "no_actions": ("No action items.", "Задач нет."),
    "nobody": ("nobody", "не назначен"),
    "no_date": ("no date", "без срока"),
    "risk": ("Risk", "Риск"),
    "account": ("Account", "Клиент"),
    "category": ("Category", "Категория"),
    "severity": ("Severity", "Серьёзность"),
    "owner": ("Owner", "Ответственный"),
    "escalated_to": ("Escalated to", "Эскалировано"),
    "raised_on": ("Raised on", "Зафиксирован"),
    "due": ("Due", "Срок"),
    "steps": ("Reaction so far", "Принятые меры"),
    "raci_of": ("By the RACI map for “{activity}”:", "По матрице RACI для «{activity}»:"),
    "no_raci": ("No RACI row names anyone for this yet.",
                "Матрица RACI пока никого не называет."),
    "R": ("Responsible", "Исполняет"), "A": ("Accountable", "Отвечает"),
    "C": ("Consulted", "Консультирует"), "I": ("Informed", "Информируется"),
    "greeting": ("Colleagues,", "Коллеги,"),
    "risk_intro": ("the status of a risk on {account} has changed.",
                   "изменился статус риска по клиенту {account}."),
}


def word(key: str, lang: str) -> str:
    en, ru = _WORDS[key]
    return ru if lang == "ru" else en


def day(when: date | None, lang: str) -> str:
    """A date as a reader of ``lang`` writes it (the vocabulary's one format)."""
    return vocabulary(lang).day(when)


def value(item: Enum, lang: str) -> str:
    """A domain value in the user's words, from the shared vocabulary."""
    return vocabulary(lang).enum(item)
