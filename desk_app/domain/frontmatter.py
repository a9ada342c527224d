"""Markdown files with YAML front matter (as Jekyll and Hugo write them).

``parse_article(text)`` turns a file's text into ArticleData plus the keys
Desk does not store in the article, or raises InvalidInput naming what is wrong.
The headline may come from the front matter or from the body's first ``# ``
heading.

A stored photo travels as ``photo_sha256`` (its address, which becomes
``ArticleData.photo_media``) and ``photo_file`` (the image file written beside
the Markdown file by an export to a file; returned among the extra keys, the
import reads it: see ``TransferService``).
"""
from __future__ import annotations

import re
from datetime import date, datetime, timezone
from typing import Any

import yaml

from desk_app.domain.article import TAGS_MAX, ArticleData, Language, normalise_tags
from desk_app.domain.errors import InvalidInput
from desk_app.domain.messages import translate
from desk_app.domain.photo import is_sha256

KNOWN_KEYS = {
    "headline", "title", "lede", "byline", "source", "language", "dateline", "published_at",
    "tags", "photo", "photo_caption", "photo_credit", "photo_source", "slug", "ednote",
    "time_zone", "photo_sha256",
}
PHOTO_FILE_KEY = "photo_file"
_FENCE = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_H1 = re.compile(r"\A#[ \t]+(.+?)[ \t#]*(?:\r?\n|\Z)")


FRONT_MATTER_MAX = 64 * 1024   # characters; a full article's keys take a few hundred
MAX_DEPTH = 4                  # a mapping of keys whose values are text or lists of text
MAX_NODES = 2_000              # keys, values and list items together
MAX_LIST_ITEMS = 200           # far above any sensible number of tags: refused before any work


class _FrontMatterLoader(yaml.BaseLoader):
    """YAML as front matter needs it: every scalar the text as written (``yes`` stays "yes", a
    5,000-digit number stays digits), no aliases (an alias bomb is refused at its first ``*``),
    and bounded depth and size, checked while reading, before anything is built."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0
        self._nodes = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            raise InvalidInput(translate("Errors", "The front matter uses a YAML alias (*name); write the value out "
                                                   "instead."))
        self._nodes += 1
        if self._nodes > MAX_NODES:
            raise InvalidInput(translate("Errors", "The front matter has more than {max_nodes:,} values; it is not "
                                                   "an article's.").format(max_nodes=MAX_NODES))
        opens = self.check_event(yaml.CollectionStartEvent)
        if opens:
            self._depth += 1
            if self._depth > MAX_DEPTH:
                raise InvalidInput(translate("Errors", "The front matter nests more than {max_depth} levels deep; "
                                                       "use plain “key: value” lines and lists of text.").format(
                    max_depth=MAX_DEPTH))
        try:
            return super().compose_node(parent, index)
        finally:
            if opens:
                self._depth -= 1

    def compose_sequence_node(self, anchor: dict[Any, yaml.Node]) -> yaml.SequenceNode:
        # types-PyYAML names the parameter's type oddly: at run time it is the anchor's name or None
        node = super().compose_sequence_node(anchor)
        if len(node.value) > MAX_LIST_ITEMS:  # pragma: no cover - MAX_NODES stops it first
            raise InvalidInput(translate("Errors", "A front matter list has more than {max_list_items} items.").format(
                max_list_items=MAX_LIST_ITEMS))
        return node


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    text = text.lstrip("\ufeff")
    match = _FENCE.match(text)
    if not match:
        if text.startswith("---"):
            raise InvalidInput(translate("Errors", "The front matter has no closing “---” line; close it or remove "
                                                   "the opening one."))
        return {}, text
    if len(match.group(1)) > FRONT_MATTER_MAX:
        raise InvalidInput(translate("Errors", "The front matter is {count:,} characters long; the limit is "
                                               "{front_matter_max:,}. Is the closing “---” line missing?").format(
            count=len(match.group(1)), front_matter_max=FRONT_MATTER_MAX))
    try:
        meta = yaml.load(match.group(1), Loader=_FrontMatterLoader) or {}  # noqa: S506 - no constructors
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "it is not valid YAML"
        raise InvalidInput(translate("Errors", "The front matter cannot be read{where}: {problem}; fix the YAML "
                                               "between the --- lines.").format(
            where=where, problem=problem)) from None
    if not isinstance(meta, dict):
        raise InvalidInput(translate("Errors", "The front matter must be a list of “key: value” lines."))
    return meta, text[match.end():]


def _text(meta: dict[str, Any], key: str) -> str:
    value = meta.get(key)
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        raise InvalidInput(translate("Errors", "The front matter key “{key}” must be text, not a list.").format(
            key=key))
    return str(value).strip()


def _published(value: Any) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        raise InvalidInput(translate("Errors", "published_at needs a time and an offset, e.g. "
                                               "2022-01-06T21:33:00+03:00."))
    elif isinstance(value, str) and len(value) > 64:
        raise InvalidInput(translate("Errors", "published_at is too long to be a time; write it like "
                                               "2022-01-06T21:33:00+03:00."))
    else:
        try:
            parsed = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
        except ValueError:
            raise InvalidInput(
                translate("Errors", "published_at “{value}” is not an ISO 8601 time; write it like "
                                    "2022-01-06T21:33:00+03:00.").format(value=value)
            ) from None
    if parsed.tzinfo is None:
        raise InvalidInput(translate("Errors", "published_at “{value}” has no UTC offset; add one, e.g. +03:00 for "
                                               "Moscow.").format(value=value))
    try:
        return parsed.astimezone(timezone.utc)
    except OverflowError:
        raise InvalidInput(translate("Errors", "published_at “{value}” is outside the years Desk accepts; correct "
                                               "it.").format(value=value)) from None


def parse_article(text: str, *, language: str | None = None) -> tuple[ArticleData, dict[str, Any]]:
    """The article in a Markdown file; ``language`` overrides the front matter's."""
    meta, body = split_front_matter(text)
    headline = _text(meta, "headline") or _text(meta, "title")
    body = body.strip("\r\n").replace("\r\n", "\n")
    if not headline:
        match = _H1.match(body)
        if match:
            headline = match.group(1).strip()
            body = body[match.end():].lstrip("\n")
    lang = (language or _text(meta, "language") or "ru").lower()
    if lang not in {l.value for l in Language}:
        raise InvalidInput(translate("Errors", "Language “{lang}” is not supported; use ru or en.").format(lang=lang))
    tags = meta.get("tags") or []
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",", TAGS_MAX + 1)]
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise InvalidInput(translate("Errors", "The front matter key “tags” must be a list of words or phrases."))
    if len(tags) > TAGS_MAX:  # before normalising them: the limit is what keeps the work small
        raise InvalidInput(translate("Errors", "An article may have at most {tags_max} tags; the front matter lists "
                                               "{count}.").format(tags_max=TAGS_MAX, count=len(tags)))
    data = ArticleData(
        language=lang, headline=headline, lede=_text(meta, "lede"), body=body,
        byline=_text(meta, "byline"), source=_text(meta, "source"),
        dateline_place=_text(meta, "dateline"), published_at=_published(meta.get("published_at")),
        tags=normalise_tags([str(t) for t in tags]), photo=_text(meta, "photo"),
        photo_caption=_text(meta, "photo_caption"), photo_credit=_text(meta, "photo_credit"),
        photo_source=_text(meta, "photo_source"), slug=_text(meta, "slug"), ednote=_text(meta, "ednote"),
        time_zone=_text(meta, "time_zone") or "Europe/Moscow",
        photo_media=_photo_sha256(meta),
    )
    extra = {k: v for k, v in meta.items() if k not in KNOWN_KEYS}
    return data, extra


def _photo_sha256(meta: dict[str, Any]) -> str:
    value = _text(meta, "photo_sha256").lower()
    if value and not is_sha256(value):
        raise InvalidInput(translate("Errors", "The front matter key “photo_sha256” must be a SHA-256 digest (64 "
                                               "hexadecimal digits), as Desk exports it; correct it or remove the "
                                               "line."))
    return value


def photo_file_name(extra: dict[str, Any]) -> str:
    """The ``photo_file`` an imported file names: a plain file name (beside the Markdown file), or ""."""
    value = extra.get(PHOTO_FILE_KEY)
    if value in (None, ""):
        return ""
    name = str(value).strip() if not isinstance(value, (list, dict)) else ""
    if not name or "/" in name or "\\" in name or name in (".", "..") or name.startswith("."):
        raise InvalidInput(translate("Errors", "The front matter key “photo_file” must be the name of a file beside "
                                               "the Markdown file, e.g. article.jpg, not a path."))
    return name


def to_markdown(article: ArticleData, *, photo_file: str = "") -> str:
    """The article as a Markdown file with front matter (what `desk export --format md` writes);
    a stored photo is named by ``photo_sha256`` and, when it was written beside, ``photo_file``."""
    meta: dict[str, Any] = {
        "id": article.id, "headline": article.headline, "lede": article.lede,
        "byline": article.byline, "source": article.source, "language": article.language,
        "dateline": article.dateline_place, "time_zone": article.time_zone,
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "tags": list(article.tags), "photo": article.photo, "photo_caption": article.photo_caption,
        "photo_credit": article.photo_credit, "photo_source": article.photo_source,
        "photo_sha256": article.photo_media, PHOTO_FILE_KEY: photo_file if article.photo_media else "",
        "slug": article.slug, "status": article.status,
    }
    if article.translated_from:
        meta["translated_from"] = article.translated_from
    meta = {k: v for k, v in meta.items() if v not in (None, "", [])}
    head = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000).strip()
    return f"---\n{head}\n---\n\n{article.body.rstrip()}\n"
