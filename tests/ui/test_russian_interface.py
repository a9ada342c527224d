"""The Russian interface: View → Language switches at run time, and nothing visible stays English.

The enumerating test switches the real main window to Russian and walks every action (text,
tooltip, status tip), menu, label, button, group box, tab, header, placeholder and tooltip of
the window and its pages, every dialog the menus, toolbar and list menu open (their ``exec``
patched: inspected, then rejected) and every question of :class:`Prompts`. A text is
untranslated when it holds a Latin word that is not a proper name (PROPER_NAMES) or a value
the fixture itself puts on screen (FIXTURE_WORDS).

PENDING_AREAS: the parts translated on other branches (module prefixes of the widget's or an
ancestor's class, or objectNames); they are skipped here until the coordinator merges those
branches and empties the set.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pytest
from fakes import FakePrompter
from gui_start import run_gui_and_look
from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QToolButton,
    QTreeView,
    QWidget,
)

from desk_app.domain.article import ArticleData
from desk_app.services.profiles import ConnectionProfile, dump_profiles
from desk_app.services.sync import Attention, OutboxStatus
from desk_app.ui.editor.dialogs import UnsavedChoice
from desk_app.ui.editor.recovery import RecoveryJournal
from desk_app.ui.field.outbox_dialog import OutboxDialog
from desk_app.ui.field.status import SyncView, status_text
from desk_app.ui.i18n import ENGLISH, RUSSIAN, application_switcher, localized
from desk_app.ui.settings import Options, Settings
from desk_app.ui.tasks import SynchronousTaskRunner
from desk_app.ui.widgets.dialogs import ImportSummary
from desk_app.ui.widgets.progress import TaskProgressDialog
from desk_app.ui.widgets.prompts import Prompts
from desk_app.ui.window.ids import Command, Menu, Submenu, find_menu
from desk_app.ui.window.main_window import MainWindow

PENDING_AREAS: frozenset[str] = frozenset()
"""Areas translated on other branches: skipped until merged (the coordinator empties this)."""

PENDING_TEXTS: tuple[str, ...] = ()
"""Sentences of the lower layers this area shows, translated on another branch (emptied at merge)."""

PROPER_NAMES = frozenset({
    "Desk", "PostgreSQL", "SQLite", "Markdown", "HTML", "CSV", "URL", "Hunspell", "TLS", "UTC", "Qt",
    "OK",                       # Qt's own Russian keeps "OK" on its standard button, as Russian software does
    "English",                  # View → Language names each language in itself
    "RU", "EN",                 # language codes shown beside the language names
    "https", "http", "JPEG", "PNG", "WebP", "HEIC",   # URL schemes and image formats
    # keys in shortcut texts (QKeySequence's own, or written after a tab in a menu)
    "Ctrl", "Shift", "Alt", "Del", "Esc", "Enter", "Left", "Right", "Up", "Down", "Home", "End",
})
FIXTURE_WORDS = frozenset({"chief"})
"""Values this test's workspace puts on screen (the login)."""

LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z']+")
NOT_WORDS = re.compile(r"<[^>]+>|&[a-z]+;"          # markup
                       r"|\*\.\w+"                   # file name patterns: *.md
                       r"|(?:[\w~-]*/)+[\w.-]*"        # paths: /tmp/…/desk.sqlite3
                       r"|\w+(?:\.\w+)+")              # host and file names: db.newsroom.example, a.md


def untranslated_words(text: str, data: tuple[str, ...] = ()) -> list[str]:
    """The Latin words of ``text`` that are neither proper names nor ``data`` (values on screen)."""
    if any(text.startswith(sentence) for sentence in PENDING_TEXTS):
        return []
    plain = NOT_WORDS.sub(" ", text or "").replace("&&", "").replace("&", "")
    for value in data:
        plain = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", plain)
    return [w for w in LATIN_WORD.findall(plain) if w not in PROPER_NAMES and w.lower() not in FIXTURE_WORDS]


def pending(obj: QObject) -> bool:
    """Whether ``obj`` belongs to an area still translated elsewhere (itself or an ancestor; a tool
    button by its action)."""
    if isinstance(obj, QToolButton) and obj.defaultAction() is not None and pending(obj.defaultAction()):
        return True
    while obj is not None:
        if obj.objectName() in PENDING_AREAS:
            return True
        if any(type(obj).__module__.startswith(area) for area in PENDING_AREAS if "." in area):
            return True
        obj = obj.parent()
    return False


class Walk:
    """Collects every visible text of widgets and dialogs, and the English ones among them."""

    def __init__(self, data: tuple[str, ...] = ()) -> None:
        self.texts: list[tuple[str, str]] = []     # (where, text)
        self._data = data                         # values on screen that are no words (logins, database names)

    def add(self, obj: QObject, what: str, text: str) -> None:
        if text and not pending(obj):
            self.texts.append((f"{type(obj).__name__}#{obj.objectName()} {what}", text))

    @property
    def english(self) -> list[str]:
        return [f"{where}: {text!r} ({', '.join(untranslated_words(text, self._data))})"
                for where, text in self.texts if untranslated_words(text, self._data)]

    def action(self, action: QAction) -> None:
        if action.isSeparator():
            return
        for what, text in (("text", action.text()), ("toolTip", action.toolTip()),
                           ("statusTip", action.statusTip()), ("iconText", action.iconText())):
            self.add(action, what, text)
        if action.menu() is not None:
            self.menu(action.menu())

    def menu(self, menu: QMenu) -> None:
        self.add(menu, "title", menu.title())
        for action in menu.actions():
            self.action(action)

    def widget(self, root: QWidget) -> None:
        """``root`` and everything under it."""
        for action in root.findChildren(QAction):
            self.action(action)
        for widget in [root, *root.findChildren(QWidget)]:
            self.add(widget, "toolTip", widget.toolTip())
            if widget.isWindow() or isinstance(widget, QDockWidget):
                self.add(widget, "windowTitle", widget.windowTitle().replace("[*]", ""))
            if isinstance(widget, QMenu):
                self.menu(widget)
            elif isinstance(widget, QLabel):   # an elided label: its whole text
                self.add(widget, "text", widget.full_text() if hasattr(widget, "full_text") else widget.text())
            elif isinstance(widget, QAbstractButton):
                self.add(widget, "text", widget.text())
            elif isinstance(widget, QGroupBox):
                self.add(widget, "title", widget.title())
            elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
                self.add(widget, "placeholderText", widget.placeholderText())
            elif isinstance(widget, QComboBox):
                for i in range(widget.count()):
                    self.add(widget, f"item {i}", widget.itemText(i))
            elif isinstance(widget, QTabBar):
                for i in range(widget.count()):
                    self.add(widget, f"tab {i}", widget.tabText(i))
                    self.add(widget, f"tab {i} toolTip", widget.tabToolTip(i))
            if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
                model = widget.model()
                for section in range(model.columnCount(QModelIndex())):
                    self.add(widget, f"header {section}",
                             str(model.headerData(section, Qt.Orientation.Horizontal) or ""))


@pytest.fixture
def ws(sqlite_url, clock):
    from desk_app.services.workspace import Workspace

    workspace = Workspace.open(sqlite_url, user="chief", clock=clock)
    yield workspace
    workspace.close()


@pytest.fixture
def interface_language(qapp):
    """``interface_language(code)`` switches the application; English again afterwards."""
    switcher = application_switcher()

    def switch(code: str) -> None:
        assert switcher.apply(code), f"desk_{code}.qm is missing: run make (it compiles desk_app/resources/i18n)"
        QApplication.processEvents()      # the LanguageChange events are posted

    yield switch
    switcher.apply(ENGLISH)
    QApplication.processEvents()


@pytest.fixture
def make_window(ws, qtbot, tmp_path):
    def make(prompts=None) -> MainWindow:
        for i, language in enumerate(("ru", "en")):
            ws.articles.create(ArticleData(headline=f"Статья {i}", body="Текст.", language=language),
                                apply_notice=True)
        window = MainWindow(ws, SynchronousTaskRunner(), Settings(tmp_path / "settings.ini"),
                            journal=RecoveryJournal(tmp_path / "recovery"), prompts=prompts or Prompts())
        window.pane.prompter = FakePrompter(UnsavedChoice.DISCARD)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        with qtbot.waitExposed(window):
            window.show()
        window.start()
        return window
    return make


# -- View → Language ---------------------------------------------------------------------------

def test_view_language_switches_the_window_at_run_time_and_keeps_the_open_text(make_window, qtbot, tmp_path):
    window = make_window()
    qtbot.waitUntil(lambda: window.status.count_label.text() == "2 articles")
    assert window.open_article(window.list_panel.model.article_id(0))
    window.pane.metadata.headline.setText("Правка, которую не сохранили")
    assert window.pane.is_dirty()
    menus = {menu: find_menu(window, menu) for menu in Menu}
    language_menu = window.findChild(QMenu, Submenu.LANGUAGE.object_name)
    assert language_menu is not None and language_menu.menuAction() in menus[Menu.VIEW].actions()
    assert window.commands[Command.LANGUAGE_SYSTEM].isChecked(), "a new user follows the system"
    try:
        window.commands[Command.LANGUAGE_RU].trigger()
        qtbot.waitUntil(lambda: menus[Menu.FILE].title() == "&Файл")
        assert [m.title() for m in menus.values()] == ["&Файл", "&Правка", "&Статья", "Вып&уск", "&Вид"]
        assert window.commands[Command.SAVE].text() == "&Сохранить"
        assert window.status.count_label.text() == "2 статьи"
        assert window.status.user_label.text() == "chief · Администратор"
        assert window.status.workspace_label.full_text().startswith("Локальная: ")
        assert language_menu.title() == "&Язык" and window.commands[Command.LANGUAGE_RU].isChecked()
        assert Settings(tmp_path / "settings.ini").get(Options.language) == RUSSIAN, "the choice is stored"
        window.refresh()
        assert window.status.currentMessage() == "Обновление списка статей…"
        assert window.pane.metadata.headline.text() == "Правка, которую не сохранили" and window.pane.is_dirty()
    finally:
        window.commands[Command.LANGUAGE_EN].trigger()
    qtbot.waitUntil(lambda: menus[Menu.FILE].title() == "&File")
    assert [m.title() for m in menus.values()] == ["&File", "&Edit", "&Article", "&Workflow", "&View"]
    assert window.status.count_label.text() == "2 articles"
    assert window.status.user_label.text() == "chief · Admin"
    assert Settings(tmp_path / "settings.ini").get(Options.language) == ENGLISH
    assert window.pane.metadata.headline.text() == "Правка, которую не сохранили" and window.pane.is_dirty()
    window.commands[Command.LANGUAGE_SYSTEM].trigger()
    assert Settings(tmp_path / "settings.ini").get(Options.language) == ""


def test_a_missing_translation_leaves_english_and_says_so(make_window, tmp_path):
    window = make_window()
    switcher = window.language_ui.switcher
    installed, switcher._qm_dir = switcher._qm_dir, tmp_path / "nowhere"   # an installation without its .qm
    try:
        assert not window.language_ui.choose(RUSSIAN)
        assert find_menu(window, Menu.FILE).title() == "&File"
        assert "translation is not installed" in window.status.currentMessage()
    finally:
        switcher._qm_dir = installed
        window.language_ui.choose(ENGLISH)


def test_the_field_status_and_a_nested_message_are_russian(interface_language):
    from desk_app.services.workspace_label import workspace_label

    interface_language(RUSSIAN)
    assert status_text(SyncView(3, 0, False, None, None)) == "Нет связи — в очереди: 3"
    assert status_text(SyncView(0, 21, True, None, None)) == "21 требует внимания"
    assert status_text(SyncView(0, 3, True, None, None)) == "3 требуют внимания"

    class Info:
        kind, path = "shared", None
        url = "postgresql://ann@db.example:5433/desk?sslmode=require"

    _text, tip = workspace_label(Info())
    assert localized(tip) == ("Общая рабочая база: база данных desk на db.example:5433, вход как ann "
                              "(TLS: require)"), "a sentence inside a sentence is translated too"


def test_desk_starts_in_the_language_of_the_setting(qapp, interface_language):
    """run_gui applies View → Language before any window is built."""
    Settings().set(Options.language, RUSSIAN)
    Settings().sync()
    titles = []
    try:
        assert run_gui_and_look(lambda window: titles.append(find_menu(window, Menu.FILE).title())) == 0
    finally:
        Settings().set(Options.language, "")    # the user settings file may be the process's one
        Settings().sync()
    assert titles == ["&Файл"]
    assert qapp.findChildren(type(application_switcher())) == [application_switcher()], "one switcher"


# -- nothing English in Russian --------------------------------------------------------------------

@dataclass
class _Entry:
    headline: str = "Черновик"
    saved_at: datetime = datetime(2026, 12, 3, 9, 30, tzinfo=timezone.utc)
    workspace_url: str = "sqlite:///desk.sqlite3"


class _Sync:
    def attention(self):
        return [Attention("a1", "Статья", "needs_attention", "Причина."),
                Attention("a2", "", "notice_changed", "Причина.")]

    def status(self):
        return OutboxStatus(2, 5, 0, 1, 1, None)


class _Controller:
    class field:  # noqa: N801 - the controller's attribute
        sync = _Sync()


def walk_everything(window: MainWindow, monkeypatch, qtbot) -> Walk:
    """The window, its pages, its menus, each dialog reachable from them and each Prompts question."""
    walk = Walk(data=("desk",))                     # the database name of the saved profile below
    seen: list[str] = []

    def inspect(dialog) -> int:
        seen.append(type(dialog).__name__)
        walk.widget(dialog)
        return QDialog.DialogCode.Rejected.value

    for cls in (QDialog, QMessageBox, QFileDialog):
        monkeypatch.setattr(cls, "exec", inspect)

    def file_dialog(parent, caption="", directory="", filter="", *args, **kwargs):  # noqa: A002 (Qt's name)
        seen.append("QFileDialog (static)")
        walk.add(window, "file dialog title", caption)
        walk.add(window, "file dialog filter", filter)
        return ([], "") if "Names" in file_dialog.name else ("", "")

    for name in ("getOpenFileNames", "getSaveFileName"):
        def static(*args, _name=name, **kwargs):
            file_dialog.name = _name
            return file_dialog(*args, **kwargs)
        monkeypatch.setattr(QFileDialog, name, staticmethod(static))
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text, *a: walk.add(window, "information", title)))

    # the window and its pages (the pairing page is the pairing area's), the history dock shown
    window.commands[Command.HISTORY].trigger()
    walk.widget(window)
    for menu in Menu:
        walk.menu(find_menu(window, menu))
    # the list's context menu, for an original and for a row with no translation yet
    for row in range(window.list_panel.model.rowCount()):
        menu = window.workflow_ui.list_menu(window.list_panel.model.article_id(row))
        walk.menu(menu)
        menu.deleteLater()
    # what the menus and the toolbar open
    window.list_panel.select_article(window.list_panel.model.article_id(0))
    for command in (Command.OPEN_WORKSPACE, Command.IMPORT, Command.EXPORT_HTML, Command.EXPORT_MD,
                    Command.REFRESH):
        window.commands[command].trigger()
    walk.add(window.status, "message", window.status.currentMessage())
    profile = ConnectionProfile(name="Редакция", host="db.newsroom.example", port=5432, database="desk",
                                user="e.morozova")
    Settings(Path(window._settings.path)).set(Options.profiles, dump_profiles([profile]))
    window.commands[Command.CONNECT_SHARED].trigger()
    dialog = window.shared.dialog
    assert dialog is not None and dialog.isVisible()
    assert "Редакция" in dialog.result_text, "the saved profile is selected"
    walk.widget(dialog)
    dialog.new_button.click()
    dialog.test()                                   # an empty form: the first problem, in Russian
    walk.add(dialog, "result", dialog.result_text)
    dialog.reject()
    # every question the window's parts ask
    prompts = Prompts()
    prompts.error(window, "Заголовок", "Текст.")
    prompts.confirm(window, "Заголовок", "Текст.", "Принять")
    prompts.ask_note(window, "Заголовок", "Текст.", "Вернуть", required=True)
    prompts.ask_note(window, "Заголовок", "Текст.", "Снять", required=False)
    prompts.ask_unsaved_translation(window, "")
    prompts.connect_failed(window, "Причина.", shared=True)
    prompts.connect_failed(window, "Причина.", shared=False)
    prompts.confirm_take_over(window, "Анна", "12:00")
    summary = ImportSummary(total=3, imported=["a.md"], failed=[("b.md", "Причина.")], cancelled=True)
    prompts.import_report(window, summary, offer_notice_retry=True)
    prompts.workspace_error(window, "Причина.")
    prompts.recovery(window, [_Entry(), _Entry(headline="")])
    progress = TaskProgressDialog("Импорт", "Импорт…", window, show_after_ms=0)
    progress.request_cancel()
    walk.widget(progress)
    progress.finish()
    outbox = OutboxDialog(_Controller(), window)
    walk.widget(outbox)
    outbox.deleteLater()
    for expected in ("QFileDialog", "QFileDialog (static)", "QMessageBox", "NoteDialog", "ConnectErrorDialog",
                     "ImportReportDialog", "WorkspaceErrorDialog", "RecoveryDialog"):
        assert expected in seen, f"{expected} was not shown: the walk would miss it"
    return walk


def test_nothing_in_the_window_and_its_dialogs_stays_english(make_window, interface_language, monkeypatch, qtbot):
    window = make_window()
    interface_language(RUSSIAN)
    assert find_menu(window, Menu.FILE).title() == "&Файл"
    walk = walk_everything(window, monkeypatch, qtbot)
    assert len(walk.texts) > 200, "the walk saw the window's texts"
    assert not walk.english, "untranslated in Russian:\n" + "\n".join(walk.english)


def test_the_walk_finds_an_english_string():
    """The check itself: an English word in a widget of this area is reported, a proper name is not."""
    label = QLabel("Синхронизация с PostgreSQL через Desk (Ctrl+Shift+O): /tmp/x/desk.sqlite3, *.md")
    walk = Walk()
    walk.widget(label)
    assert not walk.english
    label.setToolTip("Сохранить the article")
    walk.widget(label)
    assert walk.english and "the, article" in walk.english[0]
