"""Field sync: push the outbox upstream, pull the newsroom's changes back, never lose or double a write.

The rules (../shared/docs/sync.md): client UUIDs; one outbox row per local
write, written in the write's transaction; replay in order through the
person's own login; every op id recorded on the server with the write
(store/sync_pg.py); a moved version is a conflict, never an overwrite;
refusals park as "needs attention" with one sentence and hold back only the
later writes on the same article; network errors are retried with backoff.
"""
from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError, ProgrammingError

from desk_app.domain.errors import DatabaseUnavailable, NotFound
from desk_app.domain.messages import translate
from desk_app.domain.notice import check, fix
from desk_app.domain.photo import PhotoRejected, check_clean
from desk_app.services.field import ALONG, ALONG_NEW, CURSOR, LAST_SENT, upstream_label
from desk_app.store import field_replica, field_upstream, sync_pg
from desk_app.store import media as media_store
from desk_app.store import outbox as outbox_store
from desk_app.store.models import Article, WorkspaceSetting
from desk_app.store.policies import policy_in_force
from desk_app.store.repository import add_revision
from desk_app.store.unit import DatabaseEngine

if TYPE_CHECKING:
    from desk_app.services.field import FieldConnection

BATCH = 500
NOTICE_HOLD = "field.notice_changed"   # JSON list of article ids whose queued text has the old notice
Progress = Callable[[int, int], None]


class Unreachable(DatabaseUnavailable):
    """The upstream server cannot be reached now; everything stays queued."""

    def __init__(self, message: str, reason: str = ""):
        super().__init__(message)
        self.reason = reason


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    needs_attention: int = 0
    queued: int = 0
    notice_changed: int = 0

    def as_json(self) -> dict[str, int]:
        out = asdict(self)
        del out["notice_changed"]
        return out


@dataclass(frozen=True)
class OutboxEntry:
    op_id: str
    article_id: str
    kind: str
    state: str
    attempts: int
    last_error: str
    created_at: datetime
    headline: str

    def as_json(self) -> dict[str, Any]:
        return {"op_id": self.op_id, "article_id": self.article_id, "kind": self.kind, "state": self.state,
                "attempts": self.attempts, "last_error": self.last_error}


@dataclass(frozen=True)
class OutboxStatus:
    queued: int
    sent: int
    conflicts: int
    needs_attention: int
    notice_changed: int
    last_sent_at: datetime | None


@dataclass(frozen=True)
class Attention:
    article_id: str
    headline: str
    kind: str       # needs_attention, conflict, notice_changed
    reason: str     # one sentence


class Backoff:
    """Delays between automatic attempts: doubling up to a cap, with jitter, never a busy loop."""

    def __init__(self, first: float = 2.0, cap: float = 300.0, rng: random.Random | None = None):
        self.first, self.cap, self.failures = first, cap, 0
        self._rng = rng or random.Random()

    def next_delay(self) -> float:
        ceiling = min(self.cap, self.first * (2 ** self.failures))
        self.failures += 1
        return ceiling / 2 + self._rng.uniform(0, ceiling / 2)

    def reset(self) -> None:
        self.failures = 0


def refusal_sentence(sqlstate: str, message: str) -> str:
    """One sentence for a write the server refused for a reason that will not go away by itself."""
    lowered = message.lower()
    if "notice" in lowered:
        return (translate("Errors", "The server refused this text: it lacks the foreign-agent notice the current "
                                    "policy requires; apply the new notice and send again."))
    if sqlstate == "42501":
        return (translate("Errors", "The server does not let you make this change (the article's state or your role "
                                    "does not allow it); ask an editor, then choose Try again."))
    first = message.strip().splitlines()[0] if message.strip() else sqlstate
    return translate("Errors", "The server refused this change ({first}); correct the article and send again.").format(
        first=first.rstrip('.'))


class SyncService:
    def __init__(self, field: FieldConnection, *, batch: int = BATCH):
        self._field = field
        self._ws = field.local
        self._batch = batch
        self._engine: DatabaseEngine | None = None
        self.photos_sent: list[str] = []   # the photos this service sent upstream, in order

    # -- the upstream connection ------------------------------------------------
    def _upstream(self) -> DatabaseEngine:
        if self._engine is None:
            link = self._field.link
            url = link.upstream.set(password=self._field.password) if self._field.password else link.upstream
            self._engine = field_upstream.sync_engine(url)
        return self._engine

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def _unreachable(self, exc: BaseException) -> Unreachable:
        return Unreachable(
            translate("Errors", "Cannot reach {server} ({reason}); everything stays queued and is sent when "
                                "the server is back.").format(
            server=upstream_label(self._field.link.upstream), reason=_first_line(exc)), _first_line(exc)
        )

    # -- the whole round ------------------------------------------------------------
    def sync(self, progress: Progress | None = None, *, batch: int | None = None) -> SyncReport:
        """Policy first, then push, then pull. Raises :class:`Unreachable` when the server is down."""
        report = SyncReport()
        try:
            report.notice_changed = self.pull_policy()
        except Unreachable as exc:
            with self._ws.unit() as s:
                outbox_store.bump_queued(s, f"The server could not be reached ({exc.reason}); "
                                            "it will be tried again.")
            raise
        pushed, conflicts, parked = self.push(progress, batch=batch)
        report.pushed, report.conflicts, report.needs_attention = pushed, conflicts, parked
        report.pulled = self.pull()
        status = self.status()
        report.queued = status.queued
        report.needs_attention = status.needs_attention
        report.notice_changed = status.notice_changed
        return report

    # -- push ---------------------------------------------------------------------------
    def push(self, progress: Progress | None = None, *, batch: int | None = None) -> tuple[int, int, int]:
        """Send every queued operation in order; returns (applied, conflicts, parked)."""
        held = self._held()
        size = batch or self._batch
        with self._ws.unit() as s:
            total = outbox_store.count_queued(s, exclude=held)
        if progress is not None and total:
            progress(0, total)
        done = applied = conflicts = parked = 0
        after_seq = 0
        while True:
            with self._ws.unit() as s:
                ops = outbox_store.queued(s, size, after_seq=after_seq, exclude=held)
                batch = [sync_pg.PushOp(o.op_id, o.article_id, o.kind, o.base_version, o.after_op, o.payload)
                         for o in ops]
            if not batch:
                break
            after_seq = ops[-1].seq
            refused = self._send_photos(batch)
            results: list[dict[str, Any]] = []
            if refused:   # ops naming a refused photo wait for the person; the others go on
                for op in batch:
                    if _photo_of(op) in refused:
                        parked += 1
                        results.append({"b_op": op.op_id, "state": "needs_attention", "attempts": 1,
                                        "last_error": refused[_photo_of(op)]})
                sending = [op for op in batch if _photo_of(op) not in refused]
            else:
                sending = batch
            answers, theirs, their_photos = self._send(sending) if sending else ([], {}, [])
            now = self._ws.clock()
            for op, answer in zip(sending, answers, strict=True):
                if answer.outcome == "applied":
                    applied += 1
                    results.append({"b_op": op.op_id, "state": "sent", "outcome": "applied", "sent_at": now,
                                    "server_version": answer.server_version, "last_error": ""})
                elif answer.outcome == "conflict":
                    conflicts += 1
                    results.append({
                        "b_op": op.op_id, "state": "conflict", "outcome": "conflict", "sent_at": now,
                        "server_version": answer.server_version,
                        "server_snapshot": json.dumps(theirs.get(op.article_id), ensure_ascii=False),
                        "last_error": (f"Someone changed this article on the server (now version "
                                       f"{answer.server_version}) after you wrote this; compare the two "
                                       "texts and choose what to keep.")})
                elif answer.outcome == "refused":
                    parked += 1
                    results.append({"b_op": op.op_id, "state": "needs_attention", "attempts": 1,
                                    "last_error": refusal_sentence(answer.sqlstate, answer.message)})
                else:
                    results.append({"b_op": op.op_id,
                                    "last_error": "Waits for an earlier change to this article that needs "
                                                  "attention."})
            with self._ws.unit() as s:
                for record in their_photos:   # the conflict dialog shows the server's photo, offline too
                    media_store.put(s, record, created_by=None, now=now)
                outbox_store.record_answers(s, results)
                if applied:
                    _set(s, LAST_SENT, now.isoformat())
            done += len(batch)
            if progress is not None:
                progress(min(done, total), total)
        return applied, conflicts, parked

    def _send_photos(self, batch: list[sync_pg.PushOp]) -> dict[str, str]:
        """Send the server the stored photos ``batch`` names that it lacks, each once, before the
        ops (their ``article_photos`` link needs the row); the refused ones, with one sentence each.

        Each photo is its own server transaction, so after a cut only what did not arrive is sent
        again (the server says what it has); a network error leaves everything queued."""
        wanted = sorted({sha for sha in map(_photo_of, batch) if sha})
        refused: dict[str, str] = {}
        if not wanted:
            return refused
        try:
            with self._upstream().connect() as conn:
                lacking = sorted(set(wanted) - sync_pg.media_present(conn, wanted))
            for sha in lacking:
                try:
                    record = self._ws.media.record(sha)
                    check_clean(record.sha256, (record.image, record.web, record.thumb))
                    with self._upstream().begin() as conn:
                        sync_pg.put_media(conn, record, login=self._field.link.login, now=self._ws.clock())
                    self.photos_sent.append(sha)
                except (NotFound, PhotoRejected):
                    refused[sha] = ("The article's stored photo is missing or damaged on this computer, so it "
                                    "could not be sent; attach the photo again, save, and choose Try again.")
                except (OperationalError, InterfaceError):
                    raise
                except DBAPIError as exc:
                    if exc.connection_invalidated:
                        raise
                    refused[sha] = (f"The server refused the article's photo ({_first_line(exc)}); "
                                    "attach it again or ask an editor, then choose Try again.")
        except DBAPIError as exc:
            if not isinstance(exc, OperationalError | InterfaceError) and not exc.connection_invalidated:
                raise DatabaseUnavailable(
                    translate("Errors", "{server} cannot take photos from field sync yet ({reason}); ask an "
                                        "admin to run “desk db upgrade” and “desk db provision”.").format(
                    server=upstream_label(self._field.link.upstream), reason=_first_line(exc))
                ) from None
            self._count_attempt(batch, exc)
            raise self._unreachable(exc) from None
        return refused

    def _send(self, batch: list[sync_pg.PushOp]
              ) -> tuple[list[sync_pg.PushAnswer], dict[str, Any], list[media_store.MediaRecord]]:
        """One upstream transaction: every op in its own subtransaction, pipelined. Also the
        server's texts of the articles in conflict, and the stored photos they name that this
        workspace lacks."""
        try:
            with self._upstream().begin() as conn:
                answers = sync_pg.apply_batch(conn, batch)
                theirs = {op.article_id: sync_pg.server_snapshot(conn, op.article_id)
                          for op, a in zip(batch, answers, strict=True) if a.outcome == "conflict"}
                photos = self._photos_lacking(conn, [t for t in theirs.values() if t])
            return answers, theirs, photos
        except (OperationalError, InterfaceError) as exc:
            self._count_attempt(batch, exc)
            raise self._unreachable(exc) from None
        except ProgrammingError as exc:
            raise DatabaseUnavailable(
                translate("Errors", "{server} cannot take field sync yet ({reason}); ask an admin to run "
                                    "“desk db upgrade” and “desk db provision”.").format(
                server=upstream_label(self._field.link.upstream), reason=_first_line(exc))
            ) from None
        except DBAPIError as exc:
            if exc.connection_invalidated:
                self._count_attempt(batch, exc)
                raise self._unreachable(exc) from None
            raise

    def _count_attempt(self, batch: list[sync_pg.PushOp], exc: BaseException) -> None:
        message = f"The server could not be reached ({_first_line(exc)}); it will be tried again."
        with self._ws.unit() as s:
            for op in batch:
                outbox_store.bump(s, op.op_id, state="queued", last_error=message)

    # -- pull ---------------------------------------------------------------------------
    def pull_policy(self) -> int:
        """Take in newer notice policies; queued articles with the old notice become "notice changed"."""
        with self._ws.unit() as s:
            newest = field_replica.newest_policy_version(s)
        try:
            with self._upstream().connect() as conn:
                policies = sync_pg.policies_since(conn, newest)
        except (OperationalError, InterfaceError) as exc:
            raise self._unreachable(exc) from None
        if not policies:
            return len(self._held())
        with self._ws.unit() as s:
            field_replica.store_policies(s, policies)
            policy = policy_in_force(s, self._ws.clock().date())
            held = set(self._held_in(s))
            if policy is not None:
                for article_id in outbox_store.pending_articles(s):
                    row = s.get(Article, article_id)
                    if row is not None and policy.applies_to(row.language, self._ws.clock().date()) \
                            and not check(policy, row.body).ok:
                        held.add(article_id)
            _set(s, NOTICE_HOLD, json.dumps(sorted(held)))
        return len(held)

    def pull(self) -> int:
        """Take in what changed upstream on the person's own articles; returns how many changed here."""
        with self._ws.unit() as s:
            cursor = int(_get(s, CURSOR) or 0)
            known = field_replica.local_versions(s)
            along, new_along = json.loads(_get(s, ALONG) or "[]"), json.loads(_get(s, ALONG_NEW) or "[]")
        try:
            with field_upstream.snapshot(self._upstream()) as conn:
                pulled, next_cursor = sync_pg.pull_changes(conn, cursor, self._field.link.login, known,
                                                           along=along, new_along=new_along)
                authors = {a.snapshot.get("author_login") for a in pulled} - {None}
                persons = sync_pg.people(conn, sorted(authors)) if authors else []
                photos = self._photos_lacking(conn, [a.snapshot for a in pulled])
        except (OperationalError, InterfaceError) as exc:
            raise self._unreachable(exc) from None
        changed = 0
        with self._ws.unit() as s:
            pending = outbox_store.pending_articles(s)
            for login, role, name in persons:   # the authors of originals taken along
                if login != self._field.link.login:
                    field_replica.ensure_person(s, login, role, name, self._ws.clock())
            for record in photos:   # before the articles: their photo link needs the row
                media_store.put(s, record, created_by=None, now=self._ws.clock())
            s.flush()
            with field_replica.server_rows_as_they_are(s):
                for article in pulled:
                    if article.snapshot["id"] in pending:
                        continue  # local writes not yet accepted: a conflict, if any, shows on their push
                    changed += field_replica.store_pulled(s, article.snapshot, article.revisions)
            _set(s, CURSOR, str(next_cursor))
            _set(s, ALONG_NEW, "[]")
        return changed

    def _photos_lacking(self, conn: Any, snapshots: list[dict[str, Any]]) -> list[media_store.MediaRecord]:
        """The stored photos the server's ``snapshots`` name that this workspace lacks (so the
        preview shows them offline); only the hashes are compared, each photo's bytes come once."""
        named = {str(snap.get("photo_media") or "") for snap in snapshots} - {""}
        lacking = named - self._ws.media.visible(named)
        return sync_pg.media_records(conn, sorted(lacking)) if lacking else []

    def take_along(self, article_ids: list[str]) -> int:
        """Keep these originals (a translator's sources) in the field workspace from the next sync on."""
        with self._ws.unit() as s:
            along = json.loads(_get(s, ALONG) or "[]")
            new = [i for i in article_ids if i not in along]
            _set(s, ALONG, json.dumps(along + new))
            _set(s, ALONG_NEW, json.dumps(json.loads(_get(s, ALONG_NEW) or "[]") + new))
        return len(new)

    # -- what the outbox holds --------------------------------------------------------------
    def status(self) -> OutboxStatus:
        with self._ws.unit() as s:
            counts = outbox_store.counts(s)
            last = _get(s, LAST_SENT)
            held = self._held_in(s)
        return OutboxStatus(
            queued=counts.get("queued", 0), sent=counts.get("sent", 0), conflicts=counts.get("conflict", 0),
            needs_attention=counts.get("needs_attention", 0), notice_changed=len(held),
            last_sent_at=datetime.fromisoformat(last) if last else None,
        )

    def entries(self, *, include_sent: bool = True) -> list[OutboxEntry]:
        with self._ws.unit() as s:
            ops = outbox_store.all_ops(s, include_done=include_sent)
            headlines = outbox_store.headlines(s, {o.article_id for o in ops})
        return [OutboxEntry(o.op_id, o.article_id, o.kind, o.state, o.attempts, o.last_error, o.created_at,
                            headlines.get(o.article_id, "")) for o in ops if o.state != "superseded"]

    def attention(self) -> list[Attention]:
        """One line per article that needs the person: refused, in conflict, or with a changed notice."""
        held = set(self._held())
        out: dict[str, Attention] = {}
        for e in self.entries(include_sent=False):
            if e.state == "conflict" and e.article_id not in out:
                out[e.article_id] = Attention(e.article_id, e.headline, "conflict", e.last_error)
            elif e.state == "needs_attention" and e.article_id not in out:
                out[e.article_id] = Attention(e.article_id, e.headline, "needs_attention", e.last_error)
        with self._ws.unit() as s:
            names = outbox_store.headlines(s, held - set(out))
        for article_id in sorted(held - set(out)):
            out[article_id] = Attention(
                article_id, names.get(article_id, ""), "notice_changed",
                "The notice policy changed while you were offline; this queued text still carries the old "
                "notice — apply the new notice to send it.")
        return list(out.values())

    def attention_articles(self) -> set[str]:
        with self._ws.unit() as s:
            ids = outbox_store.attention_ids(s)
            return ids | set(self._held_in(s))

    def retry(self, article_id: str | None = None) -> int:
        """Put parked operations (of one article, or all) back in the queue; returns how many."""
        with self._ws.unit() as s:
            return outbox_store.requeue(s, article_id)

    # -- notice changed while offline ----------------------------------------------------------
    def _held(self) -> list[str]:
        with self._ws.unit() as s:
            return self._held_in(s)

    @staticmethod
    def _held_in(s: Any) -> list[str]:
        raw = _get(s, NOTICE_HOLD)
        return list(json.loads(raw)) if raw else []

    def notice_changed(self) -> list[str]:
        """Articles whose queued text carries a notice the new policy no longer accepts."""
        return self._held()

    def apply_new_notice(self) -> int:
        """The one explicit action: put the new notice into every held article's queued text.

        Each article gets a ``notice_fix`` revision by the person (queued like any write), and
        its queued, unsent operations carry the new notice too, so none is refused for the old one.
        """
        now = self._ws.clock()
        login = self._ws.actor.login
        with self._ws.unit() as s:
            held = self._held_in(s)
            policy = policy_in_force(s, now.date())
            if policy is None or not held:
                _set(s, NOTICE_HOLD, "[]")
                return 0
            for article_id in held:
                for op in outbox_store.ops_of(s, article_id, ("queued", "needs_attention")):
                    payload = json.loads(op.payload)
                    payload["snapshot"]["body"] = fix(policy, payload["snapshot"]["body"])
                    payload["snapshot"]["policy_version"] = policy.version
                    op.payload = json.dumps(payload, ensure_ascii=False)
                    op.state = "queued"
                row = s.get(Article, article_id)
                if row is None:
                    continue
                row.body = fix(policy, row.body)
                row.policy_version = policy.version
                row.updated_at = now
                s.flush()
                revision = add_revision(s, row, number=row.version, author=login, action="notice_fix",
                                        from_status=row.status,
                                        note=f"New notice (policy version {policy.version}) applied offline",
                                        when=now)
                self._ws.journal(s, revision)
            _set(s, NOTICE_HOLD, "[]")
            return len(held)

    # -- conflicts ----------------------------------------------------------------------------
    def conflict_texts(self, article_id: str) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
        """(base, mine, theirs) snapshots for the three-way conflict dialog."""
        with self._ws.unit() as s:
            ops = outbox_store.ops_of(s, article_id, ("conflict",))
            if not ops:
                raise DatabaseUnavailable(translate("Errors", "This article has no conflict to resolve."))
            first, last = ops[0], outbox_store.ops_of(s, article_id, outbox_store.PENDING)[-1]
            mine = json.loads(last.payload)["snapshot"]
            theirs = json.loads(first.server_snapshot or "null") or {}
            base = outbox_store.revision_snapshot(s, article_id, first.base_version) or {}
        return base, mine, theirs

    def conflict_base_version(self, article_id: str) -> int | None:
        with self._ws.unit() as s:
            ops = outbox_store.ops_of(s, article_id, ("conflict",))
            return ops[0].base_version if ops else None

    def resolve_conflict(self, article_id: str, merged_fields: dict[str, Any]) -> None:
        """Keep ``merged_fields`` on top of the server's version: the server's text becomes the base,
        the merge is a new save queued against it; the conflicting writes stay on record upstream."""
        _, _, theirs = self.conflict_texts(article_id)
        with self._ws.unit() as s:
            ops = outbox_store.ops_of(s, article_id, outbox_store.PENDING)
            outbox_store.set_state(s, [o.op_id for o in ops if o.state == "conflict"], state="sent")
            outbox_store.set_state(s, [o.op_id for o in ops if o.state != "conflict"], state="superseded")
            with field_replica.server_rows_as_they_are(s):
                field_replica.replace_with(s, theirs)
        data = self._ws.articles.get(article_id)
        for name, value in merged_fields.items():
            setattr(data, name, value)
        self._ws.articles.save(data, apply_notice=True, note="Conflict resolved after field sync")


def _get(s: Any, key: str) -> str:
    row = s.get(WorkspaceSetting, key)
    return row.value if row is not None else ""


def _set(s: Any, key: str, value: str) -> None:
    row = s.get(WorkspaceSetting, key)
    if row is None:
        s.add(WorkspaceSetting(key=key, value=value))
    else:
        row.value = value


def _photo_of(op: sync_pg.PushOp) -> str:
    """The stored photo (SHA-256) the op's snapshot names, or ""."""
    return str(json.loads(op.payload)["snapshot"].get("photo_media") or "")


def _first_line(exc: BaseException) -> str:
    raw = str(getattr(exc, "orig", None) or exc).strip()
    line = raw.splitlines()[0] if raw else type(exc).__name__
    return line.rstrip(".")


def default_path(data_dir: Path) -> Path:
    return data_dir / "field.sqlite3"
