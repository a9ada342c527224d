"""The ``desk bench`` subcommand: its arguments and what it does (kept out of desk_app/cli.py).

Importing this module is cheap: the harness is imported only when the command runs.
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path


def add_parser(sub) -> None:
    bench = sub.add_parser("bench", help="measure performance on a generated archive (ignores --db; "
                                         "see docs/performance.md)")
    bench.add_argument("--size", type=int, default=100_000,
                       help="articles in the generated archive (default 100000; the report uses 1000000)")
    bench.add_argument("--only", nargs="+", default=[], metavar="NAME",
                       help="measure only these figures, e.g. search_p95_ms open_p95_ms align_ms")
    bench.add_argument("--json", action="store_true", help="print one JSON object")
    bench.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    bench.add_argument("--seed", type=int, help="corpus seed (default: the one the report uses)")
    bench.add_argument("--pg-url", metavar="URL", default=os.environ.get("DESK_BENCH_PG_URL"),
                       help="PostgreSQL server on which corpus databases are created (default "
                            "DESK_BENCH_PG_URL, else postgresql://postgres@127.0.0.1:5432/postgres)")
    bench.add_argument("--rounds", type=int, default=3, help="repetitions of each search query (default 3)")
    bench.add_argument("--dir", type=Path, metavar="DIR",
                       help="cache of generated SQLite corpora (default DESK_BENCH_DIR, else ~/.cache/desk-bench)")


def run(args: argparse.Namespace) -> int:
    from desk_app.bench import harness
    from desk_app.bench.corpus import DEFAULT_SEED
    from desk_app.domain.errors import InvalidInput

    if args.size < 1:
        raise InvalidInput("--size must be at least 1.")
    only = tuple(name for item in args.only for name in item.split(",") if name)
    try:
        harness.selected_groups(only)
    except ValueError as exc:
        raise InvalidInput(f"{exc}.") from None
    opts = harness.Options(
        size=args.size, seed=args.seed if args.seed is not None else DEFAULT_SEED, only=only,
        backends=("sqlite", "postgresql") if args.backend == "both" else (args.backend,),
        pg_url=args.pg_url, rounds=max(1, args.rounds), directory=args.dir,
    )
    harness.print_result(harness.run(opts), args.json)
    return 0
