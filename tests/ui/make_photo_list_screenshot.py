"""Screenshot of the article list with photo thumbnails (docs/screenshots/photo-list.png).

Run from the project root::

    .venv/bin/python tests/ui/make_photo_list_screenshot.py [OUT_DIR]

A temporary local workspace with eight articles, five of them with a stored photo (drawn
scenes carrying the test location metadata, stripped on attach); the list panel with the
real task runner, so the thumbnails arrive as they do for a user.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from make_photo_screenshots import street_scene
from PIL import Image, ImageDraw, ImageFilter

ARTICLES = [  # headline, language, byline, place, scene
    ("Жители Махачкалы остались без воды", "ru", "Патимат Гасанова", "Махачкала", "street"),
    ("Снег отрезал три горных села от райцентра", "ru", "Ахмед Алиев", "Ботлих", "mountains"),
    ("Fishermen on the Caspian count a poor season", "en", "Anna Petrova", "Derbent", "sea"),
    ("Суд продлил арест активисту", "ru", "Мурад Магомедов", "Нальчик", None),
    ("River Terek bursts its banks near Kizlyar", "en", "Anna Petrova", "Kizlyar", "river"),
    ("Депутаты обсудили тарифы на воду", "ru", "Патимат Гасанова", "Махачкала", "hall"),
    ("Власти пообещали новый водовод к 2027 году", "ru", "Ахмед Алиев", "Махачкала", None),
    ("Teachers in Ingushetia wait for back pay", "en", "Anna Petrova", "Magas", None),
]


def scene(kind: str, path: Path) -> None:
    if kind == "street":
        street_scene(path)
        return
    w, h = 1600, 1067
    image = Image.new("RGB", (w, h))
    draw = ImageDraw.Draw(image)
    top, bottom = {"mountains": ((120, 160, 210), (235, 240, 245)), "sea": ((250, 170, 90), (40, 90, 150)),
                   "river": ((150, 170, 180), (110, 90, 60)), "hall": ((90, 70, 60), (150, 120, 90))}[kind]
    for y in range(h):
        t = y / h
        draw.line([(0, y), (w, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    if kind == "mountains":
        for x, peak, shade in ((-200, 260, 95), (350, 180, 80), (900, 300, 105), (1250, 220, 88)):
            draw.polygon([(x, h), (x + 450, peak), (x + 900, h)], fill=(shade, shade + 10, shade + 30))
            draw.polygon([(x + 370, peak + 80), (x + 450, peak), (x + 530, peak + 80)], fill=(245, 245, 250))
    elif kind == "sea":
        draw.ellipse([1050, 300, 1300, 550], fill=(255, 220, 120))
        draw.rectangle([0, 560, w, h], fill=(30, 80, 140))
        draw.polygon([(300, 700), (700, 700), (640, 780), (360, 780)], fill=(120, 60, 40))
        draw.line([(500, 700), (500, 480)], fill=(60, 40, 30), width=10)
    elif kind == "river":
        draw.rectangle([0, 520, w, h], fill=(125, 100, 65))
        for x in range(0, w, 260):
            draw.rectangle([x + 40, 360, x + 200, 600], fill=(200, 190, 170))
            draw.polygon([(x + 20, 360), (x + 120, 280), (x + 220, 360)], fill=(140, 50, 40))
    elif kind == "hall":
        draw.rectangle([300, 300, 1300, 520], fill=(40, 60, 110))
        for row, y in enumerate(range(640, h, 110)):
            for x in range(60 + (row % 2) * 60, w, 120):
                draw.ellipse([x, y, x + 70, y + 80], fill=(35, 30, 30))
    image.filter(ImageFilter.GaussianBlur(1.5)).save(path, "JPEG", quality=90)


def main(out_dir: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from desk_app.domain.article import ArticleData
    from desk_app.services.workspace import Workspace
    from desk_app.ui.article_list.view import ArticleListPanel
    from desk_app.ui.settings import Settings
    from desk_app.ui.tasks import TaskRunner

    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory(prefix="desk-photo-list-") as tmp:
        tmp_path = Path(tmp)
        os.environ["DESK_DATA_DIR"] = str(tmp_path / "data")
        ws = Workspace.open(f"sqlite:///{tmp_path / 'desk.sqlite3'}", user="p.gasanova")
        for headline, language, byline, place, kind in reversed(ARTICLES):
            media = ""
            if kind:
                photo = tmp_path / f"{kind}.jpg"
                scene(kind, photo)
                media = ws.media.attach_file(photo).sha256
            ws.articles.create(ArticleData(language=language, headline=headline, byline=byline,
                                           dateline_place=place, body="Текст.", photo_media=media),
                               apply_notice=True)
        tasks = TaskRunner()
        panel = ArticleListPanel(ws, tasks, Settings(tmp_path / "s.ini"))
        panel.resize(980, 470)
        panel.show()
        panel.start()
        for _ in range(60):
            app.processEvents()
            tasks.wait(200)
        panel.grab().save(str(out_dir / "photo-list.png"))
        panel.close()
        tasks.wait()
        ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")))
