<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccountActions</name>
    <message>
        <source>Account name:</source>
        <translation>Название клиента:</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>У клиента должно быть название.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Название длиннее %1 знаков.</translation>
    </message>
    <message>
        <source>There is already an account named “%1”.</source>
        <translation>Клиент «%1» уже есть.</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>New account %1</source>
        <translation>Новый клиент %1</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Переименовать клиента</translation>
    </message>
    <message>
        <source>Rename account %1</source>
        <translation>Переименовать клиента %1</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Удалить клиента</translation>
    </message>
    <message>
        <source>Delete account %1</source>
        <translation>Удалить клиента %1</translation>
    </message>
    <message>
        <source>Deleted %1. Edit → Undo brings it back.</source>
        <translation>Клиент %1 удалён. Правка → Отменить вернёт его.</translation>
    </message>
    <message>
        <source>Delete the account “%1”?</source>
        <translation>Удалить клиента «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>With it go %n person(s)</source>
        <translation>
            <numerusform>Вместе с ним удаляются %n человек</numerusform>
            <numerusform>Вместе с ним удаляются %n человека</numerusform>
            <numerusform>Вместе с ним удаляются %n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n связь</numerusform>
            <numerusform>%n связи</numerusform>
            <numerusform>%n связей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n record(s) (meetings, risks, KPIs, value log, RACI).</source>
        <translation>
            <numerusform>и %n запись (встречи, риски, KPI, журнал ценности, RACI).</numerusform>
            <numerusform>и %n записи (встречи, риски, KPI, журнал ценности, RACI).</numerusform>
            <numerusform>и %n записей (встречи, риски, KPI, журнал ценности, RACI).</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this while the window is open.</source>
        <translation>Пока окно открыто, это можно отменить.</translation>
    </message>
</context>
<context>
    <name>AccountDocument</name>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Нельзя отменить или повторить</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1: отказано</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Правка: %1</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <source>Add report</source>
        <translation>Добавить подчинённого</translation>
    </message>
    <message>
        <source>Add peer</source>
        <translation>Добавить коллегу</translation>
    </message>
    <message>
        <source>Add manager</source>
        <translation>Добавить руководителя</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удалить: %1</translation>
    </message>
    <message>
        <source>Mark %1 as left</source>
        <translation>Отметить уход: %1</translation>
    </message>
    <message>
        <source>%1 is back</source>
        <translation>%1 снова в компании</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Переместить: %1</translation>
    </message>
    <message>
        <source>Draw influence line</source>
        <translation>Линия влияния</translation>
    </message>
    <message>
        <source>Link counterpart</source>
        <translation>Связать с визави</translation>
    </message>
    <message>
        <source>Mark conflict</source>
        <translation>Отметить конфликт</translation>
    </message>
    <message>
        <source>Add dotted-line manager</source>
        <translation>Добавить функционального руководителя</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Удалить линию</translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation>Изменить линию</translation>
    </message>
    <message>
        <source>They will report to %1 instead.</source>
        <translation>Они будут подчиняться: %1.</translation>
    </message>
    <message>
        <source>They will have no manager.</source>
        <translation>У них не будет руководителя.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n direct report(s).</source>
        <translation>
            <numerusform>У человека %1 %n прямой подчинённый.</numerusform>
            <numerusform>У человека %1 %n прямых подчинённых.</numerusform>
            <numerusform>У человека %1 %n прямых подчинённых.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Удалить: %1?</translation>
    </message>
    <message>
        <source>Delete a person</source>
        <translation>Удаление человека</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Business model (their words)</source>
        <translation>Бизнес-модель (их словами)</translation>
    </message>
    <message>
        <source>Their goals (their words)</source>
        <translation>Их цели (их словами)</translation>
    </message>
    <message>
        <source>Our KAM</source>
        <translation>Наш KAM</translation>
    </message>
    <message>
        <source>Our executive sponsor</source>
        <translation>Наш спонсор из руководства</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Стадия отношений</translation>
    </message>
    <message>
        <source>Required roles</source>
        <translation>Обязательные роли</translation>
    </message>
    <message>
        <source>Attractiveness (0–10)</source>
        <translation>Привлекательность (0–10)</translation>
    </message>
    <message>
        <source>Relationship strength (0–10)</source>
        <translation>Сила отношений (0–10)</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Квадрант</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message>
        <source>Meets the client&apos;s level 1: no signal.</source>
        <translation>Встречается с первым уровнем клиента: сигнала нет.</translation>
    </message>
    <message>
        <source>Someone of ours meets the client&apos;s level 1.</source>
        <translation>Кто-то из наших встречается с первым уровнем клиента.</translation>
    </message>
    <message>
        <source>No executive sponsor: nobody of ours at level 1 meets the client&apos;s level 1.</source>
        <translation>Нет спонсора из руководства: никто из наших первого уровня не встречается с первым уровнем клиента.</translation>
    </message>
    <message>
        <source>%1 meets nobody at the client&apos;s level 1: the signal stays.</source>
        <translation>%1 не встречается ни с кем из первого уровня клиента: сигнал остаётся.</translation>
    </message>
    <message>
        <source>Link with %1</source>
        <translation>Связать с: %1</translation>
    </message>
    <message>
        <source>Make %1 the sponsor</source>
        <translation>Сделать спонсором: %1</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Изменить клиента</translation>
    </message>
    <message>
        <source>Link counterpart</source>
        <translation>Связать с визави</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Actions</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Across the portfolio</source>
        <translation>По всему портфелю</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Отметить выполненным</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>(everyone)</source>
        <translation>(все)</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue</source>
        <translation>открыто: %1, просрочено: %2</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <source>No value recorded yet</source>
        <translation>Ценность ещё не записана</translation>
    </message>
    <message>
        <source>Balance (delivered − received), %1</source>
        <translation>Баланс (отдали − получили), %1</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>since the last meeting</source>
        <translation>после последней встречи</translation>
    </message>
    <message>
        <source>since a date</source>
        <translation>с даты</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>When, by whom</source>
        <translation>Когда, кто</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>The chart is empty: there is nothing to export.</source>
        <translation>Схема пуста: экспортировать нечего.</translation>
    </message>
    <message>
        <source>The chart is %1 × %2 pixels: as one image its cards would be too small to read. Export it as SVG (one drawing at full size) or as a PDF of %3 pages.</source>
        <translation>Схема размером %1 × %2 пикселей: на одном изображении карточки будет не прочитать. Экспортируйте её в SVG (один рисунок в полный размер) или в PDF на %3 стр.</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Не удалось записать %1</translation>
    </message>
    <message>
        <source>The chart would take %1 pages. Collapse some branches or show fewer levels first, or export it as SVG.</source>
        <translation>Схема заняла бы %1 стр. Сначала сверните часть ветвей или оставьте меньше уровней, или экспортируйте её в SVG.</translation>
    </message>
    <message>
        <source>page %1 of %2 · row %3, column %4</source>
        <translation>страница %1 из %2 · ряд %3, столбец %4</translation>
    </message>
    <message>
        <source>Cannot write the file</source>
        <translation>Не удалось записать файл</translation>
    </message>
    <message>
        <source>contact on time</source>
        <translation>контакт вовремя</translation>
    </message>
    <message>
        <source>contact due</source>
        <translation>пора связаться</translation>
    </message>
    <message>
        <source>contact overdue</source>
        <translation>контакт просрочен</translation>
    </message>
    <message>
        <source>never met</source>
        <translation>не встречались</translation>
    </message>
    <message>
        <source>dotted-line manager</source>
        <translation>функциональный руководитель</translation>
    </message>
</context>
<context>
    <name>ChartLooks</name>
    <message>
        <source>Focus mode: select a person. Esc leaves focus.</source>
        <translation>Режим фокуса: выберите человека. Esc — выйти из фокуса.</translation>
    </message>
    <message>
        <source>Nobody of ours meets: %1</source>
        <translation>Никто из наших не ведёт: %1</translation>
    </message>
    <message>
        <source>Way in %1: %2</source>
        <translation>Путь %1: %2</translation>
    </message>
    <message>
        <source>No way in: nobody of ours is connected to them.</source>
        <translation>Пути нет: никто из наших с ним не связан.</translation>
    </message>
    <message>
        <source>Focus on %1: %2 people within two influence steps; we meet %3 of the %4 client people among them.</source>
        <translation>Фокус на %1: %2 чел. в пределах двух шагов влияния; из %4 человек клиента среди них мы ведём %3.</translation>
    </message>
    <message>
        <source>Esc leaves focus.</source>
        <translation>Esc — выйти из фокуса.</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <source>Contact freshness</source>
        <translation>Свежесть контакта</translation>
    </message>
    <message>
        <source>Influence score</source>
        <translation>Оценка влияния</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Проверьте столбцы</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Формат: %1</translation>
    </message>
    <message>
        <source>encoding: %1</source>
        <translation>кодировка: %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>вертикальная черта</translation>
    </message>
    <message>
        <source>delimiter: %1</source>
        <translation>разделитель: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds the names.</source>
        <translation>Выберите столбец с именами.</translation>
    </message>
</context>
<context>
    <name>CombView</name>
    <message>
        <source>Comb</source>
        <translation>Гребёнка</translation>
    </message>
    <message>
        <source>All our people</source>
        <translation>Все наши люди</translation>
    </message>
    <message>
        <source>On a large account the comb shows only the people who matter; tick to show all of ours.</source>
        <translation>На большом клиенте гребёнка показывает только важных людей; отметьте, чтобы показать всех наших.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Наша команда</translation>
    </message>
    <message>
        <source>no counterpart!</source>
        <translation>нет визави!</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export account plan</source>
        <translation>Экспорт плана по клиенту</translation>
    </message>
    <message>
        <source>Writing the account plan…</source>
        <translation>Пишется план по клиенту…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cannot write the plan</source>
        <translation>Не удалось записать план</translation>
    </message>
    <message>
        <source>No meetings</source>
        <translation>Нет встреч</translation>
    </message>
    <message>
        <source>This account has no meetings yet.</source>
        <translation>У этого клиента ещё нет встреч.</translation>
    </message>
    <message>
        <source>Meeting brief</source>
        <translation>Справка к встрече</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Встреча:</translation>
    </message>
    <message>
        <source>Export meeting brief</source>
        <translation>Экспорт справки к встрече</translation>
    </message>
    <message>
        <source>Cannot write the brief</source>
        <translation>Не удалось записать справку</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <source>CSV, Excel or OpenDocument, a Salesforce, Dynamics 365, HubSpot or Bitrix24 export, GraphML (yEd), GEXF, JSON or vCard.</source>
        <translation>CSV, Excel или OpenDocument, выгрузка Salesforce, Dynamics 365, HubSpot или Битрикс24, GraphML (yEd), GEXF, JSON или vCard.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>определить</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <source>Into account:</source>
        <translation>В клиента:</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Импорт людей</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Only the selected person</source>
        <translation>Только выбранный человек</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>добавлено: %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>удалено: %1</translation>
    </message>
    <message>
        <source>changed %1: %2</source>
        <translation>изменено: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import people</source>
        <translation>Импорт людей</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>Импорт в %1</translation>
    </message>
    <message>
        <source>The import failed, nothing was changed: %1</source>
        <translation>Импорт не удался, ничего не изменено: %1</translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Отклонение</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>Добавить KPI</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>Удалить KPI</translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation>Изменить KPI</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Новый KPI</translation>
    </message>
</context>
<context>
    <name>LeavingDialog</name>
    <message>
        <source>Mark %1 as left</source>
        <translation>Отметить уход: %1</translation>
    </message>
    <message>
        <source>another company, retired, unknown…</source>
        <translation>другая компания, на пенсии, неизвестно…</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— пока никто —</translation>
    </message>
    <message>
        <source>Hand their counterpart lines to the successor</source>
        <translation>Передать связи «визави» преемнику</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Дата ухода</translation>
    </message>
    <message>
        <source>Went to</source>
        <translation>Куда ушёл(ла)</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Преемник</translation>
    </message>
    <message>
        <source>They leave the chart, the comb and the signals; their lines and history are kept. View ▸ Show people who left shows them greyed.</source>
        <translation>Человек исчезнет из схемы, «гребёнки» и сигналов; связи и история сохранятся. Вид ▸ Показать ушедших — покажет их серыми.</translation>
    </message>
</context>
<context>
    <name>LeavingSection</name>
    <message>
        <source>Mark as left…</source>
        <translation>Отметить уход…</translation>
    </message>
    <message>
        <source>Back at the client</source>
        <translation>Снова в компании</translation>
    </message>
</context>
<context>
    <name>LiveLink</name>
    <message>
        <source>You are a viewer of this account: it can be read here, not changed.</source>
        <translation>Вы наблюдатель этого клиента: здесь его можно читать, но не менять.</translation>
    </message>
    <message>
        <source>Read-only: you are a viewer of this account</source>
        <translation>Только чтение: у вас роль наблюдателя в этом аккаунте</translation>
    </message>
    <message>
        <source>This account changed elsewhere</source>
        <translation>Аккаунт изменён в другом месте</translation>
    </message>
    <message>
        <source>%1 changed %2</source>
        <translation>%1 изменил(а): %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Find a person (Ctrl+F)</source>
        <translation>Найти человека (Ctrl+F)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Открытие…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Новое рабочее пространство…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Открыть рабочее пространство…</translation>
    </message>
    <message>
        <source>Open &amp;team server…</source>
        <translation>Открыть &amp;командный сервер…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Открыть &amp;недавнее</translation>
    </message>
    <message>
        <source>&amp;Import people…</source>
        <translation>&amp;Импорт людей…</translation>
    </message>
    <message>
        <source>E&amp;xport people…</source>
        <translation>&amp;Экспорт людей…</translation>
    </message>
    <message>
        <source>Export &amp;chart as image…</source>
        <translation>Экспорт &amp;схемы в изображение…</translation>
    </message>
    <message>
        <source>Export the &amp;visible part…</source>
        <translation>Экспорт &amp;видимой части…</translation>
    </message>
    <message>
        <source>Export account &amp;plan…</source>
        <translation>Экспорт &amp;плана по клиенту…</translation>
    </message>
    <message>
        <source>Export meeting &amp;brief…</source>
        <translation>Экспорт &amp;справки к встрече…</translation>
    </message>
    <message>
        <source>S&amp;ynchronise with the team server</source>
        <translation>С&amp;инхронизировать с сервером команды</translation>
    </message>
    <message>
        <source>New &amp;account…</source>
        <translation>Новый &amp;клиент…</translation>
    </message>
    <message>
        <source>Re&amp;name account…</source>
        <translation>Пере&amp;именовать клиента…</translation>
    </message>
    <message>
        <source>Delete accou&amp;nt…</source>
        <translation>Удалить клие&amp;нта…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Новый человек</translation>
    </message>
    <message>
        <source>&amp;Delete person</source>
        <translation>&amp;Удалить человека</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Undo account change:</source>
        <translation>Отменить действие с клиентом:</translation>
    </message>
    <message>
        <source>Redo account change:</source>
        <translation>Повторить действие с клиентом:</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Крупнее</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Мельче</translation>
    </message>
    <message>
        <source>&amp;Fit the chart</source>
        <translation>&amp;Вся схема</translation>
    </message>
    <message>
        <source>Show &amp;levels</source>
        <translation>Показать &amp;уровни</translation>
    </message>
    <message>
        <source>Top %1</source>
        <translation>Верхние: %1</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Все уровни</translation>
    </message>
    <message>
        <source>&amp;Key people only</source>
        <translation>Только &amp;ключевые люди</translation>
    </message>
    <message>
        <source>Show &amp;influence lines</source>
        <translation>Показывать линии &amp;влияния</translation>
    </message>
    <message>
        <source>Show &amp;conflict lines</source>
        <translation>Показывать линии &amp;конфликтов</translation>
    </message>
    <message>
        <source>Show people who &amp;left</source>
        <translation>Показать &amp;ушедших</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>kamdesk — %1</source>
        <translation>kamdesk — %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Не удалось открыть рабочее пространство</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Рабочее пространство не открыто</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Открыть рабочее пространство</translation>
    </message>
    <message>
        <source>kamdesk workspaces (*.kam)</source>
        <translation>Рабочие пространства kamdesk (*.kam)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Новое рабочее пространство</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>Не удалось создать рабочее пространство</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 уже существует; откройте его.</translation>
    </message>
    <message>
        <source>Open team server</source>
        <translation>Открыть командный сервер</translation>
    </message>
    <message>
        <source>PostgreSQL URL (postgresql+psycopg://user@host/database):</source>
        <translation>Адрес PostgreSQL (postgresql+psycopg://пользователь@сервер/база):</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Пароль для %1:</translation>
    </message>
    <message>
        <source>Cannot open the account</source>
        <translation>Не удалось открыть клиента</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>найден %n</numerusform>
            <numerusform>найдено %n</numerusform>
            <numerusform>найдено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>Экспорт людей</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF, in page-sized tiles (*.pdf)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg);;PDF, по страницам (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, pages: %1</source>
        <translation>PDF, страниц: %1</translation>
    </message>
    <message>
        <source>SVG</source>
        <translation>SVG</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт схемы</translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation>Не удалось экспортировать схему</translation>
    </message>
    <message>
        <source>&amp;Focus on the selected person</source>
        <translation>&amp;Фокус на выбранном человеке</translation>
    </message>
    <message>
        <source>&amp;Overlay</source>
        <translation>&amp;Раскраска</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Add an attendee: type a name</source>
        <translation>Добавить участника: введите имя</translation>
    </message>
    <message>
        <source>Remove attendee</source>
        <translation>Убрать участника</translation>
    </message>
    <message>
        <source>Attendees (both sides)</source>
        <translation>Участники (обе стороны)</translation>
    </message>
    <message>
        <source>1. Review of current projects</source>
        <translation>1. Обзор текущих проектов</translation>
    </message>
    <message>
        <source>2. The client&apos;s business goals</source>
        <translation>2. Бизнес-цели клиента</translation>
    </message>
    <message>
        <source>3. New growth points</source>
        <translation>3. Новые точки роста</translation>
    </message>
    <message>
        <source>4. Action plan</source>
        <translation>4. План действий</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Добавить задачу</translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation>Удалить задачу</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>наш</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Изменить встречу</translation>
    </message>
    <message>
        <source>Edit minutes</source>
        <translation>Изменить протокол</translation>
    </message>
    <message>
        <source>Add attendee</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>Изменить задачу</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Новая задача</translation>
    </message>
</context>
<context>
    <name>MeetingTime</name>
    <message>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>How long the meeting lasts (— not known)</source>
        <translation>Сколько длится встреча (— неизвестно)</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Прошла</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Новая встреча</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>Отметить как прошедшую</translation>
    </message>
    <message>
        <source>Invitation (.ics)…</source>
        <translation>Приглашение (.ics)…</translation>
    </message>
    <message>
        <source>Protocol e-mail (.eml)…</source>
        <translation>Письмо с протоколом (.eml)…</translation>
    </message>
    <message>
        <source>Brief (PDF)…</source>
        <translation>Справка (PDF)…</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Удалить встречу</translation>
    </message>
    <message>
        <source>Mark meeting as held</source>
        <translation>Отметить встречу как прошедшую</translation>
    </message>
    <message>
        <source>Calendar invitation (*.ics)</source>
        <translation>Приглашение в календарь (*.ics)</translation>
    </message>
    <message>
        <source>E-mail draft (*.eml)</source>
        <translation>Черновик письма (*.eml)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export meeting</source>
        <translation>Экспорт встречи</translation>
    </message>
    <message>
        <source>Cannot write the file</source>
        <translation>Не удалось записать файл</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Map</source>
        <translation>Карта связей</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Работа с клиентом</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Портфель</translation>
    </message>
</context>
<context>
    <name>OrgChartView</name>
    <message>
        <source>Line selected: Delete removes it</source>
        <translation>Линия выбрана: Delete удалит её</translation>
    </message>
    <message>
        <source>Line drawing cancelled</source>
        <translation>Рисование линии отменено</translation>
    </message>
    <message>
        <source>Click the card the line goes to (Esc cancels)</source>
        <translation>Щёлкните карточку, к которой идёт линия (Esc — отмена)</translation>
    </message>
    <message>
        <source>Org chart</source>
        <translation>Оргструктура</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Наша команда</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <source>Fit the chart</source>
        <translation>Вся схема</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Add report</source>
        <translation>Добавить подчинённого</translation>
    </message>
    <message>
        <source>Add manager</source>
        <translation>Добавить руководителя</translation>
    </message>
    <message>
        <source>Add peer</source>
        <translation>Добавить коллегу</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Развернуть</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Свернуть</translation>
    </message>
    <message>
        <source>Leave focus</source>
        <translation>Выйти из фокуса</translation>
    </message>
    <message>
        <source>Focus on this person</source>
        <translation>Фокус на этом человеке</translation>
    </message>
    <message>
        <source>Draw influence line from here</source>
        <translation>Провести линию влияния отсюда</translation>
    </message>
    <message>
        <source>Add dotted-line manager…</source>
        <translation>Добавить функционального руководителя…</translation>
    </message>
    <message>
        <source>Mark conflict with…</source>
        <translation>Отметить конфликт с…</translation>
    </message>
    <message>
        <source>Link counterpart…</source>
        <translation>Связать с визави…</translation>
    </message>
    <message>
        <source>Mark as left…</source>
        <translation>Отметить уход…</translation>
    </message>
    <message>
        <source>Back at the client</source>
        <translation>Снова в компании</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Link counterpart</source>
        <translation>Связать с визави</translation>
    </message>
    <message>
        <source>Who meets this person?</source>
        <translation>Кто встречается с этим человеком?</translation>
    </message>
    <message>
        <source>The top levels, readable. Fit again for the whole chart; View → Show levels makes it smaller.</source>
        <translation>Верхние уровни в читаемом размере. Ещё раз «Вся схема» — вся схема целиком; Вид → Показать уровни делает её меньше.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Сигналы</translation>
    </message>
    <message>
        <source>Quadrant: %1 · stage: %2</source>
        <translation>Квадрант: %1 · стадия: %2</translation>
    </message>
    <message>
        <source>Client people: %1 · ours: %2</source>
        <translation>Люди клиента: %1 · наши: %2</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Cannot change this cell</source>
        <translation>Нельзя изменить эту ячейку</translation>
    </message>
    <message>
        <source>“%1” is not a valid value here.</source>
        <translation>«%1» — недопустимое значение здесь.</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Filter by name, title, department</source>
        <translation>Фильтр по имени, должности, подразделению</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Обе стороны</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Все уровни</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Все роли</translation>
    </message>
    <message>
        <source>All stances</source>
        <translation>Любое отношение</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>At the client now</source>
        <translation>Работают сейчас</translation>
    </message>
    <message>
        <source>People who left</source>
        <translation>Ушедшие</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Vacant post</source>
        <translation>Вакансия</translation>
    </message>
    <message>
        <source>Nobody holds it yet</source>
        <translation>Пока никем не занята</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Decision role</source>
        <translation>Роль в решении</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <source>Influence (1–5)</source>
        <translation>Влияние (1–5)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Встречались</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>default for the role</source>
        <translation>как для роли</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Contact every</source>
        <translation>Контакт каждые</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Приоритеты</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Внешний id</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>Никто не выбран</translation>
    </message>
    <message>
        <source>Edit %1: %2</source>
        <translation>Правка %1: %2</translation>
    </message>
    <message>
        <source>%1: not applied, kept as a draft — %2</source>
        <translation>%1: не применено, сохранено как черновик — %2</translation>
    </message>
</context>
<context>
    <name>PortfolioMap</name>
    <message>
        <source>Portfolio map</source>
        <translation>Карта портфеля</translation>
    </message>
    <message>
        <source>Colour: the worst open signal — dark red critical, red high, orange medium, yellow low, green none. Click to open.</source>
        <translation>Цвет — самый серьёзный открытый сигнал: тёмно-красный — критический, красный — высокий, оранжевый — средний, жёлтый — низкий, зелёный — нет. Щелчок открывает клиента.</translation>
    </message>
    <message>
        <source>Bubble size: value received. No value received yet: all small.</source>
        <translation>Размер круга — полученная ценность. Ценность ещё не получена: все круги малые.</translation>
    </message>
    <message>
        <source>Bubble area: value received, against the largest in the same currency (amounts in different currencies are not compared): %1.</source>
        <translation>Площадь круга — полученная ценность относительно наибольшей в той же валюте (суммы в разных валютах не сравниваются): %1.</translation>
    </message>
</context>
<context>
    <name>PortfolioPanel</name>
    <message>
        <source>Portfolio</source>
        <translation>Портфель</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Import adds and updates all of this in one step, or nothing at all.</source>
        <translation>Пока ничего не изменено. Импорт добавит и обновит всё это за один шаг — или ничего.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Problems found (per row)</source>
        <translation>Найденные проблемы (по строкам)</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>+ add: %1</source>
        <translation>+ добавить: %1</translation>
    </message>
    <message>
        <source>~ update: %1 (%2)</source>
        <translation>~ обновить: %1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>QuadrantChart</name>
    <message>
        <source>Relationship strength →</source>
        <translation>Сила отношений →</translation>
    </message>
    <message>
        <source>Attractiveness →</source>
        <translation>Привлекательность →</translation>
    </message>
</context>
<context>
    <name>RaciPanel</name>
    <message>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <source>Department or person of ours</source>
        <translation>Наш отдел или сотрудник</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Добавить столбец</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Добавить деятельность</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Удалить деятельность</translation>
    </message>
    <message>
        <source>Add the template</source>
        <translation>Добавить шаблон</translation>
    </message>
    <message>
        <source>Delivery, service and support, documentation, contract approval, claims and warranties, payments and credit terms, training</source>
        <translation>Поставка, сервис и поддержка, документооборот, согласование договора, рекламации и гарантия, платежи и кредитные условия, обучение</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>no A</source>
        <translation>нет A</translation>
    </message>
    <message>
        <source>more than one A</source>
        <translation>больше одного A</translation>
    </message>
    <message>
        <source>no R</source>
        <translation>нет R</translation>
    </message>
    <message>
        <source>Set RACI cell</source>
        <translation>Ячейка RACI</translation>
    </message>
    <message>
        <source>Not a RACI letter</source>
        <translation>Не буква RACI</translation>
    </message>
    <message>
        <source>Rename activity</source>
        <translation>Переименовать деятельность</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Новая деятельность</translation>
    </message>
    <message>
        <source>Add the RACI template</source>
        <translation>Добавить шаблон RACI</translation>
    </message>
</context>
<context>
    <name>RelationsSection</name>
    <message>
        <source>Relations</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Remove the manager</source>
        <translation>Убрать руководителя</translation>
    </message>
    <message>
        <source>Dotted-line manager</source>
        <translation>Функциональный руководитель</translation>
    </message>
    <message>
        <source>Influences</source>
        <translation>Влияет на</translation>
    </message>
    <message>
        <source>Influenced by</source>
        <translation>Под влиянием</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Визави</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Удалить эту связь</translation>
    </message>
    <message>
        <source>weight </source>
        <translation>вес </translation>
    </message>
    <message>
        <source>strength </source>
        <translation>сила </translation>
    </message>
    <message>
        <source>never met</source>
        <translation>не встречались</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Manager…</source>
        <translation>Руководитель…</translation>
    </message>
    <message>
        <source>Dotted-line manager…</source>
        <translation>Функциональный руководитель…</translation>
    </message>
    <message>
        <source>Influences…</source>
        <translation>Влияет на…</translation>
    </message>
    <message>
        <source>Influenced by…</source>
        <translation>Под влиянием…</translation>
    </message>
    <message>
        <source>Counterpart…</source>
        <translation>Визави…</translation>
    </message>
    <message>
        <source>Conflict…</source>
        <translation>Конфликт…</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Человек:</translation>
    </message>
</context>
<context>
    <name>RiskSteps</name>
    <message>
        <source>Name the owner</source>
        <translation>Назначить ответственного</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Эскалировать</translation>
    </message>
    <message>
        <source>Update status and notify</source>
        <translation>Обновить статус и уведомить</translation>
    </message>
    <message>
        <source>E-mail draft (.eml)…</source>
        <translation>Черновик письма (.eml)…</translation>
    </message>
    <message>
        <source>1. Record</source>
        <translation>1. Зафиксировать</translation>
    </message>
    <message>
        <source>2. Name the owner</source>
        <translation>2. Назначить ответственного</translation>
    </message>
    <message>
        <source>Owner (ours)</source>
        <translation>Ответственный (наш)</translation>
    </message>
    <message>
        <source>3. Escalate</source>
        <translation>3. Эскалировать</translation>
    </message>
    <message>
        <source>Client person concerned</source>
        <translation>Затронутый человек клиента</translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation>Кому эскалировать</translation>
    </message>
    <message>
        <source>4. Update status and notify</source>
        <translation>4. Обновить статус и уведомить</translation>
    </message>
    <message>
        <source>Activity concerned (RACI)</source>
        <translation>Затронутая деятельность (RACI)</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(никто конкретно)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Сделано %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ещё нет</translation>
    </message>
    <message>
        <source>Name the owner first: the escalation goes to a manager above them.</source>
        <translation>Сначала назначьте ответственного: эскалация идёт к руководителю над ним.</translation>
    </message>
    <message>
        <source>Nobody of ours stands above the owner.</source>
        <translation>Над ответственным никого из наших нет.</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Предлагается: %1</translation>
    </message>
    <message>
        <source>Name the risk owner</source>
        <translation>Назначить ответственного за риск</translation>
    </message>
    <message>
        <source>Escalate the risk</source>
        <translation>Эскалировать риск</translation>
    </message>
    <message>
        <source>Update the risk status</source>
        <translation>Обновить статус риска</translation>
    </message>
    <message>
        <source>Save the notification</source>
        <translation>Сохранить уведомление</translation>
    </message>
    <message>
        <source>E-mail draft (*.eml)</source>
        <translation>Черновик письма (*.eml)</translation>
    </message>
</context>
<context>
    <name>RisksPanel</name>
    <message>
        <source>Risks</source>
        <translation>Риски</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation>Эскалировано</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Зафиксирован</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>Показывать решённые</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Новый риск</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Category, severity, due</source>
        <translation>Категория, серьёзность, срок</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(нет ответственного)</translation>
    </message>
    <message>
        <source>Edit risk</source>
        <translation>Изменить риск</translation>
    </message>
    <message>
        <source>Record a risk</source>
        <translation>Зафиксировать риск</translation>
    </message>
    <message>
        <source>Delete risk</source>
        <translation>Удалить риск</translation>
    </message>
</context>
<context>
    <name>SignalsPanel</name>
    <message>
        <source>Signals</source>
        <translation>Сигналы</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Сигнал</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Record as a risk</source>
        <translation>Зафиксировать как риск</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>%1 signals</source>
        <translation>Сигналов: %1</translation>
    </message>
    <message>
        <source>%1 signals so far; weighing influence…</source>
        <translation>Сигналов пока: %1; оцениваем влияние…</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>%1: removed here, changed on the server</source>
        <translation>%1: удалено здесь, изменено на сервере</translation>
    </message>
    <message>
        <source>%1: changed here, removed on the server</source>
        <translation>%1: изменено здесь, удалено на сервере</translation>
    </message>
    <message>
        <source>%n row(s) changed on both sides: which to keep?</source>
        <translation>Строк, изменённых с обеих сторон: %n. Что оставить?</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Изменено с обеих сторон</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Оставить их</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Оставить оба</translation>
    </message>
    <message>
        <source>Cannot synchronise</source>
        <translation>Синхронизация невозможна</translation>
    </message>
    <message>
        <source>Only a file checked out from a team server can be synchronised.</source>
        <translation>Синхронизировать можно только файл, выгруженный с сервера команды.</translation>
    </message>
    <message>
        <source>Synchronised: sent %1, took %2</source>
        <translation>Синхронизировано: отправлено %1, получено %2</translation>
    </message>
</context>
<context>
    <name>ValuePanel</name>
    <message>
        <source>Value</source>
        <translation>Ценность</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Добавить запись</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Удалить запись</translation>
    </message>
    <message>
        <source>%1 delivered %2, received %3, balance %4</source>
        <translation>%1: отдали %2, получили %3, баланс %4</translation>
    </message>
    <message>
        <source>No value recorded yet</source>
        <translation>Ценность ещё не записана</translation>
    </message>
    <message>
        <source>Edit value entry</source>
        <translation>Изменить запись</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Add value entry</source>
        <translation>Добавить запись</translation>
    </message>
    <message>
        <source>Remove value entry</source>
        <translation>Удалить запись</translation>
    </message>
</context>
<context>
    <name>self.actions</name>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Нельзя отменить или повторить</translation>
    </message>
</context>
</TS>
