"""The window on a field workspace: status bar states, Send now off the GUI thread, the outbox dialog."""
from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence

from desk_app.domain.workflow import Action
from desk_app.services.field_workspace import FieldWorkspace
from desk_app.ui.editor.recovery import RecoveryJournal
from desk_app.ui.field.controller import SEND_NOW_SHORTCUT, FieldController, attach
from desk_app.ui.field.outbox_dialog import OutboxDialog
from desk_app.ui.field.status import SyncView, status_text
from desk_app.ui.settings import Settings
from desk_app.ui.tasks import SynchronousTaskRunner
from desk_app.ui.window.main_window import MainWindow
from tests.services.field_helpers import body, drop_roles, make_newsroom, new_article

pytestmark = pytest.mark.pg_only
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture(scope="module")
def room(pg_server_url, pg_database_factory):
    room = make_newsroom(pg_database_factory)
    yield room
    drop_roles(pg_server_url, room)


@pytest.fixture
def window(qtbot, room, tmp_path):
    field = FieldWorkspace.init(tmp_path / "field.sqlite3", room.upstream())
    win = MainWindow(field.local, SynchronousTaskRunner(), Settings(tmp_path / "s.ini"),
                     journal=RecoveryJournal(tmp_path / "recovery"))
    qtbot.addWidget(win)
    win.resize(1100, 640)
    win.show()
    yield win
    controller = getattr(win, "field_ui", None)
    if controller is not None:
        controller.stop()
        controller.wait()
    win.workspace.close()


def controller_for(window) -> FieldController:
    controller = FieldController(window, start_timer=False)
    window.field_ui = controller
    return controller


def settle(qtbot, controller: FieldController) -> None:
    controller.wait(15)
    qtbot.waitUntil(lambda: not controller.busy, timeout=15_000)


def shoot(qtbot, window, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(100)   # the status bar lays out its new text
    window.status.grab().save(str(SHOTS / name))


def test_status_texts_are_exactly_the_ones_users_learn():
    assert status_text(SyncView(0, 0, True, None, None)) == "Online"
    assert status_text(SyncView(3, 0, False, None, None)) == "Offline — 3 queued"
    assert status_text(SyncView(3, 0, True, (1, 3), None)) == "Sending 2 of 3…"
    from datetime import datetime

    sent = datetime(2026, 12, 3, 14, 2).astimezone()
    assert status_text(SyncView(0, 0, True, None, sent)) == "All sent 14:02"
    assert status_text(SyncView(2, 1, True, None, None)) == "1 needs attention"
    assert status_text(SyncView(0, 2, False, None, None)) == "2 need attention"


def test_send_now_has_a_shortcut_no_other_action_uses(window):
    controller = controller_for(window)
    assert controller.send_now_action.shortcut() == QKeySequence(SEND_NOW_SHORTCUT)
    from PySide6.QtGui import QAction

    taken = [a for a in window.findChildren(QAction) if a is not controller.send_now_action
             and any(s == QKeySequence(SEND_NOW_SHORTCUT) for s in a.shortcuts())]
    assert taken == []


def test_offline_save_and_new_work_and_the_bar_says_so(qtbot, window, room):
    controller = controller_for(window)
    field = controller.field
    field.link = type(field.link)(field.link.upstream.set(port=1), field.link.login)
    field.sync.close()
    art = field.local.articles.create(new_article("Из поля")).article           # New, offline
    field.local.articles.save(art.copy(body=body("Сохранено без сети.")))     # Save, offline
    field.local.articles.create(new_article("Ещё одна"))
    controller.send_now()
    settle(qtbot, controller)
    assert controller.text == "Offline — 3 queued"
    assert "Cannot reach" in controller.last_error and "?" not in controller.last_error
    shoot(qtbot, window, "field-status-offline.png")


def test_outbox_counts_are_read_off_the_gui_thread_while_typing(qtbot, window, monkeypatch):
    """The poll and the end of a sync round read the replica in worker threads; the GUI only shows."""
    controller = controller_for(window)
    field = controller.field
    field.link = type(field.link)(field.link.upstream.set(port=1), field.link.login)
    field.sync.close()
    readers: list[threading.Thread] = []
    status = field.sync.status
    monkeypatch.setattr(field.sync, "status", lambda: readers.append(threading.current_thread()) or status())
    field.local.articles.create(new_article("Счёт в фоне"))
    controller.send_now()                 # a round that fails: its counts come from the worker
    settle(qtbot, controller)
    assert controller.text == "Offline — 1 queued"
    field.local.articles.create(new_article("Ещё одна"))
    controller._poll_counts()             # what the poll timer does
    qtbot.waitUntil(lambda: controller.text == "Offline — 2 queued", timeout=5_000)
    assert readers and threading.main_thread() not in readers


def test_sending_and_all_sent(qtbot, window):
    controller = controller_for(window)
    field = controller.field
    for i in range(3):
        field.local.articles.create(new_article(f"Заметка {i}"))
    seen: list[str] = []
    controller.sig_state_changed.connect(seen.append)
    controller._refresh_counts()
    controller._progressed(1, 3)          # what the worker reports between round trips
    assert controller.text == "Sending 2 of 3…"
    shoot(qtbot, window, "field-status-sending.png")
    controller.send_now()
    settle(qtbot, controller)
    assert controller.text.startswith("All sent ")
    assert field.sync.status().queued == 0


def test_a_refusal_shows_needs_attention_with_one_sentence(qtbot, window, room):
    controller = controller_for(window)
    field = controller.field
    art = field.local.articles.create(new_article("Заблокируется")).article
    field.sync.sync()
    with room.as_(room.editor) as ed:
        ed.workflow.perform(art.id, Action.SUBMIT)
        ed.workflow.perform(art.id, Action.APPROVE)
    field.sync.pull()
    with field.local.unit() as s:   # a stale client's edit, past the local check
        from desk_app.store.models import Article
        from desk_app.store.outbox import add_op
        from desk_app.store.repository import add_revision

        row = s.get(Article, art.id)
        row.body = body("Запрещённая правка.")
        s.flush()
        rev = add_revision(s, row, number=row.version, author=room.corr, action="save",
                           from_status=row.status, note="", when=field.local.clock())
        add_op(s, rev, base_version=rev.number - 1, when=field.local.clock())
    controller.send_now()
    settle(qtbot, controller)
    assert controller.text == "1 needs attention"
    shoot(qtbot, window, "field-status-needs-attention.png")
    dialog = OutboxDialog(controller, parent=window)
    assert "Needs attention: “Заблокируется”" in dialog.items.item(0).text()
    assert "does not let you" in dialog.items.item(0).text()
    assert dialog.retry_button.isEnabled() and not dialog.resolve_button.isEnabled()
    dialog.resize(720, 300)
    dialog.grab().save(str(SHOTS / "field-outbox.png"))
    dialog.close()


def test_sync_never_blocks_the_gui_thread_while_the_server_hangs(qtbot, window):
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)                   # accepts TCP, never answers: the startup hangs until the timeout
    try:
        controller = controller_for(window)
        field = controller.field
        field.link = type(field.link)(field.link.upstream.set(port=silent.getsockname()[1]), field.link.login)
        field.sync.close()
        field.local.articles.create(new_article("Пока сервер молчит"))
        controller.send_now()
        assert controller.busy         # Send now returned while the worker still waits for the server
        ticks: list[int] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(5)
        try:                           # the event loop keeps turning while the worker waits
            qtbot.waitUntil(lambda: len(ticks) >= 20, timeout=5000)
        finally:
            timer.stop()
        assert controller.busy         # ...and the server still has not answered
    finally:
        controller.stop()
        silent.close()
        settle(qtbot, controller)


def test_attach_gives_a_field_window_its_menu(qtbot, window):
    assert attach(window) is not None
    assert window.field_ui.menu.title() == "F&ield"
    window.field_ui.stop()


def test_a_conflict_opens_as_a_three_way_case_and_resolves_on_the_servers_version(qtbot, window, room):
    from desk_app.ui.field.conflicts import prepare_case

    controller = controller_for(window)
    field = controller.field
    art = field.local.articles.create(new_article("Спор")).article
    field.sync.sync()
    with room.as_(room.editor) as ed:
        ed.articles.save(ed.articles.get(art.id).copy(body=body("Первый абзац редактора.")))
    field.local.articles.save(field.local.articles.get(art.id).copy(body=body("Абзац из поля.")))
    controller.send_now()
    settle(qtbot, controller)
    assert controller.text == "1 needs attention"
    case = prepare_case(field, art.id)
    assert "Абзац из поля." in case.mine.body and "Первый абзац редактора." in case.theirs.body
    assert case.base is not None and case.base.version == 1 and case.body_conflicts == 1
    field.sync.resolve_conflict(art.id, {"body": body("Первый абзац редактора.\n\nАбзац из поля.")})
    controller.send_now()
    settle(qtbot, controller)
    assert controller.text.startswith("All sent ")
    assert room.rows("SELECT body FROM articles WHERE id = :i", i=art.id)[0][0] == \
        body("Первый абзац редактора.\n\nАбзац из поля.")


def test_new_save_and_quit_work_in_the_window_with_the_server_down(qtbot, window):
    from desk_app.ui.editor.dialogs import UnsavedChoice

    class SaveOnQuit:
        asked = 0
        errors: list[str] = []

        def ask_unsaved(self, headline):
            SaveOnQuit.asked += 1
            return UnsavedChoice.SAVE

        def error(self, title, text):
            self.errors.append(text)

        def info(self, title, text):
            pass

    controller = controller_for(window)
    field = controller.field
    field.link = type(field.link)(field.link.upstream.set(port=1), field.link.login)
    field.sync.close()
    window.pane.prompter = SaveOnQuit()
    window.commands["new"].trigger()                       # New, offline
    window.pane.metadata.headline.setText("Написано без сети")
    assert window.save()                                  # Save, offline: no error, nothing lost
    window.pane.metadata.headline.setText("Написано без сети, дополнено")
    assert window.close()                                  # Quit: the only question is Save, and it works
    assert SaveOnQuit.asked == 1 and SaveOnQuit.errors == []
    assert field.sync.status().queued == 2
    headlines = [e.headline for e in field.sync.entries()]
    assert headlines[-1] == "Написано без сети, дополнено"


def test_the_field_menu_and_state_follow_the_language(window, qtbot):
    from PySide6.QtWidgets import QApplication
    from test_russian_interface import Walk

    from desk_app.ui.i18n import ENGLISH, RUSSIAN, application_switcher

    controller = controller_for(window)
    switcher = application_switcher()
    assert switcher.apply(RUSSIAN), "desk_ru.qm is missing: run make"
    try:
        QApplication.processEvents()
        assert controller.menu.title() == "По&ле" and controller.send_now_action.text() == "&Отправить сейчас"
        upstream = controller.field.link.upstream
        walk = Walk(data=(upstream.database, controller.field.link.login, window.workspace.actor.login))
        walk.menu(controller.menu)
        walk.widget(controller.label)
        walk.add(controller.label, "state", controller.text)
        walk.widget(window.status)
        walk.widget(OutboxDialog(controller, window))
        assert not walk.english, "untranslated in Russian:\n" + "\n".join(walk.english)
    finally:
        switcher.apply(ENGLISH)
        QApplication.processEvents()
    assert controller.menu.title() == "F&ield" and controller.send_now_action.text() == "&Send now"
