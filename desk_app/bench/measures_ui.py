"""UI figures (placeholder while the widgets land)."""
from __future__ import annotations

from desk_app.bench.harness import Figure, pending


def cold_start(url, size, unavailable) -> Figure:
    return pending("cold_start_s", "not implemented yet")


def editor_figures() -> dict[str, Figure]:
    return {k: pending(k, "not implemented yet") for k in ("keystroke_p99_ms", "preview_ms")}


def scroll_figures(url, unavailable) -> dict[str, Figure]:
    return {k: pending(k, "not implemented yet") for k in ("scroll_s", "rss_mb")}
