"""One catalogue words every domain value and every refusal in English and Russian."""

from __future__ import annotations

import re
from datetime import date
from enum import Enum
from typing import Any

import pytest

from kamdesk.graph import types, validate
from kamdesk.graph.entities import (
    Account,
    ActionItem,
    Kpi,
    Link,
    Meeting,
    Person,
    RaciActivity,
    Risk,
    ValueEntry,
)
from kamdesk.graph.errors import DomainError, InvalidValueError
from kamdesk.graph.signals import SENTENCE, SEVERITY, Signal, SignalKind, detect
from kamdesk.graph.types import LinkKind, RiskCategory, Side, ValueDirection
from kamdesk.graph.vocabulary import vocabulary
from tests.graph.test_one_rule_set import BAD, _add
from tests.helpers import ACC, tiny_graph

CYRILLIC = re.compile("[а-яА-ЯёЁ]")
ENUMS: list[type[Enum]] = [
    e for e in vars(types).values()
    if isinstance(e, type) and issubclass(e, Enum) and e.__module__ == types.__name__]


@pytest.mark.parametrize("enum", [*ENUMS, SignalKind], ids=lambda e: e.__name__)
def test_every_domain_value_has_a_word_in_both_languages(enum: type[Enum]) -> None:
    en, ru = vocabulary("en"), vocabulary("ru")
    for member in enum:
        assert en.enum(member), member
        word = ru.enum(member)
        assert CYRILLIC.search(word), (member, word)


def test_every_signal_kind_has_a_severity_and_a_sentence() -> None:
    assert set(SEVERITY) == set(SignalKind) == set(SENTENCE)


# One valid instance of each entity: every field then gets a value of the wrong type.
VALID: list[Any] = [
    Account(ACC, "A"), Person("p", ACC, Side.CLIENT, "P"),
    Link("l", ACC, LinkKind.INFLUENCES, "a", "b"), Kpi("k", ACC, "Revenue"),
    ValueEntry("v", ACC, date(2026, 1, 1), ValueDirection.DELIVERED, "Pilot"),
    RaciActivity("r", ACC, "Delivery"), Risk("x", ACC, RiskCategory.LEGAL, "Clause"),
    Meeting("m", ACC, date(2026, 1, 1), "QBR"), ActionItem("a", ACC, "Call"),
]
SKIP = {"log", "assignments", "attendees", "photo"}  # containers: checked inside


def _wrong(entity: Any) -> list[InvalidValueError]:
    found = []
    for field in entity._fields:
        if field in SKIP:
            continue
        for bad in (object(), "\x00" * 5):
            try:
                validate.normalized(entity._replace(**{field: bad}))
            except InvalidValueError as error:
                found.append(error)
            except DomainError:  # pragma: no cover - other typed refusals are fine too
                pass
    return found


def test_every_field_refusal_reads_in_russian_without_english_words() -> None:
    ru = vocabulary("ru")
    errors = [e for entity in VALID for e in _wrong(entity)]
    assert len(errors) > 60
    for error in errors:
        sentence = ru.error(error)
        assert CYRILLIC.search(sentence), sentence
        head = sentence.split("(получено")[0]
        # the field and the reason are worded; only ids and the shown value may be Latin
        assert not re.search(r"\b(must|only|contains|the|a|of)\b", head), sentence
        assert ru.field(error.field) != error.field or error.field in ("id", "KAM", "RACI")


@pytest.mark.parametrize(("what", "make", "error"), BAD, ids=[b[0] for b in BAD])
def test_every_rule_refusal_reads_in_russian(what: str, make: Any, error: Any) -> None:
    g = tiny_graph()
    with pytest.raises(DomainError) as refused:
        _add(g, make(g))
    en, ru = vocabulary("en").error(refused.value), vocabulary("ru").error(refused.value)
    assert en == str(refused.value)
    assert CYRILLIC.search(ru.replace("Фёдор", "").replace("Артём", "")), ru
    assert ru != en


def test_signals_are_worded_from_their_values_in_both_languages() -> None:
    g = tiny_graph()
    found = detect(g, date(2026, 11, 22))
    assert found, "the tiny account has gaps"
    ru, en = vocabulary("ru"), vocabulary("en")
    for signal in found:
        assert isinstance(signal, Signal)
        text_ru = ru.text(signal.sentence, signal.params)
        text_en = en.text(signal.sentence, signal.params)
        assert CYRILLIC.search(text_ru)
        assert "{" not in text_ru and "{" not in text_en
    silent = [s for s in found if s.kind is SignalKind.SILENT_CLIENT]
    never = [s for s in silent if s.params["day"] is None]
    # "последний контакт не было" read wrong: a person never met has no "last contact"
    assert never and all("последний контакт" not in ru.text(s.sentence, s.params)
                         for s in never)


def test_numbers_and_dates_follow_the_language() -> None:
    ru, en = vocabulary("ru"), vocabulary("en")
    assert ru.number(-1234.5) == "\u22121\u00a0234,5"
    assert en.number(1234.5) == "1,234.5"
    assert ru.day(date(2026, 3, 9)) == "09.03.2026"
    assert en.day(date(2026, 3, 9)) == "2026-03-09"
