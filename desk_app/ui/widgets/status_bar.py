"""The main window's status bar: workspace, user and role, connection state, article count, busy indicator."""
from __future__ import annotations

import html

import shiboken6
from PySide6.QtCore import QLocale, QSize, Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QSizePolicy, QStatusBar, QWidget

from desk_app.domain.workflow import Actor, Role
from desk_app.services.workspace_label import workspace_label
from desk_app.ui.i18n import localized, on_language_change, translate

WORKSPACE_MAX_WIDTH = 300  # pixels; the full path or URL is in the tooltip
WORKSPACE_MIN_WIDTH = 90   # the label gives way (elided in the middle) before the window has to grow

CONNECTION_COLOURS = {"connected": "#1a7f37", "connecting": "#b7791f", "reconnecting": "#b7791f",
                      "offline": "#c0392b"}
"""The dot's colour for each state of a shared workspace's live connection."""


def connection_texts(state: str) -> tuple[str, str]:
    """(text, tooltip) of a live connection state, in the interface's language."""
    texts = {
        "connected": (translate("DeskStatusBar", "connected"),
                      translate("DeskStatusBar", "Live updates on: other people's saves and edit locks show up "
                                "at once.")),
        "connecting": (translate("DeskStatusBar", "connecting…"), translate("DeskStatusBar", "Starting live updates.")),
        "reconnecting": (translate("DeskStatusBar", "reconnecting…"),
                         translate("DeskStatusBar", "The connection to the server was lost; Desk reconnects by "
                                   "itself and then refreshes the list. Your open text is kept.")),
        "offline": (translate("DeskStatusBar", "offline"),
                    translate("DeskStatusBar", "The server cannot be reached; Desk keeps trying. Your open text is "
                              "kept — saving waits for the connection.")),
    }
    return texts[state]


def role_name(role: Role) -> str:
    """A role as the interface names it ("Editor", "Редактор")."""
    return {Role.CORRESPONDENT: translate("Roles", "Correspondent"), Role.TRANSLATOR: translate("Roles", "Translator"),
            Role.EDITOR: translate("Roles", "Editor"), Role.ADMIN: translate("Roles", "Admin")}.get(role, role.label)


class _ElidedLabel(QLabel):
    """A one-line label that shows as much of its text as fits (elided in the middle), up to a maximum width."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.updateGeometry()
        self._elide(max(self.width(), self.sizeHint().width()))   # the room the layout is about to give it
        QTimer.singleShot(0, self._elide)                         # and what it really gave

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right() + 8
        return QSize(min(width, WORKSPACE_MAX_WIDTH), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(min(WORKSPACE_MIN_WIDTH, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self, width: int | None = None) -> None:
        if not shiboken6.isValid(self):
            return
        margins = self.contentsMargins()
        width = self.width() if width is None else width
        room = max(0, min(width, WORKSPACE_MAX_WIDTH) - margins.left() - margins.right() - 4)
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, room))


def _separator(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    line.setFixedHeight(14)
    return line


class DeskStatusBar(QStatusBar):
    """Permanent fields on the right; transient messages on the left."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("deskStatusBar")
        self.busy_label = QLabel(self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedWidth(80)
        self.busy_bar.setMaximumHeight(12)
        self.busy_bar.setTextVisible(False)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("statusCount")
        self.user_label = QLabel(self)
        self.user_label.setObjectName("statusUser")
        self.workspace_label = _ElidedLabel(self)
        self.workspace_label.setObjectName("statusWorkspace")
        self.workspace_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.connection_label = QLabel(self)
        self.connection_label.setObjectName("statusConnection")
        self.connection_label.setTextFormat(Qt.TextFormat.RichText)
        self.addPermanentWidget(self.busy_label)
        self.addPermanentWidget(self.busy_bar)
        for i, widget in enumerate((self.count_label, self.user_label, self.workspace_label)):
            if i:
                self.addPermanentWidget(_separator(self))
            self.addPermanentWidget(widget)
        self.connection_separator = _separator(self)
        self.addPermanentWidget(self.connection_separator)
        self.addPermanentWidget(self.connection_label)
        for label in (self.count_label, self.user_label, self.workspace_label, self.connection_label):
            label.setContentsMargins(8, 0, 8, 0)
        self.connection_state: str | None = None
        self._connection_detail = ""
        self._info = None
        self._actor: Actor | None = None
        self._counts: tuple[int | None, int | None] = (None, None)
        self.set_connection(None)
        self.set_busy(False)
        on_language_change(self, self._retranslate_ui)

    def _retranslate_ui(self) -> None:
        self.busy_label.setText(translate("DeskStatusBar", "Working…"))
        if self._info is not None:
            self.set_workspace(self._info)
        if self._actor is not None:
            self.set_user(self._actor)
        self.set_counts(*self._counts)
        self.set_connection(self.connection_state, self._connection_detail)

    def set_workspace(self, info) -> None:
        self._info = info
        text, tip = workspace_label(info)
        self.workspace_label.set_full_text(localized(text))
        self.workspace_label.setToolTip(localized(tip))

    def set_connection(self, state: str | None, detail: str = "") -> None:
        """"connected", "connecting", "reconnecting", "offline" — or None for a local workspace (hidden)."""
        self.connection_state = state
        self._connection_detail = detail
        shown = state in CONNECTION_COLOURS
        self.connection_label.setVisible(shown)
        self.connection_separator.setVisible(shown)
        if not shown:
            self.connection_label.clear()
            return
        colour = CONNECTION_COLOURS[state]
        text, tip = connection_texts(state)
        self.connection_label.setText(f'<span style="color:{colour}">●</span>&nbsp;'
                                      f'<span style="color:{colour}">{html.escape(text)}</span>')
        self.connection_label.setToolTip(f"{tip}\n{detail}" if detail else tip)

    @property
    def connection_text(self) -> str:
        """The connection state as plain text ("● connected"), "" when hidden."""
        if self.connection_state not in CONNECTION_COLOURS:
            return ""
        return "● " + connection_texts(self.connection_state)[0]

    def set_user(self, actor: Actor) -> None:
        self._actor = actor
        role = role_name(actor.role)
        self.user_label.setText(f"{actor.login} · {role}")
        self.user_label.setToolTip(translate("DeskStatusBar", "Signed in as {login}, role: {role}").format(
            login=actor.login, role=role.lower()))

    def set_counts(self, matching: int | None, everything: int | None) -> None:
        self._counts = (matching, everything)
        if everything is None:
            self.count_label.setText("")
            return
        number = QLocale().toString(everything)
        if matching is not None and matching != everything:
            text = (translate("DeskStatusBar", "{matching} of %n article", None, everything) if everything == 1
                    else translate("DeskStatusBar", "{matching} of %n articles", None, everything))
            text = text.replace(str(everything), number).format(matching=QLocale().toString(matching))
        else:
            text = (translate("DeskStatusBar", "%n article", None, everything) if everything == 1
                    else translate("DeskStatusBar", "%n articles", None, everything)).replace(str(everything), number)
        self.count_label.setText(text)

    def set_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)

    @property
    def busy(self) -> bool:
        return not self.busy_bar.isHidden()
