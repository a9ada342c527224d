"""Field sync figures: pushing 10,000 queued saves, and the same rows by raw executemany.

Setup (not timed): a fresh database on the bench's PostgreSQL server, migrated
and provisioned, one correspondent login role, a field workspace linked to it,
``ARTICLES`` articles created and pushed, then ``SAVES`` offline saves through
ArticleService (each queued in the outbox with its revision).

``sync_push_10k_s`` times ``SyncService.push()`` until the outbox is empty:
reading the queue, the server calls (one ``desk_apply_ops`` call per batch, one subtransaction per op),
and marking each op sent. ``sync_ratio`` divides it by the time of the same
rows written by raw psycopg ``executemany`` in one transaction, as the same
login: each save's UPDATE conditioned on the version, its revision, and its
``applied_ops`` row.
"""
from __future__ import annotations

import json
import tempfile
import time
import uuid
from pathlib import Path

from desk_app.bench.figures import Figure, failed

SAVES = 10_000
ARTICLES = 2_000


def sync_figures(admin_url: str, *, saves: int = SAVES, articles: int = ARTICLES) -> dict[str, Figure]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from desk_app.domain.article import ArticleData
    from desk_app.domain.notice import DEMO_NOTICE_TEXT
    from desk_app.services.field_workspace import FieldWorkspace
    from desk_app.services.workspace import Workspace
    from desk_app.store.engine import normalise_url

    base = normalise_url(admin_url)
    name = f"desk_bench_sync_{uuid.uuid4().hex[:8]}"
    login = f"bench_{uuid.uuid4().hex[:6]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - no server: the figures are reported as failed
        admin.dispose()
        reason = f"PostgreSQL unavailable: {str(exc).strip().splitlines()[0]}"
        return {k: failed(k, reason) for k in ("sync_push_10k_s", "sync_ratio")}
    url = base.set(database=name)
    try:
        with Workspace.open(url.render_as_string(hide_password=False)) as ws:
            ws.admin.provision()
            ws.admin.add_user(login, "correspondent")
        corr = make_url(url.render_as_string(hide_password=False)).set(username=login)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "field.sqlite3"
            with FieldWorkspace.init(path, corr.render_as_string(hide_password=False)) as field:
                ids = []
                for i in range(articles):
                    data = ArticleData(headline=f"Заметка {i}", body=f"{DEMO_NOTICE_TEXT}\n\nТекст {i}.")
                    ids.append(field.local.articles.create(data).article.id)
                field.sync.push()
                current = {i: field.local.articles.get(i) for i in ids}
                for n in range(saves):
                    art = current[ids[n % articles]]
                    result = field.local.articles.save(
                        art.copy(body=f"{DEMO_NOTICE_TEXT}\n\nПравка {n} из поля, абзац о событиях дня."))
                    current[art.id] = result.article
                t0 = time.perf_counter()
                pushed, conflicts, parked = field.sync.push()
                push_s = time.perf_counter() - t0
                if pushed != saves or conflicts or parked:
                    reason = f"push applied {pushed} of {saves} ({conflicts} conflicts, {parked} refused)"
                    return {k: failed(k, reason) for k in ("sync_push_10k_s", "sync_ratio")}
                raw_s = _raw_same_rows(corr.render_as_string(hide_password=False), field, saves)
        details = {"saves": saves, "articles": articles, "raw_executemany_s": round(raw_s, 3)}
        return {
            "sync_push_10k_s": Figure("sync_push_10k_s", value=round(push_s, 2), median=round(push_s, 2),
                                      details=details),
            "sync_ratio": Figure("sync_ratio", value=round(push_s / raw_s, 2), details=details),
        }
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        admin.dispose()


def _raw_same_rows(corr_url: str, field, saves: int) -> float:  # type: ignore[no-untyped-def]
    """The rows the push wrote, written again by plain executemany as the same login."""
    import psycopg

    from desk_app.store.models import OutboxOp

    with field.local.unit() as s:
        ops = [(o.article_id, json.loads(o.payload)) for o in
               s.query(OutboxOp).filter(OutboxOp.state == "sent", OutboxOp.kind == "save")
               .order_by(OutboxOp.seq).limit(saves)]
    dsn = corr_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as conn:
        versions = dict(conn.execute("SELECT id, version FROM articles").fetchall())
        updates, revisions, applied = [], [], []
        for article_id, payload in ops:
            snap = payload["snapshot"]
            old = versions[article_id]
            versions[article_id] = old + 1
            updates.append((snap["body"], snap["word_count"], snap["updated_at"], article_id, old))
            revisions.append((article_id, old + 1, payload["created_at"], payload["action"], snap["status"],
                              snap["status"], json.dumps(snap, ensure_ascii=False)))
            applied.append((str(uuid.uuid4()), article_id, old, old + 1))
        # Row-level security lets a revision in only for the article's current version (migration
        # 0009), so each save's three statements go in the order the push writes them, pipelined.
        t0 = time.perf_counter()
        with conn.transaction(), conn.pipeline(), conn.cursor() as cur:
            for update, revision, op in zip(updates, revisions, applied, strict=True):
                cur.execute("UPDATE articles SET body = %s, word_count = %s, updated_at = %s, "
                            "version = version + 1 WHERE id = %s AND version = %s", update)
                cur.execute("INSERT INTO revisions (article_id, number, created_at, author_login, action, "
                            "from_status, to_status, note, snapshot) VALUES (%s, %s, %s, current_user, %s, "
                            "%s, %s, '', %s)", revision)
                cur.execute("INSERT INTO applied_ops (op_id, login, article_id, kind, outcome, base_version, "
                            "server_version, payload, applied_at) VALUES (%s, current_user, %s, 'save', "
                            "'applied', %s, %s, '', now())", op)
        return time.perf_counter() - t0
