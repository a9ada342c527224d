"""Translation badges for the article list: "translation outdated" and "2 translations · 1 outdated".

How to wire it (the main window's workflow controller does this)::

    badges = TranslationBadges(workspace, tasks, list_panel, parent=window)
    window.add_badges_provider(badges.badges_for)   # never queries: shows what was last loaded
    badges.reset()                                  # after a save or a transition: ask again
    badges.set_workspace(new_ws)                    # on switching workspaces

Only the rows on screen (and a margin) are asked about, a short pause after the
list loaded, scrolled or got a page, in one background task of at most five
queries (``ws.pairing.outdated_translation_ids`` and ``translation_summaries``).
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal

from desk_app.ui.i18n import translate
from desk_app.ui.tasks import TaskRunner

__all__ = ["OUTDATED_BADGE", "TranslationBadges"]

OUTDATED_BADGE = QT_TRANSLATE_NOOP("TranslationBadges", "translation outdated")


DELAY_MS = 120        # after a scroll or a page load, before the rows on screen are asked about
MARGIN_ROWS = 20      # rows above and below the screen that get their badges too


class TranslationBadges(QObject):
    """Which translations on screen are outdated, and how many translations each original has."""

    sig_changed = Signal()
    """New answers arrived (the list repaints its badges; commands may depend on them)."""

    def __init__(self, workspace, tasks: TaskRunner, panel, parent: QObject | None = None):
        super().__init__(parent)
        self._ws = workspace
        self._tasks = tasks
        self._panel = panel
        self._outdated: set[str] = set()
        self._summaries: dict[str, tuple[int, int]] = {}
        self._known: set[str] = set()
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.refresh_now)
        model = panel.model
        model.modelReset.connect(self._timer.start)
        model.rowsInserted.connect(lambda *_: self._timer.start())
        model.sig_query_finished.connect(lambda *_: self._timer.start())
        panel.view.verticalScrollBar().valueChanged.connect(lambda _v: self._timer.start())

    # -- reading ------------------------------------------------------------------------
    def badges_for(self, row) -> list[str]:
        """The badges of one list row, from what was last loaded (never a query)."""
        if row.translated_from:
            return [translate("TranslationBadges", OUTDATED_BADGE)] if row.id in self._outdated else []
        summary = self._summaries.get(row.id)
        if not summary:
            return []
        count, stale = summary
        text = (translate("TranslationBadges", "%n translation", "", count) if count == 1
                else translate("TranslationBadges", "%n translations", "", count))
        return [translate("TranslationBadges", "{translations} · {count} outdated").format(
            translations=text, count=stale) if stale else text]

    def translation_count(self, original_id: str) -> int | None:
        """How many translations an original on screen has; None when not asked yet."""
        if original_id not in self._known:
            return None
        return self._summaries.get(original_id, (0, 0))[0]

    # -- loading --------------------------------------------------------------------------
    def set_workspace(self, workspace) -> None:
        self._ws = workspace
        self._outdated, self._summaries, self._known = set(), {}, set()
        self._generation += 1

    def reset(self) -> None:
        """Ask again about every row on screen (after a save or a transition)."""
        self._known = set()
        self._timer.start()

    def refresh_now(self) -> None:
        self._timer.stop()
        if not self._panel.isVisible():   # not shown yet, or the window is closing
            return
        wanted = [r for r in self._rows_on_screen() if r.id not in self._known]
        if not wanted:
            return
        translations = [r.id for r in wanted if r.translated_from]
        originals = [r.id for r in wanted if not r.translated_from]
        self._generation += 1
        generation, ws = self._generation, self._ws

        def work(_task):
            return ws.pairing.outdated_translation_ids(translations), ws.pairing.translation_summaries(originals)

        def done(result) -> None:
            if not shiboken6.isValid(self) or generation != self._generation:
                return
            outdated, summaries = result
            self._outdated = (self._outdated - set(translations)) | set(outdated)
            for original_id in originals:
                self._summaries.pop(original_id, None)
            self._summaries.update(summaries)
            self._known |= {r.id for r in wanted}
            self._panel.model.invalidate_badges()
            self.sig_changed.emit()

        self._tasks.run(work, on_done=done, on_error=lambda _exc: None, key="translation-badges")

    def _rows_on_screen(self) -> list:
        view, model = self._panel.view, self._panel.model
        count = model.loaded_count()
        if not count:
            return []
        first, last = view.rowAt(0), view.rowAt(max(0, view.viewport().height() - 1))
        first = 0 if first < 0 else first
        last = min(count - 1, first + 60) if last < 0 else last
        rows = (model.row_data(r) for r in range(max(0, first - MARGIN_ROWS), min(count, last + 1 + MARGIN_ROWS)))
        return [r for r in rows if r is not None]
