"""Notice policies, and triggers that refuse an article without the current notice.

The policy table is versioned: the newest version whose ``effective_from`` has
come is the one in force. Triggers on SQLite and PostgreSQL reject an INSERT or
UPDATE of an article whose body does not carry that policy's canonical notice
paragraph at its place (first paragraph for ``top``, last for ``end``), for
the languages the policy covers. Desk's service layer writes the canonical
paragraph byte for byte, so the database check can be exact.

The agency's policy in force since 1 December 2022 is seeded as version 1.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""
from __future__ import annotations

from datetime import date, datetime, timezone

import sqlalchemy as sa
from alembic import op

from desk_app.store.base import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

AGENCY_NOTICE = (
    "НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН И РАСПРОСТРАНЕН ИНОСТРАННЫМ АГЕНТОМ "
    "ООО “МЕМО”, ЛИБО КАСАЕТСЯ ДЕЯТЕЛЬНОСТИ ИНОСТРАННОГО АГЕНТА ООО “МЕМО”."
)
REFUSAL = "desk: the article body lacks the foreign-agent notice required by the current policy"

SQLITE_CONDITION = """
EXISTS (
  SELECT 1 FROM notice_policies p
  WHERE p.version = (SELECT max(version) FROM notice_policies WHERE effective_from <= date('now'))
    AND (p.languages = '' OR instr(',' || p.languages || ',', ',' || NEW.language || ',') > 0)
    AND NOT (
      NEW.body = p.paragraph
      OR (p.placement = 'top' AND substr(NEW.body, 1, length(p.paragraph) + 2) = p.paragraph || char(10) || char(10))
      OR (p.placement = 'end' AND substr(NEW.body, -(length(p.paragraph) + 2)) = char(10) || char(10) || p.paragraph)
    )
)
"""

PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION desk_check_notice() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  p notice_policies%ROWTYPE;
BEGIN
  SELECT * INTO p FROM notice_policies
   WHERE effective_from <= (now() AT TIME ZONE 'UTC')::date
   ORDER BY version DESC LIMIT 1;
  IF NOT FOUND THEN
    RETURN NEW;
  END IF;
  IF p.languages <> '' AND NOT (NEW.language = ANY (string_to_array(p.languages, ','))) THEN
    RETURN NEW;
  END IF;
  IF NEW.body = p.paragraph
     OR (p.placement = 'top' AND left(NEW.body, length(p.paragraph) + 2) = p.paragraph || E'\\n\\n')
     OR (p.placement = 'end' AND right(NEW.body, length(p.paragraph) + 2) = E'\\n\\n' || p.paragraph) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '{REFUSAL}' USING ERRCODE = 'check_violation';
END
$$;
"""


def upgrade() -> None:
    policies = op.create_table(
        "notice_policies",
        sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("outlet", sa.String(300), nullable=False, server_default=""),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("age_mark", sa.String(10), nullable=False, server_default=""),
        sa.Column("placement", sa.String(10), nullable=False, server_default="top"),
        sa.Column("effective_from", sa.Date, nullable=False),
        sa.Column("languages", sa.String(100), nullable=False, server_default=""),
        sa.Column("paragraph", sa.Text, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("created_by", sa.String(63), nullable=True),
        sa.CheckConstraint("placement IN ('top','end')", name="placement_known"),
        sa.CheckConstraint("length(text) > 0", name="text_not_empty"),
    )
    op.bulk_insert(policies, [{
        "version": 1, "outlet": "ООО “МЕМО”", "text": AGENCY_NOTICE, "age_mark": "",
        "placement": "top", "effective_from": date(2022, 12, 1), "languages": "",
        "paragraph": AGENCY_NOTICE, "created_at": datetime(2022, 12, 1, tzinfo=timezone.utc),
        "created_by": None,
    }])
    if op.get_bind().dialect.name == "sqlite":
        for event in ("INSERT", "UPDATE"):
            op.execute(
                f"CREATE TRIGGER trg_articles_notice_{event.lower()} BEFORE {event} ON articles "
                f"WHEN {SQLITE_CONDITION} BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
            )
        # A policy in force cannot be rewritten in place: a change is a new version.
        op.execute(
            "CREATE TRIGGER trg_notice_policies_immutable BEFORE UPDATE ON notice_policies "
            "BEGIN SELECT RAISE(ABORT, 'desk: notice policies are versioned; add a new version instead'); END"
        )
    else:
        op.execute(PG_FUNCTION)
        op.execute(
            "CREATE TRIGGER trg_articles_notice BEFORE INSERT OR UPDATE ON articles "
            "FOR EACH ROW EXECUTE FUNCTION desk_check_notice()"
        )
        op.execute(
            "CREATE OR REPLACE FUNCTION desk_policy_immutable() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION 'desk: notice policies are versioned; add a new version instead'; END $$"
        )
        op.execute(
            "CREATE TRIGGER trg_notice_policies_immutable BEFORE UPDATE ON notice_policies "
            "FOR EACH ROW EXECUTE FUNCTION desk_policy_immutable()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS trg_articles_notice_insert")
        op.execute("DROP TRIGGER IF EXISTS trg_articles_notice_update")
        op.execute("DROP TRIGGER IF EXISTS trg_notice_policies_immutable")
    else:
        op.execute("DROP TRIGGER IF EXISTS trg_articles_notice ON articles")
        op.execute("DROP TRIGGER IF EXISTS trg_notice_policies_immutable ON notice_policies")
        op.execute("DROP FUNCTION IF EXISTS desk_check_notice()")
        op.execute("DROP FUNCTION IF EXISTS desk_policy_immutable()")
    op.drop_table("notice_policies")
