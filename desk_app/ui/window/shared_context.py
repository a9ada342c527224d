"""What the shared-database parts of the main window share besides the :class:`WindowContext`.

:class:`~desk_app.ui.window.shared.SharedController` makes one :class:`SharedContext`
and hands it to its parts (connecting, edit locks, live refresh), so that each
one tells the user something in the same way; :func:`disconnect_signals` lets
go of the signals of a lock keeper, badges or live bridge that is let go.
"""
from __future__ import annotations

import warnings

import shiboken6
from PySide6.QtCore import QObject

from desk_app.ui.window.context import WindowContext

__all__ = ["SharedContext", "disconnect_signals"]


class SharedContext(WindowContext):
    """A :class:`WindowContext` that can also tell the user something in the editor pane."""

    def tell(self, message: str) -> None:
        """Show ``message`` in the pane's message area (when it has one) and in the status bar for a while."""
        area = getattr(self.window.pane, "area", None)
        if area is not None and hasattr(area, "say"):
            area.say(message)
        self.say(message)


def disconnect_signals(obj: QObject | None, *names: str) -> None:
    """Disconnect every slot of the signals ``names`` of ``obj``; quiet when it or they are gone already."""
    if obj is None or not shiboken6.isValid(obj):
        return
    for name in names:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            try:
                getattr(obj, name).disconnect()
            except (RuntimeError, TypeError):
                pass
