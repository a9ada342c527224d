"""The registry dialog: listed entities, the outlet's labels, the history, and the stored
articles a change affects (computed on the task runner, with the search index narrowing)."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.domain.mentions.entities import LANGUAGES, Entity, EntityKind, LabelRule
from desk_app.domain.workflow import Role
from desk_app.ui.domain_labels import date_time, kind_caption, language_label, number, status_label
from desk_app.ui.i18n import localized, translate
from desk_app.ui.registry.entity_form import EntityDialog
from desk_app.ui.tasks import TaskRunner


def _listed(e: Entity) -> str:
    start = date_time(_midnight(e.included_on), with_time=False) if e.included_on else "—"
    return start + (f" – {date_time(_midnight(e.excluded_on), with_time=False)}" if e.excluded_on else "")


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


class RegistryDialog(QDialog):
    def __init__(self, workspace: Any, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("registryDialog")
        self.setWindowTitle(translate("RegistryDialog", "Registry of listed entities"))
        self.resize(900, 620)
        self._ws = workspace
        self._tasks = tasks
        self._entities: list[Entity] = []
        self._admin = workspace.actor.role is Role.ADMIN
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._entities_tab(), translate("RegistryDialog", "&Entities"))
        self.tabs.addTab(self._labels_tab(), translate("RegistryDialog", "&Labels"))
        self.history = QTableWidget(0, 4, self)
        self.history.setHorizontalHeaderLabels((translate("RegistryDialog", "When"), translate("RegistryDialog", "Who"),
                                                translate("RegistryDialog", "What"),
                                                translate("RegistryDialog", "Entity")))
        self._table_style(self.history)
        self.tabs.addTab(self.history, translate("RegistryDialog", "&History"))
        self.status = QLabel("" if self._admin else translate("RegistryDialog", "Only an admin can change the "
                                                               "registry; you can read it."), self)
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.reload()

    # -- building ----------------------------------------------------------------
    @staticmethod
    def _table_style(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.setAlternatingRowColors(True)

    def _entities_tab(self) -> QWidget:
        page = QWidget(self)
        self.filter = QLineEdit(page)
        self.filter.setPlaceholderText(translate("RegistryDialog", "Filter by name or alias"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        columns = (translate("RegistryDialog", "Name"), translate("RegistryDialog", "Kind"),
                   translate("RegistryDialog", "Listed"), translate("RegistryDialog", "Forms"),
                   translate("RegistryDialog", "Aliases"))
        self.table = QTableWidget(0, len(columns), page)
        self.table.setObjectName("registryTable")
        self.table.setHorizontalHeaderLabels(columns)
        self._table_style(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 210)
        self.table.setColumnWidth(2, 150)
        self.table.setColumnWidth(3, 60)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button = QPushButton(translate("RegistryDialog", "&Add…"), page)
        self.add_button.setObjectName("registryAdd")
        self.edit_button = QPushButton(translate("RegistryDialog", "E&dit…"), page)
        self.edit_button.setObjectName("registryEdit")
        self.remove_button = QPushButton(translate("RegistryDialog", "&Remove"), page)
        self.remove_button.setObjectName("registryRemove")
        self.import_button = QPushButton(translate("RegistryDialog", "&Import list…"), page)
        self.import_button.setObjectName("registryImport")
        self.affected_button = QPushButton(translate("RegistryDialog", "Articles needing a &label"), page)
        self.affected_button.setObjectName("registryAffectedButton")
        self.add_button.clicked.connect(self.add_entity)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.import_list)
        self.affected_button.clicked.connect(lambda: self.find_affected(self._selected_ids() or None))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button, self.import_button):
            b.setEnabled(self._admin)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.affected_button)
        self.affected_title = QLabel(translate("RegistryDialog", "Stored articles with unlabelled mentions appear "
                                               "here after a change."), page)
        self.affected_title.setObjectName("hint")
        # a model, not one item per row: a name in a quarter of a large archive lists 250,000 articles
        self._affected_rows = QStringListModel(self)
        self.affected = QListView(page)
        self.affected.setModel(self._affected_rows)
        self.affected.setUniformItemSizes(True)
        self.affected.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.affected.setObjectName("registryAffected")
        self.affected.setMaximumHeight(110)
        layout = QVBoxLayout(page)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.affected_title)
        layout.addWidget(self.affected)
        return page

    def _labels_tab(self) -> QWidget:
        page = QWidget(self)
        self.label_kind = QComboBox(page)
        for kind in EntityKind:
            for lang in LANGUAGES:
                self.label_kind.addItem(f"{kind_caption(kind)} — {language_label(lang)}", (kind.value, lang))
        self.label_text = QLineEdit(page)
        self.label_text.setPlaceholderText(translate("RegistryDialog", "What “Insert label” writes after a mention; "
                                                     "{а} becomes “а” for a woman"))
        self.label_accepted = QPlainTextEdit(page)
        self.label_accepted.setPlaceholderText(translate("RegistryDialog", "Phrases that count as the label, one per "
                                                         "line; a word ending in * matches any ending "
                                                         "(иностранн* агент*)"))
        self.label_accepted.setTabChangesFocus(True)
        self.scope = QComboBox(page)
        self.scope.addItem(translate("RegistryDialog", "The first mention of each entity in an article"), "first")
        self.scope.addItem(translate("RegistryDialog", "Every mention"), "every")
        self.save_label = QPushButton(translate("RegistryDialog", "&Save label"), page)
        self.save_label.setObjectName("registrySaveLabel")
        self.save_label.clicked.connect(self.store_label)
        self.label_kind.currentIndexChanged.connect(lambda _i: self._show_label())
        self.scope.activated.connect(lambda _i: self._store_scope())
        for w in (self.label_text, self.label_accepted, self.save_label, self.scope):
            w.setEnabled(self._admin)
        form = QFormLayout(page)
        form.addRow(translate("RegistryDialog", "&Kind and language"), self.label_kind)
        form.addRow(translate("RegistryDialog", "Label &text"), self.label_text)
        form.addRow(translate("RegistryDialog", "&Accepted forms"), self.label_accepted)
        form.addRow("", self.save_label)
        form.addRow(translate("RegistryDialog", "&Needs a label"), self.scope)
        return page

    # -- data --------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self._entities = self._ws.registry.entities()
            self._labels = {(r.kind.value, r.language): r for r in self._ws.registry.labels()}
            changes = self._ws.registry.history()
            scope = self._ws.registry.scope().value
        except DeskError as exc:
            self.status.setText(localized(exc))
            return
        self.table.setRowCount(len(self._entities))
        for row, e in enumerate(self._entities):
            cells = (e.name, kind_caption(e.kind), _listed(e), number(len(e.forms)),
                     "; ".join((*e.aliases_ru, *e.aliases_en)))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, e.id)
                self.table.setItem(row, col, item)
        self._apply_filter(self.filter.text())
        self.history.setRowCount(len(changes))
        for row, c in enumerate(changes):
            for col, text in enumerate((date_time(c.changed_at), c.changed_by or "", _action(c.action), c.name)):
                self.history.setItem(row, col, QTableWidgetItem(text))
        self.scope.setCurrentIndex(max(0, self.scope.findData(scope)))
        self._show_label()

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row, e in enumerate(self._entities):
            hay = " ".join((e.name, *e.aliases_ru, *e.aliases_en, *e.former_names)).lower()
            self.table.setRowHidden(row, bool(needle) and needle not in hay)

    def _selected_ids(self) -> list[int]:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return [self._entities[r].id for r in sorted(rows) if self._entities[r].id is not None]  # type: ignore[misc]

    def _show_label(self) -> None:
        key = self.label_kind.currentData()
        rule = self._labels.get(tuple(key)) if key else None
        if rule is not None:
            self.label_text.setText(rule.text)
            self.label_accepted.setPlainText("\n".join(rule.accepted))

    # -- commands ----------------------------------------------------------------
    def _run(self, what: str, fn: Any) -> tuple[bool, Any]:
        """(done, result) of a service call; a refusal is shown as its one sentence."""
        try:
            return True, fn()
        except DeskError as exc:
            QMessageBox.warning(self, what, localized(exc))
            return False, None

    def add_entity(self) -> None:
        form = EntityDialog(None, self)
        if form.exec() == QDialog.DialogCode.Accepted:
            ok, stored = self._run(translate("RegistryDialog", "The entity was not added"),
                                   lambda: self._ws.registry.add(form.entity()))
            if ok:
                self.reload()
                self.status.setText(translate("RegistryDialog", "Added “{name}” with {count} forms.").format(
                    name=stored.name, count=number(len(stored.forms))))
                self.find_affected([stored.id])
        form.deleteLater()

    def edit_selected(self) -> None:
        ids = self._selected_ids()
        if not ids or not self._admin:
            return
        entity = next(e for e in self._entities if e.id == ids[0])
        form = EntityDialog(entity, self)
        if form.exec() == QDialog.DialogCode.Accepted:
            ok, stored = self._run(translate("RegistryDialog", "The entity was not saved"),
                                   lambda: self._ws.registry.update(form.entity()))
            if ok:
                self.reload()
                self.status.setText(translate("RegistryDialog", "Saved “{name}” (version {version}).").format(
                    name=stored.name, version=stored.version))
                self.find_affected([stored.id])
        form.deleteLater()

    def remove_selected(self) -> None:
        ids = self._selected_ids()
        if not ids:
            return
        names = ", ".join(e.name for e in self._entities if e.id in ids)
        answer = QMessageBox.question(
            self, translate("RegistryDialog", "Remove from the registry"),
            translate("RegistryDialog", "Stop matching {names}? The entries stay in the history. If the official list "
                      "excluded them, set the exclusion date instead.").format(names=names))
        if answer != QMessageBox.StandardButton.Yes:
            return
        for entity_id in ids:
            ok, _ = self._run(translate("RegistryDialog", "The entity was not removed"),
                              lambda i=entity_id: self._ws.registry.remove(i))
            if not ok:
                break
        self.reload()

    def import_list(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("RegistryDialog", "Import a registry list"), "",
                                              translate("RegistryDialog", "Registry lists ({patterns});;All files (*)")
                                              .format(patterns="*.csv *.xlsx"))
        if not path:
            return
        self.status.setText(translate("RegistryDialog", "Importing {name}…").format(name=Path(path).name))
        self.import_button.setEnabled(False)
        registry = self._ws.registry

        def done(result: Any) -> None:
            self.import_button.setEnabled(self._admin)
            self.reload()
            self.status.setText(localized(result.summary()))
            if result.entity_ids:
                self.find_affected(list(result.entity_ids))

        def failed(exc: BaseException) -> None:
            self.import_button.setEnabled(self._admin)
            self.status.setText("")
            QMessageBox.warning(self, translate("RegistryDialog", "The list was not imported"), localized(exc))

        self._tasks.run(lambda _t: registry.import_file(Path(path)), on_done=done, on_error=failed)

    def find_affected(self, entity_ids: list[int] | None) -> None:
        """Stored articles that need a label now (for ``entity_ids``, or every entity)."""
        self._affected_rows.setStringList([])
        self.affected_title.setText(translate("RegistryDialog", "Looking for stored articles that need a label…"))
        mentions = self._ws.mentions
        untitled = translate("RegistryDialog", "Untitled")
        states: dict[str, str] = {}       # made once per status and language, not once per row
        languages: dict[str, str] = {}

        def lines(items: list[Any]) -> list[str]:
            out = []
            for a in items:
                texts = ", ".join(dict.fromkeys(m.text for m in a.mentions)) or ", ".join(a.names)
                status = states.get(a.status) or states.setdefault(a.status, status_label(a.status).lower())
                language = languages.get(a.language) or languages.setdefault(
                    a.language, language_label(a.language).lower())
                out.append(f"{a.headline or untitled}  ({status}, {language}) — {texts}")
            return out

        def done(found: tuple[list[Any], list[str]]) -> None:
            items, shown = found
            self._affected_rows.setStringList(shown)
            n = len(items)
            if n == 1:
                title = translate("RegistryDialog", "1 stored article needs a label next to a mention.")
            elif n:
                title = translate("RegistryDialog", "{count} stored articles need a label next to a mention.").format(
                    count=number(n))
            else:
                title = translate("RegistryDialog", "No stored article needs a label for this.")
            self.affected_title.setText(title)

        def failed(exc: BaseException) -> None:
            self.affected_title.setText(translate("RegistryDialog", "The articles could not be checked: {error}")
                                        .format(error=localized(exc)))

        def progress(checked: int, total: int, _text: str) -> None:
            self.affected_title.setText(translate("RegistryDialog", "Checking stored articles: {checked} of {total} "
                                                  "candidates…").format(checked=number(checked), total=number(total)))

        def work(task: Any) -> tuple[list[Any], list[str]]:
            items = mentions.affected(entity_ids, progress=lambda d, t: task.progress(d, t))
            return items, lines(items)

        self._tasks.run(work, key="registry-affected", on_done=done, on_error=failed, on_progress=progress)

    def store_label(self) -> None:
        kind, lang = self.label_kind.currentData()
        accepted = tuple(x.strip() for x in self.label_accepted.toPlainText().splitlines() if x.strip())
        rule = LabelRule(EntityKind(kind), lang, self.label_text.text().strip(), accepted)
        ok, _ = self._run(translate("RegistryDialog", "The label was not saved"),
                          lambda: self._ws.registry.set_label(rule))
        if ok:
            self.reload()
            self.status.setText(translate("RegistryDialog", "Saved the label for {kind} ({language}).").format(
                kind=kind_caption(EntityKind(kind)).lower(), language=language_label(lang).lower()))

    def _store_scope(self) -> None:
        self._run(translate("RegistryDialog", "The setting was not saved"),
                  lambda: self._ws.registry.set_scope(self.scope.currentData()))


def _action(action: str) -> str:
    """What a registry change did ("added", "updated"…), as the history shows it."""
    return {"add": translate("RegistryDialog", "added"), "update": translate("RegistryDialog", "updated"),
            "remove": translate("RegistryDialog", "removed"), "import": translate("RegistryDialog", "imported"),
            "label": translate("RegistryDialog", "label"), "scope": translate("RegistryDialog", "scope")}.get(
        action, action)
