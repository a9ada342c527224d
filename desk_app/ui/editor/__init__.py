"""The article pane: metadata, Markdown editor with the protected notice, live preview, recovery journal.

The main window embeds :class:`~desk_app.ui.editor.pane.ArticlePane`; crash recovery uses
:class:`~desk_app.ui.editor.recovery.RecoveryJournal`.
"""
