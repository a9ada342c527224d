"""The database's own guards: the notice, append-only policies and the workflow's status changes.

Installed by migration 0009 on both engines (changing them needs a new migration):

* **the notice** — an article written while a policy is in force must carry that policy's
  paragraph, which the database builds from the policy's ``text`` and ``age_mark`` (the stored
  ``paragraph`` column is only a copy, and a policy whose copy disagrees is refused); with no
  policy at all the database refuses every article (fail closed);
* **policies** are append-only: a new version must be newer than every other, well formed, and
  can never be updated, deleted, replaced (``INSERT OR REPLACE``/UPSERT) or truncated;
* **translations** are of originals: no chains, no article its own translation;
* **status changes** — exactly the table :func:`desk_app.domain.workflow.status_changes`
  generates; PostgreSQL checks it per role (the provisioned groups), SQLite (one user, no
  roles) checks the union over the roles.

Every PostgreSQL function Desk installs runs with ``search_path = pg_catalog, public, pg_temp``
and names its tables with their schema, so a temporary table, function or operator a session
creates cannot stand in for Desk's own. The exception is provisioning's row-level security
helpers: a pinned path would stop PostgreSQL inlining them into every row's policy check (32x
slower), so their bodies name every function, operator and type with its schema instead.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

from desk_app.domain.workflow import Role, status_changes

SEARCH_PATH = "pg_catalog, public, pg_temp"
"""The ``search_path`` of every function Desk installs: the catalog first, temporary objects last."""

NOTICE_REFUSAL = "desk: the article body lacks the foreign-agent notice required by the current policy"
NO_POLICY_REFUSAL = ("desk: there is no notice policy, so no article can be stored; "
                     "an admin must restore the notice policy")
POLICY_APPEND_ONLY = "desk: notice policies are versioned and append-only; add a new version instead"
POLICY_MALFORMED = ("desk: notice policies are append-only; a new one needs a newer version number, one line "
                    "of text without surrounding spaces, and its paragraph equal to the text and age mark")
STATUS_REFUSAL = "desk: the workflow does not allow this status change"
CHAIN_REFUSAL = "desk: a translation must be of an original, not of another translation or of itself"

# -- SQLite -----------------------------------------------------------------------------------------

_SQLITE_PARAGRAPH = "(p.text || CASE WHEN p.age_mark <> '' THEN ' ' || p.age_mark ELSE '' END)"
_SQLITE_LACKS_NOTICE = f"""
EXISTS (
  SELECT 1 FROM (SELECT p.languages, p.placement, {_SQLITE_PARAGRAPH} AS para FROM notice_policies p
                 WHERE p.version = (SELECT max(version) FROM notice_policies
                                    WHERE effective_from <= date('now'))) p
  WHERE (p.languages = '' OR instr(',' || p.languages || ',', ',' || NEW.language || ',') > 0)
    AND NOT (
      NEW.body = p.para
      OR (p.placement = 'top' AND substr(NEW.body, 1, length(p.para) + 2) = p.para || char(10) || char(10))
      OR (p.placement = 'end' AND substr(NEW.body, -(length(p.para) + 2)) = char(10) || char(10) || p.para)
    )
)
"""
_SQLITE_NEW_PARAGRAPH = "(NEW.text || CASE WHEN NEW.age_mark <> '' THEN ' ' || NEW.age_mark ELSE '' END)"
_SQLITE_POLICY_MALFORMED = f"""
NEW.version <= coalesce((SELECT max(version) FROM notice_policies), 0)
OR NEW.paragraph IS NOT {_SQLITE_NEW_PARAGRAPH}
OR trim(NEW.text) = '' OR trim(NEW.text) <> NEW.text
OR instr(NEW.text, char(10)) > 0 OR instr(NEW.text, char(13)) > 0
OR instr(NEW.age_mark, char(10)) > 0 OR instr(NEW.age_mark, char(13)) > 0
"""


def _sql_list(values: Sequence[tuple[str, ...]]) -> str:
    return ", ".join("(" + ", ".join(f"'{v}'" for v in row) + ")" for row in values)


def _sqlite_pairs() -> str:
    pairs = sorted({(c.from_status.value, c.to_status.value) for c in status_changes()})
    return _sql_list(pairs)


SQLITE_TRIGGERS: dict[str, str] = {
    **{f"trg_articles_notice_{event.lower()}": (
        f"CREATE TRIGGER trg_articles_notice_{event.lower()} BEFORE {event} ON articles "
        f"WHEN {_SQLITE_LACKS_NOTICE} BEGIN SELECT RAISE(ABORT, '{NOTICE_REFUSAL}'); END"
    ) for event in ("INSERT", "UPDATE")},
    **{f"trg_articles_no_policy_{event.lower()}": (
        f"CREATE TRIGGER trg_articles_no_policy_{event.lower()} BEFORE {event} ON articles "
        f"WHEN NOT EXISTS (SELECT 1 FROM notice_policies) "
        f"BEGIN SELECT RAISE(ABORT, '{NO_POLICY_REFUSAL}'); END"
    ) for event in ("INSERT", "UPDATE")},
    # A REPLACE deletes the row it conflicts with without firing DELETE triggers (unless recursive
    # triggers are on): the check on the new row's version is what stops it.
    "trg_notice_policies_append": (
        f"CREATE TRIGGER trg_notice_policies_append BEFORE INSERT ON notice_policies "
        f"WHEN {_SQLITE_POLICY_MALFORMED} BEGIN SELECT RAISE(ABORT, '{POLICY_MALFORMED}'); END"
    ),
    "trg_notice_policies_immutable": (
        f"CREATE TRIGGER trg_notice_policies_immutable BEFORE UPDATE ON notice_policies "
        f"BEGIN SELECT RAISE(ABORT, '{POLICY_APPEND_ONLY}'); END"
    ),
    "trg_notice_policies_no_delete": (
        f"CREATE TRIGGER trg_notice_policies_no_delete BEFORE DELETE ON notice_policies "
        f"BEGIN SELECT RAISE(ABORT, '{POLICY_APPEND_ONLY}'); END"
    ),
    **{f"trg_articles_translation_chain_{event.lower()}": (
        f"CREATE TRIGGER trg_articles_translation_chain_{event.lower()} BEFORE {event} ON articles "
        f"WHEN NEW.translated_from IS NOT NULL AND (NEW.translated_from = NEW.id OR EXISTS ("
        f"SELECT 1 FROM articles o WHERE o.id = NEW.translated_from AND o.translated_from IS NOT NULL)) "
        f"BEGIN SELECT RAISE(ABORT, '{CHAIN_REFUSAL}'); END"
    ) for event in ("INSERT", "UPDATE")},
    "trg_articles_status_change": (
        f"CREATE TRIGGER trg_articles_status_change BEFORE UPDATE OF status ON articles "
        f"WHEN NEW.status IS NOT OLD.status AND (OLD.status, NEW.status) NOT IN (VALUES {_sqlite_pairs()}) "
        f"BEGIN SELECT RAISE(ABORT, '{STATUS_REFUSAL}'); END"
    ),
}
"""Name -> CREATE TRIGGER, for SQLite (the notice triggers replace migration 0002's)."""

# -- PostgreSQL -------------------------------------------------------------------------------------

PG_CHECK_NOTICE = f"""
CREATE OR REPLACE FUNCTION public.desk_check_notice() RETURNS trigger
LANGUAGE plpgsql SET search_path = {SEARCH_PATH} AS $$
DECLARE
  p public.notice_policies%ROWTYPE;
  para text;
BEGIN
  SELECT * INTO p FROM public.notice_policies
   WHERE effective_from <= (now() AT TIME ZONE 'UTC')::date
   ORDER BY version DESC LIMIT 1;
  IF NOT FOUND THEN
    IF NOT EXISTS (SELECT 1 FROM public.notice_policies) THEN
      RAISE EXCEPTION '{NO_POLICY_REFUSAL}' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  IF p.languages <> '' AND NOT (NEW.language = ANY (string_to_array(p.languages, ','))) THEN
    RETURN NEW;
  END IF;
  para := p.text || CASE WHEN p.age_mark <> '' THEN ' ' || p.age_mark ELSE '' END;
  IF NEW.body = para
     OR (p.placement = 'top' AND left(NEW.body, length(para) + 2) = para || E'\\n\\n')
     OR (p.placement = 'end' AND right(NEW.body, length(para) + 2) = E'\\n\\n' || para) THEN
    NEW.policy_version := p.version;  -- what it was checked against, whatever the writer claimed
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '{NOTICE_REFUSAL}' USING ERRCODE = 'check_violation';
END
$$
"""

PG_POLICY_GUARD = f"""
CREATE OR REPLACE FUNCTION public.desk_policy_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = {SEARCH_PATH} AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION '{POLICY_APPEND_ONLY}' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.version <= coalesce((SELECT max(version) FROM public.notice_policies), 0)
     OR NEW.paragraph IS DISTINCT FROM
        (NEW.text || (CASE WHEN NEW.age_mark <> '' THEN ' ' || NEW.age_mark ELSE '' END))
     OR btrim(NEW.text) = '' OR btrim(NEW.text) <> NEW.text
     OR NEW.text ~ '[\\r\\n]' OR NEW.age_mark ~ '[\\r\\n]' THEN
    RAISE EXCEPTION '{POLICY_MALFORMED}' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$
"""


def _pg_changes() -> str:
    rows = sorted(
        (c.role.value, c.from_status.value, c.to_status.value, str(c.own).lower(), str(c.translation).lower())
        for c in status_changes()
    )
    return ", ".join(f"('{r}', '{f}', '{t}', {o}, {tr})" for r, f, t, o, tr in rows)


def pg_check_status_change(groups: dict[str, str]) -> str:
    """The trigger function for status changes; ``groups`` maps role names to provisioned groups.

    A login in no provisioned group (the owner, a superuser, or an unprovisioned server where
    everyone is one) is held to the editor's table: the union of every role's.
    """
    def member(role: Role) -> str:
        return f"pg_has_role(current_user, '{groups[role.value]}', 'member')"

    return f"""
CREATE OR REPLACE FUNCTION public.desk_check_status_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = {SEARCH_PATH} AS $$
DECLARE
  actor text;
BEGIN
  IF NEW.status IS NOT DISTINCT FROM OLD.status THEN
    RETURN NEW;
  END IF;
  actor := CASE
    WHEN NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = '{groups[Role.EDITOR.value]}') THEN 'editor'
    WHEN {member(Role.ADMIN)} THEN 'admin'
    WHEN {member(Role.EDITOR)} THEN 'editor'
    WHEN {member(Role.TRANSLATOR)} THEN 'translator'
    WHEN {member(Role.CORRESPONDENT)} THEN 'correspondent'
    ELSE 'editor' END;
  IF EXISTS (
    SELECT 1 FROM (VALUES {_pg_changes()}) AS allowed (role, from_status, to_status, own, translation)
    WHERE allowed.role = actor AND allowed.from_status = OLD.status AND allowed.to_status = NEW.status
      AND allowed.own = (OLD.author_login IS NOT DISTINCT FROM current_user::text)
      AND allowed.translation = (OLD.translated_from IS NOT NULL)
  ) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '{STATUS_REFUSAL} (% to %)', OLD.status, NEW.status USING ERRCODE = 'check_violation';
END
$$
"""


# SECURITY DEFINER: the original may be a draft the writer cannot read, and must still be checked.
PG_TRANSLATION_CHAIN = f"""
CREATE OR REPLACE FUNCTION public.desk_check_translation_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {SEARCH_PATH} AS $$
BEGIN
  IF NEW.translated_from IS NOT NULL AND (NEW.translated_from = NEW.id OR EXISTS (
       SELECT 1 FROM public.articles o WHERE o.id = NEW.translated_from AND o.translated_from IS NOT NULL)) THEN
    RAISE EXCEPTION '{CHAIN_REFUSAL}' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$
"""

PG_TRIGGERS = (
    "CREATE TRIGGER trg_notice_policies_guard BEFORE INSERT OR UPDATE OR DELETE ON public.notice_policies "
    "FOR EACH ROW EXECUTE FUNCTION public.desk_policy_guard()",
    "CREATE TRIGGER trg_notice_policies_truncate BEFORE TRUNCATE ON public.notice_policies "
    "FOR EACH STATEMENT EXECUTE FUNCTION public.desk_policy_guard()",
    "CREATE TRIGGER trg_articles_status_change BEFORE UPDATE OF status ON public.articles "
    "FOR EACH ROW EXECUTE FUNCTION public.desk_check_status_change()",
    "CREATE TRIGGER trg_articles_translation_chain BEFORE INSERT OR UPDATE OF translated_from ON public.articles "
    "FOR EACH ROW EXECUTE FUNCTION public.desk_check_translation_chain()",
)

PIN_SEARCH_PATHS = f"""
DO $$
DECLARE
  f regprocedure;
BEGIN
  FOR f IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
           JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'public' AND p.proname LIKE 'desk\\_%'
             AND p.proname NOT IN ('desk_is_editor', 'desk_is_admin', 'desk_is_translator', 'desk_can_read',
                                   'desk_can_edit') LOOP
    EXECUTE format('ALTER FUNCTION %s SET search_path = {SEARCH_PATH}', f);
  END LOOP;
END
$$
"""
"""Pins the search path of every ``desk_*`` function already installed, except provisioning's row-level
security helpers, which stay inlinable and name everything with its schema instead (provision.py)."""


@contextmanager
def status_check_suspended(session: Session) -> Iterator[None]:
    """Status changes in this block skip the workflow check (repair and test set-up).

    Only the database's owner can do this (SQLite: whoever holds the file; PostgreSQL: the
    tables' owner or a superuser), and only inside the session's transaction.
    """
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("DROP TRIGGER trg_articles_status_change"))
        yield
        session.execute(text(SQLITE_TRIGGERS["trg_articles_status_change"]))
    else:
        session.execute(text("ALTER TABLE articles DISABLE TRIGGER trg_articles_status_change"))
        yield
        session.execute(text("ALTER TABLE articles ENABLE TRIGGER trg_articles_status_change"))
