"""Unlabelled mentions of listed entities, underlined in the body editor as you type.

Nothing runs on the keystroke path: an edit (re)starts a short timer; when typing pauses,
the text is handed to a worker thread (the task runner, key ``"mentions"``) that asks the
MentionService; the result comes back on the GUI thread and is shown as wavy underlines
only if the document has not changed meanwhile. The context menu on an underlined mention
offers "Insert label", which puts the outlet's label for that kind and language after it
(also Ctrl+Shift+L at the cursor).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QTextEdit

from desk_app.ui.domain_labels import kind_caption
from desk_app.ui.editor.markdown_editor import MarkdownEditor
from desk_app.ui.i18n import on_language_change, translate
from desk_app.ui.tasks import TaskRunner

__all__ = ["MentionMarker", "UNDERLINE_COLOR"]

UNDERLINE_COLOR = "#d9480f"
DELAY_MS = 350
_SEP = "\u2029"


@dataclass(frozen=True)
class Marked:
    start: int          # document positions (UTF-16)
    end: int
    label: str          # what "Insert label" puts after the mention
    description: str


def _qt_positions(text: str) -> Callable[[int], int]:
    """Python string offsets to QTextDocument positions (they differ after astral characters)."""
    if all(ord(c) < 0x10000 for c in text):
        return lambda i: i
    prefix = [0]
    for ch in text:
        prefix.append(prefix[-1] + (2 if ord(ch) >= 0x10000 else 1))
    return lambda i: prefix[i]


class MentionMarker(QObject):
    """Watches one MarkdownEditor; ``fields()`` gives headline and lede for the first-mention rule."""

    sig_checked = Signal(int)
    """A check finished and the underlines were updated (the number of unlabelled mentions)."""

    def __init__(self, editor: MarkdownEditor, tasks: TaskRunner, workspace: Callable[[], object],
                 fields: Callable[[], tuple[str, str, str]], parent: QObject | None = None):
        super().__init__(parent or editor)
        self._editor = editor
        self._tasks = tasks
        self._workspace = workspace
        self._fields = fields       # (headline, lede, language)
        self.marked: list[Marked] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        editor.menu_extenders.append(self._add_menu_actions)
        self.insert_action = QAction(editor)
        self.insert_action.setObjectName("mentions.insert_label")
        self.insert_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.insert_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.insert_action.triggered.connect(lambda _checked=False: self.insert_label_at(
            self._editor.textCursor().position()))
        editor.addAction(self.insert_action)
        on_language_change(editor, self._retranslate_ui)

    def _retranslate_ui(self) -> None:
        self.insert_action.setText(translate("MentionMarker", "Insert &label"))
        self.insert_action.setStatusTip(translate("MentionMarker",
                                                  "Put the registry's label after the mention at the cursor"))

    def schedule(self) -> None:
        """Check again once typing pauses."""
        self._timer.start()

    def clear(self) -> None:
        self._timer.stop()
        self.marked = []
        self._editor.set_extra_selections("mentions", [])

    def check_now(self) -> None:
        workspace = self._workspace()
        if workspace is None:
            return
        text = self._editor.document().toRawText().replace(_SEP, "\n")
        headline, lede, language = self._fields()
        revision = self._editor.document().revision()
        service = workspace.mentions  # type: ignore[attr-defined]

        def work(_task: object) -> list[Marked]:
            found = service.check_fields([("headline", headline), ("lede", lede), ("body", text)])
            to_qt = _qt_positions(text)
            return [Marked(to_qt(m.start), to_qt(m.end), service.label_for(m, language),
                           f"{m.entity_name} ({kind_caption(m.kind).lower()})")
                    for m in found if m.unlabelled and m.field == "body"]

        self._tasks.run(work, key="mentions", on_done=lambda marked: self._show(marked, revision),
                        on_error=lambda _exc: None)   # underlines are advice; a failed check shows none

    def _show(self, marked: Sequence[Marked], revision: int) -> None:
        if not (shiboken6.isValid(self) and shiboken6.isValid(self._editor)):
            return    # the pane closed while the check ran
        if self._editor.document().revision() != revision:
            self.schedule()   # typed meanwhile: these positions are stale
            return
        self.marked = list(marked)
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor(UNDERLINE_COLOR))
        fmt.setToolTip("")
        selections = []
        for m in self.marked:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self._editor.document())
            cursor.setPosition(m.start)
            cursor.setPosition(m.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[misc]
            selection.format = fmt  # type: ignore[misc]
            selections.append(selection)
        self._editor.set_extra_selections("mentions", selections)
        self.sig_checked.emit(len(self.marked))

    def at(self, position: int) -> Marked | None:
        return next((m for m in self.marked if m.start <= position <= m.end), None)

    def insert_label_at(self, position: int) -> bool:
        mention = self.at(position)
        if mention is None:
            self._editor.sig_message.emit(translate("MentionMarker", "The cursor is not on a mention that needs a "
                                                    "label."))
            return False
        text = self._editor.document().toRawText()
        end = mention.end
        while end < len(text) and text[end] in "»”\"'*":
            end += 1    # after the closing quote (or the asterisk)
        if self._editor.replace_range(end, end, " " + mention.label):
            self.marked = [m for m in self.marked if m is not mention]
            self.schedule()
            return True
        return False

    def _add_menu_actions(self, menu: QMenu, point: QPoint) -> None:
        position = self._editor.cursorForPosition(point).position()
        mention = self.at(position)
        if mention is None:
            return
        first = menu.actions()[0] if menu.actions() else None
        action = QAction(translate("MentionMarker", "Insert label “{label}”").format(label=mention.label), menu)
        action.setObjectName("mentions.quick_fix")
        action.setEnabled(not self._editor.isReadOnly())
        action.triggered.connect(lambda _checked=False: self.insert_label_at(position))
        note = QAction(translate("MentionMarker", "Listed: {entity}").format(entity=mention.description), menu)
        note.setEnabled(False)
        menu.insertAction(first, note)
        menu.insertAction(first, action)
        menu.insertSeparator(first)
