"""The report's own words beyond the shared catalogue, in English and Russian.

Kept apart so that the shared vocabulary can move without touching the report; a key here
wins over the catalogue (it also corrects a few of its sentences, e.g. "never contacted").
"""

from __future__ import annotations

from kamdesk.report.labels import Labels

EXTRA: dict[str, tuple[str, str]] = {
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
    "ours_mark": ("(ours)", "(наш)"),
    "level_short": ("L{n}", "ур. {n}"),
    "influence_of": ("infl. {n}/5", "вл. {n}/5"),
    "page_ref": ("p. {page}", "стр. {page}"),
    "sig_silent_never": ("{name}: never contacted, cadence {days} days",
                         "{name}: контактов не было, периодичность {days} дн."),
    "sig_silent": ("{name}: last contact {day}, cadence {days} days",
                   "{name}: последний контакт {day}, периодичность {days} дн."),
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
    "department": ("Department", "Подразделение"), "head": ("Head", "Руководитель"),
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


class Words(Labels):
    """The shared labels plus the report's own words (``EXTRA`` wins)."""

    def __call__(self, key: str, **values: object) -> str:
        pair = EXTRA.get(key)
        if pair is None:
            return super().__call__(key, **values)
        text = pair[0 if self.lang == "en" else 1]
        return text.format(**values) if values else text
