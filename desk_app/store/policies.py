"""The notice policy's versions in the ``notice_policies`` table, as domain ``NoticePolicy`` values."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.domain.notice import NoticePolicy, Placement
from desk_app.store.models import NoticePolicyRow


def to_policy(row: NoticePolicyRow) -> NoticePolicy:
    return NoticePolicy(
        text=row.text, outlet=row.outlet, placement=Placement(row.placement), age_mark=row.age_mark,
        effective_from=row.effective_from,
        languages=tuple(x for x in row.languages.split(",") if x), version=row.version,
    )


def policy_in_force(session: Session, on: date) -> NoticePolicy | None:
    """The newest policy version that applies on ``on``, or None before the first."""
    row = session.scalars(
        select(NoticePolicyRow).where(NoticePolicyRow.effective_from <= on)
        .order_by(NoticePolicyRow.version.desc()).limit(1)
    ).first()
    return to_policy(row) if row is not None else None


class PolicyRepository:
    """Every version of the notice policy, in the session's transaction."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def in_force(self, on: date) -> NoticePolicy | None:
        return policy_in_force(self._s, on)

    def history(self) -> list[NoticePolicy]:
        rows = self._s.scalars(select(NoticePolicyRow).order_by(NoticePolicyRow.version)).all()
        return [to_policy(r) for r in rows]

    def latest(self) -> NoticePolicy | None:
        """The newest version, whenever it applies from."""
        row = self._s.scalars(select(NoticePolicyRow).order_by(NoticePolicyRow.version.desc()).limit(1)).first()
        return to_policy(row) if row is not None else None

    def paragraphs(self) -> list[str]:
        """The notice paragraph of every version (pairing numbers paragraphs without any of them)."""
        return list(self._s.scalars(select(NoticePolicyRow.paragraph)))

    def next_version(self) -> int:
        return int(self._s.execute(select(func.max(NoticePolicyRow.version))).scalar() or 0) + 1

    def add(self, policy: NoticePolicy, *, created_at: datetime, created_by: str) -> None:
        self._s.add(NoticePolicyRow(
            version=policy.version, outlet=policy.outlet, text=policy.text, age_mark=policy.age_mark,
            placement=policy.placement.value, effective_from=policy.effective_from,
            languages=",".join(policy.languages), paragraph=policy.paragraph(),
            created_at=created_at, created_by=created_by,
        ))
