"""Migrations on both backends: they build the schema the models describe, back up, refuse the unknown."""
from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from desk_app.domain.errors import DatabaseUnavailable
from desk_app.services.workspace import Workspace
from desk_app.store import migrate
from desk_app.store.base import Base
from desk_app.store.engine import create_desk_engine

BACKEND_ONLY = {"search_docs", "search_meta", "search_terms", "article_fts", "search_lexemes", "alembic_version"}


def _include(obj, name, type_, reflected, compare_to):
    if type_ == "table" and (name in BACKEND_ONLY or name.startswith("article_fts")):
        return False
    if type_ == "column" and name in ("search_vector", "search_tags"):
        return False
    if type_ == "index" and name in ("ix_articles_search_vector", "ix_article_label_facts_name_pairs",
                                         "ix_article_label_facts_report", "ix_article_label_facts_stale"):
        return False
    return True


def test_models_describe_the_migrated_schema(db_url):
    engine = create_desk_engine(db_url)
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"include_object": _include, "compare_type": False})
            diff = compare_metadata(ctx, Base.metadata)
    finally:
        engine.dispose()
    assert diff == []


def test_downgrade_to_nothing_and_up_again(db_url):
    engine = create_desk_engine(db_url)
    config = migrate.alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        result = migrate.upgrade(engine)
        assert result.after == migrate.head_revision()
        assert {"articles", "revisions", "notice_policies", "users"} <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_upgrading_a_local_file_copies_it_aside_first(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = create_desk_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO users (login, display_name, role, active, created_at) "
                          "VALUES ('anna', 'Anna', 'editor', 1, '2022-01-01 00:00:00')"))
    engine.dispose()

    ws = Workspace.open(f"sqlite:///{path}", user="anna")
    ws.close()
    backups = list(tmp_path.glob("old.before-0001-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT login FROM users").fetchall() == [("anna",)]
    # an up-to-date file is not copied again
    Workspace.open(f"sqlite:///{path}").close()
    assert len(list(tmp_path.glob("old.before-*"))) == 1


def test_a_database_from_a_newer_desk_is_refused(db_url):
    engine = create_desk_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    try:
        with pytest.raises(DatabaseUnavailable, match="upgraded by a newer Desk"):
            Workspace.open(db_url)
    finally:
        engine = create_desk_engine(db_url)
        with engine.begin() as conn:
            conn.execute(text(f"UPDATE alembic_version SET version_num = '{migrate.head_revision()}'"))
        engine.dispose()


def test_sqlite_connections_have_the_pragmas(sqlite_url):
    engine = create_desk_engine(sqlite_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    finally:
        engine.dispose()


def test_postgres_connections_name_the_application(pg_database):
    engine = create_desk_engine(pg_database)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SHOW application_name")).scalar() == "Desk"
    finally:
        engine.dispose()


def test_foreign_keys_are_enforced(db_url):
    from sqlalchemy.exc import IntegrityError

    engine = create_desk_engine(db_url)
    try:
        with pytest.raises(IntegrityError):
            with engine.begin() as conn:
                conn.execute(text("INSERT INTO article_tags (article_id, tag, position) VALUES ('ghost', 't', 0)"))
    finally:
        engine.dispose()


def test_sqlite_has_no_statistics_for_the_search_index_tables(tmp_path):
    """0005's ANALYZE on an empty index said "2 rows" for good; FTS5's own lookups then took 4x as long."""
    url = f"sqlite:///{tmp_path / 'stats.sqlite3'}"
    engine = create_desk_engine(url)
    config = migrate.alembic_config()
    shadow = "SELECT count(*) FROM sqlite_stat1 WHERE tbl LIKE 'article_fts%'"
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0005")
            assert conn.execute(text(shadow)).scalar() > 0      # what 0005 left behind
            command.upgrade(config, "head")
            assert conn.execute(text(shadow)).scalar() == 0
            assert conn.execute(text("SELECT count(*) FROM sqlite_stat1")).scalar() > 0   # the rest stay
    finally:
        engine.dispose()


def test_the_head_constant_is_the_newest_migration():
    """A new migration must update ``migrate.HEAD``: opening a workspace compares against it."""
    assert migrate.head_revision() == migrate.HEAD == migrate.script_head()


def test_current_revision_reads_what_alembic_reads(db_url):
    engine = create_desk_engine(db_url)
    try:
        with engine.connect() as conn:
            alembic_says = MigrationContext.configure(conn).get_current_revision()
        assert migrate.current_revision(engine) == alembic_says == migrate.HEAD
    finally:
        engine.dispose()


def test_current_revision_of_an_empty_database_is_none(tmp_path):
    engine = create_desk_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    try:
        assert migrate.current_revision(engine) is None
    finally:
        engine.dispose()


def test_opening_a_local_workspace_loads_only_what_the_first_page_needs(sqlite_url):
    """Alembic (~150 ms), psycopg (~100 ms), keyring (~80 ms), SQLAlchemy's PostgreSQL dialect (~40 ms),
    Snowball (~40 ms), python-markdown (~25 ms), YAML (~15 ms) and Pillow (~70 ms) load when first needed,
    not at every start."""
    import subprocess
    import sys

    Workspace.open(sqlite_url).close()
    probe = ("import sys\nfrom desk_app.services.local import open_workspace\n"
             f"ws = open_workspace({sqlite_url!r})\n"
             "ws.articles.list()\nws.close()\n"
             "heavy = ('alembic', 'psycopg', 'keyring', 'snowballstemmer', 'markdown', 'yaml', 'PIL')\n"
             "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy\n"
             "             or m.startswith('sqlalchemy.dialects.postgresql')))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
