"""Where the local workspace lives, and opening it (with demo articles on first start)."""
from __future__ import annotations

from pathlib import Path

from desk_app.services.paths import data_dir
from desk_app.services.workspace import Workspace


def default_workspace_path() -> Path:
    return data_dir() / "workspace.sqlite3"


def default_url() -> str:
    return f"sqlite:///{default_workspace_path()}"


def _field_path(url: str) -> Path | None:
    """The file of ``url`` when it is a field workspace (linked to a shared database), else None."""
    if url.startswith("sqlite:///"):
        path = Path(url[len("sqlite:///"):])
    elif "://" not in url:
        path = Path(url).expanduser()   # a field workspace may be named by its path alone
    else:
        return None
    from desk_app.services.field import is_linked

    return path if is_linked(path) else None


def open_workspace(url: str | None = None, *, seed_demo: bool = True) -> Workspace:
    """Open ``url``, or the local workspace (created, and filled with demo articles, on first use)."""
    if url:
        field = _field_path(url)
        if field is not None:
            from desk_app.services.field_workspace import FieldWorkspace

            return FieldWorkspace.open(field).local   # its writes are queued for upstream
        return Workspace.open(url)
    path = default_workspace_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fresh = not path.exists()
    workspace = Workspace.open(f"sqlite:///{path}")
    if fresh and seed_demo:
        from desk_app.services.demo import seed_demo_articles

        seed_demo_articles(workspace)
    return workspace
