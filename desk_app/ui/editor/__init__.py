"""The article pane: metadata, Markdown editor with the protected notice, live preview, recovery journal.

The main window embeds :class:`ArticlePane`; crash recovery uses :class:`RecoveryJournal`.
"""
from __future__ import annotations

from desk_app.ui.editor.pane import ArticlePane
from desk_app.ui.editor.recovery import Recovered, RecoveryJournal

__all__ = ["ArticlePane", "Recovered", "RecoveryJournal"]
