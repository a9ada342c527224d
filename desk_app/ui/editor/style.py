"""The pane's look: one style sheet, scoped to the article pane's own widgets."""
from __future__ import annotations

__all__ = ["PANE_STYLE"]

PANE_STYLE = """
QWidget#articlePane { background: #f4f5f7; }
QWidget#metadataPanel { background: #f4f5f7; }
QScrollArea#metadataScroll { background: #f4f5f7; }
QGroupBox {
    background: #ffffff; border: 1px solid #dde1e6; border-radius: 6px;
    margin-top: 16px; padding: 10px 10px 8px 10px;
}
QGroupBox::title {
    subcontrol-origin: margin; subcontrol-position: top left; left: 8px; padding: 0 4px;
    color: #44505e; font-weight: bold;
}
QLineEdit, QComboBox, QDateTimeEdit, QPlainTextEdit#limitedText {
    border: 1px solid #c8cfd7; border-radius: 4px; padding: 3px 6px; background: #ffffff;
    selection-background-color: #cfe0fb; selection-color: #111111;
}
QLineEdit:focus, QComboBox:focus, QDateTimeEdit:focus, QPlainTextEdit#limitedText:focus { border: 1px solid #3b7dd8; }
QLineEdit:read-only, QPlainTextEdit#limitedText[readOnly="true"] { background: #f4f5f7; color: #44505e; }
*[problem="error"] { border: 1px solid #c0392b; background: #fff7f6; }
*[problem="warning"] { border: 1px solid #d9a521; }
QLabel#fieldError { color: #b3261e; }
QLabel#fieldWarning { color: #8a6100; }
QLabel#counter { color: #7a8591; min-width: 64px; }
QLabel#counter[near="true"] { color: #b3261e; font-weight: bold; }
QLabel#hint { color: #6b7785; }
QLabel#paneTitle { color: #44505e; font-weight: bold; }
QLabel#emptyState { color: #6b7785; font-size: 13pt; }
QFrame#messageBar { background: #fff8e1; border-bottom: 1px solid #f0d58a; }
QFrame#readOnlyBanner { background: #e7eef9; border-bottom: 1px solid #c3d3ec; color: #1d3f72; }
QFrame#separator { color: #dde1e6; }
QToolBar#formatToolbar {
    background: #fafbfc; border: none; border-bottom: 1px solid #e1e5ea; spacing: 2px; padding: 2px 6px;
}
QToolBar#formatToolbar QToolButton { padding: 3px 8px; border-radius: 4px; color: #2c3642; }
QToolBar#formatToolbar QToolButton:hover { background: #e8eef6; }
QToolBar#formatToolbar QToolButton:disabled { color: #a9b1ba; }
QPlainTextEdit#markdownEditor { border: none; background: #ffffff; }
QWidget#previewPane { background: #ffffff; }
QTextBrowser#previewBrowser { background: #ffffff; border: none; }
QWidget#findReplaceBar { background: #fafbfc; border-top: 1px solid #e1e5ea; }
QSplitter::handle { background: #dde1e6; }
QSplitter::handle:horizontal { width: 1px; }
QSplitter::handle:vertical { height: 1px; }
"""
