"""How a workspace is named to its user: the file of a local one, else server and database, never a password."""
from __future__ import annotations

from typing import TYPE_CHECKING

from desk_app.store.engine import server_address

if TYPE_CHECKING:
    from desk_app.services.workspace import WorkspaceInfo


def workspace_label(info: WorkspaceInfo) -> tuple[str, str]:
    """(short text, tooltip) for a WorkspaceInfo: the file of a local workspace, else server and database.

    Never a password: ``info.url`` is already safe, and only host, port and database are shown.
    """
    if info.kind == "local" and info.path is not None:
        return f"Local: {info.path.name}", f"Local workspace {info.path}"
    address = server_address(info.url)
    if address is None:
        return "Shared workspace", "Shared workspace"
    host = address.host
    where = f"{host}/{address.database}" if address.database else host
    port = f":{address.port}" if address.port else ""
    tip = f"Shared workspace: database {address.database or '?'} on {host}{port}"
    if address.username:
        tip += f", signed in as {address.username}"
    if address.sslmode:
        tip += f" (TLS: {address.sslmode})"
    return f"Shared: {where}", tip
