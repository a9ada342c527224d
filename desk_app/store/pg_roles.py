"""The PostgreSQL roles Desk provisions: one group role per newsroom role and the tables' owner.

Named here, apart from provisioning, because the search functions name them too.
"""
from __future__ import annotations

GROUPS = {
    "correspondent": "desk_correspondent",
    "translator": "desk_translator",
    "editor": "desk_editor",
    "admin": "desk_admin",
}
OWNER = "desk_owner"
