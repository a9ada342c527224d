"""PostgreSQL provisioning: group roles, an owner role, grants and row-level security.

Design notes: docs/architecture.md, “desk_app.store.provision”.
"""
from __future__ import annotations

import re

from sqlalchemy import Connection, Engine, text

from desk_app.store import search_pg
from desk_app.store.pg_roles import GROUPS, OWNER

TABLES = ("users", "articles", "article_tags", "revisions", "notice_policies", "workspace_settings",
          "article_locks", "segment_pairs", "glossary", "search_lexemes",
          "registry_entities", "registry_labels", "registry_changes", "media", "article_photos",
          "spelling_words", "applied_ops", "outbox", "article_label_facts")
SEQUENCES = ("revisions_id_seq", "segment_pairs_id_seq", "glossary_id_seq",
             "registry_entities_id_seq", "registry_changes_id_seq", "spelling_words_id_seq")
EDITORIAL_ACTIONS = ("approve", "publish", "return", "correct", "publish_correction", "unspike")
AUTHOR_STATES = ("draft", "submitted", "returned", "spiked")
DEFINER_FUNCTIONS = ("desk_add_search_lexemes()", "desk_search_expand(text, regconfig[], integer)",
                     "desk_check_translation_chain()")
"""The SECURITY DEFINER functions Desk installs (search_pg, guards)."""
_LOGIN = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")


def has_server_roles(bind: Engine | Connection) -> bool:
    """Whether the database has server roles for Desk to manage (PostgreSQL); a SQLite file has none."""
    return bind.dialect.name == "postgresql"


def valid_login(name: str) -> bool:
    return bool(_LOGIN.match(name))


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# The row-level security helpers are inlined into every policy check (a pinned search_path would
# stop that: a correspondent's count of 50,000 rows took 3.5 s instead of 0.11 s). Instead of a
# pinned path they name every function, operator and type with its schema, so no session's
# search_path (temporary objects included) can change what they mean. RLS_HELPERS lists them.
_EQ = "OPERATOR(pg_catalog.=)"
FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION public.desk_is_editor() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT pg_catalog.pg_has_role(CURRENT_USER, '{GROUPS['editor']}', 'member')
      OR pg_catalog.pg_has_role(CURRENT_USER, '{GROUPS['admin']}', 'member')
$$;
CREATE OR REPLACE FUNCTION public.desk_is_admin() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT pg_catalog.pg_has_role(CURRENT_USER, '{GROUPS['admin']}', 'member')
$$;
CREATE OR REPLACE FUNCTION public.desk_is_translator() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT pg_catalog.pg_has_role(CURRENT_USER, '{GROUPS['translator']}', 'member')
$$;
CREATE OR REPLACE FUNCTION public.desk_can_read(status text, author text, translated_from text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT public.desk_is_editor()
      OR author {_EQ} CURRENT_USER::pg_catalog.text
      OR status {_EQ} ANY (ARRAY['approved', 'published', 'correction', 'corrected']::pg_catalog.text[])
      OR (public.desk_is_translator() AND (translated_from IS NOT NULL
          OR NOT status {_EQ} ANY (ARRAY['draft', 'returned']::pg_catalog.text[])))
$$;
CREATE OR REPLACE FUNCTION public.desk_can_edit(status text, author text, translated_from text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT public.desk_is_editor()
      OR (status {_EQ} ANY (ARRAY['draft', 'returned', 'submitted']::pg_catalog.text[])
          AND (author {_EQ} CURRENT_USER::pg_catalog.text
               OR (public.desk_is_translator() AND translated_from IS NOT NULL)))
$$;
"""
RLS_HELPERS = ("desk_is_editor()", "desk_is_admin()", "desk_is_translator()", "desk_can_read(text, text, text)",
               "desk_can_edit(text, text, text)")

AUTHOR_STATE_LIST = ", ".join(f"'{s}'" for s in AUTHOR_STATES)
EDITORIAL_LIST = ", ".join(f"'{a}'" for a in EDITORIAL_ACTIONS)

# Pairs change with the translation (translators) or, for a minor edit, with the original.
PAIR_EDITABLE = (
    "EXISTS (SELECT 1 FROM articles t WHERE t.id = translation_article_id AND ("
    "desk_can_edit(t.status, t.author_login, t.translated_from) OR EXISTS ("
    "SELECT 1 FROM articles o WHERE o.id = t.translated_from "
    "AND desk_can_edit(o.status, o.author_login, o.translated_from))))"
)

# Rows that belong to an article (tags, its photo) change with it.
ARTICLE_EDITABLE = (
    "EXISTS (SELECT 1 FROM articles a WHERE a.id = article_id "
    "AND desk_can_edit(a.status, a.author_login, a.translated_from))"
)

POLICIES: dict[str, list[tuple[str, str, str | None, str | None]]] = {
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
    "article_photos": [
        ("desk_photos_select", "SELECT", "EXISTS (SELECT 1 FROM articles a WHERE a.id = article_id)", None),
        ("desk_photos_write", "ALL", ARTICLE_EDITABLE, ARTICLE_EDITABLE),
    ],
    "media": [
        ("desk_media_select", "SELECT",
         "created_by = current_user OR desk_is_editor() "
         "OR EXISTS (SELECT 1 FROM article_photos p WHERE p.sha256 = media.sha256)", None),
        ("desk_media_insert", "INSERT", None, "created_by = current_user"),
        ("desk_media_delete", "DELETE", "desk_is_admin()", None),
    ],
    "article_tags": [
        ("desk_tags_select", "SELECT",
         "EXISTS (SELECT 1 FROM articles a WHERE a.id = article_id)", None),
        ("desk_tags_write", "ALL", ARTICLE_EDITABLE, ARTICLE_EDITABLE),
    ],
    # an article's label facts: derived, kept on every save by whoever saves it. Stale facts can
    # only add an article to the affected-articles report; forged name pairs could hide a mention
    # written with initials alone, which whoever can write them could also publish unlabelled by
    # SQL: the label rule is the service layer's (docs/mentions.md, store/mention_candidates.py).
    "article_label_facts": [
        ("desk_label_facts_all", "ALL", "EXISTS (SELECT 1 FROM articles a WHERE a.id = article_id)",
         "EXISTS (SELECT 1 FROM articles a WHERE a.id = article_id)"),
    ],
    "revisions": [
        ("desk_revisions_select", "SELECT", "EXISTS (SELECT 1 FROM articles a WHERE a.id = article_id)", None),
        # A revision records the article's current version, as written by someone who may write it:
        # nobody adds to the history of an article they may not change, or rewrites a past version.
        ("desk_revisions_insert", "INSERT", None,
         f"author_login = current_user AND EXISTS (SELECT 1 FROM articles a WHERE a.id = article_id "
         f"AND a.version = number AND a.status = to_status AND (desk_is_editor() OR ("
         f"action NOT IN ({EDITORIAL_LIST}) AND (a.author_login = current_user "
         f"OR (desk_is_translator() AND a.translated_from IS NOT NULL)))))"),
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
    # everyone checks articles against the registry; only admins change it, and its history is append-only
    "registry_entities": [
        ("desk_registry_select", "SELECT", "true", None),
        ("desk_registry_admin", "ALL", "desk_is_admin()", "desk_is_admin()"),
    ],
    "registry_labels": [
        ("desk_registry_labels_select", "SELECT", "true", None),
        ("desk_registry_labels_admin", "ALL", "desk_is_admin()", "desk_is_admin()"),
    ],
    "registry_changes": [
        ("desk_registry_changes_select", "SELECT", "true", None),
        ("desk_registry_changes_insert", "INSERT", None, "desk_is_admin() AND changed_by = current_user"),
    ],
    "spelling_words": [
        ("desk_spelling_select", "SELECT", "true", None),
        ("desk_spelling_insert", "INSERT", None, "added_by = current_user"),
        ("desk_spelling_delete", "DELETE", "added_by = current_user OR desk_is_editor()", None),
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
    "registry_entities": "SELECT, INSERT, UPDATE",
    "registry_labels": "SELECT, INSERT, UPDATE",
    "registry_changes": "SELECT, INSERT",
    "media": "SELECT, INSERT, DELETE",
    "article_photos": "SELECT, INSERT, UPDATE, DELETE",
    "spelling_words": "SELECT, INSERT, DELETE",
    "applied_ops": "SELECT, INSERT",
    "outbox": "SELECT",
    "article_label_facts": "SELECT, INSERT, UPDATE, DELETE",
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
    for function in RLS_HELPERS:  # a search_path pinned by migration 0009 would stop the inlining
        conn.execute(text(f"ALTER FUNCTION {function} RESET search_path"))
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    for group in GROUPS.values():
        conn.execute(text(f"GRANT CONNECT ON DATABASE {_q(database)} TO {_q(group)}"))
        conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {_q(group)}"))
    for table in TABLES:
        conn.execute(text(f"ALTER TABLE {_q(table)} OWNER TO {_q(OWNER)}"))
    for sequence in SEQUENCES:
        conn.execute(text(f"ALTER SEQUENCE {sequence} OWNER TO {_q(OWNER)}"))
    for function in search_pg.FUNCTIONS:  # they run as the owner of search_lexemes, which no group may touch
        conn.execute(text(f"ALTER FUNCTION {function} OWNER TO {_q(OWNER)}"))
    for function in DEFINER_FUNCTIONS:  # they run with the owner's rights: only Desk's people may call them
        conn.execute(text(f"ALTER FUNCTION {function} OWNER TO {_q(OWNER)}"))
        conn.execute(text(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC"))
        for group in GROUPS.values():
            conn.execute(text(f"GRANT EXECUTE ON FUNCTION {function} TO {_q(group)}"))
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


def ensure_login(conn: Connection, login: str, role: str, password: str | None) -> None:
    """:func:`add_login` on a database with server roles; nothing on one without (SQLite)."""
    if has_server_roles(conn):
        add_login(conn, login, role, password)


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
