"""View → Language: follow the system, English or Русский, switched at run time without restarting.

The choice is stored in ``Options.language`` ("" follows the system) and applied by the
application's :class:`~desk_app.ui.i18n.LanguageSwitcher` (``ui/app.py`` makes it before
any window; a window built without one, as in tests, makes its own). Qt then sends every
widget a LanguageChange event and each part of the window sets its texts again; the open
article and its unsaved text are not touched.
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from desk_app.ui.i18n import (
    ENGLISH,
    FOLLOW_SYSTEM,
    LANGUAGES,
    RUSSIAN,
    LanguageSwitcher,
    application_switcher,
    on_language_change,
    resolve_language,
    translate,
)
from desk_app.ui.settings import Options, Settings
from desk_app.ui.window.ids import Command, Menu, Submenu, find_menu

__all__ = ["CHOICES", "WindowLanguage"]

CHOICES: dict[Command, str] = {Command.LANGUAGE_SYSTEM: FOLLOW_SYSTEM, Command.LANGUAGE_EN: ENGLISH,
                               Command.LANGUAGE_RU: RUSSIAN}
"""The Language menu's commands and the setting each one stores."""


class WindowLanguage(QObject):
    """The View → Language submenu of a main window, and switching the interface's language."""

    def __init__(self, window: QMainWindow, settings: Settings, switcher: LanguageSwitcher | None = None):
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.switcher = switcher or application_switcher()
        self.menu = QMenu(window)
        self.menu.setObjectName(Submenu.LANGUAGE.object_name)
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        for key, choice in CHOICES.items():
            action = QAction(self.menu)
            action.setObjectName(key.object_name)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, c=choice: self.choose(c))
            self._group.addAction(action)
            self.menu.addAction(action)
            window.commands[key] = action
        self.menu.insertSeparator(self.menu.actions()[1])
        view = find_menu(window, Menu.VIEW)
        if view is not None:
            view.addSeparator()
            view.addMenu(self.menu)
        self._check(settings.get(Options.language))
        on_language_change(window, self._retranslate_ui)

    def _retranslate_ui(self) -> None:
        self.menu.setTitle(translate("WindowLanguage", "&Language"))
        system = translate("WindowLanguage", "Follow the &system")
        tip = translate("WindowLanguage", "Show Desk in the language of the system (English when it is neither "
                        "English nor Russian)")
        self._window.commands[Command.LANGUAGE_SYSTEM].setText(system)
        self._window.commands[Command.LANGUAGE_SYSTEM].setStatusTip(tip)
        for key, code in ((Command.LANGUAGE_EN, ENGLISH), (Command.LANGUAGE_RU, RUSSIAN)):
            self._window.commands[key].setText(LANGUAGES[code])   # each language named in itself

    def _check(self, choice: str) -> None:
        key = next((k for k, c in CHOICES.items() if c == choice), Command.LANGUAGE_SYSTEM)
        self._window.commands[key].setChecked(True)

    def choose(self, choice: str) -> bool:
        """Store ``choice`` ("", "en" or "ru") and show the interface in it now; False when it is missing."""
        self._settings.set(Options.language, choice)
        self._settings.sync()
        self._check(choice)
        wanted = resolve_language(choice)
        if self.switcher.apply(wanted):
            return True
        self._window.status.showMessage(translate(
            "WindowLanguage", "The {language} translation is not installed; Desk stays in English — reinstall "
            "Desk to get it.").format(language=LANGUAGES.get(wanted, wanted)), 10_000)
        return False
