"""Close the ways around the notice: one paragraph, fail-closed, append-only policies, workflow checks.

* The notice triggers build the policy's paragraph from its text and age mark instead of
  trusting the stored ``paragraph`` column, and refuse every article when no policy exists.
* Policies become append-only against every SQL form: a new version must be the newest and
  well formed (its ``paragraph`` equal to text and age mark); UPDATE, DELETE, REPLACE, UPSERT
  and (PostgreSQL) TRUNCATE are refused.
* A translation must be of an original (no chains).
* A status change must be one :func:`desk_app.domain.workflow.status_changes` allows (per role
  on PostgreSQL).
* PostgreSQL: every ``desk_*`` function gets ``search_path = pg_catalog, public, pg_temp`` and
  the trigger functions name their tables with the schema, so a temporary table cannot stand
  in for the policy table (or any other).

See :mod:`desk_app.store.guards` for the SQL.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""
from __future__ import annotations

from alembic import op

from desk_app.store import guards
from desk_app.store.pg_roles import GROUPS
from desk_app.store.search_pg import ADD_LEXEMES_FUNCTION, EXPAND_FUNCTION, SYNC_TAGS_FUNCTION

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_SQLITE_0002 = ("trg_articles_notice_insert", "trg_articles_notice_update", "trg_notice_policies_immutable")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in _SQLITE_0002:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        for sql in guards.SQLITE_TRIGGERS.values():
            op.execute(sql)
        return
    op.execute(guards.PG_CHECK_NOTICE)
    op.execute(guards.PG_POLICY_GUARD)
    op.execute(guards.pg_check_status_change(GROUPS))
    op.execute(guards.PG_TRANSLATION_CHAIN)
    op.execute("DROP TRIGGER IF EXISTS trg_notice_policies_immutable ON notice_policies")
    op.execute("DROP FUNCTION IF EXISTS desk_policy_immutable()")
    for sql in guards.PG_TRIGGERS:
        op.execute(sql)
    for sql in (ADD_LEXEMES_FUNCTION, EXPAND_FUNCTION, SYNC_TAGS_FUNCTION):
        op.execute(sql)
    op.execute(guards.PIN_SEARCH_PATHS)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in guards.SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        from importlib import import_module

        old = import_module("desk_app.store.migrations.versions.0002_notice_policy")
        for event in ("INSERT", "UPDATE"):
            op.execute(f"CREATE TRIGGER trg_articles_notice_{event.lower()} BEFORE {event} ON articles "
                       f"WHEN {old.SQLITE_CONDITION} BEGIN SELECT RAISE(ABORT, '{old.REFUSAL}'); END")
        op.execute("CREATE TRIGGER trg_notice_policies_immutable BEFORE UPDATE ON notice_policies "
                   "BEGIN SELECT RAISE(ABORT, 'desk: notice policies are versioned; add a new version instead'); END")
        return
    op.execute("DROP TRIGGER IF EXISTS trg_articles_status_change ON articles")
    op.execute("DROP TRIGGER IF EXISTS trg_articles_translation_chain ON articles")
    op.execute("DROP FUNCTION IF EXISTS desk_check_translation_chain()")
    op.execute("DROP TRIGGER IF EXISTS trg_notice_policies_truncate ON notice_policies")
    op.execute("DROP TRIGGER IF EXISTS trg_notice_policies_guard ON notice_policies")
    op.execute("DROP FUNCTION IF EXISTS desk_check_status_change()")
    op.execute("DROP FUNCTION IF EXISTS desk_policy_guard()")
    op.execute("CREATE OR REPLACE FUNCTION desk_policy_immutable() RETURNS trigger LANGUAGE plpgsql AS $$ "
               "BEGIN RAISE EXCEPTION 'desk: notice policies are versioned; add a new version instead'; END $$")
    op.execute("CREATE TRIGGER trg_notice_policies_immutable BEFORE UPDATE ON notice_policies "
               "FOR EACH ROW EXECUTE FUNCTION desk_policy_immutable()")
    # The hardened notice check and pinned search paths stay: they are what 0002 meant.
