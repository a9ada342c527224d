"""The label facts carry what the report lists, and PostgreSQL marks them stale itself.

A name in a quarter of a million-article archive puts about 260,000 articles in the
affected-articles report. Joining each to its article row for the headline, status and
version cost PostgreSQL seconds, and finding the articles whose facts went stale (changed
since by raw SQL or by field sync's server function) needed every candidate's row too.

* ``article_label_facts`` gains ``headline``, ``language``, ``status``, ``author_login`` and
  ``translated_from``, copied from the article.
* **Both backends** (PostgreSQL: one function, SECURITY DEFINER with a pinned ``search_path``;
  SQLite: three triggers): an AFTER INSERT OR UPDATE trigger on ``articles`` copies those columns into the facts row, creating it when missing, and
  sets its ``stamp`` to NULL whenever the headline, lede or body changed. The app's save
  then computes the facts and sets the stamp again; any other write leaves them stale, where
  a partial index finds them (PostgreSQL). So facts are current when their stamp is set,
  their key is the current one and their name pairs are computed (label_facts.py), with no
  look at the article row. A bulk load with triggers off (PostgreSQL) leaves no facts row;
  ``desk registry affected --refresh`` computes it. On SQLite one index holds what the report
  reads of the facts, so a candidate costs no read of its wide row.
* An index on ``labels_key`` answers "are any facts of another key" at once.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

LISTED = ("headline", "language", "status", "author_login", "translated_from")

STALE_FUNCTION = """
CREATE OR REPLACE FUNCTION public.desk_label_facts_follow() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    changed boolean := TG_OP = 'INSERT' OR NEW.headline IS DISTINCT FROM OLD.headline
        OR NEW.lede IS DISTINCT FROM OLD.lede OR NEW.body IS DISTINCT FROM OLD.body;
BEGIN
    INSERT INTO public.article_label_facts AS f
        (article_id, stamp, labels_key, label_groups, name_pairs,
         headline, language, status, author_login, translated_from)
    VALUES (NEW.id, NULL, '', '|', NULL,
            NEW.headline, NEW.language, NEW.status, NEW.author_login, NEW.translated_from)
    ON CONFLICT (article_id) DO UPDATE SET
        stamp = CASE WHEN changed THEN NULL ELSE f.stamp END,
        headline = NEW.headline, language = NEW.language, status = NEW.status,
        author_login = NEW.author_login, translated_from = NEW.translated_from;
    RETURN NULL;
END
$$
"""


# SQLite: the same, as three triggers: a new article gets a stale facts row, a change of its text
# makes its facts stale, and every update copies the listed columns
SQLITE_TRIGGERS = (
    "CREATE TRIGGER trg_articles_label_facts_insert AFTER INSERT ON articles BEGIN "
    "INSERT OR IGNORE INTO article_label_facts (article_id, stamp, labels_key, label_groups, name_pairs, "
    "headline, language, status, author_login, translated_from) VALUES (NEW.id, NULL, '', '|', NULL, "
    "NEW.headline, NEW.language, NEW.status, NEW.author_login, NEW.translated_from); "
    "UPDATE article_label_facts SET stamp = NULL WHERE article_id = NEW.id; END",
    "CREATE TRIGGER trg_articles_label_facts_text AFTER UPDATE OF headline, lede, body ON articles "
    "WHEN NEW.headline IS NOT OLD.headline OR NEW.lede IS NOT OLD.lede OR NEW.body IS NOT OLD.body BEGIN "
    "UPDATE article_label_facts SET stamp = NULL WHERE article_id = NEW.id; END",
    "CREATE TRIGGER trg_articles_label_facts_listed AFTER UPDATE ON articles BEGIN "
    "INSERT OR IGNORE INTO article_label_facts (article_id, stamp, labels_key, label_groups, name_pairs) "
    "VALUES (NEW.id, NULL, '', '|', NULL); "
    "UPDATE article_label_facts SET headline = NEW.headline, language = NEW.language, status = NEW.status, "
    "author_login = NEW.author_login, translated_from = NEW.translated_from WHERE article_id = NEW.id; END",
)
# what the report reads of a candidate's facts, in one index (SQLite: no wide row per article)
REPORT_INDEX = ("article_id", "stamp", "labels_key", "label_groups", *LISTED, "name_pairs")


def _keep_initial_pairs(conn: sa.Connection) -> None:
    from desk_app.store.label_facts import encode_pairs

    rows = conn.execute(sa.text("SELECT article_id, name_pairs FROM article_label_facts "
                                "WHERE name_pairs IS NOT NULL")).all()
    kept = [{"id": i, "pairs": encode_pairs("sqlite", [p for p in pairs.split("\n") if p])} for i, pairs in rows]
    if kept:
        conn.execute(sa.text("UPDATE article_label_facts SET name_pairs = :pairs WHERE article_id = :id"), kept)


def upgrade() -> None:
    conn = op.get_bind()
    with op.batch_alter_table("article_label_facts") as batch:
        batch.add_column(sa.Column("headline", sa.Text, nullable=True))
        batch.add_column(sa.Column("language", sa.String(8), nullable=True))
        batch.add_column(sa.Column("status", sa.String(20), nullable=True))
        batch.add_column(sa.Column("author_login", sa.String(63), nullable=True))
        batch.add_column(sa.Column("translated_from", sa.String(36), nullable=True))
    listed = ", ".join(f"{c} = a.{c}" for c in LISTED)
    if conn.dialect.name == "postgresql":
        # current facts keep a stamp that is never NULL (a bulk load leaves change_seq NULL); the
        # trigger below makes it NULL when the text changes
        listed += (", stamp = CASE WHEN f.stamp IS NOT DISTINCT FROM a.change_seq "
                   "THEN coalesce(a.change_seq, 0) END")
    op.execute(f"UPDATE article_label_facts AS f SET {listed} FROM articles a WHERE a.id = f.article_id")
    op.create_index("ix_article_label_facts_labels_key", "article_label_facts", ["labels_key"])
    if conn.dialect.name == "sqlite":
        # SQLite keeps only the pairs with an initial (label_facts.encode_pairs): small enough for
        # the report's index
        _keep_initial_pairs(conn)
        # current facts keep their stamp; the triggers null it when the text changes
        op.execute("UPDATE article_label_facts SET stamp = NULL WHERE stamp IS NOT "
                   "(SELECT a.version FROM articles a WHERE a.id = article_label_facts.article_id)")
        for trigger in SQLITE_TRIGGERS:
            op.execute(trigger)
        op.execute("INSERT INTO article_label_facts (article_id, stamp, labels_key, label_groups, name_pairs, "
                   f"{', '.join(LISTED)}) SELECT a.id, NULL, '', '|', NULL, {', '.join('a.' + c for c in LISTED)} "
                   "FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_label_facts f WHERE f.article_id = a.id)")
        op.create_index("ix_article_label_facts_report", "article_label_facts", list(REPORT_INDEX))
    if conn.dialect.name == "postgresql":
        op.execute("CREATE INDEX ix_article_label_facts_stale ON article_label_facts (article_id) "
                   "WHERE stamp IS NULL OR name_pairs IS NULL")
        op.execute(STALE_FUNCTION)
        op.execute("CREATE TRIGGER trg_articles_label_facts AFTER INSERT OR UPDATE ON articles "
                   "FOR EACH ROW EXECUTE FUNCTION public.desk_label_facts_follow()")
        # the articles nobody computed facts for (a bulk load): a stale row each, so they are found
        op.execute("INSERT INTO article_label_facts (article_id, stamp, labels_key, label_groups, name_pairs, "
                   f"{', '.join(LISTED)}) SELECT a.id, NULL, '', '|', NULL, {', '.join('a.' + c for c in LISTED)} "
                   "FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_label_facts f WHERE f.article_id = a.id)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("insert", "text", "listed"):
            op.execute(f"DROP TRIGGER IF EXISTS trg_articles_label_facts_{name}")
        op.drop_index("ix_article_label_facts_report", table_name="article_label_facts")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS trg_articles_label_facts ON articles")
        op.execute("DROP FUNCTION IF EXISTS public.desk_label_facts_follow()")
        op.execute("DROP INDEX IF EXISTS ix_article_label_facts_stale")
    op.drop_index("ix_article_label_facts_labels_key", table_name="article_label_facts")
    with op.batch_alter_table("article_label_facts") as batch:
        for column in LISTED:
            batch.drop_column(column)
