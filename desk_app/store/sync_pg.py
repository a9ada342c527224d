"""The server's side of field sync (PostgreSQL): applying pushed operations, and pulling changes.

Pushed operations are applied by ``desk_apply_ops(...)``, a plain (SECURITY
INVOKER) function, so they run as the person's own login: row-level security
and the notice trigger judge every replayed write exactly as they judge a
write made online. The client sends one call per batch (one round trip), in
one transaction; inside, each operation is its own subtransaction (a PL/pgSQL
block with an EXCEPTION clause is a savepoint): the op id recorded in
``applied_ops`` and the article write commit or vanish together, and a
refused op rolls back alone. If the connection breaks before COMMIT nothing
of the batch is applied, and if it breaks after, every op id is recorded, so
pushing the batch again answers "done" for each and changes nothing.
``desk_apply_op(...)`` applies a single operation the same way (through
``desk_apply_ops``), for clients that send one call per operation.

What the server answers for each operation:

* ``applied:V`` — written; the article is now at version V;
* ``conflict:V`` — the article had moved on (now V) since the version the
  edit was made on, or the operation before it on the same article was a
  conflict; nothing was overwritten, the pushed text is kept in
  ``applied_ops.payload``;
* ``done:applied:V`` / ``done:conflict:V`` — this op id was seen before;
* ``waiting`` — the operation it follows on the same article is not on
  the server yet (it was refused); nothing recorded, try again later;
* ``refused:SQLSTATE:message`` — the database refused the write (row-level
  security, the notice trigger, a constraint); nothing recorded.

Pulling: a trigger stamps every article write with its transaction id
(``change_seq``). A pull reads, in one snapshot, the rows stamped at or after
the cursor and the snapshot's ``xmin`` (the oldest transaction still running);
that ``xmin`` is the next cursor. A transaction that commits later has an id at
or above it, so nothing is skipped; a row may come twice, and applying a row
already held is a no-op (versions only go up).
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from desk_app.store import media as media_store

CHANGE_SEQ_FUNCTION = """
CREATE OR REPLACE FUNCTION desk_article_change_seq() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  NEW.change_seq := pg_current_xact_id()::text::bigint;
  RETURN NEW;
END $$
"""
CHANGE_SEQ_TRIGGER = (
    "CREATE TRIGGER trg_articles_change_seq BEFORE INSERT OR UPDATE ON articles "
    "FOR EACH ROW EXECUTE FUNCTION desk_article_change_seq()"
)

_INSERT_ARTICLE = """INSERT INTO articles (id, language, headline, slug, lede, body, byline, source, dateline_place,
                      time_zone, photo, photo_caption, photo_credit, photo_source, ednote, status,
                      word_count, author_login, translated_from, translation_id, policy_version,
                      created_at, updated_at, published_at, version)
VALUES (@ID@, snap ->> 'language', snap ->> 'headline', snap ->> 'slug', snap ->> 'lede',
        snap ->> 'body', snap ->> 'byline', snap ->> 'source', snap ->> 'dateline_place',
        snap ->> 'time_zone', snap ->> 'photo', snap ->> 'photo_caption', snap ->> 'photo_credit',
        snap ->> 'photo_source', snap ->> 'ednote', new_status, (snap ->> 'word_count')::integer,
        snap ->> 'author_login', snap ->> 'translated_from', snap ->> 'translation_id',
        (snap ->> 'policy_version')::integer, (snap ->> 'created_at')::timestamptz,
        (snap ->> 'updated_at')::timestamptz, (snap ->> 'published_at')::timestamptz, 1)"""
_UPDATE_ARTICLE = """UPDATE articles SET
  language = snap ->> 'language', headline = snap ->> 'headline', slug = snap ->> 'slug',
  lede = snap ->> 'lede', body = snap ->> 'body', byline = snap ->> 'byline',
  source = snap ->> 'source', dateline_place = snap ->> 'dateline_place',
  time_zone = snap ->> 'time_zone', photo = snap ->> 'photo',
  photo_caption = snap ->> 'photo_caption', photo_credit = snap ->> 'photo_credit',
  photo_source = snap ->> 'photo_source', ednote = snap ->> 'ednote', status = new_status,
  word_count = (snap ->> 'word_count')::integer,
  policy_version = (snap ->> 'policy_version')::integer,
  updated_at = (snap ->> 'updated_at')::timestamptz,
  approved_revision = CASE WHEN status = new_status THEN approved_revision END,
  approved_by = CASE WHEN status = new_status THEN approved_by END,
  approved_at = CASE WHEN status = new_status THEN approved_at END,
  version = version + 1"""
"""The article's columns from a pushed snapshot (``snap``), shared by the functions below."""


def _article_sql(function: str) -> str:
    """``function`` with its ``@INSERT_ARTICLE(id)@`` and ``@UPDATE_ARTICLE@`` filled in."""
    def insert(match: re.Match[str]) -> str:
        return _INSERT_ARTICLE.replace("@ID@", match.group(1))
    return re.sub(r"@INSERT_ARTICLE\((.+?)\)@", insert, function).replace("@UPDATE_ARTICLE@", _UPDATE_ARTICLE)


RECORD_FUNCTION = r"""
CREATE OR REPLACE FUNCTION desk_record_op(p_op_id text, p_article_id text, p_kind text,
                                          p_base_version integer, p_outcome text, p_payload text,
                                          p_version integer DEFAULT NULL)
RETURNS text LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  cur_version integer := p_version;
BEGIN
  IF cur_version IS NULL THEN
    SELECT version INTO cur_version FROM articles WHERE id = p_article_id;
  END IF;
  INSERT INTO applied_ops (op_id, login, article_id, kind, outcome, base_version, server_version,
                           payload, applied_at)
  VALUES (p_op_id, current_user, p_article_id, p_kind, p_outcome, p_base_version, cur_version,
          p_payload, now());
  RETURN p_outcome || ':' || coalesce(cur_version, 0);
END $$
"""

APPLY_FUNCTION = _article_sql(r"""
CREATE OR REPLACE FUNCTION desk_apply_op(p_op_id text, p_article_id text, p_kind text,
                                         p_base_version integer, p_after_op text, p_payload text)
RETURNS text LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  meta jsonb := p_payload::jsonb;
  snap jsonb := meta -> 'snapshot';
  prior record;
  after_outcome text;
  cur_version integer;
  new_version integer;
  new_status text;
  old_status text;
  tags text[];
BEGIN
  SELECT outcome, server_version INTO prior FROM applied_ops WHERE op_id = p_op_id;
  IF FOUND THEN
    RETURN 'done:' || prior.outcome || ':' || coalesce(prior.server_version, 0);
  END IF;
  IF p_after_op IS NOT NULL THEN
    SELECT outcome INTO after_outcome FROM applied_ops WHERE op_id = p_after_op;
    IF NOT FOUND THEN
      RETURN 'waiting';
    END IF;
  END IF;
  new_status := snap ->> 'status';
  tags := ARRAY(SELECT jsonb_array_elements_text(coalesce(snap -> 'tags', '[]'::jsonb)));
  BEGIN
    IF after_outcome IS NOT NULL AND after_outcome <> 'applied' THEN
      RETURN desk_record_op(p_op_id, p_article_id, p_kind, p_base_version, 'conflict', p_payload);
    END IF;
    IF p_base_version IS NULL THEN
@INSERT_ARTICLE(p_article_id)@
      ON CONFLICT (id) DO NOTHING;
      IF NOT FOUND THEN
        RETURN desk_record_op(p_op_id, p_article_id, p_kind, p_base_version, 'conflict', p_payload);
      END IF;
      new_version := 1;
      old_status := NULL;
      INSERT INTO article_tags (article_id, tag, position)
      SELECT p_article_id, t.tag, t.n - 1 FROM unnest(tags) WITH ORDINALITY AS t(tag, n);
    ELSE
      old_status := meta ->> 'from_status';  -- the state at the base version, as the client held it
@UPDATE_ARTICLE@
      WHERE id = p_article_id AND version = p_base_version
      RETURNING version INTO new_version;
      IF NOT FOUND THEN
        SELECT version INTO cur_version FROM articles WHERE id = p_article_id;
        IF NOT FOUND OR cur_version = p_base_version THEN
          RAISE EXCEPTION 'you may not change this article' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN desk_record_op(p_op_id, p_article_id, p_kind, p_base_version, 'conflict', p_payload);
      END IF;
      IF tags IS DISTINCT FROM ARRAY(SELECT tag::text FROM article_tags WHERE article_id = p_article_id
                                     ORDER BY position) THEN
        DELETE FROM article_tags WHERE article_id = p_article_id;
        INSERT INTO article_tags (article_id, tag, position)
        SELECT p_article_id, t.tag, t.n - 1 FROM unnest(tags) WITH ORDINALITY AS t(tag, n);
      END IF;
    END IF;
    INSERT INTO revisions (article_id, number, created_at, author_login, action, from_status, to_status,
                           note, snapshot)
    VALUES (p_article_id, new_version, (meta ->> 'created_at')::timestamptz, current_user,
            meta ->> 'action', old_status, new_status, coalesce(meta ->> 'note', ''),
            jsonb_set(snap, '{version}', to_jsonb(new_version))::text);
    RETURN desk_record_op(p_op_id, p_article_id, p_kind, p_base_version, 'applied', '', new_version);
  EXCEPTION
    WHEN unique_violation THEN
      SELECT outcome, server_version INTO prior FROM applied_ops WHERE op_id = p_op_id;
      IF FOUND THEN  -- the same op pushed concurrently, and that push committed first
        RETURN 'done:' || prior.outcome || ':' || coalesce(prior.server_version, 0);
      END IF;
      RETURN 'refused:' || SQLSTATE || ':' || SQLERRM;
    WHEN insufficient_privilege OR check_violation OR not_null_violation OR foreign_key_violation
         OR string_data_right_truncation OR invalid_text_representation
         OR invalid_datetime_format OR datetime_field_overflow OR raise_exception THEN
      RETURN 'refused:' || SQLSTATE || ':' || SQLERRM;
  END;
END $$
""")


_REVISION_INSERT = "    INSERT INTO revisions (article_id, number, created_at, author_login, action, from_status"
PHOTO_LINK = """    IF coalesce(snap ->> 'photo_media', '') = '' THEN
      DELETE FROM article_photos WHERE article_id = p_article_id;
    ELSE  -- the photo was sent before the op (a missing one is a foreign_key_violation: refused)
      INSERT INTO article_photos (article_id, sha256) VALUES (p_article_id, snap ->> 'photo_media')
      ON CONFLICT (article_id) DO UPDATE SET sha256 = EXCLUDED.sha256
      WHERE article_photos.sha256 IS DISTINCT FROM EXCLUDED.sha256;
    END IF;
"""
APPLY_WITH_PHOTO_FUNCTION = APPLY_FUNCTION.replace(_REVISION_INSERT, PHOTO_LINK + _REVISION_INSERT, 1)
"""``desk_apply_op`` as migration 0014 installs it: a pushed snapshot's stored photo
(``photo_media``) is linked in ``article_photos`` with the article write."""
assert APPLY_WITH_PHOTO_FUNCTION != APPLY_FUNCTION


APPLY_BATCH_FUNCTION = _article_sql(r"""
CREATE OR REPLACE FUNCTION desk_apply_ops(p_op_id text[], p_article_id text[], p_kind text[],
                                          p_base_version integer[], p_after_op text[], p_payload text[])
RETURNS text[] LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
  seen_id text[];
  seen_outcome text[];
  seen_version integer[];
  answers text[] := '{}';
  k integer;
  meta jsonb;
  snap jsonb;
  after_outcome text;
  outcome text;
  cur_version integer;
  new_version integer;
  new_status text;
  old_status text;
  answer text;
BEGIN
  SELECT coalesce(array_agg(a.op_id::text), '{}'), coalesce(array_agg(a.outcome::text), '{}'),
         coalesce(array_agg(a.server_version), '{}')
    INTO seen_id, seen_outcome, seen_version
    FROM applied_ops a WHERE a.op_id = ANY (p_op_id || p_after_op);
  FOR i IN 1 .. coalesce(array_length(p_op_id, 1), 0) LOOP
    k := array_position(seen_id, p_op_id[i]);
    IF k IS NOT NULL THEN
      answers := answers || ('done:' || seen_outcome[k] || ':' || coalesce(seen_version[k], 0));
      CONTINUE;
    END IF;
    after_outcome := NULL;
    IF p_after_op[i] IS NOT NULL THEN
      k := array_position(seen_id, p_after_op[i]);
      IF k IS NULL THEN
        answers := answers || 'waiting'::text;
        CONTINUE;
      END IF;
      after_outcome := seen_outcome[k];
    END IF;
    meta := p_payload[i]::jsonb;
    snap := meta -> 'snapshot';
    new_status := snap ->> 'status';
    BEGIN
      outcome := 'applied';
      IF after_outcome IS NOT NULL AND after_outcome <> 'applied' THEN
        outcome := 'conflict';
      ELSIF p_base_version[i] IS NULL THEN
@INSERT_ARTICLE(p_article_id[i])@
        ON CONFLICT (id) DO NOTHING;
        IF NOT FOUND THEN
          outcome := 'conflict';
        ELSE
          new_version := 1;
          old_status := NULL;
          INSERT INTO article_tags (article_id, tag, position)
          SELECT p_article_id[i], t.tag, t.n - 1
            FROM jsonb_array_elements_text(coalesce(snap -> 'tags', '[]'::jsonb)) WITH ORDINALITY AS t(tag, n);
        END IF;
      ELSE
        old_status := meta ->> 'from_status';  -- the state at the base version, as the client held it
@UPDATE_ARTICLE@
        WHERE id = p_article_id[i] AND version = p_base_version[i]
        RETURNING version INTO new_version;
        IF NOT FOUND THEN
          SELECT version INTO cur_version FROM articles WHERE id = p_article_id[i];
          IF NOT FOUND OR cur_version = p_base_version[i] THEN
            RAISE EXCEPTION 'you may not change this article' USING ERRCODE = 'insufficient_privilege';
          END IF;
          outcome := 'conflict';
        ELSIF coalesce(snap -> 'tags', '[]'::jsonb) IS DISTINCT FROM
              (SELECT coalesce(jsonb_agg(tag ORDER BY position), '[]'::jsonb) FROM article_tags
                WHERE article_id = p_article_id[i]) THEN
          DELETE FROM article_tags WHERE article_id = p_article_id[i];
          INSERT INTO article_tags (article_id, tag, position)
          SELECT p_article_id[i], t.tag, t.n - 1
            FROM jsonb_array_elements_text(snap -> 'tags') WITH ORDINALITY AS t(tag, n);
        END IF;
      END IF;
      IF outcome = 'applied' THEN
        IF coalesce(snap ->> 'photo_media', '') = '' THEN
          DELETE FROM article_photos WHERE article_id = p_article_id[i];
        ELSE  -- the photo was sent before the op (a missing one is a foreign_key_violation: refused)
          INSERT INTO article_photos (article_id, sha256) VALUES (p_article_id[i], snap ->> 'photo_media')
          ON CONFLICT (article_id) DO UPDATE SET sha256 = EXCLUDED.sha256
          WHERE article_photos.sha256 IS DISTINCT FROM EXCLUDED.sha256;
        END IF;
        INSERT INTO revisions (article_id, number, created_at, author_login, action, from_status, to_status,
                               note, snapshot)
        VALUES (p_article_id[i], new_version, (meta ->> 'created_at')::timestamptz, current_user,
                meta ->> 'action', old_status, new_status, coalesce(meta ->> 'note', ''),
                jsonb_set(snap, '{version}', to_jsonb(new_version))::text);
      ELSE
        SELECT version INTO new_version FROM articles WHERE id = p_article_id[i];
      END IF;
      INSERT INTO applied_ops (op_id, login, article_id, kind, outcome, base_version, server_version,
                               payload, applied_at)
      VALUES (p_op_id[i], current_user, p_article_id[i], p_kind[i], outcome, p_base_version[i], new_version,
              CASE WHEN outcome = 'applied' THEN '' ELSE p_payload[i] END, now());
      answer := outcome || ':' || coalesce(new_version, 0);
      seen_id := seen_id || p_op_id[i];
      seen_outcome := seen_outcome || outcome;
      seen_version := seen_version || new_version;
    EXCEPTION
      WHEN unique_violation THEN
        SELECT 'done:' || a.outcome || ':' || coalesce(a.server_version, 0) INTO answer
          FROM applied_ops a WHERE a.op_id = p_op_id[i];
        IF NOT FOUND THEN
          answer := 'refused:' || SQLSTATE || ':' || SQLERRM;
        END IF;
      WHEN insufficient_privilege OR check_violation OR not_null_violation OR foreign_key_violation
           OR string_data_right_truncation OR invalid_text_representation
           OR invalid_datetime_format OR datetime_field_overflow OR raise_exception THEN
        answer := 'refused:' || SQLSTATE || ':' || SQLERRM;
    END;
    answers := answers || answer;
  END LOOP;
  RETURN answers;
END $$
""")
"""``desk_apply_ops(...)`` (migration 0015): a whole batch in one call, each op in its own
subtransaction (the ``BEGIN … EXCEPTION`` block inside the loop), with the same answers and
the same writes as ``desk_apply_op`` of 0014. The op ids already recorded are read once for the
batch, and the ops the batch records are remembered in the call, instead of two look-ups per
op; the ``applied_ops`` row is written in the op's own block, so a cut before COMMIT records
nothing and a retried op still answers "done". One statement per batch instead of one per op:
no per-call executor start, no ``search_path`` switch per op (docs/performance.md)."""

APPLY_ONE_FUNCTION = r"""
CREATE OR REPLACE FUNCTION desk_apply_op(p_op_id text, p_article_id text, p_kind text,
                                         p_base_version integer, p_after_op text, p_payload text)
RETURNS text LANGUAGE sql SECURITY INVOKER SET search_path = pg_catalog, public, pg_temp AS $$
  SELECT (public.desk_apply_ops(ARRAY[p_op_id], ARRAY[p_article_id], ARRAY[p_kind], ARRAY[p_base_version],
                                ARRAY[p_after_op], ARRAY[p_payload]))[1]
$$
"""
"""``desk_apply_op`` from 0015 on: one op through ``desk_apply_ops``, for field clients that
still send one call per op (one implementation of the rules, not two)."""


@dataclass(frozen=True)
class PushOp:
    op_id: str
    article_id: str
    kind: str
    base_version: int | None
    after_op: str | None
    payload: str


@dataclass(frozen=True)
class PushAnswer:
    """What the server said about one operation (see the module docstring)."""

    outcome: str               # applied, conflict, waiting, refused
    server_version: int | None
    sqlstate: str = ""
    message: str = ""
    repeated: bool = False     # the server had applied this op id before


def parse_answer(raw: str) -> PushAnswer:
    head, _, rest = raw.partition(":")
    if head == "done":
        outcome, _, version = rest.partition(":")
        return PushAnswer(outcome, int(version) or None, repeated=True)
    if head in ("applied", "conflict"):
        return PushAnswer(head, int(rest) or None)
    if head == "refused":
        state, _, message = rest.partition(":")
        return PushAnswer("refused", None, sqlstate=state, message=message)
    return PushAnswer("waiting", None)


APPLY_SQL = ("SELECT desk_apply_ops(%b::text[], %b::text[], %b::text[], %b::integer[], %b::text[], "
             "%b::text[])")
"""The arrays go in binary: psycopg escapes every element of a text-format array with a regular
expression, which took longer than the call itself for 500 payloads."""


def apply_batch(conn: Connection, ops: Sequence[PushOp]) -> list[PushAnswer]:
    """Apply ``ops`` in order inside the connection's transaction: one call, one round trip,
    each op in its own subtransaction on the server."""
    if not ops:
        return []
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(APPLY_SQL, ([o.op_id for o in ops], [o.article_id for o in ops], [o.kind for o in ops],
                                   [o.base_version for o in ops], [o.after_op for o in ops],
                                   [o.payload for o in ops]))
        row = cursor.fetchone()
    finally:
        cursor.close()
    raw = list(row[0]) if row is not None and row[0] is not None else []
    if len(raw) != len(ops):
        raise RuntimeError(f"the server answered {len(raw)} of {len(ops)} pushed operations")
    return [parse_answer(answer) for answer in raw]


def server_snapshot(conn: Connection, article_id: str) -> dict[str, Any] | None:
    """The article as the server holds it now (its newest revision's snapshot), or None."""
    raw = conn.execute(
        text("SELECT r.snapshot FROM revisions r JOIN articles a ON a.id = r.article_id "
             "AND r.number = a.version WHERE a.id = :id"), {"id": article_id},
    ).scalar()
    return json.loads(raw) if raw else None


def media_present(conn: Connection, hashes: Sequence[str]) -> set[str]:
    """Which of ``hashes`` the server holds and this login may read (RLS on ``media``)."""
    with Session(bind=conn) as session:
        return media_store.present(session, hashes)


def put_media(conn: Connection, record: media_store.MediaRecord, *, login: str, now: Any) -> bool:
    """Store a photo sent by a field client, as its own login (``created_by`` must be it: RLS).
    Idempotent: True only when a row was written."""
    with Session(bind=conn) as session:
        return media_store.put(session, record, created_by=login, now=now)


def media_records(conn: Connection, hashes: Sequence[str]) -> list[media_store.MediaRecord]:
    """The photos among ``hashes`` this login may read, whole (for a pull)."""
    with Session(bind=conn) as session:
        found = (media_store.record(session, sha) for sha in sorted(set(hashes)))
        return [r for r in found if r is not None]


@dataclass(frozen=True)
class PulledArticle:
    snapshot: dict[str, Any]        # the article's fields as ArticleData.snapshot() gives them
    revisions: list[dict[str, Any]]  # newer revisions: number, created_at, author_login, action, ...


def pull_changes(conn: Connection, cursor: int, login: str, known: dict[str, int], *,
                 along: Sequence[str] = (), new_along: Sequence[str] = ()) -> tuple[list[PulledArticle], int]:
    """The person's own articles (and the originals ``along`` they took along) changed since
    ``cursor``, the originals ``new_along`` just added whatever their age, and the next cursor.

    ``known`` maps article ids to the version the caller holds; revisions up to
    it are not sent again. Run inside a REPEATABLE READ transaction so that the
    rows and the cursor come from one snapshot.
    """
    next_cursor = conn.execute(
        text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
    ).scalar_one()
    rows = conn.execute(
        text("SELECT r.article_id, r.number, r.created_at, r.author_login, r.action, r.from_status, "
             "r.to_status, r.note, r.snapshot, a.version FROM articles a JOIN revisions r "
             "ON r.article_id = a.id WHERE (a.change_seq >= :cursor AND (a.author_login = :login "
             "OR a.id = ANY(:along))) OR a.id = ANY(:new_along) "
             "ORDER BY a.change_seq, a.id, r.number"),
        {"cursor": cursor, "login": login, "along": list(along), "new_along": list(new_along)},
    ).all()
    by_id: dict[str, PulledArticle] = {}
    for row in rows:
        if row.number <= known.get(row.article_id, 0):
            continue
        entry = by_id.get(row.article_id)
        if entry is None:
            entry = by_id[row.article_id] = PulledArticle(snapshot={}, revisions=[])
        entry.revisions.append({
            "number": row.number, "created_at": row.created_at, "author_login": row.author_login,
            "action": row.action, "from_status": row.from_status, "to_status": row.to_status,
            "note": row.note, "snapshot": row.snapshot,
        })
        if row.number == row.version:
            entry.snapshot.update(json.loads(row.snapshot))
    return [a for a in by_id.values() if a.snapshot], next_cursor


def people(conn: Connection, logins: Sequence[str]) -> list[tuple[str, str, str]]:
    """(login, role, display name) of these Desk users: the authors of pulled articles."""
    rows = conn.execute(text("SELECT login, role, display_name FROM users WHERE login = ANY(:l)"),
                        {"l": list(logins)}).all()
    return [(r[0], r[1], r[2]) for r in rows]


def policies_since(conn: Connection, version: int) -> list[dict[str, Any]]:
    """Notice policy versions newer than ``version``, oldest first."""
    rows = conn.execute(
        text("SELECT version, outlet, text, age_mark, placement, effective_from, languages, paragraph, "
             "created_at, created_by FROM notice_policies WHERE version > :v ORDER BY version"),
        {"v": version},
    ).mappings().all()
    return [dict(r) for r in rows]


def whoami(conn: Connection) -> tuple[str, str | None, str]:
    """The connected login, its Desk role (None: not a Desk user) and display name."""
    login = conn.execute(text("SELECT current_user")).scalar_one()
    row = conn.execute(text("SELECT role, display_name FROM users WHERE login = :l"), {"l": login}).first()
    return login, (row[0] if row else None), (row[1] if row else login)
