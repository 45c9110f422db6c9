"""File → Import people: pick a file, check the columns, preview, import.

The wizard reads and plans with kamdesk.io and kamdesk.workflows, exactly as
``kamdesk import`` does; it changes nothing until the last page, where the whole import is
one transaction.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kamdesk.graph.import_words import field_word
from kamdesk.io import formats
from kamdesk.io.formats import IMPORT_FORMATS
from kamdesk.io.plan import apply
from kamdesk.io.sources import Source, names_mapped, read_source, shown_format
from kamdesk.io.text import ReadError
from kamdesk.store import Workspace, WorkspaceError
from kamdesk.ui import i18n
from kamdesk.ui.document import AccountDocument
from kamdesk.workflows import Prepared, prepare_import, run_import

NOT_MAPPED = "—"
PREVIEW_ROWS = 8
FILTER = ("People files (*.csv *.tsv *.txt *.xlsx *.xlsm *.ods *.graphml *.xml *.gexf *.vcf "
          "*.json);;"
          "All files (*)")


class ImportWizard(QWizard):
    def __init__(self, workspace: Workspace, account: str = "",
                 parent: QWidget | None = None,
                 document: AccountDocument | None = None) -> None:
        """``document``: the account open in the window; an import into it is one undo
        step of that account (and the window keeps showing it), not a reload."""
        super().__init__(parent)
        self.document = document
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import people"))
        self.workspace = workspace
        self.source: Source | None = None
        self.prepared: Prepared | None = None
        self.imported_account: str | None = None
        self.file_page = FilePage(self, account)
        self.columns_page = ColumnsPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.file_page, self.columns_page, self.preview_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        self.resize(860, 560)

    def read(self, mapping: dict[str, int] | None = None) -> str:
        """(Re)read the file with the current choices; an error sentence, or ""."""
        page = self.file_page
        try:
            self.source = read_source(Path(page.path.text().strip()).expanduser(),
                                      page.format.currentText(),
                                      encoding=page.encoding.currentData() or None,
                                      mapping=mapping, need_names=False)
        except (ReadError, ValueError) as error:
            self.source = None
            return i18n.words().error(error)  # the refusal in the user's language
        return ""

    def plan(self) -> str:
        assert self.source is not None
        try:
            self.prepared = prepare_import(self.workspace, self.source,
                                           self.file_page.account.currentText())
        except WorkspaceError as error:
            self.prepared = None
            return str(error)
        return ""

    def accept(self) -> None:
        if self.prepared is None:
            return
        document, prepared = self.document, self.prepared
        if document is not None and not prepared.new_account \
                and prepared.graph.id == document.graph.id:
            # planned on a fresh copy of the open account: the same ids and versions, so the
            # plan applies to the open graph, journalled as one change set and one step
            name = document.graph.account.name
            if document.compound(self.tr("Import into %1").replace("%1", name),
                                 lambda g: apply(g, prepared.plan)):
                self.imported_account = document.graph.id
                super().accept()
            return
        try:
            graph = run_import(self.workspace, prepared)
        except WorkspaceError as error:
            self.preview_page.status.setText(self.tr("The import failed, nothing was "
                                                     "changed: %1").replace("%1", str(error)))
            return
        self.imported_account = graph.id
        super().accept()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, account: str) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("CSV, Excel or OpenDocument, a Salesforce, Dynamics 365, "
                                 "HubSpot or Bitrix24 export, GraphML (yEd), GEXF, JSON or "
                                 "vCard."))
        self.path = QLineEdit(objectName="importPath")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.format = QComboBox(objectName="importFormat")
        self.format.addItems(IMPORT_FORMATS)
        self.encoding = QComboBox(objectName="importEncoding")
        for label, value in ((self.tr("detect"), ""), ("UTF-8", "utf-8"),
                             ("Windows-1251", "cp1251"), ("UTF-16", "utf-16")):
            self.encoding.addItem(label, value)
        self.account = QComboBox(objectName="importAccount")
        self.account.setEditable(True)
        self.account.addItems([a.name for a in wizard.workspace.accounts()])
        self.account.setCurrentText(account)
        self.error = QLabel(objectName="importError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b42318;")
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Encoding:"), self.encoding)
        form.addRow(self.tr("Into account:"), self.account)
        form.addRow(self.error)
        self.path.textChanged.connect(self.completeChanged)
        self.account.currentTextChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        folder = QSettings().value("import/folder") or str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import people"), str(folder),
                                              self.tr(FILTER))
        if name:
            self.path.setText(name)
            QSettings().setValue("import/folder", str(Path(name).parent))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.path.text().strip() and self.account.currentText().strip())

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        problem = self.w.read()
        self.error.setText(problem)
        return not problem


class ColumnsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check the columns"))
        self.found = QLabel(objectName="importDetected")
        self.found.setWordWrap(True)
        self.fields = QTableWidget(0, 2, objectName="importMapping")
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column in the file")])
        self.fields.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.fields.verticalHeader().hide()
        self.sample = QTableWidget(objectName="importSample")
        self.sample.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.error = QLabel(objectName="importColumnsError")
        self.error.setStyleSheet("color: #b42318;")
        top = QHBoxLayout()
        top.addWidget(self.fields, 2)
        top.addWidget(self.sample, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.found)
        layout.addLayout(top, 1)
        layout.addWidget(self.error)
        self.combos: dict[str, QComboBox] = {}
        self.facts: list[str] = []  # format, encoding, delimiter: the count is added to them
        self.notes = ""  # how the file was read, a line each

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        source = self.w.source
        assert source is not None
        table = source.table
        shown, encoding = shown_format(source)
        facts = [self.tr("Format: %1").replace("%1", shown)]
        if encoding:
            facts.append(self.tr("encoding: %1").replace("%1", encoding))
        if table is not None and table.delimiter:
            shown = {"\t": self.tr("tab"), ";": self.tr("semicolon"), ",": self.tr("comma"),
                     "|": self.tr("vertical bar")}.get(table.delimiter, table.delimiter)
            facts.append(self.tr("delimiter: %1").replace("%1", shown))
        lang = i18n.language()
        self.facts = facts
        self.notes = "".join(f"\n{n.text(lang) if hasattr(n, 'text') else n}"
                             for n in source.notes)
        self._show_facts(len(source.people))
        self.combos.clear()
        headers = table.headers if table is not None else []
        shown_fields = formats.FIELDS if table is not None else []
        self.fields.setRowCount(len(shown_fields))
        for r, field in enumerate(shown_fields):
            self.fields.setItem(r, 0, QTableWidgetItem(field_word(lang, field)))
            combo = QComboBox()
            combo.addItems([NOT_MAPPED, *headers])
            index = source.mapping.get(field)
            combo.setCurrentIndex(0 if index is None else index + 1)
            combo.currentIndexChanged.connect(self._remap)
            self.combos[field] = combo
            self.fields.setCellWidget(r, 1, combo)
        self.fields.resizeColumnToContents(0)
        self.fields.setVisible(table is not None)
        self.sample.setVisible(table is not None)
        if table is not None:
            self.sample.setColumnCount(len(headers))
            self.sample.setHorizontalHeaderLabels(headers)
            rows = table.rows[:PREVIEW_ROWS]
            self.sample.setRowCount(len(rows))
            for r, row in enumerate(rows):
                for c, text in enumerate(row[:len(headers)]):
                    self.sample.setItem(r, c, QTableWidgetItem(text))
            self.sample.resizeColumnsToContents()
        self.error.clear()

    def _remap(self) -> None:
        mapping = {f: c.currentIndex() - 1 for f, c in self.combos.items() if c.currentIndex()}
        self.error.setText(self.w.read(mapping))
        if self.w.source is not None:  # the count changes; how the file was read does not
            self._show_facts(len(self.w.source.people))

    def _show_facts(self, people: int) -> None:
        self.found.setText(" · ".join([*self.facts, self.tr("%n people", "", people)])
                           + self.notes)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.w.source is None:
            return False
        if not names_mapped(self.w.source.mapping) and self.w.source.table is not None:
            self.error.setText(self.tr("Choose the column that holds the names."))
            return False
        problem = self.w.plan()
        self.error.setText(problem)
        return not problem


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Nothing has changed yet. Import adds and updates all of this "
                                 "in one step, or nothing at all."))
        self.summary = QLabel(objectName="importSummary")
        self.summary.setStyleSheet("font-weight: 600;")
        self.changes = QListWidget(objectName="importChanges")
        self.defects = QListWidget(objectName="importDefects")
        self.defects.setWordWrap(True)  # a defect is a sentence: show all of it
        self.status = QLabel(objectName="importStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(QLabel(self.tr("Changes")))
        left.addWidget(self.changes)
        right.addWidget(QLabel(self.tr("Problems found (per row)")))
        right.addWidget(self.defects)
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        layout.addLayout(row, 1)
        layout.addWidget(self.status)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        prepared, source = self.w.prepared, self.w.source
        assert prepared is not None and source is not None
        plan = prepared.plan
        where = (self.tr("New account") if prepared.new_account else self.tr("Account"))
        lang = i18n.language()
        people, lines = plan.summary_lines(lang)  # the count lines: the vocabulary's words
        self.summary.setText(f"{where} {prepared.graph.account.name}: {people}\n{lines}")
        self.changes.clear()
        for person in plan.adds[:500]:
            self.changes.addItem(self.tr("+ add: %1").replace("%1", _line(person.name,
                                                                          person.title)))
        for before, after in plan.updates[:500]:
            changed = [i18n.words().field(f.replace("_", " ")) for f in after._fields
                       if f != "version" and getattr(before, f) != getattr(after, f)]
            self.changes.addItem(self.tr("~ update: %1 (%2)").replace("%1", _line(
                after.name, after.title)).replace("%2", ", ".join(changed)))
        self.defects.clear()
        every = sorted([*source.defects, *plan.defects],
                       key=lambda d: (d.row is None, d.row or 0))
        for defect in every:
            said = defect.text(lang)  # worded by the vocabulary in the user's language
            self.defects.addItem(said)
            self.defects.item(self.defects.count() - 1).setToolTip(said)
        if not self.defects.count():
            self.defects.addItem(self.tr("none"))
        self.status.clear()


def _line(name: str, title: str) -> str:
    text = f"{name} — {title}" if title else name
    return text if len(text) <= 120 else text[:119] + "…"

