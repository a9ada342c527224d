"""Schema upgrades of a workspace's database, for ``desk db upgrade``.

A local SQLite file is copied aside by the migrations before they change it.
"""
from __future__ import annotations

from dataclasses import dataclass

from desk_app.services.local import default_url, default_workspace_path
from desk_app.store import migrate
from desk_app.store.engine import create_desk_engine, safe_url
from desk_app.store.unit import probe


@dataclass(frozen=True)
class SchemaUpgrade(migrate.UpgradeResult):
    """What an upgrade did, and of which database; ``url`` is safe to show (no password)."""

    url: str


def upgrade_schema(url: str | None = None) -> SchemaUpgrade:
    """Bring the database at ``url`` (default: the local workspace) to the newest schema."""
    if not url:
        url = default_url()
        default_workspace_path().parent.mkdir(parents=True, exist_ok=True)
    engine = create_desk_engine(url)
    try:
        probe(engine)
        result = migrate.upgrade(engine)
    finally:
        engine.dispose()
    return SchemaUpgrade(url=safe_url(url), before=result.before, after=result.after, backup=result.backup)
