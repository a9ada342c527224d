"""File → Connect to shared database: profiles, a connection test, and the password in the keyring.

Wiring (the main window's File menu)::

    dialog = ConnectDialog(settings, credentials, tasks, parent=window)   # credentials: one CredentialStore
    dialog.sig_connect_requested.connect(window.open_shared)    # (ConnectionProfile, password)
    dialog.sig_local_requested.connect(window.open_local)
    dialog.open()

``open_shared`` opens ``Workspace.open(profile.url(password))`` through the
TaskRunner and switches to it; ``password`` lives only in memory (and in the
keyring when the user ticked "Remember"). Profiles go to ``Options.profiles``
as plain dicts, without a password. A profile is saved only after a
successful test of exactly the values shown; **Connect** tests first when
the values were not tested yet. Every failure is one sentence with a way
forward: the field to fix gets the focus, **Test connection** becomes
**Retry**, and **Open local workspace** is always there.
"""
from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.services.credentials import CredentialStore
from desk_app.services.profiles import (
    DEFAULT_PORT,
    SSL_LABELS,
    SSL_MODES,
    ConnectionProblem,
    ConnectionProfile,
    dump_profiles,
    load_profiles,
)
from desk_app.services.profiles import test_connection as default_tester
from desk_app.ui.i18n import localized, translate
from desk_app.ui.settings import Options, Settings
from desk_app.ui.tasks import TaskRunner

TEST_KEY = "connection-test"
NEUTRAL, OK, ERROR = "neutral", "ok", "error"
RESULT_STYLES = {
    NEUTRAL: "color: palette(text);",
    OK: "color: #055d20; background: #e6f6ea; border: 1px solid #a7dbb3; border-radius: 4px; padding: 6px;",
    ERROR: "color: #82071e; background: #fdecec; border: 1px solid #f3b4b4; border-radius: 4px; padding: 6px;",
}


def _sentence(exc: BaseException) -> str:
    if isinstance(exc, DeskError):
        return localized(exc)
    return translate("ConnectDialog", "The connection test failed unexpectedly ({error}); try again, or open the "
                     "local workspace.").format(error=type(exc).__name__)


def where_text(profile: ConnectionProfile) -> str:
    """Where a profile points, for sentences: "desk on db.example:5432", in the interface's language."""
    return translate("ConnectDialog", "{database} on {server}").format(database=profile.database,
                                                                      server=f"{profile.host}:{profile.port}")


def tls_label(mode: str) -> str:
    """A TLS mode as the form offers it, in the interface's language."""
    return {"disable": translate("ConnectDialog", "Off (trusted network only)"),
            "prefer": translate("ConnectDialog", "Use TLS when the server offers it"),
            "require": translate("ConnectDialog", "Require TLS"),
            "verify-full": translate("ConnectDialog", "Require TLS and verify the server")}.get(mode, SSL_LABELS[mode])


class ConnectDialog(QDialog):
    """Choose or edit a shared-database profile, test it, save it, connect."""

    sig_connect_requested = Signal(object, str)
    """Connect: the ConnectionProfile and the password (in memory only; "" for none)."""
    sig_local_requested = Signal()
    """The user chose to open the local workspace instead."""

    def __init__(self, settings: Settings, credentials: CredentialStore, tasks: TaskRunner,
                 parent: QWidget | None = None, *, tester: Callable[[ConnectionProfile, str | None], None] = default_tester):
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(translate("ConnectDialog", "Connect to shared database"))
        self._settings = settings
        self._credentials = credentials
        self._tasks = tasks
        self._tester = tester
        self._profiles: list[ConnectionProfile] = load_profiles(settings.get(Options.profiles))
        self._tested: tuple[ConnectionProfile, str] | None = None   # values that passed the test
        self._testing = False
        self._test_handle = None
        self._connect_after_test = False
        self._loading = False
        self._build()
        self._fill_list()
        if self._profiles:
            self.profile_list.setCurrentRow(0)
        else:
            self._new_profile()
        self._update_buttons()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.profile_list = QListWidget(self)
        self.profile_list.setObjectName("profileList")
        self.profile_list.setMinimumWidth(190)
        self.profile_list.currentRowChanged.connect(self._on_row)
        self.new_button = QPushButton(translate("ConnectDialog", "New"), self)
        self.delete_button = QPushButton(translate("ConnectDialog", "Delete"), self)
        self.new_button.clicked.connect(self._new_profile)
        self.delete_button.clicked.connect(self._delete_profile)
        left = QVBoxLayout()
        left.addWidget(QLabel(translate("ConnectDialog", "Profiles"), self))
        left.addWidget(self.profile_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left.addLayout(row)

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(translate("ConnectDialog", "e.g. Newsroom"))
        self.host_edit = QLineEdit(self)
        self.host_edit.setPlaceholderText("db.newsroom.example")
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.port_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.port_spin.setMinimumWidth(110)
        self.database_edit = QLineEdit(self)
        self.user_edit = QLineEdit(self)
        self.user_edit.setPlaceholderText(translate("ConnectDialog", "your own database login"))
        self.tls_combo = QComboBox(self)
        for mode in SSL_MODES:
            self.tls_combo.addItem(tls_label(mode), mode)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(translate("ConnectDialog", "Remember in system keyring"), self)
        self.offline_check = QCheckBox(translate("ConnectDialog", "Work offline-capable"), self)
        self.offline_check.setObjectName("offlineCheck")
        self.offline_check.setToolTip(translate(
            "ConnectDialog", "Keep a field workspace on this computer: your articles open and save without the "
            "server, and what you write is sent when the server can be reached (F9 sends at once)."))
        self.keyring_note = QLabel(self)
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet("color: palette(placeholder-text);")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("ConnectDialog", "Name"), self.name_edit)
        form.addRow(translate("ConnectDialog", "Host"), self.host_edit)
        form.addRow(translate("ConnectDialog", "Port"), self.port_spin)
        form.addRow(translate("ConnectDialog", "Database"), self.database_edit)
        form.addRow(translate("ConnectDialog", "User"), self.user_edit)
        form.addRow("TLS", self.tls_combo)
        form.addRow(translate("ConnectDialog", "Password"), self.password_edit)
        form.addRow("", self.remember_check)
        form.addRow("", self.keyring_note)
        form.addRow("", self.offline_check)

        self.result_label = QLabel(self)
        self.result_label.setObjectName("connectionResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setMinimumHeight(44)
        self._set_result(translate("ConnectDialog", "Fill in the server details, then test the connection."), NEUTRAL)

        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.result_label)
        right.addStretch(1)

        body = QHBoxLayout()
        body.addLayout(left)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        body.addWidget(line)
        body.addLayout(right, 1)

        self.local_button = QPushButton(translate("ConnectDialog", "Open local workspace"), self)
        self.test_button = QPushButton(translate("ConnectDialog", "Test connection"), self)
        self.save_button = QPushButton(translate("ConnectDialog", "Save profile"), self)
        self.connect_button = QPushButton(translate("ConnectDialog", "Connect"), self)
        self.cancel_button = QPushButton(translate("ConnectDialog", "Cancel"), self)
        self.connect_button.setDefault(True)
        self.local_button.clicked.connect(self._local)
        self.test_button.clicked.connect(self.test)
        self.save_button.clicked.connect(self.save_profile)
        self.connect_button.clicked.connect(self.connect_requested)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.local_button)
        buttons.addStretch(1)
        for button in (self.test_button, self.save_button, self.connect_button, self.cancel_button):
            buttons.addWidget(button)

        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addLayout(buttons)
        self.resize(780, 470)

        for edit in (self.name_edit, self.host_edit, self.database_edit, self.user_edit, self.password_edit):
            edit.textChanged.connect(self._on_edited)
        self.port_spin.valueChanged.connect(self._on_edited)
        self.tls_combo.currentIndexChanged.connect(self._on_edited)
        self._show_keyring_state()

    # -- the form ----------------------------------------------------------------------------
    def profile(self) -> ConnectionProfile:
        """The profile the form shows now."""
        host, database, user = self.host_edit.text().strip(), self.database_edit.text().strip(), \
            self.user_edit.text().strip()
        name = self.name_edit.text().strip() or (f"{user}@{host}" if user and host else "")
        return ConnectionProfile(name=name, host=host, port=self.port_spin.value(), database=database, user=user,
                                 sslmode=self.tls_combo.currentData(),
                                 offline_capable=self.offline_check.isChecked())

    def password(self) -> str:
        return self.password_edit.text()

    def set_profile(self, profile: ConnectionProfile, password: str = "") -> None:
        self._loading = True
        try:
            self.name_edit.setText(profile.name)
            self.host_edit.setText(profile.host)
            self.port_spin.setValue(profile.port)
            self.database_edit.setText(profile.database)
            self.user_edit.setText(profile.user)
            self.tls_combo.setCurrentIndex(max(0, self.tls_combo.findData(profile.sslmode)))
            self.offline_check.setChecked(profile.offline_capable)
            self.password_edit.setText(password)
        finally:
            self._loading = False
        self._tested = None
        self._update_buttons()

    def _on_edited(self, *_args) -> None:
        if self._loading:
            return
        if self._tested is not None:
            self._set_result(translate("ConnectDialog", "The details changed; test the connection again before "
                                       "saving."), NEUTRAL)
        self._tested = None
        self.test_button.setText(translate("ConnectDialog", "Test connection"))
        self._update_buttons()

    def _show_keyring_state(self) -> None:
        persistent = self._credentials.persistent
        self.remember_check.setEnabled(persistent)
        if persistent:
            self.keyring_note.setText(translate("ConnectDialog", "The password goes to the system keyring, never to a "
                                                "file."))
            self.remember_check.setToolTip("")
        else:
            self.remember_check.setChecked(False)
            self.keyring_note.setText(localized(self._credentials.message))
            self.remember_check.setToolTip(localized(self._credentials.message))

    def _update_buttons(self) -> None:
        busy = self._testing
        tested_now = self._tested is not None and self._tested == (self.profile(), self.password())
        for widget in (self.test_button, self.connect_button, self.new_button, self.delete_button,
                       self.profile_list):
            widget.setEnabled(not busy)
        self.save_button.setEnabled(not busy and tested_now)
        self.save_button.setToolTip("" if tested_now else translate("ConnectDialog", "Test the connection first; only "
                                                                    "a working profile is saved."))
        self.delete_button.setEnabled(not busy and self.profile_list.currentRow() >= 0
                                      and self.profile_list.currentRow() < len(self._profiles))

    def _set_result(self, text: str, kind: str) -> None:
        self.result_label.setText(text)
        self.result_label.setProperty("kind", kind)
        self.result_label.setStyleSheet(RESULT_STYLES[kind])

    @property
    def result_text(self) -> str:
        return self.result_label.text()

    @property
    def result_kind(self) -> str:
        return self.result_label.property("kind")

    # -- profiles ----------------------------------------------------------------------------
    def _fill_list(self) -> None:
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        for profile in self._profiles:
            item = QListWidgetItem(profile.label)
            item.setToolTip(profile.safe_url)
            self.profile_list.addItem(item)
        self.profile_list.blockSignals(False)

    def _on_row(self, row: int) -> None:
        if not 0 <= row < len(self._profiles):
            return
        profile = self._profiles[row]
        self.set_profile(profile)
        self._set_result(translate("ConnectDialog", "Profile “{name}”: {where}.").format(name=profile.label,
                                                                                       where=where_text(profile)), NEUTRAL)
        credentials = self._credentials
        self._tasks.run(lambda _t: credentials.get(profile), on_done=lambda pw: self._password_found(profile, pw),
                        on_error=lambda _e: None, key="keyring-get")
        self._update_buttons()

    def _password_found(self, profile: ConnectionProfile, password: str | None) -> None:
        if not shiboken6.isValid(self):      # closed (and deleted) before the keyring answered
            return
        if password and self.profile() == profile and not self.password():
            self._loading = True
            self.password_edit.setText(password)
            self._loading = False
            self.remember_check.setChecked(self._credentials.persistent)
            self._update_buttons()

    def _new_profile(self) -> None:
        self.profile_list.blockSignals(True)
        self.profile_list.clearSelection()
        self.profile_list.setCurrentRow(-1)
        self.profile_list.blockSignals(False)
        self.set_profile(ConnectionProfile(name="", host="", port=DEFAULT_PORT, database="desk", user=""))
        self._set_result(translate("ConnectDialog", "Fill in the server details, then test the connection."), NEUTRAL)
        self.host_edit.setFocus()

    def _delete_profile(self) -> None:
        row = self.profile_list.currentRow()
        if not 0 <= row < len(self._profiles):
            return
        profile = self._profiles.pop(row)
        self._store_profiles()
        self._credentials.delete(profile)
        self._fill_list()
        self._set_result(translate("ConnectDialog", "Profile “{name}” deleted, with its remembered password.")
                         .format(name=profile.label), NEUTRAL)
        if self._profiles:
            self.profile_list.setCurrentRow(min(row, len(self._profiles) - 1))
        else:
            self._new_profile()

    def _store_profiles(self) -> None:
        self._settings.set(Options.profiles, dump_profiles(self._profiles))
        self._settings.sync()

    # -- testing, saving, connecting ---------------------------------------------------------------
    def test(self) -> None:
        """Run the connection test in the TaskRunner; the result is one sentence under the form."""
        profile, password = self.profile(), self.password()
        problems = profile.problems()
        if problems:
            self._set_result(localized(problems[0]), ERROR)
            self._focus_field({"host": self.host_edit, "database": self.database_edit,
                               "user": self.user_edit}.get(_field_of(problems[0])))
            self._connect_after_test = False
            return
        self._testing = True
        self._set_result(translate("ConnectDialog", "Testing the connection to {where}…").format(where=where_text(profile)),
                         NEUTRAL)
        self._update_buttons()
        tester = self._tester
        self._test_handle = self._tasks.run(lambda _t: tester(profile, password or None),
                        on_done=lambda _r: self._test_passed(profile, password),
                        on_error=lambda exc: self._test_failed(exc), key=TEST_KEY)

    def _test_passed(self, profile: ConnectionProfile, password: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._testing = False
        self._tested = (profile, password)
        self.test_button.setText(translate("ConnectDialog", "Test connection"))
        self._set_result(translate("ConnectDialog", "Connected to {where} as “{user}”: the login and the schema are "
                                   "ready; save the profile or connect.").format(where=where_text(profile),
                                                                                 user=profile.user), OK)
        self._update_buttons()
        if self._connect_after_test:
            self._connect_after_test = False
            self._emit_connect(profile, password)

    def _test_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._testing = False
        self._connect_after_test = False
        self._tested = None
        self._set_result(_sentence(exc), ERROR)
        self.test_button.setText(translate("ConnectDialog", "Retry"))
        self._update_buttons()
        field = exc.field if isinstance(exc, ConnectionProblem) else None
        self._focus_field({"password": self.password_edit, "host": self.host_edit, "port": self.port_spin,
                           "database": self.database_edit, "user": self.user_edit,
                           "sslmode": self.tls_combo}.get(field or ""))

    def _focus_field(self, widget: QWidget | None) -> None:
        if widget is None:
            return
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    def save_profile(self) -> None:
        """Save the tested profile (never its password) and remember the password as chosen."""
        profile, password = self.profile(), self.password()
        if self._tested != (profile, password):
            self._set_result(translate("ConnectDialog", "Test the connection first; only a profile that works is "
                                       "saved."), ERROR)
            return
        self._profiles = [p for p in self._profiles if p.name != profile.name] + [profile]
        self._store_profiles()
        where = self._remember_password(profile, password)
        self._fill_list()
        self.profile_list.blockSignals(True)
        self.profile_list.setCurrentRow(len(self._profiles) - 1)
        self.profile_list.blockSignals(False)
        self._set_result(translate("ConnectDialog", "Profile “{name}” saved; {where}").format(name=profile.label,
                                                                                            where=where), OK)
        self._update_buttons()

    def _remember_password(self, profile: ConnectionProfile, password: str) -> str:
        if not password:
            return translate("ConnectDialog", "it has no password.")
        if not self._credentials.persistent:
            self._credentials.remember_for_session(profile, password)
            return translate("ConnectDialog", "the password is kept for this session only (no system keyring).")
        if self.remember_check.isChecked():
            if self._credentials.set(profile, password):
                return translate("ConnectDialog", "the password is in the system keyring.")
            self._show_keyring_state()
            return translate("ConnectDialog", "the keyring failed, so the password is kept for this session only.")
        self._credentials.delete(profile)
        self._credentials.remember_for_session(profile, password)
        return translate("ConnectDialog", "the password is not stored (you will be asked next time).")

    def connect_requested(self) -> None:
        """Connect: test first unless exactly these values just passed."""
        profile, password = self.profile(), self.password()
        if self._tested == (profile, password):
            self._emit_connect(profile, password)
            return
        self._connect_after_test = True
        self.test()

    def _emit_connect(self, profile: ConnectionProfile, password: str) -> None:
        if password:
            if self.remember_check.isChecked() and self._credentials.persistent:
                self._credentials.set(profile, password)
            else:
                self._credentials.remember_for_session(profile, password)
        self.sig_connect_requested.emit(profile, password)
        self.accept()

    def _local(self) -> None:
        self.sig_local_requested.emit()
        self.accept()

    def reject(self) -> None:
        if self._testing and self._test_handle is not None:
            self._test_handle.cancel()     # its late answer is dropped
        super().reject()


def _field_of(sentence: str) -> str:
    lowered = sentence.lower()
    for key, words in (("host", "host"), ("database", "database"), ("user", "login")):
        if words in lowered:
            return key
    return ""
