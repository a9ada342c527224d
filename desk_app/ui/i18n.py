"""The interface's language: Qt translators, the language setting, and texts that follow it.

- ``translate(context, text)`` is every visible string's one call (lupdate collects it);
  ``translate(context, "%n article(s)", None, n)`` for counts.
- ``localized(error_or_text)`` shows a lower layer's ``Message`` in the interface's language.
- ``LanguageSwitcher`` installs Desk's and Qt's own (``qtbase``) translations at start and
  when View → Language changes, without restarting; Qt then sends every widget a
  LanguageChange event.
- ``on_language_change(widget, retranslate)`` calls ``retranslate`` again on that event, for
  widgets that stay on screen (dialogs are built in the current language each time).

Sources are English; ``desk_app/resources/i18n/desk_<lang>.ts`` hold the translations
(``make translations`` refreshes them) and are compiled to ``.qm`` at install and build time.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator

from desk_app.domain.messages import Message

log = logging.getLogger(__name__)

ENGLISH = "en"
RUSSIAN = "ru"
FOLLOW_SYSTEM = ""
LANGUAGES: dict[str, str] = {ENGLISH: "English", RUSSIAN: "Русский"}
"""The interface's languages by code, each named in itself (as language menus do)."""

QT_CATALOGUES = ("qtbase",)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface's language; ``n`` picks the plural form of ``%n``."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def localized(value: object) -> str:
    """An error's or a message's sentence in the interface's language (English when untranslated).

    Parameters that are Messages themselves (a nested reason, a joined list) are translated too.
    """
    text = value.args[0] if isinstance(value, BaseException) and value.args else value
    if isinstance(text, Message):
        template = QCoreApplication.translate(text.context, text.template) if text.template else ""
        # parameters that are sentences or words of their own (a reason, a list, a status) follow too
        params = {k: localized(v) if isinstance(v, Message) else v for k, v in text.params.items()}
        try:
            return template.format(**params) if params else template
        except (KeyError, IndexError, ValueError):
            log.warning("translation of %r does not fit its parameters", text.template)
            return str(text)
    return str(value)


def qm_directory() -> Path:
    return Path(str(resources.files("desk_app") / "resources" / "i18n"))


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """The language to show: the setting when it names one, else the system's, else English."""
    if setting in LANGUAGES:
        return setting
    name = (system or QLocale.system()).name().split("_")[0]
    return name if name in LANGUAGES else ENGLISH


class LanguageSwitcher(QObject):
    """Owns the installed translators; ``apply`` swaps them for another language's."""

    def __init__(self, app: QCoreApplication, *, qm_dir: Path | None = None,
                 qt_dir: Path | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._qm_dir = qm_dir or qm_directory()
        self._qt_dir = qt_dir or Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        self._installed: list[QTranslator] = []
        self.language = ENGLISH

    def apply(self, language: str) -> bool:
        """Show ``language`` from now on; False (and English) when its translation is missing."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        found = True
        if language != ENGLISH:
            desk = QTranslator(self)
            found = desk.load(f"desk_{language}", str(self._qm_dir))
            if found:
                for catalogue in QT_CATALOGUES:
                    qt = QTranslator(self)
                    if qt.load(f"{catalogue}_{language}", str(self._qt_dir)):
                        self._install(qt)
                    else:
                        log.warning("Qt's own %s translation for %s is missing", catalogue, language)
                self._install(desk)
            else:
                log.warning("no compiled translation desk_%s.qm in %s", language, self._qm_dir)
        self.language = language if found else ENGLISH
        QLocale.setDefault(QLocale(self.language))
        if not self._installed:
            # Removing translators sends no LanguageChange by itself when none was installed.
            QCoreApplication.sendEvent(self._app, QEvent(QEvent.Type.LanguageChange))
        return found

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)


def application_switcher(app: QCoreApplication | None = None) -> LanguageSwitcher:
    """The application's one LanguageSwitcher, made (showing English) when it has none yet."""
    app = app or QCoreApplication.instance()
    switcher = app.findChild(LanguageSwitcher)
    return switcher if switcher is not None else LanguageSwitcher(app)


class _LanguageChangeFilter(QObject):
    def __init__(self, watched: QObject, retranslate: Callable[[], None]) -> None:
        super().__init__(watched)
        self._retranslate = retranslate

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False


def on_language_change(widget: QObject, retranslate: Callable[[], None]) -> None:
    """Call ``retranslate`` now and each time the interface's language changes."""
    widget.installEventFilter(_LanguageChangeFilter(widget, retranslate))
    retranslate()
