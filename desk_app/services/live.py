"""Live refresh: LISTEN/NOTIFY on a connection of its own, in a background thread.

The migrations make PostgreSQL send ``NOTIFY desk_articles 'id:version'``
after every article write and ``NOTIFY desk_locks 'id'`` after every lock
change, on commit. :class:`ChangeListener` keeps one listening connection
(store/pg_listen.py) on both channels and calls back:

* ``on_article(article_id, version)`` and ``on_lock(article_id)`` per notification;
* ``on_state(connected, message)`` when the connection comes and goes;
* ``on_resync()`` after a *re*connection: notifications sent while the
  connection was down are lost for good, so the client must re-query its list
  (and open read-only articles). It is called after LISTEN is in place again,
  so nothing committed after the re-query can be missed.

The callbacks run **in the listener's thread**: the UI hands them to the GUI
thread (Qt signals do that). A callback that raises is logged and the
listener goes on.

A lost connection (``pg_terminate_backend``, a server restart, a network cut
noticed by TCP keepalives or the periodic ping) is retried with a growing
pause (:data:`BACKOFF_SECONDS`); :meth:`ChangeListener.stop` ends the thread
within two seconds. A SQLite workspace has no other clients:
:func:`listener_for` gives it a :class:`NullListener` that does nothing.
The password of the URL is used to connect and never logged.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from desk_app.domain.messages import translate
from desk_app.services.credentials import scrub
from desk_app.store.engine import DatabaseURL, as_url, is_postgres, safe_url
from desk_app.store.pg_listen import ListenConnection, ListenConnectionLost, open_listen_connection

log = logging.getLogger(__name__)

ARTICLES_CHANNEL = "desk_articles"
LOCKS_CHANNEL = "desk_locks"
BACKOFF_SECONDS = (0.2, 0.5, 1.0, 2.0, 5.0, 10.0)
POLL_SECONDS = 0.25        # how often the loop looks at the stop flag
PING_SECONDS = 15.0        # an idle connection is checked this often
STOP_TIMEOUT_SECONDS = 2.0

MSG_CONNECTED = translate("Errors", "Live updates on.")
MSG_LOST = translate("Errors", "Connection to the server lost; reconnecting…")
MSG_RETRYING = translate("Errors", "Cannot reach the server; retrying every few seconds — your open text is kept.")
MSG_RECONNECTED = translate("Errors", "Reconnected — list refreshed.")

ArticleCallback = Callable[[str, int], None]
LockCallback = Callable[[str], None]
StateCallback = Callable[[bool, str], None]


def _nothing(*_args) -> None:
    return None


class NullListener:
    """The listener of a workspace without other clients (SQLite): does nothing."""

    connected = False
    backend_pid = None

    def start(self) -> NullListener:
        return self

    def stop(self, timeout: float = STOP_TIMEOUT_SECONDS) -> bool:
        return True

    @property
    def running(self) -> bool:
        return False


class ChangeListener:
    """LISTENs for article and lock changes in a background thread; see the module doc."""

    def __init__(self, url: DatabaseURL | str, on_article: ArticleCallback = _nothing, on_lock: LockCallback = _nothing,
                 on_state: StateCallback = _nothing, on_resync: Callable[[], None] = _nothing, *,
                 application_name: str = "Desk live", backoff: tuple[float, ...] = BACKOFF_SECONDS,
                 ping_seconds: float = PING_SECONDS):
        self._url = as_url(url)
        self._on_article, self._on_lock = on_article, on_lock
        self._on_state, self._on_resync = on_state, on_resync
        self._application_name = application_name
        self._backoff = backoff
        self._ping_seconds = ping_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.connected = False
        self.backend_pid: int | None = None
        self.where = safe_url(self._url)

    # -- control -----------------------------------------------------------------
    def start(self) -> ChangeListener:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="desk-live", daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float = STOP_TIMEOUT_SECONDS) -> bool:
        """Ask the thread to end and wait for it; True when it ended within ``timeout``."""
        self._stop.set()
        thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- the thread --------------------------------------------------------------
    def _run(self) -> None:
        attempt = 0
        ever_connected = False
        announced_down = False
        while not self._stop.is_set():
            try:
                conn = open_listen_connection(self._url, self._application_name)
            except ListenConnectionLost as exc:
                if attempt == 0 or not announced_down:
                    log.info("live updates: cannot connect to %s (%s)", self.where, self._reason(exc))
                    self._state(False, MSG_LOST if ever_connected else MSG_RETRYING)
                    announced_down = True
                self._pause(attempt)
                attempt += 1
                continue
            try:
                with conn:
                    conn.listen((ARTICLES_CHANNEL, LOCKS_CHANNEL))
                    self.backend_pid, self.connected = conn.backend_pid, True
                    attempt, announced_down = 0, False
                    if ever_connected:
                        log.info("live updates: reconnected to %s", self.where)
                        self._call(self._on_resync)
                        self._state(True, MSG_RECONNECTED)
                    else:
                        log.info("live updates: listening on %s", self.where)
                        self._state(True, MSG_CONNECTED)
                    ever_connected = True
                    self._listen(conn)
            except ListenConnectionLost as exc:
                if self._stop.is_set():
                    break
                log.info("live updates: connection to %s lost (%s)", self.where, self._reason(exc))
                self._state(False, MSG_LOST)
                announced_down = True
                self._pause(0)
                attempt = 1
            finally:
                self.connected = False
        log.debug("live updates: stopped")

    def _listen(self, conn: ListenConnection) -> None:
        last_traffic = time.monotonic()
        while not self._stop.is_set():
            got = False
            for channel, payload in conn.notifications(POLL_SECONDS):
                got = True
                self._dispatch(channel, payload)
                if self._stop.is_set():
                    return
            now = time.monotonic()
            if got:
                last_traffic = now
            elif now - last_traffic >= self._ping_seconds:
                conn.ping()     # raises when the server went away silently
                last_traffic = now

    def _reason(self, exc: BaseException) -> str:
        return scrub(_first_line(exc), self._url.password)

    def _dispatch(self, channel: str, payload: str) -> None:
        if channel == ARTICLES_CHANNEL:
            article_id, _, version = payload.rpartition(":")
            try:
                number = int(version)
            except ValueError:
                log.warning("live updates: unexpected payload on %s: %r", channel, payload[:80])
                return
            self._call(self._on_article, article_id, number)
        elif channel == LOCKS_CHANNEL:
            self._call(self._on_lock, payload)

    def _pause(self, attempt: int) -> None:
        self._stop.wait(self._backoff[min(attempt, len(self._backoff) - 1)])

    def _state(self, connected: bool, message: str) -> None:
        self._call(self._on_state, connected, message)

    def _call(self, callback: Callable, *args) -> None:
        try:
            callback(*args)
        except Exception:
            log.exception("live updates: a callback failed")


def listener_for(url: DatabaseURL | str, on_article: ArticleCallback = _nothing, on_lock: LockCallback = _nothing,
                 on_state: StateCallback = _nothing, on_resync: Callable[[], None] = _nothing,
                 **options) -> ChangeListener | NullListener:
    """A ChangeListener for PostgreSQL, a NullListener for SQLite (not started)."""
    url = as_url(url)
    if not is_postgres(url):
        return NullListener()
    return ChangeListener(url, on_article, on_lock, on_state, on_resync, **options)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
