"""The pairing view as a page of the main window: a bar with the way back over the side-by-side view.

The main window shows it instead of the list and the article (side by side needs
the width); ``desk_app.ui.window.pairing`` switches between the two pages.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from desk_app.ui.i18n import on_language_change, translate

__all__ = ["PairingPage"]

PAIRING_BAR_STYLE = """
QWidget#pairingBar { background: #f6f8fa; border-bottom: 1px solid #d0d7de; }
QWidget#pairingBar QToolButton { padding: 4px 10px; border: 1px solid #d0d7de; border-radius: 5px; background: white; }
QWidget#pairingBar QToolButton:hover { background: #eaeef2; }
QLabel#pairingBarTitle { color: #57606a; font-weight: 600; }
"""


class PairingPage(QWidget):
    """The pairing view as a page of its own, under a bar with the way back."""

    sig_back_requested = Signal()
    """"← Back to the article" was clicked."""
    sig_edit_translation_requested = Signal()
    """The user wants the translation in the ordinary editor."""
    sig_open_original_requested = Signal()
    """The user wants the original in the ordinary editor."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pairingPage")
        bar = QWidget(self)
        bar.setObjectName("pairingBar")
        bar.setStyleSheet(PAIRING_BAR_STYLE)
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.back_button = QToolButton(bar)
        self.back_button.setObjectName("pairingBack")
        self.title = QLabel(bar)
        self.title.setObjectName("pairingBarTitle")
        self.edit_button = QToolButton(bar)
        self.edit_button.setObjectName("pairingEditTranslation")
        self.original_button = QToolButton(bar)
        self.original_button.setObjectName("pairingOpenOriginal")
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 5, 8, 5)
        row.setSpacing(8)
        row.addWidget(self.back_button)
        row.addSpacing(6)
        row.addWidget(self.title)
        row.addStretch(1)
        row.addWidget(self.edit_button)
        row.addWidget(self.original_button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(bar)
        self.view: QWidget | None = None
        self.back_button.clicked.connect(self.sig_back_requested)
        self.edit_button.clicked.connect(self.sig_edit_translation_requested)
        self.original_button.clicked.connect(self.sig_open_original_requested)
        on_language_change(self, self._retranslate_ui)

    def _retranslate_ui(self) -> None:
        self.back_button.setText(translate("PairingPage", "← Back to the article"))
        self.back_button.setToolTip(translate("PairingPage", "Return to the article list and editor (Alt+Left)"))
        self.title.setText(translate("PairingPage", "Translation pairing"))
        self.edit_button.setText(translate("PairingPage", "Edit the translation as text"))
        self.edit_button.setToolTip(translate("PairingPage", "Open the translation in the editor with its metadata "
                                              "and preview"))
        self.original_button.setText(translate("PairingPage", "Open the original"))
        self.original_button.setToolTip(translate("PairingPage", "Open the Russian original in the editor"))

    def set_view(self, view: QWidget | None) -> None:
        if self.view is not None:
            self._layout.removeWidget(self.view)
            self.view.deleteLater()
        self.view = view
        if view is not None:
            self._layout.addWidget(view, 1)
