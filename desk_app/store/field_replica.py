"""Writing what a field workspace pulled from upstream into its local SQLite replica."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from desk_app.domain.article import ArticleData
from desk_app.store import search
from desk_app.store.models import Article, NoticePolicyRow, Revision, User
from desk_app.store.repository import apply_data


@contextmanager
def server_rows_as_they_are(session: Session) -> Iterator[None]:
    """Store rows the server already accepted without the local notice and workflow triggers
    judging them again.

    An article the server holds may predate the policy in force (the newsroom fixes those with
    ``desk check``), and between two pulls an editor may have moved it several steps through the
    workflow (draft to approved); the replica must still hold it as it is. SQLite has no way to disable a
    trigger, but its DDL is transactional: the notice triggers are dropped and re-created,
    verbatim, inside the caller's transaction, so no other write ever sees them missing.
    """
    conn = session.connection()
    triggers = conn.execute(text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles' "
        "AND (name LIKE 'trg_articles_notice%' OR name LIKE 'trg_articles_no_policy%' "
        "OR name = 'trg_articles_status_change')")).all()
    for name, _ in triggers:
        conn.execute(text(f'DROP TRIGGER "{name}"'))
    try:
        yield
        session.flush()
    finally:
        for _, sql in triggers:  # IF NOT EXISTS: after a failed write the rollback restored them already
            conn.execute(text(sql.replace("CREATE TRIGGER ", "CREATE TRIGGER IF NOT EXISTS ", 1)))


def local_versions(session: Session) -> dict[str, int]:
    return {i: v for i, v in session.execute(select(Article.id, Article.version))}


def store_pulled(session: Session, snapshot: dict[str, Any], revisions: list[dict[str, Any]]) -> bool:
    """Make the local article what the server holds (newer versions only); True when it changed."""
    data = ArticleData.from_snapshot(snapshot)
    row = session.get(Article, data.id)
    if row is not None and row.version >= data.version:
        return False
    if row is None:
        row = Article(id=data.id, created_at=data.created_at, author_login=data.author_login,
                      status=data.status)
        apply_data(row, data)
        stamped = data.updated_at or data.created_at
        assert stamped is not None, "a stored article always has its times"
        row.updated_at = stamped
        session.add(row)
        session.flush()
        _force_version(session, row, data.version)
    else:
        search.before_update(session, row)
        apply_data(row, data)
        row.updated_at = data.updated_at or row.updated_at
        session.flush()
        _force_version(session, row, data.version)
    top = session.execute(
        select(func.coalesce(func.max(Revision.number), 0)).where(Revision.article_id == data.id)
    ).scalar_one()
    for rev in revisions:
        if rev["number"] <= top:
            continue
        session.add(Revision(
            article_id=data.id, number=rev["number"], created_at=_aware(rev["created_at"]),
            author_login=rev["author_login"], action=rev["action"], from_status=rev["from_status"],
            to_status=rev["to_status"], note=rev["note"] or "", snapshot=rev["snapshot"],
        ))
    search.reindex(session, row)
    return True


def replace_with(session: Session, snapshot: dict[str, Any]) -> ArticleData:
    """Conflict resolution starts from the server's text: make the local row that version."""
    data = ArticleData.from_snapshot(snapshot)
    row = session.get(Article, data.id)
    if row is None:
        store_pulled(session, snapshot, [])
    else:
        search.before_update(session, row)
        apply_data(row, data)
        session.flush()
        _force_version(session, row, data.version)
        session.execute(delete(Revision).where(
            Revision.article_id == data.id, Revision.number >= data.version))
        session.add(Revision(
            article_id=data.id, number=data.version, created_at=data.updated_at or data.created_at,
            author_login=None, action="sync", from_status=None, to_status=data.status,
            note="The server's version, taken in to resolve a conflict",
            snapshot=json.dumps(snapshot, ensure_ascii=False),
        ))
        search.reindex(session, row)
    return data


def _force_version(session: Session, row: Article, version: int) -> None:
    """The server's version number, exactly (the ORM would count its own flush as one more)."""
    session.execute(update(Article).where(Article.id == row.id).values(version=version)
                    .execution_options(synchronize_session=False))
    set_committed_value(row, "version", version)


def _aware(value: Any) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value


def store_policies(session: Session, policies: list[dict[str, Any]]) -> int:
    """Add newer notice policy versions pulled from upstream; returns how many."""
    added = 0
    for p in policies:
        if session.get(NoticePolicyRow, p["version"]) is not None:
            continue
        effective = p["effective_from"]
        session.add(NoticePolicyRow(
            version=p["version"], outlet=p["outlet"], text=p["text"], age_mark=p["age_mark"],
            placement=p["placement"],
            effective_from=effective if isinstance(effective, date) else date.fromisoformat(effective),
            languages=p["languages"], paragraph=p["paragraph"], created_at=_aware(p["created_at"]),
            created_by=p["created_by"],
        ))
        added += 1
    return added


def newest_policy_version(session: Session) -> int:
    return int(session.execute(select(func.coalesce(func.max(NoticePolicyRow.version), 0))).scalar_one())


def ensure_person(session: Session, login: str, role: str, display_name: str, when: datetime) -> None:
    user = session.get(User, login)
    if user is None:
        session.add(User(login=login, display_name=display_name or login, role=role, active=True,
                         created_at=when))
    else:
        user.role = role


def file_tables(path: Path) -> set[str]:
    """The tables of a SQLite file, read-only (raises sqlite3.DatabaseError when it is not one)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def file_setting(path: Path, key: str) -> str:
    """One workspace setting of a SQLite file, read-only; "" when absent or unreadable."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM workspace_settings WHERE key = ?", (key,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return ""
    return str(row[0]) if row and row[0] else ""
