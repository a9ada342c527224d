"""Scoring paragraph alignment against a hand-aligned gold set.

Strict scores, as in vecalign's scorer: a predicted bead counts only if a gold
bead has exactly the same paragraphs on both sides (1-0 and 0-1 beads
included). Micro-averaged over all beads of all articles.

The gold set is split in two: even-numbered files (``pair_02``, ``pair_04``,
...) are the dev half, the only one used to calibrate and tune the aligner;
odd-numbered files are held out.

Run ``python -m desk_app.domain.alignment_eval tests/data/alignment_gold``.
"""
from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desk_app.domain.alignment import AlignParams, Bead, align

__all__ = ["GoldPair", "Report", "Scores", "calibrate", "evaluate", "load_gold", "main", "score"]

Aligner = Callable[[list[str], list[str]], list[Bead]]


@dataclass(frozen=True)
class Scores:
    true_positives: int
    gold: int
    predicted: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            self.true_positives + other.true_positives, self.gold + other.gold, self.predicted + other.predicted
        )


def _key(b: Bead) -> tuple[tuple[int, ...], tuple[int, ...]]:
    return (b.source, b.target)


def score(gold: Sequence[Bead], predicted: Sequence[Bead]) -> Scores:
    """Strict bead precision/recall/F1 (exact match on both sides)."""
    gold_keys = {_key(b) for b in gold}
    tp = sum(1 for b in {_key(p) for p in predicted} if b in gold_keys)
    return Scores(tp, len(gold), len(predicted))


@dataclass(frozen=True)
class GoldPair:
    id: str
    source: list[str]
    target: list[str]
    gold: list[Bead]

    @property
    def number(self) -> int:
        m = re.search(r"(\d+)", self.id)
        return int(m.group(1)) if m else 0

    @property
    def is_dev(self) -> bool:
        """Even-numbered pairs are the dev half (used for tuning)."""
        return self.number % 2 == 0


def load_gold(directory: str | Path) -> list[GoldPair]:
    pairs = []
    for path in sorted(Path(directory).glob("pair_*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        gold = [Bead(tuple(b["source"]), tuple(b["target"])) for b in data["gold"]]
        pairs.append(GoldPair(data.get("id", path.stem), data["source"], data["target"], gold))
    return pairs


@dataclass(frozen=True)
class Report:
    strict: Scores
    articles: int
    perfect: int  # articles aligned with no error
    errors: tuple[tuple[str, tuple[Bead, ...], tuple[Bead, ...]], ...]  # (id, missed gold, wrong predicted)
    seconds: float

    @property
    def no_error_share(self) -> float:
        return self.perfect / self.articles if self.articles else 1.0


def evaluate(pairs: Iterable[GoldPair], aligner: Aligner | None = None) -> Report:
    """Align every pair and score it: micro P/R/F1 and the error-free share."""
    run: Aligner = aligner or (lambda s, t: align(s, t))
    total = Scores(0, 0, 0)
    n = perfect = 0
    errors = []
    elapsed = 0.0
    for pair in pairs:
        start = time.perf_counter()
        predicted = run(pair.source, pair.target)
        elapsed += time.perf_counter() - start
        s = score(pair.gold, predicted)
        total += s
        n += 1
        if s.true_positives == s.gold == s.predicted:
            perfect += 1
        else:
            gold_keys = {_key(b) for b in pair.gold}
            pred_keys = {_key(b) for b in predicted}
            missed = tuple(b for b in pair.gold if _key(b) not in pred_keys)
            wrong = tuple(b for b in predicted if _key(b) not in gold_keys)
            errors.append((pair.id, missed, wrong))
    return Report(total, n, perfect, tuple(errors), elapsed)


def calibrate(pairs: Iterable[GoldPair]) -> tuple[float, float]:
    """Length ratio (target chars per source char) and variance per char,
    estimated from the 1-1 gold beads of ``pairs`` (Gale & Church's method)."""
    lengths = []
    for pair in pairs:
        for b in pair.gold:
            if len(b.source) == 1 and len(b.target) == 1:
                ls = len(" ".join(pair.source[b.source[0]].split()))
                lt = len(" ".join(pair.target[b.target[0]].split()))
                lengths.append((ls, lt))
    if not lengths:
        return AlignParams().ratio, AlignParams().variance
    ratio = sum(t for _, t in lengths) / sum(s for s, _ in lengths)
    variance = sum((t - ratio * s) ** 2 for s, t in lengths) / sum(s for s, _ in lengths)
    return ratio, variance


def _row(name: str, r: Report) -> str:
    s = r.strict
    return (
        f"{name:<18} {r.articles:>8} {s.gold:>6} {s.precision:>7.3f} {s.recall:>7.3f} {s.f1:>7.3f}"
        f" {r.no_error_share:>9.3f} {1000 * r.seconds / max(r.articles, 1):>8.1f}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in args
    args = [a for a in args if a != "-v"]
    directory = args[0] if args else "tests/data/alignment_gold"
    pairs = load_gold(directory)
    if not pairs:
        print(f"no pair_*.json files in {directory}", file=sys.stderr)
        return 2
    dev = [p for p in pairs if p.is_dev]
    held = [p for p in pairs if not p.is_dev]
    ratio, variance = calibrate(dev)
    print(f"calibration on dev: ratio={ratio:.3f} variance={variance:.2f} (in use: "
          f"{AlignParams().ratio:.3f}, {AlignParams().variance:.2f})")
    print(f"{'set':<18} {'articles':>8} {'beads':>6} {'P':>7} {'R':>7} {'F1':>7} {'no-error':>9} {'ms/art':>8}")
    reports = [("all", evaluate(pairs)), ("dev (even)", evaluate(dev)), ("held-out (odd)", evaluate(held))]
    for name, report in reports:
        print(_row(name, report))
    if verbose:
        for pid, missed, wrong in reports[0][1].errors:
            def fmt(bs: Iterable[Bead]) -> str:
                return " ".join(f"{list(b.source)}-{list(b.target)}" for b in bs)

            print(f"  {pid}: missed {fmt(missed)} | predicted {fmt(wrong)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
