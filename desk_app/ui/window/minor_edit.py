"""Save as minor edit (Ctrl+Alt+S) for the original in the main window's pane.

A minor edit (a typo, punctuation) of an original with translations keeps
their pairs current instead of marking them to be updated. The command is
offered only while the pane holds a stored original with unsaved changes and at
least one translation; how many translations it has is asked in the background
whenever the pane opens or saves an article.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desk_app.domain.errors import ConflictError, DeskError
from desk_app.ui.i18n import localized, translate
from desk_app.ui.window.context import WindowContext

__all__ = ["MinorEdit"]


class MinorEdit(QObject):
    """Saving the pane's original as a minor edit, and knowing when that is on offer."""

    sig_counted = Signal()
    """The number of translations of the pane's original is known (again)."""

    def __init__(self, context: WindowContext, parent: QObject | None = None):
        super().__init__(parent)
        self._ctx = context
        self._translations: dict[str, int] = {}   # the pane's original: how many translations it has

    def reset(self) -> None:
        """Forget what was counted (another workspace was opened)."""
        self._translations = {}

    def translation_count(self, article_id: str) -> int:
        """How many translations ``article_id`` has, if it is the pane's original and they were counted, else 0."""
        return self._translations.get(article_id, 0)

    def possible(self) -> bool:
        """Whether the pane holds a stored original with translations and unsaved changes it may save."""
        stored_id, _version = self._ctx.pane_stored()
        pane = self._ctx.window.pane
        return (bool(stored_id) and pane.is_dirty() and not pane.is_read_only()
                and not pane.current_data().translated_from and self.translation_count(stored_id) > 0)

    def check(self) -> None:
        """Count the translations of the pane's original in the background (Save as minor edit is offered only then)."""
        ctx = self._ctx
        stored_id, _version = ctx.pane_stored()
        if not stored_id or ctx.window.pane.current_data().translated_from:
            return
        ws = ctx.workspace

        def done(summaries) -> None:
            self._translations = {stored_id: summaries.get(stored_id, (0, 0))[0]}
            self.sig_counted.emit()

        ctx.run(lambda _task: ws.pairing.translation_summaries([stored_id]), done, lambda _exc: None,
                key="pane-translations")

    def save(self) -> bool:
        """Save the original in the pane as a minor edit: pairs that were current stay current."""
        ctx = self._ctx
        window = ctx.window
        pane = window.pane
        stored_id, _version = ctx.pane_stored()
        if not stored_id or pane.is_read_only():
            return False
        data = pane.current_data()
        if data.translated_from:
            ctx.say(translate("MinorEdit", "A minor edit is for originals; save a translation with Ctrl+S."))
            return False
        if not pane.is_dirty():
            ctx.say(translate("MinorEdit", "Nothing to save: the article has no unsaved changes."))
            return False
        try:
            result = ctx.workspace.pairing.minor_edit(stored_id, data)
        except ConflictError:
            ctx.prompts.error(window, translate("MinorEdit", "Not saved as a minor edit"),
                              translate("MinorEdit", "Someone saved this article while you were editing it. Save it "
                                        "normally (Ctrl+S) to see both versions; your text is still in the editor."))
            return False
        except DeskError as exc:
            ctx.prompts.error(window, translate("MinorEdit", "Not saved as a minor edit"),
                              localized(exc) + "\n\n" + translate("MinorEdit", "Your text is still in the editor."))
            return False
        pane.show_saved(result)
        ctx.say(translate("MinorEdit", "Saved “{headline}” as a minor edit: its translations stay current.").format(
            headline=result.article.headline))
        return True
