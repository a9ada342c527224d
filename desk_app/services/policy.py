"""The notice policy: which version is in force, and setting a new one (admins)."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from desk_app.domain.errors import InvalidInput, PermissionDenied
from desk_app.domain.messages import translate
from desk_app.domain.notice import NoticePolicy, Placement, normalise
from desk_app.domain.workflow import can_admin
from desk_app.store.policies import PolicyRepository

if TYPE_CHECKING:
    from desk_app.services.context import WorkspaceContext


class PolicyService:
    def __init__(self, workspace: WorkspaceContext):
        self._ws = workspace

    def today(self) -> date:
        return self._ws.clock().date()

    def current(self) -> NoticePolicy | None:
        with self._ws.unit() as s:
            return PolicyRepository(s).in_force(self.today())

    def history(self) -> list[NoticePolicy]:
        with self._ws.unit() as s:
            return PolicyRepository(s).history()

    def set(self, text: str, *, placement: str = "top", age_mark: str = "", outlet: str | None = None,
            effective_from: date | None = None, languages: tuple[str, ...] = ()) -> NoticePolicy:
        """Record a new policy version (admins only). It applies from ``effective_from`` (default today)."""
        if not can_admin(self._ws.actor, "set_policy"):
            raise PermissionDenied(
                translate("Errors", "Only an admin can change the notice policy; {login} is {role}.").format(
                login=self._ws.actor.login, role=self._ws.actor.role.word)
            )
        text = normalise(text)
        if not text:
            raise InvalidInput(translate("Errors", "The notice text is empty; give the exact text the outlet's "
                                                   "lawyer approved."))
        if placement not in {p.value for p in Placement}:
            raise InvalidInput(translate("Errors", "Placement “{placement}” is unknown; use top or end.").format(
                placement=placement))
        age_mark = normalise(age_mark)
        if len(age_mark) > 10:
            raise InvalidInput(translate("Errors", "The age mark is too long; use something like 18+."))
        for lang in languages:
            if lang not in ("ru", "en"):
                raise InvalidInput(translate("Errors", "Language “{lang}” is not supported; use ru or en.").format(
                    lang=lang))
        with self._ws.unit() as s:
            policies = PolicyRepository(s)
            last = policies.latest()
            policy = NoticePolicy(
                text=text, outlet=outlet if outlet is not None else (last.outlet if last else ""),
                placement=Placement(placement), age_mark=age_mark,
                effective_from=effective_from or self.today(), languages=tuple(languages),
                version=policies.next_version(),
            )
            policies.add(policy, created_at=self._ws.clock(), created_by=self._ws.actor.login)
            return policy
