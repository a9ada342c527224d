"""What the status bar says about a field workspace, in exactly the words users learn to read."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class SyncView:
    """Everything the status text depends on."""

    queued: int
    attention: int                      # articles that need the user: refused, conflict, notice changed
    reachable: bool | None              # None: not tried yet
    sending: tuple[int, int] | None     # (done, total) while a push runs
    last_sent_at: datetime | None       # this session's last successful send


def status_text(view: SyncView) -> str:
    """"Online", "Offline — 3 queued", "Sending 2 of 3…", "All sent 14:02", "1 needs attention"."""
    if view.attention:
        verb = "needs" if view.attention == 1 else "need"
        return f"{view.attention} {verb} attention"
    if view.sending is not None:
        done, total = view.sending
        return f"Sending {min(done + 1, total)} of {total}…"
    if view.reachable is False:
        return f"Offline — {view.queued} queued" if view.queued else "Offline"
    if view.queued:
        return f"Online — {view.queued} queued"
    if view.last_sent_at is not None:
        return f"All sent {view.last_sent_at.astimezone():%H:%M}"
    return "Online"


def status_colour(view: SyncView) -> str:
    if view.attention:
        return "#b42318"
    if view.reachable is False:
        return "#b7791f"
    return "#1a7f37"
