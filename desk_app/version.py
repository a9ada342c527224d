"""What ``desk --version`` reports: the version and the git commit Desk was built from.

A bundle carries ``build_info.json`` (written by packaging/desk.spec at build time); a checkout
asks ``git describe``; an installed wheel knows its version only.
"""
from __future__ import annotations

import json
import subprocess
from importlib import metadata, resources
from pathlib import Path

__all__ = ["build_info", "version_text"]

UNKNOWN = "unknown"


def _baked(package_dir: Path | None) -> dict[str, str]:
    folder = package_dir if package_dir is not None else resources.files("desk_app")
    try:
        text = (folder / "build_info.json").read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, ValueError):
        return {}
    return {k: str(v) for k, v in data.items() if k in ("version", "commit") and v} if isinstance(data, dict) else {}


def _checkout_commit(root: Path) -> str | None:
    """``git describe`` of the checkout Desk runs from, or None when it is not one (or git is absent)."""
    if not (root / ".git").exists():
        return None
    try:
        out = subprocess.run(["git", "-C", str(root), "describe", "--always", "--dirty", "--abbrev=12"],
                             capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return (out.stdout.strip() or None) if out.returncode == 0 else None


def _installed_version() -> str | None:
    try:
        return metadata.version("desk-app")
    except metadata.PackageNotFoundError:
        return None


def build_info(package_dir: Path | None = None) -> dict[str, str]:
    """``{"version": …, "commit": …}``: baked in at build time, else from the checkout and the metadata.

    ``package_dir``: the desk_app folder to look in (default: this one).
    """
    info = _baked(package_dir)
    if "version" not in info:
        info["version"] = _installed_version() or UNKNOWN
    if "commit" not in info:
        root = (package_dir or Path(__file__).resolve().parent).parent
        info["commit"] = _checkout_commit(root) or UNKNOWN
    return info


def version_text() -> str:
    info = build_info()
    return f"desk {info['version']} (commit {info['commit']})"
