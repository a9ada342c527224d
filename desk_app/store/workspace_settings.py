"""Reading and writing the workspace's own settings (the ``workspace_settings`` table)."""
from __future__ import annotations

from sqlalchemy.orm import Session

from desk_app.store.models import WorkspaceSetting


class SettingsRepository:
    """Settings by key, in the session's transaction."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, key: str) -> str | None:
        row = self._s.get(WorkspaceSetting, key)
        return row.value if row is not None else None

    def put(self, key: str, value: str) -> None:
        row = self._s.get(WorkspaceSetting, key)
        if row is None:
            self._s.add(WorkspaceSetting(key=key, value=value))
        else:
            row.value = value
