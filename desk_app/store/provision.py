"""PostgreSQL provisioning: group roles, an owner role, grants and row-level security.

Run once by an admin (``desk db provision``), again after an upgrade (it is
idempotent). The four newsroom roles become group roles; each person logs in
with their own login role that is a member of one group. Tables belong to a
separate NOLOGIN owner role and have FORCE ROW LEVEL SECURITY, so not even
the owner bypasses the policies by accident. The policies say in the
database what desk_app.domain.workflow says in Python:

* correspondents read their own articles and others' only from approval on,
  write only their own, and can never approve, publish or correct;
* translators read originals (not others' drafts) and every translation,
  edit translations and their own articles, and cannot approve;
* editors and admins read and write every article;
* the history (revisions) can be added to, never changed or deleted;
  only editors may record editorial actions in it;
* only admins change users, notice policies and workspace settings.
"""
from __future__ import annotations

import re

from sqlalchemy import Connection, text

GROUPS = {
    "correspondent": "desk_correspondent",
    "translator": "desk_translator",
    "editor": "desk_editor",
    "admin": "desk_admin",
}
OWNER = "desk_owner"
TABLES = ("users", "articles", "article_tags", "revisions", "notice_policies", "workspace_settings",
          "article_locks", "segment_pairs", "glossary", "search_lexemes", "applied_ops", "outbox")
SEQUENCES = ("revisions_id_seq", "segment_pairs_id_seq", "glossary_id_seq")
EDITORIAL_ACTIONS = ("approve", "publish", "return", "correct", "publish_correction", "unspike")
AUTHOR_STATES = ("draft", "submitted", "returned", "spiked")
_LOGIN = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")


def valid_login(name: str) -> bool:
    return bool(_LOGIN.match(name))


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION desk_is_editor() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT pg_has_role(current_user, '{GROUPS['editor']}', 'member')
      OR pg_has_role(current_user, '{GROUPS['admin']}', 'member')
$$;
CREATE OR REPLACE FUNCTION desk_is_admin() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT pg_has_role(current_user, '{GROUPS['admin']}', 'member')
$$;
CREATE OR REPLACE FUNCTION desk_is_translator() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT pg_has_role(current_user, '{GROUPS['translator']}', 'member')
$$;
CREATE OR REPLACE FUNCTION desk_can_read(status text, author text, translated_from text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT desk_is_editor()
      OR author = current_user
      OR status IN ('approved', 'published', 'correction', 'corrected')
      OR (desk_is_translator() AND (translated_from IS NOT NULL OR status NOT IN ('draft', 'returned')))
$$;
CREATE OR REPLACE FUNCTION desk_can_edit(status text, author text, translated_from text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT desk_is_editor()
      OR (status IN ('draft', 'returned', 'submitted')
          AND (author = current_user OR (desk_is_translator() AND translated_from IS NOT NULL)))
$$;
"""

AUTHOR_STATE_LIST = ", ".join(f"'{s}'" for s in AUTHOR_STATES)
EDITORIAL_LIST = ", ".join(f"'{a}'" for a in EDITORIAL_ACTIONS)

# Pairs change with the translation (translators) or, for a minor edit, with the original.
PAIR_EDITABLE = (
    "EXISTS (SELECT 1 FROM articles t WHERE t.id = translation_article_id AND ("
    "desk_can_edit(t.status, t.author_login, t.translated_from) OR EXISTS ("
    "SELECT 1 FROM articles o WHERE o.id = t.translated_from "
    "AND desk_can_edit(o.status, o.author_login, o.translated_from))))"
)

POLICIES = {
    "articles": [
        ("desk_articles_select", "SELECT", "desk_can_read(status, author_login, translated_from)", None),
        ("desk_articles_insert", "INSERT", None,
         f"desk_is_editor() OR (author_login = current_user AND status = 'draft' "
         f"AND approved_by IS NULL AND (translated_from IS NULL OR desk_is_translator() "
         f"OR pg_has_role(current_user, '{GROUPS['correspondent']}', 'member')))"),
        ("desk_articles_update", "UPDATE", "desk_can_edit(status, author_login, translated_from)",
         f"desk_is_editor() OR (status IN ({AUTHOR_STATE_LIST}) AND approved_by IS NULL "
         f"AND approved_revision IS NULL AND desk_can_edit('draft', author_login, translated_from))"),
        ("desk_articles_delete", "DELETE", "desk_is_admin()", None),
    ],
    "article_tags": [
        ("desk_tags_select", "SELECT",
         "EXISTS (SELECT 1 FROM articles a WHERE a.id = article_id)", None),
        ("desk_tags_write", "ALL",
         "EXISTS (SELECT 1 FROM articles a WHERE a.id = article_id "
         "AND desk_can_edit(a.status, a.author_login, a.translated_from))",
         "EXISTS (SELECT 1 FROM articles a WHERE a.id = article_id "
         "AND desk_can_edit(a.status, a.author_login, a.translated_from))"),
    ],
    "revisions": [
        ("desk_revisions_select", "SELECT", "EXISTS (SELECT 1 FROM articles a WHERE a.id = article_id)", None),
        ("desk_revisions_insert", "INSERT", None,
         f"author_login = current_user AND EXISTS (SELECT 1 FROM articles a WHERE a.id = article_id) "
         f"AND (desk_is_editor() OR action NOT IN ({EDITORIAL_LIST}))"),
    ],
    "users": [
        ("desk_users_select", "SELECT", "true", None),
        ("desk_users_admin", "ALL", "desk_is_admin()", "desk_is_admin()"),
    ],
    "notice_policies": [
        ("desk_policies_select", "SELECT", "true", None),
        ("desk_policies_insert", "INSERT", None, "desk_is_admin()"),
    ],
    "workspace_settings": [
        ("desk_settings_select", "SELECT", "true", None),
        ("desk_settings_admin", "ALL", "desk_is_admin()", "desk_is_admin()"),
    ],
    # Everyone sees who edits what; a lock is one's own, an editor's to take over, or anyone's once expired.
    "article_locks": [
        ("desk_locks_select", "SELECT", "true", None),
        ("desk_locks_write", "ALL",
         "holder_login = current_user OR desk_is_editor() OR expires_at < now()",
         "holder_login = current_user"),
    ],
    "segment_pairs": [
        ("desk_pairs_select", "SELECT",
         "EXISTS (SELECT 1 FROM articles t WHERE t.id = translation_article_id)", None),
        ("desk_pairs_write", "ALL", PAIR_EDITABLE, PAIR_EDITABLE),
    ],
    # Field sync: each person records their own pushed operations; editors see everyone's (conflicts).
    "applied_ops": [
        ("desk_applied_ops_select", "SELECT", "login = current_user OR desk_is_editor()", None),
        ("desk_applied_ops_insert", "INSERT", None, "login = current_user"),
    ],
    # The outbox is a field workspace's local table; on the server nobody uses it.
    "outbox": [("desk_outbox_none", "SELECT", "false", None)],
    "glossary": [
        ("desk_glossary_select", "SELECT", "true", None),
        ("desk_glossary_write", "ALL", "desk_is_editor() OR desk_is_translator()",
         "desk_is_editor() OR desk_is_translator()"),
    ],
}

GRANTS = {
    "users": "SELECT, INSERT, UPDATE",
    "articles": "SELECT, INSERT, UPDATE, DELETE",
    "article_tags": "SELECT, INSERT, UPDATE, DELETE",
    "revisions": "SELECT, INSERT",
    "notice_policies": "SELECT, INSERT",
    "workspace_settings": "SELECT, INSERT, UPDATE",
    "alembic_version": "SELECT",
    "article_locks": "SELECT, INSERT, UPDATE, DELETE",
    "segment_pairs": "SELECT, INSERT, UPDATE, DELETE",
    "glossary": "SELECT, INSERT, UPDATE, DELETE",
    "applied_ops": "SELECT, INSERT",
    "outbox": "SELECT",
}


def _role_exists(conn: Connection, name: str) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first() is not None


def provision(conn: Connection) -> list[str]:
    """Create roles, grants and policies; returns what was done, line by line."""
    done = []
    for name in (OWNER, *GROUPS.values()):
        if not _role_exists(conn, name):
            conn.execute(text(f"CREATE ROLE {_q(name)} NOLOGIN"))
            done.append(f"created role {name}")
    conn.execute(text(f"GRANT {_q(OWNER)} TO current_user"))
    conn.execute(text(FUNCTIONS))
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    for group in GROUPS.values():
        conn.execute(text(f"GRANT CONNECT ON DATABASE {_q(database)} TO {_q(group)}"))
        conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {_q(group)}"))
    for table in TABLES:
        conn.execute(text(f"ALTER TABLE {_q(table)} OWNER TO {_q(OWNER)}"))
    for sequence in SEQUENCES:
        conn.execute(text(f"ALTER SEQUENCE {sequence} OWNER TO {_q(OWNER)}"))
    from desk_app.store import search_pg  # it names these groups: imported here, not in a cycle

    for function in search_pg.FUNCTIONS:  # they run as the owner of search_lexemes, which no group may touch
        conn.execute(text(f"ALTER FUNCTION {function} OWNER TO {_q(OWNER)}"))
    conn.execute(text("REVOKE ALL ON search_lexemes FROM PUBLIC"))
    for table, privileges in GRANTS.items():
        conn.execute(text(f"REVOKE ALL ON {_q(table)} FROM PUBLIC"))
        for group in GROUPS.values():
            conn.execute(text(f"REVOKE ALL ON {_q(table)} FROM {_q(group)}"))
            conn.execute(text(f"GRANT {privileges} ON {_q(table)} TO {_q(group)}"))
    for group in GROUPS.values():
        for sequence in SEQUENCES:
            conn.execute(text(f"GRANT USAGE ON SEQUENCE {sequence} TO {_q(group)}"))
    for table, policies in POLICIES.items():
        conn.execute(text(f"ALTER TABLE {_q(table)} ENABLE ROW LEVEL SECURITY"))
        conn.execute(text(f"ALTER TABLE {_q(table)} FORCE ROW LEVEL SECURITY"))
        existing = conn.execute(
            text("SELECT policyname FROM pg_policies WHERE tablename = :t"), {"t": table}
        ).scalars().all()
        for name in existing:
            conn.execute(text(f"DROP POLICY {_q(name)} ON {_q(table)}"))
        for name, command, using, check in policies:
            sql = f"CREATE POLICY {_q(name)} ON {_q(table)} FOR {command} TO PUBLIC"
            if using:
                sql += f" USING ({using})"
            if check:
                sql += f" WITH CHECK ({check})"
            conn.execute(text(sql))
        done.append(f"row-level security forced on {table} ({len(policies)} policies)")
    return done


def add_login(conn: Connection, login: str, role: str, password: str | None) -> None:
    """Create (or re-point) a person's login role in the group of ``role``."""
    group = GROUPS[role]
    if _role_exists(conn, login):
        conn.execute(text(f"ALTER ROLE {_q(login)} LOGIN"))
    else:
        conn.execute(text(f"CREATE ROLE {_q(login)} LOGIN"))
    if password:
        # ALTER ROLE cannot take a bind parameter; quote the literal with the server's own rules.
        literal = conn.execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar_one()
        conn.execute(text(f"ALTER ROLE {_q(login)} PASSWORD {literal}"))
    for other in GROUPS.values():
        if other != group:
            conn.execute(text(f"REVOKE {_q(other)} FROM {_q(login)}"))
    conn.execute(text(f"GRANT {_q(group)} TO {_q(login)}"))
