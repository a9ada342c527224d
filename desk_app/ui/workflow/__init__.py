"""The editorial workflow in the UI: commands, history with diffs, the editor's queue.

* :mod:`.actions` — :class:`WorkflowActions`, QActions for the current article.
* :mod:`.history` — :class:`HistoryPanel` (revision list) with :class:`RevisionDiffView`.
* :mod:`.queue` — :class:`EditorQueue` for editors and :class:`ReturnedList` for authors.

Each module starts with a "how to wire it" note for the main window.
"""
