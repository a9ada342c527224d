"""The test doubles for the questions Desk asks its user: one for the window, one for the article pane.

:class:`FakePrompts` stands in for ``desk_app.ui.widgets.prompts.Prompts`` (the
window, its workflow, pairing and shared-database parts, the workflow widgets,
start-up); :class:`FakePrompter` for the pane's ``desk_app.ui.editor.dialogs.Prompter``.
Each answers from a script set by the test and records what would have been
shown, so tests never monkeypatch Qt's dialogs. Imported by name
(``from fakes import FakePrompts``): tests/ui/conftest.py puts this folder on sys.path.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desk_app.ui.editor.dialogs import ConflictAnswer, UnsavedChoice
from desk_app.ui.widgets.dialogs import QUIT, STAY


@dataclass
class FakePrompts:
    """Every question of ``Prompts``: scripted answers, and a record of what was asked."""

    # error / info
    errors: list[tuple[str, str]] = field(default_factory=list)
    infos: list[tuple[str, str]] = field(default_factory=list)
    # confirm / ask_note (workflow): a note is a string, None (cancelled) or callable(title, message, label, required)
    confirm_answer: bool = True
    confirms: list[tuple[str, str]] = field(default_factory=list)
    note_answer: str | None | Callable[[str, str, str, bool], str | None] = "Поправьте лид."
    notes: list[tuple[str, str, bool]] = field(default_factory=list)
    # import / export
    import_files: list[Path] = field(default_factory=list)
    reports: list[tuple[Any, bool]] = field(default_factory=list)
    retry_with_notice: bool = False
    export_path: Path | None = None
    # workspaces and start-up
    workspace_file: Path | None = None
    workspace_choices: list[str] = field(default_factory=list)
    workspace_messages: list[str] = field(default_factory=list)
    recovery_answer: Callable[[list], tuple[object | None, list]] | None = None
    # pairing
    unsaved_translation: str = "save"
    # shared database: connect failures and take-over
    answers: list[str] = field(default_factory=list)        # to connect_failed, in turn; then STAY
    failures: list[str] = field(default_factory=list)
    take_over: bool = True
    take_over_asked: list[tuple[str, str]] = field(default_factory=list)

    def error(self, parent, title: str, message: str) -> None:
        self.errors.append((title, message))

    def info(self, parent, title: str, message: str) -> None:
        self.infos.append((title, message))

    def confirm(self, parent, title: str, message: str, accept_label: str) -> bool:
        self.confirms.append((title, message))
        return self.confirm_answer

    def ask_note(self, parent, title: str, message: str, accept_label: str, *, required: bool) -> str | None:
        self.notes.append((title, message, required))
        if callable(self.note_answer):
            return self.note_answer(title, message, accept_label, required)
        return self.note_answer

    def choose_import_files(self, parent) -> list[Path]:
        return list(self.import_files)

    def import_report(self, parent, summary, *, offer_notice_retry: bool) -> bool:
        self.reports.append((summary, offer_notice_retry))
        retry, self.retry_with_notice = self.retry_with_notice, False
        return retry

    def choose_export_path(self, parent, fmt: str, suggested: str) -> Path | None:
        return self.export_path

    def choose_workspace_file(self, parent, start: Path | None = None) -> Path | None:
        return self.workspace_file

    def workspace_error(self, parent, message: str) -> str:
        self.workspace_messages.append(message)
        return self.workspace_choices.pop(0) if self.workspace_choices else QUIT

    def recovery(self, parent, entries: list, zone_format=None) -> tuple[object | None, list]:
        return self.recovery_answer(entries) if self.recovery_answer else (None, [])

    def ask_unsaved_translation(self, parent, headline: str) -> str:
        return self.unsaved_translation

    def connect_failed(self, parent, message: str, *, shared: bool = True) -> str:
        self.failures.append(message)
        return self.answers.pop(0) if self.answers else STAY

    def confirm_take_over(self, parent, holder: str, since: str) -> bool:
        self.take_over_asked.append((holder, since))
        return self.take_over


@dataclass
class FakePrompter:
    """The pane's questions: scripted answers instead of dialogs; records what would have been shown."""

    unsaved: UnsavedChoice = UnsavedChoice.CANCEL
    conflict: ConflictAnswer | None | Callable[[Any], ConflictAnswer | None] = None   # None: "decide later"
    save_as_new: bool = True
    link: tuple[str, str] | None = ("link", "https://example.org/")
    errors: list[tuple[str, str]] = field(default_factory=list)
    infos: list[tuple[str, str]] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)
    cases: list = field(default_factory=list)   # the ConflictCases shown

    def ask_unsaved(self, headline: str) -> UnsavedChoice:
        self.asked.append("unsaved")
        return self.unsaved

    def resolve_conflict(self, case):
        self.asked.append("conflict")
        self.cases.append(case)
        return self.conflict(case) if callable(self.conflict) else self.conflict

    def ask_save_as_new(self, message: str) -> bool:
        self.asked.append("save_as_new")
        return self.save_as_new

    def ask_link(self, text: str):
        self.asked.append("link")
        return self.link

    def error(self, title: str, text: str) -> None:
        self.errors.append((title, text))

    def info(self, title: str, text: str) -> None:
        self.infos.append((title, text))
