"""The body editor with its formatting toolbar, message line, find bar and word count."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.editor import formatting
from desk_app.ui.editor.find_replace import FindReplaceBar
from desk_app.ui.editor.markdown_editor import MarkdownEditor
from desk_app.ui.i18n import on_language_change, translate

__all__ = ["ACTION_IDS", "EditorArea", "MessageBar"]

# Action ids (as Spyder names its actions): stable names for menus, toolbars and tests.
ACTION_IDS = ("bold", "italic", "link", "heading1", "heading2", "heading3", "quote", "list",
              "undo", "redo", "find", "replace")




class FooterLabel(QLabel):
    """A label whose text changes while the user types (counts, save state): it shows its text when
    there is room and is cut when there is not, but never makes its column wider: the panes keep
    their widths."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, super().minimumSizeHint().height())

class MessageBar(QFrame):
    """A one-line explanation above the editor that goes away by itself."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str, timeout_ms: int = 9000) -> None:
        self.label.setText(text)
        self.show()
        self._timer.start(timeout_ms)

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""


class EditorArea(QWidget):
    """Toolbar over the editor, find bar and counts under it; owns the editing actions."""

    sig_message = Signal(str)
    """Something to tell the user (refused edit, paste cut, replace result)."""

    def __init__(self, ask_link: Callable[[str], tuple[str, str] | None], parent: QWidget | None = None):
        super().__init__(parent)
        self._ask_link = ask_link
        self.editor = MarkdownEditor(self)
        self.find_bar = FindReplaceBar(self.editor, self)
        self.message_bar = MessageBar(self)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("formatToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.counts = FooterLabel("", self)
        self.counts.setObjectName("hint")
        self.state = FooterLabel("", self)
        self.state.setObjectName("hint")
        self.actions_by_id: dict[str, QAction] = {}
        self._make_actions()

        footer = QHBoxLayout()
        footer.setContentsMargins(12, 3, 12, 4)
        footer.addWidget(self.counts)
        footer.addStretch(1)
        footer.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.find_bar)
        layout.addLayout(footer)

        self.editor.sig_message.connect(self.say)
        self.find_bar.sig_message.connect(self.sig_message)
        self.editor.undoAvailable.connect(self.actions_by_id["undo"].setEnabled)
        self.editor.redoAvailable.connect(self.actions_by_id["redo"].setEnabled)
        self.actions_by_id["undo"].setEnabled(False)
        self.actions_by_id["redo"].setEnabled(False)
        on_language_change(self, self._retranslate_ui)

    def say(self, message: str) -> None:
        self.message_bar.show_message(message)
        self.sig_message.emit(message)

    # -- actions ---------------------------------------------------------------
    def _make_actions(self) -> None:
        e = self.editor
        spec: list[tuple[str, list[str], Callable[[], object]]] = [
            ("bold", ["Ctrl+B"], lambda: formatting.toggle_wrap(e, "**")),
            ("italic", ["Ctrl+I"], lambda: formatting.toggle_wrap(e, "*")),
            ("link", ["Ctrl+K"], self.insert_link),
            ("heading1", ["Ctrl+1"], lambda: formatting.set_heading(e, 1)),
            ("heading2", ["Ctrl+2"], lambda: formatting.set_heading(e, 2)),
            ("heading3", ["Ctrl+3"], lambda: formatting.set_heading(e, 3)),
            ("quote", ["Ctrl+Shift+.", "Ctrl+>"], lambda: formatting.toggle_quote(e)),
            ("list", ["Ctrl+Shift+8", "Ctrl+*"], lambda: formatting.toggle_list(e)),
            ("undo", ["Ctrl+Z"], e.undo),
            ("redo", ["Ctrl+Shift+Z", "Ctrl+Y"], e.redo),
            ("find", ["Ctrl+F"], self.find_bar.open_find),
            ("replace", ["Ctrl+H"], self.find_bar.open_replace),
        ]
        reserved: list[QKeySequence] = []
        for key, keys, slot in spec:
            action = QAction(self)
            action.setObjectName(f"editor.{key}")
            sequences = [QKeySequence(k) for k in keys]
            action.setShortcuts(sequences)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.addAction(action)
            self.actions_by_id[key] = action
            if key not in ("undo", "redo"):
                reserved.extend(sequences)
        e.reserve_shortcuts(reserved)
        for group in (("bold", "italic", "link"), ("heading1", "heading2", "heading3", "quote", "list"),
                      ("undo", "redo"), ("find",)):
            for key in group:
                self.toolbar.addAction(self.actions_by_id[key])
            self.toolbar.addSeparator()
        for key, style in (("bold", "bold"), ("italic", "italic")):
            button = self.toolbar.widgetForAction(self.actions_by_id[key])
            font = QFont(button.font())
            font.setBold(style == "bold")
            font.setItalic(style == "italic")
            button.setFont(font)

    def _retranslate_ui(self) -> None:
        self.toolbar.setWindowTitle(translate("EditorArea", "Formatting"))
        texts = {  # menu text, toolbar text, tooltip
            "bold": (translate("EditorArea", "&Bold"), translate("EditorArea", "B"),
                     translate("EditorArea", "Bold: **text**")),
            "italic": (translate("EditorArea", "&Italic"), translate("EditorArea", "I"),
                       translate("EditorArea", "Italic: *text*")),
            "link": (translate("EditorArea", "&Link…"), translate("EditorArea", "Link"),
                     translate("EditorArea", "Link: [text](https://…)")),
            "heading1": (translate("EditorArea", "Heading &1"), translate("EditorArea", "H1"),
                         translate("EditorArea", "Heading 1: # text")),
            "heading2": (translate("EditorArea", "Heading &2"), translate("EditorArea", "H2"),
                         translate("EditorArea", "Heading 2: ## text")),
            "heading3": (translate("EditorArea", "Heading &3"), translate("EditorArea", "H3"),
                         translate("EditorArea", "Heading 3: ### text")),
            "quote": (translate("EditorArea", "&Quote"), translate("EditorArea", "Quote"),
                      translate("EditorArea", "Quote: > text")),
            "list": (translate("EditorArea", "Bulleted &list"), translate("EditorArea", "List"),
                     translate("EditorArea", "List: - item")),
            "undo": (translate("EditorArea", "&Undo"), translate("EditorArea", "Undo"),
                     translate("EditorArea", "Undo")),
            "redo": (translate("EditorArea", "&Redo"), translate("EditorArea", "Redo"),
                     translate("EditorArea", "Redo")),
            "find": (translate("EditorArea", "&Find…"), translate("EditorArea", "Find"),
                     translate("EditorArea", "Find in the text")),
            "replace": (translate("EditorArea", "&Replace…"), translate("EditorArea", "Replace"),
                        translate("EditorArea", "Find and replace")),
        }
        for key, (text, short, tip) in texts.items():
            action = self.actions_by_id[key]
            action.setText(text)
            action.setIconText(short)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(translate("EditorArea", "{tip} ({keys})").format(tip=tip, keys=keys))

    def editor_actions(self) -> list[QAction]:
        return [self.actions_by_id[key] for key in ACTION_IDS]

    def insert_link(self) -> None:
        if self.editor.isReadOnly():
            return
        cursor = self.editor.textCursor()
        if not self.editor.guard.resolve(cursor.selectionStart(), cursor.selectionEnd(), "[").allowed:
            self.editor.refuse()
            return
        answer = self._ask_link(cursor.selectedText().replace("\u2029", " "))
        if answer is not None:
            formatting.insert_link(self.editor, *answer)

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setReadOnly(read_only)
        for key in ACTION_IDS:
            if key not in ("find", "undo", "redo"):
                self.actions_by_id[key].setEnabled(not read_only)
        self.actions_by_id["undo"].setEnabled(not read_only and self.editor.document().isUndoAvailable())
        self.actions_by_id["redo"].setEnabled(not read_only and self.editor.document().isRedoAvailable())
