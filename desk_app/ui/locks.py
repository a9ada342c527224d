"""Edit locks in the window: keep the open article's lock alive, and badge the article list.

Design notes: docs/architecture.md, “desk_app.ui.locks”.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desk_app.domain.errors import DeskError
from desk_app.services.locks import HEARTBEAT_SECONDS, LockedError, LockInfo, LockLost
from desk_app.ui.i18n import localized, translate
from desk_app.ui.tasks import TaskRunner

BADGE_REFRESH_MS = 15_000
NOTIFY_DEBOUNCE_MS = 150


def _sentence(exc: BaseException) -> str:
    if isinstance(exc, DeskError):
        return localized(exc)
    return translate("EditLockKeeper", "The edit lock could not be checked ({error}); your text is kept — keep "
                     "working and save.").format(error=type(exc).__name__)


class EditLockKeeper(QObject):
    """Takes the lock of the article open in the editor and beats its heartbeat."""

    sig_acquired = Signal(object)
    """The lock is ours (again): a LockInfo."""
    sig_refused = Signal(str, object)
    """Someone else edits the article: the sentence to show and their LockInfo (open it read-only)."""
    sig_lost = Signal(str)
    """Our lock was taken over: the sentence to show. The text stays; saving meets a conflict."""
    sig_failed = Signal(str)
    """The lock could not be taken or renewed for another reason (connection, rights): the sentence."""

    def __init__(self, workspace, tasks: TaskRunner, parent: QObject | None = None, *,
                 heartbeat_ms: int = HEARTBEAT_SECONDS * 1000):
        super().__init__(parent)
        self._ws = workspace
        self._tasks = tasks
        self._target: tuple[str, str] | None = None    # (article id, part) we want to hold
        self._lock: LockInfo | None = None
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setInterval(heartbeat_ms)
        self._timer.timeout.connect(self.beat)

    @property
    def lock(self) -> LockInfo | None:
        """The lock we hold, or None."""
        return self._lock

    @property
    def heartbeat_active(self) -> bool:
        return self._timer.isActive()

    def start(self, article_id: str, part: str = "body") -> None:
        """Start editing ``article_id``: take its lock (any previous one is released first)."""
        if self._target is not None and self._target != (article_id, part):
            self.stop()
        self._target = (article_id, part)
        self._run(lambda ws: ws.locks.acquire(article_id, part))

    def take_over(self) -> None:
        """Take the lock from its holder (editors and admins; the service refuses others)."""
        if self._target is not None:
            article_id, part = self._target
            self._run(lambda ws: ws.locks.take_over(article_id, part))

    def stop(self) -> None:
        """Stop editing: stop the heartbeat and release the lock."""
        self._timer.stop()
        self._generation += 1
        if self._target is not None and self._lock is not None:
            article_id, part = self._target
            ws = self._ws
            self._tasks.run(lambda _t: ws.locks.release(article_id, part), on_error=lambda _e: None)
        self._target = None
        self._lock = None

    def beat(self) -> None:
        """One heartbeat (the timer calls this every 30 s)."""
        if self._target is None or self._lock is None:
            return
        article_id, part = self._target
        self._run(lambda ws: ws.locks.heartbeat(article_id, part), key="lock-heartbeat")

    # -- internals ---------------------------------------------------------------------
    def _run(self, call, key: str | None = None) -> None:
        generation = self._generation
        ws = self._ws

        def done(info: LockInfo) -> None:
            if generation != self._generation:     # the article was closed meanwhile
                self._tasks.run(lambda _t: ws.locks.release(info.article_id, info.part), on_error=lambda _e: None)
                return
            self._lock = info
            if not self._timer.isActive():
                self._timer.start()
            self.sig_acquired.emit(info)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            if isinstance(exc, LockedError):
                self._lock = None
                self._timer.stop()
                self.sig_refused.emit(localized(exc), exc.lock)
            elif isinstance(exc, LockLost):
                self._lock = None
                self._timer.stop()
                self.sig_lost.emit(localized(exc))
            else:            # a dropped connection: keep beating, the lock may still be ours
                self.sig_failed.emit(_sentence(exc))

        self._tasks.run(lambda _t: call(ws), on_done=done, on_error=failed, key=key)


class LockBadges(QObject):
    """A cache of who edits what, for the list's "being edited by X" badge."""

    sig_changed = Signal()
    """The cached holders changed: the list should repaint its badges."""

    def __init__(self, workspace, tasks: TaskRunner, parent: QObject | None = None, *,
                 refresh_ms: int = BADGE_REFRESH_MS):
        super().__init__(parent)
        self._ws = workspace
        self._tasks = tasks
        self._holders: dict[str, LockInfo] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self.refresh)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(NOTIFY_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)

    def start(self) -> None:
        self._timer.start()
        self.refresh()

    def stop(self) -> None:
        self._timer.stop()
        self._debounce.stop()

    def refresh(self) -> None:
        ws = self._ws
        self._tasks.run(lambda _t: ws.locks.holders(), on_done=self._set, on_error=lambda _e: None,
                        key="lock-badges")

    def on_lock_changed(self, _article_id: str = "") -> None:
        """A desk_locks notification: refresh soon (several at once make one query)."""
        self._debounce.start()

    def holder(self, article_id: str) -> LockInfo | None:
        return self._holders.get(article_id)

    def badges_provider(self, row) -> list[str]:
        """Badges for a list row (anything with ``.id``): "being edited by X" when someone else edits it."""
        info = self._holders.get(getattr(row, "id", None))
        if info is None or info.mine:
            return []
        if info.holder_login == self._ws.actor.login:
            return [translate("LockBadges", "being edited by you in another window")]
        return [translate("LockBadges", "being edited by {name}").format(name=info.holder_name)]

    def _set(self, holders: dict[str, LockInfo]) -> None:
        if holders != self._holders:
            self._holders = holders
            self.sig_changed.emit()
