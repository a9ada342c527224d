"""Writing the benchmark archive into SQLite and PostgreSQL fast, and caching it.

SQLite: the archive is generated into a staging file of plain tables, then
copied in with SQL, journal and syncs off for the load only: the search index
first, in document order, then the rows (triggers stay on, so the notice check
runs on every row), the secondary indexes after the data, and the term
dictionary filled from the index; search documents are numbered in the list's
order. PostgreSQL gets
``COPY`` through psycopg, the secondary indexes built after the data, the
notice compliance checked once over the table, then ``VACUUM ANALYZE``.

Both are cached, keyed by size, seed, schema head and generator version
(:func:`corpus_key`); an archive cached under an older schema is upgraded by
Desk's migrations rather than generated again.
"""
from __future__ import annotations

import multiprocessing
import os
import shutil
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from desk_app.bench.corpus import (
    CHUNK,
    DEFAULT_SEED,
    GENERATOR_VERSION,
    START,
    bench_users,
    chunk_count,
    generate_chunk,
)
from desk_app.store import search_pg
from desk_app.store.search_sqlite import FILL_TERMS, facets, rebuild_sql

ARTICLE_COLUMNS = (
    "id", "language", "headline", "slug", "lede", "body", "byline", "source", "dateline_place",
    "time_zone", "photo", "photo_caption", "photo_credit", "photo_source", "ednote", "status",
    "word_count", "author_login", "translated_from", "translation_id", "policy_version",
    "approved_revision", "approved_by", "approved_at", "created_at", "updated_at", "published_at",
    "version",
)
PG_ARTICLE_COLUMNS = (*ARTICLE_COLUMNS, "search_tags")  # kept by a trigger, which is off for the COPY
REVISION_COLUMNS = ("article_id", "number", "created_at", "author_login", "action", "from_status",
                    "to_status", "note", "snapshot")
USER_COLUMNS = ("login", "display_name", "role", "active", "created_at")


@dataclass
class ChunkRows:
    """One chunk ready for a loader: SQLite parameter tuples, or PostgreSQL COPY text."""

    count: int
    articles: list | bytes
    tags: list | bytes
    revisions: list | bytes
    fts: list


def chunk_rows(seed: int, size: int, index: int, dialect: str) -> ChunkRows:
    """Chunk ``index`` formatted for ``dialect`` (done in the worker, so the writer only writes)."""
    chunk = generate_chunk(seed, size, index, with_search=dialect == "sqlite")
    if dialect == "sqlite":
        return ChunkRows(
            len(chunk),
            [_article_tuple(a.row, _sqlite_time) for a in chunk],
            [(a.id, tag, i) for a in chunk for i, tag in enumerate(a.tags)],
            [_revision_tuple(a.revision, _sqlite_time) for a in chunk],
            [(_doc_id(a.row), a.id, a.fts_headline, a.fts_text,
              facets(a.row["status"], a.row["language"], a.row["author_login"], a.tags)) for a in chunk],
        )
    return ChunkRows(
        len(chunk),
        "".join(_copy_line((*_article_tuple(a.row, _pg_time), _pg_search_tags(a.tags))) for a in chunk).encode(),
        "".join(_copy_line((a.id, tag, i)) for a in chunk for i, tag in enumerate(a.tags)).encode(),
        "".join(_copy_line(_revision_tuple(a.revision, _pg_time)) for a in chunk).encode(),
        [],
    )


def _pg_search_tags(tags) -> str:
    """``articles.search_tags`` (schema 0008) as a PostgreSQL array literal: what its trigger would write."""
    marked = sorted(search_pg.TAG_MARK + t for t in tags)
    return "{" + ",".join('"' + t.replace("\\", "\\\\").replace('"', '\\"') + '"' for t in marked) + "}"


_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def _copy_line(values: tuple) -> str:
    """One line of PostgreSQL's COPY text format."""
    out = []
    for v in values:
        if v is None:
            out.append("\\N")
        elif isinstance(v, str):
            out.append(v.translate(_COPY_ESCAPES))
        else:
            out.append(str(v))
    return "\t".join(out) + "\n"


_EPOCH = datetime(2000, 1, 1, tzinfo=timezone.utc)


def _doc_id(row: dict) -> int:
    """A search document id that sorts like (updated_at, id): microseconds, then the id's first 12 bits.

    The app numbers documents by placing them between neighbours
    (store/search_sqlite.py); a bulk load can compute the same order
    directly. Two articles can share a microsecond and an id prefix:
    ``build_sqlite`` gives the second the next free number, then checks the
    order and renumbers everything if that broke it.
    """
    micros = (row["updated_at"] - _EPOCH) // timedelta(microseconds=1)
    return (micros << 12) | int(row["id"][:3], 16)


def _pg_time(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def iter_chunks(seed: int, size: int, dialect: str, *, workers: int | None = None) -> Iterator[ChunkRows]:
    """All chunks in order, made by ``workers`` processes (0: in this process)."""
    count = chunk_count(size)
    workers = default_workers() if workers is None else workers
    if workers <= 0 or count < 4:
        for i in range(count):
            yield chunk_rows(seed, size, i, dialect)
        return
    ctx = multiprocessing.get_context("spawn" if os.name == "nt" else "fork")
    ahead = 4 * workers   # chunks in flight: workers faster than the writer must not fill the memory
    with ctx.Pool(workers) as pool:
        pending: deque = deque()
        for i in range(count):
            pending.append(pool.apply_async(_chunk_job, ((seed, size, i, dialect),)))
            if len(pending) >= ahead:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


def _chunk_job(args) -> ChunkRows:
    return chunk_rows(*args)


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


# ---------------------------------------------------------------------------------------------
# Cache

def bench_dir() -> Path:
    override = os.environ.get("DESK_BENCH_DIR")
    return Path(override) if override else Path.home() / ".cache" / "desk-bench"


def corpus_key(size: int, seed: int, head: str) -> str:
    return f"n{size}-s{seed}-h{head}-g{GENERATOR_VERSION}"


def sqlite_corpus_path(size: int, seed: int, head: str, directory: Path | None = None) -> Path:
    return (directory or bench_dir()) / f"corpus-{corpus_key(size, seed, head)}.sqlite3"


def pg_database_name(size: int, seed: int, head: str) -> str:
    return f"desk_bench_{corpus_key(size, seed, head)}".replace("-", "_").lower()


@dataclass
class LoadReport:
    backend: str
    location: str
    size: int
    seconds: float
    reused: bool
    upgraded: bool = False   # derived from the corpus of an older schema by the migrations


Progress = Callable[[int, int], None]


# ---------------------------------------------------------------------------------------------
# SQLite

def _sqlite_time(value: datetime | None) -> str | None:
    """SQLAlchemy's SQLite storage format for UTCDateTime (naive UTC, microseconds)."""
    if value is None:
        return None
    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")


_TIME_COLUMNS = {"created_at", "updated_at", "published_at", "approved_at"}


def _article_tuple(row: dict, fmt) -> tuple:
    return tuple(fmt(row[c]) if c in _TIME_COLUMNS else row[c] for c in ARTICLE_COLUMNS)


def _revision_tuple(rev: dict, fmt) -> tuple:
    return tuple(fmt(rev[c]) if c == "created_at" else rev[c] for c in REVISION_COLUMNS)


def ensure_sqlite_corpus(size: int, seed: int = DEFAULT_SEED, *, directory: Path | None = None,
                         progress: Progress | None = None, workers: int | None = None) -> LoadReport:
    """The cached SQLite corpus for (size, seed, schema head), generated when missing."""
    from desk_app.store.migrate import head_revision

    head = head_revision()
    path = sqlite_corpus_path(size, seed, head, directory)
    if path.exists():
        return LoadReport("sqlite", str(path), size, 0.0, True)
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    part = path.with_suffix(".part")
    older = _older_sqlite_corpus(size, seed, head, path.parent)
    if older is not None:
        # the same archive under an older schema: upgrade it as `desk db upgrade` would
        remove_cached(part)
        older.rename(part)
        try:
            _migrate(f"sqlite:///{part}")
        except BaseException:
            remove_cached(part)
            raise
        report_upgrade = True
    else:
        build_sqlite(part, size, seed, progress=progress, workers=workers)
        report_upgrade = False
    part.rename(path)
    return LoadReport("sqlite", str(path), size, time.perf_counter() - started, False, upgraded=report_upgrade)


def _older_sqlite_corpus(size: int, seed: int, head: str, directory: Path) -> Path | None:
    from desk_app.store.migrate import known_revisions

    known = known_revisions() - {head}
    for candidate in sorted(directory.glob(f"corpus-n{size}-s{seed}-h*-g{GENERATOR_VERSION}.sqlite3")):
        revision = candidate.name.split("-h", 1)[1].split("-g", 1)[0]
        if revision in known:
            return candidate
    return None


def _migrate(url: str) -> None:
    """Bring a corpus to the newest schema with Desk's migrations (no backup copy: it is a cache)."""
    from alembic import command

    from desk_app.store.engine import create_desk_engine
    from desk_app.store.migrate import alembic_config

    engine = create_desk_engine(url)
    config = alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    finally:
        engine.dispose()


def build_sqlite(path: Path, size: int, seed: int, *, progress: Progress | None = None,
                 workers: int | None = None) -> None:
    """Migrate a new SQLite file at ``path`` and bulk-load the corpus into it.

    Everything is generated into a staging file first (plain tables), then
    copied in with SQL, the search index first. FTS5 starts a new segment
    whenever a rowid is not above the last one, and documents come in list
    order only roughly, so they go in sorted (fed chunk by chunk the writer
    fell to 260 articles a second).
    """
    staging = Path(f"{path}.staging")
    try:
        _stage(staging, seed, size, progress=progress, workers=workers)
        _fill_from_staging(path, staging, seed)
    finally:
        staging.unlink(missing_ok=True)
    fill_label_facts(f"sqlite:///{path}")


def fill_label_facts(url: str) -> None:
    """Every article's label facts, as migration 0016 and each save compute them (the bulk
    load bypasses the save)."""
    from desk_app.store.engine import create_desk_engine
    from desk_app.store.label_facts import fill

    engine = create_desk_engine(url)
    try:
        with engine.begin() as conn:
            fill(conn)
    finally:
        engine.dispose()


def _fill_from_staging(path: Path, staging: Path, seed: int) -> None:
    """A new database at ``path`` (migrated), filled from a staging file made by :func:`_stage`."""
    for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        extra.unlink(missing_ok=True)
    _migrate(f"sqlite:///{path}")
    fts = sqlite3.connect(str(path), isolation_level=None)
    try:
        fts.execute("PRAGMA journal_mode = OFF")
        fts.execute("PRAGMA synchronous = OFF")
        fts.execute("ATTACH DATABASE ? AS staging", (str(staging),))
        fts.execute("BEGIN")
        fts.execute("INSERT INTO article_fts (rowid, headline, text, facets) "
                    "SELECT rowid, headline, text, facets FROM staging.fts ORDER BY rowid")
        fts.execute("COMMIT")
    finally:
        fts.close()
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        # Secondary indexes are built once after the data (the same SQL the migrations ran).
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name IN ('articles', 'article_tags', 'revisions')").fetchall()
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        created = _sqlite_time(START - timedelta(days=30))
        conn.execute("ATTACH DATABASE ? AS staging", (str(staging),))
        columns = ", ".join(ARTICLE_COLUMNS)
        revision_columns = ", ".join(REVISION_COLUMNS)
        conn.execute("BEGIN")   # triggers on: the notice is checked on every row
        conn.executemany(
            "INSERT INTO users (login, display_name, role, active, created_at) VALUES (?, ?, ?, 1, ?)",
            [(u.login, u.display_ru, u.role, created) for u in bench_users(seed)])
        conn.execute(f"INSERT INTO articles ({columns}) SELECT {columns} FROM staging.articles ORDER BY rowid")
        conn.execute("INSERT INTO article_tags (article_id, tag, position) "
                     "SELECT article_id, tag, position FROM staging.tags ORDER BY rowid")
        conn.execute(f"INSERT INTO revisions ({revision_columns}) "
                     f"SELECT {revision_columns} FROM staging.revisions ORDER BY rowid")
        conn.execute("INSERT INTO search_docs (doc_id, article_id) SELECT rowid, article_id FROM staging.fts")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE staging")
        conn.execute("PRAGMA cache_size = -1000000")   # for sorting the secondary indexes
        for _, sql in indexes:
            conn.execute(sql)
        conn.execute("BEGIN")
        if search_order_broken(conn):
            for sql in rebuild_sql():  # also fills search_terms
                conn.execute(sql)
        else:
            for sql in FILL_TERMS:
                conn.execute(sql)
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def _stage(staging: Path, seed: int, size: int, *, progress: Progress | None, workers: int | None) -> None:
    """Generate the archive into plain tables of a scratch file (no indexes, no triggers)."""
    staging.unlink(missing_ok=True)
    conn = sqlite3.connect(str(staging), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute(f"CREATE TABLE articles ({', '.join(ARTICLE_COLUMNS)})")
        conn.execute("CREATE TABLE tags (article_id, tag, position)")
        conn.execute(f"CREATE TABLE revisions ({', '.join(REVISION_COLUMNS)})")
        conn.execute("CREATE TABLE fts (rowid INTEGER PRIMARY KEY, article_id, headline, text, facets)")
        art_sql = f"INSERT INTO articles VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))})"
        rev_sql = f"INSERT INTO revisions VALUES ({', '.join('?' * len(REVISION_COLUMNS))})"
        done = 0
        used: set[int] = set()
        conn.execute("BEGIN")
        for rows in iter_chunks(seed, size, "sqlite", workers=workers):
            fts = []
            for doc, article_id, headline, text, facet in rows.fts:
                while doc in used:
                    doc += 1
                used.add(doc)
                fts.append((doc, article_id, headline, text, facet))
            conn.executemany(art_sql, rows.articles)
            conn.executemany("INSERT INTO tags VALUES (?, ?, ?)", rows.tags)
            conn.executemany(rev_sql, rows.revisions)
            conn.executemany("INSERT INTO fts VALUES (?, ?, ?, ?, ?)", fts)
            done += rows.count
            if progress:
                progress(done, size)
        conn.execute("COMMIT")
    finally:
        conn.close()


def search_order_broken(conn: sqlite3.Connection) -> bool:
    """Whether any two search documents are numbered against the order of (updated_at, id)."""
    return bool(conn.execute(
        "SELECT count(*) FROM (SELECT d.doc_id, lag(d.doc_id) OVER (ORDER BY a.updated_at, a.id) AS prev "
        "FROM search_docs d JOIN articles a ON a.id = d.article_id) WHERE prev >= doc_id").fetchone()[0])


# ---------------------------------------------------------------------------------------------
# PostgreSQL

def default_pg_admin_url() -> str:
    return os.environ.get("DESK_BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


def _pg_connect(url: str, **kw):
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return psycopg.connect(host=u.host or "127.0.0.1", port=u.port or 5432, user=u.username,
                           password=u.password, dbname=u.database, **kw)


def pg_url_for(admin_url: str, database: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(admin_url).set(database=database).render_as_string(hide_password=False)


_PG_MARKER = "bench.corpus"


def ensure_pg_corpus(size: int, seed: int = DEFAULT_SEED, *, admin_url: str | None = None,
                     progress: Progress | None = None, workers: int | None = None) -> LoadReport:
    """The cached PostgreSQL corpus database, generated when missing or incomplete."""
    from desk_app.store.migrate import head_revision

    admin_url = admin_url or default_pg_admin_url()
    head = head_revision()
    name = pg_database_name(size, seed, head)
    key = corpus_key(size, seed, head)
    with _pg_connect(admin_url, autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
    url = pg_url_for(admin_url, name)
    if exists:
        try:
            with _pg_connect(url) as conn:
                marker = conn.execute("SELECT value FROM workspace_settings WHERE key = %s",
                                      (_PG_MARKER,)).fetchone()
            if marker and marker[0] == key:
                return LoadReport("postgresql", url, size, 0.0, True)
        except Exception:
            pass
    started = time.perf_counter()
    older = _older_pg_corpus(admin_url, size, seed, head)
    with _pg_connect(admin_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if older is not None:
            # the same archive under an older schema: upgrade it as `desk db upgrade` would
            admin.execute(f'ALTER DATABASE "{older}" RENAME TO "{name}"')
        else:
            admin.execute(f'CREATE DATABASE "{name}"')
    _migrate(url)
    if older is None:
        build_pg(url, size, seed, progress=progress, workers=workers)
    with _pg_connect(url, autocommit=True) as conn:
        conn.execute("INSERT INTO workspace_settings (key, value) VALUES (%s, %s) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (_PG_MARKER, key))
        if older is not None:
            # an upgrade that rewrites a table leaves its old rows behind until autovacuum comes
            conn.execute("VACUUM ANALYZE")
    return LoadReport("postgresql", url, size, time.perf_counter() - started, False, upgraded=older is not None)


def _older_pg_corpus(admin_url: str, size: int, seed: int, head: str) -> str | None:
    from desk_app.store.migrate import known_revisions

    names = {pg_database_name(size, seed, r): r for r in known_revisions() - {head}}
    with _pg_connect(admin_url, autocommit=True) as admin:
        found = [r[0] for r in admin.execute("SELECT datname FROM pg_database").fetchall() if r[0] in names]
    for name in found:
        try:
            with _pg_connect(pg_url_for(admin_url, name)) as conn:
                marker = conn.execute("SELECT value FROM workspace_settings WHERE key = %s", (_PG_MARKER,)).fetchone()
            if marker and marker[0] == corpus_key(size, seed, names[name]):
                return name
        except Exception:
            continue
    return None


def build_pg(url: str, size: int, seed: int, *, progress: Progress | None = None,
             workers: int | None = None) -> None:
    """COPY the corpus into a migrated, empty PostgreSQL database; then index, check and analyse it."""
    with _pg_connect(url) as conn:
        conn.execute("SET maintenance_work_mem = '1GB'")
        # Triggers (notice check, NOTIFY, foreign keys) are off for the COPY only; the notice
        # compliance they would have checked is verified over the whole table afterwards.
        conn.execute("SET session_replication_role = replica")
        indexes = conn.execute(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = 'public' "
            "AND i.tablename IN ('articles', 'article_tags', 'revisions') AND NOT EXISTS ("
            "SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)").fetchall()
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        users = bench_users(seed)
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO users (login, display_name, role, active, created_at) VALUES (%s, %s, %s, true, %s)",
                [(u.login, u.display_ru, u.role, START - timedelta(days=30)) for u in users])
        conn.commit()
        done = 0
        for rows in iter_chunks(seed, size, "postgresql", workers=workers):
            with conn.cursor() as cur:
                with cur.copy(f"COPY articles ({', '.join(PG_ARTICLE_COLUMNS)}) FROM STDIN") as copy:
                    copy.write(rows.articles)
                with cur.copy("COPY article_tags (article_id, tag, position) FROM STDIN") as copy:
                    copy.write(rows.tags)
                with cur.copy(f"COPY revisions ({', '.join(REVISION_COLUMNS)}) FROM STDIN") as copy:
                    copy.write(rows.revisions)
            done += rows.count
            if done % 50_000 < CHUNK or done == size:
                conn.commit()
            if progress:
                progress(done, size)
        conn.commit()
        for _, sql in indexes:
            conn.execute(sql)
        if conn.execute("SELECT to_regclass('search_lexemes')").fetchone()[0] is not None:
            conn.execute(search_pg.FILL_LEXEMES)  # its trigger was off for the COPY
        conn.commit()
        bad = conn.execute(
            "SELECT count(*) FROM articles a, notice_policies p WHERE p.version = 1 "
            "AND left(a.body, length(p.paragraph) + 2) <> p.paragraph || E'\\n\\n'").fetchone()[0]
        if bad:
            raise RuntimeError(f"{bad} generated articles lack the notice; the generator is broken")
    fill_label_facts(url)
    with _pg_connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


def remove_cached(path: Path) -> None:
    for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if extra.is_dir():
            shutil.rmtree(extra)
        else:
            extra.unlink(missing_ok=True)
