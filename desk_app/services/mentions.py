"""Mention use cases: checking an article, refusing workflow steps with unlabelled mentions,
and the report of stored articles a registry change affects.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.domain.article import ArticleData, Status
from desk_app.domain.errors import InvalidInput
from desk_app.domain.mentions.forms import parse_form
from desk_app.domain.mentions.matcher import Matcher, Mention, unlabelled
from desk_app.domain.messages import message_of, translate
from desk_app.domain.workflow import ArticleFacts, action_verb, can_read
from desk_app.store import registry as repo

if TYPE_CHECKING:
    from desk_app.domain.mentions.evaluation import Score
    from desk_app.services.context import WorkspaceContext
    from desk_app.services.registry import RegistryService

BATCH = 500


class UnlabelledMentions(InvalidInput):
    """A workflow step refused because mentions of listed entities lack their label."""

    def __init__(self, message: str, mentions: Sequence[Mention]):
        super().__init__(message)
        self.mentions = list(mentions)


@dataclass(frozen=True)
class AffectedArticle:
    id: str
    headline: str
    language: str
    status: str
    mentions: tuple[Mention, ...]     # the unlabelled ones


def article_fields(headline: str, lede: str, body: str) -> list[tuple[str, str]]:
    return [("headline", headline), ("lede", lede), ("body", body)]


def summary(mentions: Sequence[Mention], limit: int = 5) -> str:
    shown = "; ".join(m.describe() for m in mentions[:limit])
    more = f" and {len(mentions) - limit} more" if len(mentions) > limit else ""
    return shown + more


class MentionService:
    def __init__(self, workspace: WorkspaceContext, *, registry: RegistryService):
        self._ws = workspace
        self._registry = registry

    def check(self, data: ArticleData) -> list[Mention]:
        """Every mention in the article's headline, lede and body, with its label state."""
        return self.check_fields(article_fields(data.headline, data.lede, data.body))

    def check_fields(self, fields: Sequence[tuple[str, str]]) -> list[Mention]:
        registry = self._registry
        return registry.matcher().check(fields, registry.scope())

    def unlabelled(self, data: ArticleData) -> list[Mention]:
        return unlabelled(self.check(data))

    def label_for(self, mention: Mention, language: str) -> str:
        return self._registry.matcher().label_for(mention, language)

    def require_labels(self, data: ArticleData, verb: str) -> None:
        found = self.unlabelled(data)
        if found:
            raise UnlabelledMentions(
                (translate("Errors", "Cannot {verb}: 1 mention of listed entities lacks the label ({summary}); "
                                     "add the label next to each and try again.") if len(found) == 1 else
                 translate("Errors", "Cannot {verb}: {count} mentions of listed entities lack the label ({summary}); "
                                     "add the label next to each and try again.")).format(
                    verb=action_verb(verb), count=len(found), summary=summary(found)), found)

    def affected(self, entity_ids: Sequence[int] | None = None,
                 progress: Callable[[int, int], bool | None] | None = None) -> list[AffectedArticle]:
        """Stored articles with unlabelled mentions of ``entity_ids`` (default: every listed entity).

        The search index names the candidates; only those are read (in batches) and checked.
        ``progress(done, total)`` follows the candidates; returning False stops the work.
        """
        full = self._registry.matcher()
        wanted = set(entity_ids) if entity_ids is not None else None
        chosen = [e for e in full.entities if wanted is None or e.id in wanted]
        if not chosen:
            return []
        matcher = Matcher(chosen, full.label_rules)
        groups = [parse_form(f)[1] for e in chosen for f in e.forms]
        scope = self._registry.scope()
        actor = self._ws.actor
        out: list[AffectedArticle] = []
        with self._ws.unit() as s:
            ids = repo.candidate_ids(s, groups)
        for first in range(0, len(ids), BATCH):
            with self._ws.unit() as s:
                rows = repo.article_texts(s, ids[first:first + BATCH])
            for row in rows:
                facts = ArticleFacts(Status(row.status), row.author_login, row.translated_from is not None)
                if not can_read(actor, facts):
                    continue
                found = unlabelled(matcher.check(article_fields(row.headline, row.lede, row.body), scope))
                if found:
                    out.append(AffectedArticle(row.id, row.headline, row.language, row.status, tuple(found)))
            if progress is not None and progress(min(first + BATCH, len(ids)), len(ids)) is False:
                break   # cancelled: what was found so far
        return out


def evaluate_files(gold_path: Path, registry_path: Path) -> Score:
    """Precision and recall of matching on a gold file against a registry file (no workspace)."""
    from desk_app.domain.mentions.entities import InvalidEntity
    from desk_app.domain.mentions.evaluation import evaluate, parse_gold
    from desk_app.domain.mentions.importing import entities_from_rows
    from desk_app.services.registry import prepare, read_table

    header, rows = read_table(registry_path)
    try:
        parsed = entities_from_rows(header, rows, registry_path.name)
    except InvalidEntity as exc:
        raise InvalidInput(message_of(exc)) from None
    entities = [replace(prepare(e), id=n) for n, e in enumerate(parsed, 1)]
    try:
        gold = parse_gold(gold_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(translate("Errors", "Cannot read {gold_path}: {problem}.").format(
            gold_path=gold_path, problem=exc)) from None
    numbers: dict[int | None, str] = {e.id: e.number or str(e.id) for e in entities}
    return evaluate(Matcher(entities), gold, numbers)
