"""The figures of ``desk bench``: their targets, percentiles and how a figure is reported.

Kept apart from the harness so the ``measures_*`` modules, which the harness
runs, need not import it back.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

OK, PENDING, FAILED, SKIPPED = "ok", "pending", "failed", "skipped"


@dataclass(frozen=True)
class Target:
    unit: str
    limit: float | None   # the figure must be <= limit; None: reported, no target
    what: str


TARGETS: dict[str, Target] = {
    "cold_start_s": Target("s", 1.5, "process start to the first painted article list (1M workspace)"),
    "search_p95_ms": Target("ms", 50, "full-text search and filter queries, first page of 200 rows"),
    "search_ratio": Target("x", 1.5, "ArticleService.list p95 / raw FTS5 or tsvector SQL p95"),
    "count_p95_ms": Target("ms", None, "ArticleService.count for the same queries"),
    "open_p95_ms": Target("ms", 30, "ArticleService.get"),
    "save_p95_ms_sqlite": Target("ms", 20, "ArticleService.save on SQLite (notice, index, revision)"),
    "save_p95_ms_pg": Target("ms", 40, "ArticleService.save on PostgreSQL over loopback"),
    "save_ratio": Target("x", None, "ArticleService.save p95 / raw UPDATE of the same row p95"),
    "keystroke_p99_ms": Target("ms", 16, "key handling in a 20,000-word article with highlighting"),
    "keystroke_offline_p99_ms": Target("ms", 16, "key handling in a 20,000-word article of a field workspace "
                                                 "while its server hangs and sync attempts run"),
    "preview_ms": Target("ms", 100, "preview refresh after the typing pause"),
    "scroll_s": Target("s", None, "article list model, top to bottom with fetchMore"),
    "rss_mb": Target("MB", 300, "peak RSS with the 1M workspace open and scrolled"),
    "align_ms": Target("ms", 200, "aligning a 300-paragraph pair"),
    "mention_check_ms": Target("ms", 150, "unlabelled mentions in a 20,000-word article, 1,000-entity registry"),
    "registry_change_s": Target("s", 5, "adding one entity and listing the stored articles it affects"),
    "photo_attach_ms": Target("ms", 1500, "attaching a 24-megapixel JPEG off the GUI thread: strip, "
                                          "renditions, store"),
    "open_photo_p95_ms": Target("ms", 30, "ArticleService.get of articles with a stored photo "
                                          "(the open_p95_ms target)"),
    "spell_article_ms": Target("ms", 300, "spell-checking a 20,000-word Russian article (cold verdict cache)"),
    "keystroke_spell_p99_ms": Target("ms", 16, "key handling in the editor bench's 20,000-word Russian article "
                                               "with spell checking on (squiggles shown)"),
    "spell_false_flag_pct": Target("%", 2, "demo articles' words flagged as misspelt (all are correct)"),
    "spell_missed_typo_pct": Target("%", 5, "single-letter typos of tests/data/spelling not flagged"),
    "sync_push_10k_s": Target("s", 10, "field sync: push 10,000 queued saves to PostgreSQL"),
    "sync_ratio": Target("x", 3, "sync push / the same rows by raw executemany in one transaction"),
}
FIGURES = tuple(TARGETS)

# Which measurement produces which figures.
GROUPS: dict[str, tuple[str, ...]] = {
    "search": ("search_p95_ms", "search_ratio", "count_p95_ms"),
    "open": ("open_p95_ms",),
    "save": ("save_p95_ms_sqlite", "save_p95_ms_pg", "save_ratio"),
    "cold_start": ("cold_start_s",),
    "editor": ("keystroke_p99_ms", "preview_ms"),
    "editor_offline": ("keystroke_offline_p99_ms",),
    "scroll": ("scroll_s", "rss_mb"),
    "align": ("align_ms",),
    "mentions": ("mention_check_ms",),
    "registry": ("registry_change_s",),
    "photo": ("photo_attach_ms", "open_photo_p95_ms"),
    "spell": ("spell_article_ms", "keystroke_spell_p99_ms", "spell_false_flag_pct", "spell_missed_typo_pct"),
    "sync": ("sync_push_10k_s", "sync_ratio"),
}
DB_GROUPS = ("search", "open", "save", "registry", "photo")


def percentile(samples: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100), linear interpolation between closest ranks."""
    if not samples:
        raise ValueError("no samples")
    data = sorted(samples)
    if len(data) == 1:
        return data[0]
    pos = (len(data) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


def summary(samples: Sequence[float], *, digits: int = 2) -> dict:
    return {
        "n": len(samples),
        "median": round(percentile(samples, 50), digits),
        "p95": round(percentile(samples, 95), digits),
        "p99": round(percentile(samples, 99), digits),
        "max": round(max(samples), digits),
    }


@dataclass
class Figure:
    key: str
    value: float | None = None          # the headline number (p95, p99, median: as the key says)
    status: str = OK
    reason: str = ""
    median: float | None = None
    p95: float | None = None
    p99: float | None = None
    details: dict = field(default_factory=dict)

    @property
    def target(self) -> Target:
        return TARGETS[self.key]

    @property
    def met(self) -> bool | None:
        if self.status != OK or self.value is None or self.target.limit is None:
            return None
        return self.value <= self.target.limit

    def as_json(self) -> dict:
        out = {"value": self.value, "unit": self.target.unit, "median": self.median, "p95": self.p95,
               "target": self.target.limit, "met": self.met, "status": self.status}
        if self.p99 is not None:
            out["p99"] = self.p99
        if self.reason:
            out["reason"] = self.reason
        if self.details:
            out["details"] = self.details
        return out


def pending(key: str, reason: str) -> Figure:
    return Figure(key, status=PENDING, reason=reason)


def failed(key: str, reason: str) -> Figure:
    return Figure(key, status=FAILED, reason=reason)


def skipped(key: str, reason: str) -> Figure:
    return Figure(key, status=SKIPPED, reason=reason)


def combine(key: str, per_backend: dict[str, Figure]) -> Figure:
    """One figure over backends: the worst backend's value, each backend's numbers in details."""
    done = {b: f for b, f in per_backend.items() if f.status == OK and f.value is not None}
    if not done:
        reasons = "; ".join(f"{b}: {f.reason}" for b, f in per_backend.items())
        status = next((f.status for f in per_backend.values()), PENDING)
        return Figure(key, status=status, reason=reasons)
    worst_backend = max(done, key=lambda b: done[b].value)
    worst = done[worst_backend]
    details = {b: {"value": f.value, "median": f.median, "p95": f.p95, **({"p99": f.p99} if f.p99 else {}),
                   **f.details} if f.status == OK else {"status": f.status, "reason": f.reason}
               for b, f in per_backend.items()}
    return Figure(key, value=worst.value, median=worst.median, p95=worst.p95, p99=worst.p99,
                  details={"worst": worst_backend, "by_backend": details})
