"""What a Workspace gives each of its services: the database, the person using it and the clock.

The services depend on this protocol, not on the Workspace that builds them,
so services/workspace.py can import them without an import cycle.
"""
from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Protocol

from desk_app.domain.workflow import Actor
from desk_app.store.unit import DatabaseEngine, Session

Clock = Callable[[], datetime]


class WorkspaceContext(Protocol):
    """The part of a Workspace a service may use."""

    engine: DatabaseEngine
    clock: Clock
    dialect: str
    actor: Actor

    def unit(self) -> AbstractContextManager[Session]:
        """A unit of work: committed when the block ends normally, rolled back otherwise."""
        ...
