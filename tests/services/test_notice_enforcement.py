"""No write path stores an article without the exact notice: service, import, raw SQL (both backends)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from desk_app.domain.article import ArticleData
from desk_app.domain.errors import NoticeRefused, PermissionDenied
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.domain.workflow import Role
from desk_app.services.compliance import ComplianceService
from desk_app.store.models import Article, Revision

N = DEMO_NOTICE_TEXT
ALTERED = {
    "straight quotes": N.replace("“", '"').replace("”", '"'),
    "lower case": N.lower(),
    "word missing": N.replace(" ЛИБО", ""),
    "word doubled": N.replace("МАТЕРИАЛ", "МАТЕРИАЛ МАТЕРИАЛ"),
    "quote block": "> " + N,
    "other outlet": N.replace("ООО “МЕМО”", "ООО “РОГА И КОПЫТА”"),
    "zero-width": N.replace("МАТЕРИАЛ", "МАТЕ\u200bРИАЛ"),
    "latin look-alike": N.replace("АГЕНТОМ", "AГEHTOM"),
}


def count(ws, model=Article) -> int:
    with ws.unit() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


@pytest.mark.parametrize("variant", sorted(ALTERED))
def test_script_save_of_an_altered_notice_is_refused(workspace, variant):
    data = ArticleData(headline="Заголовок", body=ALTERED[variant] + "\n\nТекст статьи.")
    with pytest.raises(NoticeRefused) as info:
        workspace.articles.create(data)
    assert "altered" in str(info.value).lower()
    assert "Nothing was saved" in str(info.value)
    assert count(workspace) == 0 and count(workspace, Revision) == 0


@pytest.mark.parametrize("variant", sorted(ALTERED))
def test_interactive_save_restores_the_canonical_notice(workspace, variant):
    data = ArticleData(headline="Заголовок", body=ALTERED[variant] + "\n\nТекст статьи.")
    result = workspace.articles.create(data, apply_notice=True)
    assert result.article.body == N + "\n\nТекст статьи."
    assert result.notice_fixed is not None
    assert any("notice was restored" in m for m in result.messages)


def test_missing_notice_refused_then_applied(workspace):
    data = ArticleData(headline="Заголовок", body="Только текст.")
    with pytest.raises(NoticeRefused, match="missing"):
        workspace.articles.create(data)
    assert count(workspace) == 0
    stored = workspace.articles.create(data, apply_notice=True).article
    assert stored.body == N + "\n\nТолько текст."


def test_save_that_removes_the_notice_is_refused(workspace):
    article = workspace.articles.create(ArticleData(headline="З", body=N + "\n\nТекст.")).article
    article.body = "Текст."
    with pytest.raises(NoticeRefused):
        workspace.articles.save(article)
    assert workspace.articles.get(article.id).body == N + "\n\nТекст."
    assert workspace.articles.get(article.id).version == 1


def test_english_versions_carry_the_russian_notice(workspace):
    with pytest.raises(NoticeRefused):
        workspace.articles.create(ArticleData(headline="H", language="en", body="English text."))
    stored = workspace.articles.create(
        ArticleData(headline="H", language="en", body="English text."), apply_notice=True).article
    assert stored.body.startswith(N)


def test_new_draft_already_carries_the_notice(workspace):
    draft = workspace.articles.new_draft("en")
    assert draft.body == N
    draft.headline = "H"
    assert workspace.articles.create(draft).article.body == N


# -- the database refuses too ------------------------------------------------------

INSERT = text(
    "INSERT INTO articles (id, language, headline, slug, lede, body, byline, source, dateline_place, "
    "time_zone, photo, photo_caption, photo_credit, photo_source, ednote, status, word_count, "
    "created_at, updated_at, version) VALUES (:id, :lang, 'H', '', '', :body, '', '', '', "
    "'Europe/Moscow', '', '', '', '', '', 'draft', 0, :now, :now, 1)"
)


def _raw_insert(ws, article_id, body_text, lang="ru"):
    from datetime import datetime, timezone

    now = datetime.now(timezone.utc)
    with ws.engine.begin() as conn:
        conn.execute(INSERT, {"id": article_id, "lang": lang, "body": body_text,
                              "now": now.replace(tzinfo=None) if ws.dialect == "sqlite" else now})


@pytest.mark.parametrize("bad_body", [
    "Без уведомления.",
    ALTERED["straight quotes"] + "\n\nТекст.",
    ALTERED["latin look-alike"] + "\n\nТекст.",
    "Текст.\n\n" + N,                 # misplaced: the policy says top
    N + "Текст без пустой строки.",   # glued to the text
    "",
])
def test_raw_sql_insert_without_the_notice_is_refused(workspace, bad_body):
    with pytest.raises(DBAPIError) as info:
        _raw_insert(workspace, "raw-1", bad_body)
    assert "notice" in str(info.value.orig)
    assert count(workspace) == 0


def test_raw_sql_insert_with_the_notice_is_accepted(workspace):
    _raw_insert(workspace, "raw-ok", N + "\n\nТекст.")
    _raw_insert(workspace, "raw-ok-en", N, lang="en")
    assert count(workspace) == 2


def test_raw_sql_update_that_strips_the_notice_is_refused(workspace):
    article = workspace.articles.create(ArticleData(headline="З", body=N + "\n\nТекст.")).article
    with pytest.raises(DBAPIError):
        with workspace.engine.begin() as conn:
            conn.execute(text("UPDATE articles SET body = 'Текст.' WHERE id = :i"), {"i": article.id})
    with pytest.raises(DBAPIError):
        with workspace.engine.begin() as conn:
            conn.execute(text("UPDATE articles SET body = replace(body, 'МЕМО', 'MEMO') WHERE id = :i"),
                         {"i": article.id})
    assert workspace.articles.get(article.id).body == N + "\n\nТекст."


def test_policy_rows_cannot_be_rewritten_in_place(workspace):
    with pytest.raises(DBAPIError):
        with workspace.engine.begin() as conn:
            conn.execute(text("UPDATE notice_policies SET text = 'x', paragraph = 'x'"))


# -- policy versions -----------------------------------------------------------------

def test_new_policy_applies_from_its_date_and_check_finds_and_fixes_old_articles(workspace, clock):
    old = workspace.articles.create(ArticleData(headline="Старая", body=N + "\n\nТекст.")).article
    tomorrow = clock().date() + timedelta(days=1)
    policy = workspace.policy.set(N, age_mark="18+", effective_from=tomorrow)
    assert policy.version == 2 and policy.paragraph() == N + " 18+"
    assert workspace.policy.current().version == 1      # not yet in force
    assert ComplianceService(workspace).check_archive().remaining == []

    clock.advance(86400)
    assert workspace.policy.current().version == 2
    report = ComplianceService(workspace).check_archive()
    assert [f.article_id for f in report.remaining] == [old.id]
    assert "altered" in report.remaining[0].problems

    fixed = ComplianceService(workspace).check_archive(fix=True)
    assert fixed.remaining == [] and fixed.findings[0].fixed
    stored = workspace.articles.get(old.id)
    assert stored.body == N + " 18+\n\nТекст."
    last = workspace.articles.revisions(old.id)[-1]
    assert (last.action, last.author_login) == ("notice_fix", "chief")
    assert ComplianceService(workspace).check_archive().remaining == []


def test_database_follows_the_policy_in_force(workspace, clock):
    workspace.policy.set(N, placement="end", effective_from=date(2020, 1, 1))
    _raw_insert(workspace, "end-ok", "Текст.\n\n" + N)
    with pytest.raises(DBAPIError):
        _raw_insert(workspace, "top-now-wrong", N + "\n\nТекст.")


def test_policy_limited_to_a_language(workspace):
    workspace.policy.set(N, languages=("ru",), effective_from=date(2020, 1, 1))
    _raw_insert(workspace, "en-free", "English only.", lang="en")
    with pytest.raises(DBAPIError):
        _raw_insert(workspace, "ru-bound", "Русский текст.", lang="ru")
    stored = workspace.articles.create(ArticleData(headline="H", language="en", body="Plain.")).article
    assert stored.body == "Plain."


def test_only_admins_change_the_policy(workspace):
    workspace.ensure_user("kate", Role.EDITOR)
    with pytest.raises(PermissionDenied, match="Only an admin"):
        workspace.as_user("kate").policy.set("ТЕКСТ")
    assert [p.version for p in workspace.policy.history()] == [1]


def test_check_fix_needs_an_editor(workspace):
    workspace.ensure_user("cor", Role.CORRESPONDENT)
    with pytest.raises(PermissionDenied):
        ComplianceService(workspace.as_user("cor")).check_archive(fix=True)
