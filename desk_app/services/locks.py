"""Advisory edit locks: who is editing which part of an article, since when, until when.

Design notes: docs/architecture.md, “desk_app.services.locks”.
"""
from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from desk_app.domain.article import Status
from desk_app.domain.errors import DeskError, InvalidInput, PermissionDenied
from desk_app.domain.messages import translate
from desk_app.domain.workflow import ArticleFacts, Role, can_edit
from desk_app.store.locks import LockRepository, RowSecurityRefused

if TYPE_CHECKING:
    from desk_app.services.context import WorkspaceContext

log = logging.getLogger(__name__)

LOCK_EXPIRY_SECONDS = 90
HEARTBEAT_SECONDS = 30
PARTS = ("body", "meta")
PART_LABELS = {"body": "text", "meta": "details"}
TAKEOVER_ACTION = "lock_takeover"


@dataclass(frozen=True)
class LockInfo:
    article_id: str
    part: str
    holder_login: str
    holder_name: str          # display name (the login when unknown)
    session_id: str
    acquired_at: datetime
    heartbeat_at: datetime
    expires_at: datetime
    taken_over_from: str | None
    mine: bool                # held by this Workspace's session

    def expired(self, now: datetime) -> bool:
        return self.expires_at < now


class LockedError(DeskError):
    """Someone else holds the lock; ``holder`` (login), ``since`` and ``lock`` tell who and when."""

    def __init__(self, message: str, *, lock: LockInfo):
        super().__init__(message)
        self.lock = lock
        self.holder = lock.holder_login
        self.since = lock.acquired_at


class LockLost(DeskError):
    """Our lock is gone (taken over, or released and taken by someone else).

    ``lock`` is the lock that stands now, or None when there is none.
    """

    def __init__(self, message: str, *, lock: LockInfo | None):
        super().__init__(message)
        self.lock = lock


def format_time(moment: datetime, now: datetime, zone: tzinfo | None = None) -> str:
    """"14:02", or "25 Nov 14:02" when it is not the same day (in ``zone``; None: the system's)."""
    local = moment.astimezone(zone) if zone is not None else moment.astimezone()
    today = now.astimezone(zone) if zone is not None else now.astimezone()
    if local.date() == today.date():
        return local.strftime("%H:%M")
    return f"{local.day} {local.strftime('%b %H:%M')}"


class LockService:
    """Edit locks for one Workspace (one session)."""

    def __init__(self, workspace: WorkspaceContext, *, expiry_seconds: float = LOCK_EXPIRY_SECONDS):
        self._ws = workspace
        self.session_id = str(uuid.uuid4())
        self.expiry = timedelta(seconds=expiry_seconds)
        self.zone: tzinfo | None = None   # the zone times are shown in; the UI sets it
        self._names: dict[str, str] = {}  # login -> display name

    # -- taking and keeping ----------------------------------------------------
    def acquire(self, article_id: str, part: str = "body") -> LockInfo:
        """Take the lock, or renew our own; raises LockedError when someone else holds it."""
        _check_part(part)
        for _attempt in range(3):
            try:
                row = self._upsert(article_id, part, only_if_free=True)
            except _RlsRefused:
                row = None
                stored = self._stored_lock(article_id, part)
                if stored is not None and stored.expired(self._ws.clock()):
                    raise PermissionDenied(
                        translate("Errors", "The edit lock {holder_name} left at {since} has expired, but this "
                                            "server lets only its holder or an editor clear it; ask an editor to "
                                            "take it over, or open the article read-only.").format(
                        holder_name=stored.holder_name, since=self.since_text(stored.heartbeat_at))
                    ) from None
            if row is not None:
                return self._info(row)
            current = self.lock(article_id, part)
            if current is not None:
                raise LockedError(self._locked_message(current), lock=current)
            # released between our upsert and the look-up: try again
        current = self.lock(article_id, part)
        raise LockedError(self._locked_message(current), lock=current)  # pragma: no cover

    def heartbeat(self, article_id: str, part: str = "body") -> LockInfo:
        """Push the expiry ahead; raises LockLost when the lock is no longer ours."""
        _check_part(part)
        now = self._ws.clock()
        with self._ws.unit() as s:
            row = LockRepository(s).heartbeat(article_id, part, self.session_id, now=now, expires_at=now + self.expiry)
        if row is not None:
            return self._info(row)
        current = self.lock(article_id, part)
        raise LockLost(self._lost_message(current, part), lock=current)

    def release(self, article_id: str, part: str | None = None) -> int:
        """Give up our lock on ``part`` (None: both parts); returns how many were released."""
        if part is not None:
            _check_part(part)
        with self._ws.unit() as s:
            return LockRepository(s).release(self.session_id, article_id, part)

    def release_all(self) -> int:
        """Give up every lock of this session (closing the window or the workspace)."""
        with self._ws.unit() as s:
            return LockRepository(s).release(self.session_id)

    def take_over(self, article_id: str, part: str = "body") -> LockInfo:
        """Editors and admins: take the lock even from its live holder (recorded; see the module doc)."""
        _check_part(part)
        if self._ws.actor.role not in (Role.EDITOR, Role.ADMIN):
            current = self.lock(article_id, part)
            who = current.holder_name if current is not None else "the holder"
            raise PermissionDenied(
                translate("Errors", "Only an editor can take over an edit lock; ask {who} to close the article, or "
                                    "open it read-only.").format(who=who)
            )
        try:
            return self.acquire(article_id, part)   # free or expired: nothing to take over
        except LockedError as exc:
            previous = exc.lock
        with self._ws.unit() as s:   # one transaction: the history line and the new lock
            locks = LockRepository(s)
            self._record_takeover(locks, previous)
            row = self._run_upsert(locks, article_id, part, only_if_free=False)
        info = self._info(row)
        log.info("lock on %s/%s taken over from %s by %s", article_id, part, previous.holder_login,
                 self._ws.actor.login)
        return info

    # -- looking -----------------------------------------------------------------
    def lock(self, article_id: str, part: str = "body") -> LockInfo | None:
        """The live (unexpired) lock on ``part``, whoever holds it."""
        now = self._ws.clock()
        with self._ws.unit() as s:
            row = LockRepository(s).live(article_id, part, now)
        return self._info(row) if row is not None else None

    def _stored_lock(self, article_id: str, part: str) -> LockInfo | None:
        """The stored lock row, expired or not."""
        with self._ws.unit() as s:
            row = LockRepository(s).stored(article_id, part)
        return self._info(row) if row is not None else None

    def holders(self, article_ids: Iterable[str] | None = None) -> dict[str, LockInfo]:
        """Live locks by article (the body lock when both parts are locked); None: every article."""
        now = self._ws.clock()
        ids = None
        if article_ids is not None:
            ids = list(dict.fromkeys(article_ids))
            if not ids:
                return {}
        with self._ws.unit() as s:
            rows = LockRepository(s).live_on(ids, now)
        out: dict[str, LockInfo] = {}
        for row in sorted(rows, key=lambda r: PARTS.index(r.part), reverse=True):
            out[row.article_id] = self._info(row)   # body (sorted last) wins over meta
        return out

    def since_text(self, moment: datetime) -> str:
        return format_time(moment, self._ws.clock(), self.zone)

    # -- internals ---------------------------------------------------------------
    def _upsert(self, article_id: str, part: str, *, only_if_free: bool):
        with self._ws.unit() as s:
            return self._run_upsert(LockRepository(s), article_id, part, only_if_free=only_if_free)

    def _run_upsert(self, locks: LockRepository, article_id: str, part: str, *, only_if_free: bool):
        """Insert, or replace the stored lock (if free or ours when ``only_if_free``)."""
        now = self._ws.clock()
        try:
            return locks.upsert(article_id, part, holder_login=self._ws.actor.login, session_id=self.session_id,
                                now=now, expires_at=now + self.expiry, only_if_free=only_if_free)
        except RowSecurityRefused:
            raise _RlsRefused() from None

    def _record_takeover(self, locks: LockRepository, previous: LockInfo) -> None:
        """A ``lock_takeover`` revision: no field changes, the version moves on (see the module doc)."""
        article = locks.article(previous.article_id)
        if article is None or not can_edit(self._ws.actor, ArticleFacts(
                Status(article.status), article.author_login, article.translated_from is not None)):
            log.info("takeover of %s recorded in the lock row only", previous.article_id)
            return
        note = (f"Took over the {PART_LABELS[previous.part]} lock from {previous.holder_login} "
                f"(editing since {self.since_text(previous.acquired_at)}).")
        # False when a save raced us: the lock row still records the takeover
        locks.record_takeover(article, now=self._ws.clock(), author=self._ws.actor.login, action=TAKEOVER_ACTION,
                              note=note)

    def _info(self, row) -> LockInfo:
        name = getattr(row, "display_name", None)
        if name:
            self._names[row.holder_login] = name
        else:
            name = self._names.get(row.holder_login) or self._display_name(row.holder_login)
        return LockInfo(
            article_id=row.article_id, part=row.part, holder_login=row.holder_login,
            holder_name=name, session_id=row.session_id,
            acquired_at=row.acquired_at, heartbeat_at=row.heartbeat_at, expires_at=row.expires_at,
            taken_over_from=row.taken_over_from, mine=row.session_id == self.session_id,
        )

    def _display_name(self, login: str) -> str:
        with self._ws.unit() as s:
            name = LockRepository(s).display_name(login)
        self._names[login] = name or login
        return self._names[login]

    def _locked_message(self, lock: LockInfo | None) -> str:
        if lock is None:  # pragma: no cover - only after three lost races in a row
            return translate("Errors", "Someone else is taking this edit lock right now; try again in a moment.")
        since = self.since_text(lock.acquired_at)
        if lock.holder_login == self._ws.actor.login:
            return (translate("Errors", "You are editing this in another window since {since}; switch to that "
                                        "window or close the article there.").format(since=since))
        return (translate("Errors", "Being edited by {holder_name} since {since}; open it read-only or ask them to "
                                    "close it.").format(holder_name=lock.holder_name, since=since))

    def _lost_message(self, lock: LockInfo | None, part: str) -> str:
        if lock is None:
            return (translate("Errors", "Your edit lock on the {part} lapsed and was taken and released by "
                                        "someone else; your text is kept — save it to compare with the stored "
                                        "version.").format(part=PART_LABELS[part]))
        when = self.since_text(lock.acquired_at)
        return (translate("Errors", "{holder_name} took over editing at {when}; your text is kept — save it to "
                                    "compare with theirs.").format(holder_name=lock.holder_name, when=when))


class _RlsRefused(Exception):
    """Internal: row-level security refused the upsert."""


def _check_part(part: str) -> None:
    if part not in PARTS:
        raise InvalidInput(translate("Errors", "“{part}” is not a lockable part; use “body” or “meta”.").format(
            part=part))
