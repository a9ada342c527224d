"""The bookkeeping of segment pairs, pure: staleness, re-mapping and rebuilding.

Design notes: docs/architecture.md, “desk_app.domain.pairing_beads”.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from difflib import SequenceMatcher
from typing import Any, TypedDict

from desk_app.domain.alignment import Bead, align, check_beads
from desk_app.domain.segments import body_paragraphs, fold, paragraph_hash

STATES = ("untranslated", "draft", "translated", "reviewed", "needs_update")
MARKABLE = ("draft", "translated", "reviewed")
EMPTY_HASH = paragraph_hash("")


@dataclass(frozen=True)
class PairRecord:
    """One stored pair, as plain values."""

    source: tuple[int, ...]
    target: tuple[int, ...]
    state: str = "untranslated"
    origin: str = "auto"
    source_hash: str = EMPTY_HASH
    source_text: str = ""
    target_text: str = ""
    marked_by: str | None = None
    marked_at: datetime | None = None

    @property
    def bead(self) -> Bead:
        return Bead(self.source, self.target, manual=self.origin == "manual")

    def with_(self, **changes: Any) -> PairRecord:
        return dataclasses.replace(self, **changes)


def joined(paragraphs: Sequence[str], indices: Sequence[int]) -> str:
    """The paragraphs at ``indices`` as one Markdown text (blank-line separated)."""
    return "\n\n".join(paragraphs[i] for i in indices if 0 <= i < len(paragraphs))


class Pin(TypedDict):
    source_text: str
    source_hash: str


def pin(text: str) -> Pin:
    """The pinned-source fields for ``text``."""
    return Pin(source_text=text, source_hash=paragraph_hash(text))


def effective_state(pair: PairRecord, source: Sequence[str]) -> str:
    """The state a translator sees: the stored one, or "needs_update" when the source moved on."""
    if pair.state in ("untranslated", "needs_update"):
        return pair.state
    if paragraph_hash(joined(source, pair.source)) != pair.source_hash:
        return "needs_update"
    return pair.state


def pinned_paragraphs(pair: PairRecord) -> list[str]:
    """The pinned source text split back into one text per source paragraph of the pair."""
    n = len(pair.source)
    if n == 0:
        return []
    parts = body_paragraphs(pair.source_text)
    if len(parts) == n:
        return parts
    return [pair.source_text] + [""] * (n - 1)


def started(pairs: Sequence[PairRecord]) -> bool:
    """Whether any pair was ever worked on (so new source text is news, not just more to do)."""
    return any(p.state != "untranslated" for p in pairs)


# --------------------------------------------------------------------------
# following the original


def _similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, fold(a), fold(b), autojunk=False).ratio()


def _match_block(old: list[str], new: list[str]) -> list[tuple[int, int]]:
    """Monotone pairs (i, j) of a changed stretch: positional when the sizes agree, else by similarity."""
    if len(old) == len(new):
        return [(i, i) for i in range(len(old))]
    n, m = len(old), len(new)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    move = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            sim = _similarity(old[i], new[j])
            options = [(best[i + 1][j], 1), (best[i][j + 1], 2)]
            if sim >= 0.4:
                options.append((best[i + 1][j + 1] + sim, 3))
            best[i][j], move[i][j] = max(options)
    out, i, j = [], 0, 0
    while i < n and j < m:
        if move[i][j] == 3:
            out.append((i, j))
            i, j = i + 1, j + 1
        elif move[i][j] == 1:
            i += 1
        else:
            j += 1
    return out


def _diff_map(old: list[str], new: Sequence[str]) -> tuple[dict[int, int], dict[int, int]]:
    """Map old paragraph positions to new ones: equal hashes, then changed stretches by position or
    similarity. Also returns, for each new paragraph of a changed stretch, the stretch's first old index
    (so a paragraph the translator split in two can stay with its pair)."""
    old_hashes = [paragraph_hash(t) for t in old]
    new_hashes = [paragraph_hash(t) for t in new]
    mapping: dict[int, int] = {}
    block_of: dict[int, int] = {}
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old_hashes, new_hashes, autojunk=False).get_opcodes():
        if tag == "equal":
            mapping.update({i1 + k: j1 + k for k in range(i2 - i1)})
        elif tag == "replace":
            for a, b in _match_block(old[i1:i2], list(new[j1:j2])):
                mapping[i1 + a] = j1 + b
            block_of.update({j: i1 for j in range(j1, j2)})
    return mapping, block_of


def _old_texts(pairs: Sequence[PairRecord], side: str) -> tuple[list[str], list[int]]:
    """The paragraphs of one side as the pairs know them, with the pair owning each."""
    texts: list[str] = []
    owner: list[int] = []
    for k, p in enumerate(pairs):
        indices = getattr(p, side)
        if side == "source":
            known = pinned_paragraphs(p)
        else:
            parts = body_paragraphs(p.target_text)
            known = parts if len(parts) == len(indices) else [f"\x00unknown {k} {n}" for n in range(len(indices))]
        texts.extend(known)
        owner.extend([k] * len(known))
    return texts, owner


def follow_source(pairs: Sequence[PairRecord], source: Sequence[str]) -> list[PairRecord]:
    """``pairs`` re-pointed at the current ``source`` paragraphs (see :func:`follow_source_indexed`)."""
    return [p for p, _ in follow_source_indexed(pairs, source)]


def follow_source_indexed(pairs: Sequence[PairRecord],
                          source: Sequence[str]) -> list[tuple[PairRecord, int | None]]:
    """``pairs`` re-pointed at the current ``source`` paragraphs, each with the index of the
    pair it continues (None for a pair made for a new paragraph).

    The pinned paragraphs of all pairs, in order, are the source as the
    pairs know it; a diff against the current paragraphs maps each old
    paragraph to its new place (edited paragraphs keep their place, so their
    pair becomes stale by hash). A paragraph that is new gets a pair of its
    own: "needs_update" with nothing pinned once translation has started,
    else "untranslated". Pins are never changed here.
    """
    old_texts, owner = _old_texts(pairs, "source")
    covered = [i for p in pairs for i in p.source]
    if covered == list(range(len(source))) and \
            [paragraph_hash(t) for t in old_texts] == [paragraph_hash(t) for t in source]:
        return [(p, k) for k, p in enumerate(pairs)]
    mapping, _ = _diff_map(old_texts, source)
    mapped, inserted = _mapped(pairs, owner, mapping, len(source), "source")
    is_started = started(pairs)

    def new_pair(j: int) -> PairRecord:
        if is_started:
            return PairRecord((j,), (), state="needs_update", **pin(""))
        return PairRecord((j,), (), **pin(source[j]))

    out: list[tuple[PairRecord, int | None]] = []
    nxt = 0
    for k, p in enumerate(pairs):
        src = tuple(sorted(mapped[k]))
        if src:
            while nxt < len(inserted) and inserted[nxt] < src[0]:
                out.append((new_pair(inserted[nxt]), None))
                nxt += 1
        if not src and not p.target:
            continue  # its source is gone and it had no translation
        out.append((p.with_(source=src), k))
    out.extend((new_pair(j), None) for j in inserted[nxt:])
    if not _monotone([p.source for p, _ in out]):  # pragma: no cover - defensive: the source side starts over
        return [(PairRecord((i,), (), **pin(source[i])), None) for i in range(len(source))]
    return out


def _mapped(pairs: Sequence[PairRecord], owner: list[int], mapping: dict[int, int], n: int,
            side: str) -> tuple[list[list[int]], list[int]]:
    mapped: list[list[int]] = [[] for _ in pairs]
    for old_index, k in enumerate(owner):
        if old_index in mapping:
            mapped[k].append(mapping[old_index])
    taken = {j for js in mapped for j in js}
    inserted = [j for j in range(n) if j not in taken]
    for js in mapped:  # a paragraph inserted inside a pair's span joins that pair
        if js:
            lo, hi = min(js), max(js)
            js.extend(j for j in inserted if lo < j < hi)
    taken = {j for js in mapped for j in js}
    return mapped, [j for j in range(n) if j not in taken]


def _monotone(spans: Sequence[tuple[int, ...]]) -> bool:
    flat = [i for span in spans for i in span]
    return flat == sorted(set(flat)) and all(
        list(span) == list(range(span[0], span[0] + len(span))) for span in spans if span)


def follow_target(pairs: Sequence[PairRecord], target: Sequence[str]) -> tuple[list[PairRecord], bool]:
    """``pairs`` re-pointed at the current ``target`` paragraphs, the way :func:`follow_source` does
    for the original, using the target text stored with each pair.

    A new paragraph next to an edited one (a paragraph split in two) joins
    that paragraph's pair; any other new paragraph gets a pair of its own.
    Returns the pairs and whether every new paragraph found a pair.
    """
    old_texts, owner = _old_texts(pairs, "target")
    covered = [j for p in pairs for j in p.target]
    if covered == list(range(len(target))) and \
            [paragraph_hash(t) for t in old_texts] == [paragraph_hash(t) for t in target]:
        return list(pairs), True
    mapping, block_of = _diff_map(old_texts, target)
    mapped, inserted = _mapped(pairs, owner, mapping, len(target), "target")
    owner_of_new = {j: k for k, js in enumerate(mapped) for j in js}
    orphans: list[int] = []
    for j in inserted:  # join the pair of a neighbour from the same changed stretch
        home = None
        for neighbour in (j - 1, j + 1):
            if neighbour in owner_of_new and block_of.get(neighbour) is not None \
                    and block_of.get(neighbour) == block_of.get(j):
                home = owner_of_new[neighbour]
                break
        if home is None:
            orphans.append(j)
        else:
            mapped[home].append(j)
            owner_of_new[j] = home
    out: list[PairRecord] = []
    nxt = 0
    for k, p in enumerate(pairs):
        tgt = tuple(sorted(mapped[k]))
        if tgt:
            while nxt < len(orphans) and orphans[nxt] < tgt[0]:
                out.append(PairRecord((), (orphans[nxt],), state="draft"))
                nxt += 1
        if not tgt and not p.source:
            continue
        out.append(p.with_(target=tgt))
    out.extend(PairRecord((), (j,), state="draft") for j in orphans[nxt:])
    return out, not orphans


# --------------------------------------------------------------------------
# rebuilding pairs from beads


def _pins_by_paragraph(pairs: Sequence[PairRecord], source: Sequence[str]) -> dict[int, str]:
    pins: dict[int, str] = {}
    for p in pairs:
        texts = [source[i] if i < len(source) else "" for i in p.source] if p.state == "untranslated" \
            else pinned_paragraphs(p)
        pins.update(zip(p.source, texts, strict=False))
    return pins


def normalise(pair: PairRecord, source: Sequence[str], target: Sequence[str], *,
              refresh: bool = True) -> PairRecord:
    """Keep state and text consistent: an empty pair is untranslated, a filled untranslated one a draft;
    with ``refresh`` the stored target text becomes the current one (it is how a later edit of the
    translation is followed, and what the memory offers for a marked pair)."""
    text = joined(target, pair.target)
    if refresh and pair.target_text != text:
        pair = pair.with_(target_text=text)
    if pair.state == "untranslated" and text.strip():
        return pair.with_(state="draft", **pin(joined(source, pair.source)))
    if pair.state in MARKABLE and not text.strip():
        return pair.with_(state="untranslated", **pin(joined(source, pair.source)),
                          marked_by=None, marked_at=None)
    return pair


def rebuild(old: Sequence[PairRecord], beads: Sequence[Bead], source: Sequence[str], target: Sequence[str],
            inherit: Sequence[int | None] | None = None) -> list[PairRecord]:
    """Pairs for ``beads``; ``inherit[k]`` names the old pair bead ``k`` continues (None: a new pair).

    Without ``inherit``, a bead continues an old pair with the same source
    paragraphs and either the same target paragraphs or, for a marked pair,
    the same target text.
    """
    check_beads(beads, len(source), len(target))
    pins = _pins_by_paragraph(old, source)
    if inherit is None:
        inherit = _match_old(old, beads, target)
    out = []
    for bead, k in zip(beads, inherit, strict=False):
        origin = "manual" if bead.manual else "auto"
        if k is not None:
            pair = old[k].with_(source=bead.source, target=bead.target, origin=origin)
        else:
            text = joined(target, bead.target)
            pinned = "\n\n".join(pins.get(i, source[i]) for i in bead.source)
            pair = PairRecord(bead.source, bead.target, state="draft" if text.strip() else "untranslated",
                              origin=origin, **pin(pinned if text.strip() else joined(source, bead.source)))
        out.append(normalise(pair, source, target))
    return out


def _match_old(old: Sequence[PairRecord], beads: Sequence[Bead], target: Sequence[str]) -> list[int | None]:
    by_span = {(p.source, p.target): k for k, p in enumerate(old)}
    by_text: dict[tuple[tuple[int, ...], str], int] = {}
    for j, p in enumerate(old):
        if p.target_text.strip():
            by_text.setdefault((p.source, fold(p.target_text)), j)
    used: set[int] = set()
    out: list[int | None] = []
    for b in beads:
        k: int | None = by_span.get((b.source, b.target))
        if k is None:
            k = by_text.get((b.source, fold(joined(target, b.target))))
        if k is not None and k in used:
            k = None
        if k is not None:
            used.add(k)
        out.append(k)
    return out


def fixed_beads(pairs: Sequence[PairRecord], n_source: int, n_target: int) -> list[Bead]:
    """The manual beads that still fit the paragraph counts (for align's ``fixed``)."""
    fixed = []
    for p in pairs:
        if p.origin != "manual":
            continue
        if all(0 <= i < n_source for i in p.source) and all(0 <= j < n_target for j in p.target) \
                and (p.source or p.target):
            fixed.append(p.bead)
    return fixed


def realigned(pairs: Sequence[PairRecord], source: Sequence[str], target: Sequence[str],
              keep: Sequence[Bead] | None = None) -> list[PairRecord]:
    """Align again, keeping the manual beads that still fit (or the beads ``keep``); states carried
    over where the meaning holds."""
    manual = fixed_beads(pairs, len(source), len(target))
    beads = None
    for fixed in ([*{b: None for b in [*(keep or []), *manual]}], manual, []):
        try:
            beads = align(list(source), list(target), fixed=_fitting(fixed, len(source), len(target)))
            break
        except ValueError:  # fixed beads that no longer agree with each other: drop them
            continue
    assert beads is not None
    return rebuild(pairs, beads, source, target)


def _fitting(beads: Sequence[Bead], n: int, m: int) -> list[Bead]:
    return [b for b in beads if (b.source or b.target)
            and all(0 <= i < n for i in b.source) and all(0 <= j < m for j in b.target)]


def fits(pairs: Sequence[PairRecord], n_source: int, n_target: int) -> bool:
    try:
        check_beads([p.bead for p in pairs], n_source, n_target)
    except ValueError:
        return False
    return True


def reconcile(pairs: Sequence[PairRecord], source: Sequence[str], target: Sequence[str]) -> list[PairRecord]:
    """Pairs that cover the current source and target paragraphs exactly once, in order.

    Both sides are followed through their edits; when the translation gained
    paragraphs that belong to no pair while some original paragraphs have no
    translation (typically: the translation was written in the editor), the
    gaps are aligned again around the manual and the confirmed pairs.
    """
    if not pairs:
        return initial(source, target, state="translated" if any(t.strip() for t in target) else "untranslated")
    followed = follow_source(pairs, source)
    followed, settled = follow_target(followed, target)
    if fits(followed, len(source), len(target)) and (settled or not any(not p.target for p in followed)):
        return [normalise(p, source, target) for p in followed]
    keep = [p.bead for p in followed
            if (p.origin == "manual" or (p.state in ("translated", "reviewed") and p.source and p.target))]
    return realigned(followed, source, target, keep=keep)


def initial(source: Sequence[str], target: Sequence[str], *, state: str = "translated",
            marked_by: str | None = None, marked_at: datetime | None = None) -> list[PairRecord]:
    """Pairs for a translation that has none yet: aligned, pinned to the current source.

    Beads with target text get ``state`` (an existing or imported translation
    is a real one); beads without any are untranslated.
    """
    if not target:
        beads = [Bead((i,), ()) for i in range(len(source))]
    else:
        beads = align(list(source), list(target))
    out = []
    for b in beads:
        text = joined(target, b.target)
        filled = bool(text.strip())
        out.append(PairRecord(
            b.source, b.target, state=state if filled else "untranslated",
            target_text=text,
            marked_by=marked_by if filled else None, marked_at=marked_at if filled else None,
            **pin(joined(source, b.source)),
        ))
    return out
