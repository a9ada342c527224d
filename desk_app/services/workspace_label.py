"""How a workspace is named to its user: the file of a local one, else server and database, never a password."""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

if TYPE_CHECKING:
    from desk_app.services.workspace import WorkspaceInfo


def workspace_label(info: WorkspaceInfo) -> tuple[str, str]:
    """(short text, tooltip) for a WorkspaceInfo: the file of a local workspace, else server and database.

    Never a password: ``info.url`` is already safe, and only host, port and database are shown.
    """
    if info.kind == "local" and info.path is not None:
        return f"Local: {info.path.name}", f"Local workspace {info.path}"
    try:
        url = make_url(info.url)
    except ArgumentError:
        return "Shared workspace", "Shared workspace"
    host = url.host or "localhost"
    where = f"{host}/{url.database}" if url.database else host
    port = f":{url.port}" if url.port else ""
    tls = url.query.get("sslmode")
    tip = f"Shared workspace: database {url.database or '?'} on {host}{port}"
    if url.username:
        tip += f", signed in as {url.username}"
    if tls:
        tip += f" (TLS: {tls if isinstance(tls, str) else tls[-1]})"
    return f"Shared: {where}", tip
