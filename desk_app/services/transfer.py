"""Import of Markdown files and export of articles (Markdown or HTML).

Each imported file is its own transaction: a bad file is reported and leaves
nothing behind, the others still come in. Import is a non-interactive write,
so an article without the exact notice is refused unless ``apply_notice``.

A stored photo makes the round trip through Markdown: :meth:`TransferService.export_to`
writes the stored image beside the ``.md`` file (``<name>.jpg`` or ``.png``) and names it in
the front matter (``photo_file``) with its address (``photo_sha256``). On import a photo this
database already holds is linked by its address; otherwise the file beside is stored (kept
byte for byte when it is the exported image, so the address stays; stripped like any attached
photo when it was changed). Exported to standard output, only the address is written.
The photo is stored before the article (which names it); when the article is then refused
(no notice, say) the photo stays unreferenced until ``desk media prune`` removes it.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.domain.article import Language
from desk_app.domain.errors import DeskError, InvalidInput, NotFound
from desk_app.domain.messages import message_of, translate
from desk_app.domain.notice import check, is_canonical, split_notice
from desk_app.domain.rendering import ArticlePage, media_src, render_page
from desk_app.services.media import local_photo_path

if TYPE_CHECKING:
    from desk_app.services.articles import ArticleService
    from desk_app.services.context import WorkspaceContext
    from desk_app.services.pairing import PairingService
    from desk_app.services.policy import PolicyService

MAX_FILE_BYTES = 4 * 1024 * 1024  # a long read is ~0.5 MB of UTF-8


@dataclass(frozen=True)
class ImportOutcome:
    path: str
    article_id: str | None
    error: str | None = None
    messages: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.error is None


def read_text_file(path: Path) -> str:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InvalidInput(translate("Errors", "{path} does not exist.").format(path=path)) from None
    except OSError as exc:
        raise InvalidInput(translate("Errors", "{path} cannot be read: {reason}.").format(
            path=path, reason=exc.strerror)) from None
    if path.is_dir():
        raise InvalidInput(translate("Errors", "{path} is a folder; give the Markdown files inside it.").format(
            path=path))
    if size > MAX_FILE_BYTES:
        raise InvalidInput(
            translate("Errors", "{path} is {size:.1f} MB; Desk imports articles of up to {limit} MB — "
                                "split it or check that it is the right file.").format(
            path=path, size=size / 1024 / 1024, limit=MAX_FILE_BYTES // 1024 // 1024)
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(translate("Errors", "{path} cannot be read: {reason}.").format(
            path=path, reason=exc.strerror)) from None
    if b"\x00" in raw[:8192]:
        raise InvalidInput(translate("Errors", "{path} looks like a binary file, not Markdown text.").format(
            path=path))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            translate("Errors", "{path} is not UTF-8 text (invalid byte at position {start}); save it as UTF-8 and "
                                "import it again.").format(path=path, start=exc.start)
        ) from None


class TransferService:
    def __init__(self, workspace: WorkspaceContext, *, articles: ArticleService, policy: PolicyService, pairing: PairingService):
        self._ws = workspace
        self._articles = articles
        self._policy = policy
        self._pairing = pairing

    def import_file(self, path: Path, *, language: str | None = None, translation_of: str | None = None,
                    apply_notice: bool = False) -> ImportOutcome:
        try:
            from desk_app.domain.frontmatter import parse_article  # YAML is loaded with the first file, not at start

            data, extra = parse_article(read_text_file(path), language=language)
            photo_messages = self._import_photo(path, data, extra)
            if translation_of:
                original = self._original_for(translation_of, data.language)
                data.translated_from = original.id
                data.translation_id = original.translation_id or original.id
            result = self._articles.create(data, apply_notice=apply_notice, action="import",
                                              note=f"Imported from {path.name}")
            messages = photo_messages + list(result.messages)
            if translation_of:  # pairing: align the paragraphs to the original's and store the beads
                try:
                    count = self._pairing.store_import_alignment(result.article.id)
                    messages.append(translate("Errors", "Aligned to {translation_of} in {count} pairs.").format(
                        translation_of=translation_of, count=count))
                except DeskError as exc:  # the article is in; the pairing view aligns it when opened
                    messages.append(translate("Errors", "Not aligned yet: {problem}").format(problem=message_of(exc)))
            return ImportOutcome(str(path), result.article.id, None, tuple(messages))
        except DeskError as exc:
            return ImportOutcome(str(path), None, message_of(exc))
        except (ValueError, OverflowError, RecursionError) as exc:  # a file no check foresaw: its own result
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            return ImportOutcome(str(path), None, f"{path.name} could not be read as an article ({reason}); "
                                                  "nothing was written for it.")

    def import_files(self, paths: Sequence[Path], *, language: str | None = None,
                     translation_of: str | None = None, apply_notice: bool = False,
                     progress: Callable[[int, int], bool] | None = None) -> list[ImportOutcome]:
        """Import each file; ``progress(done, total)`` returning False cancels the rest."""
        outcomes = []
        for i, path in enumerate(paths):
            if progress is not None and progress(i, len(paths)) is False:
                break
            outcomes.append(self.import_file(Path(path), language=language,
                                             translation_of=translation_of, apply_notice=apply_notice))
        if progress is not None:
            progress(len(outcomes), len(paths))
        return outcomes

    def _import_photo(self, path: Path, data, extra: dict) -> list[str]:
        """Make ``data.photo_media`` name a photo stored here, from the file beside if need be."""
        from desk_app.domain.frontmatter import photo_file_name

        name = photo_file_name(extra)
        if data.photo_media and data.photo_media in self._ws.media.visible([data.photo_media]):
            return []
        if not name:
            if not data.photo_media:
                return []
            raise InvalidInput(translate(
                "Errors", "{file} names a stored photo ({photo}…) that is not in this database and no photo_file "
                          "beside it; export the article to a file with its photo, or remove the photo_sha256 "
                          "line to import it without the photo.").format(file=path.name, photo=data.photo_media[:12]))
        photo_path = path.parent / name
        if not photo_path.is_file():
            raise InvalidInput(translate("Errors", "The photo {photo} that {file} names is not beside it; copy it "
                                                   "into {folder} or remove the photo_file line.").format(
                photo=name, file=path.name, folder=path.parent))
        attached = self._ws.media.attach_exported(photo_path, data.photo_media)
        kept = attached.sha256 == data.photo_media
        data.photo_media = attached.sha256
        return [] if kept else [f"Photo stored from {name}: {attached.message}"]

    # -- export --------------------------------------------------------------
    def export_to(self, article_id: str, fmt: str, path: Path) -> list[Path]:
        """Write the export to ``path``; a Markdown export of an article with a stored photo also
        writes the photo beside it. The files written (the article's first)."""
        written: list[Path] = []
        photo: tuple[Path, bytes] | None = None
        if fmt == "md":
            from desk_app.domain.frontmatter import to_markdown

            article = self._articles.get(article_id)
            photo_file = ""
            stored = None
            if article.photo_media:
                try:
                    stored = self._ws.media.rendition(article.photo_media, "image")
                except NotFound:
                    pass   # not in this database: the address alone, as to standard output
            if stored is not None:
                suffix = ".png" if stored.mime == "image/png" else ".jpg"
                photo_path = path.with_suffix(suffix)
                if photo_path == path:
                    photo_path = path.with_name(path.stem + ".photo" + suffix)
                photo, photo_file = (photo_path, stored.data), photo_path.name
            text = to_markdown(article, photo_file=photo_file)
        else:
            text = self.export(article_id, fmt)
        try:
            path.write_text(text, encoding="utf-8")
            written.append(path)
            if photo is not None:
                photo[0].write_bytes(photo[1])
                written.append(photo[0])
        except OSError as exc:
            raise InvalidInput(translate("Errors", "Cannot write {path}: {reason}.").format(
                path=exc.filename or path, reason=exc.strerror)) from None
        return written

    def _original_for(self, original_id: str, language: str):
        try:
            original = self._articles.get(original_id)
        except NotFound:
            raise InvalidInput(translate("Errors", "--translation-of {original_id}: there is no article with that "
                                                   "id.").format(original_id=original_id)) from None
        if original.translated_from:
            raise InvalidInput(
                translate("Errors", "--translation-of {original_id}: that article is itself a translation; give the "
                                    "original ({translated_from}).").format(
                original_id=original_id, translated_from=original.translated_from)
            )
        if original.status == "spiked":  # pairing: a spiked original takes no new translation
            raise InvalidInput(
                translate("Errors", "--translation-of {original_id}: that article is spiked; unspike it before "
                                    "adding a translation.").format(original_id=original_id)
            )
        if original.language == language:
            raise InvalidInput(
                translate("Errors", "--translation-of {original_id}: the original is also in {language}; a "
                                    "translation must be in another language (use --lang).").format(
                original_id=original_id, language=Language(language).label)
            )
        return original

    def export(self, article_id: str, fmt: str) -> str:
        """The export as text (a Markdown export names a stored photo by its address only)."""
        article = self._articles.get(article_id)
        if fmt == "md":
            from desk_app.domain.frontmatter import to_markdown

            return to_markdown(article)
        if fmt == "html":
            # one self-contained file: a stored photo is embedded as a data: URI (web size)
            page = self.page(article, embed_photo=True)
            if page.notice_problem:
                raise InvalidInput(translate("Errors", "Article {article_id} was not exported: {notice_problem} Run "
                                                       "desk check --fix (an editor) or open and save it to restore "
                                                       "the notice.").format(
                    article_id=article_id, notice_problem=page.notice_problem))
            return render_page(page, standalone=True, allow_local_images=True)
        raise InvalidInput(translate("Errors", "Format “{fmt}” is unknown; use md or html.").format(fmt=fmt))

    def page(self, article, *, embed_photo: bool = False) -> ArticlePage:
        """The article as the renderers see it (notice split off the body), flagged when it fails the
        notice check (every rendering shows the flag; the HTML export refuses such an article).

        A stored photo is named ``desk-media:<sha256>`` (the preview loads it itself) or, with
        ``embed_photo``, embedded as a ``data:`` URI of its web rendition. With ``embed_photo``
        a photo that is still a file on this computer is stripped and embedded the same way
        (not stored); when it cannot be read the page links the file as before.
        """
        policy = self._policy.current()
        notice, body = split_notice(policy, article.body)
        problem = ""
        if policy is not None and policy.applies_to(article.language, self._policy.today()):
            report = check(policy, article.body)
            if not report.ok:
                problem = report.summary()
            elif not is_canonical(policy, article.body):
                problem = translate("Errors", "The notice is not in the exact form the policy sets.")
        photo, photo_src = article.photo, ""
        if article.photo_media:
            try:
                web = self._ws.media.rendition(article.photo_media, "web") if embed_photo else None
                photo_src = media_src(article.photo_media, web.data if web else None,
                                      web.mime if web else "image/jpeg")
            except NotFound:
                photo = "stored photo missing from this database"  # shown as a placeholder
        elif embed_photo and (path := local_photo_path(article.photo)) is not None:
            try:
                web = self._ws.media.strip_file(path).web
                photo_src = media_src("", web.data, web.mime)
            except DeskError:
                pass  # not a readable photo: the page names the file, as it always did
        return ArticlePage(
            headline=article.headline, lede=article.lede, body_markdown=body, notice=notice,
            language=article.language, dateline_place=article.dateline_place,
            published_at=article.published_at, time_zone=article.time_zone, byline=article.byline,
            source=article.source, photo=photo, photo_src=photo_src, photo_caption=article.photo_caption,
            photo_credit=article.photo_credit, photo_source=article.photo_source,
            tags=tuple(article.tags),
            notice_placement=policy.placement.value if policy is not None else "top",
            notice_problem=problem,
        )
