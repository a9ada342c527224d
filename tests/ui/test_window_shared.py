"""The main window on a shared database: connecting and switching back without restarting, live
refresh, edit locks with take-over, conflicts in the pane, the status bar — and the password never
written anywhere.

The PostgreSQL cases build a provisioned newsroom (an editor and a correspondent, each with their
own login role) and drive the window through its real menu commands and the real ConnectDialog; the
"second client" is a separate Workspace with an engine of its own.
"""
from __future__ import annotations

import json
import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest
from fakes import FakePrompter, FakePrompts
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine, text

from desk_app.domain.article import ArticleData
from desk_app.domain.errors import ConflictError
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.domain.workflow import Role
from desk_app.services.credentials import CredentialStore
from desk_app.services.locks import LockLost
from desk_app.services.profiles import ConnectionProfile
from desk_app.services.workspace import Workspace
from desk_app.store.models import Revision
from desk_app.ui.connection.dialog import ERROR, OK
from desk_app.ui.editor.dialogs import ConflictAnswer, UnsavedChoice
from desk_app.ui.editor.recovery import RecoveryJournal
from desk_app.ui.settings import Options, Settings
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.dialogs import EDIT_PROFILE, TAKE_OVER
from desk_app.ui.window.ids import Command, Menu, find_menu
from desk_app.ui.window.live import MSG_LOST, MSG_RECONNECTED
from desk_app.ui.window.main_window import MainWindow

PASSWORD = "Kx7!harbour-Пароль-2026"
WAIT_MS = 15_000


# -- honest fakes ----------------------------------------------------------------------------------

class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


# -- the newsroom -----------------------------------------------------------------------------------

@dataclass
class Newsroom:
    admin_url: object        # the server's admin URL for this database
    host: str
    port: int
    database: str
    editor: str              # login roles
    writer: str

    def profile(self, login: str, name: str = "Редакция") -> ConnectionProfile:
        return ConnectionProfile(name=name, host=self.host, port=self.port, database=self.database, user=login,
                                 sslmode="prefer")

    def client(self, login: str, password: str | None = None) -> Workspace:
        """A second Desk: its own engine, logged in as ``login``."""
        return Workspace.open(self.profile(login).url(password), run_migrations=False)


def _make_newsroom(pg_server_url, pg_database_factory, password: str | None = None):
    url = pg_database_factory("desk_window")
    suffix = uuid.uuid4().hex[:6]
    room = Newsroom(url, pg_server_url.host or "127.0.0.1", pg_server_url.port or 5432, url.database,
                    f"ivan_{suffix}", f"anna_{suffix}")
    with Workspace.open(url.render_as_string(hide_password=False)) as admin:
        admin.admin.provision()
        admin.admin.add_user(room.editor, "editor", password=password, display_name="Иван Смирнов")
        admin.admin.add_user(room.writer, "correspondent", password=password, display_name="Анна Петрова")
    return room


def _drop_newsroom(pg_server_url, room: Newsroom) -> None:
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{room.database}" WITH (FORCE)'))
        for login in (room.editor, room.writer):
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
    admin.dispose()


@pytest.fixture
def newsroom(pg_server_url, pg_database_factory):
    room = _make_newsroom(pg_server_url, pg_database_factory)
    yield room
    _drop_newsroom(pg_server_url, room)


def paragraphs(*texts: str) -> str:
    return "\n\n".join((DEMO_NOTICE_TEXT, *texts))


def write(ws: Workspace, headline: str = "Махачкала без воды", *texts: str) -> ArticleData:
    texts = texts or ("Первый абзац о воде.", "Второй абзац об очередях.", "Третий абзац о причинах аварии.")
    return ws.articles.create(ArticleData(headline=headline, byline="Анна Петрова", dateline_place="Махачкала",
                                          body=paragraphs(*texts)), apply_notice=True).article


def history(ws: Workspace, article_id: str) -> list[tuple[str, str, str]]:
    """(action, author, body) of every revision, oldest first."""
    with ws.unit() as s:
        rows = s.query(Revision).filter(Revision.article_id == article_id).order_by(Revision.number).all()
        return [(r.action, r.author_login, json.loads(r.snapshot)["body"]) for r in rows]


# -- the window -----------------------------------------------------------------------------------------

@pytest.fixture
def settings_path() -> Path:
    return Path(os.environ["XDG_CONFIG_HOME"]) / "Desk" / "Desk.ini"


@pytest.fixture
def desk(qtbot, settings_path):
    """``desk()``: a shown, started window on the local workspace, as Desk starts; closed afterwards."""
    from desk_app.services.local import open_workspace
    from desk_app.services.paths import data_dir

    made: list[tuple[MainWindow, TaskRunner]] = []

    def make() -> MainWindow:
        tasks = TaskRunner()
        window = MainWindow(open_workspace(None), tasks, Settings(settings_path),
                            journal=RecoveryJournal(data_dir() / "recovery"), prompts=FakePrompts())
        window.pane.prompter = FakePrompter(UnsavedChoice.DISCARD, save_as_new=False, link=None)
        window.shared.credentials = CredentialStore(MemoryKeyring())
        window.resize(1300, 760)
        window.show()
        qtbot.waitExposed(window)
        window.start()
        made.append((window, tasks))
        return window

    yield make
    for window, tasks in made:        # closed and deleted here, so no late timer starts work for a dead window
        window.pane.prompter.unsaved = UnsavedChoice.DISCARD
        window.close()
        for _round in range(3):
            tasks.wait(10_000)
            QApplication.processEvents()
        workspace = window.workspace
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        tasks.wait(10_000)
        QApplication.processEvents()
        workspace.close()


def fill(dialog, profile: ConnectionProfile, password: str = "") -> None:
    dialog.name_edit.setText(profile.name)
    dialog.host_edit.setText(profile.host)
    dialog.port_spin.setValue(profile.port)
    dialog.database_edit.setText(profile.database)
    dialog.user_edit.setText(profile.user)
    dialog.tls_combo.setCurrentIndex(dialog.tls_combo.findData(profile.sslmode))
    dialog.password_edit.setText(password)


def connect(window: MainWindow, qtbot, profile: ConnectionProfile, password: str = "", *, save: bool = True):
    """File → Connect to shared database…: fill the dialog, test, save the profile, connect."""
    window.commands[Command.CONNECT_SHARED].trigger()
    dialog = window.shared.dialog
    assert dialog.isVisible()
    fill(dialog, profile, password)
    if save:
        dialog.test()
        qtbot.waitUntil(lambda: dialog.result_kind in (OK, ERROR), timeout=WAIT_MS)
        assert dialog.result_kind == OK, dialog.result_text
        dialog.save_profile()
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: window.workspace.info.kind == "shared", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.status.connection_state == "connected", timeout=WAIT_MS)
    return dialog


def wait_row(window: MainWindow, qtbot, article_id: str) -> int:
    model = window.list_panel.model
    qtbot.waitUntil(lambda: model.row_of(article_id) is not None, timeout=WAIT_MS)
    return model.row_of(article_id)


def type_text(widget, typed: str) -> None:
    for ch in typed:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def type_after(editor, anchor: str, typed: str) -> None:
    """Put the cursor right after ``anchor`` in the editor and type ``typed``."""
    found = editor.document().find(anchor)
    assert not found.isNull(), anchor
    cursor = editor.textCursor()
    cursor.setPosition(found.selectionEnd())
    editor.setTextCursor(cursor)
    editor.setFocus()
    type_text(editor, typed)


# -- connecting and switching ---------------------------------------------------------------------------

def test_the_file_menu_offers_connect_and_local(desk):
    window = desk()
    file_menu = find_menu(window, Menu.FILE)
    names = [a.objectName() for a in file_menu.actions()]
    at = names.index(Command.CONNECT_SHARED.object_name)
    assert names[at:at + 3] == [c.object_name for c in (Command.CONNECT_SHARED, Command.OPEN_LOCAL,
                                                          Command.OPEN_WORKSPACE)]
    assert [a.text() for a in file_menu.actions()][at:at + 3] == [
        "&Connect to shared database…", "Open &local workspace", "&Open workspace…"]
    assert window.status.connection_label.isHidden() and window.shared.live is None


@pytest.mark.pg_only
def test_connect_from_the_dialog_and_back_to_local_without_restarting(desk, newsroom, qtbot, settings_path):
    writer = newsroom.client(newsroom.writer)
    article = write(writer)
    window = desk()
    local_url = window.workspace.info.url
    local = window.workspace

    connect(window, qtbot, newsroom.profile(newsroom.editor))
    shared = window.workspace
    assert shared is not local and shared.actor.login == newsroom.editor and shared.actor.role is Role.EDITOR
    status = window.status
    assert status.workspace_label.full_text() == f"Shared: {newsroom.host}/{newsroom.database}"   # (elided when narrow)
    assert status.user_label.text() == f"{newsroom.editor} · Editor"
    assert status.connection_text == "● connected" and status.connection_label.isVisible()
    assert "#1a7f37" in status.connection_label.text()                         # green
    assert window.windowTitle() == f"Shared: {newsroom.host}/{newsroom.database}[*] — Desk"
    bridge = window.shared.live
    assert bridge is not None and bridge.listener.running
    settings = Settings(settings_path)
    assert settings.get(Options.last_profile) == "Редакция"
    assert settings.get(Options.last_workspace) == newsroom.profile(newsroom.editor).safe_url

    row = wait_row(window, qtbot, article.id)
    window.list_panel.select_article(article.id, notify=True)
    qtbot.waitUntil(lambda: window.pane.article_id() == article.id, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.shared.keeper.lock is not None, timeout=WAIT_MS)
    assert writer.locks.lock(article.id).holder_login == newsroom.editor
    assert window.list_panel.model.badges(row) == []                           # my own lock: no badge

    window.commands[Command.OPEN_LOCAL].trigger()
    qtbot.waitUntil(lambda: window.workspace.info.kind == "local", timeout=WAIT_MS)
    assert window.workspace.info.url == local_url
    assert window.shared.live is None and not bridge.listener.running
    assert status.connection_label.isHidden() and status.workspace_label.full_text() == "Local: workspace.sqlite3"
    assert window.pane.article_id() is None
    qtbot.waitUntil(lambda: writer.locks.lock(article.id) is None, timeout=WAIT_MS)   # released on the switch

    assert window.shared.resume()             # next start: the last profile, by name, from the settings
    qtbot.waitUntil(lambda: window.workspace.info.kind == "shared", timeout=WAIT_MS)
    assert window.workspace.actor.login == newsroom.editor
    writer.close()


@pytest.mark.pg_only
def test_a_failed_connection_is_one_sentence_and_edit_profile_reopens_the_dialog(desk, newsroom, qtbot):
    window = desk()
    local = window.workspace
    wrong = ConnectionProfile(**{**newsroom.profile(newsroom.editor).to_dict(), "database": "desk_no_such_db"})
    window.shared.prompts.answers = [EDIT_PROFILE]
    window.shared.open_shared(wrong, "")
    qtbot.waitUntil(lambda: bool(window.shared.prompts.failures), timeout=WAIT_MS)
    sentence = window.shared.prompts.failures[0]
    assert sentence.startswith("There is no database “desk_no_such_db”") and sentence.count(";") <= 1
    assert window.workspace is local                                      # nothing changed
    dialog = window.shared.dialog
    assert dialog.isVisible() and dialog.profile().database == "desk_no_such_db"
    assert dialog.result_kind == ERROR and dialog.result_text == sentence


# -- live refresh ---------------------------------------------------------------------------------------

@pytest.mark.pg_only
def test_another_clients_save_updates_the_list_row_within_two_seconds(desk, newsroom, qtbot):
    writer = newsroom.client(newsroom.writer)
    article = write(writer)
    window = desk()
    connect(window, qtbot, newsroom.profile(newsroom.editor))
    model = window.list_panel.model
    row = wait_row(window, qtbot, article.id)
    assert model.row_data(row).headline == "Махачкала без воды"

    stored = writer.articles.get(article.id)
    writer.articles.save(stored.copy(headline="Махачкала третий день без воды"), apply_notice=True)
    qtbot.waitUntil(lambda: model.row_data(model.row_of(article.id)).headline
                    == "Махачкала третий день без воды", timeout=2000)

    fresh = write(writer, "Новая статья другого клиента")           # a new row: the list re-queries
    qtbot.waitUntil(lambda: model.row_of(fresh.id) is not None, timeout=2000)
    writer.close()


@pytest.mark.pg_only
def test_after_a_lost_connection_the_status_bar_says_so_and_the_list_is_requeried(desk, newsroom, qtbot,
                                                                                 pg_server_url):
    writer = newsroom.client(newsroom.writer)
    window = desk()
    connect(window, qtbot, newsroom.profile(newsroom.editor))
    messages: list[str] = []
    window.status.messageChanged.connect(messages.append)
    pid = window.shared.live.listener.backend_pid
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    admin.dispose()
    missed = write(writer, "Сохранена, пока связи не было")        # its notification may be lost
    qtbot.waitUntil(lambda: MSG_LOST in messages, timeout=WAIT_MS)
    assert window.status.connection_state in ("reconnecting", "connected")
    qtbot.waitUntil(lambda: MSG_RECONNECTED in messages, timeout=WAIT_MS)
    assert window.status.connection_text == "● connected"
    assert messages.index(MSG_LOST) < messages.index(MSG_RECONNECTED)
    assert window.list_panel.model.row_of(missed.id) is not None
    writer.close()


# -- edit locks ---------------------------------------------------------------------------------------------

@pytest.mark.pg_only
def test_a_lock_held_by_another_user_opens_read_only_and_an_editor_takes_over(desk, newsroom, qtbot):
    writer = newsroom.client(newsroom.writer)
    writer.locks.zone = None
    article = write(writer)
    held = writer.locks.acquire(article.id)
    window = desk()
    connect(window, qtbot, newsroom.profile(newsroom.editor))
    model, pane = window.list_panel.model, window.pane
    row = wait_row(window, qtbot, article.id)
    qtbot.waitUntil(lambda: model.badges(model.row_of(article.id)) == ["being edited by Анна Петрова"],
                    timeout=WAIT_MS)

    window.open_article(article.id)
    qtbot.waitUntil(lambda: pane.is_read_only(), timeout=WAIT_MS)
    since = window.workspace.locks.since_text(held.acquired_at)
    assert f"Being edited by Анна Петрова since {since};" in pane.banner_label.text()
    assert pane.banner.isVisible() and pane.banner_button.isVisible() and pane.banner_button.text() == TAKE_OVER
    assert window.shared.keeper.lock is None

    # her save shows up in the open read-only article
    stored = writer.articles.get(article.id)
    writer.articles.save(stored.copy(body=stored.body + "\n\nЧетвёртый абзац от Анны."), apply_notice=True)
    qtbot.waitUntil(lambda: "Четвёртый абзац от Анны." in pane.editor.body(), timeout=3000)
    assert pane.is_read_only() and "Being edited by Анна Петрова" in pane.banner_label.text()

    pane.banner_button.click()
    assert window.shared.prompts.take_over_asked == [("Анна Петрова", since)]
    qtbot.waitUntil(lambda: not pane.is_read_only(), timeout=WAIT_MS)
    lock = window.shared.keeper.lock
    assert lock.holder_login == newsroom.editor and lock.taken_over_from == newsroom.writer
    qtbot.waitUntil(lambda: model.badges(row) == [], timeout=WAIT_MS)
    assert pane.current_data().version == writer.articles.get(article.id).version   # reloaded after takeover
    actions = [action for action, _who, _body in history(writer, article.id)]
    assert actions[-1] == "lock_takeover"                                          # recorded

    # the other client keeps its text and meets a conflict on its next save
    with pytest.raises(LockLost):
        writer.locks.heartbeat(article.id)
    with pytest.raises(ConflictError):
        writer.articles.save(stored.copy(body=stored.body + "\n\nЕё текст."), apply_notice=True)

    # opening another article releases the lock
    other = write(writer, "Другая статья")
    wait_row(window, qtbot, other.id)
    window.open_article(other.id)
    qtbot.waitUntil(lambda: writer.locks.lock(article.id) is None, timeout=WAIT_MS)
    writer.close()


@pytest.mark.pg_only
def test_a_correspondent_sees_who_edits_but_cannot_take_over(desk, newsroom, qtbot):
    writer = newsroom.client(newsroom.writer)
    article = write(writer)
    editor = newsroom.client(newsroom.editor)
    editor.locks.acquire(article.id)
    window = desk()
    connect(window, qtbot, newsroom.profile(newsroom.writer))
    pane = window.pane
    wait_row(window, qtbot, article.id)
    window.open_article(article.id)
    qtbot.waitUntil(lambda: pane.is_read_only(), timeout=WAIT_MS)
    assert "Being edited by Иван Смирнов since" in pane.banner_label.text()
    assert "becomes editable when they close it" in pane.banner_label.text()
    assert not pane.banner_button.isVisible()
    editor.locks.release(article.id)                    # they close it: it becomes editable here
    qtbot.waitUntil(lambda: not pane.is_read_only(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.shared.keeper.lock is not None, timeout=WAIT_MS)
    writer.close()
    editor.close()


def test_local_workspaces_use_locks_too_and_closing_releases_them(desk, qtbot):
    window = desk()
    ws = window.workspace
    ws.ensure_user("anna", Role.EDITOR, "Анна Петрова")
    anna = Workspace.open(ws.info.url, user="anna")
    try:
        first, second = write(anna, "Первая"), write(anna, "Вторая")
        anna.locks.acquire(first.id)
        window.list_panel.refresh()
        wait_row(window, qtbot, first.id)
        window.open_article(first.id)
        pane = window.pane
        qtbot.waitUntil(lambda: pane.is_read_only(), timeout=WAIT_MS)
        assert "Being edited by Анна Петрова since" in pane.banner_label.text()
        model = window.list_panel.model
        qtbot.waitUntil(lambda: model.badges(model.row_of(first.id)) == ["being edited by Анна Петрова"],
                        timeout=WAIT_MS)
        pane.banner_button.click()                          # the local user administers the workspace
        qtbot.waitUntil(lambda: not pane.is_read_only(), timeout=WAIT_MS)
        assert anna.locks.lock(first.id).holder_login == ws.actor.login

        window.open_article(second.id)
        keeper = window.shared.keeper
        qtbot.waitUntil(lambda: keeper.lock is not None and keeper.lock.article_id == second.id, timeout=WAIT_MS)
        assert keeper.heartbeat_active and anna.locks.lock(second.id).holder_login == ws.actor.login
        qtbot.waitUntil(lambda: anna.locks.lock(first.id) is None, timeout=WAIT_MS)   # released: another opened
        window.close()
        qtbot.waitUntil(lambda: anna.locks.lock(second.id) is None, timeout=WAIT_MS)   # and on close
    finally:
        anna.close()


# -- conflicts in the pane ------------------------------------------------------------------------------

@pytest.mark.pg_only
def test_a_conflicting_save_in_the_window_merges_and_both_texts_stay_in_the_history(desk, newsroom, qtbot):
    writer = newsroom.client(newsroom.writer)
    article = write(writer)
    window = desk()
    connect(window, qtbot, newsroom.profile(newsroom.editor))
    pane = window.pane
    wait_row(window, qtbot, article.id)
    window.open_article(article.id)
    qtbot.waitUntil(lambda: window.shared.keeper.lock is not None, timeout=WAIT_MS)
    type_after(pane.editor, "Первый абзац о воде", ", уточнил редактор")
    assert pane.is_dirty()

    # Anna saves meanwhile (locks are advisory): the third paragraph
    stored = writer.articles.get(article.id)
    writer.articles.save(stored.copy(body=stored.body.replace("о причинах аварии", "о причинах аварии на водоводе")),
                         apply_notice=True)
    qtbot.waitUntil(lambda: "newer version" in pane.area.message_bar.text(), timeout=3000)   # said at once

    pane.prompter.conflict = lambda case: ConflictAnswer("merge", case.merge_text, {})
    assert window.save()
    case = pane.prompter.cases[0]
    assert case.clean and case.saved_by == "Анна Петрова"
    final = writer.articles.get(article.id)
    assert "Первый абзац о воде, уточнил редактор." in final.body
    assert "о причинах аварии на водоводе" in final.body
    assert not pane.is_dirty() and pane.editor.body() == final.body and pane.current_data().version == final.version
    revisions = history(writer, article.id)
    assert [a for a, _w, _b in revisions][-2:] == ["conflict_kept_aside", "conflict_merge"]
    bodies_by = [(who, body) for _a, who, body in revisions]
    assert any(who == newsroom.writer and "на водоводе" in body and "уточнил" not in body for who, body in bodies_by)
    assert any(who == newsroom.editor and "уточнил редактор" in body and "на водоводе" not in body
               for who, body in bodies_by)
    model = window.list_panel.model
    qtbot.waitUntil(lambda: model.row_data(model.row_of(article.id)).version == final.version, timeout=WAIT_MS)
    writer.close()


# -- the password ------------------------------------------------------------------------------------------

@pytest.fixture
def guarded_newsroom(pg_server_url, pg_database_factory):
    """A newsroom whose login roles have a password (pg_hba is trust here: any password works)."""
    room = _make_newsroom(pg_server_url, pg_database_factory, password=PASSWORD)
    yield room
    _drop_newsroom(pg_server_url, room)


@pytest.mark.pg_only
def test_the_password_is_never_written_logged_or_shown(desk, guarded_newsroom, qtbot, caplog, tmp_path,
                                                       settings_path):
    room = guarded_newsroom
    writer = room.client(room.writer, PASSWORD)
    article = write(writer)
    caplog.set_level(logging.DEBUG)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)     # every statement is logged
    try:
        window = desk()
        keyring = MemoryKeyring()
        window.shared.credentials = CredentialStore(keyring)
        dialog = connect(window, qtbot, room.profile(room.editor), PASSWORD)
        assert window.workspace.actor.login == room.editor
        # edit and save an article (recovery snapshot, lock, history), get a conflict dialog's case
        wait_row(window, qtbot, article.id)
        window.open_article(article.id)
        qtbot.waitUntil(lambda: window.shared.keeper.lock is not None, timeout=WAIT_MS)
        type_after(window.pane.editor, "Второй абзац об очередях", " и о цистернах")
        window.pane.write_snapshot(now=True)
        snapshots = [p for p in (Path(os.environ["DESK_DATA_DIR"]) / "recovery").rglob("*.json")]
        assert snapshots and all(PASSWORD not in p.read_text(encoding="utf-8") for p in snapshots)
        assert window.save()
        # a failure: the sentence (and what the dialog shows) never carries it
        window.shared.prompts.answers = [EDIT_PROFILE]
        bad = ConnectionProfile(**{**room.profile(room.editor).to_dict(), "database": "desk_nope_nope"})
        window.shared.open_shared(bad, PASSWORD)
        qtbot.waitUntil(lambda: bool(window.shared.prompts.failures), timeout=WAIT_MS)
        again = window.shared.dialog
        assert again is not dialog and again.result_kind == ERROR
        again.reject()
        # switch back to local, close: settings are written
        window.commands[Command.OPEN_LOCAL].trigger()
        qtbot.waitUntil(lambda: window.workspace.info.kind == "local", timeout=WAIT_MS)
        window.close()
        shown = [window.status.workspace_label.text(), window.status.workspace_label.toolTip(),
                 window.windowTitle(), *window.shared.prompts.failures, *(m for _t, m in window._prompts.errors)]
    finally:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
        writer.close()
    forms = {PASSWORD, quote(PASSWORD, safe=""), quote_plus(PASSWORD)}
    assert "article_locks" in caplog.text and "UPDATE articles" in caplog.text   # logging was on
    assert not any(form in caplog.text for form in forms)
    assert not any(form in line for line in shown for form in forms)
    settings = Settings(settings_path)
    assert PASSWORD not in settings.get(Options.last_workspace) and "***" not in settings.get(Options.last_workspace)
    assert settings.get(Options.profiles) and all("password" not in p for p in settings.get(Options.profiles))
    assert settings_path.exists()
    roots = [Path(os.environ["DESK_DATA_DIR"]), Path(os.environ["XDG_CONFIG_HOME"]),
             Path(os.environ["XDG_DATA_HOME"]), tmp_path]
    for root in roots:
        leaks = [p for p in root.rglob("*") if p.is_file()
                 and any(form.encode() in p.read_bytes() for form in forms)] if root.exists() else []
        assert leaks == [], root
    assert keyring.items == {}              # "Remember" was not ticked: memory only, for this run


# -- the screenshots --------------------------------------------------------------------------------------

@pytest.mark.pg_only
def test_the_screenshot_script_builds_its_scene_and_saves_both_pictures(qapp, tmp_path, pg_server_url):
    import importlib.util

    from PySide6.QtGui import QImage

    path = Path(__file__).with_name("make_shared_screenshots.py")
    spec = importlib.util.spec_from_file_location("shared_make_screenshots", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    suffix = "_" + uuid.uuid4().hex[:6]
    pictures = module.make_screenshots(tmp_path / "shots", tmp_path, pg_server_url.render_as_string(False),
                                       database=f"desk_shots{suffix}", suffix=suffix)
    assert [p.name for p in pictures] == ["being-edited.png", "conflict-in-window.png"]
    for picture in pictures:
        image = QImage(str(picture))
        assert not image.isNull() and image.width() >= 1200 and image.height() >= 800
