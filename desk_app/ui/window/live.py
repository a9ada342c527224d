"""Live refresh in the main window, and the connection state in its status bar.

PostgreSQL only (a local SQLite file has no other clients): a
:class:`~desk_app.ui.connection.live.LiveBridge` per shared workspace. An article
notification re-reads that row of the list (and reloads the article when it is
open read-only in the pane); a lock notification refreshes the "being edited by X"
badges; after a lost connection the status bar says "Connection lost —
reconnecting…", and after the re-query "Reconnected — list refreshed". The status
bar shows the connection state (● connected / reconnecting… / offline).

:class:`WindowLive` is owned by :class:`~desk_app.ui.window.shared.SharedController`,
which attaches it to each workspace the window shows and detaches it again.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer

from desk_app.services.profiles import ConnectionProfile
from desk_app.ui.connection.dialog import where_text
from desk_app.ui.connection.live import LiveBridge
from desk_app.ui.i18n import translate
from desk_app.ui.locks import LockBadges
from desk_app.ui.window.context import STATUS_MS
from desk_app.ui.window.shared_context import SharedContext, disconnect_signals

__all__ = ["CHANGES_DEBOUNCE_MS", "MSG_LOST", "MSG_RECONNECTED", "MSG_REFRESHING", "MSG_UNREACHABLE", "WindowLive"]

# English sources, shown through translate("WindowLive", …) in the interface's language
MSG_LOST = QT_TRANSLATE_NOOP("WindowLive", "Connection lost — reconnecting…")
MSG_REFRESHING = QT_TRANSLATE_NOOP("WindowLive", "Reconnected — refreshing the list…")
MSG_RECONNECTED = QT_TRANSLATE_NOOP("WindowLive", "Reconnected — list refreshed")
MSG_UNREACHABLE = QT_TRANSLATE_NOOP("WindowLive", "Live updates cannot reach the server yet; Desk keeps trying — "
                                    "your open text is kept.")


def _shown(message: str) -> str:
    return translate("WindowLive", message)
CHANGES_DEBOUNCE_MS = 120


class WindowLive(QObject):
    """A main window's live listener: what other clients save, shown in the list and the pane."""

    def __init__(self, context: SharedContext, profile: Callable[[], ConnectionProfile | None],
                 parent: QObject | None = None):
        """``profile`` answers the profile of the shared workspace shown (None for a local one)."""
        super().__init__(parent)
        self._ctx = context
        self._window = window = context.window
        self._profile = profile
        self.bridge: LiveBridge | None = None
        self._ws = None                                 # the workspace the bridge belongs to
        self._badges: LockBadges | None = None          # its lock badges
        self._retired: list[LiveBridge] = []            # bridges whose thread had not ended yet
        self._ever_connected = False
        self._awaiting_resync = False
        self._told: dict[str, int] = {}                 # article id -> newer version already mentioned
        self._changed: dict[str, int] = {}              # article notifications not applied yet

        self._changes_timer = QTimer(self)
        self._changes_timer.setSingleShot(True)
        self._changes_timer.setInterval(CHANGES_DEBOUNCE_MS)
        self._changes_timer.timeout.connect(self._apply_changes)
        window.list_panel.model.sig_query_finished.connect(self._query_finished)

    # -- attaching to a workspace -----------------------------------------------------------------
    def attach(self, workspace, badges: LockBadges) -> None:
        """Listen to ``workspace`` when it is shared (its lock notifications go to ``badges``)."""
        self._ws = workspace
        self._badges = badges
        self._told.clear()
        self._ever_connected = False
        self._awaiting_resync = False
        status = self._window.status
        if workspace.info.kind == "shared":
            bridge = LiveBridge(workspace.engine.url)
            bridge.sig_article_changed.connect(self._article_changed)
            bridge.sig_lock_changed.connect(badges.on_lock_changed)
            bridge.sig_resync.connect(self._resync)
            bridge.sig_state_changed.connect(self._live_state)
            self.bridge = bridge
            status.set_connection("connecting", self._where())
            bridge.start()
        else:
            status.set_connection(None)

    def detach(self) -> None:
        """Drop the notifications not applied yet and stop the listener."""
        self._changes_timer.stop()
        self._changed.clear()
        bridge, self.bridge = self.bridge, None
        if bridge is not None:
            disconnect_signals(bridge, "sig_article_changed", "sig_lock_changed", "sig_resync", "sig_state_changed")
            if not bridge.stop():
                self._retired.append(bridge)    # its thread ends by itself; keep the QObject alive till then
        self._ws = None
        self._badges = None

    # -- the connection state ---------------------------------------------------------------------
    def _where(self) -> str:
        profile = self._profile()
        if profile is not None:
            return where_text(profile)
        return self._ws.info.url if self._ws is not None else ""

    def _live_state(self, connected: bool, _message: str) -> None:
        status = self._window.status
        if connected:
            reconnected = self._ever_connected
            self._ever_connected = True
            status.set_connection("connected", self._where())
            if reconnected and self._awaiting_resync:
                status.showMessage(_shown(MSG_REFRESHING))
            elif not reconnected and status.currentMessage() in (_shown(MSG_LOST), _shown(MSG_UNREACHABLE)):
                status.clearMessage()
        elif self._ever_connected:
            status.set_connection("reconnecting", self._where())
            status.showMessage(_shown(MSG_LOST))          # stays until the connection is back
        else:
            status.set_connection("offline", self._where())
            status.showMessage(_shown(MSG_UNREACHABLE), STATUS_MS)

    def _resync(self) -> None:
        """Reconnected: notifications sent meanwhile are lost — re-query the list, badges, open article."""
        self._awaiting_resync = True
        self._window.list_panel.refresh()
        if self._badges is not None:
            self._badges.refresh()
        pane = self._window.pane
        if pane.article_id() and pane.is_read_only() and not pane.is_dirty():
            self._reload_open(pane.article_id())

    def _query_finished(self, *_counts) -> None:
        if self._awaiting_resync:
            self._awaiting_resync = False
            self._window.status.showMessage(_shown(MSG_RECONNECTED), 2 * STATUS_MS)

    # -- what others saved ------------------------------------------------------------------------
    def _article_changed(self, article_id: str, version: int) -> None:
        self._changed[article_id] = max(version, self._changed.get(article_id, 0))
        self._changes_timer.start()

    def _apply_changes(self) -> None:
        changed, self._changed = self._changed, {}
        if not changed:
            return
        model = self._window.list_panel.model
        if any(model.row_of(article_id) is None for article_id in changed):
            model.refresh()                       # a new article, or one not loaded: one re-query
        else:
            for article_id in changed:
                model.refresh_article(article_id)
        for article_id, version in changed.items():
            self._open_article_changed(article_id, version)

    def _open_article_changed(self, article_id: str, version: int) -> None:
        pane = self._window.pane
        if pane.article_id() != article_id or version <= pane.current_data().version:
            return
        if pane.is_read_only() and not pane.is_dirty():
            self._reload_open(article_id)
        elif self._told.get(article_id, 0) < version:
            self._told[article_id] = version
            self._ctx.tell(translate("WindowLive", "Someone else saved a newer version of this article (version "
                                     "{version}); when you save, you compare the two and merge — nothing is lost.")
                           .format(version=version))

    def _reload_open(self, article_id: str) -> None:
        ws = self._ws
        if ws is None:
            return
        self._ctx.tasks.run(lambda _task: ws.articles.get(article_id), key="reload-open-article",
                            on_done=lambda data: self._reloaded(ws, data), on_error=lambda _exc: None)

    def _reloaded(self, ws, data) -> None:
        pane = self._window.pane
        if (ws is not self._ws or pane.article_id() != data.id or pane.is_dirty() or not pane.is_read_only()
                or data.version <= pane.current_data().version):
            return
        pane.load_data(data)
        self._window.list_panel.refresh_article(data.id)
        self._ctx.say(translate("WindowLive", "Updated to version {version}, saved by someone else.").format(
            version=data.version))
