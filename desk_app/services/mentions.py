"""Mention use cases: checking an article, refusing workflow steps with unlabelled mentions,
and the report of stored articles a registry change affects.
"""
from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.domain.article import ArticleData, Status
from desk_app.domain.errors import InvalidInput
from desk_app.domain.mentions.matcher import Matcher, Mention, Scope, unlabelled
from desk_app.domain.messages import message_of, translate
from desk_app.domain.workflow import ArticleFacts, action_verb, can_read
from desk_app.store import registry as repo
from desk_app.store.mention_candidates import (
    AUTHOR_LOGIN,
    HEADLINE,
    ID,
    LANGUAGE,
    STATUS,
    TRANSLATED_FROM,
    Candidate,
    candidates,
)

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


@dataclass(slots=True)   # not frozen: a report may hold 260,000 of them, made four times faster
class AffectedArticle:
    id: str
    headline: str
    language: str
    status: str
    mentions: tuple[Mention, ...]     # the unlabelled ones (none when not ``checked``)
    checked: bool = True              # read and checked; else settled by the search index alone
    names: tuple[str, ...] = ()       # the entities that need a label in it

    def describe(self) -> str:
        """The unlabelled mentions, or the names found by the search index."""
        if self.checked:
            return summary(self.mentions)
        return ", ".join(self.names) + " (by the search index; no label phrase in the article)"


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for a while (it is back on afterwards, whatever
    happens, unless it was off already)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _settled(found: Sequence[tuple[str, Sequence[Candidate]]],
             ) -> Iterator[tuple[Candidate, tuple[str, ...]]]:
    """Each settled article once, with the names settled in it, from each entity's articles."""
    if len(found) == 1:     # one entity: the common case, no merging
        names = (found[0][0],)
        return ((row, names) for row in found[0][1])
    merged: dict[str, tuple[Candidate, list[str]]] = {}
    for name, rows in found:
        for row in rows:
            merged.setdefault(row[ID], (row, []))[1].append(name)
    return ((row, tuple(names)) for row, names in merged.values())


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
        # a name in a quarter of a large archive makes a million small objects, none of them in a
        # cycle: the collector's passes over them cost more than making them
        with collector_paused():
            return self._affected(entity_ids, progress)

    def _affected(self, entity_ids: Sequence[int] | None,
                  progress: Callable[[int, int], bool | None] | None) -> list[AffectedArticle]:
        """Stored articles with unlabelled mentions of ``entity_ids`` (default: every listed entity).

        The search index and the label facts' name pairs name the candidates
        (store/mention_candidates.py). An article where a plain form of a name is written and
        whose label facts (kept on save) show no label phrase of the name's list outside the
        notice needs a label without being read: it is listed with ``checked`` False and no
        mention positions (:meth:`recheck` finds them).
        Every other candidate is read, in batches, and checked sentence by sentence.
        ``progress(done, total)`` follows the articles read; returning False stops the work.
        """
        from desk_app.domain.mentions.index_keys import entity_keys

        full = self._registry.matcher()
        wanted = set(entity_ids) if entity_ids is not None else None
        chosen = [e for e in full.entities if wanted is None or e.id in wanted]
        if not chosen:
            return []
        matcher = Matcher(chosen, full.label_rules)
        scope = self._registry.scope()
        actor = self._ws.actor
        found: list[tuple[str, list[Candidate]]] = []   # per entity: its settled articles, in id order
        to_check: set[str] = set()
        with self._ws.unit() as s:
            facts = repo.facts_finder(s)
            for entity in chosen:
                keys = entity_keys(entity)
                # a name inside a notice paragraph may be labelled there: the facts cannot tell
                in_notice = any(Matcher([entity]).check([("body", n)]) for n in facts.notices)
                if in_notice:
                    keys = keys.asked_by_words()
                sure, check = candidates(s, keys, entity.kind.group, "" if in_notice else facts.key)
                to_check |= check
                found.append((entity.name, sure))
        allowed: dict[tuple[str, str | None, bool], bool] = {}   # a few kinds, not one per article
        out: list[AffectedArticle] = []
        for row, names in _settled(found):     # up to a quarter of the archive: kept lean
            kind = (row[STATUS], row[AUTHOR_LOGIN], row[TRANSLATED_FROM] is not None)
            readable = allowed.get(kind)
            if readable is None:
                readable = allowed[kind] = can_read(actor, ArticleFacts(Status(kind[0]), kind[1], kind[2]))
            if readable:
                out.append(AffectedArticle(row[ID], row[HEADLINE], row[LANGUAGE], row[STATUS], (), False, names))
        settled = {row[ID] for _, rows in found for row in rows} if to_check else set()
        ids = sorted(to_check - settled)
        for first in range(0, len(ids), BATCH):
            with self._ws.unit() as s:
                rows = repo.article_texts(s, ids[first:first + BATCH])
            out += self._checked(matcher, scope, rows)
            if progress is not None and progress(min(first + BATCH, len(ids)), len(ids)) is False:
                break   # cancelled: what was found so far
        out.sort(key=attrgetter("id"))
        return out

    def refresh_facts(self, progress: Callable[[int], None] | None = None) -> int:
        """Compute the label facts of every article whose facts are missing or stale (after the
        label texts or the notice changed); returns how many. Reads the whole archive once."""
        from desk_app.store import label_facts

        with self._ws.unit() as s:
            return label_facts.fill(s.connection(), progress)

    def unknown_facts(self) -> int:
        """Articles whose label facts are missing or stale: the report reads them when they
        mention a name (``refresh_facts`` computes them)."""
        from desk_app.store import label_facts

        with self._ws.unit() as s:
            return label_facts.unknown(s)

    def recheck(self, items: Sequence[AffectedArticle], entity_ids: Sequence[int] | None = None,
                ) -> list[AffectedArticle]:
        """``items`` read and checked by the matcher: with their mentions, unaffected ones left out."""
        full = self._registry.matcher()
        wanted = set(entity_ids) if entity_ids is not None else None
        matcher = Matcher([e for e in full.entities if wanted is None or e.id in wanted], full.label_rules)
        scope = self._registry.scope()
        out: list[AffectedArticle] = []
        ids = [a.id for a in items]
        for first in range(0, len(ids), BATCH):
            with self._ws.unit() as s:
                out += self._checked(matcher, scope, repo.article_texts(s, ids[first:first + BATCH]))
        return out

    def _checked(self, matcher: Matcher, scope: Scope, rows: Sequence[repo.ArticleText]) -> list[AffectedArticle]:
        out = []
        for row in rows:
            facts = ArticleFacts(Status(row.status), row.author_login, row.translated_from is not None)
            if not can_read(self._ws.actor, facts):
                continue
            found = unlabelled(matcher.check(article_fields(row.headline, row.lede, row.body), scope))
            if found:
                out.append(AffectedArticle(row.id, row.headline, row.language, row.status, tuple(found),
                                           names=tuple(dict.fromkeys(m.entity_name for m in found))))
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
