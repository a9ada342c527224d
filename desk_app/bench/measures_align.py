"""``align_ms``: aligning a 300-paragraph Russian original with its English translation.

The pair comes from the corpus generator (the translation says what the
original says, paragraph by paragraph); a translator's habits are added:
every twentieth pair of paragraphs is merged into one, and a translator's
note is inserted now and then, so the alignment has 2-1 and 0-1 beads to find.
"""
from __future__ import annotations

import random
import time
from datetime import datetime, timezone

from desk_app.bench.figures import Figure, summary

PARAGRAPHS = 300


def pair(seed: int, paragraphs: int = PARAGRAPHS) -> tuple[list[str], list[str]]:
    from desk_app.bench import corpus

    lex = corpus.lexicon(seed)
    rng = random.Random(f"align-{seed}")
    ctx = corpus._Article(lex, rng, datetime(2024, 5, 1, tzinfo=timezone.utc))
    plan = []
    while len(plan) < paragraphs:
        plan += corpus._plan_body(ctx, 2000)
    plan = plan[:paragraphs]
    source = corpus._render_body(plan, "ru", lex).split("\n\n")
    english = corpus._render_body(plan, "en", lex).split("\n\n")
    target: list[str] = []
    i = 0
    while i < len(english):
        if i % 20 == 7 and i + 1 < len(english):
            target.append(english[i] + " " + english[i + 1])
            i += 2
            continue
        if i % 45 == 30:
            target.append("(Translator's note: the names are given as in the official documents.)")
        target.append(english[i])
        i += 1
    return source, target


def align_figure(*, seed: int = 1, rounds: int = 7) -> Figure:
    try:
        from desk_app.domain.alignment import align
    except ImportError as exc:
        return Figure("align_ms", status="pending", reason=f"desk_app.domain.alignment is not available ({exc})")
    source, target = pair(seed)
    align(source, target)  # warm-up (caches of the anchor extraction)
    samples = []
    beads = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        beads = align(source, target)
        samples.append((time.perf_counter() - t0) * 1000)
    s = summary(samples)
    return Figure("align_ms", value=s["p95"], median=s["median"], p95=s["p95"],
                  details={"source_paragraphs": len(source), "target_paragraphs": len(target),
                           "beads": len(beads), "rounds": rounds, "max": s["max"]})
