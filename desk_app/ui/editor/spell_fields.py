"""Spelling for texts outside the Markdown editor: table cells and small plain-text fields.

Painted texts (the pairing view's cells) ask :meth:`CellSpelling.spans` for
their misspelt words; a text not seen yet is queued and checked with its
neighbours in a worker, and the owner repaints when the verdicts arrive. A
plain-text field (the lede, a translation being typed in a cell) gets
squiggles after a typing pause and the same suggestion menu as the article
editor, via :meth:`CellSpelling.attach`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QPainter,
    QSyntaxHighlighter,
    QTextCursor,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit

from desk_app.ui.editor.spell_layer import (
    PAUSE_MS,
    add_spelling_actions,
    ask_and_add,
    squiggle,
    squiggle_format,
)

if TYPE_CHECKING:
    from desk_app.services.spelling import SpellChecker, SpellingService
    from desk_app.ui.tasks import TaskRunner

__all__ = ["CellSpelling", "FieldSpelling", "draw_text_with_squiggles"]

Spans = list[tuple[int, int]]


class CellSpelling(QObject):
    """Verdicts for the pairing table's texts, by (language, text); checked in batches in a worker."""

    sig_updated = Signal()
    """New verdicts arrived: what is painted may have squiggles now."""
    sig_message = Signal(str)
    """Something the user should know (a word was added, or could not be)."""

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._tasks = tasks
        self._service: SpellingService | None = None
        self._checkers: dict[str, SpellChecker] = {}
        self._cells: dict[tuple[str, str], Spans] = {}
        self._queue: set[tuple[str, str]] = set()
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._check_queue)

    def set_service(self, service: SpellingService | None) -> None:
        self._service = service
        self.forget()

    def forget(self) -> None:
        self._checkers = {}
        self._cells = {}
        self._queue = set()
        self.sig_updated.emit()

    def checker(self, language: str) -> SpellChecker | None:
        return self._checkers.get(language)

    def spans(self, language: str, text: str) -> Spans:
        """The misspelt words of ``text`` as far as known now (a text not seen yet is queued: [] for now)."""
        found = self._cells.get((language, text))
        if found is None:
            if self._service is not None:
                self._queue.add((language, text))
                self._flush.start()
            return []
        return found

    def _check_queue(self) -> None:
        service, batch = self._service, list(self._queue)
        self._queue = set()
        if service is None or not batch:
            return

        def work(task):
            checkers = {lang: service.checker(lang) for lang in {lang for lang, _t in batch}}
            out = {}
            for n, (lang, text) in enumerate(batch):
                if n % 100 == 0:
                    task.check()
                checker = checkers[lang]
                out[(lang, text)] = [] if checker is None or not text.strip() else [
                    (w.start, w.end) for w in checker.misspelt(text)]
            return checkers, out

        def done(result) -> None:
            if not shiboken6.isValid(self):   # the view closed while the worker checked
                return
            checkers, out = result
            self._checkers.update({k: v for k, v in checkers.items() if v is not None})
            self._cells.update(out)
            self.sig_updated.emit()

        self._tasks.run(work, on_done=done, on_error=lambda _exc: None)

    # -- the cell editor -----------------------------------------------------------------
    def attach(self, editor: QPlainTextEdit, language: str) -> FieldSpelling:
        """Squiggles and the suggestion menu for a plain-text field written in ``language``."""
        return FieldSpelling(self, editor, language)

    def add_word(self, word: str, language: str, scope: str, parent) -> bool:
        if self._service is None:
            return False
        message, added = ask_and_add(self._service, word, language, scope, parent)
        if message:
            self.sig_message.emit(message)
        if added:
            self.forget()
        return added


class _LineHighlighter(QSyntaxHighlighter):
    def __init__(self, owner: FieldSpelling):
        super().__init__(owner.editor.document())
        self._owner = owner
        self._format = squiggle_format()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        spans = self._owner.lines.get(text)
        if spans:
            squiggle(self, spans, self._format)


class FieldSpelling(QObject):
    """One cell editor's squiggles (checked after a typing pause) and its context menu."""

    def __init__(self, cells: CellSpelling, editor: QPlainTextEdit, language: str):
        super().__init__(editor)
        self.cells, self.editor, self.language = cells, editor, language
        self.lines: dict[str, Spans] = {}
        self._enabled = True
        self._generation = -1
        self._highlighter = _LineHighlighter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self._check)
        self._painting = False
        editor.document().contentsChange.connect(self._changed)
        editor.viewport().installEventFilter(self)
        self._timer.start()

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        self.lines.clear()
        self._highlighter.rehighlight()
        if enabled:
            self._timer.start()

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self.lines.clear()
            self._highlighter.rehighlight()
            self._timer.start()

    def _changed(self, *_args) -> None:
        if not self._painting:
            self._timer.start()

    def _check(self) -> None:
        """A paragraph or two: checked here after the pause, its words mostly known already."""
        if not self._enabled:
            return
        checker = self.cells.checker(self.language)
        if checker is None:
            self.cells.spans(self.language, self.editor.toPlainText())   # loads the checker in the worker
            self._timer.start(PAUSE_MS * 2)
            return
        if checker.generation != self._generation:   # a word was added since: every verdict again
            self._generation = checker.generation
            self.lines.clear()
        block = self.editor.document().firstBlock()
        changed = False
        while block.isValid():
            text = block.text()
            if text not in self.lines:
                words, _fence = checker.misspelt_in_line(text)
                self.lines[text] = [(w.start, w.end) for w in words]
                changed = True
            block = block.next()
        if changed:
            self._painting = True
            try:
                self._highlighter.rehighlight()
            finally:
                self._painting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            return self._menu(event)
        return False

    def _menu(self, event: QContextMenuEvent) -> bool:
        checker = self.cells.checker(self.language)
        cursor = self.editor.cursorForPosition(event.pos())
        block = cursor.block()
        column = cursor.positionInBlock()
        hit = next(((a, b) for a, b in self.lines.get(block.text(), []) if a <= column <= b), None)
        if checker is None or hit is None:
            return False
        start, end = block.position() + hit[0], block.position() + hit[1]
        word = block.text()[hit[0]:hit[1]]
        menu = self.editor.createStandardContextMenu(event.pos())

        def replace(suggestion: str) -> None:
            c = QTextCursor(self.editor.document())
            c.setPosition(start)
            c.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            if c.selectedText() == word:
                c.insertText(suggestion)

        def add(scope: str) -> None:
            if self.cells.add_word(word, self.language, scope, self.editor):
                self.lines.clear()
                self._timer.start()

        add_spelling_actions(menu, self.editor, checker, word, replace, add)
        menu.exec(event.globalPos())
        menu.deleteLater()
        return True


def draw_text_with_squiggles(painter: QPainter, area: QRect, font: QFont, text: str, spans: Spans) -> None:
    """Draw wrapped ``text`` in ``area`` as ``drawText`` with word wrap would, with squiggles under ``spans``."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    ranges = []
    fmt = squiggle_format()
    for start, end in spans:
        r = QTextLayout.FormatRange()
        r.start, r.length, r.format = start, end - start, fmt
        ranges.append(r)
    layout.setFormats(ranges)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(area.width())
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    layout.draw(painter, QPointF(area.topLeft()))
