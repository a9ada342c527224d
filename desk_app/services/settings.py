"""Settings kept in the workspace database, shared by everyone using it."""
from __future__ import annotations

from typing import TYPE_CHECKING

from desk_app.store.workspace_settings import SettingsRepository

if TYPE_CHECKING:
    from desk_app.services.context import WorkspaceContext

DEFAULTS = {
    "agency_name": "24/7 Internet agency ‘Caucasian Knot’",
    "display_zone": "Europe/Moscow",
    "translation_byline": "keep",   # keep the original's byline on a new translation, or "empty"
}


class WorkspaceSettings:
    def __init__(self, workspace: WorkspaceContext):
        self._ws = workspace

    def get(self, key: str) -> str:
        with self._ws.unit() as s:
            value = SettingsRepository(s).get(key)
        return value if value is not None else DEFAULTS.get(key, "")

    def set(self, key: str, value: str) -> None:
        with self._ws.unit() as s:
            SettingsRepository(s).put(key, value)
