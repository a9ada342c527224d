"""The "Connect to shared database" dialog: profiles, the connection test, the keyring, the way out.

``DESK_WRITE_SCREENSHOTS=1`` also writes docs/screenshots/connect-dialog.png.
"""
from __future__ import annotations

import logging
import os
import uuid
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError
from PySide6.QtWidgets import QDialog
from sqlalchemy import create_engine, text

from desk_app.domain.article import ArticleData
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.services.credentials import SESSION_ONLY_MESSAGE, CredentialStore
from desk_app.services.profiles import ConnectionProblem, ConnectionProfile
from desk_app.services.workspace import Workspace
from desk_app.ui.connection.dialog import ERROR, OK, ConnectDialog
from desk_app.ui.settings import Options, Settings
from desk_app.ui.tasks import SynchronousTaskRunner

SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "connect-dialog.png"
PASSWORD = "Zq9!vault-Секрет"


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


class FakeTester:
    """Stands in for test_connection: records calls, raises what the test queues."""

    def __init__(self):
        self.calls: list[tuple[ConnectionProfile, str | None]] = []
        self.errors: list[BaseException] = []

    def __call__(self, profile, password):
        self.calls.append((profile, password))
        if self.errors:
            raise self.errors.pop(0)


@pytest.fixture
def settings(qapp):
    path = Path(os.environ["XDG_CONFIG_HOME"]) / "Desk" / "Desk.ini"
    return Settings(path)


@pytest.fixture
def keyring_backend():
    return MemoryKeyring()


@pytest.fixture
def tester():
    return FakeTester()


@pytest.fixture
def make_dialog(qtbot, settings, keyring_backend, tester):
    def make(credentials=None, runner=None, real_tester=False) -> ConnectDialog:
        kwargs = {} if real_tester else {"tester": tester}
        dialog = ConnectDialog(settings, credentials or CredentialStore(keyring_backend),
                               runner or SynchronousTaskRunner(), **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog
    return make


def fill(dialog: ConnectDialog, *, name="Редакция", host="db.newsroom.example", port=5432, database="desk",
         user="anna", tls="require", password=PASSWORD) -> None:
    dialog.name_edit.setText(name)
    dialog.host_edit.setText(host)
    dialog.port_spin.setValue(port)
    dialog.database_edit.setText(database)
    dialog.user_edit.setText(user)
    dialog.tls_combo.setCurrentIndex(dialog.tls_combo.findData(tls))
    dialog.password_edit.setText(password)


def test_a_new_profile_is_saved_only_after_a_successful_test(make_dialog, settings, keyring_backend, tester):
    dialog = make_dialog()
    assert dialog.profile_list.count() == 0 and not dialog.save_button.isEnabled()
    assert dialog.tls_combo.count() == 4
    assert [dialog.tls_combo.itemData(i) for i in range(4)] == ["disable", "prefer", "require", "verify-full"]
    fill(dialog)
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password
    dialog.save_profile()
    assert dialog.result_kind == ERROR and settings.get(Options.profiles) == []
    dialog.test_button.click()
    assert tester.calls == [(ConnectionProfile("Редакция", "db.newsroom.example", 5432, "desk", "anna", "require"),
                             PASSWORD)]
    assert dialog.result_kind == OK and dialog.result_text.startswith("Connected to desk on db.newsroom.example:5432")
    assert dialog.save_button.isEnabled()
    dialog.remember_check.setChecked(True)
    dialog.save_button.click()
    assert settings.get(Options.profiles) == [{"name": "Редакция", "host": "db.newsroom.example", "port": 5432,
                                               "database": "desk", "user": "anna", "sslmode": "require",
                                               "offline_capable": False}]
    assert keyring_backend.items == {("desk:postgresql://db.newsroom.example:5432/desk", "anna"): PASSWORD}
    assert dialog.result_text == "Profile “Редакция” saved; the password is in the system keyring."
    assert dialog.profile_list.count() == 1 and dialog.profile_list.item(0).text() == "Редакция"
    settings.sync()
    assert PASSWORD not in Path(settings.path).read_text(encoding="utf-8")


def test_changing_a_field_after_the_test_requires_a_new_test(make_dialog, tester):
    dialog = make_dialog()
    fill(dialog)
    dialog.test()
    assert dialog.save_button.isEnabled()
    dialog.port_spin.setValue(6432)
    assert not dialog.save_button.isEnabled()
    assert dialog.result_text == "The details changed; test the connection again before saving."
    dialog.test()
    assert dialog.save_button.isEnabled()


def test_a_failed_test_says_one_sentence_offers_retry_and_focuses_the_field(make_dialog, tester):
    dialog = make_dialog()
    fill(dialog)
    tester.errors.append(ConnectionProblem(
        "The server at db.newsroom.example:5432 refused the password for “anna”; type it again, or check the "
        "login name in the profile.", "password"))
    dialog.test()
    assert dialog.result_kind == ERROR and dialog.result_text.startswith("The server at db.newsroom.example:5432 "
                                                                          "refused the password")
    assert dialog.test_button.text() == "Retry" and not dialog.save_button.isEnabled()
    assert dialog.focusWidget() is dialog.password_edit
    assert dialog.local_button.isVisible() and dialog.local_button.isEnabled()
    tester.errors.append(ConnectionProblem("The host “db.newsroom.example” is unknown; check the server name.", "host"))
    dialog.test_button.click()
    assert dialog.focusWidget() is dialog.host_edit
    dialog.test_button.click()                         # the retry works
    assert dialog.result_kind == OK and dialog.test_button.text() == "Test connection"


def test_an_unexpected_error_is_still_one_sentence(make_dialog, tester):
    dialog = make_dialog()
    fill(dialog)
    tester.errors.append(RuntimeError(f"boom with {PASSWORD}"))
    dialog.test()
    assert dialog.result_text == ("The connection test failed unexpectedly (RuntimeError); try again, or open "
                                  "the local workspace.")


def test_missing_fields_are_named_before_anything_runs(make_dialog, tester):
    dialog = make_dialog()
    fill(dialog, host="")
    dialog.test()
    assert tester.calls == [] and dialog.result_text == "Enter the server's host name or address."
    assert dialog.focusWidget() is dialog.host_edit


def test_connect_tests_first_then_asks_for_the_connection(make_dialog, qtbot, tester, keyring_backend):
    dialog = make_dialog()
    fill(dialog)
    with qtbot.waitSignal(dialog.sig_connect_requested) as signal:
        dialog.connect_button.click()
    profile, password = signal.args
    assert profile.host == "db.newsroom.example" and password == PASSWORD and len(tester.calls) == 1
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert keyring_backend.items == {}                  # "Remember" was not ticked: memory only


def test_a_failing_connect_stays_open_and_emits_nothing(make_dialog, qtbot, tester):
    dialog = make_dialog()
    fill(dialog)
    tester.errors.append(ConnectionProblem("Cannot reach a database server at db:5432; try again later.", "server"))
    with qtbot.assertNotEmitted(dialog.sig_connect_requested):
        dialog.connect_button.click()
    assert dialog.isVisible() and dialog.result_kind == ERROR and dialog.focusWidget() is dialog.port_spin


def test_open_local_workspace_is_always_a_way_out(make_dialog, qtbot):
    dialog = make_dialog()
    with qtbot.waitSignal(dialog.sig_local_requested):
        dialog.local_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_choosing_a_saved_profile_fills_the_form_and_the_remembered_password(make_dialog, settings,
                                                                          keyring_backend):
    saved = [ConnectionProfile("Редакция", "db.newsroom.example", 5432, "desk", "anna", "require"),
             ConnectionProfile("Архив", "archive.example", 6543, "archive", "anna", "verify-full")]
    settings.set(Options.profiles, [p.to_dict() for p in saved])
    keyring_backend.items[(saved[1].service, "anna")] = PASSWORD
    dialog = make_dialog()
    assert dialog.profile_list.count() == 2 and dialog.profile() == saved[0] and dialog.password() == ""
    dialog.profile_list.setCurrentRow(1)
    assert dialog.profile() == saved[1] and dialog.password() == PASSWORD and dialog.remember_check.isChecked()
    assert dialog.tls_combo.currentData() == "verify-full"
    dialog.delete_button.click()
    assert [p["name"] for p in settings.get(Options.profiles)] == ["Редакция"]
    assert keyring_backend.items == {}
    assert dialog.profile() == saved[0]


def test_without_a_keyring_the_checkbox_explains_and_the_password_stays_in_memory(make_dialog, settings):
    credentials = CredentialStore(fail.Keyring())
    dialog = make_dialog(credentials=credentials)
    assert not dialog.remember_check.isEnabled() and not dialog.remember_check.isChecked()
    assert dialog.keyring_note.text() == SESSION_ONLY_MESSAGE
    assert dialog.remember_check.toolTip() == SESSION_ONLY_MESSAGE
    fill(dialog)
    dialog.test()
    dialog.save_profile()
    assert dialog.result_text.endswith("the password is kept for this session only (no system keyring).")
    assert credentials.get(dialog.profile()) == PASSWORD          # asked once per run
    assert CredentialStore(fail.Keyring()).get(dialog.profile()) is None
    assert PASSWORD not in str(settings.get(Options.profiles))


def test_not_ticking_remember_forgets_a_stored_password(make_dialog, keyring_backend):
    dialog = make_dialog()
    fill(dialog)
    keyring_backend.items[(dialog.profile().service, "anna")] = "old"
    dialog.remember_check.setChecked(False)
    dialog.test()
    dialog.save_profile()
    assert keyring_backend.items == {}
    assert dialog.result_text.endswith("the password is not stored (you will be asked next time).")


def test_screenshot(make_dialog, settings, tmp_path, tester):
    settings.set(Options.profiles, [
        ConnectionProfile("Редакция — Москва", "db.newsroom.example", 5432, "desk", "anna", "require").to_dict(),
        ConnectionProfile("Архив", "archive.newsroom.example", 5432, "archive", "anna", "verify-full").to_dict(),
    ])
    dialog = make_dialog()
    dialog.profile_list.setCurrentRow(0)
    dialog.password_edit.setText(PASSWORD)
    dialog.remember_check.setChecked(True)
    dialog.test()
    image = dialog.grab()
    assert not image.isNull() and image.save(str(tmp_path / "connect.png"))
    if os.environ.get("DESK_WRITE_SCREENSHOTS") == "1":
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        assert image.save(str(SCREENSHOT))


# --- the whole cycle on the real server: dialog, keyring, workspace, save, errors -------------

@pytest.mark.pg_only
def test_full_cycle_through_the_dialog_never_leaks_the_password(make_dialog, qtbot, settings, keyring_backend,
                                                                pg_server_url, pg_database_factory, caplog,
                                                                tmp_path):
    url = pg_database_factory("desk_dialog")
    login = f"anna_{uuid.uuid4().hex[:6]}"
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{login}" LOGIN'))
        literal = conn.execute(text("SELECT quote_literal(:p)"), {"p": PASSWORD}).scalar_one()
        conn.execute(text(f'ALTER ROLE "{login}" PASSWORD {literal}'))
    try:
        with Workspace.open(url.render_as_string(hide_password=False)) as ws:
            ws.admin.provision()
            ws.admin.add_user(login, "correspondent", display_name="Анна")
        caplog.set_level(logging.DEBUG)
        logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)
        dialog = make_dialog(real_tester=True)
        fill(dialog, host=pg_server_url.host, port=pg_server_url.port or 5432, database=url.database, user=login,
             tls="prefer")
        dialog.test()
        assert dialog.result_kind == OK, dialog.result_text
        dialog.remember_check.setChecked(True)
        dialog.save_profile()
        with qtbot.waitSignal(dialog.sig_connect_requested) as signal:
            dialog.connect_button.click()
        profile, password = signal.args
        with Workspace.open(profile.url(password)) as ws:
            assert ws.actor.login == login
            ws.articles.create(ArticleData(headline="Из диалога", body=DEMO_NOTICE_TEXT + "\n\nТекст."))
        second = make_dialog(real_tester=True)
        second.profile_list.setCurrentRow(0)
        assert second.password() == PASSWORD                       # from the keyring
        second.database_edit.setText("desk_nope_nope")
        second.test()
        assert second.result_kind == ERROR and PASSWORD not in second.result_text
        settings.sync()
    finally:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        admin.dispose()
    assert "INSERT INTO articles" in caplog.text and PASSWORD not in caplog.text
    assert Path(settings.path).exists()
    for root in (Path(os.environ["DESK_DATA_DIR"]), Path(os.environ["XDG_CONFIG_HOME"]),
                 Path(os.environ["XDG_DATA_HOME"]), tmp_path):
        leaks = [p for p in root.rglob("*") if p.is_file() and PASSWORD.encode() in p.read_bytes()] \
            if root.exists() else []
        assert leaks == [], root
    assert keyring_backend.items == {(profile.service, login): PASSWORD}
