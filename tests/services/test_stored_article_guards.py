"""What the service does with what it is given and with what it finds stored: forged fields,
articles that fail the notice check, damaged bytes."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from desk_app.domain.article import ArticleData
from desk_app.domain.article_filter import ArticleFilter
from desk_app.domain.errors import InvalidInput
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.domain.rendering import render_page
from desk_app.domain.workflow import Role
from desk_app.services.compliance import ComplianceService

N = DEMO_NOTICE_TEXT


def test_a_correspondent_creates_a_draft_of_their_own_whatever_they_claim(workspace):
    workspace.ensure_user("cora", Role.CORRESPONDENT)
    me = workspace.as_user("cora")
    forged = ArticleData(headline="Сразу в печать", body=N + "\n\nТекст.", status="published",
                         author_login="chief", policy_version=99)
    stored = me.articles.create(forged).article
    assert (stored.status, stored.author_login, stored.policy_version) == ("draft", "cora", 1)


def test_an_editor_may_file_material_in_the_state_it_has(workspace):
    stored = workspace.articles.create(ArticleData(headline="Архив", body=N + "\n\nТекст.",
                                                   status="published")).article
    assert stored.status == "published"
    with pytest.raises(InvalidInput, match="not an article state"):
        workspace.articles.create(ArticleData(headline="Архив", body=N + "\n\nТекст.", status="pending"))


def break_notice(ws, article_id: str, body: str) -> None:
    """What anyone holding the SQLite file (or the PostgreSQL owner) can do: write past the triggers."""
    with ws.engine.begin() as conn:
        if ws.dialect == "sqlite":
            conn.execute(text("DROP TRIGGER trg_articles_notice_update"))
        else:
            conn.execute(text("ALTER TABLE articles DISABLE TRIGGER trg_articles_notice"))
        conn.execute(text("UPDATE articles SET body = :b WHERE id = :i"), {"b": body, "i": article_id})
        if ws.dialect == "postgresql":
            conn.execute(text("ALTER TABLE articles ENABLE TRIGGER trg_articles_notice"))


@pytest.mark.parametrize("body", ["Текст без уведомления.", "Текст.\n\n" + N, N.lower() + "\n\nТекст.",
                                  N + "\n\nТекст.\n\n" + N])
def test_every_rendering_refuses_or_flags_a_stored_article_without_the_notice(workspace, body):
    article = workspace.articles.create(ArticleData(headline="З", body=N + "\n\nТекст.")).article
    break_notice(workspace, article.id, body)
    with pytest.raises(InvalidInput, match="not exported"):
        workspace.transfer.export(article.id, "html")
    stored = workspace.articles.get(article.id)
    page = workspace.transfer.page(stored)  # what the preview and the export render
    assert page.notice_problem
    for standalone in (True, False):
        assert "NOT FOR PUBLICATION" in render_page(page, standalone=standalone)
    fine = workspace.articles.create(ArticleData(headline="Хорошая", body=N + "\n\nТекст.")).article
    assert "NOT FOR PUBLICATION" not in workspace.transfer.export(fine.id, "html")


def test_one_damaged_row_does_not_stop_check_list_or_export(sqlite_url):
    from desk_app.services.workspace import Workspace

    with Workspace.open(sqlite_url, user="chief") as ws:
        good = ws.articles.create(ArticleData(headline="Целая", body=N + "\n\nТекст.")).article
        bad = ws.articles.create(ArticleData(headline="Битая", body=N + "\n\nТекст.")).article
        with ws.engine.begin() as conn:
            conn.execute(text("UPDATE articles SET headline = CAST(X'D091D0B8C3' AS TEXT) WHERE id = :i"),
                         {"i": bad.id})
        report = ComplianceService(ws).check_archive()
        assert report.checked == 2
        assert [(f.article_id, f.problems) for f in report.remaining] == [(bad.id, ("damaged text",))]
        assert {r.id for r in ws.articles.list(ArticleFilter())} == {good.id, bad.id}
        assert "Целая" in ws.transfer.export(good.id, "md")
        assert "Би\ufffd" in ws.transfer.export(bad.id, "md")
