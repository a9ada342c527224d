"""The screenshot script keeps working (it builds a realistic state and grabs three widgets)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtGui import QImage


def test_screenshot_script_builds_its_scene_and_saves_the_pictures(qapp, tmp_path):
    path = Path(__file__).with_name("make_screenshots.py")
    spec = importlib.util.spec_from_file_location("workflow_make_screenshots", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    pictures = module.make_screenshots(tmp_path / "shots", tmp_path)
    assert [p.name for p in pictures] == ["editors-queue.png", "revision-diff.png", "returned-list.png"]
    for picture in pictures:
        image = QImage(str(picture))
        assert not image.isNull() and image.width() >= 900 and image.height() >= 250
