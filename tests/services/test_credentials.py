"""Passwords in the keyring (or memory), connection profiles, and testing a connection on real PostgreSQL.

The password must never reach settings, data files, logs or messages: the full
cycle at the end greps all of them.
"""
from __future__ import annotations

import json
import logging
import os
import uuid
from pathlib import Path

import keyring
import psycopg
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import InitError, KeyringLocked, PasswordDeleteError
from sqlalchemy import create_engine, text

from desk_app.domain.article import ArticleData
from desk_app.domain.errors import ConflictError, DeskError, InvalidInput
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.services.credentials import SESSION_ONLY_MESSAGE, CredentialStore, scrub, service_name
from desk_app.services.live import ChangeListener
from desk_app.services.profiles import (
    ConnectionProblem,
    ConnectionProfile,
    dump_profiles,
    load_profiles,
)
from desk_app.services.profiles import test_connection as check_connection
from desk_app.services.workspace import Workspace
from desk_app.store import migrate
from desk_app.store.engine import create_desk_engine

PASSWORD = "Kz7#qu1et-Пароль"


class MemoryKeyring(KeyringBackend):
    """A keyring backend in a dict: what the tests use instead of the OS keyring."""

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


class BrokenKeyring(MemoryKeyring):
    """A Secret Service that is locked (or went away) once Desk is running."""

    def __init__(self, error: Exception):
        super().__init__()
        self.error = error

    def get_password(self, service, username):
        raise self.error

    def set_password(self, service, username, password):
        raise self.error


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


PROFILE = ConnectionProfile("Редакция", host="db.newsroom.example", port=5433, database="desk", user="anna",
                            sslmode="require")


# --- the credential store ----------------------------------------------------------------

def test_service_name_and_username_follow_the_convention():
    assert service_name("db.newsroom.example", 5433, "desk") == "desk:postgresql://db.newsroom.example:5433/desk"
    assert PROFILE.service == "desk:postgresql://db.newsroom.example:5433/desk"


def test_passwords_go_to_the_system_keyring(memory_keyring):
    store = CredentialStore()
    assert store.persistent and store.message == ""
    assert store.get(PROFILE) is None
    assert store.set(PROFILE, PASSWORD) is True
    assert memory_keyring.items == {("desk:postgresql://db.newsroom.example:5433/desk", "anna"): PASSWORD}
    assert CredentialStore().get(PROFILE) == PASSWORD          # another run finds it
    store.delete(PROFILE)
    store.delete(PROFILE)                                      # deleting nothing is fine
    assert memory_keyring.items == {} and store.get(PROFILE) is None


def test_an_explicit_backend_is_used_instead_of_the_global_one(no_keyring):
    backend = MemoryKeyring()
    store = CredentialStore(backend)
    assert store.persistent and store.set(PROFILE, PASSWORD)
    assert backend.items and CredentialStore(backend).get(PROFILE) == PASSWORD


def test_without_a_keyring_the_password_lives_in_memory_for_this_run_only(no_keyring, caplog):
    caplog.set_level(logging.DEBUG)
    store = CredentialStore()
    assert not store.persistent and store.message == SESSION_ONLY_MESSAGE
    assert SESSION_ONLY_MESSAGE == "No system keyring: the password is kept for this session only."
    assert store.set(PROFILE, PASSWORD) is False
    assert store.get(PROFILE) == PASSWORD
    assert CredentialStore().get(PROFILE) is None              # the next run asks again
    store.delete(PROFILE)
    assert store.get(PROFILE) is None
    assert PASSWORD not in caplog.text


@pytest.mark.parametrize("error", [KeyringLocked("locked"), InitError("no D-Bus"), RuntimeError("dbus gone")])
def test_a_keyring_that_fails_at_run_time_falls_back_to_memory(error, caplog):
    caplog.set_level(logging.DEBUG)
    store = CredentialStore(BrokenKeyring(error))
    assert store.persistent                                     # not known until it is used
    assert store.set(PROFILE, PASSWORD) is False
    assert not store.persistent and store.message == SESSION_ONLY_MESSAGE
    assert store.get(PROFILE) == PASSWORD
    assert "keeping passwords in memory" in caplog.text and PASSWORD not in caplog.text


def test_a_failed_read_asks_the_user_instead_of_crashing():
    store = CredentialStore(BrokenKeyring(KeyringLocked("locked")))
    assert store.get(PROFILE) is None and not store.persistent


def test_scrub_removes_passwords_in_every_spelling():
    secret = "p@ss w0rd/x"
    dsn_text = (f"invalid dsn: host=db user=anna password={secret} dbname=desk; "
                f"url postgresql://anna:p%40ss%20w0rd%2Fx@db/desk and 'password=\"{secret}\"'")
    cleaned = scrub(dsn_text, secret)
    assert "p@ss" not in cleaned and "w0rd" not in cleaned and "p%40ss" not in cleaned
    assert "postgresql://anna:***@db/desk" in cleaned
    assert scrub("host=db password='it''s' port=1") == "host=db password=*** port=1"
    assert scrub(r"host=db password='it\'s x' port=1") == "host=db password=*** port=1"
    assert scrub("nothing secret here", None) == "nothing secret here"


# --- profiles -------------------------------------------------------------------------------

def test_profiles_are_json_without_a_password():
    raw = json.loads(json.dumps(dump_profiles([PROFILE])))
    assert raw == [{"name": "Редакция", "host": "db.newsroom.example", "port": 5433, "database": "desk",
                    "user": "anna", "sslmode": "require", "offline_capable": False}]
    assert load_profiles(raw) == [PROFILE]
    sneaky = dict(raw[0], password=PASSWORD, port="oops", sslmode="whatever")
    loaded = ConnectionProfile.from_dict(sneaky)
    assert not hasattr(loaded, "password") and loaded.port == 5432 and loaded.sslmode == "prefer"
    assert load_profiles([raw[0], "junk", None]) == [PROFILE]


def test_the_url_carries_the_password_only_in_memory():
    url = PROFILE.url(PASSWORD)
    assert url.password == PASSWORD and url.query == {"sslmode": "require"}
    assert url.drivername == "postgresql+psycopg"
    for shown in (str(url), repr(url), PROFILE.safe_url, url.render_as_string()):
        assert PASSWORD not in shown
    assert PROFILE.safe_url == "postgresql+psycopg://anna@db.newsroom.example:5433/desk?sslmode=require"
    assert PROFILE.url().password is None


def test_an_incomplete_profile_is_refused_before_connecting():
    with pytest.raises(InvalidInput, match="The profile is incomplete: Enter the server's host"):
        check_connection(ConnectionProfile("x", host="", database="", user="anna"), None)
    with pytest.raises(InvalidInput, match="^Enter your database login"):
        check_connection(ConnectionProfile("x", user=""), None)


# --- testing a connection against the real server --------------------------------------------

def _problem(profile: ConnectionProfile, password: str | None = None, **kw) -> ConnectionProblem:
    with pytest.raises(ConnectionProblem) as info:
        check_connection(profile, password, **kw)
    assert info.value.__cause__ is None and (info.value.__context__ is None or info.value.__suppress_context__)
    message = str(info.value)
    assert message.endswith(".") and message.count("; ") >= 1       # what is wrong; what to do
    if password:
        assert password not in message
    return info.value


@pytest.fixture(scope="module")
def server(pg_server_url):
    return pg_server_url.host, pg_server_url.port or 5432


@pytest.fixture(scope="module")
def desk_db(pg_database_factory):
    url = pg_database_factory("desk_conn")
    with Workspace.open(url.render_as_string(hide_password=False)):   # postgres becomes the first (admin) user
        pass
    return url.database


@pytest.fixture(scope="module")
def roles(pg_server_url):
    """Creates login roles on the server; drops them at the end."""
    made: list[str] = []
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")

    def make(prefix: str, password: str | None = None) -> str:
        name = f"{prefix}_{uuid.uuid4().hex[:6]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE ROLE "{name}" LOGIN'))
            if password:
                literal = conn.execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar_one()
                conn.execute(text(f'ALTER ROLE "{name}" PASSWORD {literal}'))
        made.append(name)
        return name

    yield make
    with admin.connect() as conn:
        for name in made:
            conn.execute(text(f'DROP OWNED BY "{name}"'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    admin.dispose()


@pytest.mark.pg_only
def test_a_working_profile_passes(server, desk_db):
    host, port = server
    check_connection(ConnectionProfile("ok", host=host, port=port, database=desk_db, user="postgres",
                                       sslmode="prefer"), None)


@pytest.mark.pg_only
def test_a_server_that_is_down(server, desk_db):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    problem = _problem(ConnectionProfile("x", host="127.0.0.1", port=free, database=desk_db, user="postgres"),
                       PASSWORD)
    assert problem.kind == "server" and problem.field == "port"
    assert str(problem).startswith(f"Cannot reach a database server at 127.0.0.1:{free} (it may be down")
    assert "open the local workspace" in str(problem)


def test_an_unknown_host():
    problem = _problem(ConnectionProfile("x", host="desk-no-such-host.invalid", database="desk", user="anna"),
                       PASSWORD)
    assert problem.kind == "host" and problem.field == "host"
    assert str(problem) == ("The host “desk-no-such-host.invalid” is unknown; check the server name in the "
                            "profile, or open the local workspace.")


@pytest.mark.pg_only
def test_tls_required_against_a_server_without_tls(server, desk_db):
    host, port = server
    for mode in ("require", "verify-full"):
        problem = _problem(ConnectionProfile("x", host=host, port=port, database=desk_db, user="postgres",
                                             sslmode=mode), PASSWORD)
        assert problem.kind == "tls" and problem.field == "sslmode"
        assert "does not offer TLS, which this profile requires" in str(problem)


@pytest.mark.pg_only
def test_unknown_database_and_unknown_login(server, desk_db):
    host, port = server
    problem = _problem(ConnectionProfile("x", host=host, port=port, database="desk_nope_db", user="postgres"))
    assert problem.kind == "database" and "There is no database “desk_nope_db”" in str(problem)
    problem = _problem(ConnectionProfile("x", host=host, port=port, database=desk_db, user="desk_nobody_zz"))
    assert problem.kind == "login" and "has no login “desk_nobody_zz”" in str(problem)
    assert "desk user add desk_nobody_zz --role ROLE" in str(problem)


@pytest.mark.pg_only
def test_a_role_that_may_not_connect_or_read(server, pg_database_factory, roles, pg_server_url):
    host, port = server
    url = pg_database_factory("desk_rights")
    with Workspace.open(url.render_as_string(hide_password=False)) as ws:
        ws.admin.provision()                         # tables now only for the Desk groups
    outsider = roles("outsider")
    problem = _problem(ConnectionProfile("x", host=host, port=port, database=url.database, user=outsider))
    assert problem.kind == "rights" and f"“{outsider}” has no rights in the Desk database" in str(problem)
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'REVOKE CONNECT ON DATABASE "{url.database}" FROM PUBLIC'))
    admin.dispose()
    problem = _problem(ConnectionProfile("x", host=host, port=port, database=url.database, user=outsider))
    assert problem.kind == "rights" and "may not connect to the database" in str(problem)


@pytest.mark.pg_only
def test_a_login_that_is_not_a_desk_user(server, desk_db, roles, pg_server_url):
    host, port = server
    stranger = roles("stranger")
    engine = create_engine(pg_server_url.set(database=desk_db), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:   # it can read the tables, yet nobody made it a Desk user
            conn.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{stranger}"'))
        problem = _problem(ConnectionProfile("x", host=host, port=port, database=desk_db, user=stranger))
        assert problem.kind == "not_desk_user"
        assert str(problem) == (f"The login “{stranger}” is not a Desk user on {desk_db} on {host}:{port}; ask "
                                f"an admin to run “desk user add {stranger} --role ROLE”.")
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP OWNED BY "{stranger}"'))   # its grants, so that the role can go
        engine.dispose()


@pytest.mark.pg_only
def test_schemas_older_newer_or_missing(server, pg_server_url, roles):
    host, port = server
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    names = [f"desk_schema_{uuid.uuid4().hex[:8]}" for _ in range(3)]
    try:
        with admin.connect() as conn:
            for name in names:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        old, new, empty = names
        engine = create_desk_engine(pg_server_url.set(database=old))
        migrate.upgrade(engine, "0002")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO users (login, display_name, role, active, created_at) "
                              "VALUES ('postgres', 'postgres', 'admin', true, now())"))
        engine.dispose()
        engine = create_desk_engine(pg_server_url.set(database=new))
        migrate.upgrade(engine)
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        engine.dispose()

        as_admin = _problem(ConnectionProfile("x", host=host, port=port, database=old, user="postgres"))
        assert as_admin.kind == "schema_old" and as_admin.can_upgrade
        assert "as an admin, run “desk db upgrade” against it, then test again" in str(as_admin)
        reader = roles("reader")
        engine = create_engine(pg_server_url.set(database=old))
        with engine.begin() as conn:
            conn.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{reader}"'))
        engine.dispose()
        plain = _problem(ConnectionProfile("x", host=host, port=port, database=old, user=reader))
        assert plain.kind == "schema_old" and not plain.can_upgrade
        assert "ask an admin to run “desk db upgrade”, or open the local workspace meanwhile" in str(plain)
        newer = _problem(ConnectionProfile("x", host=host, port=port, database=new, user="postgres"))
        assert newer.kind == "schema_new"
        assert str(newer) == (f"The database {new} on {host}:{port} was upgraded by a newer Desk (schema "
                              "9999_future); install the newer Desk to use it, or open the local workspace.")
        missing = _problem(ConnectionProfile("x", host=host, port=port, database=empty, user="postgres"))
        assert missing.kind == "schema_missing" and "is not a Desk database yet" in str(missing)
    finally:
        with admin.connect() as conn:
            for name in names:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _fake_connect(message: str):
    def connect(**kwargs):
        raise psycopg.OperationalError(message.format(**kwargs))
    return connect


def test_a_wrong_password_is_one_sentence_without_the_password():
    """This machine's server trusts every local login, so the server's answer is reproduced exactly."""
    profile = ConnectionProfile("x", host="127.0.0.1", port=5432, database="desk", user="anna")
    problem = _problem(profile, PASSWORD, connect=_fake_connect(
        'connection failed: connection to server at "{host}", port {port} failed: FATAL:  '
        'password authentication failed for user "{user}"'))
    assert problem.kind == "password" and problem.field == "password"
    assert str(problem) == ("The server at 127.0.0.1:5432 refused the password for “anna”; type it again, "
                            "or check the login name in the profile.")
    problem = _problem(profile, None, connect=_fake_connect(
        'connection failed: connection to server at "{host}", port {port} failed: fe_sendauth: no password supplied'))
    assert problem.kind == "password" and "asks for a password" in str(problem)


def test_driver_text_quoting_the_connection_string_is_scrubbed():
    profile = ConnectionProfile("x", host="127.0.0.1", port=5432, database="desk", user="anna")
    problem = _problem(profile, PASSWORD, connect=_fake_connect(
        "invalid connection option in 'host={host} user={user} password={password} dbname={dbname}' — whatever"))
    assert problem.kind == "other" and "password=***" in str(problem)


# --- the full cycle: connect, save, conflict, error — then look everywhere for the password --

def _files_containing(root: Path, needle: str) -> list[Path]:
    found = []
    for path in root.rglob("*") if root.exists() else []:
        if path.is_file() and needle.encode() in path.read_bytes():
            found.append(path)
    return found


@pytest.mark.pg_only
def test_a_full_cycle_never_writes_or_logs_the_password(server, pg_database_factory, roles, memory_keyring,
                                                        caplog, tmp_path):
    host, port = server
    url = pg_database_factory("desk_cycle")
    login = roles("anna", password=PASSWORD)
    with Workspace.open(url.render_as_string(hide_password=False)) as admin_ws:
        admin_ws.admin.provision()
        admin_ws.admin.add_user(login, "editor", display_name="Анна")
    caplog.set_level(logging.DEBUG)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)   # statements and their parameters
    messages: list[str] = []
    try:
        profile = ConnectionProfile("Редакция", host=host, port=port, database=url.database, user=login,
                                    sslmode="prefer")
        store = CredentialStore()
        store.set(profile, PASSWORD)
        config = Path(os.environ["XDG_CONFIG_HOME"]) / "Desk"
        config.mkdir(parents=True, exist_ok=True)
        (config / "profiles.json").write_text(json.dumps(dump_profiles([profile]), ensure_ascii=False))

        check_connection(profile, store.get(profile))
        with Workspace.open(profile.url(store.get(profile))) as ws, \
                Workspace.open(profile.url(store.get(profile))) as other:
            assert ws.actor.login == login and PASSWORD not in ws.info.url and PASSWORD not in repr(ws.engine)
            live = ChangeListener(profile.url(store.get(profile))).start()
            created = ws.articles.create(ArticleData(headline="Цикл", body=DEMO_NOTICE_TEXT + "\n\nТекст.")).article
            ws.locks.acquire(created.id)
            theirs = other.articles.get(created.id)
            theirs.headline = "Их заголовок"
            other.articles.save(theirs)
            created.body += "\n\nМой абзац."
            try:
                ws.articles.save(created)
            except ConflictError as exc:
                messages.append(str(exc))
            assert live.stop()
        for broken in (ConnectionProfile("x", host=host, port=port, database="desk_nope", user=login),
                       ConnectionProfile("x", host=host, port=port, database=url.database, user=login,
                                         sslmode="require"),
                       ConnectionProfile("x", host="desk-no-such-host.invalid", database="d", user=login)):
            try:
                check_connection(broken, PASSWORD)
            except DeskError as exc:
                messages.append(str(exc))
                messages.append(repr(exc))
        try:
            Workspace.open(ConnectionProfile("x", host=host, port=port, database="desk_nope", user=login)
                           .url(PASSWORD))
        except DeskError as exc:
            messages.append(str(exc))
    finally:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
    assert len(messages) >= 5
    assert caplog.text and "INSERT INTO articles" in caplog.text     # the logs really were captured
    assert PASSWORD not in caplog.text
    assert not [m for m in messages if PASSWORD in m]
    for root in (Path(os.environ["DESK_DATA_DIR"]), Path(os.environ["XDG_CONFIG_HOME"]),
                 Path(os.environ["XDG_DATA_HOME"]), tmp_path):
        assert _files_containing(root, PASSWORD) == [], root
    assert (Path(os.environ["XDG_CONFIG_HOME"]) / "Desk" / "profiles.json").exists()
    assert memory_keyring.items[(profile.service, login)] == PASSWORD   # where it belongs


# --- a real Secret Service (gnome-keyring under dbus-run-session; .ci/run runs this) ----------

@pytest.mark.secret_service
@pytest.mark.skipif(os.environ.get("DESK_TEST_SECRET_SERVICE") != "1",
                    reason="needs a Secret Service; .ci/run starts gnome-keyring and sets DESK_TEST_SECRET_SERVICE=1")
def test_passwords_round_trip_through_a_real_secret_service():
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    backend.priority   # raises when no Secret Service is reachable: the test must fail, not skip  # noqa: B018
    profile = ConnectionProfile("ci", host="ci.example", port=5432, database=f"desk_{uuid.uuid4().hex[:6]}",
                                user="anna")
    store = CredentialStore(backend)
    assert store.persistent
    assert store.set(profile, PASSWORD) is True
    assert CredentialStore(SecretService.Keyring()).get(profile) == PASSWORD
    assert backend.get_password(profile.service, "anna") == PASSWORD
    store.delete(profile)
    assert CredentialStore(SecretService.Keyring()).get(profile) is None
