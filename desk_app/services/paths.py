"""Where Desk keeps its files on this computer: the user's data directory."""
from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Desk"


def data_dir() -> Path:
    """The user's data directory for Desk (``DESK_DATA_DIR`` overrides it)."""
    override = os.environ.get("DESK_DATA_DIR")
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))
