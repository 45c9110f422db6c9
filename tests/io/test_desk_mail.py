"""Meeting protocol (.eml), invitation (.ics) and risk notification (.eml), read back with
the standard ``email`` parser and ``icalendar``."""

from __future__ import annotations

import email
from datetime import UTC, date, datetime
from email import policy

import icalendar

from kamdesk.graph import tactic
from kamdesk.graph.entities import ActionItem, Meeting, RaciActivity
from kamdesk.graph.types import RaciValue, RiskCategory, RiskStatus
from kamdesk.io import notify, protocol
from tests.helpers import ACC, tiny_graph

DAY = date(2026, 11, 22)
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def graph_with_meeting():
    g = tiny_graph()
    g.update_person(g.person("ceo")._replace(email="fedor@client.example"))
    g.update_person(g.person("cfo")._replace(email="olivia@client.example",
                                             name='Olivia "Liv" Bennett, CFO'))
    g.update_person(g.person("kam")._replace(email="kam@us.example"))
    g.update_person(g.person("boss")._replace(email="bad address"))
    g.update_account(g.account._replace(kam_id="kam"))
    g.add_record(Meeting("m1", ACC, DAY, "Квартальный обзор", "Офис, Москва",
                         ("kam", "boss", "ceo", "cfo"), review="Поставки 95 %",
                         client_goals="Маржа", growth="Сервис", plan="См. задачи"))
    for i, (what, who, due) in enumerate([("Send the proposal", "kam", date(2026, 11, 29)),
                                          ("Plant visit", "ceo", None),
                                          ("Price list", None, date(2026, 12, 5))]):
        g.add_record(ActionItem(f"a{i}", ACC, what, who, due, meeting_id="m1"))
    return g


def test_meeting_eml_parses_back_with_minutes_and_plan() -> None:
    g = graph_with_meeting()
    msg = email.message_from_bytes(protocol.meeting_eml(g, "m1", "ru", NOW),
                                   policy=policy.default)
    assert msg["X-Unsent"] == "1"
    assert "Квартальный обзор" in msg["Subject"] and "22.11.2026" in msg["Subject"]
    assert msg["From"].addresses[0].addr_spec == "kam@us.example"
    assert {a.addr_spec for a in msg["To"].addresses} == {"fedor@client.example",
                                                          "olivia@client.example"}
    assert any(a.display_name == 'Olivia "Liv" Bennett, CFO' for a in msg["To"].addresses)
    assert msg["Cc"] is None  # the KAM sends; our CEO has no usable address
    body = msg.get_content()
    for part in ("Обзор текущих проектов", "Поставки 95 %", "Бизнес-цели клиента", "Маржа",
                 "Новые точки роста", "Сервис", "План действий", "См. задачи"):
        assert part in body
    assert "- Send the proposal — Our KAM — 29.11.2026" in body  # the reader's date format
    assert "- Plant visit — Фёдор Королёв — без срока" in body
    assert "- Price list — не назначен — 05.12.2026" in body


def test_meeting_ics_parses_back_as_an_all_day_request() -> None:
    g = graph_with_meeting()
    cal = icalendar.Calendar.from_ical(protocol.meeting_ics(g, "m1", "en", NOW))
    assert str(cal["method"]) == "REQUEST"
    (event,) = cal.walk("VEVENT")
    assert str(event["summary"]) == "Квартальный обзор"
    assert str(event["location"]) == "Офис, Москва"
    assert event.decoded("dtstart") == DAY and event.decoded("dtend") == date(2026, 11, 23)
    assert str(event["uid"]) == "m1@kamdesk"
    attendees = event["attendee"]
    assert sorted(str(a) for a in attendees) == ["mailto:fedor@client.example",
                                                 "mailto:kam@us.example",
                                                 "mailto:olivia@client.example"]
    assert str(event["organizer"]) == "mailto:kam@us.example"
    assert "Review of current projects: Поставки 95 %" in str(event["description"])


def test_risk_notification_names_raci_and_mails_the_row() -> None:
    g = graph_with_meeting()
    g.update_person(g.person("kam")._replace(department="Sales"))
    row = RaciActivity("r1", ACC, "Delivery", 0, (("Sales", RaciValue.RESPONSIBLE),
                                                  ("boss", RaciValue.ACCOUNTABLE),
                                                  ("Legal", RaciValue.INFORMED)))
    risk = tactic.record(ACC, RiskCategory.LOGISTICS, "Late trucks\r\nBcc: x@y", DAY)
    risk = tactic.assign_owner(risk, "kam", DAY, "Our KAM")
    risk = tactic.update_status(risk, RiskStatus.RESOLVED, DAY, "notified")
    body = notify.text(g, risk, row, "en")
    assert "R — Responsible: Sales" in body and "A — Accountable: Our CEO" in body
    assert "I — Informed: Legal" in body and "Consulted" not in body
    assert "Owner: Our KAM" in body
    msg = email.message_from_bytes(notify.risk_eml(g, risk, row, "en", NOW),
                                   policy=policy.default)
    assert [a.addr_spec for a in msg["To"].addresses] == ["kam@us.example"]
    assert msg["Bcc"] is None  # a line break in the description does not make a header
    assert "Late trucks" in msg["Subject"]
    assert notify.text(g, risk, None, "ru").count("Матрица RACI пока никого не называет") == 1
