"""The main window's commands in the interface's language: their texts, and how an action shows them.

Texts are set again on every language switch (``MainWindow._retranslate_ui``); the commands
are found by their typed ids (:mod:`desk_app.ui.window.ids`), never by these texts.
"""
from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from desk_app.ui.i18n import translate
from desk_app.ui.window.ids import Command

__all__ = ["command_texts", "set_command_text"]


def command_texts() -> dict[Command, tuple[str, str]]:
    """The main window's own commands: (menu text, status tip) in the interface's language."""
    return {
        Command.NEW: (translate("MainWindow", "&New article"), translate("MainWindow", "Start a new article")),
        Command.NEW_RU: (translate("MainWindow", "New &Russian article"), ""),
        Command.NEW_EN: (translate("MainWindow", "New &English article"), ""),
        Command.IMPORT: (translate("MainWindow", "&Import Markdown…"),
                         translate("MainWindow", "Import articles from Markdown files")),
        Command.EXPORT_HTML: (translate("MainWindow", "Export as &HTML…"),
                              translate("MainWindow", "Save the article as a web page")),
        Command.EXPORT_MD: (translate("MainWindow", "Export as &Markdown…"),
                            translate("MainWindow", "Save the article as Markdown")),
        Command.OPEN_WORKSPACE: (translate("MainWindow", "&Open workspace…"),
                                 translate("MainWindow", "Open another workspace file, or create one")),
        Command.QUIT: (translate("MainWindow", "&Quit"), ""),
        Command.SAVE: (translate("MainWindow", "&Save"), translate("MainWindow", "Save the article")),
        Command.DUPLICATE: (translate("MainWindow", "&Duplicate"),
                            translate("MainWindow", "Make a new draft from a copy of the article")),
        Command.SEARCH: (translate("MainWindow", "&Search articles"),
                         translate("MainWindow", "Search headlines, text and tags")),
        Command.FOCUS_LIST: (translate("MainWindow", "Go to article &list"), ""),
        Command.FOCUS_PANE: (translate("MainWindow", "Go to the &article"), ""),
        Command.REFRESH: (translate("MainWindow", "&Refresh"), translate("MainWindow", "Load the article list again")),
    }


def set_command_text(action: QAction, text: str, tip: str = "") -> None:
    """An action's text, and its status tip and tooltip (the tooltip names the shortcut)."""
    action.setText(text)
    action.setStatusTip(tip)
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
    action.setToolTip(f"{tip or plain} ({shortcut})" if shortcut else tip or plain)
