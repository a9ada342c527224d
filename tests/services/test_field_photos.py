"""Field sync carries stored photos: sent once before the ops that name them, pulled with articles."""
from __future__ import annotations

import pytest
from sqlalchemy import update

from desk_app.bench.photos import camera_jpeg
from desk_app.services.field_workspace import FieldWorkspace
from desk_app.services.sync import Unreachable
from desk_app.store import sync_pg
from desk_app.store.models import Media
from tests.fault_proxy import FaultProxy, before_send
from tests.services.field_helpers import body, new_article

pytestmark = pytest.mark.pg_only



@pytest.fixture
def sent(monkeypatch) -> list[tuple[str, int]]:
    """Every photo put on the server through field sync: (sha256, bytes)."""
    calls: list[tuple[str, int]] = []
    original = sync_pg.put_media

    def counting(conn, record, **kw):
        calls.append((record.sha256, len(record.image.data) + len(record.web.data) + len(record.thumb.data)))
        return original(conn, record, **kw)

    monkeypatch.setattr(sync_pg, "put_media", counting)
    return calls


def _with_photo(fw, headline: str, saves: int, *, seed: int = 0) -> tuple[str, str]:
    """An offline article with a stored photo, saved ``saves`` more times; (article id, sha256)."""
    sha = fw.local.media.attach_bytes(camera_jpeg(640 + seed, 480).data).sha256
    article = fw.local.articles.create(new_article(headline).copy(photo_media=sha)).article
    for i in range(saves):
        article = fw.local.articles.save(article.copy(lede=f"Правка {i}")).article
    return article.id, sha


def _linked(room, article_id: str) -> str | None:
    rows = room.rows("SELECT sha256 FROM article_photos WHERE article_id = :a", a=article_id)
    return rows[0].sha256 if rows else None


def test_ten_queued_saves_naming_one_photo_send_its_bytes_once(room, tmp_path, sent):
    with FieldWorkspace.init(tmp_path / "field.sqlite3", room.upstream()) as fw:
        article_id, sha = _with_photo(fw, "Фото из поля", saves=10)
        assert len(fw.sync.entries()) == 11
        report = fw.sync.sync()
    assert report.pushed == 11 and report.needs_attention == 0 and report.queued == 0
    assert [s for s, _ in sent] == [sha]
    stored = room.rows("SELECT created_by, length(data) + length(web_data) + length(thumb_data) AS n "
                       "FROM media WHERE sha256 = :s", s=sha)
    assert [(r.created_by, r.n) for r in stored] == [(room.corr, sent[0][1])]   # through the person's login
    assert _linked(room, article_id) == sha
    with room.as_(room.editor) as ed:   # the newsroom sees the article with its photo
        assert ed.articles.get(article_id).photo_media == sha
        assert ed.media.rendition(sha, "web").data


def test_a_retried_push_after_a_cut_does_not_resend_the_photo(room, tmp_path, sent):
    with FaultProxy(room.admin_url.host or "127.0.0.1", room.admin_url.port or 5432) as proxy:
        upstream = room.url(room.corr).set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
        with FieldWorkspace.init(tmp_path / "field.sqlite3", upstream) as fw:
            article_id, sha = _with_photo(fw, "Обрыв после фото", saves=3, seed=1)
            proxy.cut_to_server(before_send)   # the photo arrived; the ops never left
            with pytest.raises(Unreachable):
                fw.sync.push()
            proxy.disarm()
            assert fw.sync.status().queued == 4
            assert [s for s, _ in sent] == [sha]
            assert _linked(room, article_id) is None
            assert fw.sync.push() == (4, 0, 0)
    assert [s for s, _ in sent] == [sha]                # not sent again
    assert _linked(room, article_id) == sha
    assert len(room.rows("SELECT 1 FROM media WHERE sha256 = :s", s=sha)) == 1


def test_a_refused_photo_parks_only_the_ops_that_need_it(room, tmp_path, sent):
    with FieldWorkspace.init(tmp_path / "field.sqlite3", room.upstream()) as fw:
        bad_id, sha = _with_photo(fw, "Испорченное фото", saves=2, seed=2)
        with fw.local.unit() as s:   # the stored bytes no longer match their address
            s.execute(update(Media).where(Media.sha256 == sha).values(data=b"\xff\xd8 not the photo"))
        good = fw.local.articles.create(new_article("Без фото")).article
        fw.local.articles.save(good.copy(body=body("Дополнено.")))
        report = fw.sync.sync()
        attention = {a.article_id: a for a in fw.sync.attention()}
        states = {e.article_id: e.state for e in fw.sync.entries() if e.article_id == bad_id}
    assert report.pushed == 2 and report.needs_attention == 3
    assert sent == [] and room.rows("SELECT 1 FROM media WHERE sha256 = :s", s=sha) == []
    assert states == {bad_id: "needs_attention"}
    sentence = attention[bad_id].reason
    assert "photo is missing or damaged" in sentence and "Try again" in sentence and sentence.count(";") == 1
    assert good.id not in attention
    assert room.rows("SELECT version FROM articles WHERE id = :a", a=good.id)[0].version == 2
    assert room.rows("SELECT 1 FROM articles WHERE id = :a", a=bad_id) == []


def test_an_editors_article_with_a_photo_is_pulled_with_the_photo(room, tmp_path):
    path = tmp_path / "field.sqlite3"
    with FaultProxy(room.admin_url.host or "127.0.0.1", room.admin_url.port or 5432) as proxy:
        upstream = room.url(room.corr).set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
        with FieldWorkspace.init(path, upstream) as fw:
            article = fw.local.articles.create(new_article("Редактор добавит фото")).article
            fw.sync.sync()
        with room.as_(room.editor) as ed:
            sha = ed.media.attach_bytes(camera_jpeg(800, 600).data).sha256
            ed.articles.save(ed.articles.get(article.id).copy(photo_media=sha, photo_caption="Очередь"))
            web = ed.media.rendition(sha, "web").data
        with FieldWorkspace.open(path) as fw:
            assert fw.sync.sync().pulled == 1
        proxy.refuse = True   # offline from here on: the preview reads the photo from the replica
        with FieldWorkspace.open(path) as fw:
            with pytest.raises(Unreachable):
                fw.sync.sync()
            pulled = fw.local.articles.get(article.id)
            assert pulled.photo_media == sha and pulled.photo_caption == "Очередь"
            assert fw.local.media.rendition(sha, "web").data == web
            assert fw.local.media.rendition(sha, "thumb").data


def test_a_conflict_with_an_editors_photo_resolves_offline_with_that_photo(room, tmp_path):
    with FieldWorkspace.init(tmp_path / "field.sqlite3", room.upstream()) as fw:
        art = fw.local.articles.create(new_article("Фото против правки")).article
        fw.sync.sync()
        with room.as_(room.editor) as ed:
            sha = ed.media.attach_bytes(camera_jpeg(700, 500).data).sha256
            ed.articles.save(ed.articles.get(art.id).copy(photo_media=sha))
        fw.local.articles.save(fw.local.articles.get(art.id).copy(body=body("Правка из поля.")))
        assert fw.sync.sync().conflicts == 1
        _, mine, theirs = fw.sync.conflict_texts(art.id)
        assert theirs["photo_media"] == sha and not mine["photo_media"]
        assert fw.local.media.rendition(sha, "thumb").data      # the dialog can show it, offline too
        fw.sync.resolve_conflict(art.id, {"body": body("Правка из поля.")})
        assert fw.local.articles.get(art.id).photo_media == sha
        assert fw.sync.sync().pushed == 1
    assert _linked(room, art.id) == sha
