"""The field workspace's outbox table: recording local writes and reading what is left to push."""
from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from desk_app.store.models import Article, OutboxOp, Revision

PENDING = ("queued", "conflict", "needs_attention")
"""States of an operation the server has not accepted yet: a later write on the same article follows it."""


def payload_of(revision: Revision) -> str:
    """The pushed form of a local revision: its snapshot and what the server's revision needs."""
    head = json.dumps({
        "action": revision.action, "from_status": revision.from_status, "note": revision.note or "",
        "created_at": revision.created_at.isoformat(),
    }, ensure_ascii=False)
    return head[:-1] + ', "snapshot": ' + revision.snapshot + "}"


def chain_head(session: Session, article_id: str) -> str | None:
    """The newest operation on ``article_id`` the server has not accepted yet, if any."""
    return session.execute(
        select(OutboxOp.op_id).where(OutboxOp.article_id == article_id, OutboxOp.state.in_(PENDING))
        .order_by(OutboxOp.seq.desc()).limit(1)
    ).scalar()


def add_op(session: Session, revision: Revision, *, base_version: int | None, when: datetime) -> OutboxOp:
    op = OutboxOp(
        op_id=str(uuid.uuid4()), article_id=revision.article_id, kind=revision.action,
        base_version=base_version, after_op=chain_head(session, revision.article_id),
        payload=payload_of(revision), created_at=when, state="queued", outcome="", attempts=0,
        last_error="", server_snapshot="",
    )
    session.add(op)
    return op


def queued(session: Session, limit: int, *, after_seq: int = 0, exclude: Sequence[str] = ()) -> list[OutboxOp]:
    """Operations to push, oldest first (after ``after_seq``; none of the ``exclude`` articles)."""
    stmt = select(OutboxOp).where(OutboxOp.state == "queued", OutboxOp.seq > after_seq)
    if exclude:
        stmt = stmt.where(OutboxOp.article_id.not_in(exclude))
    return list(session.scalars(stmt.order_by(OutboxOp.seq).limit(limit)))


def count_queued(session: Session, *, exclude: Sequence[str] = ()) -> int:
    stmt = select(func.count()).select_from(OutboxOp).where(OutboxOp.state == "queued")
    if exclude:
        stmt = stmt.where(OutboxOp.article_id.not_in(exclude))
    return int(session.execute(stmt).scalar_one())


def all_ops(session: Session, *, include_done: bool = True) -> list[OutboxOp]:
    stmt = select(OutboxOp).order_by(OutboxOp.seq)
    if not include_done:
        stmt = stmt.where(OutboxOp.state.in_(PENDING))
    return list(session.scalars(stmt))


def counts(session: Session) -> dict[str, int]:
    rows = session.execute(select(OutboxOp.state, func.count()).group_by(OutboxOp.state)).all()
    return {state: n for state, n in rows}


def pending_articles(session: Session) -> set[str]:
    """Articles with local writes the server has not accepted: a pull must not overwrite them."""
    return set(session.scalars(
        select(OutboxOp.article_id).where(OutboxOp.state.in_(PENDING)).distinct()
    ))


def ops_of(session: Session, article_id: str, states: Sequence[str]) -> list[OutboxOp]:
    return list(session.scalars(
        select(OutboxOp).where(OutboxOp.article_id == article_id, OutboxOp.state.in_(states))
        .order_by(OutboxOp.seq)
    ))


def set_state(session: Session, op_ids: Sequence[str], **values: Any) -> None:
    if op_ids:
        session.execute(update(OutboxOp).where(OutboxOp.op_id.in_(op_ids)).values(**values))


def bump(session: Session, op_id: str, *, state: str, last_error: str) -> None:
    """One more attempt at ``op_id`` ended in ``state`` for the reason ``last_error``."""
    session.execute(update(OutboxOp).where(OutboxOp.op_id == op_id).values(
        state=state, last_error=last_error, attempts=OutboxOp.attempts + 1))


def requeue(session: Session, article_id: str | None) -> int:
    stmt = update(OutboxOp).where(OutboxOp.state == "needs_attention")
    if article_id is not None:
        stmt = stmt.where(OutboxOp.article_id == article_id)
    return int(session.execute(stmt.values(state="queued", last_error="")).rowcount)  # type: ignore[attr-defined]


def headlines(session: Session, article_ids: set[str]) -> dict[str, str]:
    if not article_ids:
        return {}
    rows = session.execute(select(Article.id, Article.headline).where(Article.id.in_(article_ids)))
    return {i: h for i, h in rows}


def revision_snapshot(session: Session, article_id: str, number: int | None) -> dict[str, Any] | None:
    if number is None:
        return None
    raw = session.execute(select(Revision.snapshot).where(
        Revision.article_id == article_id, Revision.number == number)).scalar()
    return json.loads(raw) if raw else None


def bump_queued(session: Session, last_error: str) -> None:
    """Every queued operation had one more attempt that could not reach the server."""
    session.execute(update(OutboxOp).where(OutboxOp.state == "queued").values(
        last_error=last_error, attempts=OutboxOp.attempts + 1))


_T: Table = OutboxOp.__table__  # type: ignore[assignment]


def record_answers(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Write many push results at once: each row has ``b_op`` (the op id) and the columns to set,
    all rows the same columns (one executemany per shape)."""
    shapes: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        shapes.setdefault(tuple(sorted(k for k in row if k != "b_op")), []).append(row)
    for columns, group in shapes.items():
        values: dict[str, Any] = {c: bindparam(f"v_{c}") for c in columns if c != "attempts"}
        if "attempts" in columns:
            values["attempts"] = _T.c.attempts + 1
        stmt = update(_T).where(_T.c.op_id == bindparam("b_op")).values(**values)
        session.connection().execute(stmt, [
            {"b_op": r["b_op"], **{f"v_{c}": r[c] for c in columns if c != "attempts"}} for r in group
        ])


def attention_ids(session: Session) -> set[str]:
    """Articles with an operation refused or in conflict."""
    return set(session.scalars(select(OutboxOp.article_id).where(
        OutboxOp.state.in_(("conflict", "needs_attention"))).distinct()))
