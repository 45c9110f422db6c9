"""Words the sample generator draws from: names, departments, titles, in Russian and English.

Names are invented combinations of common names (ё kept where Russian spells it, so that
search and PDFs meet it); companies are fictional.
"""

from __future__ import annotations

RU_MALE = ["Фёдор", "Артём", "Пётр", "Алексей", "Дмитрий", "Сергей", "Игорь", "Михаил",
           "Андрей", "Олег", "Николай", "Владимир", "Евгений", "Роман", "Павел", "Илья",
           "Константин", "Григорий", "Семён", "Максим"]
RU_FEMALE = ["Алёна", "Ольга", "Наталья", "Елена", "Анна", "Мария", "Татьяна", "Ирина",
             "Светлана", "Юлия", "Екатерина", "Дарья", "Ксения", "Вера", "Людмила", "Полина"]
# Masculine surnames; the feminine form adds "а" (Королёв → Королёва).
RU_SURNAMES = ["Королёв", "Семёнов", "Соловьёв", "Журавлёв", "Воробьёв", "Иванов", "Петров",
               "Смирнов", "Кузнецов", "Попов", "Волков", "Морозов", "Лебедев", "Козлов",
               "Новиков", "Орлов", "Захаров", "Белов", "Тарасов", "Фролов", "Ершов",
               "Медведев", "Никитин", "Гусев", "Титов", "Киселёв", "Макаров", "Антонов"]
EN_FIRST = ["James", "Olivia", "William", "Emma", "Henry", "Charlotte", "George", "Amelia",
            "Thomas", "Isla", "Oliver", "Grace", "Samuel", "Sophie", "Daniel", "Hannah",
            "Edward", "Lucy", "Arthur", "Chloe", "Noah", "Ruth", "Patrick", "Megan"]
EN_LAST = ["Whitfield", "Harrington", "O'Connor", "Bennett", "Clarke", "Fletcher", "Hughes",
           "Morrison", "Patel", "Sinclair", "Turner", "Walsh", "Young", "Khan", "Doyle",
           "Ellison", "Foster", "Gallagher", "Holloway", "Jensen", "Kowalski", "Lindqvist",
           "McAllister", "Nakamura", "Okafor", "Price", "Quinn", "Reyes", "Stewart"]

# department key → (Russian name, English name)
DEPARTMENTS = {
    "management": ("Дирекция", "Executive office"),
    "finance": ("Финансы", "Finance"),
    "it": ("ИТ", "IT"),
    "procurement": ("Закупки", "Procurement"),
    "production": ("Производство", "Production"),
    "logistics": ("Логистика", "Logistics"),
    "legal": ("Юридический отдел", "Legal"),
    "quality": ("Качество", "Quality"),
    "sales": ("Продажи", "Sales"),
    "hr": ("Персонал", "People"),
}
CLIENT_DEPARTMENTS = ["finance", "it", "procurement", "production", "logistics", "legal",
                      "quality", "sales", "hr"]

# department key → titles at level 2, 3, 4 in (ru, en)
TITLES = {
    "finance": (("Финансовый директор", "Chief Financial Officer"),
                ("Начальник отдела казначейства", "Head of Treasury"),
                ("Экономист", "Financial Analyst")),
    "it": (("Директор по ИТ", "Chief Information Officer"),
           ("Руководитель отдела внедрения", "Head of IT Projects"),
           ("Инженер-программист", "Systems Engineer")),
    "procurement": (("Директор по закупкам", "Procurement Director"),
                    ("Начальник отдела закупок", "Head of Purchasing"),
                    ("Менеджер по закупкам", "Buyer")),
    "production": (("Технический директор", "Chief Operating Officer"),
                   ("Начальник цеха", "Plant Manager"),
                   ("Технолог", "Process Engineer")),
    "logistics": (("Директор по логистике", "Supply Chain Director"),
                  ("Начальник склада", "Warehouse Manager"),
                  ("Специалист по логистике", "Logistics Specialist")),
    "legal": (("Директор по правовым вопросам", "General Counsel"),
              ("Руководитель договорного отдела", "Head of Contracts"),
              ("Юрист", "Legal Counsel")),
    "quality": (("Директор по качеству", "Quality Director"),
                ("Руководитель службы качества", "Head of Quality Assurance"),
                ("Инженер по качеству", "Quality Engineer")),
    "sales": (("Коммерческий директор", "Chief Commercial Officer"),
              ("Руководитель отдела продаж", "Head of Sales"),
              ("Менеджер по продажам", "Sales Manager")),
    "hr": (("Директор по персоналу", "Chief People Officer"),
           ("Руководитель отдела кадров", "Head of HR Operations"),
           ("Специалист по кадрам", "HR Specialist")),
}
TOP_TITLES = (("Генеральный директор", "Chief Executive Officer"),
              ("Председатель совета директоров", "Chairman of the Board"))
LEAD_TITLE = ("Ведущий специалист", "Lead Specialist")
ASSISTANT_TITLE = ("Помощник генерального директора", "Executive Assistant")

# Our own team: (level, department key, ru title, en title)
INTERNAL_TEAM = [
    (1, "management", "Генеральный директор", "Chief Executive Officer"),
    (2, "sales", "Коммерческий директор", "Commercial Director"),
    (2, "production", "Директор по производству", "Delivery Director"),
    (3, "sales", "Ключевой менеджер", "Key Account Manager"),
    (3, "quality", "Руководитель сервиса", "Head of Service"),
    (3, "logistics", "Руководитель логистики", "Head of Logistics"),
    (3, "finance", "Руководитель финансового контроля", "Head of Credit Control"),
    (4, "it", "Инженер-внедренец", "Implementation Engineer"),
    (4, "sales", "Менеджер по работе с клиентами", "Account Executive"),
    (4, "legal", "Юрист", "Contracts Lawyer"),
]

RACI_ACTIVITIES = [
    ("Поставка", "Delivery"),
    ("Сервис и поддержка", "Service & support"),
    ("Документооборот", "Documentation"),
    ("Согласование договора", "Contract approval"),
    ("Рекламации и гарантия", "Claims & warranties"),
    ("Платежи и кредитные условия", "Payments & credit terms"),
]
RACI_PARTIES = ["sales", "production", "quality", "logistics", "finance", "legal"]
