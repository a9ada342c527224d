"""``desk bench``: the figures of the performance issue, each a median and a p95 (p99 for keystrokes).

A figure is measured by one of the ``measures_*`` modules and reported with
its target; where a raw baseline exists (the same query or write as plain
SQL on a plain DB-API connection) it is measured in the same run,
interleaved with the measured call, and the ratio is reported. Figures that
need a part of Desk that is not there yet are reported as ``pending`` with
the reason, never estimated.

Nothing here is part of the test run: the tests only check the plumbing on a
tiny corpus, never a time.
"""
from __future__ import annotations

import json
import os
import platform
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desk_app.bench.figures import (
    DB_GROUPS,
    FIGURES,
    GROUPS,
    OK,
    TARGETS,
    Figure,
    combine,
    pending,
    skipped,
)

# ---------------------------------------------------------------------------------------------
# The machine

def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def machine_info(pg_version: str | None = None) -> dict:
    info = {
        "nproc": os.cpu_count(),
        "cpu": _cpu_model(),
        "ram_gb": _ram_gb(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "postgresql": pg_version,
    }
    try:
        info["load_average"] = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        pass
    try:
        import sqlalchemy

        info["sqlalchemy"] = sqlalchemy.__version__
    except ImportError:
        pass
    try:
        import PySide6

        info["pyside6"] = PySide6.__version__
    except ImportError:
        pass
    return info


# ---------------------------------------------------------------------------------------------
# Running

@dataclass
class Options:
    size: int = 100_000
    seed: int = 20261127   # desk_app.bench.corpus.DEFAULT_SEED
    only: tuple[str, ...] = ()
    backends: tuple[str, ...] = ("sqlite", "postgresql")
    pg_url: str | None = None
    rounds: int = 3
    workers: int | None = None
    directory: Path | None = None


def selected_groups(only: Iterable[str]) -> list[str]:
    only = list(only)
    unknown = [name for name in only if name not in TARGETS and name not in GROUPS]
    if unknown:
        raise ValueError(f"unknown figure {', '.join(unknown)}; choose from {', '.join(FIGURES)}")
    if not only:
        return list(GROUPS)
    return [g for g, keys in GROUPS.items() if g in only or any(k in only for k in keys)]


def log(message: str) -> None:
    print(f"desk bench: {message}", file=sys.stderr, flush=True)


def _progress(label: str) -> Callable[[int, int], None]:
    started = time.perf_counter()
    state = {"last": 0.0}

    def report(done: int, total: int) -> None:
        now = time.perf_counter()
        if now - state["last"] >= 15 or done == total:
            state["last"] = now
            rate = done / max(now - started, 1e-9)
            log(f"{label}: {done:,}/{total:,} articles ({rate:,.0f}/s)")

    return report


def prepare_corpora(opts: Options, backends: Sequence[str]) -> tuple[dict[str, str], dict[str, str], dict]:
    """Generated (or cached) corpora: URLs per backend, reasons for unavailable ones, load reports."""
    from desk_app.bench import load

    urls, unavailable, reports = {}, {}, {}
    seed = opts.seed
    for backend in backends:
        try:
            if backend == "sqlite":
                report = load.ensure_sqlite_corpus(opts.size, seed, directory=opts.directory,
                                                     progress=_progress("generating SQLite corpus"),
                                                     workers=opts.workers)
                urls[backend] = f"sqlite:///{report.location}"
            else:
                report = load.ensure_pg_corpus(opts.size, seed, admin_url=opts.pg_url,
                                                 progress=_progress("generating PostgreSQL corpus"),
                                                 workers=opts.workers)
                urls[backend] = report.location
        except Exception as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            unavailable[backend] = f"{backend} corpus unavailable: {first}"
            log(unavailable[backend])
            continue
        reports[backend] = {"reused": report.reused, "generation_s": round(report.seconds, 1),
                            "upgraded_from_older_schema": report.upgraded, "location": _safe(report.location)}
        how = ("reused" if report.reused else f"upgraded from an older schema in {report.seconds:.0f} s"
               if report.upgraded else f"generated in {report.seconds:.0f} s")
        log(f"{backend} corpus {how}: {_safe(report.location)}")
    return urls, unavailable, reports


def _safe(location: str) -> str:
    from desk_app.store.engine import safe_url

    return safe_url(location) if "://" in location else location


def run(opts: Options) -> dict:
    """Measure the selected figures; the JSON-ready result."""
    groups = selected_groups(opts.only)
    needs_db = [g for g in groups if g in DB_GROUPS]
    backends = list(opts.backends)
    explicit = {k for name in opts.only for k in (GROUPS.get(name) or (name,))}
    db_keys = explicit & {k for g in DB_GROUPS for k in GROUPS[g]}
    if db_keys and db_keys <= {"save_p95_ms_sqlite"}:
        backends = [b for b in backends if b == "sqlite"]
    elif db_keys and db_keys <= {"save_p95_ms_pg"}:
        backends = [b for b in backends if b == "postgresql"]
    needs_sqlite_file = any(g in groups for g in ("cold_start", "scroll"))
    corpus_backends = backends if needs_db else []
    if needs_sqlite_file and "sqlite" not in corpus_backends:
        corpus_backends = ["sqlite", *corpus_backends]
    urls, unavailable, reports = prepare_corpora(opts, corpus_backends)
    figures: dict[str, Figure] = {}
    per_backend: dict[str, dict[str, Figure]] = {}
    pg_version = None

    if needs_db:
        from desk_app.bench import measures_db

        for backend in backends:
            if backend not in urls:
                for g in needs_db:
                    for key in GROUPS[g]:
                        per_backend.setdefault(key, {})[backend] = pending(key, unavailable[backend])
                continue
            log(f"measuring {', '.join(needs_db)} on {backend}")
            result = measures_db.measure(urls[backend], backend, needs_db, rounds=opts.rounds,
                                         seed=opts.seed)
            pg_version = result.pop("_pg_version", None) or pg_version
            for key, fig in result.items():
                per_backend.setdefault(key, {})[backend] = fig
        for key, by_backend in per_backend.items():
            if key in ("save_p95_ms_sqlite", "save_p95_ms_pg"):
                backend = "sqlite" if key.endswith("sqlite") else "postgresql"
                fig = by_backend.get(backend)
                figures[key] = fig if fig is not None else skipped(key, f"{backend} not selected (--backend)")
            else:
                figures[key] = combine(key, by_backend)
    if "cold_start" in groups or "editor" in groups or "scroll" in groups:
        from desk_app.bench import measures_ui

        sqlite_url = urls.get("sqlite")
        if "cold_start" in groups:
            log("measuring cold start")
            figures["cold_start_s"] = measures_ui.cold_start(sqlite_url, opts.size, unavailable.get("sqlite"))
        if "editor" in groups:
            log("measuring keystrokes and preview")
            figures.update(measures_ui.editor_figures())
        if "scroll" in groups:
            log("measuring scrolling and memory")
            figures.update(measures_ui.scroll_figures(sqlite_url, unavailable.get("sqlite")))
    if "editor_offline" in groups:
        from desk_app.bench import measures_offline

        log("measuring keystrokes while the field workspace's server hangs")
        figures["keystroke_offline_p99_ms"] = measures_offline.offline_figure()
    if "align" in groups:
        from desk_app.bench import measures_align

        log("measuring alignment")
        figures["align_ms"] = measures_align.align_figure(seed=opts.seed)
    if "mentions" in groups:
        from desk_app.bench import measures_mentions

        log("measuring the mention check")
        figures["mention_check_ms"] = measures_mentions.check_figure(opts.seed)

    if "spell" in groups:
        from desk_app.bench import measures_spell

        log("measuring spell checking")
        figures["spell_article_ms"] = measures_spell.spell_article_figure()
        typed = figures.get("keystroke_p99_ms")
        if typed is None:
            from desk_app.bench import measures_ui

            log("measuring keystrokes with spell checking on")
            typed = measures_ui.editor_figures()["keystroke_p99_ms"]
        figures["keystroke_spell_p99_ms"] = measures_spell.keystroke_spell_figure(typed)
        figures.update(measures_spell.quality_figures())
    if "sync" in groups:
        from desk_app.bench import load, measures_sync

        log("measuring field sync (10,000 queued saves)")
        figures.update(measures_sync.sync_figures(opts.pg_url or load.default_pg_admin_url()))

    wanted_keys = [k for k in FIGURES if any(k in GROUPS[g] for g in groups)]
    if opts.only:
        wanted_keys = [k for k in wanted_keys if k in explicit]
    out: dict = {"size": opts.size, "machine": machine_info(pg_version), "corpus": reports}
    for key in wanted_keys:
        out[key] = (figures.get(key) or pending(key, "not measured")).as_json()
    return out


# ---------------------------------------------------------------------------------------------
# Printing

def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "x":
        return f"{value:.2f}×"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "%":
        return f"{value:.2f} %"
    return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"


def as_table(result: dict) -> str:
    rows = [("figure", "median", "p95", "p99", "target", "met")]
    for key in FIGURES:
        if key not in result:
            continue
        fig = result[key]
        unit = fig["unit"]
        if fig["status"] != OK:
            rows.append((key, fig["status"], "", "", _target(fig), fig.get("reason", "")[:90]))
            continue
        met = "-" if fig["met"] is None else ("yes" if fig["met"] else "NO")
        rows.append((key, _fmt(fig["median"], unit), _fmt(fig["p95"], unit),
                     _fmt(fig.get("p99"), unit), _target(fig), met))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r[:-1], widths, strict=False)) + "  " + r[-1] for r in rows]
    m = result["machine"]
    lines.append("")
    lines.append(f"{result['size']:,} articles · {m['nproc']} × {m['cpu']} · {m['ram_gb']} GB · "
                 f"SQLite {m['sqlite']}" + (f" · {m['postgresql']}" if m.get("postgresql") else "")
                 + (f" · load {m['load_average']}" if m.get("load_average") else ""))
    return "\n".join(lines)


def _target(fig: dict) -> str:
    if fig["target"] is None:
        return "-"
    return "≤ " + _fmt(fig["target"], fig["unit"])


def print_result(result: dict, as_json: bool) -> None:
    if as_json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(as_table(result))
