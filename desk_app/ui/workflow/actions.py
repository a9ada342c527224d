"""Workflow commands for the current article as QActions, enabled exactly as the service allows.

Design notes: docs/architecture.md, “desk_app.ui.workflow.actions”.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desk_app.domain.notice import split_notice
from desk_app.domain.workflow import Action, missing_for_publish, publish_refusal_message
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.prompts import Prompts
from desk_app.ui.workflow.common import user_sentence


@dataclass(frozen=True)
class ActionSpec:
    action: Action
    object_name: str
    text: str
    shortcut: str
    tip: str


ACTION_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(Action.SUBMIT, "workflowSubmit", "&Submit for approval", "Ctrl+Shift+S",
               "Send the article to the editors' queue"),
    ActionSpec(Action.APPROVE, "workflowApprove", "&Approve", "Ctrl+Shift+A",
               "Approve this revision of the article"),
    ActionSpec(Action.RETURN, "workflowReturn", "&Return with note…", "Ctrl+Shift+R",
               "Send the article back to its author with a note"),
    ActionSpec(Action.PUBLISH, "workflowPublish", "&Publish…", "Ctrl+Shift+P",
               "Publish the approved article"),
    ActionSpec(Action.SPIKE, "workflowSpike", "Spi&ke…", "",
               "Withdraw the article from the workflow (an editor can unspike it)"),
    ActionSpec(Action.UNSPIKE, "workflowUnspike", "&Unspike", "",
               "Bring a spiked article back as a draft"),
    ActionSpec(Action.CORRECT, "workflowCorrect", "Start &correction", "",
               "Open a correction of the published article"),
    ActionSpec(Action.PUBLISH_CORRECTION, "workflowPublishCorrection", "Publish c&orrection…", "Ctrl+Shift+P",
               "Publish the corrected article"),
)
"""Every workflow command in menu order."""

SPEC_BY_ACTION = {spec.action: spec for spec in ACTION_SPECS}

_PAST = {
    Action.SUBMIT: "Submitted", Action.APPROVE: "Approved", Action.RETURN: "Returned",
    Action.PUBLISH: "Published", Action.SPIKE: "Spiked", Action.UNSPIKE: "Unspiked",
    Action.CORRECT: "Correction started for", Action.PUBLISH_CORRECTION: "Published the correction of",
}

Guard = Callable[[Action], "str | None"]


def _quoted(headline: str) -> str:
    return f"“{headline}”" if headline.strip() else "the article (no headline yet)"


class WorkflowActions(QObject):
    """QActions for the workflow commands on one article at a time."""

    sig_article_transitioned = Signal(str, str)
    """An action succeeded: article id, its new state ("approved", "returned", …)."""
    sig_state_changed = Signal()
    """The enabled set changed (article switched, allowed actions reloaded, call started or ended)."""
    sig_message = Signal(str)
    """A short confirmation for the status bar, e.g. "Approved “Ремонт дороги”"."""

    def __init__(self, workspace, tasks: TaskRunner, parent: QObject | None = None, *,
                 prompts: Prompts | None = None):
        super().__init__(parent)
        self._ws = workspace
        self._tasks = tasks
        self._prompts = prompts or Prompts()
        self._guard: Guard | None = None
        self._article_id: str | None = None
        self._version: int | None = None       # given by the caller: the version on screen
        self._loaded_version: int | None = None
        self._headline = ""
        self._status = ""
        self._allowed: list[Action] = []
        self._busy = False
        self._generation = 0
        self._actions: dict[Action, QAction] = {}
        for spec in ACTION_SPECS:
            action = QAction(spec.text, self)
            action.setObjectName(spec.object_name)
            action.setData(spec.action.value)
            if spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setStatusTip(spec.tip)
            action.triggered.connect(lambda _checked=False, a=spec.action: self.trigger(a))
            self._actions[spec.action] = action
        self._update_enabled()

    # -- wiring ------------------------------------------------------------------
    def actions(self) -> list[QAction]:
        """All the QActions in menu order (add them to a menu or toolbar of the window)."""
        return list(self._actions.values())

    def action(self, action: Action | str) -> QAction:
        return self._actions[Action(action)]

    def shortcuts(self) -> list[QKeySequence]:
        """The key sequences these actions use (for the editor's ``reserve_shortcuts``)."""
        seen: dict[str, QKeySequence] = {}
        for spec in ACTION_SPECS:
            if spec.shortcut:
                seen.setdefault(spec.shortcut, QKeySequence(spec.shortcut))
        return list(seen.values())

    def set_workspace(self, workspace) -> None:
        self._ws = workspace
        self.set_article(None)

    def set_guard(self, guard: Guard | None) -> None:
        """``guard(action)`` returns a sentence refusing the action (e.g. unsaved edits), or None."""
        self._guard = guard

    def set_article(self, article_id: str | None, version: int | None = None) -> None:
        """Show the commands for ``article_id`` (None: nothing selected) at ``version`` (None: the stored one)."""
        self._article_id = article_id or None
        self._version = version
        self._allowed = []
        self._headline = ""
        self._status = ""
        self._loaded_version = None
        self.refresh()

    def article_id(self) -> str | None:
        return self._article_id

    @property
    def busy(self) -> bool:
        return self._busy

    def allowed(self) -> list[Action]:
        """What the service allows now for the current article (as last loaded)."""
        return list(self._allowed)

    def refresh(self) -> None:
        """Ask the service again which actions are allowed (after any change made elsewhere)."""
        self._generation += 1
        generation = self._generation
        article_id, ws = self._article_id, self._ws
        if article_id is None or ws is None:
            self._update_enabled()
            return

        def load(_task):
            article = ws.articles.get(article_id)
            return article, ws.workflow.allowed(article_id)

        def done(result) -> None:
            if generation != self._generation:
                return
            article, allowed = result
            self._headline, self._status = article.headline, article.status
            self._loaded_version = article.version
            self._allowed = list(allowed)
            self._update_enabled()

        def failed(_exc: BaseException) -> None:
            if generation == self._generation:
                self._allowed = []
                self._update_enabled()

        self._update_enabled()
        self._tasks.run(load, on_done=done, on_error=failed, key=f"workflow-allowed-{id(self)}")

    # -- commands ----------------------------------------------------------------
    def trigger(self, action: Action | str) -> None:
        """Carry out ``action`` on the current article, asking for a note or confirmation first."""
        action = Action(action)
        if self._busy or self._article_id is None or self._ws is None or action not in self._allowed:
            return
        title = f"Cannot {action.label}"
        if self._guard is not None:
            refusal = self._guard(action)
            if refusal:
                self._prompts.error(self._dialog_parent(), title, refusal)
                return
        parent = self._dialog_parent()
        if action is Action.RETURN:
            note = self._prompts.ask_note(
                parent, "Return to the author",
                f"Return {_quoted(self._headline)} to its author. The author sees this note "
                "with the article:", "Return", required=True)
            if note is None:
                return
            self._perform(action, note)
        elif action is Action.SPIKE:
            note = self._prompts.ask_note(
                parent, "Spike the article",
                f"Spike {_quoted(self._headline)}? It leaves the workflow; an editor can unspike it later.",
                "Spike", required=False)
            if note is None:
                return
            self._perform(action, note)
        elif action in (Action.PUBLISH, Action.PUBLISH_CORRECTION):
            self._check_then_publish(action)
        else:
            self._perform(action, "")

    def _check_then_publish(self, action: Action) -> None:
        """Name every missing required field in one message before asking to publish."""
        ws, article_id = self._ws, self._article_id

        def check(_task) -> list[str]:
            article = ws.articles.get(article_id)
            _, body = split_notice(ws.policy.current(), article.body)
            return missing_for_publish(article, body)

        def checked(missing: list[str]) -> None:
            self._set_busy(False)
            parent = self._dialog_parent()
            if missing:
                self._prompts.error(parent, f"Cannot {action.label}", publish_refusal_message(missing))
                return
            what = "the correction of " if action is Action.PUBLISH_CORRECTION else ""
            if self._prompts.confirm(parent, SPEC_BY_ACTION[action].text.replace("&", "").rstrip("…"),
                                     f"Publish {what}{_quoted(self._headline)} now? "
                                     "Readers see it at once.", "Publish"):
                self._perform(action, "")

        self._set_busy(True)
        self._tasks.run(check, on_done=checked, on_error=lambda exc: self._failed(action, exc))

    def _perform(self, action: Action, note: str) -> None:
        ws, article_id = self._ws, self._article_id
        expected = self._version if self._version is not None else self._loaded_version
        self._set_busy(True)
        self._tasks.run(lambda _task: ws.workflow.perform(article_id, action, note, expected_version=expected),
                        on_done=lambda article: self._done(action, article),
                        on_error=lambda exc: self._failed(action, exc))

    def _done(self, action: Action, article) -> None:
        self._set_busy(False)
        if self._article_id == article.id:
            self._version = None  # the caller sees the new version once it reloads
        self.sig_message.emit(f"{_PAST[action]} {_quoted(article.headline)}")
        self.sig_article_transitioned.emit(article.id, article.status)
        if self._article_id == article.id:
            self.refresh()

    def _failed(self, action: Action, exc: BaseException) -> None:
        self._set_busy(False)
        self._prompts.error(self._dialog_parent(), f"Cannot {action.label}", user_sentence(exc))
        self.refresh()

    # -- state ---------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_enabled()

    def _update_enabled(self) -> None:
        for action, qaction in self._actions.items():
            enabled = not self._busy and action in self._allowed
            qaction.setEnabled(enabled)
            spec = SPEC_BY_ACTION[action]
            tip = spec.tip
            if not enabled and self._article_id and self._status and not self._busy:
                tip += f" — not available to you while the article is {self._status}"
            if spec.shortcut:
                tip += f" ({QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
            qaction.setToolTip(tip)
        self.sig_state_changed.emit()

    def _dialog_parent(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None
