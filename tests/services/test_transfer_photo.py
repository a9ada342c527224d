"""A stored photo makes the round trip through Markdown export and import, on SQLite and PostgreSQL."""
from __future__ import annotations

import hashlib
import io
import shutil

import pytest
import yaml
from PIL import Image
from sqlalchemy import func, select

from desk_app.bench.photos import camera_jpeg, location_needles
from desk_app.domain.article import ArticleData
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.services.workspace import Workspace
from desk_app.store.models import Article, Media


def _count(ws, model) -> int:
    with ws.unit() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def _front_matter(path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])


@pytest.fixture
def with_photo(workspace):
    attached = workspace.media.attach_bytes(camera_jpeg(900, 600).data)
    article = workspace.articles.create(ArticleData(
        headline="Вода", body=DEMO_NOTICE_TEXT + "\n\nТекст.", photo_media=attached.sha256,
        photo_caption="Очередь", photo_credit="Фото: Анна Петрова")).article
    return article, attached.sha256


def test_a_markdown_export_writes_the_photo_beside_and_names_it(workspace, with_photo, tmp_path):
    article, sha = with_photo
    written = workspace.transfer.export_to(article.id, "md", tmp_path / "voda.md")
    assert written == [tmp_path / "voda.md", tmp_path / "voda.jpg"]
    meta = _front_matter(tmp_path / "voda.md")
    assert meta["photo_sha256"] == sha and meta["photo_file"] == "voda.jpg"
    photo = (tmp_path / "voda.jpg").read_bytes()
    assert hashlib.sha256(photo).hexdigest() == sha          # the stored image itself, byte for byte
    # to standard output there is no file beside it: only the address
    text = workspace.transfer.export(article.id, "md")
    assert f"photo_sha256: {sha}" in text and "photo_file" not in text


def test_the_round_trip_into_the_same_database_links_the_same_photo(workspace, with_photo, tmp_path):
    article, sha = with_photo
    workspace.transfer.export_to(article.id, "md", tmp_path / "voda.md")
    (tmp_path / "voda.jpg").unlink()                          # not needed: the photo is here
    outcome = workspace.transfer.import_file(tmp_path / "voda.md")
    assert outcome.ok, outcome.error
    assert workspace.articles.get(outcome.article_id).photo_media == sha
    assert _count(workspace, Media) == 1


def test_the_round_trip_into_another_database_stores_the_photo_under_its_address(workspace, with_photo,
                                                                                 tmp_path, sqlite_template):
    article, sha = with_photo
    workspace.transfer.export_to(article.id, "md", tmp_path / "voda.md")
    shutil.copyfile(sqlite_template, tmp_path / "other.sqlite3")
    with Workspace.open(f"sqlite:///{tmp_path / 'other.sqlite3'}", user="anna") as other:
        outcome = other.transfer.import_file(tmp_path / "voda.md")
        assert outcome.ok, outcome.error
        imported = other.articles.get(outcome.article_id)
        assert imported.photo_media == sha and imported.photo_caption == "Очередь"
        assert other.media.rendition(sha, "image").data == workspace.media.rendition(sha, "image").data
        assert other.media.rendition(sha, "thumb").mime == "image/jpeg"
        assert outcome.messages == ()  # nothing to say: the photo came back as it left
        # exported again from there: the same address, so the round trip is stable
        other.transfer.export_to(imported.id, "md", tmp_path / "again.md")
        assert _front_matter(tmp_path / "again.md")["photo_sha256"] == sha


def test_a_photo_file_changed_after_export_is_stripped_and_stored_anew(workspace, with_photo, tmp_path,
                                                                       sqlite_template):
    article, sha = with_photo
    workspace.transfer.export_to(article.id, "md", tmp_path / "voda.md")
    (tmp_path / "voda.jpg").write_bytes(camera_jpeg(700, 500).data)   # another photo, with a location
    shutil.copyfile(sqlite_template, tmp_path / "other.sqlite3")
    with Workspace.open(f"sqlite:///{tmp_path / 'other.sqlite3'}", user="anna") as other:
        outcome = other.transfer.import_file(tmp_path / "voda.md")
        assert outcome.ok, outcome.error
        assert outcome.messages[0] == "Photo stored from voda.jpg: Location data removed."
        new = other.articles.get(outcome.article_id).photo_media
        assert new and new != sha
        stored = other.media.record(new)
    for blob in (stored.image.data, stored.web.data, stored.thumb.data):
        assert [name for name, needle in location_needles().items() if needle in blob] == []


def test_a_photo_that_is_neither_here_nor_beside_is_refused_and_nothing_is_written(workspace, with_photo,
                                                                                  tmp_path, sqlite_template):
    article, _sha = with_photo
    workspace.transfer.export_to(article.id, "md", tmp_path / "voda.md")
    (tmp_path / "voda.jpg").unlink()
    shutil.copyfile(sqlite_template, tmp_path / "other.sqlite3")
    with Workspace.open(f"sqlite:///{tmp_path / 'other.sqlite3'}", user="anna") as other:
        outcome = other.transfer.import_file(tmp_path / "voda.md")
        assert not outcome.ok
        assert outcome.error == (f"The photo voda.jpg that voda.md names is not beside it; copy it into "
                                 f"{tmp_path} or remove the photo_file line.")
        text = workspace.transfer.export(article.id, "md")     # the address alone
        (tmp_path / "stdout.md").write_text(text, encoding="utf-8")
        outcome = other.transfer.import_file(tmp_path / "stdout.md")
        assert not outcome.ok and "is not in this database and no photo_file beside it" in outcome.error
        assert _count(other, Article) == 0 and _count(other, Media) == 0


@pytest.mark.parametrize("front, expected", [
    ("photo_file: ../../secret.jpg", "must be the name of a file beside the Markdown file"),
    ("photo_file: /etc/passwd", "must be the name of a file beside the Markdown file"),
    ("photo_sha256: not-a-hash", "must be a SHA-256 digest"),
])
def test_bad_photo_keys_are_one_sentence(workspace, tmp_path, front, expected):
    path = tmp_path / "bad.md"
    path.write_text(f"---\nheadline: Вода\n{front}\n---\n\n{DEMO_NOTICE_TEXT}\n\nТекст.\n", encoding="utf-8")
    outcome = workspace.transfer.import_file(path)
    assert not outcome.ok and expected in outcome.error
    assert _count(workspace, Article) == 0


def test_a_transparent_photo_goes_beside_as_png(workspace, tmp_path):
    out = io.BytesIO()
    Image.new("RGBA", (300, 200), (200, 30, 30, 120)).save(out, "PNG")
    sha = workspace.media.attach_bytes(out.getvalue()).sha256
    article = workspace.articles.create(ArticleData(headline="Логотип", body=DEMO_NOTICE_TEXT + "\n\nТекст.",
                                                    photo_media=sha)).article
    written = workspace.transfer.export_to(article.id, "md", tmp_path / "logo.md")
    assert written[1] == tmp_path / "logo.png" and _front_matter(written[0])["photo_file"] == "logo.png"
