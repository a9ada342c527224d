"""Fixtures of the field sync tests (tests/services/field_helpers.py holds the rest)."""
from __future__ import annotations

import pytest

from tests.services.field_helpers import drop_roles, make_newsroom


@pytest.fixture(scope="module")
def room(pg_server_url, pg_database_factory):
    """A provisioned PostgreSQL database with a correspondent and an editor login, per test module."""
    room = make_newsroom(pg_database_factory)
    yield room
    drop_roles(pg_server_url, room)
