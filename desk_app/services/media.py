"""Photo use cases: attach a file, read renditions, move photos between databases, prune orphans.

Attaching reads the file (a regular file only: ``os.stat`` first, so a FIFO or a device is
never opened), strips it (``domain/photo.py``) and stores it in its own transaction; the
article then names it by its SHA-256 in ``ArticleData.photo_media`` and the next save links
it. A failure anywhere stores nothing. A photo attached but never saved with an article is
an orphan that :meth:`MediaService.prune` removes after a grace period.

For the offline outbox: an operation carries only the hash (``ArticleData.photo_media``, in
the snapshot like every field). Before replaying, the client calls
``local.media.send_missing(server.media, hashes_of_the_queued_ops)``: the server says which
hashes it lacks (:meth:`MediaService.missing`), and only those records travel, once each
(:meth:`MediaService.record` here, :meth:`MediaService.accept` there: idempotent, and the
server checks that the bytes match the address and carry no metadata). Then the article
operations, whose photo link the server's foreign key accepts.
"""
from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.domain import photo as photos
from desk_app.domain.errors import DeskError, InvalidInput, NotFound, PermissionDenied
from desk_app.domain.files import OPEN_FLAGS, read_capped
from desk_app.domain.messages import translate
from desk_app.domain.workflow import Role
from desk_app.store import media as store
from desk_app.store.media import MediaRecord

if TYPE_CHECKING:
    from desk_app.services.articles import ArticleService
    from desk_app.services.context import WorkspaceContext

__all__ = ["AdoptOutcome", "AttachedPhoto", "ListThumbnails", "MediaRecord", "MediaService", "PruneReport",
           "local_photo_path", "read_photo_file"]

PRUNE_GRACE = timedelta(days=1)
"""A photo attached less than this long ago may belong to an article still being edited."""


@dataclass(frozen=True)
class AttachedPhoto:
    sha256: str
    width: int
    height: int
    thumb: photos.Rendition
    message: str        # "Location data removed." or what else was found
    stored: bool        # False: this photo was already in the database


@dataclass(frozen=True)
class ListThumbnails:
    photos: dict[str, str]     # article id -> SHA-256 of its stored photo ("" for none)
    thumbs: dict[str, bytes]   # SHA-256 -> thumbnail bytes (JPEG or PNG, long edge THUMB_EDGE)


@dataclass(frozen=True)
class AdoptOutcome:
    article_id: str
    path: str
    sha256: str = ""     # set when the photo was stored and linked
    problem: str = ""    # why it was not (one sentence)


@dataclass(frozen=True)
class PruneReport:
    removed: tuple[str, ...]
    dry_run: bool


def read_photo_file(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a regular file of at most ``MAX_FILE_BYTES``; a one-sentence error otherwise.

    ``os.stat`` decides before anything is opened (opening a FIFO would block until a writer
    appears, reading a device might never end); the file is then opened non-blocking and
    checked again, in case it was swapped in between.
    """
    name = Path(path).name or str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InvalidInput(translate("Errors", "The file “{name}” does not exist; choose another photo.").format(
            name=name)) from None
    except OSError as exc:
        raise InvalidInput(translate("Errors", "The file “{name}” cannot be read ({reason}); check its "
                                               "permissions.").format(
            name=name, reason=exc.strerror or exc)) from None
    _check_regular(name, info.st_mode, info.st_size)
    try:
        fd = os.open(path, OPEN_FLAGS)
    except OSError as exc:
        raise InvalidInput(translate("Errors", "The file “{name}” cannot be read ({reason}); check its "
                                               "permissions.").format(
            name=name, reason=exc.strerror or exc)) from None
    try:
        info = os.fstat(fd)
        _check_regular(name, info.st_mode, info.st_size)
        data = read_capped(fd, photos.MAX_FILE_BYTES)
    except OSError as exc:
        if exc.errno == errno.EAGAIN:
            raise InvalidInput(translate("Errors", "“{name}” is not a regular file; choose a photo file.").format(
                name=name)) from None
        raise InvalidInput(translate("Errors", "The file “{name}” cannot be read ({reason}).").format(
            name=name, reason=exc.strerror or exc)) from None
    finally:
        os.close(fd)
    return data


def local_photo_path(value: str) -> Path | None:
    """The file on this computer that an article's old photo field names (a path or a
    ``file:`` URL without a host), or None for web addresses and anything else."""
    from urllib.parse import urlsplit
    from urllib.request import url2pathname

    from desk_app.domain.rendering import local_image_url

    url = local_image_url(value or "")
    return Path(url2pathname(urlsplit(url).path)) if url is not None else None


def _check_regular(name: str, mode: int, size: int) -> None:
    if stat.S_ISDIR(mode):
        raise InvalidInput(translate("Errors", "“{name}” is a folder; choose a photo file inside it.").format(
            name=name))
    if not stat.S_ISREG(mode):
        raise InvalidInput(translate("Errors", "“{name}” is not a regular file (a device, pipe or socket); choose a "
                                               "photo file.").format(name=name))
    if size > photos.MAX_FILE_BYTES:
        raise photos.PhotoRejected(
            translate("Errors", "The file is {size:.1f} MB; photos up to {limit} MB can be attached, so "
                                "export a smaller copy first.").format(
            size=size / (1024 * 1024), limit=photos.MAX_FILE_BYTES // (1024 * 1024)))


class MediaService:
    def __init__(self, workspace: WorkspaceContext, *, articles: ArticleService):
        self._ws = workspace
        self._articles = articles

    # -- attaching -------------------------------------------------------------------
    def attach_file(self, path: str | os.PathLike[str]) -> AttachedPhoto:
        """Read, strip and store the photo at ``path`` (slow: call it off the GUI thread)."""
        return self.attach_bytes(read_photo_file(path))

    def attach_bytes(self, data: bytes) -> AttachedPhoto:
        return self._store_processed(photos.process_photo(data))

    def attach_exported(self, path: str | os.PathLike[str], sha256: str) -> AttachedPhoto:
        """Store the photo file written beside an exported Markdown file: kept byte for byte (same
        address) when it is that stored image, else stripped like any attached photo."""
        return self._store_processed(photos.process_exported(read_photo_file(path), sha256))

    def _store_processed(self, processed: photos.ProcessedPhoto) -> AttachedPhoto:
        record = MediaRecord(processed.sha256, processed.image, processed.web, processed.thumb)
        stored = self._put(record)
        return AttachedPhoto(sha256=processed.sha256, width=processed.image.width,
                             height=processed.image.height, thumb=processed.thumb,
                             message=processed.summary(), stored=stored)

    def _put(self, record: MediaRecord) -> bool:
        with self._ws.unit() as s:
            return store.put(s, record, created_by=self._ws.actor.login, now=self._ws.clock())

    def strip_file(self, path: str | os.PathLike[str]) -> photos.ProcessedPhoto:
        """A photo file stripped and resized as if attached, but not stored (exports of
        articles whose photo is still a path on this computer)."""
        return photos.process_photo(read_photo_file(path))

    # -- reading ---------------------------------------------------------------------
    def rendition(self, sha256: str, kind: str = "web") -> photos.Rendition:
        """A rendition ("image", "web", "thumb") of a photo this user may see."""
        if not photos.is_sha256(sha256):
            raise NotFound(translate("Errors", "The article's stored photo has an invalid address; attach it again."))
        with self._ws.unit() as s:
            found = store.rendition(s, sha256, kind)
        if found is None:
            raise NotFound(translate("Errors", "The article's stored photo is not in this database; attach it again."))
        return found

    def list_thumbnails(self, article_ids: Iterable[str], known: Iterable[str] = ()) -> ListThumbnails:
        """The stored photos of ``article_ids`` (the rows the article list shows) and the thumbnail
        bytes of those whose hash is not in ``known`` (what the list has already decoded).
        Two small queries by key, in one transaction; the list query itself never reads media."""
        ids = list(article_ids)
        with self._ws.unit() as s:
            photos_of = store.photos_of(s, ids)
            have = set(known)
            thumbs = store.thumbnails(s, {h for h in photos_of.values() if h not in have})
        return ListThumbnails(photos={i: photos_of.get(i, "") for i in ids}, thumbs=thumbs)

    def visible(self, hashes: Iterable[str]) -> set[str]:
        with self._ws.unit() as s:
            return store.present(s, [h for h in hashes if photos.is_sha256(h)])

    # -- between databases (the offline outbox) ----------------------------------------
    def missing(self, hashes: Iterable[str]) -> set[str]:
        """Which of ``hashes`` this database lacks: the records a client must send before the
        article operations that name them. (On PostgreSQL a photo this user may not read counts
        as missing; sending it again is harmless, :meth:`accept` inserts nothing.)"""
        wanted = {h for h in hashes if photos.is_sha256(h)}
        return wanted - self.visible(wanted)

    def record(self, sha256: str) -> MediaRecord:
        """The whole stored photo, to send to another database."""
        with self._ws.unit() as s:
            found = store.record(s, sha256) if photos.is_sha256(sha256) else None
        if found is None:
            raise NotFound(translate("Errors", "There is no stored photo {sha256}.").format(sha256=sha256[:12]))
        return found

    def accept(self, record: MediaRecord) -> bool:
        """Store a photo that another database sent; it must be exactly what Desk writes
        (address = SHA-256, no metadata). Idempotent: True only when a row was written."""
        photos.check_clean(record.sha256, (record.image, record.web, record.thumb))
        return self._put(record)

    def send_missing(self, target: MediaService, hashes: Iterable[str]) -> list[str]:
        """Send ``target`` (another database's service, e.g. the server's for the outbox) the
        photos among ``hashes`` that it lacks, each once; the hashes that were sent. Call it
        with every hash the queued operations name before replaying them: however many saves
        name the same photo, its bytes travel once, and a retry after an interruption sends
        only what did not arrive."""
        sent = sorted(target.missing(hashes))
        for sha256 in sent:
            target.accept(self.record(sha256))
        return sent

    # -- the old photo field ----------------------------------------------------------
    def adopt_local_photos(self, *, dry_run: bool = False) -> list[AdoptOutcome]:
        """Store the photos that articles still name by a path on this computer, and link them.

        Run by whoever has the files (the correspondent, on their laptop). Web addresses are
        left alone; an article whose file is missing here, or that an edit would move out of its
        state (approved, published: the approval covers the text as it is) keeps its path.
        Each article is its own transaction; a failure is reported and the others go on."""
        from desk_app.domain.article import Status

        with self._ws.unit() as s:
            candidates = store.articles_with_photo_paths(s)
        kept_states = {Status.DRAFT.value, Status.RETURNED.value, Status.SUBMITTED.value, Status.CORRECTION.value}
        outcomes: list[AdoptOutcome] = []
        for article_id, value, status in candidates:
            path = local_photo_path(value)
            if path is None:
                continue  # a web address: nothing to store
            if status not in kept_states:
                outcomes.append(AdoptOutcome(article_id, str(path), problem=(
                    f"The article is {status}; attach the photo in a correction to store it.")))
                continue
            if not path.is_file():
                outcomes.append(AdoptOutcome(article_id, str(path), problem="There is no such file on this computer."))
                continue
            if dry_run:
                outcomes.append(AdoptOutcome(article_id, str(path)))
                continue
            try:
                attached = self.attach_file(path)
                article = self._articles.get(article_id)
                self._articles.save(article.copy(photo_media=attached.sha256, photo=""),
                                       note="Photo stored in the database (desk media adopt)")
            except DeskError as exc:
                outcomes.append(AdoptOutcome(article_id, str(path), problem=str(exc)))
                continue
            outcomes.append(AdoptOutcome(article_id, str(path), sha256=attached.sha256))
        return outcomes

    # -- housekeeping ----------------------------------------------------------------
    def prune(self, *, dry_run: bool = False, grace: timedelta = PRUNE_GRACE) -> PruneReport:
        """Remove photos no article and no revision names, attached longer than ``grace`` ago."""
        if self._ws.actor.role is not Role.ADMIN:
            raise PermissionDenied(translate("Errors", "Only an admin can remove unused photos; ask an admin to run "
                                                       "it."))
        with self._ws.unit() as s:
            found = store.orphans(s, created_before=self._ws.clock() - grace)
            if not dry_run and found:
                store.remove_unreferenced(s, found)
        return PruneReport(removed=tuple(found), dry_run=dry_run)

    def stored_bytes(self) -> int:
        with self._ws.unit() as s:
            return store.stored_bytes(s)
