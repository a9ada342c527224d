"""Typed SQLAlchemy models: users, articles, tags, revisions, notice policies.

Field names follow ../shared/docs/newsroom.md (Superdesk's item schema) where
they fit: ``lede`` is Superdesk's ``abstract``, ``ednote`` the note to editors,
``translated_from``/``translation_id`` link a translation to its original.

The schema itself is built by the Alembic migrations in ``store/migrations``;
these classes must describe the same tables (a test compares them).
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    ARRAY,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desk_app.store.base import Base, UTCDateTime


class User(Base):
    __tablename__ = "users"

    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    language: Mapped[str] = mapped_column(String(8))
    headline: Mapped[str] = mapped_column(Text, default="")
    slug: Mapped[str] = mapped_column(String(120), default="")
    lede: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    byline: Mapped[str] = mapped_column(String(300), default="")
    source: Mapped[str] = mapped_column(String(300), default="")
    dateline_place: Mapped[str] = mapped_column(String(300), default="")
    time_zone: Mapped[str] = mapped_column(String(64), default="Europe/Moscow")
    photo: Mapped[str] = mapped_column(Text, default="")
    photo_caption: Mapped[str] = mapped_column(Text, default="")
    photo_credit: Mapped[str] = mapped_column(String(300), default="")
    photo_source: Mapped[str] = mapped_column(Text, default="")
    ednote: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20))
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    author_login: Mapped[str | None] = mapped_column(ForeignKey("users.login"), nullable=True)
    translated_from: Mapped[str | None] = mapped_column(
        ForeignKey("articles.id"), index=True, nullable=True
    )
    translation_id: Mapped[str | None] = mapped_column(String(36), index=True, nullable=True)
    policy_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    approved_revision: Mapped[int | None] = mapped_column(Integer, nullable=True)
    approved_by: Mapped[str | None] = mapped_column(String(63), nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True, nullable=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    # PostgreSQL: the transaction that last wrote the row (a trigger sets it); field sync pulls by it
    change_seq: Mapped[int | None] = mapped_column(BigInteger, nullable=True, index=True)

    tags: Mapped[list[ArticleTag]] = relationship(
        cascade="all, delete-orphan", order_by="ArticleTag.position", lazy="selectin"
    )

    photo_link: Mapped[ArticlePhoto | None] = relationship(
        cascade="all, delete-orphan", lazy="joined", uselist=False
    )

    __mapper_args__ = {"version_id_col": version}
    # The list sorts by (updated_at, id) and filters by status, language or author (migration 0005).
    __table_args__ = (
        Index("ix_articles_updated_at_id", "updated_at", "id"),
        Index("ix_articles_status_updated_at", "status", "updated_at", "id"),
        Index("ix_articles_language_updated_at", "language", "updated_at", "id"),
        Index("ix_articles_author_login_updated_at", "author_login", "updated_at", "id"),
    )


class ArticleTag(Base):
    __tablename__ = "article_tags"

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(60), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    # covering: "articles with this tag" is answered from the index alone (migration 0005)
    __table_args__ = (Index("ix_article_tags_tag_article_id", "tag", "article_id"),)


class Media(Base):
    """A photo stored once under the SHA-256 of its image, with its web and thumbnail renditions."""

    __tablename__ = "media"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    mime: Mapped[str] = mapped_column(String(30))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    web_mime: Mapped[str] = mapped_column(String(30))
    web_width: Mapped[int] = mapped_column(Integer)
    web_height: Mapped[int] = mapped_column(Integer)
    web_data: Mapped[bytes] = mapped_column(LargeBinary)
    thumb_mime: Mapped[str] = mapped_column(String(30))
    thumb_width: Mapped[int] = mapped_column(Integer)
    thumb_height: Mapped[int] = mapped_column(Integer)
    thumb_data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str | None] = mapped_column(String(63), nullable=True)

    __table_args__ = (CheckConstraint("length(sha256) = 64", name="media_sha256_length"),)


class ArticlePhoto(Base):
    """An article's photo (at most one), stored in ``media`` (migration 0012)."""

    __tablename__ = "article_photos"

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    sha256: Mapped[str] = mapped_column(ForeignKey("media.sha256"), index=True)


class Revision(Base):
    """A full snapshot of one saved version, with who, when and why."""

    __tablename__ = "revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    author_login: Mapped[str | None] = mapped_column(String(63), nullable=True)
    action: Mapped[str] = mapped_column(String(30))
    from_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    to_status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    snapshot: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("article_id", "number", name="uq_revisions_article_id_number"),
    )


class NoticePolicyRow(Base):
    """One version of the outlet's notice policy; the newest in force applies."""

    __tablename__ = "notice_policies"

    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    outlet: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text)
    age_mark: Mapped[str] = mapped_column(String(10), default="")
    placement: Mapped[str] = mapped_column(String(10), default="top")
    effective_from: Mapped[date] = mapped_column(Date)
    languages: Mapped[str] = mapped_column(String(100), default="")
    paragraph: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str | None] = mapped_column(String(63), nullable=True)


class WorkspaceSetting(Base):
    """Settings that belong to the workspace (shared by everyone using it)."""

    __tablename__ = "workspace_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class ArticleLock(Base):
    """An advisory edit lock on one part of an article ("body" or "meta")."""

    __tablename__ = "article_locks"

    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    part: Mapped[str] = mapped_column(String(10), primary_key=True)
    holder_login: Mapped[str] = mapped_column(String(63))
    session_id: Mapped[str] = mapped_column(String(36))
    acquired_at: Mapped[datetime] = mapped_column(UTCDateTime)
    heartbeat_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    taken_over_from: Mapped[str | None] = mapped_column(String(63), nullable=True)


class SegmentPair(Base):
    """One aligned bead of a translation: source paragraphs ↔ target paragraphs, with its state.

    ``source_hash`` pins the source text the pair was translated from; when the
    original's paragraphs no longer hash the same, the pair needs an update.
    """

    __tablename__ = "segment_pairs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    translation_article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    source_indices: Mapped[str] = mapped_column(String(200))   # JSON list of paragraph numbers
    target_indices: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(20))
    origin: Mapped[str] = mapped_column(String(10), default="auto")
    source_hash: Mapped[str] = mapped_column(String(64), default="", index=True)
    source_text: Mapped[str] = mapped_column(Text, default="")   # the source as translated (for the diff)
    target_text: Mapped[str] = mapped_column(Text, default="")   # the target as marked (translation memory)
    marked_by: Mapped[str | None] = mapped_column(String(63), nullable=True)
    marked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (
        UniqueConstraint("translation_article_id", "ordinal", name="uq_segment_pairs_translation_ordinal"),
    )


class GlossaryEntry(Base):
    __tablename__ = "glossary"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_term: Mapped[str] = mapped_column(String(200), index=True)
    target_term: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="term")   # person, place, organisation, term
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str | None] = mapped_column(String(63), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class RegistryEntity(Base):
    """A listed person or organisation (migration 0011); lists of names are JSON text."""

    __tablename__ = "registry_entities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    number: Mapped[str] = mapped_column(String(50), default="")
    name: Mapped[str] = mapped_column(Text, index=True)
    kind: Mapped[str] = mapped_column(String(40))
    gender: Mapped[str] = mapped_column(String(1), default="")
    aliases_ru: Mapped[str] = mapped_column(Text, default="[]")
    aliases_en: Mapped[str] = mapped_column(Text, default="[]")
    former_names: Mapped[str] = mapped_column(Text, default="[]")
    resources: Mapped[str] = mapped_column(Text, default="")
    included_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    excluded_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    quoted_only: Mapped[bool] = mapped_column(Boolean, default=False)
    forms: Mapped[str] = mapped_column(Text, default="[]")
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[str | None] = mapped_column(String(63), nullable=True)


class ArticleLabelFacts(Base):
    """Which lists' label phrases an article holds outside the notice (migration 0016), and
    which word pairs of it can be a written name (0017).

    ``stamp`` is the article's ``version`` (SQLite) or ``change_seq`` (PostgreSQL) when the
    facts were computed, ``labels_key`` the label phrases and notices they were computed with:
    facts that do not match both are unknown (domain/mentions/label_facts.py).
    """

    __tablename__ = "article_label_facts"
    __table_args__ = (Index("ix_article_label_facts_labels_key", "labels_key"),)

    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    stamp: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    labels_key: Mapped[str] = mapped_column(String(16))
    label_groups: Mapped[str] = mapped_column(String(200))
    # the article's name pairs (domain/mentions/name_pairs.py, migration 0017): 64-bit keys in an
    # array on PostgreSQL, "\npair\npair\n" on SQLite; NULL until computed
    name_pairs: Mapped[object | None] = mapped_column(Text().with_variant(ARRAY(BigInteger), "postgresql"),
                                                      nullable=True)
    # what the report lists, copied from the article (0018; on PostgreSQL a trigger keeps them)
    headline: Mapped[str | None] = mapped_column(Text, nullable=True)
    language: Mapped[str | None] = mapped_column(String(8), nullable=True)
    status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    author_login: Mapped[str | None] = mapped_column(String(63), nullable=True)
    translated_from: Mapped[str | None] = mapped_column(String(36), nullable=True)


class RegistryLabel(Base):
    """The outlet's label for one kind in one language; absent rows fall back to the defaults."""

    __tablename__ = "registry_labels"

    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    accepted: Mapped[str] = mapped_column(Text, default="[]")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[str | None] = mapped_column(String(63), nullable=True)


class RegistryChange(Base):
    """One change of the registry: append-only history."""

    __tablename__ = "registry_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity_id: Mapped[int | None] = mapped_column(ForeignKey("registry_entities.id"), index=True, nullable=True)
    action: Mapped[str] = mapped_column(String(20))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    changed_by: Mapped[str | None] = mapped_column(String(63), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    snapshot: Mapped[str] = mapped_column(Text)


class SpellingWord(Base):
    """A word of the newsroom dictionary: shared by everyone in the workspace (migration 0013).

    ``model`` is a listed word it is inflected like (Hunspell's affix flags are
    copied from it), or "" when only this exact form is correct.
    """

    __tablename__ = "spelling_words"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    language: Mapped[str] = mapped_column(String(8))
    word: Mapped[str] = mapped_column(String(100))
    model: Mapped[str] = mapped_column(String(100), default="")
    added_by: Mapped[str | None] = mapped_column(String(63), nullable=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (UniqueConstraint("language", "word", name="uq_spelling_words_language_word"),)


class OutboxOp(Base):
    """A field workspace's record of one local write, waiting to be (or already) pushed upstream."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    article_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    base_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    after_op: Mapped[str | None] = mapped_column(String(36), nullable=True)
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(20), default="queued", server_default="queued", index=True)
    outcome: Mapped[str] = mapped_column(String(20), default="", server_default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_error: Mapped[str] = mapped_column(Text, default="", server_default="")
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    server_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    server_snapshot: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (
        CheckConstraint("state IN ('queued','sent','conflict','needs_attention','superseded')",
                        name="state_known"),
    )


class AppliedOp(Base):
    """On the shared server: an operation a field workspace pushed, recorded once (unique op id)."""

    __tablename__ = "applied_ops"

    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    login: Mapped[str] = mapped_column(String(63))
    article_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    outcome: Mapped[str] = mapped_column(String(20))
    base_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    server_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    payload: Mapped[str] = mapped_column(Text, default="", server_default="")   # the losing text of a conflict
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (CheckConstraint("outcome IN ('applied','conflict')", name="outcome_known"),)
