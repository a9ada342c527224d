"""Qt's own texts that its Russian catalogue (qtbase_ru) leaves in English, translated in desk_ru.ts.

Desk's translator is installed after Qt's, so these entries (context = Qt's class) fill the gaps
the file dialog shows. ``QT_TRANSLATE_NOOP`` only marks them for lupdate; nothing calls this module.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
