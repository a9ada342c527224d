"""Shared fixtures: every store and service test runs on SQLite and on real PostgreSQL.

PostgreSQL comes from DESK_TEST_PG_URL (default postgresql://postgres@127.0.0.1:5432/test).
A fresh database is created for the test session from that server and built by
the migrations; each test starts from empty tables. When the server cannot be
reached the PostgreSQL cases are skipped with the reason, unless
DESK_REQUIRE_PG=1, when they fail.
"""
from __future__ import annotations

import os
import shutil
import uuid
from datetime import datetime, timezone

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desk_app.domain.notice import DEMO_NOTICE_TEXT, DEMO_OUTLET
from desk_app.store.engine import create_desk_engine
from desk_app.store.migrate import upgrade

# Property tests check behaviour, not speed: no per-example deadline (a loaded CI machine
# made one flaky), and no "too slow" health check for the same reason.
hypothesis_settings.register_profile("desk", deadline=None, suppress_health_check=[HealthCheck.too_slow])
hypothesis_settings.load_profile("desk")

DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/test"
DATA_TABLES = ("article_photos", "media", "article_tags", "revisions", "article_locks", "segment_pairs", "glossary",
               "articles", "registry_changes", "registry_labels", "registry_entities",
               "users", "workspace_settings", "spelling_words", "applied_ops", "outbox")


def pg_base_url() -> str:
    return os.environ.get("DESK_TEST_PG_URL", DEFAULT_PG)


def pg_required() -> bool:
    return os.environ.get("DESK_REQUIRE_PG") == "1"


@pytest.fixture(scope="session")
def pg_server_url():
    """The admin URL of a reachable PostgreSQL, or skip (fail under DESK_REQUIRE_PG=1)."""
    url = make_url(pg_base_url()).set(drivername="postgresql+psycopg")
    engine = create_engine(url, connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        reason = f"PostgreSQL at {url.render_as_string(hide_password=True)} is not reachable: " \
                 f"{str(exc).splitlines()[0]}"
        if pg_required():
            pytest.fail(reason + " (DESK_REQUIRE_PG=1)")
        pytest.skip(reason)
    finally:
        engine.dispose()
    return url


@pytest.fixture(scope="session")
def pg_database_factory(pg_server_url):
    """Creates fresh migrated databases on the server; all are dropped when the session ends."""
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    created: list[str] = []

    def make(prefix: str = "desk_test"):
        name = f"{prefix}_{uuid.uuid4().hex[:10]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        created.append(name)
        url = pg_server_url.set(database=name)
        engine = create_desk_engine(url)
        upgrade(engine)
        engine.dispose()
        return url

    yield make
    with admin.connect() as conn:
        for name in created:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def pg_database(pg_database_factory):
    """A fresh database on the server, migrated once for the session."""
    return pg_database_factory()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = create_desk_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return path


def _clean_pg(url) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("TRUNCATE " + ", ".join(DATA_TABLES) + " CASCADE"))
        # policies are append-only (migration 0009): only the table's owner, with the guards off, resets them
        conn.execute(text("ALTER TABLE notice_policies DISABLE TRIGGER USER"))
        conn.execute(text("DELETE FROM notice_policies WHERE version > 1"))
        conn.execute(text(
            "INSERT INTO notice_policies (version, outlet, text, age_mark, placement, effective_from, languages, "
            "paragraph, created_at) SELECT 1, :outlet, :notice, '', 'top', '2022-12-01', '', :notice, "
            "'2022-12-01T00:00:00+00:00' WHERE NOT EXISTS (SELECT 1 FROM notice_policies WHERE version = 1)"),
            {"outlet": DEMO_OUTLET, "notice": DEMO_NOTICE_TEXT})
        conn.execute(text("ALTER TABLE notice_policies ENABLE TRIGGER USER"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path, sqlite_template) -> str:
    """A migrated, empty database on each backend, as a URL string."""
    if request.param == "sqlite":
        path = tmp_path / "desk.sqlite3"
        shutil.copyfile(sqlite_template, path)
        return f"sqlite:///{path}"
    url = request.getfixturevalue("pg_database")
    _clean_pg(url)
    return url.render_as_string(hide_password=False)


@pytest.fixture
def sqlite_url(tmp_path, sqlite_template) -> str:
    path = tmp_path / "desk.sqlite3"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite:///{path}"


class FixedClock:
    """A clock tests can move: ``clock.now = ...`` or ``clock.advance(seconds)``."""

    def __init__(self, now: datetime | None = None):
        self.now = now or datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        from datetime import timedelta

        self.now = self.now + timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def workspace(db_url, clock):
    from desk_app.services.workspace import Workspace

    ws = Workspace.open(db_url, user="chief", clock=clock)
    yield ws
    ws.close()


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path, monkeypatch):
    """Never touch the real user's data or settings."""
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.delenv("DESK_DB", raising=False)
