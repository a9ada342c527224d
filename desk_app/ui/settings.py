"""One typed settings registry over QSettings (INI), declared once.

Every option has a name, a type and a default; reading an option that holds a
value of the wrong type gives the default instead of crashing. Window geometry
and splitter sizes are stored by name. Nothing secret is ever stored here.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    type: type
    default: T
    doc: str = ""


class Options:
    """Every option Desk keeps between runs."""

    window_geometry = Option("window/geometry", QByteArray, QByteArray(), "main window geometry")
    window_state = Option("window/state", QByteArray, QByteArray(), "toolbars and docks")
    splitters = Option("window/splitters", dict, {}, "splitter states by splitter name (hex)")
    list_header = Option("list/header", QByteArray, QByteArray(), "article list column widths and order")
    last_article = Option("session/last_article", str, "", "the article open at exit")
    last_workspace = Option("session/last_workspace", str, "", "URL of the workspace open at exit (no password)")
    display_zone = Option("display/zone", str, "Europe/Moscow", "time zone times are shown in")
    autosave_seconds = Option("editor/autosave_seconds", int, 3, "seconds between recovery snapshots")
    preview_delay_ms = Option("editor/preview_delay_ms", int, 300, "pause before the preview refreshes")
    editor_font_size = Option("editor/font_size", int, 12, "editor font size in points")
    new_article_language = Option("editor/new_language", str, "ru", "language of a new article")
    spell_check = Option("editor/spell_check", bool, True, "underline misspelt words in the article's language")
    language = Option("view/language", str, "", "interface language: en, ru, or empty to follow the system")
    profiles = Option("connections/profiles", list, [], "shared database profiles (never passwords)")
    last_profile = Option("connections/last_profile", str, "", "name of the profile connected to last (never a password)")




class Settings:
    """Typed access to the options; backed by an INI file so it is readable and diffable."""

    def __init__(self, path: Path | None = None):
        if path is None:
            self._q = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Desk", "Desk")
        else:
            self._q = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def path(self) -> str:
        return self._q.fileName()

    def get(self, option: Option[T]) -> T:
        value: Any = self._q.value(option.key, None)
        if value is None:
            return _copy(option.default)
        try:
            if option.type is bool:
                return (value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes"))  # type: ignore[return-value]
            if option.type is int:
                return int(value)  # type: ignore[return-value]
            if option.type is QByteArray:
                return value if isinstance(value, QByteArray) else _copy(option.default)
            if option.type in (dict, list):
                return value if isinstance(value, option.type) else _copy(option.default)
            return option.type(value)
        except (TypeError, ValueError):
            return _copy(option.default)

    def set(self, option: Option[T], value: T) -> None:
        self._q.setValue(option.key, value)

    def splitter_state(self, name: str) -> QByteArray | None:
        raw = self.get(Options.splitters).get(name)
        return QByteArray.fromHex(raw.encode()) if isinstance(raw, str) else None

    def set_splitter_state(self, name: str, state: QByteArray) -> None:
        states = dict(self.get(Options.splitters))
        states[name] = bytes(state.toHex()).decode()
        self.set(Options.splitters, states)

    def sync(self) -> None:
        self._q.sync()


def _copy(value):
    if isinstance(value, (dict, list)):
        return type(value)(value)
    if isinstance(value, QByteArray):
        return QByteArray(value)
    return value
