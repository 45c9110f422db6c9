"""A realistic sample portfolio, deterministic for a seed and a day.

Four fictional key accounts (two Russian, two English) that cover every quadrant, stance and
decision role, with deliberate comb gaps, level mismatches, an invalid RACI row, overdue
actions and a risk without owner, so that every view and signal has something to show.
``people`` scales the first account to that many client people (benchmarks use 50,000).

Everything goes through the AccountGraph edit methods, so the sample obeys every rule.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import NamedTuple

from kamdesk.graph import sample_data as data
from kamdesk.graph.account_graph import AccountGraph
from kamdesk.graph.bulk import paused_gc
from kamdesk.graph.entities import Account, Link, Person
from kamdesk.graph.sample_records import add_records
from kamdesk.graph.types import DecisionRole, Level, LinkKind, Side, Stage, Stance

MAX_PEOPLE = 50_000
# The solid manager of each member of data.INTERNAL_TEAM, by index in that list.
INTERNAL_MANAGERS = [None, 0, 0, 1, 2, 2, 1, 4, 3, 1]


class _Spec(NamedTuple):
    name: str
    russian: bool
    industry: str
    people: int
    attractiveness: float
    strength: float
    stage: Stage
    goals: str


ACCOUNTS = [
    _Spec("АО «Уралтехмаш»", True, "Машиностроение", 40, 8.5, 7.5, Stage.INTERDEPENDENT,
          "Снизить себестоимость на 8 % к 2027 году; запустить новый цех в Челябинске; "
          "перейти на единую ERP."),
    _Spec("Nordwind Retail Group", False, "Retail", 30, 7.5, 3.5, Stage.BASIC,
          "Open 40 stores in the Baltics; cut stock-outs below 2 %; move to own-brand goods."),
    _Spec("ООО «Сибирская агрокомпания»", True, "Агропромышленность", 24, 3.0, 7.0,
          Stage.COOPERATIVE, "Удвоить экспорт зерна; модернизировать элеваторы."),
    _Spec("Helix Pharmaceuticals Ltd", False, "Pharmaceuticals", 18, 2.5, 3.0,
          Stage.EXPLORATORY, "Pass the FDA audit; consolidate suppliers from 14 to 5."),
]


def generate(seed: int = 1, people: int | None = None,
             today: date | None = None) -> list[AccountGraph]:
    """The sample portfolio; the same (seed, people, today) gives the same portfolio."""
    if people is not None and not 1 <= people <= MAX_PEOPLE:
        raise ValueError(f"--people must be from 1 to {MAX_PEOPLE:,}")
    rng = random.Random(seed)
    day = today or date.today()
    graphs = []
    with paused_gc():
        for index, spec in enumerate(ACCOUNTS):
            size = people if (people is not None and index == 0) else spec.people
            graphs.append(_Builder(rng, day, spec, index, size).build())
    return graphs


class _Builder:
    def __init__(self, rng: random.Random, today: date, spec: _Spec, index: int,
                 size: int) -> None:
        self.rng, self.today, self.spec, self.index, self.size = rng, today, spec, index, size
        self.lang = 0 if spec.russian else 1
        self.graph = AccountGraph(Account(
            self.new_id(), spec.name, industry=spec.industry, goals=spec.goals,
            business_model=self.text("Производство и сервис; прямые продажи B2B.",
                                     "Stores and e-commerce; central buying."),
            attractiveness=spec.attractiveness, relationship_strength=spec.strength,
            stage=spec.stage))
        self.client: dict[str, str] = {}  # role in the story → person id
        self.ours: dict[str, str] = {}

    # ------------------------------------------------------------ helpers
    def new_id(self) -> str:
        return f"{self.rng.getrandbits(64):016x}"

    def text(self, ru: str, en: str) -> str:
        return (ru, en)[self.lang]

    def name(self) -> str:
        r = self.rng
        if self.lang == 1:
            return f"{r.choice(data.EN_FIRST)} {r.choice(data.EN_LAST)}"
        surname = r.choice(data.RU_SURNAMES)
        if r.random() < 0.45:
            return f"{r.choice(data.RU_FEMALE)} {surname}а"
        return f"{r.choice(data.RU_MALE)} {surname}"

    def days_ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low, high))

    def person(self, side: Side, level: int, title: str, dept: str, manager: str | None,
               **fields: object) -> str:
        pid = self.new_id()
        name = str(fields.pop("name", None) or self.name())
        login = f"{pid[:6]}@{'client' if side is Side.CLIENT else 'our'}.example"
        p = Person(pid, self.graph.id, side, name, title=title,
                   department=data.DEPARTMENTS[dept][self.lang], level=Level(level), email=login)
        self.graph.add_person(p._replace(**fields))  # type: ignore[arg-type]
        if manager is not None:
            self.link(LinkKind.REPORTS_TO, pid, manager)
        return pid

    def link(self, kind: LinkKind, source: str, target: str, **fields: object) -> None:
        link = Link(self.new_id(), self.graph.id, kind, source, target)
        self.graph.add_link(link._replace(**fields))  # type: ignore[arg-type]

    # ------------------------------------------------------------ the story
    def build(self) -> AccountGraph:
        self.build_ours()
        self.build_client()
        self.connect()
        self.graph.update_account(self.graph.account._replace(
            kam_id=self.ours["kam"], sponsor_id=self.ours["ceo"]))
        self.add_records()
        return self.graph

    def build_ours(self) -> None:
        ids: list[str] = []
        for (level, dept, ru, en), boss in zip(data.INTERNAL_TEAM, INTERNAL_MANAGERS,
                                               strict=True):
            manager = None if boss is None else ids[boss]
            ids.append(self.person(Side.INTERNAL, level, self.text(ru, en), dept, manager,
                                   last_contact=self.days_ago(0, 5)))
        keys = ["ceo", "commercial", "delivery", "kam", "service", "logistics", "credit",
                "engineer", "executive", "lawyer"]
        self.ours = dict(zip(keys, ids, strict=True))
        self.link(LinkKind.REPORTS_TO, self.ours["kam"], self.ours["delivery"], dotted=True)
        for _ in range(max(0, self.size // 250)):  # a large account needs a larger team
            head = self.ours[self.rng.choice(["service", "logistics", "credit"])]
            self.ours[f"extra{len(self.ours)}"] = self.person(
                Side.INTERNAL, 4, self.text("Инженер сервиса", "Service Engineer"), "quality",
                head)

    def build_client(self) -> None:
        ceo_title, chair_title = data.TOP_TITLES
        c = self.client
        c["ceo"] = self.person(Side.CLIENT, 1, ceo_title[self.lang], "management", None,
                               decision_role=DecisionRole.DECISION_MAKER,
                               stance=Stance.NEUTRAL, influence=5,
                               last_contact=self.days_ago(2, 9),
                               priorities=self.text("Себестоимость, сроки запуска",
                                                    "Margin, speed of roll-out"))
        count = 1
        if self.size >= 12:
            c["chair"] = self.person(Side.CLIENT, 1, chair_title[self.lang], "management", None,
                                     decision_role=DecisionRole.INFLUENCER, influence=5)
            c["assistant"] = self.person(Side.CLIENT, 4, data.ASSISTANT_TITLE[self.lang],
                                         "management", c["ceo"],
                                         decision_role=DecisionRole.GATEKEEPER,
                                         stance=Stance.SUPPORTER, influence=2,
                                         last_contact=self.days_ago(1, 4))
            count = 3
        directors = min(len(data.CLIENT_DEPARTMENTS), max(4, round(self.size ** 0.4)))
        queue: list[tuple[str, int, str]] = []  # (id, depth, department) in breadth-first order
        for dept in data.CLIENT_DEPARTMENTS[:directors]:
            if count >= self.size:
                break
            pid = self.person(Side.CLIENT, 2, data.TITLES[dept][0][self.lang], dept, c["ceo"],
                              **self.director_story(dept))
            c.setdefault(f"dir:{dept}", pid)
            queue.append((pid, 1, dept))
            count += 1
        head = 0
        while count < self.size and head < len(queue):
            manager, depth, dept = queue[head]
            head += 1
            low, high = (1, 3) if depth == 1 else (2, 7)
            for _ in range(self.rng.randint(low, high)):
                if count >= self.size:
                    break
                level = 3 if depth == 1 else 4
                title = data.TITLES[dept][level - 2][self.lang]
                pid = self.person(Side.CLIENT, level, title, dept, manager,
                                  **self.staff_story(level, dept, count))
                queue.append((pid, depth + 1, dept))
                count += 1
        self.lead_titles(queue)

    def lead_titles(self, queue: list[tuple[str, int, str]]) -> None:
        g = self.graph
        for pid, depth, _ in queue:
            if depth >= 3 and g.solid_reports(pid):
                g.update_person(g.person(pid)._replace(title=data.LEAD_TITLE[self.lang]))

    def director_story(self, dept: str) -> dict[str, object]:
        stories: dict[str, dict[str, object]] = {
            "finance": dict(decision_role=DecisionRole.ECONOMIC_BUYER, stance=Stance.SKEPTIC,
                            influence=4, priorities=self.text("Отсрочка платежа 60 дней",
                                                              "60-day payment terms")),
            "it": dict(decision_role=DecisionRole.TECHNICAL_EVALUATOR, stance=Stance.CHAMPION,
                       influence=4),
            "procurement": dict(decision_role=DecisionRole.APPROVER, stance=Stance.BLOCKER,
                                influence=5, priorities=self.text("Цена, второй поставщик",
                                                                  "Price, a second supplier")),
            "production": dict(decision_role=DecisionRole.USER, stance=Stance.SUPPORTER,
                               influence=3),
            "legal": dict(decision_role=DecisionRole.APPROVER, stance=Stance.NEUTRAL),
        }
        story = stories.get(dept, dict(decision_role=DecisionRole.INFLUENCER,
                                       stance=self.rng.choice(list(Stance)), influence=3))
        story["last_contact"] = self.days_ago(1, 30) if self.rng.random() < 0.85 else None
        return story

    def staff_story(self, level: int, dept: str, count: int) -> dict[str, object]:
        r = self.rng
        if level == 3 and dept == "it" and "coach" not in self.client:
            self.client["coach"] = ""  # filled by connect(); marks the coach as taken
            return dict(decision_role=DecisionRole.COACH, influence=3,
                        stance=Stance.SUPPORTER if self.index % 2 else Stance.CHAMPION,
                        last_contact=self.days_ago(1, 8))
        if level == 3 and r.random() < 0.5:
            return dict(decision_role=DecisionRole.INFLUENCER, influence=r.randint(2, 4),
                        stance=r.choice([Stance.SUPPORTER, Stance.NEUTRAL, Stance.SKEPTIC,
                                         Stance.UNKNOWN]),
                        last_contact=self.days_ago(3, 40))
        if count < 60 and r.random() < 0.3:
            return dict(decision_role=DecisionRole.USER, influence=r.randint(1, 2),
                        cadence_days=30, last_contact=self.days_ago(5, 60))
        return dict(influence=r.randint(1, 2))

    def connect(self) -> None:
        g, c, o = self.graph, self.client, self.ours
        by_role = {p.decision_role: p.id for p in reversed(list(g.people.values()))
                   if p.side is Side.CLIENT}
        c["coach"] = by_role.get(DecisionRole.COACH, "")
        pairs = [("commercial", "dir:finance", 4), ("delivery", "dir:production", 3),
                 ("kam", "dir:procurement", 2),  # a head meets a director: a level mismatch
                 ("service", "coach", 4), ("lawyer", "dir:legal", 2)]
        if self.index != 3:  # the last account has no executive sponsor link, on purpose
            pairs.insert(0, ("ceo", "ceo", 3))
        for ours, theirs, strength in pairs:
            if c.get(theirs):
                self.link(LinkKind.COUNTERPART, o[ours], c[theirs], strength=strength,
                          last_contact=self.days_ago(1, 20))
        specialists = [p.id for p in g.people.values()
                       if p.side is Side.CLIENT and p.level is Level.SPECIALIST]
        extras = [v for k, v in o.items() if k.startswith("extra") or k == "engineer"]
        for ours in extras:
            if specialists:
                self.link(LinkKind.COUNTERPART, ours, self.rng.choice(specialists),
                          strength=self.rng.randint(2, 5))
        for src, dst, weight in [("chair", "ceo", 3), ("dir:it", "ceo", 2),
                                 ("dir:finance", "dir:procurement", 2),
                                 ("dir:procurement", "dir:finance", 1), ("coach", "dir:it", 2)]:
            if c.get(src) and c.get(dst):
                self.link(LinkKind.INFLUENCES, c[src], c[dst], weight=weight)
        if c.get("dir:finance"):
            self.link(LinkKind.INFLUENCES, o["commercial"], c["dir:finance"], weight=1)
        if c.get("dir:finance") and c.get("dir:it"):
            self.link(LinkKind.CONFLICT, c["dir:finance"], c["dir:it"])
        clients = [p.id for p in g.people.values() if p.side is Side.CLIENT]
        for _ in range(len(clients) // 20):  # the informal web of a large organisation
            a, b = self.rng.sample(clients, 2)
            if g.find_link(LinkKind.INFLUENCES, a, b) is None:
                self.link(LinkKind.INFLUENCES, a, b, weight=self.rng.randint(1, 3))
        coach = c.get("coach")
        if coach and c.get("dir:production") and g.manager_of(coach) != c["dir:production"]:
            self.link(LinkKind.REPORTS_TO, coach, c["dir:production"], dotted=True)

    def add_records(self) -> None:
        add_records(self.graph, rng=self.rng, today=self.today, lang=self.lang,
                    ours=self.ours, client=self.client, new_id=self.new_id)
