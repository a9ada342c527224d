"""Edit locks in the main window: the open article's lock, "being edited by X" badges, and Take over.

Design notes: docs/architecture.md, “desk_app.ui.window.locks”.
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from desk_app.domain.workflow import Role
from desk_app.ui.article_list.columns import zone_or_default
from desk_app.ui.i18n import translate
from desk_app.ui.locks import EditLockKeeper, LockBadges
from desk_app.ui.settings import Options
from desk_app.ui.widgets.dialogs import take_over_label
from desk_app.ui.window.shared_context import SharedContext, disconnect_signals

__all__ = ["WindowLocks"]

class WindowLocks(QObject):
    """The edit lock of the article in a main window's pane, the list's lock badges and taking a lock over."""

    def __init__(self, context: SharedContext, parent: QObject | None = None):
        super().__init__(parent)
        self._ctx = context
        self._window = window = context.window
        self.keeper: EditLockKeeper | None = None
        self.badges: LockBadges | None = None
        self._ws = None                                 # the workspace the keeper and badges belong to
        self._locked_out = None                         # LockInfo: the open article is someone else's
        window.add_badges_provider(self._lock_badges)
        pane = window.pane
        pane.sig_article_opened.connect(self._article_opened)
        pane.sig_article_saved.connect(self._article_saved)
        if hasattr(pane, "sig_banner_action"):
            pane.sig_banner_action.connect(self.take_over)

    # -- attaching to a workspace -----------------------------------------------------------------
    def attach(self, workspace) -> None:
        """Keep the locks of ``workspace`` and badge the list with its holders."""
        self._ws = workspace
        self._locked_out = None
        workspace.locks.zone = zone_or_default(self._ctx.settings.get(Options.display_zone))
        keeper = EditLockKeeper(workspace, self._ctx.tasks)
        keeper.sig_acquired.connect(self._acquired)
        keeper.sig_refused.connect(self._refused)
        keeper.sig_lost.connect(self._lost)
        keeper.sig_failed.connect(self._ctx.say)
        self.keeper = keeper
        badges = LockBadges(workspace, self._ctx.tasks)
        badges.sig_changed.connect(self._badges_changed)
        self.badges = badges
        badges.start()

    def detach(self) -> None:
        """Release the lock (through the TaskRunner) and stop the heartbeat and the badges."""
        keeper, self.keeper = self.keeper, None
        if keeper is not None:
            disconnect_signals(keeper, "sig_acquired", "sig_refused", "sig_lost", "sig_failed")
            keeper.stop()               # releases the lock through the TaskRunner
        badges, self.badges = self.badges, None
        if badges is not None:
            disconnect_signals(badges, "sig_changed")
            badges.stop()
        self._locked_out = None
        self._ws = None

    # -- the open article -------------------------------------------------------------------------------
    def _lock_badges(self, row) -> list[str]:
        return self.badges.badges_provider(row) if self.badges is not None else []

    def _article_opened(self, article_id: str) -> None:
        keeper, pane = self.keeper, self._window.pane
        if keeper is None:
            return
        if not article_id or pane.current_data().version == 0:   # a new article: nothing stored to lock
            self._locked_out = None
            keeper.stop()
            return
        if self._locked_out is not None and self._locked_out.article_id == article_id:
            self._show_locked_out(self._locked_out)   # reloaded while someone else edits it
            keeper.start(article_id)                  # and look again
            return
        self._locked_out = None
        if pane.is_read_only():                       # the workflow says read-only: nobody edits it here
            keeper.stop()
            return
        keeper.start(article_id)

    def _article_saved(self, article_id: str) -> None:
        keeper = self.keeper
        if keeper is not None and self._locked_out is None and (keeper.lock is None
                                                                 or keeper.lock.article_id != article_id):
            if not self._window.pane.is_read_only():
                keeper.start(article_id)              # a new article's first save, or a new copy

    def _acquired(self, info) -> None:
        locked_out = self._locked_out
        if locked_out is None or locked_out.article_id != info.article_id:
            return
        self._locked_out = None
        ws = self._ws
        if info.taken_over_from:
            self._ctx.say(translate("WindowLocks", "You took over editing from {name}; the takeover is in the "
                                    "article's history.").format(name=locked_out.holder_name))
        else:
            self._ctx.say(translate("WindowLocks", "{name} closed the article; you can edit it now.").format(
                name=locked_out.holder_name))
        # the takeover moved the version on, and they may have saved: edit the stored version
        self._ctx.tasks.run(lambda _task: ws.articles.get(info.article_id), key="reload-open-article",
                            on_done=lambda data: self._editable(ws, data), on_error=lambda _exc: None)

    def _editable(self, ws, data) -> None:
        pane = self._window.pane
        if ws is self._ws and pane.article_id() == data.id and not pane.is_dirty():
            pane.load_data(data)
            self._window.list_panel.refresh_article(data.id)

    def _refused(self, _message: str, lock) -> None:
        pane = self._window.pane
        if lock is None or pane.article_id() != lock.article_id:
            return
        if pane.is_dirty():      # typed before the answer came: the text stays editable
            self._ctx.tell(translate("WindowLocks", "{name} is editing this article too (since {since}); when you "
                                     "save, you compare the two and merge — nothing is lost.").format(
                name=lock.holder_name, since=self._ws.locks.since_text(lock.acquired_at)))
            return
        self._locked_out = lock
        self._show_locked_out(lock)
        if self.badges is not None:
            self.badges.refresh()

    # -- someone else's lock --------------------------------------------------------------------------
    def _may_take_over(self) -> bool:
        return self._ws is not None and self._ws.actor.role in (Role.EDITOR, Role.ADMIN)

    def banner_text(self, lock) -> str:
        """The pane's read-only banner while ``lock`` (someone else's) holds the open article."""
        since = self._ws.locks.since_text(lock.acquired_at)
        if lock.holder_login == self._ws.actor.login:
            return translate("WindowLocks", "You are editing this article in another window since {since}; close "
                             "it there to edit it here.").format(since=since)
        text = translate("WindowLocks", "Being edited by {name} since {since}; their saves appear here as they make "
                         "them.").format(name=lock.holder_name, since=since)
        if self._may_take_over():
            return text + " " + translate("WindowLocks", "Take over to edit it now — they keep their text and merge "
                                          "it when they next save.")
        return text + " " + translate("WindowLocks", "It becomes editable when they close it.")

    def _show_locked_out(self, lock) -> None:
        pane = self._window.pane
        pane.set_read_only(True, self.banner_text(lock))
        if hasattr(pane, "set_banner_action"):
            pane.set_banner_action(take_over_label() if self._may_take_over() else "")

    def take_over(self) -> None:
        """An editor's "Take over": ask, then take the lock (recorded; the holder meets a conflict)."""
        lock, keeper = self._locked_out, self.keeper
        if lock is None or keeper is None or not self._may_take_over():
            return
        since = self._ws.locks.since_text(lock.acquired_at)
        if not self._ctx.prompts.confirm_take_over(self._window, lock.holder_name, since):
            return
        keeper.take_over()

    def _lost(self, message: str) -> None:
        self._ctx.tell(message)
        if self.badges is not None:
            self.badges.refresh()

    def _badges_changed(self) -> None:
        self._window.list_panel.model.invalidate_badges()
        keeper, badges, pane = self.keeper, self.badges, self._window.pane
        article_id = pane.article_id()
        if keeper is None or badges is None or not article_id:
            return
        holder = badges.holder(article_id)
        mine = keeper.lock
        if mine is not None and mine.article_id == article_id and holder is not None and not holder.mine:
            keeper.beat()                      # someone took it over: the heartbeat finds out and says so
        elif self._locked_out is not None and self._locked_out.article_id == article_id:
            if holder is None:
                keeper.start(article_id)       # they closed it: take it and edit
            elif holder.session_id != self._locked_out.session_id:
                self._locked_out = holder      # someone else holds it now
                self._show_locked_out(holder)
