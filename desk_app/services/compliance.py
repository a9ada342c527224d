"""`desk check`: the whole archive against the notice policy in force, and fixing it."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desk_app.domain.article import count_words
from desk_app.domain.errors import PermissionDenied
from desk_app.domain.mentions.matcher import unlabelled
from desk_app.domain.messages import translate
from desk_app.domain.notice import check, fix, split_notice
from desk_app.domain.workflow import Role
from desk_app.services.mentions import article_fields
from desk_app.services.mentions import summary as mention_summary
from desk_app.store import search
from desk_app.store.engine import DAMAGED_TEXT
from desk_app.store.models import Article
from desk_app.store.policies import policy_in_force
from desk_app.store.repository import add_revision, texts_after

if TYPE_CHECKING:
    from desk_app.services.workspace import Workspace

BATCH = 500


@dataclass(frozen=True)
class Finding:
    article_id: str
    headline: str
    language: str
    status: str
    problems: tuple[str, ...]   # problem kinds: missing, altered, misplaced, duplicated, unlabelled mention
    summary: str
    fixed: bool = False


@dataclass
class ComplianceReport:
    policy_version: int | None
    checked: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def remaining(self) -> list[Finding]:
        return [f for f in self.findings if not f.fixed]

    @property
    def failed(self) -> bool:
        """Whether `desk check` must exit non-zero: an article does not comply, or nothing to check against."""
        return self.policy_version is None or bool(self.remaining)

    def as_json(self) -> dict:
        return {
            "policy_version": self.policy_version, "checked": self.checked,
            "non_compliant": len(self.remaining), "fixed": sum(f.fixed for f in self.findings),
            "articles": [{
                "id": f.article_id, "headline": f.headline, "language": f.language, "status": f.status,
                "problems": list(f.problems), "summary": f.summary, "fixed": f.fixed,
            } for f in self.findings],
        }

    def as_text(self) -> str:
        lines = []
        for f in self.findings:
            state = "fixed" if f.fixed else ", ".join(f.problems)
            lines.append(f"{f.article_id}  {f.language}  {f.status:<10} {state}: {f.headline[:60]}")
            if not f.fixed:
                lines.append(f"    {f.summary}")
        fixed = sum(f.fixed for f in self.findings)
        if self.policy_version is None:
            lines.append(f"{self.checked} articles checked against the registry only: no notice policy is in "
                         "force, so the notice cannot be checked; an admin must set it (desk policy set).")
            return "\n".join(lines)
        against = f"against notice policy version {self.policy_version} and the registry"
        lines.append(
            f"{self.checked} articles checked {against}: "
            f"{len(self.remaining)} do not comply" + (f", {fixed} fixed." if fixed else ".")
        )
        return "\n".join(lines)


class ComplianceService:
    def __init__(self, workspace: Workspace):
        self._ws = workspace

    def check_archive(self, *, fix: bool = False) -> ComplianceReport:
        actor = self._ws.actor
        if fix and actor.role not in (Role.EDITOR, Role.ADMIN):
            raise PermissionDenied(
                translate("Errors", "Only editors and admins can fix the archive; {login} is {role}.").format(
                login=actor.login, role=actor.role.word)
            )
        today = self._ws.clock().date()
        with self._ws.unit() as s:
            policy = policy_in_force(s, today)
        report = ComplianceReport(policy_version=policy.version if policy else None)
        registry = self._ws.registry
        matcher, scope = registry.matcher(), registry.scope()
        if policy is None and matcher.empty:
            return report
        last_id = ""
        while True:
            with self._ws.unit() as s:
                rows = texts_after(s, last_id, BATCH)
            if not rows:
                break
            last_id = rows[-1].id
            for row in rows:
                report.checked += 1
                if DAMAGED_TEXT in row.headline or DAMAGED_TEXT in row.body or DAMAGED_TEXT in (row.lede or ""):
                    report.findings.append(Finding(
                        row.id, row.headline, row.language, row.status, ("damaged text",),
                        translate("Errors", "The stored text has bytes that are not UTF-8 (shown as �); open the "
                                            "article, repair the marked places and save it.")))
                    continue
                kinds: tuple[str, ...] = ()
                summary, fixed = "", False
                if policy is not None and policy.applies_to(row.language, today):
                    result = check(policy, row.body)
                    if not (result.ok and row.body == fix_body(policy, row.body)):
                        kinds = tuple(sorted({p.kind.value for p in result.problems})) or ("not canonical",)
                        summary = result.summary() or translate("Errors", "The notice is not in its canonical form.")
                        fixed = self._fix(row.id, policy) if fix else False
                missing = unlabelled(matcher.check(article_fields(row.headline, row.lede, row.body), scope))
                if missing:
                    kinds += ("unlabelled mention",)
                    summary = " ".join(filter(None, (summary, f"Unlabelled: {mention_summary(missing)}.")))
                    fixed = False   # a label is the editor's to write; --fix restores only the notice
                if kinds:
                    report.findings.append(Finding(row.id, row.headline, row.language, row.status, kinds,
                                                   summary, fixed))
        return report

    def _fix(self, article_id: str, policy) -> bool:
        now = self._ws.clock()
        with self._ws.unit() as s:
            row = s.get(Article, article_id)
            fixed_body = fix(policy, row.body)
            if fixed_body == row.body:
                return True
            row.body = fixed_body
            row.policy_version = policy.version
            row.word_count = count_words(split_notice(policy, fixed_body)[1])
            row.updated_at = now
            s.flush()
            revision = add_revision(s, row, number=row.version, author=self._ws.actor.login,
                                    action="notice_fix", from_status=row.status,
                                    note=f"Notice restored to policy version {policy.version}", when=now)
            self._ws.journal(s, revision)
            search.reindex(s, row)
        return True


def fix_body(policy, body: str) -> str:
    return fix(policy, body)
