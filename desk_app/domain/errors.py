"""Errors a user may see. Each carries one clear sentence: what was wrong and what to do.

The CLI prints ``str(error)`` and exits 1; the UI shows it in a message box or
the status bar. No traceback ever reaches a user.
"""
from __future__ import annotations


class DeskError(Exception):
    """Base of every error whose message is meant for a person."""


class InvalidInput(DeskError):
    """Input that cannot be stored: a file, a field, an argument."""


class NotFound(DeskError):
    """An article, user or revision that does not exist."""


class DatabaseUnavailable(DeskError):
    """The database cannot be opened or reached."""


class NoticeRefused(DeskError):
    """A non-interactive write of an article without the exact notice."""


class PermissionDenied(DeskError):
    """The current user's role does not allow this."""


class ConflictError(DeskError):
    """Someone else saved the article since it was opened.

    ``stored`` holds the stored version (an ArticleData) so that a caller can
    show both texts and merge them; nothing has been written.
    """

    def __init__(self, message: str, *, stored: object = None, mine: object = None):
        super().__init__(message)
        self.stored = stored
        self.mine = mine
