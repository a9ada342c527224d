"""Typed ids of the main window's commands and menus, so code and tests find them without their visible text.

A command's id is its key in ``MainWindow.commands`` and, as ``action_<id>``,
its QAction's objectName; a menu's id is the objectName of its QMenu. Visible
texts may change or be translated; the ids do not. The workflow transitions
carry their own ids (``desk_app.domain.workflow.Action``, see
``desk_app.ui.workflow.actions``).
"""
from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QMainWindow, QMenu


class Command(StrEnum):
    """The window's commands (menus, toolbar, shortcuts)."""

    NEW = "new"
    NEW_RU = "new_ru"
    NEW_EN = "new_en"
    IMPORT = "import"
    EXPORT_HTML = "export_html"
    EXPORT_MD = "export_md"
    OPEN_WORKSPACE = "open_workspace"
    CONNECT_SHARED = "connect_shared"
    OPEN_LOCAL = "open_local"
    QUIT = "quit"
    SAVE = "save"
    MINOR_EDIT = "minor_edit"
    DUPLICATE = "duplicate"
    TRANSLATE = "translate"
    OPEN_PAIRING = "open_pairing"
    BACK_TO_ARTICLE = "back_to_article"
    SEARCH = "search"
    FOCUS_LIST = "focus_list"
    FOCUS_PANE = "focus_pane"
    REFRESH = "refresh"
    EDITOR_QUEUE = "editor_queue"
    RETURNED = "returned"
    HISTORY = "history"
    REGISTRY = "registry"
    LANGUAGE_SYSTEM = "language_system"
    LANGUAGE_EN = "language_en"
    LANGUAGE_RU = "language_ru"

    @property
    def object_name(self) -> str:
        return f"action_{self.value}"


class Menu(StrEnum):
    """The menu bar's menus, left to right."""

    FILE = "file"
    EDIT = "edit"
    ARTICLE = "article"
    WORKFLOW = "workflow"
    VIEW = "view"

    @property
    def object_name(self) -> str:
        return f"menu_{self.value}"


class Submenu(StrEnum):
    """Menus inside the menu bar's menus (File → New in, View → Language)."""

    NEW_IN = "new_in"
    LANGUAGE = "language"

    @property
    def object_name(self) -> str:
        return f"menu_{self.value}"


def find_menu(window: QMainWindow, menu: Menu) -> QMenu | None:
    """The menu bar's menu with the id ``menu``, or None when the window has none."""
    for action in window.menuBar().actions():
        found = action.menu()
        if isinstance(found, QMenu) and found.objectName() == menu.object_name:
            return found
    return None
