"""Translation pairing: translate an original, keep its segment pairs, and track staleness.

A translation's pairs live in ``segment_pairs`` (one row per bead, ordinal
order). Each pins the source text it was translated from; whether a pair
needs an update is worked out on reading by comparing hashes, so editing an
original writes nothing to its translations (:mod:`pairing_beads` holds the
rules). Reading never writes: when the original or the translation changed
shape since the pairs were stored, :meth:`PairingService.pairs` shows them
re-mapped, and the next change through this service stores that.

Article text is always written through the article service (validation,
notice, revision); the pairs are written in a transaction of their own after
it, and a reader heals any gap between the two.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desk_app.domain import alignment, alignment_edit
from desk_app.domain.article import ArticleData, Language, Status, status_word
from desk_app.domain.errors import ConflictError, InvalidInput, NotFound, PermissionDenied
from desk_app.domain.memory import GlossaryEntry, Suggestion
from desk_app.domain.messages import translate
from desk_app.domain.notice import Placement, split_notice
from desk_app.domain.original_line import find_original_line, original_line, place_original_line
from desk_app.domain.pairing_beads import (
    MARKABLE,
    PairRecord,
    effective_state,
    fits,
    follow_source,
    follow_source_indexed,
    initial,
    joined,
    pin,
    realigned,
    rebuild,
    reconcile,
)
from desk_app.domain.segments import body_paragraphs, fold
from desk_app.domain.workflow import ArticleFacts, Role, can_edit, can_read
from desk_app.services.articles import ArticleRow, SaveResult
from desk_app.services.pairing_memory import TranslationMemory
from desk_app.services.pairing_types import PairInfo, PairView, TranslationExists
from desk_app.store.pairs import PairRepository
from desk_app.store.policies import PolicyRepository

if TYPE_CHECKING:
    from desk_app.services.articles import ArticleService
    from desk_app.services.context import WorkspaceContext
    from desk_app.services.policy import PolicyService
    from desk_app.services.settings import WorkspaceSettings

__all__ = ["PairingService"]


@dataclass
class _Ctx:
    translation: ArticleData
    original: ArticleData | None
    problem: str | None
    source: list[str]
    target: list[str]
    stored: list[PairRecord]
    pairs: list[PairRecord] = field(default_factory=list)


def _facts(article: ArticleData) -> ArticleFacts:
    return ArticleFacts(status=Status(article.status), author_login=article.author_login,
                        is_translation=article.translated_from is not None)


class PairingService:
    """Translations and their segment pairs, the translation memory and the glossary."""

    def __init__(self, workspace: WorkspaceContext, *, articles: ArticleService, policy: PolicyService,
                 settings: WorkspaceSettings):
        self._ws = workspace
        self._articles = articles
        self._policy = policy
        self._settings = settings
        self.memory = TranslationMemory(workspace)
        self._source_cache: OrderedDict[tuple[str, int], list[str]] = OrderedDict()
        self._cache_lock = threading.Lock()

    # -- paragraphs ------------------------------------------------------------
    @staticmethod
    def _notices(policies: PolicyRepository) -> set[str]:
        """The folded notice paragraph of every policy version."""
        return {fold(p) for p in policies.paragraphs()}

    @staticmethod
    def _content(body: str, notices: set[str]) -> list[str]:
        """Body paragraphs numbered as ``desk pair`` numbers them: no notice (of any policy version), no line."""
        return [p for p in body_paragraphs(body) if fold(p) not in notices]

    def paragraphs(self, article: ArticleData) -> list[str]:
        """The numbered body paragraphs of ``article``."""
        with self._ws.unit() as s:
            return self._content(article.body, self._notices(PolicyRepository(s)))

    # -- translate -------------------------------------------------------------
    def translate(self, original_id: str, target_language: str = "en") -> ArticleData:
        """Create a draft translation of ``original_id`` with one untranslated pair per source paragraph."""
        original = self._articles.get(original_id)
        if target_language not in {lang.value for lang in Language}:
            raise InvalidInput(translate("Errors", "Language “{target_language}” is not supported; translate into "
                                                   "ru or en.").format(target_language=target_language))
        if original.translated_from:
            raise InvalidInput(translate("Errors", "Article {original_id} is itself a translation; translate its "
                                                   "original ({translated_from}) instead.").format(
                original_id=original_id, translated_from=original.translated_from))
        if original.status == Status.SPIKED.value:
            raise InvalidInput(translate("Errors", "Article {original_id} is spiked; unspike it before translating "
                                                   "it.").format(original_id=original_id))
        if original.language == target_language:
            raise InvalidInput(translate("Errors", "Article {original_id} is already in {language}; choose another "
                                                   "language to translate it into.").format(
                original_id=original_id, language=Language(target_language).label))
        existing = self._existing_translation(original_id, target_language)
        if existing is not None:
            raise TranslationExists(translate("Errors", "Article {original_id} already has a translation into "
                                                        "{language} ({existing}); open that one instead.").format(
                original_id=original_id, language=Language(target_language).label, existing=existing), existing)
        data = self._articles.new_draft(target_language)
        data.translated_from = original.id
        data.translation_id = original.translation_id or original.id
        data.tags = list(original.tags)
        data.photo, data.photo_credit, data.photo_source = original.photo, original.photo_credit, original.photo_source
        data.photo_media = original.photo_media  # the same stored photo, not a copy
        data.dateline_place = original.dateline_place
        data.time_zone = original.time_zone
        data.published_at = None  # a translation gets its own publication time
        keep = self._settings.get("translation_byline") != "empty"
        data.byline = original.byline if keep else ""
        if original.published_at is not None:
            notice = self._notice_for(target_language)
            data.body = place_original_line(data.body, self._line(original), notice)
        result = self._articles.create(data, apply_notice=True, action="translate",
                                          note=f"Translation of {original.id}")
        with self._ws.unit() as s:
            source = self._content(original.body, self._notices(PolicyRepository(s)))
            PairRepository(s).write(result.article.id, initial(source, []))
        return result.article

    def _existing_translation(self, original_id: str, language: str) -> str | None:
        with self._ws.unit() as s:
            return PairRepository(s).translation_into(original_id, language)

    def _notice_for(self, language: str) -> str | None:
        policy = self._policy.current()
        if policy is None or not policy.applies_to(language, self._policy.today()):
            return None
        return policy.paragraph()

    def _line(self, original: ArticleData) -> str:
        assert original.published_at is not None
        return original_line(self._settings.get("agency_name"), original.published_at)

    # -- reading -----------------------------------------------------------------
    def _context(self, translation_id: str) -> _Ctx:
        translation = self._articles.get(translation_id)
        if not translation.translated_from:
            raise InvalidInput(translate("Errors", "Article {translation_id} is not a translation; give the id of a "
                                                   "translation.").format(translation_id=translation_id))
        original: ArticleData | None = None
        problem = None
        try:
            original = self._articles.get(translation.translated_from)
        except NotFound:
            problem = translate("Errors", "The original of this translation no longer exists or you cannot open it; "
                                          "its text is shown as it was when each pair was last marked.")
        with self._ws.unit() as s:
            notices = self._notices(PolicyRepository(s))
            stored = PairRepository(s).read(translation_id)
        if original is not None and original.status == Status.SPIKED.value:
            problem = translate("Errors", "The original was spiked; the translation stays as it is, but check with "
                                          "an editor before going on.")
        if original is not None:
            source = self._content(original.body, notices)
        else:  # the source as the pairs pinned it
            source = [t for p in stored if p.source for t in body_paragraphs(p.source_text)]
        target = self._content(translation.body, notices)
        ctx = _Ctx(translation, original, problem, source, target, stored)
        if original is None:
            pos, fixed = 0, []
            for p in stored:
                n = len(body_paragraphs(p.source_text)) if p.source else 0
                fixed.append(p.with_(source=tuple(range(pos, pos + n))))
                pos += n
            ctx.pairs = fixed if fits(fixed, len(source), len(target)) else realigned(fixed, source, target)
        else:
            ctx.pairs = reconcile(stored, source, target)
        return ctx

    def _view(self, ctx: _Ctx) -> PairView:
        infos = []
        for k, p in enumerate(ctx.pairs):
            state = effective_state(p, ctx.source)
            new_source = joined(ctx.source, p.source)
            infos.append(PairInfo(
                ordinal=k, source=p.source, target=p.target,
                source_paragraphs=tuple(ctx.source[i] for i in p.source),
                target_paragraphs=tuple(ctx.target[j] for j in p.target),
                state=p.state, effective_state=state, origin=p.origin, marked_by=p.marked_by,
                marked_at=p.marked_at,
                old_source=p.source_text if state == "needs_update" else None,
                new_source=new_source if state == "needs_update" else None,
            ))
        stale_line = False
        if ctx.original is not None and ctx.original.published_at is not None:
            expected = self._line(ctx.original)
            stale_line = place_original_line(ctx.translation.body, expected,
                                             self._notice_for(ctx.translation.language)) != ctx.translation.body
        return PairView(translation=ctx.translation, original=ctx.original, pairs=tuple(infos),
                        editable=can_edit(self._ws.actor, _facts(ctx.translation)), problem=ctx.problem,
                        original_line_stale=stale_line, stored=ctx.pairs == ctx.stored)

    def pairs(self, translation_id: str) -> PairView:
        """The translation's pairs with their current text and effective state (reads only)."""
        return self._view(self._context(translation_id))

    def resolve(self, article_id: str) -> str:
        """The translation meant by ``article_id``: itself, or an original's only translation."""
        article = self._articles.get(article_id)
        if article.translated_from:
            return article.id
        found = [row for row, _ in self.translations_of(article_id) if row.status != Status.SPIKED.value]
        if not found:
            raise NotFound(translate("Errors", "Article {article_id} has no translation yet; create one with "
                                               "Translate first.").format(article_id=article_id))
        if len(found) > 1:
            raise InvalidInput(translate("Errors", "Article {article_id} has {count} translations ({items}); give "
                                                   "the id of the one you mean.").format(
                article_id=article_id, count=len(found), items=', '.join(r.id for r in found)))
        return found[0].id

    # -- writing pairs -----------------------------------------------------------
    def _store(self, ctx: _Ctx, pairs: Sequence[PairRecord]) -> None:
        """Write ``pairs`` unless someone else changed the stored ones since ``ctx`` was read."""
        with self._ws.unit() as s:
            stored = PairRepository(s)
            if stored.read(ctx.translation.id) != ctx.stored:
                raise ConflictError(translate("Errors", "Someone else changed the pairs of this translation "
                                                        "meanwhile; reload it and try again."))
            if list(pairs) != ctx.stored:
                stored.write(ctx.translation.id, pairs)

    def _check_may_pair(self, ctx: _Ctx) -> None:
        actor = self._ws.actor
        if actor.role in (Role.EDITOR, Role.ADMIN) and ctx.translation.status != Status.SPIKED.value:
            return
        if not can_edit(actor, _facts(ctx.translation)):
            raise PermissionDenied(translate("Errors", "You cannot change the pairs of this translation: it is "
                                                       "{status} and you are a {role}.").format(
                status=status_word(ctx.translation.status), role=actor.role.word))

    def _pair(self, ctx: _Ctx, ordinal: int) -> PairRecord:
        if not 0 <= ordinal < len(ctx.pairs):
            raise InvalidInput(translate("Errors", "There is no pair {ordinal}; this translation has {count} "
                                                   "pairs.").format(
                ordinal=ordinal + 1, count=len(ctx.pairs)))
        return ctx.pairs[ordinal]

    def prepare(self, translation_id: str) -> PairView:
        """What the pairing view does on opening: bring the originally-published line in step and store
        the pairs as shown (first alignment of a translation without pairs, re-mapping after edits)."""
        self.sync_original_line(translation_id)
        ctx = self._context(translation_id)
        if ctx.pairs != ctx.stored and ctx.original is not None:
            try:
                self._check_may_pair(ctx)
                self._store(ctx, ctx.pairs)
                ctx.stored = list(ctx.pairs)
            except (PermissionDenied, ConflictError):
                pass  # shown re-mapped; stored by whoever may change them
        return self._view(ctx)

    def after_translation_saved(self, article: ArticleData) -> None:
        """Keep the pairs consistent after a translation was saved elsewhere (e.g. in the editor):
        when its paragraph count changed, re-align, keeping manual beads."""
        if not article.translated_from:
            return
        ctx = self._context(article.id)
        if ctx.pairs != ctx.stored and ctx.original is not None:
            self._store(ctx, ctx.pairs)

    def mark(self, translation_id: str, ordinal: int, state: str) -> PairView:
        """Mark pair ``ordinal`` (from 0) draft, translated or reviewed; pins its current source."""
        if state not in MARKABLE:
            raise InvalidInput(translate("Errors", "“{state}” is not a state a pair can be marked; use draft, "
                                                   "translated or reviewed.").format(state=state))
        ctx = self._context(translation_id)
        self._check_may_pair(ctx)
        pair = self._pair(ctx, ordinal)
        target = joined(ctx.target, pair.target)
        if not target.strip():
            raise InvalidInput(translate("Errors", "Pair {ordinal} has no translation yet; write it before marking "
                                                   "it {state}.").format(ordinal=ordinal + 1, state=state))
        if ctx.original is None:
            raise InvalidInput(translate("Errors", "The original of this translation is gone, so there is no source "
                                                   "to confirm the translation against."))
        marked = pair.with_(state=state, marked_by=self._ws.actor.login, marked_at=self._ws.clock(),
                            target_text=target, **pin(joined(ctx.source, pair.source)))
        pairs = [*ctx.pairs[:ordinal], marked, *ctx.pairs[ordinal + 1:]]
        self._store(ctx, pairs)
        ctx.stored = ctx.pairs = pairs
        return self._view(ctx)

    def _edit_beads(self, translation_id: str, change) -> PairView:
        ctx = self._context(translation_id)
        self._check_may_pair(ctx)
        beads = change(ctx, [p.bead for p in ctx.pairs])
        pairs = rebuild(ctx.pairs, beads, ctx.source, ctx.target)
        self._store(ctx, pairs)
        ctx.stored = ctx.pairs = pairs
        return self._view(ctx)

    def realign(self, translation_id: str) -> PairView:
        """Align the paragraphs again, keeping manual beads as they are."""
        ctx = self._context(translation_id)
        self._check_may_pair(ctx)
        pairs = realigned(ctx.pairs, ctx.source, ctx.target)
        self._store(ctx, pairs)
        ctx.stored = ctx.pairs = pairs
        return self._view(ctx)

    def merge_pairs(self, translation_id: str, ordinal: int) -> PairView:
        """Merge pair ``ordinal`` with the next one (a manual bead)."""
        def change(ctx, beads):
            self._pair(ctx, ordinal)
            if ordinal + 1 >= len(beads):
                raise InvalidInput(translate("Errors", "Pair {ordinal} is the last one; there is no next pair to "
                                                       "merge it with.").format(ordinal=ordinal + 1))
            return alignment_edit.merge(beads, ordinal)
        return self._edit_beads(translation_id, change)

    def split_pair(self, translation_id: str, ordinal: int) -> PairView:
        """Split pair ``ordinal`` in two (manual beads)."""
        def change(ctx, beads):
            bead = beads[ordinal] if 0 <= ordinal < len(beads) else self._pair(ctx, ordinal).bead
            if len(bead.source) + len(bead.target) < 2:
                raise InvalidInput(translate("Errors", "Pair {ordinal} holds a single paragraph and cannot be "
                                                       "split.").format(
                    ordinal=ordinal + 1))
            return alignment_edit.split(beads, ordinal)
        return self._edit_beads(translation_id, change)

    def shift_boundary(self, translation_id: str, ordinal: int, side: str = "target",
                       direction: int = 1) -> PairView:
        """Move the boundary between pair ``ordinal`` and the next on one side: ``direction=+1`` moves the
        next pair's first paragraph up into this one, ``-1`` moves this pair's last paragraph down."""
        if side not in ("source", "target") or direction not in (-1, 1):
            raise InvalidInput(translate("Errors", "Give the side (source or target) and the direction (+1 or -1) "
                                                   "of the shift."))

        def change(ctx, beads):
            self._pair(ctx, ordinal)
            if ordinal + 1 >= len(beads):
                raise InvalidInput(translate("Errors", "Pair {ordinal} is the last one; there is no boundary below "
                                                       "it to move.").format(ordinal=ordinal + 1))
            giver = beads[ordinal + 1] if direction == 1 else beads[ordinal]
            if not getattr(giver, side):
                where = ordinal + 2 if direction == 1 else ordinal + 1
                label = "original" if side == "source" else "translation"
                raise InvalidInput(translate("Errors", "Pair {where} has no {label} paragraph to move.").format(
                    where=where, label=label))
            return alignment_edit.shift(beads, ordinal, side, direction)  # type: ignore[arg-type]
        return self._edit_beads(translation_id, change)

    # -- saving the translation's text -------------------------------------------
    def save_targets(self, translation_id: str, texts: Sequence[str], *, version: int,
                     headline: str | None = None, lede: str | None = None) -> SaveResult:
        """Save the translation from the pairing view: ``texts[k]`` is the target text of pair ``k``
        (blank lines make several paragraphs). Goes through the article service (notice applied)."""
        ctx = self._context(translation_id)
        if len(texts) != len(ctx.pairs):
            raise InvalidInput(translate("Errors", "The pairs changed since the translation was loaded; reload it "
                                                   "and try again."))
        with self._ws.unit() as s:
            notices = self._notices(PolicyRepository(s))
        paragraphs: list[str] = []
        beads: list[alignment.Bead] = []
        inherit: list[int | None] = []
        for k, (pair, text) in enumerate(zip(ctx.pairs, texts, strict=False)):
            parts = self._content(text or "", notices)
            if not pair.source and not parts:
                continue
            beads.append(alignment.Bead(pair.source, tuple(range(len(paragraphs), len(paragraphs) + len(parts))),
                                        manual=pair.origin == "manual"))
            inherit.append(k)
            paragraphs.extend(parts)
        data = ctx.translation.copy(version=version, body=self._compose(ctx, paragraphs))
        if headline is not None:
            data.headline = headline
        if lede is not None:
            data.lede = lede
        result = self._articles.save(data, apply_notice=True, note="Saved in the pairing view")
        target = self._content(result.article.body, notices)
        if target == paragraphs:
            old = [ctx.pairs[k] for k in inherit]
            pairs = rebuild(old, beads, ctx.source, target, inherit=list(range(len(old))))
        else:  # pragma: no cover - the notice fix moved something: align what was saved
            pairs = realigned(ctx.pairs, ctx.source, target)
        ctx.translation = result.article
        self._store(ctx, pairs)
        return result

    def _compose(self, ctx: _Ctx, paragraphs: list[str]) -> str:
        policy = self._policy.current()
        notice, _rest = split_notice(policy, ctx.translation.body)
        if ctx.original is not None and ctx.original.published_at is not None:
            line: str | None = self._line(ctx.original)
        else:
            line = find_original_line(ctx.translation.body)
        parts = ([line] if line else []) + paragraphs
        if notice is not None and policy is not None:
            parts = [notice, *parts] if policy.placement is Placement.TOP else [*parts, notice]
        return "\n\n".join(parts)

    # -- the originally-published line -------------------------------------------
    def sync_original_line(self, translation_id: str) -> bool:
        """Rewrite the translation's originally-published line from its original's publication time.

        Returns True when the translation was saved (a revision is recorded); False when the line is
        already right, the original has no publication time, or the translation cannot be edited now.
        """
        translation = self._articles.get(translation_id)
        if not translation.translated_from:
            return False
        try:
            original = self._articles.get(translation.translated_from)
        except NotFound:
            return False
        if original.published_at is None or not can_edit(self._ws.actor, _facts(translation)):
            return False
        body = place_original_line(translation.body, self._line(original), self._notice_for(translation.language))
        if body == translation.body:
            return False
        self._articles.save(translation.copy(body=body), apply_notice=True,
                               note="Originally-published line brought in step with the original")
        return True

    def sync_all_for_original(self, original_id: str) -> list[str]:
        """Bring the line of every translation of ``original_id`` in step; the ids of those saved."""
        return [row.id for row, _ in self.translations_of(original_id) if self.sync_original_line(row.id)]

    # -- the original's side -----------------------------------------------------
    def minor_edit(self, original_id: str, data: ArticleData, *, apply_notice: bool = True) -> SaveResult:
        """Save an edit of the original that does not change its meaning (a typo): every pair that was
        current before stays current (its pin moves to the new text). New paragraphs still need translating.

        The pins are moved for every translation of the original, including ones the editor cannot open:
        that is the point of a minor edit, and no translation text changes.
        """
        if data.id != original_id:
            raise InvalidInput(translate("Errors", "The article being saved is not the original named; nothing was "
                                                   "saved."))
        before = self._articles.get(original_id)
        with self._ws.unit() as s:
            notices = self._notices(PolicyRepository(s))
            repo = PairRepository(s)
            stored = {tid: repo.read(tid) for tid in repo.translation_ids(original_id)}
        source_before = self._content(before.body, notices)
        result = self._articles.save(data, apply_notice=apply_notice,
                                        note="Minor edit: translations kept current")
        source_after = self._content(result.article.body, notices)
        with self._ws.unit() as s:
            repo = PairRepository(s)
            for tid, pairs in stored.items():
                if not pairs:
                    continue
                followed = follow_source(pairs, source_before)
                current = {k for k, p in enumerate(followed)
                           if effective_state(p, source_before) not in ("needs_update", "untranslated")}
                moved = [p.with_(**pin(joined(source_after, p.source))) if k in current else p
                         for p, k in follow_source_indexed(followed, source_after)]
                if moved != pairs:
                    repo.write(tid, moved)
        if result.article.published_at != before.published_at:
            self.sync_all_for_original(original_id)
        return result

    def translations_of(self, original_id: str) -> list[tuple[ArticleRow, int]]:
        """The original's translations (that the user may read), each with its number of outdated pairs."""
        self._articles.get(original_id)  # it exists and may be read
        with self._ws.unit() as s:
            repo = PairRepository(s)
            rows = [ArticleRow(*r) for r in repo.translation_rows(original_id)]
            body = repo.body(original_id)
            notices = self._notices(PolicyRepository(s))
            stored = {row.id: repo.read(row.id) for row in rows}
        rows = [r for r in rows if can_read(self._ws.actor, ArticleFacts(
            status=Status(r.status), author_login=r.author_login, is_translation=True))]
        source = self._content(body or "", notices)
        out = []
        for row in rows:
            followed = follow_source(stored[row.id], source) if stored[row.id] else []
            out.append((row, sum(1 for p in followed if effective_state(p, source) == "needs_update")))
        return out

    def outdated_translation_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of ``ids`` are translations with at least one pair needing an update.

        One query for the pairs of all of them; the originals' paragraphs are cached by (id, version),
        and fetched in one more query only for originals not seen at that version.
        """
        ids = list(dict.fromkeys(ids))
        if not ids:
            return set()
        with self._ws.unit() as s:
            repo = PairRepository(s)
            by_translation: dict[str, tuple[tuple[str, int], list[PairRecord]]] = {}
            for translation_id, original, pair in repo.with_originals(ids):
                by_translation.setdefault(translation_id, (original, []))[1].append(pair)
            missing = {key for key, _ in by_translation.values() if key not in self._source_cache}
            if missing:
                notices = self._notices(PolicyRepository(s))
                for oid, oversion, body in repo.bodies(k[0] for k in missing):
                    self._remember((oid, oversion), self._content(body, notices))
        out = set()
        for translation_id, (key, pairs) in by_translation.items():
            source = self._source_cache.get(key)
            if source is None:  # changed between the two queries: look again next time
                continue
            if any(effective_state(p, source) == "needs_update" for p in follow_source(pairs, source)):
                out.add(translation_id)
        return out

    def translation_summaries(self, original_ids: Sequence[str]) -> dict[str, tuple[int, int]]:
        """For each of ``original_ids`` that has translations the user may read: (how many, how many outdated).

        Spiked translations are not counted. At most three queries whatever the number of ids (the
        article list asks for every row it has loaded).
        """
        ids = list(dict.fromkeys(original_ids))
        if not ids:
            return {}
        with self._ws.unit() as s:
            rows = PairRepository(s).translations_of(ids)
        readable = [(tid, oid) for tid, oid, status, author in rows if can_read(self._ws.actor, ArticleFacts(
            status=Status(status), author_login=author, is_translation=True))]
        outdated = self.outdated_translation_ids([tid for tid, _ in readable])
        out: dict[str, tuple[int, int]] = {}
        for tid, oid in readable:
            count, stale = out.get(oid, (0, 0))
            out[oid] = (count + 1, stale + (tid in outdated))
        return out

    def _remember(self, key: tuple[str, int], source: list[str]) -> None:
        with self._cache_lock:  # the UI calls from worker threads
            self._source_cache[key] = source
            self._source_cache.move_to_end(key)
            while len(self._source_cache) > 512:
                self._source_cache.popitem(last=False)

    # -- import --------------------------------------------------------------------
    def store_import_alignment(self, translation_id: str) -> int:
        """Align an imported translation to its original and store the beads; returns the pair count.

        Imported text is a real translation: pairs with text are "translated", marked by the importer
        now, origin auto (so a later re-alignment may still move them).
        """
        ctx = self._context(translation_id)
        pairs = initial(ctx.source, ctx.target, state="translated", marked_by=self._ws.actor.login,
                        marked_at=self._ws.clock())
        with self._ws.unit() as s:
            PairRepository(s).write(translation_id, pairs)
        return len(pairs)

    # -- memory and glossary (see pairing_memory) --------------------------------
    def suggestions(self, source_paragraph: str, *, limit: int = 8) -> list[Suggestion]:
        """Earlier translations of this paragraph (exact), then of its sentences; most recent first."""
        return self.memory.suggestions(source_paragraph, limit=limit)

    def glossary_hits(self, paragraph: str) -> list[GlossaryEntry]:
        """Glossary entries whose Russian term occurs in ``paragraph``, inflected forms included."""
        return self.memory.glossary_hits(paragraph)

    def glossary_add(self, source_term: str, target_term: str, kind: str = "term", note: str = "") -> GlossaryEntry:
        return self.memory.add(source_term, target_term, kind, note)

    def glossary_list(self) -> list[GlossaryEntry]:
        return self.memory.entries()

    def glossary_remove(self, entry_id: int) -> None:
        self.memory.remove(entry_id)

