"""``desk media attach`` and ``desk media prune`` on both backends."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from desk_app.bench.photos import camera_jpeg, location_needles
from desk_app.cli import main
from desk_app.domain.article import ArticleData
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.services.workspace import Workspace


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_attach_sets_the_photo_and_prune_removes_what_nothing_uses(db_url, capsys, tmp_path):
    with Workspace.open(db_url) as ws:
        article = ws.articles.create(ArticleData(headline="Вода", body=DEMO_NOTICE_TEXT + "\n\nТекст.",
                                                 photo="/home/anna/Pictures/IMG_0001.jpg")).article
    photo = tmp_path / "IMG_0001.jpg"
    photo.write_bytes(camera_jpeg(900, 600).data)
    code, out, err = run(capsys, "--db", db_url, "media", "attach", article.id, str(photo),
                         "--caption", "Очередь", "--credit", "Фото: Анна Петрова")
    assert code == 0, err
    assert out.startswith("Location data removed. Photo ")
    with Workspace.open(db_url) as ws:
        got = ws.articles.get(article.id)
        assert got.photo_media and got.photo == "" and got.photo_credit == "Фото: Анна Петрова"
    # a second photo attached to no article, found once it is older than a day
    with Workspace.open(db_url, clock=lambda: datetime.now(UTC) - timedelta(days=3)) as ws:
        other = tmp_path / "other.png"
        other.write_bytes(camera_jpeg(300, 200).data)
        orphan = ws.media.attach_file(other).sha256
    code, out, _ = run(capsys, "--db", db_url, "media", "prune", "--dry-run")
    assert code == 0 and orphan in out and "would be removed" in out
    code, out, _ = run(capsys, "--db", db_url, "media", "prune")
    assert code == 0 and out.splitlines()[0] == orphan and "Removed 1 unused photo" in out
    with Workspace.open(db_url) as ws:
        assert ws.media.visible([orphan, got.photo_media]) == {got.photo_media}


def test_the_committed_heic_sample_is_attached_without_its_location(db_url, capsys):
    """The sample `make bundle-test` attaches with the bundled pillow-heif: it carries a position."""
    sample = Path(__file__).parents[1] / "data" / "photos" / "location.heic"
    assert {"lat rationals BE", "lon_xmp", "city"} <= {
        name for name, needle in location_needles().items() if needle in sample.read_bytes()}
    with Workspace.open(db_url) as ws:
        article = ws.articles.create(ArticleData(headline="Вода", body=DEMO_NOTICE_TEXT + "\n\nТекст.")).article
    code, out, err = run(capsys, "--db", db_url, "media", "attach", article.id, str(sample))
    assert code == 0, err
    assert out.startswith("Location data removed. Photo ")
    with Workspace.open(db_url) as ws:
        stored = ws.media.record(ws.articles.get(article.id).photo_media)
    for blob in (stored.image.data, stored.web.data, stored.thumb.data):
        assert [name for name, needle in location_needles().items() if needle in blob] == []


def test_attach_refuses_a_non_image_in_one_line(db_url, capsys, tmp_path):
    with Workspace.open(db_url) as ws:
        article = ws.articles.create(ArticleData(headline="Вода", body=DEMO_NOTICE_TEXT + "\n\nТекст.")).article
    bad = tmp_path / "notes.jpg"
    bad.write_text("not a photo")
    code, out, err = run(capsys, "--db", db_url, "media", "attach", article.id, str(bad))
    assert code == 1 and out == ""
    assert err.startswith("desk: The file is not a JPEG, PNG, WebP or HEIC image") and err.count("\n") == 1


def test_adopt_lists_each_article_and_fails_when_some_kept_their_path(db_url, capsys, tmp_path):
    photo = tmp_path / "IMG_0009.jpg"
    photo.write_bytes(camera_jpeg(600, 400).data)
    with Workspace.open(db_url) as ws:
        body = DEMO_NOTICE_TEXT + "\n\nТекст."
        ok = ws.articles.create(ArticleData(headline="Есть", body=body, photo=str(photo))).article
        missing = ws.articles.create(ArticleData(headline="Нет", body=body, photo="/nowhere/x.jpg")).article
    code, out, _ = run(capsys, "--db", db_url, "media", "adopt")
    assert code == 1
    assert f"{ok.id}  {photo}: stored as " in out and f"{missing.id}  /nowhere/x.jpg: not stored." in out
    assert out.splitlines()[-1] == "1 photo(s) stored; 1 kept their path."


def test_export_to_a_file_writes_the_photo_beside_and_import_brings_it_back(db_url, capsys, tmp_path):
    with Workspace.open(db_url) as ws:
        sha = ws.media.attach_bytes(camera_jpeg(600, 400).data).sha256
        article = ws.articles.create(ArticleData(headline="Вода", body=DEMO_NOTICE_TEXT + "\n\nТекст.",
                                                 photo_media=sha)).article
    code, out, err = run(capsys, "--db", db_url, "export", article.id, "--format", "md",
                         "-o", str(tmp_path / "voda.md"))
    assert code == 0, err
    assert out == f"Wrote {tmp_path / 'voda.md'} and {tmp_path / 'voda.jpg'}.\n"
    code, out, err = run(capsys, "--db", db_url, "import", str(tmp_path / "voda.md"))
    assert code == 0, err
    new_id = out.split(" imported as ")[1].split(".")[0]
    with Workspace.open(db_url) as ws:
        assert ws.articles.get(new_id).photo_media == sha
