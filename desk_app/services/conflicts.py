"""Resolving a save conflict: compare, merge three ways, choose — and never lose a text.

Design notes: docs/architecture.md, “desk_app.services.conflicts”.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from desk_app.domain.article import FIELD_LABELS, ArticleData, Status, new_id, status_word
from desk_app.domain.errors import ConflictError, InvalidInput, NotFound, PermissionDenied
from desk_app.domain.messages import translate
from desk_app.domain.notice import split_paragraphs
from desk_app.domain.textdiff import Conflict, MergeResult, merge_paragraphs
from desk_app.domain.workflow import ArticleFacts, can_edit
from desk_app.services.articles import SaveResult
from desk_app.store.models import Revision
from desk_app.store.revisions import bump_version, last_author, snapshot_at

if TYPE_CHECKING:
    from desk_app.services.workspace import Workspace

Choice = Literal["mine", "theirs", "merge"]
CHOICES = ("mine", "theirs", "merge")

ASIDE_ACTION = "conflict_kept_aside"
MINE_ACTION = "conflict_mine"
MERGE_ACTION = "conflict_merge"

MARK_MINE = "<<<<<<< mine"
MARK_SPLIT = "======="
MARK_THEIRS = ">>>>>>> theirs"
_MARKER_LINE = re.compile(r"^(?:<{7}|={7}|>{7})(?:[ \t].*)?[ \t]*$", re.MULTILINE)
_BLOCK_START = re.compile(r"^<{7}(?:[ \t].*)?[ \t]*$", re.MULTILINE)
META_FIELDS = tuple(name for name in ArticleData.EDITABLE if name != "body")


@dataclass(frozen=True)
class FieldMerge:
    """One non-body field that differs between mine and theirs."""

    name: str
    label: str
    base: object
    mine: object
    theirs: object
    result: object          # what the merge takes (mine for a conflict, until the user chooses)
    conflict: bool          # both sides changed it differently


@dataclass
class ConflictCase:
    article_id: str
    base: ArticleData | None      # None: the opened version is not in the history
    mine: ArticleData
    theirs: ArticleData | None    # None: the article was removed meanwhile
    body_merge: MergeResult
    merge_text: str               # the merged body, with markers around body conflicts
    fields: list[FieldMerge] = field(default_factory=list)
    merged: ArticleData | None = None   # the merge with conflicts resolved as "mine" (theirs' version)
    saved_by: str = ""            # who saved theirs
    message: str = ""             # one sentence for the dialog

    @property
    def body_conflicts(self) -> int:
        return len(self.body_merge.conflicts)

    @property
    def field_conflicts(self) -> list[FieldMerge]:
        return [f for f in self.fields if f.conflict]

    @property
    def clean(self) -> bool:
        """Nothing both sides changed differently: the merge needs no decision."""
        return not self.body_conflicts and not self.field_conflicts


class ConflictService:
    def __init__(self, workspace: Workspace):
        self._ws = workspace

    # -- preparing -------------------------------------------------------------
    def prepare(self, mine: ArticleData, error: ConflictError) -> ConflictCase:
        theirs: ArticleData | None = error.stored
        base = self.content_at(mine.id, mine.version)
        if theirs is None:
            result = MergeResult(split_paragraphs(mine.body))
            return ConflictCase(
                mine.id, base, mine, None, result, mine.body, [], mine.copy(), "",
                translate("Errors", "The article was removed by someone else while you edited it; keep your text as "
                                    "a new article."),
            )
        base_paras = split_paragraphs(base.body) if base is not None else []
        mine_paras, theirs_paras = split_paragraphs(mine.body), split_paragraphs(theirs.body)
        result = refine(merge_paragraphs(base_paras, mine_paras, theirs_paras))
        merged = theirs.copy()
        merged.body = _join_like(result.paragraphs, mine, theirs, mine_paras, theirs_paras)
        fields = []
        for name in META_FIELDS:
            b = getattr(base, name) if base is not None else None
            m, t = getattr(mine, name), getattr(theirs, name)
            if m == t:
                continue
            if base is not None and m == b:
                fm = FieldMerge(name, FIELD_LABELS[name], b, m, t, t, False)
            elif base is not None and t == b:
                fm = FieldMerge(name, FIELD_LABELS[name], b, m, t, m, False)
            else:
                fm = FieldMerge(name, FIELD_LABELS[name], b, m, t, m, True)
            fields.append(fm)
            setattr(merged, name, _copy_value(fm.result))
        saved_by = self._last_author(mine.id)
        opened = f"version {mine.version}" if mine.version else "it"
        message = (f"{saved_by or 'Someone else'} saved this article (version {theirs.version}) after you opened "
                   f"{opened}; compare the two texts and choose what to keep — nothing is lost either way.")
        return ConflictCase(mine.id, base, mine, theirs, result, render_merge(result), fields, merged,
                            saved_by, message)

    def content_at(self, article_id: str, version: int) -> ArticleData | None:
        """The article's content at ``version`` (skipping set-aside revisions), or None."""
        if version <= 0:
            return None
        with self._ws.unit() as s:
            snapshot = snapshot_at(s, article_id, version, skip_action=ASIDE_ACTION)
        return ArticleData.from_snapshot(json.loads(snapshot)) if snapshot is not None else None

    # -- resolving ---------------------------------------------------------------
    def resolve(self, case: ConflictCase, choice: Choice, merged_body: str | None = None,
                field_choices: dict[str, str] | None = None, *, apply_notice: bool = False) -> SaveResult:
        """Apply the user's choice; raises ConflictError again if yet another save came in between.

        ``apply_notice`` is passed to the article service's save (interactive saves pass True,
        as the editor does). Whatever the save refuses, mine is already in the history.
        """
        if choice not in CHOICES:
            raise InvalidInput(translate("Errors", "“{choice}” is not a choice here; use mine, theirs or "
                                                   "merge.").format(
                choice=choice))
        if case.theirs is None:
            return self._recreate(case, choice, merged_body)
        theirs = case.theirs
        if choice == "mine":
            final: ArticleData | None = case.mine.copy(version=theirs.version)
            action, note = MINE_ACTION, f"Kept my text over version {theirs.version} by {case.saved_by or 'someone else'}."
        elif choice == "theirs":
            final, action, note = None, "", ""
        else:
            body = case.merge_text if merged_body is None else merged_body
            left = unresolved_count(body)
            if left:
                raise InvalidInput((
                    translate("Errors", "{left} conflict is still marked in the merged text; edit the marked "
                                        "paragraphs, or choose Keep mine or Take theirs.") if left == 1 else
                    translate("Errors", "{left} conflicts are still marked in the merged text; edit the marked "
                                        "paragraphs, or choose Keep mine or Take theirs.")).format(left=left)
                )
            final = case.merged.copy(version=theirs.version)
            final.body = body
            for name, side in (field_choices or {}).items():
                if name not in META_FIELDS or side not in ("mine", "theirs"):
                    raise InvalidInput(translate("Errors", "“{name}: {side}” is not a field choice; choose mine or "
                                                           "theirs.").format(name=name, side=side))
                setattr(final, name, _copy_value(getattr(case.mine if side == "mine" else theirs, name)))
            action, note = MERGE_ACTION, f"Merged my text with version {theirs.version} by {case.saved_by or 'someone else'}."
        expected = theirs.version
        messages: list[str] = []
        target = final if final is not None else theirs
        if not same_content(target, case.mine):
            expected = self._set_aside(case)
            messages.append(translate("Errors", "Your text is kept in the history as version {expected}.").format(
                expected=expected))
        if final is None or same_content(final, theirs):
            current = self._ws.articles.get(case.article_id)
            return SaveResult(article=current, created=False, messages=[translate("Errors", "Their version is "
                                                                                            "kept."), *messages])
        final.version = expected
        result = self._ws.articles.save(final, action=action, note=note, apply_notice=apply_notice)
        result.messages[:0] = messages
        return result

    def _set_aside(self, case: ConflictCase) -> int:
        """Record mine as a revision without changing the article; returns the new version."""
        assert case.theirs is not None
        now, actor = self._ws.clock(), self._ws.actor
        expected = case.theirs.version
        try:
            with self._ws.unit() as s:
                row = bump_version(s, case.article_id, expected, now)
                if row is not None:
                    facts = ArticleFacts(Status(row.status), row.author_login, row.translated_from is not None)
                    if not can_edit(actor, facts):
                        raise _NoRights()   # rolls the version bump back
                    snapshot = case.mine.copy(version=expected + 1)
                    s.add(Revision(
                        article_id=case.article_id, number=expected + 1, created_at=now,
                        author_login=actor.login, action=ASIDE_ACTION, from_status=row.status,
                        to_status=row.status, snapshot=json.dumps(snapshot.snapshot(), ensure_ascii=False),
                        note=(f"{actor.login}'s text, set aside while resolving a conflict with version "
                              f"{expected}; it never replaced the article — recover it from here."),
                    ))
                    return expected + 1
        except _NoRights:
            pass
        stored = self._stored_or_none(case.article_id)
        if stored is not None and stored.version == expected:
            raise PermissionDenied(
                translate("Errors", "You can no longer edit this article (it is {status}), so your text cannot be "
                                    "added to its history; copy it, or keep it as a new article.").format(
                status=status_word(stored.status))
            )
        raise ConflictError(
            translate("Errors", "Yet another version of this article was saved while you were choosing; compare "
                                "again."),
            stored=stored, mine=case.mine,
        )

    def _recreate(self, case: ConflictCase, choice: str, merged_body: str | None) -> SaveResult:
        if choice == "theirs":
            raise InvalidInput(translate("Errors", "The article was removed, so there is no stored version to take; "
                                                   "keep your text as a new article instead."))
        data = case.mine.copy(id=new_id(), version=0, status=Status.DRAFT.value, slug="",
                              translated_from=None, translation_id=None)
        if choice == "merge" and merged_body is not None:
            data.body = merged_body
        return self._ws.articles.create(data, action="create",
                                        note=f"Kept as a new article: {case.article_id} was removed during a conflict.")

    def _stored_or_none(self, article_id: str) -> ArticleData | None:
        try:
            return self._ws.articles.get(article_id)
        except NotFound:
            return None

    def _last_author(self, article_id: str) -> str:
        """The display name (else the login) of whoever wrote the newest revision."""
        with self._ws.unit() as s:
            found = last_author(s, article_id)
        if found is None:
            return ""
        login, display_name = found
        return display_name or login or ""


class _NoRights(Exception):
    """Internal: the version bump must be rolled back because the user may not edit the article."""


# -- narrowing conflicts, and conflict markers (pure text) -------------------------------

def refine(result: MergeResult) -> MergeResult:
    """Split conflicts paragraph by paragraph where both sides kept the base's paragraph count.

    diff3 joins neighbouring changes into one conflict when no paragraph between them is
    unchanged on *both* sides: mine edits paragraph 2, theirs paragraph 3, both edit 4 — one
    conflict over 2–4. When the stretch has as many paragraphs in base, mine and theirs, the
    paragraphs correspond one to one, so each is merged on its own: only paragraph 4 conflicts.
    """
    starts = {c.index_in_result: c for c in result.conflicts}
    paragraphs: list[str] = []
    conflicts: list[Conflict] = []
    i = 0
    while i < len(result.paragraphs) or i in starts:
        c = starts.pop(i, None)
        if c is None:
            paragraphs.append(result.paragraphs[i])
            i += 1
            continue
        if len(c.base) == len(c.mine) == len(c.theirs) > 1:
            for b, m, t in zip(c.base, c.mine, c.theirs, strict=False):
                if m == t or t == b:
                    paragraphs.append(m)
                elif m == b:
                    paragraphs.append(t)
                else:
                    conflicts.append(Conflict(len(paragraphs), [b], [m], [t]))
                    paragraphs.append(m)
        else:
            conflicts.append(Conflict(len(paragraphs), list(c.base), list(c.mine), list(c.theirs)))
            paragraphs.extend(c.kept)
        i += len(c.kept)
    return MergeResult(paragraphs, conflicts)



def render_merge(result: MergeResult) -> str:
    """The merged paragraphs, with each conflict shown as a marked mine/theirs block."""
    starts = {c.index_in_result: c for c in result.conflicts}
    out: list[str] = []
    i = 0
    while i < len(result.paragraphs) or i in starts:
        conflict = starts.pop(i, None)
        if conflict is None:
            out.append(result.paragraphs[i])
            i += 1
            continue
        out.extend([MARK_MINE, *conflict.mine, MARK_SPLIT, *conflict.theirs, MARK_THEIRS])
        i += len(conflict.kept)
    return "\n\n".join(out)


def unresolved_count(text: str) -> int:
    """How many conflict blocks (or stray marker lines) are left in ``text``."""
    blocks = len(_BLOCK_START.findall(text))
    return blocks or (1 if _MARKER_LINE.search(text) else 0)


def resolve_markers(text: str, side: str) -> str:
    """Replace every marked block by one side ("mine" or "theirs"); the rest stays as edited."""
    if side not in ("mine", "theirs"):
        raise ValueError(side)
    out: list[str] = []
    state = "out"
    for line in text.split("\n"):
        stripped = line.rstrip()
        if state == "out" and stripped.startswith("<" * 7):
            state = "mine"
            continue
        if state == "mine" and stripped.startswith("=" * 7) and _MARKER_LINE.match(stripped):
            state = "theirs"
            continue
        if state == "theirs" and stripped.startswith(">" * 7):
            state = "out"
            continue
        if state == "out" or state == side:
            out.append(line)
    joined = "\n".join(out)
    return re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", joined).strip("\n")


def same_content(a: ArticleData, b: ArticleData) -> bool:
    return all(getattr(a, name) == getattr(b, name) for name in ArticleData.EDITABLE)


def _join_like(paragraphs: list[str], mine: ArticleData, theirs: ArticleData,
               mine_paras: list[str], theirs_paras: list[str]) -> str:
    """Join merged paragraphs; when the merge is exactly one side, keep that side's text byte for byte."""
    if paragraphs == mine_paras:
        return mine.body
    if paragraphs == theirs_paras:
        return theirs.body
    return "\n\n".join(paragraphs)


def _copy_value(value):
    return list(value) if isinstance(value, list) else value
