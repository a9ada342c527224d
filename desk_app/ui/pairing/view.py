"""The pairing view: an original and its translation side by side, one row per aligned pair.

The original (left) is read-only; the translation (right) is edited in place.
One table holds both, so the two sides always scroll together; selecting a
paragraph on one side tints its partner on the other. Every row carries its
state as a coloured badge. The side panel shows, for the current pair, how
its source changed (word diff), earlier translations and glossary terms —
inserted only when the translator clicks them.

All database work runs through the task runner and the pairing service;
saving goes through the article service with the notice applied.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.services.pairing_types import PairView
from desk_app.ui.domain_labels import number, status_label
from desk_app.ui.editor.spell_fields import CellSpelling
from desk_app.ui.i18n import localized, on_language_change, translate
from desk_app.ui.pairing.delegate import PairDelegate
from desk_app.ui.pairing.model import COL_SOURCE, COL_STATE, COL_TARGET, STATE_COLOURS, PairTableModel, state_label
from desk_app.ui.pairing.side_panel import PairSidePanel
from desk_app.ui.settings import Settings
from desk_app.ui.tasks import TaskRunner

SPLITTER_NAME = "pairing"
_ORDER = ("needs_update", "untranslated", "draft", "translated", "reviewed")


class PairTable(QTableView):
    """The table of pairs: cell selection, Tab moving between translations, partner repaint."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pairTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setItemDelegate(PairDelegate(self))

    def configure_columns(self) -> None:
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_STATE, QHeaderView.ResizeMode.Fixed)
        self.setColumnWidth(COL_STATE, 118)
        header.setSectionResizeMode(COL_SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_TARGET, QHeaderView.ResizeMode.Stretch)

    def finish_editing(self) -> None:
        """Commit an open translation editor (before saving, marking or aligning)."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.indexWidget(self.currentIndex())
        if editor is not None:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def open_editor(self) -> QPlainTextEdit | None:
        editor = self.indexWidget(self.currentIndex())
        return editor if isinstance(editor, QPlainTextEdit) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Ctrl+Home / Ctrl+End on a translation go to the start / end of its text, as they do while its
        editor is open, instead of jumping to the first or last pair (the editor closes between saves)."""
        current = self.currentIndex()
        if (event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and current.isValid() and current.column() == COL_TARGET
                and current.flags() & Qt.ItemFlag.ItemIsEditable):
            editor = self.open_editor()
            if editor is None and self.edit(current, QAbstractItemView.EditTrigger.EditKeyPressed, event):
                editor = self.open_editor()
            if editor is not None:
                editor.setFocus()
                cursor = editor.textCursor()
                cursor.movePosition(cursor.MoveOperation.Start if event.key() == Qt.Key.Key_Home
                                    else cursor.MoveOperation.End)
                editor.setTextCursor(cursor)
                event.accept()
                return
        super().keyPressEvent(event)

    def moveCursor(self, action, modifiers) -> QModelIndex:
        current = self.currentIndex()
        model = self.model()
        if model is not None and current.isValid() and current.column() == COL_TARGET and action in (
                QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious):
            step = 1 if action == QAbstractItemView.CursorAction.MoveNext else -1
            row = min(max(current.row() + step, 0), model.rowCount() - 1)
            return model.index(row, COL_TARGET)
        return super().moveCursor(action, modifiers)

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        super().currentChanged(current, previous)
        for index in (current, previous):  # the partner tint follows the selection
            if index.isValid():
                top = self.visualRect(index.siblingAtColumn(COL_SOURCE)).united(
                    self.visualRect(index.siblingAtColumn(COL_TARGET)))
                self.viewport().update(top)


class PairingView(QWidget):
    """A translation next to its original, pair by pair, with marking and alignment tools."""

    sig_translation_saved = Signal(str)
    """The translation was saved (its text, headline or lede): its id."""
    sig_status_message = Signal(str)
    """A one-sentence message for the status bar (done, refused, or what went wrong)."""

    def __init__(self, workspace, tasks: TaskRunner, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pairingView")
        self._ws = workspace
        self._tasks = tasks
        self._settings = settings
        self._view: PairView | None = None
        self._translation_id: str | None = None
        self._busy = False

        self.model = PairTableModel(self)
        self.table = PairTable(self)
        self.table.setModel(self.model)
        self.table.configure_columns()
        self.spelling = CellSpelling(tasks, self)
        self.spelling.set_service(getattr(workspace, "spelling", None))
        self.spelling.sig_updated.connect(self.table.viewport().update)
        self.spelling.sig_message.connect(self.sig_status_message)
        self.table.itemDelegate().spelling = self.spelling  # type: ignore[attr-defined]
        self.side_panel = PairSidePanel(self)

        self.banner = QLabel(self)
        self.banner.setObjectName("pairingBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("#pairingBanner { background: #fff8c5; border: 1px solid #d4a72c; "
                                  "border-radius: 6px; padding: 6px 10px; color: #4d2d00; }")
        self.banner.hide()
        self.title = QLabel(self)
        self.title.setObjectName("pairingTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel(self)
        self.summary.setObjectName("pairingSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setObjectName("pairingToolbar")
        self.toolbar.setStyleSheet(
            "#pairingToolbar { spacing: 4px; border: none; }"
            "#pairingToolbar QToolButton { padding: 3px 9px; border: 1px solid #d0d7de; border-radius: 5px;"
            " background: #f6f8fa; }"
            "#pairingToolbar QToolButton:hover { background: #eaeef2; }"
            "#pairingToolbar QToolButton:disabled { color: #8c959f; background: #ffffff; }")
        self.actions_by_name: dict[str, QAction] = {}
        self._add_action("save", QKeySequence.StandardKey.Save, self.save)
        self.toolbar.addSeparator()
        self._add_action("translated", ["Ctrl+Return", "Ctrl+Enter"], lambda: self.mark_current("translated"))
        self._add_action("reviewed", ["Ctrl+Shift+Return", "Ctrl+Shift+Enter"], lambda: self.mark_current("reviewed"))
        self._add_action("next", "F8", self.next_to_do)
        self.toolbar.addSeparator()
        self._add_action("merge", "Ctrl+Shift+M", self.merge_current)
        self._add_action("split", "Ctrl+Shift+B", self.split_current)
        self._add_action("shift_up", "Alt+Shift+Up", lambda: self.shift_current(-1))
        self._add_action("shift_down", "Alt+Shift+Down", lambda: self.shift_current(+1))
        self.toolbar.addSeparator()
        self._add_action("realign", "Ctrl+Shift+R", self.realign)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.summary)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("pairingSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.side_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        state = settings.splitter_state(SPLITTER_NAME)
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([960, 400])
        self.splitter.splitterMoved.connect(
            lambda *_: self._settings.set_splitter_state(SPLITTER_NAME, self.splitter.saveState()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(head)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.model.sig_dirty_changed.connect(lambda _dirty: self._update_actions())
        self.model.dataChanged.connect(lambda *_: self._update_summary())
        self.side_panel.sig_insert_requested.connect(self.insert_text)
        self._update_actions()
        on_language_change(self, self._retranslate_ui)

    def _retranslate_ui(self) -> None:
        self.table.setAccessibleName(translate("PairingView", "Original and translation, paragraph by paragraph"))
        texts = {  # the button, and what it does (with its keys)
            "save": (translate("PairingView", "Save"), translate("PairingView", "Save the translation (Ctrl+S)")),
            "translated": (translate("PairingView", "Mark translated"),
                           translate("PairingView", "Confirm this pair's translation (Ctrl+Enter)")),
            "reviewed": (translate("PairingView", "Mark reviewed"),
                         translate("PairingView", "Mark this pair reviewed (Ctrl+Shift+Enter)")),
            "next": (translate("PairingView", "Next to do"),
                     translate("PairingView", "Go to the next pair that needs work (F8)")),
            "merge": (translate("PairingView", "Merge with next"),
                      translate("PairingView", "Pair this with the next pair as one (Ctrl+Shift+M)")),
            "split": (translate("PairingView", "Split"),
                      translate("PairingView", "Split this pair in two (Ctrl+Shift+B)")),
            "shift_up": (translate("PairingView", "Boundary ↑"),
                         translate("PairingView", "Move this pair's last paragraph (on the side you are in) to the "
                                   "next pair (Alt+Shift+Up)")),
            "shift_down": (translate("PairingView", "Boundary ↓"),
                           translate("PairingView", "Take the next pair's first paragraph (on the side you are in) "
                                     "into this pair (Alt+Shift+Down)")),
            "realign": (translate("PairingView", "Re-align"),
                        translate("PairingView", "Align the paragraphs again; pairs aligned by hand are kept "
                                  "(Ctrl+Shift+R)")),
        }
        for name, (text, tip) in texts.items():
            action = self.actions_by_name[name]
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.table.viewport().update()
        if self._view is not None:
            self._apply_titles(self._view)

    def _add_action(self, name: str, keys, slot: Callable[[], None]) -> None:
        action = QAction(self)
        action.setObjectName(f"pairing.{name}")
        if isinstance(keys, list):
            action.setShortcuts([QKeySequence(k) for k in keys])
        else:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        self.toolbar.addAction(action)
        self.actions_by_name[name] = action

    # -- public ------------------------------------------------------------------------
    @property
    def translation_id(self) -> str | None:
        return self._translation_id

    @property
    def pair_view(self) -> PairView | None:
        return self._view

    def has_unsaved_changes(self) -> bool:
        self.table.finish_editing()
        return self.model.dirty

    def open_translation(self, translation_id: str) -> None:
        """Show ``translation_id`` (bringing its originally-published line and pairs in step first)."""
        self._translation_id = translation_id
        self.model.clear()
        self._run(lambda task: self._ws.pairing.prepare(translation_id), translate("PairingView",
                                                                                   "Opened the translation."),
                  keep=False)

    def refresh(self) -> None:
        """Load the pairs again (after the original or the translation changed elsewhere)."""
        if self._translation_id is not None:
            tid = self._translation_id
            self._run(lambda task: self._ws.pairing.prepare(tid), "")

    def save(self) -> None:
        self.table.finish_editing()
        if not self.model.dirty:
            self.sig_status_message.emit(translate("PairingView", "Nothing to save: the translation has no unsaved "
                                                   "changes."))
            return
        self._act(lambda tid: self._ws.pairing.pairs(tid), translate("PairingView", "Saved the translation."),
                  require_pair=False)

    def save_now(self) -> bool:
        """Save unsaved translations at once, on this thread (when the window closes); False if refused."""
        self.table.finish_editing()
        if not self.model.dirty or self._view is None or self._translation_id is None:
            return True
        tid = self._translation_id
        try:
            self._ws.pairing.save_targets(tid, self.model.targets(), version=self._view.translation.version,
                                          headline=self.model.headline(), lede=self.model.lede())
            self._apply(self._ws.pairing.pairs(tid), keep=True)
        except DeskError as exc:
            self.sig_status_message.emit(localized(exc))
            return False
        self.sig_translation_saved.emit(tid)
        return True

    def mark_current(self, state: str) -> None:
        label = state_label(state).lower()

        def work(tid: str, ordinal: int) -> PairView:
            return self._ws.pairing.mark(tid, ordinal, state)
        self._act(work, translate("PairingView", "Pair marked {state}.").format(state=label), advance=True)

    def merge_current(self) -> None:
        self._act(lambda tid, k: self._ws.pairing.merge_pairs(tid, k),
                  translate("PairingView", "Merged the pair with the next one."))

    def split_current(self) -> None:
        self._act(lambda tid, k: self._ws.pairing.split_pair(tid, k),
                  translate("PairingView", "Split the pair in two."))

    def shift_current(self, direction: int) -> None:
        side = "source" if self.table.currentIndex().column() == COL_SOURCE else "target"
        self._act(lambda tid, k: self._ws.pairing.shift_boundary(tid, k, side, direction),
                  translate("PairingView", "Moved the boundary between the pairs."))

    def realign(self) -> None:
        self._act(lambda tid: self._ws.pairing.realign(tid),
                  translate("PairingView", "Re-aligned; pairs aligned by hand were kept."), require_pair=False)

    def next_to_do(self) -> None:
        """Select the next pair that is untranslated, a draft or needs an update (wrapping around)."""
        rows = self.model.rowCount()
        start = max(self.table.currentIndex().row(), self.model.FIRST_PAIR_ROW - 1)
        for step in range(1, rows + 1):
            row = (start + step) % rows
            if self.model.state(row) in ("untranslated", "draft", "needs_update"):
                self._select(row, COL_TARGET)
                return
        self.sig_status_message.emit(translate("PairingView", "Every pair is translated."))

    def insert_text(self, text: str) -> None:
        """Insert ``text`` into the current pair's translation (at the cursor when it is being edited)."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.model.editable:
            self.sig_status_message.emit(translate("PairingView", "Select a translation you may edit, then choose "
                                                   "the text to insert."))
            return
        target = index.siblingAtColumn(COL_TARGET)
        editor = self.table.open_editor()
        if editor is not None and self.table.currentIndex().column() == COL_TARGET:
            editor.insertPlainText(text)
            return
        current = self.model.target_text(target.row())
        self.model.setData(target, text if not current.strip() else current.rstrip() + " " + text)
        self._select(target.row(), COL_TARGET)

    # -- running work --------------------------------------------------------------------
    def _current_ordinal(self) -> int | None:
        pair = self.model.pair_at(self.table.currentIndex().row())
        return pair.ordinal if pair is not None else None

    def _act(self, fn, done_message: str, *, require_pair: bool = True, advance: bool = False) -> None:
        if self._busy or self._translation_id is None or self._view is None:
            return
        self.table.finish_editing()
        ordinal = self._current_ordinal()
        if require_pair and ordinal is None:
            self.sig_status_message.emit(translate("PairingView", "Select a paragraph pair first."))
            return
        tid = self._translation_id
        dirty = self.model.dirty
        targets, headline, lede = self.model.targets(), self.model.headline(), self.model.lede()
        version = self._view.translation.version
        column = self.table.currentIndex().column()

        if ordinal is not None:  # saving drops pairs left with no paragraph on either side
            pairs = self._view.pairs
            ordinal -= sum(1 for k in range(ordinal) if not pairs[k].source and not targets[k].strip())

        def work(task):
            saved = False
            if dirty:
                self._ws.pairing.save_targets(tid, targets, version=version, headline=headline, lede=lede)
                saved = True
            view = fn(tid, ordinal) if require_pair else fn(tid)
            return view, saved

        def done(result) -> None:
            view, saved = result
            target_row = None
            if advance and ordinal is not None:
                target_row = self.model.pair_row(min(ordinal + 1, len(view.pairs) - 1))
            self._apply(view, keep=True, row=target_row, column=COL_TARGET if advance else column)
            if saved:
                self.sig_translation_saved.emit(tid)
            self.sig_status_message.emit(done_message)
        self._start(work, done)

    def _run(self, fn, message: str, *, keep: bool = True) -> None:
        def done(view: PairView) -> None:
            self._apply(view, keep=keep)
            if message:
                self.sig_status_message.emit(message)
        self._start(fn, done)

    def _start(self, fn, done) -> None:
        self._busy = True
        self._update_actions()

        def finished(result) -> None:
            self._busy = False
            done(result)
            self._update_actions()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._update_actions()
            if isinstance(exc, DeskError):
                self.sig_status_message.emit(localized(exc))
            else:
                first = str(exc).splitlines()[0] if str(exc) else ""
                self.sig_status_message.emit(translate("PairingView", "Unexpected error ({error}); nothing more was "
                                                       "changed — please report this.").format(
                    error=f"{type(exc).__name__}: {first}"))
        self._tasks.run(fn, on_done=finished, on_error=failed)

    # -- showing -------------------------------------------------------------------------
    def _apply(self, view: PairView, *, keep: bool, row: int | None = None, column: int | None = None) -> None:
        if view.translation.id != self._translation_id:
            return  # the answer for a translation that is no longer shown
        current = self.table.currentIndex()
        scroll = self.table.verticalScrollBar().value()
        self._view = view
        self.model.load(view)
        self._apply_titles(view)
        if row is not None:
            self._select(row, column if column is not None else COL_TARGET)
        elif keep and current.isValid():
            self._select(min(current.row(), self.model.rowCount() - 1), current.column())
            self.table.verticalScrollBar().setValue(scroll)
        else:
            first = next((self.model.pair_row(p.ordinal) for p in view.pairs
                          if p.effective_state in ("needs_update", "untranslated")), self.model.FIRST_PAIR_ROW)
            self._select(min(first, self.model.rowCount() - 1), COL_TARGET)
        self._update_actions()

    def _select(self, row: int, column: int) -> None:
        if row < 0:
            return
        index = self.model.index(row, column)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _apply_titles(self, view: PairView) -> None:
        self.title.setText(view.translation.headline or (view.original.headline if view.original else "")
                           or translate("PairingView", "Translation"))
        self._update_banner(view)
        self._update_summary()

    def _update_banner(self, view: PairView) -> None:
        notes = []
        if view.problem:
            notes.append(localized(view.problem))
        if not view.editable:
            status = status_label(view.translation.status).lower()
            notes.append(translate("PairingView", "You can read this translation but not change its text: it is "
                                   "{status} (start a correction to change it).").format(status=status)
                         if view.translation.status in ("published", "corrected")
                         else translate("PairingView", "You can read this translation but not change its text: it is "
                                        "{status}.").format(status=status))
        if view.original_line_stale:
            notes.append(translate("PairingView", "The “originally published” line does not match the original's "
                                   "publication time; it is brought in step when the translation can be edited."))
        self.banner.setText(" ".join(notes))
        self.banner.setVisible(bool(notes))

    def _update_summary(self) -> None:
        if self._view is None:
            self.summary.setText("")
            return
        rows = range(self.model.FIRST_PAIR_ROW, self.model.rowCount())
        counts = {state: sum(1 for r in rows if self.model.state(r) == state) for state in _ORDER}
        parts = [f"<span style='color:{STATE_COLOURS[s]}; font-weight:600'>{_state_count(s, n)}</span>"
                 for s, n in counts.items() if n]
        unsaved = (" · <span style='color:#bf8700'>" + translate("PairingView", "unsaved changes") + "</span>"
                   if self.model.dirty else "")
        self.summary.setText(translate("PairingView", "{count} pairs: {states}").format(
            count=number(self.model.pair_count()), states=", ".join(parts)) + unsaved)

    def _update_actions(self) -> None:
        loaded = self._view is not None and not self._busy
        editable = loaded and self.model.editable
        for name, action in self.actions_by_name.items():
            if name == "save":
                action.setEnabled(editable and self.model.dirty)
            elif name == "next":
                action.setEnabled(loaded)
            else:
                action.setEnabled(loaded)
        self._update_summary()

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.row() == previous.row() and previous.isValid():
            return
        row = current.row()
        pair = self.model.pair_at(row)
        r = self.model.row(row)
        self.side_panel.show_pair(pair, self.model.state(row) if pair else None, r.kind if r else "pair")
        if pair is None or not pair.source_text.strip():
            return
        source, target = pair.source_text, self.model.target_text(row)

        def lookup(task):
            return self._ws.pairing.suggestions(source), self._ws.pairing.glossary_hits(source)

        def shown(result) -> None:
            if self.table.currentIndex().row() == row:
                self.side_panel.show_memory(result[0], result[1], target, self._translation_id)
        self._tasks.run(lookup, on_done=shown, on_error=lambda exc: None, key="pairing-memory")


def _state_count(state: str, n: int) -> str:
    """"3 untranslated": how many pairs are in ``state``, for the summary."""
    counts = {
        "needs_update": translate("PairingView", "{count} needs update"),
        "untranslated": translate("PairingView", "{count} untranslated"),
        "draft": translate("PairingView", "{count} draft"),
        "translated": translate("PairingView", "{count} translated"),
        "reviewed": translate("PairingView", "{count} reviewed"),
    }
    return counts[state].format(count=number(n)) if state in counts else f"{number(n)} {state}"
