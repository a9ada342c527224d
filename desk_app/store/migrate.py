"""Running Desk's Alembic migrations from inside the application.

``upgrade(engine)`` brings a database to the newest schema. For a local SQLite
file it first copies the file aside (``NAME.before-REV.sqlite3``, through
SQLite's online backup API so the copy is consistent under WAL) whenever a
migration is about to change it, so an interrupted or faulty upgrade never
costs a user their archive.

Alembic is imported only when there is something to migrate: opening a workspace
that is already at :data:`HEAD` reads ``alembic_version`` with one query and
costs no import of Alembic (about 150 ms of every start on a laptop).
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from desk_app.domain.errors import DatabaseUnavailable
from desk_app.domain.messages import translate
from desk_app.store.engine import safe_url, sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

HEAD = "0018"
"""The newest migration's revision. A test checks it against the scripts (``script_head()``):
a new migration must update it."""


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return HEAD


def script_head() -> str:
    """The head as Alembic reads it from the migration scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("the migration scripts have no head revision")
    return head


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision (None: not a Desk database yet), as Alembic would report it."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) > 1:
        raise DatabaseUnavailable(
            translate("Errors", "The database {database} records several schema versions ({items}); it was not "
                                "upgraded by Desk, ask an admin to repair it.").format(
            database=safe_url(engine.url), items=', '.join(sorted(rows))))
    return rows[0] if rows else None


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None
    after: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def known_revisions() -> set[str]:
    """Every revision of the migration scripts (imports Alembic)."""
    from alembic.script import ScriptDirectory

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
            translate("Errors", "Cannot read the schema version of {database}: {reason}.").format(
            database=safe_url(engine.url), reason=_reason(exc))
        ) from None
    head = head_revision()
    if before == head:
        return UpgradeResult(before, head, None)
    if before is not None and before not in known_revisions():
        raise DatabaseUnavailable(
            translate("Errors", "The database {database} was upgraded by a newer Desk (schema {before}); install "
                                "the newer Desk to open it.").format(database=safe_url(engine.url), before=before)
        )
    backup = None
    path = sqlite_path(engine.url)
    if path is not None and path.exists() and before is not None:
        backup = backup_sqlite(path, before)
    from alembic import command

    config = alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, target)
    except DBAPIError as exc:
        hint = f" The file was copied to {backup} first." if backup else ""
        raise DatabaseUnavailable(
            translate("Errors", "Upgrading the schema of {database} failed: {reason}.{hint}").format(
            database=safe_url(engine.url), reason=_reason(exc), hint=hint)
        ) from None
    return UpgradeResult(before, head, backup)


def _reason(exc: DBAPIError) -> str:
    message = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
    return message.rstrip(".")
