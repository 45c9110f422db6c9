<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
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
        <source>CSV or Excel, a Salesforce, Dynamics 365, HubSpot or Bitrix24 export, GraphML (yEd) or vCard.</source>
        <translation>CSV или Excel, выгрузка Salesforce, Dynamics 365, HubSpot или Битрикс24, GraphML (yEd) или vCard.</translation>
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
        <source>The import failed, nothing was changed: %1</source>
        <translation>Импорт не удался, ничего не изменено: %1</translation>
    </message>
</context>
<context>
    <name>LiveLink</name>
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
        <source>Show &amp;influence lines</source>
        <translation>Показывать линии &amp;влияния</translation>
    </message>
    <message>
        <source>Show &amp;conflict lines</source>
        <translation>Показывать линии &amp;конфликтов</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
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
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
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
        <source>Wrote %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт схемы</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation>Не удалось экспортировать схему</translation>
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
        <translation>по умолчанию для роли</translation>
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
    <name>PortfolioPanel</name>
    <message>
        <source>Portfolio</source>
        <translation>Портфель</translation>
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
        <source>%1 to add, %2 to update, %3 unchanged</source>
        <translation>добавить: %1, обновить: %2, без изменений: %3</translation>
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
</TS>
