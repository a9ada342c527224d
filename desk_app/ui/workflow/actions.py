"""Workflow commands for the current article as QActions, enabled exactly as the service allows.

Design notes: docs/architecture.md, “desk_app.ui.workflow.actions”.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desk_app.domain.article import status_word
from desk_app.domain.notice import split_notice
from desk_app.domain.workflow import Action, missing_for_publish, publish_refusal_message
from desk_app.ui.i18n import localized, on_language_change, translate
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


ACTION_SPECS: tuple[ActionSpec, ...] = (  # texts and tips in English; shown through translate()
    ActionSpec(Action.SUBMIT, "workflowSubmit",
               QT_TRANSLATE_NOOP("WorkflowActions", "&Submit for approval"), "Ctrl+Shift+S",
               QT_TRANSLATE_NOOP("WorkflowActions", "Send the article to the editors' queue")),
    ActionSpec(Action.APPROVE, "workflowApprove",
               QT_TRANSLATE_NOOP("WorkflowActions", "&Approve"), "Ctrl+Shift+A",
               QT_TRANSLATE_NOOP("WorkflowActions", "Approve this revision of the article")),
    ActionSpec(Action.RETURN, "workflowReturn",
               QT_TRANSLATE_NOOP("WorkflowActions", "&Return with note…"), "Ctrl+Shift+R",
               QT_TRANSLATE_NOOP("WorkflowActions", "Send the article back to its author with a note")),
    ActionSpec(Action.PUBLISH, "workflowPublish",
               QT_TRANSLATE_NOOP("WorkflowActions", "&Publish…"), "Ctrl+Shift+P",
               QT_TRANSLATE_NOOP("WorkflowActions", "Publish the approved article")),
    ActionSpec(Action.SPIKE, "workflowSpike",
               QT_TRANSLATE_NOOP("WorkflowActions", "Spi&ke…"), "",
               QT_TRANSLATE_NOOP("WorkflowActions", "Withdraw the article from the workflow (an editor can unspike it)")),
    ActionSpec(Action.UNSPIKE, "workflowUnspike",
               QT_TRANSLATE_NOOP("WorkflowActions", "&Unspike"), "",
               QT_TRANSLATE_NOOP("WorkflowActions", "Bring a spiked article back as a draft")),
    ActionSpec(Action.CORRECT, "workflowCorrect",
               QT_TRANSLATE_NOOP("WorkflowActions", "Start &correction"), "",
               QT_TRANSLATE_NOOP("WorkflowActions", "Open a correction of the published article")),
    ActionSpec(Action.PUBLISH_CORRECTION, "workflowPublishCorrection",
               QT_TRANSLATE_NOOP("WorkflowActions", "Publish c&orrection…"), "Ctrl+Shift+P",
               QT_TRANSLATE_NOOP("WorkflowActions", "Publish the corrected article")),
)
"""Every workflow command in menu order."""

SPEC_BY_ACTION = {spec.action: spec for spec in ACTION_SPECS}

_PAST = {  # the status bar's confirmation; {headline} is “the headline” (see _quoted)
    Action.SUBMIT: QT_TRANSLATE_NOOP("WorkflowActions", "Submitted {headline}"),
    Action.APPROVE: QT_TRANSLATE_NOOP("WorkflowActions", "Approved {headline}"),
    Action.RETURN: QT_TRANSLATE_NOOP("WorkflowActions", "Returned {headline}"),
    Action.PUBLISH: QT_TRANSLATE_NOOP("WorkflowActions", "Published {headline}"),
    Action.SPIKE: QT_TRANSLATE_NOOP("WorkflowActions", "Spiked {headline}"),
    Action.UNSPIKE: QT_TRANSLATE_NOOP("WorkflowActions", "Unspiked {headline}"),
    Action.CORRECT: QT_TRANSLATE_NOOP("WorkflowActions", "Correction started for {headline}"),
    Action.PUBLISH_CORRECTION: QT_TRANSLATE_NOOP("WorkflowActions", "Published the correction of {headline}"),
}

Guard = Callable[[Action], "str | None"]


def _quoted(headline: str) -> str:
    if headline.strip():
        return translate("WorkflowActions", "“{headline}”").format(headline=headline)
    return translate("WorkflowActions", "the article (no headline yet)")


def _cannot(action: Action) -> str:
    """A refusal's title: "Cannot approve"."""
    return translate("WorkflowActions", "Cannot {action}").format(action=localized(action.label))


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
            action = QAction(self)
            action.setObjectName(spec.object_name)
            action.setData(spec.action.value)
            if spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, a=spec.action: self.trigger(a))
            self._actions[spec.action] = action
        if isinstance(parent, QWidget):   # a QObject gets no LanguageChange of its own: follow the window's
            on_language_change(parent, self._retranslate_ui)
        else:
            self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        for spec in ACTION_SPECS:
            qaction = self._actions[spec.action]
            qaction.setText(translate("WorkflowActions", spec.text))
            qaction.setStatusTip(translate("WorkflowActions", spec.tip))
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
        title = _cannot(action)
        if self._guard is not None:
            refusal = self._guard(action)
            if refusal:
                self._prompts.error(self._dialog_parent(), title, refusal)
                return
        parent = self._dialog_parent()
        if action is Action.RETURN:
            note = self._prompts.ask_note(
                parent, translate("WorkflowActions", "Return to the author"),
                translate("WorkflowActions", "Return {headline} to its author. The author sees this note "
                          "with the article:").format(headline=_quoted(self._headline)),
                translate("WorkflowActions", "Return"), required=True)
            if note is None:
                return
            self._perform(action, note)
        elif action is Action.SPIKE:
            note = self._prompts.ask_note(
                parent, translate("WorkflowActions", "Spike the article"),
                translate("WorkflowActions", "Spike {headline}? It leaves the workflow; an editor can unspike it "
                          "later.").format(headline=_quoted(self._headline)),
                translate("WorkflowActions", "Spike"), required=False)
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
                self._prompts.error(parent, _cannot(action), localized(publish_refusal_message(missing)))
                return
            if action is Action.PUBLISH_CORRECTION:
                question = translate("WorkflowActions", "Publish the correction of {headline} now? Readers see it "
                                     "at once.")
            else:
                question = translate("WorkflowActions", "Publish {headline} now? Readers see it at once.")
            title = translate("WorkflowActions", SPEC_BY_ACTION[action].text).replace("&", "").rstrip("…")
            if self._prompts.confirm(parent, title, question.format(headline=_quoted(self._headline)),
                                     translate("WorkflowActions", "Publish")):
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
        self.sig_message.emit(translate("WorkflowActions", _PAST[action]).format(headline=_quoted(article.headline)))
        self.sig_article_transitioned.emit(article.id, article.status)
        if self._article_id == article.id:
            self.refresh()

    def _failed(self, action: Action, exc: BaseException) -> None:
        self._set_busy(False)
        self._prompts.error(self._dialog_parent(), _cannot(action), user_sentence(exc))
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
            tip = translate("WorkflowActions", spec.tip)
            if not enabled and self._article_id and self._status and not self._busy:
                tip = translate("WorkflowActions", "{tip} — not available to you while the article is {status}").format(
                    tip=tip, status=localized(status_word(self._status)))
            if spec.shortcut:
                tip += f" ({QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
            qaction.setToolTip(tip)
        self.sig_state_changed.emit()

    def _dialog_parent(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None
