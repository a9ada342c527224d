"""Running Desk's Alembic migrations from inside the application.

``upgrade(engine)`` brings a database to the newest schema. For a local SQLite
file it first copies the file aside (``NAME.before-REV.sqlite3``, through
SQLite's online backup API so the copy is consistent under WAL) whenever a
migration is about to change it, so an interrupted or faulty upgrade never
costs a user their archive.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from desk_app.domain.errors import DatabaseUnavailable
from desk_app.store.engine import safe_url, sqlite_path

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None
    after: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def _known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def backup_sqlite(path: Path, label: str) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.before-{label}-{stamp}{path.suffix or '.sqlite3'}")
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            # one self-contained file: no -wal/-shm beside the copy
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    return target


def upgrade(engine: Engine, target: str = "head") -> UpgradeResult:
    """Bring the database to ``target``; refuse a database newer than this Desk."""
    try:
        before = current_revision(engine)
    except DBAPIError as exc:
        raise DatabaseUnavailable(
            f"Cannot read the schema version of {safe_url(engine.url)}: {_reason(exc)}."
        ) from None
    head = head_revision()
    if before is not None and before not in _known_revisions():
        raise DatabaseUnavailable(
            f"The database {safe_url(engine.url)} was upgraded by a newer Desk (schema {before}); "
            "install the newer Desk to open it."
        )
    if before == head:
        return UpgradeResult(before, head, None)
    backup = None
    path = sqlite_path(engine.url)
    if path is not None and path.exists() and before is not None:
        backup = backup_sqlite(path, before)
    config = alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, target)
    except DBAPIError as exc:
        hint = f" The file was copied to {backup} first." if backup else ""
        raise DatabaseUnavailable(
            f"Upgrading the schema of {safe_url(engine.url)} failed: {_reason(exc)}.{hint}"
        ) from None
    return UpgradeResult(before, head, backup)


def _reason(exc: DBAPIError) -> str:
    text = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
    return text.rstrip(".")
