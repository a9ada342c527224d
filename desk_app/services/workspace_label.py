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
    Both are translatable ``Message``s (the window shows them with ``localized``).
    """
    if info.kind == "local" and info.path is not None:
        return (translate("WorkspaceLabel", "Local: {name}").format(name=info.path.name),
                translate("WorkspaceLabel", "Local workspace {path}").format(path=str(info.path)))
    address = server_address(info.url)
    if address is None:
        shared = translate("WorkspaceLabel", "Shared workspace")
        return shared, shared
    host = address.host
    where = f"{host}/{address.database}" if address.database else host
    port = f":{address.port}" if address.port else ""
    tip = translate("WorkspaceLabel", "Shared workspace: database {database} on {server}").format(
        database=address.database or "?", server=f"{host}{port}")
    if address.username:
        tip = translate("WorkspaceLabel", "{where}, signed in as {login}").format(where=tip, login=address.username)
    if address.sslmode:
        tip = translate("WorkspaceLabel", "{where} (TLS: {mode})").format(where=tip, mode=address.sslmode)
    return translate("WorkspaceLabel", "Shared: {where}").format(where=where), tip
