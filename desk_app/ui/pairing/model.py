"""The pairing table's model: one row per pair (after a headline and a lede row), three columns.

Column 0 is the pair's state badge, column 1 the original (read-only),
column 2 the translation (editable when the translation may be edited).
Edits are kept here until the view saves them; the original is never
copied into the translation.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desk_app.services.pairing_types import PairInfo, PairView
from desk_app.ui.domain_labels import date_time, language_label
from desk_app.ui.i18n import translate


def state_label(state: str) -> str:
    """A pair's state as its badge shows it ("Needs update")."""
    labels = {
        "untranslated": translate("PairState", "Untranslated"), "draft": translate("PairState", "Draft"),
        "translated": translate("PairState", "Translated"), "reviewed": translate("PairState", "Reviewed"),
        "needs_update": translate("PairState", "Needs update"),
    }
    return labels.get(state, state)


def kind_label(kind: str) -> str:
    """"Headline", "Lede": what a row that is not a pair holds."""
    return {"headline": translate("PairTable", "Headline"), "lede": translate("PairTable", "Lede")}.get(
        kind, kind.capitalize())

STATE_COLOURS = {  # badge background; text is white
    "untranslated": "#8c959f", "draft": "#bf8700", "translated": "#0969da", "reviewed": "#1a7f37",
    "needs_update": "#cf222e",
}
COL_STATE, COL_SOURCE, COL_TARGET = 0, 1, 2


@dataclass
class Row:
    kind: str                 # "headline", "lede" or "pair"
    source: str
    target: str               # as loaded
    pair: PairInfo | None = None


class PairTableModel(QAbstractTableModel):
    """Rows of the pairing view; holds the translator's unsaved edits."""

    StateRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2
    PairRole = Qt.ItemDataRole.UserRole + 3
    EditedRole = Qt.ItemDataRole.UserRole + 4

    sig_dirty_changed = Signal(bool)
    """The model gained its first unsaved edit (True) or lost its last one (False)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Row] = []
        self._edits: dict[int, str] = {}
        self._editable = False
        self._languages = ("ru", "en")

    # -- loading -------------------------------------------------------------------
    def load(self, view: PairView) -> None:
        was_dirty = self.dirty
        self.beginResetModel()
        original, translation = view.original, view.translation
        self._rows = [
            Row("headline", original.headline if original else "", translation.headline),
            Row("lede", original.lede if original else "", translation.lede),
            *(Row("pair", p.source_text, p.target_text, p) for p in view.pairs),
        ]
        self._edits = {}
        self._editable = view.editable
        self._languages = (original.language if original else "ru", translation.language)
        self.endResetModel()
        if was_dirty:
            self.sig_dirty_changed.emit(False)

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._edits = [], {}
        self.endResetModel()

    # -- reading -------------------------------------------------------------------
    def language_of(self, column: int) -> str:
        """The language of a text column: the original's on the left, the translation's on the right."""
        return self._languages[0] if column == COL_SOURCE else self._languages[1]

    @property
    def dirty(self) -> bool:
        return bool(self._edits)

    @property
    def editable(self) -> bool:
        return self._editable

    FIRST_PAIR_ROW = 2

    def pair_row(self, ordinal: int) -> int:
        return ordinal + self.FIRST_PAIR_ROW

    def row(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def pair_at(self, row: int) -> PairInfo | None:
        r = self.row(row)
        return r.pair if r is not None else None

    def target_text(self, row: int) -> str:
        r = self._rows[row]
        return self._edits.get(row, r.target)

    def pair_count(self) -> int:
        return max(0, len(self._rows) - self.FIRST_PAIR_ROW)

    def targets(self) -> list[str]:
        """The target text of every pair, edits included, in pair order."""
        return [self.target_text(r) for r in range(self.FIRST_PAIR_ROW, len(self._rows))]

    def headline(self) -> str:
        return self.target_text(0) if self._rows else ""

    def lede(self) -> str:
        return self.target_text(1) if len(self._rows) > 1 else ""

    def state(self, row: int) -> str:
        r = self.row(row)
        if r is None or r.pair is None:
            return ""
        if row in self._edits and r.pair.effective_state == "untranslated" and self._edits[row].strip():
            return "draft"  # what saving will make of it
        return r.pair.effective_state

    # -- Qt --------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == COL_SOURCE:
                return translate("PairTable", "Original ({language}, read-only)").format(
                    language=language_label(self._languages[0]))
            if section == COL_TARGET:
                return translate("PairTable", "Translation ({language})").format(
                    language=language_label(self._languages[1]))
            return ""
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        r = self._rows[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == COL_SOURCE:
                return r.source
            if col == COL_TARGET:
                return self.target_text(row)
            if r.kind != "pair":
                return kind_label(r.kind)
            return state_label(self.state(row)) if self.state(row) else ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if col == COL_STATE:
                return kind_label(r.kind) if r.kind != "pair" else translate("PairTable", "Pair {number}, {state}")\
                    .format(number=row - self.FIRST_PAIR_ROW + 1, state=state_label(self.state(row)))
            return self.data(index)
        if role == self.StateRole:
            return self.state(row)
        if role == self.KindRole:
            return r.kind
        if role == self.PairRole:
            return r.pair
        if role == self.EditedRole:
            return row in self._edits
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_STATE and r.pair is not None:
            p = r.pair
            text = translate("PairTable", "Pair {number}: {state}").format(number=p.ordinal + 1,
                                                                            state=state_label(self.state(row)))
            if p.marked_by and p.marked_at:
                text += "\n" + translate("PairTable", "Marked by {name}, {when} UTC").format(
                    name=p.marked_by, when=date_time(p.marked_at))
            if p.origin == "manual":
                text += "\n" + translate("PairTable", "Aligned by hand")
            return text
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_TARGET and self._editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != COL_TARGET or role != Qt.ItemDataRole.EditRole:
            return False
        if not self._editable:
            return False
        row = index.row()
        text = str(value or "")
        if row == 0:
            text = " ".join(text.split())  # a headline is one line
        was_dirty = self.dirty
        if text == self._rows[row].target:
            self._edits.pop(row, None)
        else:
            self._edits[row] = text
        self.dataChanged.emit(self.index(row, 0), self.index(row, 2))
        if was_dirty != self.dirty:
            self.sig_dirty_changed.emit(self.dirty)
        return True

