"""Field → Outbox…: the articles that need the person, each with its one-sentence reason and what to do.

* refused ("needs attention"): Open the article, or Try again once the cause is fixed;
* in conflict: Resolve… opens the three-way conflict dialog (the server's text, mine, the merge);
* notice changed: Apply the new notice to all — the one explicit action (a revision by the user).

Below, the count of what is still queued and sent, so nothing is a mystery.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.sync import Attention
from desk_app.ui.i18n import localized, translate


def kind_label(kind: str) -> str:
    return {"needs_attention": translate("OutboxDialog", "Needs attention"),
            "conflict": translate("OutboxDialog", "Conflict"),
            "notice_changed": translate("OutboxDialog", "Notice changed")}.get(kind, kind)


class OutboxDialog(QDialog):
    def __init__(self, controller: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fieldOutboxDialog")
        self.setWindowTitle(translate("OutboxDialog", "Outbox"))
        self.resize(640, 380)
        self._controller = controller
        self._sync = controller.field.sync
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.items = QListWidget(self)
        self.items.setWordWrap(True)
        self.items.setAlternatingRowColors(True)
        self.items.currentRowChanged.connect(self._update_buttons)
        self.items.itemActivated.connect(lambda _item: self._open())
        layout.addWidget(self.items, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(translate("OutboxDialog", "&Open article"), self)
        self.retry_button = QPushButton(translate("OutboxDialog", "&Try again"), self)
        self.resolve_button = QPushButton(translate("OutboxDialog", "&Resolve…"), self)
        self.notice_button = QPushButton(translate("OutboxDialog", "Apply the new &notice to all"), self)
        for button, slot in ((self.open_button, self._open), (self.retry_button, self._retry),
                             (self.resolve_button, self._resolve), (self.notice_button, self._apply_notice)):
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    # -- content -------------------------------------------------------------------
    def reload(self) -> None:
        self._attention: list[Attention] = self._sync.attention()
        status = self._sync.status()
        self.items.clear()
        for entry in self._attention:
            title = entry.headline or translate("OutboxDialog", "Untitled")
            line = translate("OutboxDialog", "{kind}: “{headline}”").format(kind=kind_label(entry.kind), headline=title)
            item = QListWidgetItem(f"{line}\n{localized(entry.reason)}")
            item.setData(Qt.ItemDataRole.UserRole, entry.article_id)
            self.items.addItem(item)
        if not self._attention:
            self.items.addItem(QListWidgetItem(translate("OutboxDialog", "Nothing needs your attention.")))
        n = len(self._attention)
        attention = (translate("OutboxDialog", "%n needs attention", None, n) if n == 1
                     else translate("OutboxDialog", "%n need attention", None, n))
        self.summary.setText(translate("OutboxDialog", "{queued} queued · {sent} sent · {attention}").format(
            queued=status.queued, sent=status.sent, attention=attention))
        if self._attention:
            self.items.setCurrentRow(0)
        self._update_buttons()

    def _current(self) -> Attention | None:
        row = self.items.currentRow()
        return self._attention[row] if 0 <= row < len(self._attention) else None

    def _update_buttons(self, *_args: object) -> None:
        entry = self._current()
        self.open_button.setEnabled(entry is not None)
        self.retry_button.setEnabled(entry is not None and entry.kind == "needs_attention")
        self.resolve_button.setEnabled(entry is not None and entry.kind == "conflict")
        self.notice_button.setVisible(any(e.kind == "notice_changed" for e in self._attention))

    # -- actions -------------------------------------------------------------------
    def _open(self) -> None:
        entry = self._current()
        if entry is not None:
            self._controller.open_article(entry.article_id)
            self.accept()

    def _retry(self) -> None:
        entry = self._current()
        if entry is not None:
            self._sync.retry(entry.article_id)
            self._controller.send_now()
            self.reload()

    def _apply_notice(self) -> None:
        count = self._sync.apply_new_notice()
        text = (translate("OutboxDialog", "%n article now carries the new notice; it is queued to be sent.", None, count)
                if count == 1 else translate("OutboxDialog", "%n articles now carry the new notice; they are queued to "
                                             "be sent.", None, count))
        QMessageBox.information(self, translate("OutboxDialog", "New notice applied"), text)
        self._controller.send_now()
        self.reload()

    def _resolve(self) -> None:
        entry = self._current()
        if entry is None:
            return
        from desk_app.ui.field.conflicts import resolve_interactively

        if resolve_interactively(self._controller.field, entry.article_id, self):
            self._controller.send_now()
        self.reload()
