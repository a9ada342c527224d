"""The crash recovery journal: snapshots of unsaved articles, written atomically.

While an article has unsaved changes the pane writes a snapshot every few
seconds; a successful save or an explicit discard removes it. Whatever is left
when Desk starts again was left by a crash (or a kill), and ``pending()`` lists
it so that the main window can offer to restore it.

One file per editing session and article: ``<article id>.<session>.json``. A
session is one :class:`RecoveryJournal` object (one running Desk), so a
restored snapshot and the new one written for it never share a file, and two
Desk windows never overwrite each other's snapshots. ``pending()`` leaves out
the files of this session and of other Desk processes that are still running.

Pure Python (no Qt): the writes may run on a worker thread.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from desk_app.domain.article import ArticleData

__all__ = ["FORMAT", "Recovered", "RecoveryJournal", "default_directory"]

FORMAT = 1
_NAME = re.compile(r"^(?P<article>[A-Za-z0-9_-]{1,80})\.(?P<session>[a-f0-9]{12})\.json$")


def default_directory() -> Path:
    """``<Desk data dir>/recovery`` (``DESK_DATA_DIR`` moves it, as it moves the workspace)."""
    from desk_app.services.paths import data_dir

    return data_dir() / "recovery"


@dataclass(frozen=True)
class Recovered:
    """A snapshot left behind by a session that ended without saving."""

    path: Path
    workspace_url: str
    article_id: str
    base_version: int       # the stored version the edits started from (0: never saved)
    saved_at: datetime      # when the snapshot was written (UTC)
    data: ArticleData

    @property
    def headline(self) -> str:
        return self.data.headline


class RecoveryJournal:
    """Snapshots of unsaved articles in ``directory``; safe to call from several threads."""

    def __init__(self, directory: Path | None = None):
        self.directory = Path(directory) if directory is not None else default_directory()
        self.session = uuid.uuid4().hex[:12]
        self._lock = threading.Lock()
        self._last_seq: dict[str, int] = {}

    # -- writing -------------------------------------------------------------
    def path_for(self, article_id: str) -> Path:
        return self.directory / f"{_safe_id(article_id)}.{self.session}.json"

    def write(self, data: ArticleData, *, workspace_url: str, base_version: int, seq: int = 0) -> Path | None:
        """Write (or replace) this session's snapshot of ``data``.

        ``seq`` orders snapshots taken of the same article: a write older than the
        last one written is skipped (returns None), so a slow worker thread can never
        put an older text back. The file is written to a temporary name, flushed
        and fsynced, then renamed over the old one: a crash leaves either the old
        snapshot or the new one, never half of one.
        """
        record = {
            "format": FORMAT,
            "workspace_url": workspace_url,
            "article_id": data.id,
            "base_version": int(base_version),
            "saved_at": datetime.now(timezone.utc).isoformat(),
            "pid": os.getpid(),
            "session": self.session,
            "data": data.snapshot(),
        }
        payload = json.dumps(record, ensure_ascii=False).encode("utf-8")
        target = self.path_for(data.id)
        with self._lock:
            if seq and seq < self._last_seq.get(data.id, 0):
                return None
            self.directory.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".snapshot-", suffix=".tmp", dir=self.directory)
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(payload)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, target)
            except BaseException:
                _unlink(Path(tmp))
                raise
            _fsync_dir(self.directory)
            if seq:
                self._last_seq[data.id] = seq
        return target

    def remove(self, article_id: str, *, seq: int = 0) -> None:
        """Remove this session's snapshot of the article (after a save or a discard).

        ``seq`` (the last snapshot number handed out) also stops any older write
        still queued on a worker from bringing the snapshot back.
        """
        with self._lock:
            if seq:
                self._last_seq[article_id] = max(seq + 1, self._last_seq.get(article_id, 0))
            _unlink(self.path_for(article_id))

    # -- after a crash -------------------------------------------------------
    def pending(self) -> list[Recovered]:
        """Snapshots left by sessions that are over, newest first.

        Leaves out this session's own files and those of a Desk that is still
        running; damaged files are skipped (and left in place for inspection).
        """
        if not self.directory.is_dir():
            return []
        found: list[Recovered] = []
        for path in self.directory.glob("*.json"):
            match = _NAME.match(path.name)
            if match is None or match.group("session") == self.session:
                continue
            entry = _read(path)
            if entry is None:
                continue
            pid = entry[1]
            if pid != os.getpid() and _process_alive(pid):
                continue
            found.append(entry[0])
        found.sort(key=lambda r: r.saved_at, reverse=True)
        return found

    def discard(self, entry: Recovered) -> None:
        """Delete a snapshot the user restored or declined."""
        with self._lock:
            _unlink(entry.path)

    def keep_copy(self, data: ArticleData, *, workspace_url: str, reason: str) -> Path:
        """A copy of text the user chose not to save (e.g. "take theirs" in a conflict).

        Kept in ``kept/`` beside the snapshots, never listed by :meth:`pending`.
        """
        folder = self.directory / "kept"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
        target = folder / f"{_safe_id(data.id)}.{stamp}.{reason}.json"
        record = {"format": FORMAT, "workspace_url": workspace_url, "reason": reason,
                  "saved_at": datetime.now(timezone.utc).isoformat(), "data": data.snapshot()}
        fd, tmp = tempfile.mkstemp(prefix=".kept-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        return target


def _safe_id(article_id: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9_-]", "_", article_id)[:80]
    return cleaned or "article"


def _read(path: Path) -> tuple[Recovered, int] | None:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("format") != FORMAT:
            return None
        data = ArticleData.from_snapshot(record["data"])
        saved_at = datetime.fromisoformat(record["saved_at"])
        entry = Recovered(path=path, workspace_url=str(record["workspace_url"]),
                          article_id=str(record["article_id"]), base_version=int(record["base_version"]),
                          saved_at=saved_at, data=data)
        return entry, int(record.get("pid") or 0)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _process_alive(pid: int) -> bool:
    if pid <= 0 or os.name != "posix":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where directories cannot be opened."""
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
