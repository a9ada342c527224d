"""The article pane: metadata and Markdown editor on the left, live preview on the right.

Modelled on ReText's tab: a text change marks the preview outdated and a
short single-shot timer re-renders it off the GUI thread (``TaskRunner``, key
``"preview"``); the article being edited is read-only state changed only
through methods that emit a signal. Every write goes through the services
(``ws.articles.create/save(apply_notice=True)``); while there are unsaved
changes a recovery snapshot is written every few seconds.
"""
from __future__ import annotations

import html
from datetime import datetime

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.article import ArticleData
from desk_app.domain.errors import ConflictError, DeskError, NotFound
from desk_app.domain.markdown_blocks import IncrementalMarkdown
from desk_app.domain.notice import NoticePolicy, check, fix
from desk_app.domain.rendering import render_markdown
from desk_app.domain.workflow import Action, Actor, ArticleFacts, allowed_actions, can_edit
from desk_app.services.conflicts import ConflictService
from desk_app.ui.domain_labels import language_label, number, role_with_article, status_label
from desk_app.ui.editor.dialogs import Prompter, UnsavedChoice
from desk_app.ui.editor.editor_area import EditorArea
from desk_app.ui.editor.mentions import MentionMarker
from desk_app.ui.editor.metadata_panel import MetadataPanel
from desk_app.ui.editor.photo_attach import PhotoAttacher
from desk_app.ui.editor.preview import PreviewPane
from desk_app.ui.editor.preview_render import PreviewResult, render_preview
from desk_app.ui.editor.recovery import RecoveryJournal
from desk_app.ui.editor.spell_fields import CellSpelling
from desk_app.ui.editor.spell_layer import SpellLayer
from desk_app.ui.editor.style import PANE_STYLE
from desk_app.ui.i18n import localized, on_language_change, translate
from desk_app.ui.settings import Options, Settings
from desk_app.ui.tasks import TaskRunner

__all__ = ["ArticlePane", "PreviewResult", "read_only_reason", "render_preview"]

SPLITTER_MAIN = "article_pane/main"
SPLITTER_LEFT = "article_pane/left"


def read_only_reason(actor: Actor, data: ArticleData) -> str:
    """Why ``actor`` cannot edit ``data``, and what to do about it when there is something to do."""
    facts = ArticleFacts.of(data)
    status = status_label(data.status).lower()
    if Action.CORRECT in allowed_actions(actor, facts):
        return translate("ArticlePane", "This article is {status}: start a correction to edit it "
                         "(Workflow → Start correction).").format(status=status)
    if Action.UNSPIKE in allowed_actions(actor, facts):
        return translate("ArticlePane", "This article is spiked: unspike it to edit it (Workflow → Unspike).")
    return translate("ArticlePane", "You cannot edit this article: it is {status} and you are {role}.").format(
        status=status, role=role_with_article(actor.role))


class ArticlePane(QWidget):
    """Edits one article at a time; the main window embeds it and listens to its signals."""

    sig_dirty_changed = Signal(bool)
    """The unsaved-changes state changed (True: there are unsaved changes)."""
    sig_article_saved = Signal(str)
    """An article was saved (its id)."""
    sig_article_opened = Signal(str)
    """An article was loaded into the pane (its id)."""
    sig_status_message = Signal(str)
    """A short message for the status bar."""
    sig_banner_action = Signal()
    """The button in the read-only banner was pressed (see :meth:`set_banner_action`)."""

    def __init__(self, workspace, tasks: TaskRunner, settings: Settings, journal: RecoveryJournal,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("articlePane")
        self._ws = workspace
        self._tasks = tasks
        self._settings = settings
        self._journal = journal
        self.prompter = Prompter(self)
        self._baseline: ArticleData | None = None
        self._policy: NoticePolicy | None = None
        self._is_new = False
        self._forced_dirty = False
        self._dirty = False
        self._loading = False
        self._read_only = False
        self._workflow_read_only = False   # read-only for the workflow's reason: worded again on a switch
        self._generation = 0      # bumps on every load: late preview results of an older article are dropped
        self._seq = 0             # bumps on every edit: orders recovery snapshots
        self._snapshot_seq = 0    # the edit the last snapshot was taken at
        self._sizes_set = False
        self.body_renderer = IncrementalMarkdown(render_markdown)  # reuses unchanged paragraphs' HTML
        self._build()
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._autosave_timer = QTimer(self)
        self._autosave_timer.timeout.connect(self.write_snapshot)
        self.mentions = MentionMarker(self.editor, tasks, lambda: self._ws if self._baseline is not None else None,
                                      self._mention_fields, self)
        self.apply_settings()
        self._show_empty()
        on_language_change(self, self._retranslate_ui)

    # -- building ------------------------------------------------------------
    def _build(self) -> None:
        self.setStyleSheet(PANE_STYLE)
        self.banner = QFrame(self)
        self.banner.setObjectName("readOnlyBanner")
        self.banner_label = QLabel(self.banner)
        self.banner_label.setWordWrap(True)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(12, 6, 12, 6)
        banner_layout.addWidget(self.banner_label, 1)
        self.banner_button = QPushButton(self.banner)
        self.banner_button.setObjectName("bannerAction")
        self.banner_button.clicked.connect(self.sig_banner_action)
        self.banner_button.hide()
        banner_layout.addWidget(self.banner_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.banner.hide()

        self.metadata = MetadataPanel()
        self.photos = PhotoAttacher(self.metadata.photo_field, self._tasks, lambda: self._ws, self)
        self.photos.sig_message.connect(self._say)
        self.metadata_scroll = QScrollArea(self)
        self.metadata_scroll.setObjectName("metadataScroll")
        self.metadata_scroll.setWidgetResizable(True)
        self.metadata_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.metadata_scroll.setWidget(self.metadata)
        self.metadata_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area = EditorArea(lambda text: self.prompter.ask_link(text), self)
        self.editor = self.area.editor
        self.preview = PreviewPane(self)

        self.left = QSplitter(Qt.Orientation.Vertical, self)
        self.left.setObjectName("articlePaneLeft")
        self.left.addWidget(self.metadata_scroll)
        self.left.addWidget(self.area)
        self.left.setStretchFactor(0, 2)
        self.left.setStretchFactor(1, 3)
        self.left.setCollapsible(1, False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("articlePaneMain")
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)

        empty = self.empty_label = QLabel(self)
        empty.setObjectName("emptyState")
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(empty)
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)

        self.save_action = QAction(self)
        self.save_action.setObjectName("article.save")
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)

        self.editor.textChanged.connect(self._on_edit)
        self.editor.document().modificationChanged.connect(lambda _m: None if self._loading else self._update_dirty())
        self.editor.sig_notice_restored.connect(self._on_notice_restored)
        self.spell = SpellLayer(self.editor, self._tasks, self)
        self.spell.sig_message.connect(self._say)
        self.spell.set_service(getattr(self._ws, "spelling", None))
        self.spell_action = self.spell.make_toggle(self, self._settings.get(Options.spell_check))
        self.spell_action.toggled.connect(lambda on: self._settings.set(Options.spell_check, on))
        self.area.toolbar.addAction(self.spell_action)
        self.field_spelling = CellSpelling(self._tasks, self)    # the lede: squiggles after a typing pause
        self.field_spelling.set_service(getattr(self._ws, "spelling", None))
        self.field_spelling.sig_message.connect(self._say)
        self.lede_spelling = self.field_spelling.attach(self.metadata.lede, "ru")
        self.spell_action.toggled.connect(self.lede_spelling.set_enabled)
        self.lede_spelling.set_enabled(self.spell_action.isChecked())
        self.metadata.sig_changed.connect(self._on_edit)
        self.metadata.sig_language_changed.connect(self._on_language_changed)
        self.metadata.sig_message.connect(self._say)
        self.area.sig_message.connect(self.sig_status_message)
        self.editor.verticalScrollBar().valueChanged.connect(self._sync_preview_scroll)
        self.preview.browser.sig_link_clicked.connect(
            lambda url: self.sig_status_message.emit(
                translate("ArticlePane", "Link (not opened from the preview): {url}").format(url=url)))

    def _retranslate_ui(self) -> None:
        self.empty_label.setText(translate("ArticlePane", "No article is open.\n"
                                           "Choose one in the list, or create a new article."))
        self.save_action.setText(translate("ArticlePane", "&Save"))
        if self._baseline is None:
            return
        if self._read_only and self._workflow_read_only:
            self._apply_workflow_read_only(self._baseline)
        if self._dirty:
            self.area.state.setText(translate("ArticlePane", "Unsaved changes"))
        self.refresh_preview()   # the word count
    def apply_settings(self) -> None:
        self._preview_timer.setInterval(max(0, self._settings.get(Options.preview_delay_ms)))
        self._autosave_timer.setInterval(max(1, self._settings.get(Options.autosave_seconds)) * 1000)
        self.editor.set_font_size(self._settings.get(Options.editor_font_size))

    # -- the contract ------------------------------------------------------------
    def set_workspace(self, workspace) -> None:
        """Switch to another workspace; the pane becomes empty (unsaved text stays in the journal)."""
        self._ws = workspace
        self.spell.set_service(getattr(workspace, "spelling", None))
        self.field_spelling.set_service(getattr(workspace, "spelling", None))
        self._show_empty()

    def open_article(self, article_id: str) -> bool:
        """Load a stored article; asks about unsaved changes first. False if cancelled or it cannot be opened."""
        if self._baseline is not None and self._baseline.id == article_id and not self._is_new:
            return True
        if not self.maybe_close():
            return False
        try:
            data = self._ws.articles.get(article_id)
            self._load(data, is_new=False)
        except DeskError as exc:
            self.prompter.error(translate("ArticlePane", "The article cannot be opened"), localized(exc))
            return False
        return True

    def new_article(self, language: str = "ru") -> bool:
        """Start an unsaved article (its body carries the notice in force); False if cancelled."""
        if not self.maybe_close():
            return False
        try:
            self._load(self._ws.articles.new_draft(language), is_new=True)
        except DeskError as exc:
            self.prompter.error(translate("ArticlePane", "A new article cannot be started"), localized(exc))
            return False
        self.metadata.headline.setFocus()
        return True

    def load_data(self, data: ArticleData, *, dirty: bool = False) -> None:
        """Show ``data`` as it is (crash recovery); version 0 means it was never saved."""
        self._load(data, is_new=data.version == 0, dirty=dirty)

    def current_data(self) -> ArticleData:
        if self._baseline is None:
            return ArticleData()
        data = self.metadata.apply_to(self._baseline)
        data.body = self.editor.body()
        return data

    def article_id(self) -> str | None:
        return self._baseline.id if self._baseline is not None else None

    def is_dirty(self) -> bool:
        return self._dirty

    def editor_actions(self) -> list[QAction]:
        return [*self.area.editor_actions(), self.spell_action]

    def set_read_only(self, read_only: bool, reason: str = "") -> None:
        self._read_only = read_only
        self._workflow_read_only = False
        self.banner_label.setText(translate("ArticlePane", "<b>Read-only.</b> {reason}").format(
            reason=html.escape(reason or translate("ArticlePane", "This article cannot be edited here."))))
        self.banner.setVisible(read_only)
        self.banner_button.hide()   # an action belongs to one reason; set_banner_action after this
        self.area.set_read_only(read_only)
        self.metadata.set_read_only(read_only)
        self.save_action.setEnabled(not read_only and self._baseline is not None)

    def is_read_only(self) -> bool:
        return self._read_only

    def set_banner_action(self, text: str = "") -> None:
        """Offer one action in the read-only banner (e.g. "Take over"); "" removes it. Emits sig_banner_action."""
        self.banner_button.setText(text)
        self.banner_button.setVisible(bool(text) and self._read_only)

    def show_saved(self, result) -> None:
        """Show a save made outside :meth:`save` (e.g. a minor edit through the pairing service) as saved."""
        self._after_save(result)

    def save_state(self) -> None:
        self._settings.set_splitter_state(SPLITTER_MAIN, self.splitter.saveState())
        self._settings.set_splitter_state(SPLITTER_LEFT, self.left.saveState())

    def restore_state(self) -> None:
        restored = False
        for name, splitter in ((SPLITTER_MAIN, self.splitter), (SPLITTER_LEFT, self.left)):
            state = self._settings.splitter_state(name)
            if state is not None and not state.isEmpty():
                restored = splitter.restoreState(state) or restored
        self._sizes_set = self._sizes_set or restored

    def showEvent(self, e) -> None:
        super().showEvent(e)
        if not self._sizes_set:  # first show without saved sizes: editor 55 %, preview 45 %; fields 40 %
            self._sizes_set = True
            width, height = max(self.width(), 800), max(self.height(), 600)
            self.splitter.setSizes([int(width * 0.55), int(width * 0.45)])
            self.left.setSizes([int(height * 0.4), int(height * 0.6)])

    # -- saving ------------------------------------------------------------------
    def save(self) -> bool:
        """Save through the service (the notice check fixes and reports); True when the text was stored."""
        if self._baseline is None or self._read_only:
            return False
        mine = self.current_data()
        try:
            result = (self._ws.articles.create(mine, apply_notice=True) if self._is_new
                      else self._ws.articles.save(mine, apply_notice=True))
        except ConflictError as exc:
            return self._resolve_conflict(mine, exc)
        except NotFound as exc:
            return self._save_as_new(localized(exc), mine)
        except DeskError as exc:
            self._not_saved(exc)
            return False
        self._after_save(result)
        return True

    def _save_as_new(self, message: str, mine: ArticleData) -> bool:
        if not self.prompter.ask_save_as_new(message):
            return False
        self._is_new = True
        self._baseline = self._baseline.copy(version=0) if self._baseline else mine.copy(version=0)
        return self.save()

    def _after_save(self, result) -> None:
        stored: ArticleData = result.article
        self._loading = True
        try:
            self._baseline = stored
            self._is_new = False
            self._forced_dirty = False
            self.metadata.set_data(stored)
            if self.editor.body() != stored.body:
                self._policy = self._ws.policy.current()
                self.editor.set_body(stored.body, self._notice_policy(stored.language))
            else:
                self.editor.document().setModified(False)
        finally:
            self._loading = False
        self._journal.remove(stored.id, seq=self._seq)
        self._snapshot_seq = self._seq
        notes = [translate("ArticlePane", "Saved “{headline}” (version {version}).").format(
            headline=stored.headline or translate("ArticlePane", "Untitled"), version=stored.version)]
        notes += [localized(m) for m in result.messages if m]
        self._update_dirty()
        self._apply_workflow_read_only(stored)
        if result.notice_fixed is not None or getattr(result, "unlabelled", None):
            self.area.say(" ".join(notes))
        else:
            self.sig_status_message.emit(" ".join(notes))
        self.area.state.setText(translate("ArticlePane", "Saved at {time}").format(time=f"{stored.updated_at:%H:%M}")
                                if stored.updated_at else translate("ArticlePane", "Saved"))
        self.sig_article_saved.emit(stored.id)

    def _resolve_conflict(self, mine: ArticleData, error: ConflictError) -> bool:
        """Someone saved meanwhile: show both texts and the three-way merge, apply the user's choice.

        Whatever is chosen, the text that loses stays in the article's history (ConflictService);
        "decide later" writes nothing and leaves the text in the editor. True when mine or the
        merge was stored.
        """
        service = ConflictService(self._ws)
        for _attempt in range(3):
            try:
                case = service.prepare(mine, error)
            except DeskError as exc:
                self.prompter.error(translate("ArticlePane", "The article was not saved"),
                                    translate("ArticlePane", "{error}\n\nYour text is still in the editor.").format(
                                        error=localized(exc)))
                return False
            answer = self.prompter.resolve_conflict(case)
            if answer is None:
                self._say(translate("ArticlePane", "Not saved: someone else saved a newer version; your text is "
                                    "unchanged — save again to compare."))
                return False
            try:
                result = service.resolve(case, answer.choice, answer.merged_body, answer.field_choices,
                                         apply_notice=True)
            except ConflictError as again:   # yet another save came in while the dialog was open
                error = again
                continue
            except DeskError as exc:
                self._not_saved(exc)
                return False
            if answer.choice != "theirs":
                if result.article.id != mine.id:   # the article was removed: mine became a new one
                    self._journal.remove(mine.id, seq=self._seq)
                self._after_save(result)
                return True
            self._journal.remove(mine.id, seq=self._seq)
            self._load(result.article, is_new=False)
            self.area.say(" ".join(localized(m) for m in result.messages if m))
            self.sig_article_saved.emit(result.article.id)
            return False
        self._say(translate("ArticlePane", "Not saved: the article keeps changing on the server; try again."))
        return False

    def _not_saved(self, exc: DeskError) -> None:
        self.prompter.error(translate("ArticlePane", "The article was not saved"),
                            translate("ArticlePane", "{error}\n\nYour text is still in the editor.").format(
                                error=localized(exc)))
        self._say(translate("ArticlePane", "Not saved: {error}").format(error=localized(exc)))

    def maybe_close(self) -> bool:
        """True when the pane may let go of its article: clean, saved, or discarded by the user."""
        if not self._dirty:
            return True
        choice = self.prompter.ask_unsaved(self.metadata.headline.text())
        if choice is UnsavedChoice.SAVE:
            return self.save() or not self._dirty
        if choice is UnsavedChoice.DISCARD:
            self.discard_changes()
            return True
        return False

    def discard_changes(self) -> None:
        """Forget the unsaved edits (and their recovery snapshot); shows the stored version again."""
        if self._baseline is None:
            return
        self._journal.remove(self._baseline.id, seq=self._seq)
        self._load(self._baseline, is_new=self._is_new, fix_marks_dirty=False)

    # -- loading -----------------------------------------------------------------
    def _notice_policy(self, language: str) -> NoticePolicy | None:
        policy = self._policy
        if policy is not None and policy.applies_to(language, self._ws.policy.today()):
            return policy
        return None

    def _load(self, data: ArticleData, *, is_new: bool, dirty: bool = False, fix_marks_dirty: bool = True) -> None:
        self._policy = self._ws.policy.current()
        data = data.copy()
        policy = self._notice_policy(data.language)
        body = data.body.replace("\r\n", "\n").replace("\r", "\n")
        note = ""
        editable = is_new or can_edit(self._ws.actor, ArticleFacts.of(data))
        if policy is not None:
            fixed = fix(policy, body)
            if fixed != body:
                if fix_marks_dirty and editable:
                    note = translate("ArticlePane", "The foreign-agent notice was restored: {summary} "
                                     "Save to keep the corrected text.").format(summary=localized(
                                         check(policy, body).summary()))
                    dirty = True
                elif fix_marks_dirty:
                    note = translate("ArticlePane", "The stored text does not carry the foreign-agent notice as "
                                     "required ({summary}); it is shown corrected here. Someone who may edit this "
                                     "article must save it.").format(summary=localized(check(policy, body).summary()))
                body = fixed
        self._generation += 1
        self._loading = True
        try:
            self._baseline = data
            self._is_new = is_new
            self.metadata.set_data(data)
            self.editor.set_body(body, policy)
            self.spell.text_loaded(data.language)
            self.lede_spelling.set_language(data.language)
        finally:
            self._loading = False
        self._forced_dirty = dirty
        self._seq += 1
        self._snapshot_seq = 0
        self.stack.setCurrentIndex(1)
        self._apply_workflow_read_only(data)
        self._update_dirty()
        self.area.state.setText(translate("ArticlePane", "Recovered, not saved yet") if dirty and not note else "")
        self.preview.scroll_to_ratio(0.0)
        self.refresh_preview()
        self.mentions.check_now()
        if self._dirty:
            self.write_snapshot(now=True)
        if note:
            self.area.say(note)
        self.sig_article_opened.emit(data.id)

    def _apply_workflow_read_only(self, data: ArticleData) -> None:
        allowed = self._is_new or can_edit(self._ws.actor, ArticleFacts.of(data))
        if not allowed:
            self.set_read_only(True, read_only_reason(self._ws.actor, data))
            self._workflow_read_only = True
        elif self._read_only:
            self.set_read_only(False)
        else:
            self.save_action.setEnabled(True)

    def _show_empty(self) -> None:
        self._generation += 1
        self._baseline = None
        self._forced_dirty = False
        self._preview_timer.stop()
        self._autosave_timer.stop()
        self.mentions.clear()
        self.stack.setCurrentIndex(0)
        self.save_action.setEnabled(False)
        self._update_dirty()

    # -- reacting to edits ---------------------------------------------------------
    def _on_edit(self) -> None:
        if self._loading or self._baseline is None:
            return
        self._seq += 1
        self._update_dirty()
        self.preview.set_updating(True)
        self._preview_timer.start()
        self.mentions.schedule()

    def _mention_fields(self) -> tuple[str, str, str]:
        data = self.metadata.apply_to(self._baseline) if self._baseline is not None else ArticleData()
        return data.headline, data.lede, data.language

    def _update_dirty(self) -> None:
        dirty = self._baseline is not None and (
            self._forced_dirty or self.editor.document().isModified() or self.metadata.differs_from(self._baseline))
        if dirty and not self._autosave_timer.isActive():
            self._autosave_timer.start()
        elif not dirty:
            self._autosave_timer.stop()
        if dirty != self._dirty:
            self._dirty = dirty
            if dirty:
                self.area.state.setText(translate("ArticlePane", "Unsaved changes"))
            elif self._baseline is not None:  # undone back to the saved text: no recovery copy to offer
                self._journal.remove(self._baseline.id, seq=self._seq)
                self._snapshot_seq = 0
                self.area.state.setText("")
            self.sig_dirty_changed.emit(dirty)

    def _on_language_changed(self, language: str) -> None:
        self.spell.set_language(language)
        self.lede_spelling.set_language(language)
        wanted = self._notice_policy(language)
        if (wanted is None) == (self.editor.guard.notice is None):
            return
        if wanted is not None:
            self.editor.set_body(fix(wanted, self.editor.body()), wanted)
            self.area.say(translate("ArticlePane", "The foreign-agent notice required for {language} articles "
                                    "was added.").format(language=language_label(language)))
        else:
            self.editor.set_body(self.editor.body(), None)
            self.area.say(translate("ArticlePane", "The current policy does not require the notice on {language} "
                                    "articles; it is no longer protected.").format(language=language_label(language)))
        self._forced_dirty = True
        self._on_edit()

    def _on_notice_restored(self, _message: str) -> None:
        self._forced_dirty = True
        self._on_edit()

    def _say(self, message: str) -> None:
        self.area.say(message)

    # -- preview -------------------------------------------------------------------
    def refresh_preview(self) -> None:
        """Render the current data off the GUI thread; a newer request cancels an older one."""
        if self._baseline is None:
            return
        data, workspace, generation, body = self.current_data(), self._ws, self._generation, self.body_renderer
        have_photo = self.preview.browser.media_key()
        self.preview.set_updating(True)
        self._tasks.run(lambda _task: render_preview(workspace, data, body, have_photo), key="preview",
                        on_done=lambda result: self._preview_ready(result, generation),
                        on_error=self._preview_failed)

    def _preview_ready(self, result: PreviewResult, generation: int) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        if result.photo is not None:
            self.preview.browser.set_media(*result.photo)
        self.preview.browser.images = result.images
        self.preview.fit_notice(result.notice)
        self.metadata.show_missing(list(result.missing))
        self.preview.set_html(result.html)
        self.preview.set_updating(False)
        words = (translate("ArticlePane", "{count} word") if result.words == 1
                 else translate("ArticlePane", "{count} words")).format(count=number(result.words))
        characters = (translate("ArticlePane", "{count} character") if result.characters == 1
                      else translate("ArticlePane", "{count} characters")).format(count=number(result.characters))
        self.area.counts.setText(translate("ArticlePane", "{words} · {characters}  (without the notice)").format(
            words=words, characters=characters))
        self._sync_preview_scroll()

    def _preview_failed(self, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            self.preview.state.setText(translate("ArticlePane", "Preview failed"))
            self.sig_status_message.emit(translate("ArticlePane", "The preview could not be rendered: {error}").format(
                error=localized(exc)))

    def _sync_preview_scroll(self, *_args) -> None:
        bar = self.editor.verticalScrollBar()
        self.preview.scroll_to_ratio(bar.value() / bar.maximum() if bar.maximum() else 0.0)

    # -- recovery journal ------------------------------------------------------------
    def write_snapshot(self, *, now: bool = False) -> None:
        """Write a recovery snapshot if there are unsaved edits not yet in one (on the task runner)."""
        if self._baseline is None or not self._dirty:
            self._autosave_timer.stop()
            return
        if self._seq == self._snapshot_seq:
            return
        data, seq, url = self.current_data(), self._seq, self._ws.info.url
        base = 0 if self._is_new else self._baseline.version
        self._snapshot_seq = seq
        journal = self._journal

        def write(_task=None):
            return journal.write(data, workspace_url=url, base_version=base, seq=seq)

        if now:
            try:
                self._snapshot_written(write())
            except OSError as exc:
                self._snapshot_failed(exc)
            return
        self._tasks.run(write, on_done=self._snapshot_written, on_error=self._snapshot_failed)

    def _snapshot_written(self, path) -> None:
        if path is not None and shiboken6.isValid(self) and self._dirty:
            self.area.state.setText(translate("ArticlePane", "Unsaved changes · recovery copy {time}").format(
                time=f"{datetime.now():%H:%M:%S}"))

    def _snapshot_failed(self, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            self._snapshot_seq = 0
            self.sig_status_message.emit(translate("ArticlePane", "The recovery copy could not be written: {error}")
                                         .format(error=localized(exc)))
