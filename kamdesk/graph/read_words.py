"""The words of the importer's whole-file refusals (``kamdesk.io.text.ReadError``), en + ru.

Part of the one vocabulary (``graph.vocabulary`` words them: ``vocabulary(lang).error(e)``,
as for the domain's refusals). A ReadError carries one of these keys and its parameters;
numbers are written the language's way, the file's own values (names, columns, encodings)
as given. Each sentence is about the file and says what to do, never "please report it".
"""

from __future__ import annotations

# key → (English, Russian); {params} from the error
READS: dict[str, tuple[str, str]] = {
    # the file itself (io.safe, io.sources)
    "no_such_file": ("{name}: no such file", "{name}: такого файла нет"),
    "permission": ("{name}: permission denied", "{name}: нет прав на чтение файла"),
    "unreadable": ("{name} cannot be read ({reason})", "{name} не читается ({reason})"),
    "folder": ("{name} is a folder, not a file", "{name} — папка, а не файл"),
    "special_file": ("{name} is not a regular file (a device, a pipe or a socket); save the "
                     "data as a file and import that",
                     "{name} — не обычный файл (устройство, канал или сокет); сохраните данные "
                     "в файл и импортируйте его"),
    "too_big": ("{name} is {size} MB; kamdesk imports files up to {limit} MB",
                "{name}: {size} МБ; kamdesk импортирует файлы до {limit} МБ"),
    "grew": ("{name} grew past {limit} MB while it was read",
             "{name} вырос больше {limit} МБ, пока его читали"),
    "empty": ("{name} is empty", "{name}: файл пуст"),
    "unknown_format": ("unknown format '{fmt}'; one of {formats}",
                       "неизвестный формат «{fmt}»; допустимы: {formats}"),
    "old_xls": ("{name} is an old binary Office file (.xls): open it in Excel or LibreOffice "
                "and save it as .xlsx or CSV, then import that",
                "{name} — старый двоичный файл Office (.xls): откройте его в Excel или "
                "LibreOffice, сохраните как .xlsx или CSV и импортируйте"),
    "document_too_big": ("{name} is {size} MB; kamdesk reads {what} files up to {limit} MB "
                         "(save it as CSV for more)",
                         "{name}: {size} МБ; kamdesk читает файлы {what} до {limit} МБ (для "
                         "большего сохраните его в CSV)"),
    "no_names": ("no column holds the names: none of the file's {count} columns is called "
                 "like a name (name, full name, ФИО, first and last name); map one with --map "
                 "name=COLUMN",
                 "ни в одном столбце нет имён: ни один из {count} столбцов файла не назван как "
                 "имя (name, full name, ФИО, имя и фамилия); укажите его: --map "
                 "name=СТОЛБЕЦ"),
    "no_names_garbled": ("no column holds the names: none of the file's {count} columns is "
                         "called like a name (name, full name, ФИО, first and last name); its "
                         "text looks garbled: import with --encoding repair",
                         "ни в одном столбце нет имён: ни один из {count} столбцов файла не "
                         "назван как имя (name, full name, ФИО, имя и фамилия); текст выглядит "
                         "искажённым: импортируйте с --encoding repair"),
    "map_syntax": ("--map takes FIELD=COLUMN with FIELD one of {fields}; not '{item}'",
                   "--map принимает ПОЛЕ=СТОЛБЕЦ, где ПОЛЕ — одно из: {fields}; а не «{item}»"),
    "map_no_column": ("--map '{item}': the file has no column '{header}'",
                      "--map «{item}»: в файле нет столбца «{header}»"),
    # zip and XML bombs (io.safe)
    "zip_part_bomb": ("the workbook's part '{part}' inflates {ratio} times (a zip bomb); "
                      "refused",
                      "часть книги «{part}» при распаковке растёт в {ratio} раз (zip-бомба); "
                      "файл не принят"),
    "zip_too_big": ("the workbook inflates to more than {limit} MB; refused (save fewer rows "
                    "or as CSV)",
                    "книга при распаковке занимает больше {limit} МБ; файл не принят "
                    "(сохраните меньше строк или в CSV)"),
    "xml_entities": ("the {what} file declares XML entities; kamdesk does not read such files "
                     "(they can be used to attack the program reading them)",
                     "файл {what} объявляет сущности XML; kamdesk не читает такие файлы (ими "
                     "можно атаковать читающую их программу)"),
    # tables (io.tables, io.text)
    "no_header": ("the file has no header row and no data",
                  "в файле нет ни строки заголовков, ни данных"),
    "too_many_rows": ("the file has {count} rows; kamdesk imports up to {limit}",
                      "в файле {count} строк; kamdesk импортирует до {limit}"),
    "sheet_too_many_rows": ("the sheet has more than {limit} rows; kamdesk imports up to "
                            "{limit}",
                            "на листе больше {limit} строк; kamdesk импортирует до {limit}"),
    "not_workbook": ("not a readable Excel workbook ({detail})",
                     "это не читаемая книга Excel ({detail})"),
    "no_visible_sheet": ("the workbook has no visible sheet", "в книге нет видимого листа"),
    "not_spreadsheet": ("not a readable OpenDocument spreadsheet ({detail})",
                        "это не читаемая таблица OpenDocument ({detail})"),
    "sheet_too_many_cells": ("the sheet's repeated rows and cells make more than {limit} "
                             "cells; kamdesk reads up to {limit} (save only the rows and "
                             "columns of people)",
                             "повторы строк и ячеек листа дают больше {limit} ячеек; kamdesk "
                             "читает до {limit} (сохраните только строки и столбцы с людьми)"),
    "sheet_unreadable": ("the workbook's sheet cannot be read ({detail})",
                         "лист книги не читается ({detail})"),
    "unknown_encoding": ("the file is not valid {encoding}: kamdesk knows no such encoding "
                         "(try utf-8, cp1251, cp1252 or repair)",
                         "файл не в кодировке {encoding}: kamdesk не знает такой кодировки "
                         "(попробуйте utf-8, cp1251, cp1252 или repair)"),
    "not_encoding": ("the file is not valid {encoding}: byte {byte} cannot be read as "
                     "{encoding}",
                     "файл не в кодировке {encoding}: байт {byte} не читается как {encoding}"),
    "bad_bom": ("the file starts as {encoding} but is not: byte {byte} cannot be read",
                "файл начинается как {encoding}, но им не является: байт {byte} не читается"),
    "cell_too_long": ("a cell of the file is longer than {limit} characters; kamdesk reads "
                      "cells up to that size",
                      "ячейка файла длиннее {limit} символов; kamdesk читает ячейки не больше "
                      "этого"),
    "not_table": ("the file is not a readable table ({detail})",
                  "файл не читается как таблица ({detail})"),
    # documents (io.trees, io.sources, io.gexf, io.graphml, io.yed)
    "json_too_deep": ("the JSON file is nested too deeply to read (more levels than any org "
                      "chart has)",
                      "файл JSON вложен слишком глубоко (уровней больше, чем в любой "
                      "оргструктуре)"),
    "not_json": ("not a readable JSON file ({detail})", "это не читаемый файл JSON ({detail})"),
    "chart_too_big": ("the chart has more than {limit} people; kamdesk imports up to {limit}",
                      "в схеме больше {limit} человек; kamdesk импортирует до {limit}"),
    "json_unknown": ("the JSON file holds neither kamdesk's people, nor an org chart (objects "
                     "with children), nor a list of people",
                     "в файле JSON нет ни людей kamdesk, ни оргструктуры (объектов с children), "
                     "ни списка людей"),
    "json_not_lists": ("not a kamdesk JSON export: people and links must be lists",
                       "это не выгрузка kamdesk в JSON: people и links должны быть списками"),
    "json_person": ("person {number} of the JSON file is not an object",
                    "человек {number} в файле JSON — не объект"),
    "xml_error": ("not a readable {what} file (XML error at line {line})",
                  "это не читаемый файл {what} (ошибка XML в строке {line})"),
    "graphml_rules": ("not a readable GraphML file (its keys or data do not match GraphML's "
                      "rules)",
                      "это не читаемый файл GraphML (его ключи или данные не соответствуют "
                      "правилам GraphML)"),
    "gexf_no_nodes": ("the GEXF file has no nodes", "в файле GEXF нет узлов"),
}
# parameters that are counts and sizes (written the language's way); others are shown as given
NUMBERS = frozenset({"size", "limit", "count", "ratio", "byte", "number"})
