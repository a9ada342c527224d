"""How a workspace is named to its user: the file of a local one, else server and database, never a password."""
from __future__ import annotations

from typing import TYPE_CHECKING

from desk_app.domain.messages import translate
from desk_app.store.engine import server_address

if TYPE_CHECKING:
    from desk_app.services.workspace import WorkspaceInfo


def workspace_label(info: WorkspaceInfo) -> tuple[str, str]:
    """(short text, tooltip) for a WorkspaceInfo: the file of a local workspace, else server and database.

    Never a password: ``info.url`` is already safe, and only host, port and database are shown.
    """
    if info.kind == "local" and info.path is not None:
        return (translate("Workspace", "Local: {file}").format(file=info.path.name),
                translate("Workspace", "Local workspace {path}").format(path=info.path))
    address = server_address(info.url)
    if address is None:
        return translate("Workspace", "Shared workspace"), translate("Workspace", "Shared workspace")
    host = address.host
    where = f"{host}/{address.database}" if address.database else host
    port = f":{address.port}" if address.port else ""
    tip: str = translate("Workspace", "Shared workspace: database {database} on {server}").format(
        database=address.database or "?", server=f"{host}{port}")
    if address.username:
        tip = translate("Workspace", "{where}, signed in as {login}").format(where=tip, login=address.username)
    if address.sslmode:
        tip = translate("Workspace", "{where} (TLS: {mode})").format(where=tip, mode=address.sslmode)
    return translate("Workspace", "Shared: {where}").format(where=where), tip
