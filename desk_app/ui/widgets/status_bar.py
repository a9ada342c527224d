"""The main window's status bar: workspace, user and role, article count, busy indicator."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QStatusBar, QWidget

from desk_app.domain.workflow import Actor

WORKSPACE_MAX_WIDTH = 300  # pixels; the full path or URL is in the tooltip


def workspace_label(info) -> tuple[str, str]:
    """(short text, tooltip) for a WorkspaceInfo: the file of a local workspace, else the URL."""
    if info.kind == "local" and info.path is not None:
        return f"Local: {info.path.name}", f"Local workspace {info.path}"
    return f"Shared: {info.url}", f"Shared workspace {info.url}"


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
        self.busy_label = QLabel("Working…", self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedWidth(80)
        self.busy_bar.setMaximumHeight(12)
        self.busy_bar.setTextVisible(False)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("statusCount")
        self.user_label = QLabel(self)
        self.user_label.setObjectName("statusUser")
        self.workspace_label = QLabel(self)
        self.workspace_label.setObjectName("statusWorkspace")
        self.workspace_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.addPermanentWidget(self.busy_label)
        self.addPermanentWidget(self.busy_bar)
        for i, widget in enumerate((self.count_label, self.user_label, self.workspace_label)):
            if i:
                self.addPermanentWidget(_separator(self))
            self.addPermanentWidget(widget)
        for label in (self.count_label, self.user_label, self.workspace_label):
            label.setContentsMargins(8, 0, 8, 0)
        self.set_busy(False)

    def set_workspace(self, info) -> None:
        text, tip = workspace_label(info)
        metrics = self.workspace_label.fontMetrics()
        self.workspace_label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, WORKSPACE_MAX_WIDTH))
        self.workspace_label.setToolTip(tip)

    def set_user(self, actor: Actor) -> None:
        self.user_label.setText(f"{actor.login} · {actor.role.label}")
        self.user_label.setToolTip(f"Signed in as {actor.login}, {actor.role.with_article.lower()}")

    def set_counts(self, matching: int | None, everything: int | None) -> None:
        if everything is None:
            self.count_label.setText("")
            return
        noun = "article" if everything == 1 else "articles"
        if matching is not None and matching != everything:
            self.count_label.setText(f"{matching:,} of {everything:,} {noun}")
        else:
            self.count_label.setText(f"{everything:,} {noun}")

    def set_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)

    @property
    def busy(self) -> bool:
        return not self.busy_bar.isHidden()
