"""The notice policy: which version is in force, and setting a new one (admins)."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.domain.errors import InvalidInput, PermissionDenied
from desk_app.domain.notice import NoticePolicy, Placement, normalise
from desk_app.domain.workflow import can_admin
from desk_app.store.models import NoticePolicyRow

if TYPE_CHECKING:
    from desk_app.services.context import WorkspaceContext


def to_policy(row: NoticePolicyRow) -> NoticePolicy:
    return NoticePolicy(
        text=row.text, outlet=row.outlet, placement=Placement(row.placement), age_mark=row.age_mark,
        effective_from=row.effective_from,
        languages=tuple(x for x in row.languages.split(",") if x), version=row.version,
    )


def policy_in_force(session: Session, on: date) -> NoticePolicy | None:
    row = session.scalars(
        select(NoticePolicyRow).where(NoticePolicyRow.effective_from <= on)
        .order_by(NoticePolicyRow.version.desc()).limit(1)
    ).first()
    return to_policy(row) if row is not None else None


class PolicyService:
    def __init__(self, workspace: WorkspaceContext):
        self._ws = workspace

    def today(self) -> date:
        return self._ws.clock().date()

    def current(self) -> NoticePolicy | None:
        with self._ws.unit() as s:
            return policy_in_force(s, self.today())

    def history(self) -> list[NoticePolicy]:
        with self._ws.unit() as s:
            rows = s.scalars(select(NoticePolicyRow).order_by(NoticePolicyRow.version)).all()
            return [to_policy(r) for r in rows]

    def set(self, text: str, *, placement: str = "top", age_mark: str = "", outlet: str | None = None,
            effective_from: date | None = None, languages: tuple[str, ...] = ()) -> NoticePolicy:
        """Record a new policy version (admins only). It applies from ``effective_from`` (default today)."""
        if not can_admin(self._ws.actor, "set_policy"):
            raise PermissionDenied(
                f"Only an admin can change the notice policy; {self._ws.actor.login} is "
                f"{self._ws.actor.role.value}."
            )
        text = normalise(text)
        if not text:
            raise InvalidInput("The notice text is empty; give the exact text the outlet's lawyer approved.")
        if placement not in {p.value for p in Placement}:
            raise InvalidInput(f"Placement “{placement}” is unknown; use top or end.")
        age_mark = normalise(age_mark)
        if len(age_mark) > 10:
            raise InvalidInput("The age mark is too long; use something like 18+.")
        for lang in languages:
            if lang not in ("ru", "en"):
                raise InvalidInput(f"Language “{lang}” is not supported; use ru or en.")
        with self._ws.unit() as s:
            last = s.scalars(select(NoticePolicyRow).order_by(NoticePolicyRow.version.desc()).limit(1)).first()
            version = (s.execute(select(func.max(NoticePolicyRow.version))).scalar() or 0) + 1
            policy = NoticePolicy(
                text=text, outlet=outlet if outlet is not None else (last.outlet if last else ""),
                placement=Placement(placement), age_mark=age_mark,
                effective_from=effective_from or self.today(), languages=tuple(languages), version=version,
            )
            s.add(NoticePolicyRow(
                version=version, outlet=policy.outlet, text=policy.text, age_mark=policy.age_mark,
                placement=policy.placement.value, effective_from=policy.effective_from,
                languages=",".join(policy.languages), paragraph=policy.paragraph(),
                created_at=self._ws.clock(), created_by=self._ws.actor.login,
            ))
            return policy
