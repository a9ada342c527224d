"""The notice in the preview: wrapped only between words at every window size, twice the body size,
and panes that keep their widths while the user types."""
from __future__ import annotations

import pytest
from editor_test_helpers import stored_article
from fakes import FakePrompter
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest

from desk_app.ui.editor.dialogs import UnsavedChoice
from desk_app.ui.editor.preview import PREVIEW_BODY_PX
from desk_app.ui.editor.recovery import RecoveryJournal
from desk_app.ui.settings import Settings
from desk_app.ui.tasks import SynchronousTaskRunner
from desk_app.ui.window.main_window import MainWindow


def notice_lines(document: QTextDocument) -> tuple[str, list[tuple[int, int]]]:
    """The notice block's text and its laid-out lines as (start, length)."""
    block = document.begin()
    while block.isValid():
        if "НАСТОЯЩИЙ" in block.text():
            layout = block.layout()
            return block.text(), [(layout.lineAt(i).textStart(), layout.lineAt(i).textLength())
                                  for i in range(layout.lineCount())]
        block = block.next()
    raise AssertionError("the preview shows no notice")


def broken_words(text: str, lines: list[tuple[int, int]]) -> list[str]:
    """Lines that start inside a word (the character before them is not a space)."""
    return [text[max(start - 6, 0):start + 6] for start, _ in lines if start > 0 and not text[start - 1].isspace()]


@pytest.fixture
def window(ui_ws, qtbot, tmp_path):
    made = MainWindow(ui_ws, SynchronousTaskRunner(), Settings(tmp_path / "s.ini"),
                      journal=RecoveryJournal(tmp_path / "recovery"))
    made.pane.prompter = FakePrompter()
    qtbot.addWidget(made)
    made.restore_state()
    yield made
    made.pane.prompter = FakePrompter(UnsavedChoice.DISCARD)


def show_article(qtbot, window, ws, size: tuple[int, int]) -> None:
    window.resize(*size)
    with qtbot.waitExposed(window):
        window.show()
    window.start()
    assert window.open_article(stored_article(ws, "Текст статьи о суде. " * 40))
    qtbot.waitUntil(lambda: "НАСТОЯЩИЙ" in window.pane.preview.text(), timeout=5000)


@pytest.mark.parametrize("size", [(1280, 800), (1400, 900), (1024, 700), (1920, 1080)])
def test_the_notice_wraps_only_between_words_and_stays_twice_the_body_size(qtbot, window, ui_ws, size):
    show_article(qtbot, window, ui_ws, size)
    document = window.pane.preview.browser.document()
    for squeeze in (False, True):   # as the window opens, and with the preview dragged to its narrowest
        if squeeze:
            window.pane.splitter.setSizes([10_000, 1])
            qtbot.wait(50)
        text, lines = notice_lines(document)
        assert len(lines) > 1 and broken_words(text, lines) == []
    block = document.begin()
    while "НАСТОЯЩИЙ" not in block.text():
        block = block.next()
    assert block.charFormat().font().pixelSize() == 2 * PREVIEW_BODY_PX or \
        block.begin().fragment().charFormat().font().pixelSize() == 2 * PREVIEW_BODY_PX


def test_panes_keep_their_widths_while_typing(qtbot, window, ui_ws):
    show_article(qtbot, window, ui_ws, (1280, 800))
    editor = window.pane.area.editor
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.wait(300)
    before = (window.pane.splitter.sizes(), window.pane.preview.browser.viewport().width())
    for chunk in (" Check", " https://example.org/" + "very-long-address-" * 20, " word" * 200):
        QTest.keyClicks(editor, chunk)
        qtbot.wait(700)   # the preview refreshes and the recovery copy is written meanwhile
        assert (window.pane.splitter.sizes(), window.pane.preview.browser.viewport().width()) == before
