"""The registry of listed entities in the window: the admin dialog and its menu command."""
from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from desk_app.ui.i18n import on_language_change, translate


def add_registry_command(window: Any, menu: QMenu, tasks: Any) -> QAction:
    """Put "Registry of listed entities…" into ``menu``; it opens the dialog over the window's workspace."""
    action = QAction(window)
    action.setObjectName("action_registry")

    def retranslate() -> None:
        action.setText(translate("RegistryCommand", "Registry of listed &entities…"))
        action.setStatusTip(translate("RegistryCommand", "People and organisations whose mentions need a label "
                                      "(admins edit)"))
    on_language_change(window, retranslate)

    def open_dialog() -> None:
        from desk_app.ui.registry.dialog import RegistryDialog

        dialog = RegistryDialog(window.workspace, tasks, window)
        dialog.exec()
        dialog.deleteLater()

    action.triggered.connect(lambda _checked=False: open_dialog())
    menu.addAction(action)
    return action
