"""A unit of work's session, as services see it: they open it and hand it to repositories.

Services annotate with :data:`Session` from here, so that only the store imports SQLAlchemy.
"""
from __future__ import annotations

from sqlalchemy.orm import Session

__all__ = ["Session"]
