"""Spelling squiggles and suggestions in the Markdown editor, never on the keystroke path.

The verdicts live in a cache keyed by a line's text (and whether it sits in a
fenced code block); the highlighter only looks them up, so a keystroke costs a
dictionary lookup. An opened article is checked whole in a worker thread;
after a typing pause only the edited and the visible lines are checked again,
and only lines whose squiggles changed are highlighted again.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QWidget

from desk_app.domain.errors import DeskError
from desk_app.ui.editor.highlighter import MarkdownHighlighter
from desk_app.ui.editor.spell_dialog import AddWordDialog
from desk_app.ui.i18n import localized, on_language_change, translate

if TYPE_CHECKING:
    from desk_app.services.spelling import SpellChecker, SpellingService
    from desk_app.ui.editor.markdown_editor import MarkdownEditor
    from desk_app.ui.tasks import TaskRunner

__all__ = ["SQUIGGLE", "SpellLayer", "add_spelling_actions", "ask_and_add", "squiggle", "squiggle_format"]

SQUIGGLE = QColor("#d7263d")
PAUSE_MS = 350
_LOCAL_LIMIT = 400           # more edited lines than this are checked in the worker instead
_REPAINT_CHUNK = 25          # blocks highlighted again per event-loop turn after a whole check

Key = tuple[str, bool]
Spans = list[tuple[int, int]]


class SpellLayer(QObject):
    """Checks one editor's text in one language and offers suggestions in its context menu."""

    sig_checked = Signal(int)
    """A whole-text check finished: the number of misspelt words."""
    sig_message = Signal(str)
    """Something the user should know (a word was added, or could not be)."""

    def __init__(self, editor: MarkdownEditor, tasks: TaskRunner, parent: QObject | None = None):
        super().__init__(parent or editor)
        self._editor = editor
        self._tasks = tasks
        self._service: SpellingService | None = None
        self._language = ""
        self._checker: SpellChecker | None = None
        self._enabled = True
        self._results: dict[Key, Spans] = {}
        self._generation = -1
        self._dirty: tuple[int, int] | None = None     # character range edited since the last check
        self._repainting = False
        self._format = squiggle_format()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self._check_edited)
        self._pending_repaint: list[QTextBlock] = []
        self._repaint_timer = QTimer(self)
        self._repaint_timer.setSingleShot(True)
        self._repaint_timer.setInterval(0)
        self._repaint_timer.timeout.connect(self._repaint_some)
        editor.highlighter.overlay = self._squiggle
        editor.menu_extenders.append(self._extend_menu)
        editor.document().contentsChange.connect(self._on_change)
        editor.verticalScrollBar().valueChanged.connect(lambda _v: self._timer.start())

    # -- configuration -------------------------------------------------------------
    @property
    def language(self) -> str:
        return self._language

    @property
    def checker(self) -> SpellChecker | None:
        return self._checker

    def set_service(self, service: SpellingService | None) -> None:
        self._service = service
        self._checker = None
        self.recheck()

    def set_language(self, language: str) -> None:
        if language != self._language:
            self._language = language
            self._checker = None
            self.recheck()

    def text_loaded(self, language: str) -> None:
        """A whole new text is in the editor (an article was opened): check all of it in ``language``."""
        if language != self._language:
            self._checker = None
        self._language = language
        self.recheck()

    def set_enabled(self, enabled: bool) -> None:
        if enabled != self._enabled:
            self._enabled = enabled
            self.recheck()

    def make_toggle(self, parent: QObject, enabled: bool) -> QAction:
        """The checkable "Check Spelling" action (F7) that turns squiggles on and off."""
        action = QAction(parent)
        action.setObjectName("editor.spelling")
        action.setCheckable(True)
        action.setChecked(enabled)
        action.setShortcut(QKeySequence("F7"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        def retranslate() -> None:
            action.setText(translate("SpellLayer", "Check &Spelling"))
            action.setIconText(translate("SpellLayer", "Spelling"))
            action.setToolTip(translate("SpellLayer", "Underline misspelt words in the article's language (F7)"))
        if isinstance(parent, QWidget):
            on_language_change(parent, retranslate)
        else:
            retranslate()
        action.toggled.connect(self.set_enabled)
        self.set_enabled(enabled)
        return action

    def recheck(self) -> None:
        """Forget every verdict and check the whole text again (in a worker)."""
        old = {key for key, spans in self._results.items() if spans}
        self._results = {}
        self._dirty = None
        if old:
            self._repaint(lambda key: key in old)
        if not self._enabled or self._service is None or not self._language:
            return
        service, language = self._service, self._language
        lines = self._lines(self._editor.document().firstBlock(), None)

        def work(task):
            checker = service.checker(language)        # loads the dictionary the first time (~0.4 s)
            service.refresh()                          # words colleagues added since
            if checker is None:
                return None
            return checker, checker.generation, _check_lines(checker, lines, task)

        self._tasks.run(work, on_done=self._whole_checked, on_error=self._failed, key=f"spell-{id(self)}")

    # -- results ---------------------------------------------------------------------
    def _whole_checked(self, result) -> None:
        if result is None:
            self._checker = None
            return
        checker, generation, results = result
        self._checker = checker
        self._generation = generation
        old = {key for key, spans in self._results.items() if spans}
        self._results = results
        self._repaint(lambda key: bool(results.get(key)) or key in old)
        self.sig_checked.emit(sum(len(s) for s in results.values()))
        if self._dirty is not None or checker.generation != generation:
            self._timer.start()

    def _failed(self, exc: BaseException) -> None:
        self.sig_message.emit(translate("SpellLayer", "Spell checking is off for this article: {0}").format(
            localized(exc)))

    def _lines(self, first: QTextBlock, last: QTextBlock | None) -> list[tuple[str, bool]]:
        """(text, "skip") of each block from ``first`` through ``last``: the notice block is skipped."""
        out = []
        block = first
        highlighter = self._editor.highlighter
        while block.isValid():
            out.append((block.text(), highlighter.is_notice_block(block)))
            if last is not None and block == last:
                break
            block = block.next()
        return out

    def _repaint(self, wanted: Callable[[Key], bool]) -> None:
        """Highlight again the blocks ``wanted`` names: the visible ones now, the rest a few per event-loop turn.

        Re-highlighting runs the Markdown highlighter too, so doing all of a
        20,000-word article's misspelt paragraphs at once would freeze the
        window; chunks keep every pass under a frame.
        """
        self._pending_repaint = []
        block = self._editor.document().firstBlock()
        in_fence = False
        while block.isValid():
            if wanted((block.text(), in_fence)):
                self._pending_repaint.append(block)
            in_fence = block.userState() == 1
            block = block.next()
        visible = {b.blockNumber() for b in self._visible_blocks()}
        self._pending_repaint.sort(key=lambda b: b.blockNumber() not in visible)
        self._repaint_some(len(visible) or _REPAINT_CHUNK)

    def _repaint_some(self, count: int = 0) -> None:
        batch, self._pending_repaint = (self._pending_repaint[:count or _REPAINT_CHUNK],
                                        self._pending_repaint[count or _REPAINT_CHUNK:])
        self._repainting = True
        try:
            for block in batch:
                if block.isValid():
                    self._editor.highlighter.rehighlightBlock(block)
        finally:
            self._repainting = False
        if self._pending_repaint:
            self._repaint_timer.start()

    # -- typing ----------------------------------------------------------------------
    def _on_change(self, position: int, removed: int, added: int) -> None:
        if self._repainting:
            return
        end = position + max(added, 0)
        self._dirty = (position, end) if self._dirty is None else (min(self._dirty[0], position),
                                                                  max(self._dirty[1], end))
        self._timer.start()

    def _check_edited(self) -> None:
        """After a typing pause: check the edited and the visible lines (here: they are few and cached)."""
        checker = self._checker
        if checker is None or not self._enabled:
            return
        if checker.generation != self._generation:
            self.recheck()
            return
        doc = self._editor.document()
        blocks: list[QTextBlock] = []
        if self._dirty is not None:
            first = doc.findBlock(self._dirty[0])
            last = doc.findBlock(min(self._dirty[1], doc.characterCount() - 1))
            if last.blockNumber() - first.blockNumber() > _LOCAL_LIMIT:
                self.recheck()
                return
            block = first
            while block.isValid():
                blocks.append(block)
                if block == last:
                    break
                block = block.next()
        self._dirty = None
        blocks += self._visible_blocks()
        changed: set[Key] = set()
        highlighter = self._editor.highlighter
        for block in blocks:
            if highlighter.is_notice_block(block):
                continue
            previous = block.previous()
            in_fence = previous.isValid() and previous.userState() == 1
            key = (block.text(), in_fence)
            if key in self._results:
                continue
            spans, _ = checker.misspelt_in_line(key[0], in_fence)
            self._results[key] = [(w.start, w.end) for w in spans]
            changed.add(key)
        if changed:
            self._repainting = True
            try:
                for block in blocks:
                    previous = block.previous()
                    key = (block.text(), previous.isValid() and previous.userState() == 1)
                    if key in changed and self._results[key]:   # (an edited block lost its old squiggles as it changed)
                        highlighter.rehighlightBlock(block)
            finally:
                self._repainting = False

    def _visible_blocks(self) -> list[QTextBlock]:
        editor = self._editor
        block = editor.firstVisibleBlock()
        bottom = editor.viewport().height()
        out = []
        while block.isValid():
            top = editor.blockBoundingGeometry(block).translated(editor.contentOffset()).top()
            if top > bottom:
                break
            out.append(block)
            block = block.next()
        return out

    # -- painting ----------------------------------------------------------------------
    def _squiggle(self, highlighter: MarkdownHighlighter, text: str, in_fence: bool) -> None:
        spans = self._results.get((text, in_fence))
        if spans and self._enabled:
            squiggle(highlighter, spans, self._format)

    # -- the context menu --------------------------------------------------------------------
    def misspelt_at(self, pos: QPoint) -> tuple[int, int, str] | None:
        """The misspelt word under a viewport point: (start, end, word) in document positions."""
        cursor = self._editor.cursorForPosition(pos)
        block = cursor.block()
        previous = block.previous()
        spans = self._results.get((block.text(), previous.isValid() and previous.userState() == 1)) or []
        column = cursor.positionInBlock()
        for start, end in spans:
            if start <= column <= end:
                return block.position() + start, block.position() + end, block.text()[start:end]
        return None

    def _extend_menu(self, menu: QMenu, pos: QPoint) -> None:
        if self._checker is None or not self._enabled:
            return
        found = self.misspelt_at(pos)
        if found is None:
            return
        start, end, word = found
        add_spelling_actions(menu, self._editor, self._checker, word,
                             lambda s: self._replace(start, end, word, s), lambda scope: self.add_word(word, scope))

    def _replace(self, start: int, end: int, word: str, suggestion: str) -> None:
        cursor = QTextCursor(self._editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() == word:   # the text has not moved under the menu
            self._editor.replace_range(start, end, suggestion)

    def add_word(self, word: str, scope: str, parent: QWidget | None = None) -> bool:
        if self._service is None:
            return False
        message, added = ask_and_add(self._service, word, self._language, scope, parent or self._editor)
        if message:
            self.sig_message.emit(message)
        if added:
            self.recheck()
        return added


def add_spelling_actions(menu: QMenu, widget: QWidget, checker: SpellChecker, word: str,
                         replace: Callable[[str], None], add: Callable[[str], object]) -> None:
    """Put the suggestions for ``word`` and the two "Add to … dictionary" actions at the top of ``menu``."""
    first = menu.actions()[0] if menu.actions() else None
    widget.setCursor(Qt.CursorShape.WaitCursor)
    try:
        suggestions = checker.suggest(word)
    finally:
        widget.unsetCursor()
    added: list[QAction] = []
    for suggestion in suggestions:
        action = QAction(suggestion, menu)
        font = action.font()
        font.setBold(True)
        action.setFont(font)
        action.triggered.connect(lambda _c=False, s=suggestion: replace(s))
        added.append(action)
    if not suggestions:
        none = QAction(translate("SpellLayer", "No suggestions"), menu)
        none.setEnabled(False)
        added.append(none)
    newsroom = QAction(translate("SpellLayer", "Add “{0}” to the newsroom dictionary…").format(word), menu)
    newsroom.triggered.connect(lambda: add("newsroom"))
    personal = QAction(translate("SpellLayer", "Add “{0}” to my personal dictionary…").format(word), menu)
    personal.triggered.connect(lambda: add("personal"))
    gap = QAction(menu)
    gap.setSeparator(True)
    added += [gap, newsroom, personal]
    if first is None:
        menu.addActions(added)
        return
    menu.insertActions(first, added)
    menu.insertSeparator(first)


def ask_and_add(service: SpellingService, word: str, language: str, scope: str,
                parent: QWidget) -> tuple[str, bool]:
    """Ask for the word's dictionary form and model, add it; (message for the user, whether it was added)."""
    dialog = AddWordDialog(word, language, scope, parent)
    if not dialog.exec():
        return "", False
    try:
        added = service.add_word(dialog.word(), language, scope, like=dialog.model())  # type: ignore[arg-type]
    except DeskError as exc:
        return localized(exc), False
    where = (translate("SpellLayer", "the newsroom dictionary") if scope == "newsroom"
             else translate("SpellLayer", "your personal dictionary"))
    if added.model:
        return translate("SpellLayer", "“{0}” was added to {1}, with the forms of “{2}”.").format(
            added.word, where, added.model), True
    return translate("SpellLayer", "“{0}” was added to {1}.").format(added.word, where), True


def squiggle(highlighter: QSyntaxHighlighter, spans: Spans, fmt: QTextCharFormat) -> None:
    """Merge the squiggle format into what ``highlighter`` has set for the current block's ``spans``."""
    for start, end in spans:
        i = start
        while i < end:   # one merged format per run of characters the highlighter formatted alike
            base = highlighter.format(i)
            j = i + 1
            while j < end and highlighter.format(j) == base:
                j += 1
            merged = QTextCharFormat(base)
            merged.merge(fmt)
            highlighter.setFormat(i, j - i, merged)
            i = j


def squiggle_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(SQUIGGLE)
    return fmt


def _check_lines(checker: SpellChecker, lines: list[tuple[str, bool]], task) -> dict[Key, Spans]:
    """Worker thread: the verdict for every line of a text, keyed as the highlighter looks them up."""
    results: dict[Key, Spans] = {}
    in_fence = False
    for n, (text, skip) in enumerate(lines):
        if n % 200 == 0:
            task.check()
        if skip:          # the notice block
            in_fence = False
            continue
        key = (text, in_fence)
        words, in_fence = checker.misspelt_in_line(text, in_fence)
        results[key] = [(w.start, w.end) for w in words]
    return results
