"""Screenshots of a stored photo: the editor with its preview, and the HTML export in Chromium.

Run from the project root::

    .venv/bin/python tests/ui/make_photo_screenshots.py [OUT_DIR]

OUT_DIR defaults to docs/screenshots. Everything happens in a temporary local workspace.

1. photo-preview.png — the article pane: the metadata panel with the attached photo's thumbnail
   and "Location data removed.", the preview with the photo, its caption and the credit linked
   to the source above the headline, and the notice directly under the headline.
2. photo-attach-refused.png — the photo group after a truncated file was dropped: one sentence
   under the photo, the stored photo kept.
3. photo-export.html (kept in a temporary folder) and photo-export-chromium.png — the HTML
   export, one self-contained file, as headless Chromium draws it (when chromium is installed).
"""
from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image, ImageDraw, ImageFilter

from desk_app.bench.photos import camera_jpeg

PHOTO_HEIGHT = 2000


def street_scene(path: Path) -> None:
    """A drawn street at dusk with a water tanker and a queue (camera metadata added)."""
    w, h = 3000, PHOTO_HEIGHT
    image = Image.new("RGB", (w, h))
    draw = ImageDraw.Draw(image)
    for y in range(h):  # sky to asphalt
        t = y / h
        if t < 0.55:
            c = (int(90 + 120 * t), int(140 + 80 * t), int(200 - 40 * t))
        else:
            c = (int(95 - 20 * t), int(95 - 20 * t), int(100 - 20 * t))
        draw.line([(0, y), (w, y)], fill=c)
    for i, x in enumerate(range(0, w, 380)):  # apartment blocks
        top = 380 + (i * 137) % 260
        draw.rectangle([x, top, x + 340, int(h * 0.58)], fill=(196 - i % 3 * 18, 176, 150))
        for wy in range(top + 40, int(h * 0.56), 90):
            for wx in range(x + 30, x + 320, 75):
                draw.rectangle([wx, wy, wx + 40, wy + 50], fill=(250, 224, 150) if (wx + wy) % 7 else (70, 90, 110))
    draw.rectangle([1500, 1060, 2500, 1420], fill=(210, 60, 40))          # the tanker
    draw.ellipse([1400, 1120, 1780, 1400], fill=(225, 225, 225))
    draw.rectangle([2380, 980, 2700, 1420], fill=(40, 80, 140))
    for cx in (1620, 1900, 2240, 2560):
        draw.ellipse([cx - 90, 1350, cx + 90, 1530], fill=(20, 20, 20))
    for i, x in enumerate(range(250, 1400, 120)):                         # the queue
        col = [(60, 60, 120), (120, 40, 40), (40, 100, 60), (90, 90, 90)][i % 4]
        draw.ellipse([x, 1080, x + 70, 1150], fill=(225, 190, 160))
        draw.rectangle([x - 10, 1150, x + 80, 1380], fill=col)
        draw.rectangle([x + 60, 1300, x + 130, 1390], fill=(30, 120, 200))  # buckets
    image = image.filter(ImageFilter.GaussianBlur(2))
    exif_source = camera_jpeg(64, 48)  # carry the same EXIF/XMP/IPTC location as the tests use
    with Image.open(io.BytesIO(exif_source.data)) as meta:
        exif = meta.getexif()
    image.save(path, "JPEG", quality=90, exif=exif)


def main(out_dir: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from desk_app.services.workspace import Workspace
    from desk_app.ui.editor.pane import ArticlePane
    from desk_app.ui.editor.recovery import RecoveryJournal
    from desk_app.ui.settings import Settings
    from desk_app.ui.tasks import SynchronousTaskRunner

    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory(prefix="desk-photo-shots-") as tmp:
        tmp_path = Path(tmp)
        os.environ["DESK_DATA_DIR"] = str(tmp_path / "data")
        photo = tmp_path / "IMG_4471.jpg"
        street_scene(photo)
        ws = Workspace.open(f"sqlite:///{tmp_path / 'desk.sqlite3'}", user="p.gasanova")
        data = ws.articles.new_draft("ru")
        data.headline = "Жители Махачкалы остались без воды"
        data.lede = "Три района города вторые сутки без воды; воду развозят цистернами."
        data.dateline_place = "Махачкала"
        data.byline = "Патимат Гасанова"
        data.source = "Кавказский узел"
        data.published_at = datetime(2022, 1, 7, 6, 40, tzinfo=UTC)
        data.body += ("\n\nЖители трёх районов Махачкалы вторые сутки остаются без воды. "
                      "Водоканал объясняет перебои аварией на водоводе.\n\n"
                      "«Мы носим воду вёдрами с третьего этажа», — рассказала жительница улицы Ленина.")
        article = ws.articles.create(data, apply_notice=True).article
        pane = ArticlePane(ws, SynchronousTaskRunner(), Settings(tmp_path / "s.ini"),
                           RecoveryJournal(tmp_path / "rec"))
        pane.resize(1500, 980)
        pane.show()
        pane.open_article(article.id)
        pane.metadata.photo_caption.setText("Очередь к водовозу на улице Ленина, 6 января 2022 года")
        pane.metadata.photo_credit.setText("Патимат Гасанова")
        pane.metadata.photo_source.setText("https://www.kavkaz-uzel.eu/")
        pane.metadata.photo_field.sig_attach_requested.emit(str(photo))
        pane.save()
        pane.refresh_preview()
        for _ in range(20):
            app.processEvents()
        # show the whole photo group of the panel
        pane.left.setSizes([600, 380])
        app.processEvents()
        pane.metadata_scroll.ensureWidgetVisible(pane.metadata.photo_source, 0, 20)
        app.processEvents()
        pane.grab().save(str(out_dir / "photo-preview.png"))
        # a refused file: one sentence under the photo, the stored photo untouched
        bad = tmp_path / "IMG_4472.jpg"
        bad.write_bytes(photo.read_bytes()[:40_000])   # cut off mid-transfer
        pane.metadata.photo_field.sig_attach_requested.emit(str(bad))
        app.processEvents()
        group = pane.metadata.photo_field.parentWidget()
        group.grab().save(str(out_dir / "photo-attach-refused.png"))
        html_path = tmp_path / "photo-export.html"
        html_path.write_text(ws.transfer.export(article.id, "html"), encoding="utf-8")
        chromium = shutil.which("chromium") or shutil.which("chromium-browser")
        if chromium:
            subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                            "--disable-background-networking", "--disable-component-update",
                            "--disable-sync", "--no-first-run", "--hide-scrollbars",
                            f"--user-data-dir={tmp_path / 'chromium'}",
                            f"--screenshot={out_dir / 'photo-export-chromium.png'}",
                            "--window-size=1100,1500", html_path.as_uri()],
                           check=True, timeout=120, capture_output=True)
        else:
            print("chromium is not installed: no photo-export-chromium.png", file=sys.stderr)
        pane.close()
        ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")))
