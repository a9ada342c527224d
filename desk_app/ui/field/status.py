"""What the status bar says about a field workspace, in exactly the words users learn to read."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desk_app.ui.i18n import translate


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
        count = view.attention        # lupdate reads a plain name as the count only
        if count == 1:
            return translate("FieldStatus", "%n needs attention", None, count)
        return translate("FieldStatus", "%n need attention", None, count)
    if view.sending is not None:
        done, total = view.sending
        return translate("FieldStatus", "Sending {done} of {total}…").format(done=min(done + 1, total), total=total)
    if view.reachable is False:
        return (translate("FieldStatus", "Offline — {count} queued").format(count=view.queued) if view.queued
                else translate("FieldStatus", "Offline"))
    if view.queued:
        return translate("FieldStatus", "Online — {count} queued").format(count=view.queued)
    if view.last_sent_at is not None:
        return translate("FieldStatus", "All sent {time}").format(time=f"{view.last_sent_at.astimezone():%H:%M}")
    return translate("FieldStatus", "Online")


def status_colour(view: SyncView) -> str:
    if view.attention:
        return "#b42318"
    if view.reachable is False:
        return "#b7791f"
    return "#1a7f37"
