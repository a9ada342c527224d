"""Saving when things go wrong: conflicts, refusals, permissions, closing with unsaved changes."""
from __future__ import annotations

from editor_test_helpers import ConflictAnswer, UnsavedChoice, append, notice_of, stored_article, type_text

from desk_app.domain.article import ArticleData
from desk_app.domain.workflow import Role


def edit_elsewhere(ws, article_id: str, body_tail: str) -> None:
    """Another session saves the article (what an editor on another machine does)."""
    other = ws.as_user("chief")
    data = other.articles.get(article_id)
    other.articles.save(data.copy(body=data.body + body_tail), apply_notice=True)


def history(ws, article_id: str) -> list[tuple[str, str]]:
    """(action, body) of every revision, oldest first."""
    import json

    from desk_app.store.models import Revision

    with ws.unit() as s:
        rows = s.query(Revision).filter(Revision.article_id == article_id).order_by(Revision.number).all()
        return [(r.action, json.loads(r.snapshot)["body"]) for r in rows]


def test_conflict_keep_mine_saves_over_and_theirs_stays_in_the_history(workspace, make_pane):
    article = stored_article(workspace)
    pane = make_pane(workspace)
    pane.open_article(article)
    append(pane.editor, " моя правка")
    edit_elsewhere(workspace, article, " их правка")
    pane.prompter.conflict = ConflictAnswer("mine")
    assert pane.save()
    stored = workspace.articles.get(article)
    assert stored.body.endswith("моя правка") and "их правка" not in stored.body
    assert pane.prompter.asked == ["conflict"]
    case = pane.prompter.cases[0]
    assert case.mine.body.endswith("моя правка") and case.theirs.body.endswith("их правка")
    assert not pane.is_dirty()
    assert any(body.endswith("их правка") for _action, body in history(workspace, article))


def test_conflict_take_theirs_keeps_my_text_in_the_history(pane, ui_ws):
    article = stored_article(ui_ws)
    pane.open_article(article)
    append(pane.editor, " моя правка")
    edit_elsewhere(ui_ws, article, " их правка")
    pane.prompter.conflict = ConflictAnswer("theirs")
    assert not pane.save()
    assert pane.editor.body().endswith("их правка")
    assert not pane.is_dirty()
    assert ("conflict_kept_aside", ui_ws.articles.get(article).body.replace(" их правка", " моя правка")) \
        in history(ui_ws, article)
    assert "Your text is kept in the history" in pane.area.message_bar.text()


def test_conflict_merge_takes_both_edits(pane, ui_ws):
    article = stored_article(ui_ws, "Первый абзац.\n\nВторой абзац.\n\nТретий абзац.")
    pane.open_article(article)
    found = pane.editor.document().find("Первый абзац")
    cursor = pane.editor.textCursor()
    cursor.setPosition(found.selectionEnd())
    pane.editor.setTextCursor(cursor)
    pane.editor.setFocus()
    type_text(pane.editor, ", мой")
    other = ui_ws.as_user("chief")
    theirs = other.articles.get(article)
    other.articles.save(theirs.copy(body=theirs.body.replace("Третий абзац.", "Третий абзац, их.")),
                        apply_notice=True)
    pane.prompter.conflict = lambda case: ConflictAnswer("merge", case.merge_text, {})
    assert pane.save()
    stored = ui_ws.articles.get(article)
    assert "Первый абзац, мой." in stored.body and "Третий абзац, их." in stored.body
    assert pane.editor.body() == stored.body and not pane.is_dirty()
    actions = [action for action, _body in history(ui_ws, article)]
    assert actions[-2:] == ["conflict_kept_aside", "conflict_merge"]


def test_conflict_decide_later_changes_nothing(pane, ui_ws):
    article = stored_article(ui_ws)
    pane.open_article(article)
    append(pane.editor, " моя правка")
    edit_elsewhere(ui_ws, article, " их правка")
    assert not pane.save()
    assert pane.prompter.asked == ["conflict"]
    assert pane.is_dirty() and pane.editor.body().endswith("моя правка")
    assert ui_ws.articles.get(article).body.endswith("их правка")


def test_invalid_fields_are_not_saved_and_the_text_stays(pane, ui_ws):
    pane.new_article("ru")
    pane.editor.setFocus()
    type_text(pane.editor, "Текст")
    pane.metadata.zone.setCurrentText("Mars/Olympus")
    assert not pane.save()
    assert pane.prompter.errors and "Mars/Olympus" in pane.prompter.errors[0][1]
    assert pane.is_dirty() and pane.editor.body().endswith("Текст")
    assert ui_ws.articles.count() == 0


def test_permission_denied_is_explained(make_pane, ui_ws):
    ui_ws.ensure_user("translator1", Role.TRANSLATOR)
    translator = ui_ws.as_user("translator1")
    pane = make_pane(translator)
    pane.new_article("ru")                  # a translator may not start an original
    pane.editor.setFocus()
    type_text(pane.editor, "Текст")
    assert not pane.save()
    assert "cannot create" in pane.prompter.errors[0][1]
    assert pane.is_dirty()


def test_articles_the_user_may_not_edit_open_read_only_with_a_banner(make_pane, ui_ws, qtbot):
    article = stored_article(ui_ws)
    ui_ws.ensure_user("corr", Role.CORRESPONDENT)
    from desk_app.store.guards import status_check_suspended
    from desk_app.store.models import Article

    with ui_ws.unit() as s, status_check_suspended(s):
        s.get(Article, article).status = "approved"
    pane = make_pane(ui_ws.as_user("corr"))
    pane.open_article(article)
    assert pane.is_read_only() and pane.banner.isVisible()
    assert "approved" in pane.banner_label.text()
    before = pane.editor.body()
    pane.editor.setFocus()
    type_text(pane.editor, "x")
    assert pane.editor.body() == before
    assert not pane.save()
    assert not pane.area.actions_by_id["bold"].isEnabled()


def test_set_read_only_shows_the_reason_and_can_be_lifted(pane, ui_ws):
    pane.open_article(stored_article(ui_ws))
    pane.set_read_only(True, "Locked by editor Ivanova since 10:42.")
    assert pane.banner.isVisible() and "Ivanova" in pane.banner_label.text()
    assert pane.metadata.headline.isReadOnly() and not pane.save_action.isEnabled()
    pane.set_read_only(False)
    assert not pane.banner.isVisible() and not pane.metadata.headline.isReadOnly()


def test_maybe_close_save_discard_cancel(pane, ui_ws):
    article = stored_article(ui_ws)
    pane.open_article(article)
    assert pane.maybe_close()                 # clean: nothing asked
    assert pane.prompter.asked == []
    pane.editor.setFocus()
    append(pane.editor, " один")
    pane.prompter.unsaved = UnsavedChoice.CANCEL
    assert not pane.maybe_close() and pane.is_dirty()
    pane.prompter.unsaved = UnsavedChoice.SAVE
    assert pane.maybe_close()
    assert ui_ws.articles.get(article).body.endswith(" один")
    append(pane.editor, " два")
    pane.prompter.unsaved = UnsavedChoice.DISCARD
    assert pane.maybe_close()
    assert not ui_ws.articles.get(article).body.endswith(" два")


def test_open_asks_first_and_cancel_keeps_the_current_article(pane, ui_ws):
    first, second = stored_article(ui_ws), stored_article(ui_ws, "Другой текст.")
    opened = []
    pane.sig_article_opened.connect(opened.append)
    pane.open_article(first)
    append(pane.editor, " правка")
    assert not pane.open_article(second)
    assert pane.article_id() == first and opened == [first]


def test_dirty_signal_follows_edits_and_undo(pane, ui_ws):
    states = []
    pane.sig_dirty_changed.connect(states.append)
    pane.open_article(stored_article(ui_ws))
    pane.editor.setFocus()
    type_text(pane.editor, "x")
    pane.editor.undo()
    type_text(pane.metadata.byline, "Автор")
    assert states == [True, False, True]


def test_deleted_article_can_be_saved_as_new(pane, ui_ws):
    article = stored_article(ui_ws)
    pane.open_article(article)
    append(pane.editor, " сохранить")
    from desk_app.store.models import Article, Revision

    with ui_ws.unit() as s:
        s.query(Revision).filter(Revision.article_id == article).delete()
        s.delete(s.get(Article, article))
    assert pane.save()
    assert "save_as_new" in pane.prompter.asked
    assert ui_ws.articles.get(pane.article_id()).body.endswith("сохранить")


def test_splitter_sizes_are_kept_by_name(make_pane, ui_ws, settings):
    pane = make_pane(ui_ws)
    pane.open_article(stored_article(ui_ws))
    pane.splitter.setSizes([900, 500])
    pane.save_state()
    assert settings.splitter_state("article_pane/main") is not None
    other = make_pane(ui_ws)
    other.open_article(stored_article(ui_ws))
    other.restore_state()
    sizes = other.splitter.sizes()
    assert sizes[0] > 1.5 * sizes[1]


def test_editor_actions_for_the_main_window(pane):
    names = [a.objectName() for a in pane.editor_actions()]
    assert names == ["editor.bold", "editor.italic", "editor.link", "editor.heading1", "editor.heading2",
                     "editor.heading3", "editor.quote", "editor.list", "editor.undo", "editor.redo",
                     "editor.find", "editor.replace", "editor.spelling"]
    assert pane.editor_actions()[0].shortcut().toString() == "Ctrl+B"


def test_load_data_and_current_data_round_trip(pane, ui_ws):
    data = ArticleData(headline="H", lede="Лид\u00a0с неразрывным", body=notice_of(ui_ws) + "\n\nтекст\u00a0nbsp",
                       tags=["Дагестан", "ЖКХ"], byline="Б", source="И", dateline_place="М", photo_caption="П",
                       photo_credit="К", photo_source="https://x.ru", ednote="заметка", language="en", version=2)
    pane.load_data(data)
    out = pane.current_data()
    for name in ArticleData.EDITABLE:
        assert getattr(out, name) == getattr(data, name), name
    assert not pane.is_dirty()


def test_set_workspace_empties_the_pane_but_keeps_unsaved_text_in_the_journal(pane, ui_ws, journal):
    pane.open_article(stored_article(ui_ws))
    append(pane.editor, " несохранённое")
    pane.write_snapshot(now=True)
    article = pane.article_id()
    pane.set_workspace(ui_ws)
    assert pane.article_id() is None and not pane.is_dirty()
    assert pane.stack.currentIndex() == 0
    assert journal.path_for(article).exists()
