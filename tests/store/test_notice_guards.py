"""The database's guards around the notice, on both engines: raw SQL as an attacker would write it."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desk_app.domain.article import ArticleData
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.domain.workflow import Action
from desk_app.services.compliance import ComplianceService

N = DEMO_NOTICE_TEXT
INSERT_ARTICLE = text(
    "INSERT INTO articles (id, language, headline, slug, lede, body, byline, source, dateline_place, "
    "time_zone, photo, photo_caption, photo_credit, photo_source, ednote, status, word_count, "
    "created_at, updated_at, version) VALUES (:id, 'ru', 'H', '', '', :body, '', '', '', "
    "'Europe/Moscow', '', '', '', '', '', 'draft', 0, :now, :now, 1)"
)
POLICY_COLUMNS = "(version, outlet, text, age_mark, placement, effective_from, languages, paragraph, created_at)"


def _now(ws):
    now = datetime.now(timezone.utc)
    return now.replace(tzinfo=None) if ws.dialect == "sqlite" else now


def insert_article(ws, article_id: str, body: str) -> None:
    with ws.engine.begin() as conn:
        conn.execute(INSERT_ARTICLE, {"id": article_id, "body": body, "now": _now(ws)})


def policy_values(version: int, text_: str, paragraph: str) -> dict:
    return {"v": version, "t": text_, "p": paragraph, "now": _now_utc()}


def _now_utc():
    return datetime(2022, 12, 1, tzinfo=timezone.utc).replace(tzinfo=None)


def insert_policy_sql(prefix: str = "INSERT", suffix: str = "") -> text:
    return text(f"{prefix} INTO notice_policies {POLICY_COLUMNS} VALUES "
                f"(:v, '', :t, '', 'top', '2000-01-01', '', :p, :now){suffix}")


def policies(ws) -> list[tuple]:
    with ws.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT version, text, paragraph FROM notice_policies "
                                                     "ORDER BY version"))]


def without_guards(ws, statements: list[str]) -> None:
    """Run ``statements`` the way only the file's or server's owner can: with the policy guards off."""
    with ws.engine.begin() as conn:
        if ws.dialect == "sqlite":
            conn.execute(text("DROP TRIGGER IF EXISTS trg_notice_policies_no_delete"))
            conn.execute(text("DROP TRIGGER IF EXISTS trg_notice_policies_append"))
        else:
            conn.execute(text("ALTER TABLE notice_policies DISABLE TRIGGER USER"))
        for sql in statements:
            conn.execute(text(sql))
        if ws.dialect == "postgresql":
            conn.execute(text("ALTER TABLE notice_policies ENABLE TRIGGER USER"))


# -- policies are append-only, whatever the SQL ----------------------------------------------------

REWRITES = {
    "update": "UPDATE notice_policies SET text = 'x', paragraph = 'x'",
    "delete one": "DELETE FROM notice_policies WHERE version = 1",
    "delete all": "DELETE FROM notice_policies",
    "upsert": ("INSERT INTO notice_policies " + POLICY_COLUMNS + " VALUES (1, '', 'x', '', 'top', "
               "'2000-01-01', '', 'x', '2022-12-01') ON CONFLICT (version) DO UPDATE "
               "SET text = excluded.text, paragraph = excluded.paragraph"),
}
SQLITE_REWRITES = {
    "insert or replace": ("INSERT OR REPLACE INTO notice_policies " + POLICY_COLUMNS + " VALUES (1, '', 'x', '', "
                          "'top', '2000-01-01', '', 'x', '2022-12-01')"),
    "replace": ("REPLACE INTO notice_policies " + POLICY_COLUMNS + " VALUES (1, '', 'x', '', "
                "'top', '2000-01-01', '', 'x', '2022-12-01')"),
}
PG_REWRITES = {"truncate": "TRUNCATE notice_policies", "truncate cascade": "TRUNCATE notice_policies CASCADE"}


@pytest.mark.parametrize("form", sorted({*REWRITES, *SQLITE_REWRITES, *PG_REWRITES}))
def test_the_policy_in_force_cannot_be_rewritten_or_removed(workspace, form):
    sql = {**REWRITES, **SQLITE_REWRITES, **PG_REWRITES}[form]
    if (form in SQLITE_REWRITES and workspace.dialect != "sqlite") or (
            form in PG_REWRITES and workspace.dialect != "postgresql"):
        pytest.skip(f"{form} is not SQL of this engine")
    before = policies(workspace)
    with pytest.raises(DBAPIError, match="append-only|versioned"):
        with workspace.engine.begin() as conn:
            conn.execute(text(sql))
    assert policies(workspace) == before
    with pytest.raises(DBAPIError, match="notice"):
        insert_article(workspace, "after-attempt", "Без уведомления.")


def test_a_new_policy_must_be_the_newest_version(workspace):
    workspace.policy.set(N + " Вторая редакция.")
    with pytest.raises(DBAPIError, match="newer version"):
        with workspace.engine.begin() as conn:
            conn.execute(insert_policy_sql(), policy_values(1, "x", "x"))  # a gap below the newest is no way in


@pytest.mark.parametrize("text_,paragraph", [
    (N, ""),                        # the stored copy says "empty", the text says otherwise
    (N, "Другой текст."),
    (" " + N, " " + N),             # not as normalised
    (N + "\n\n" + N, N + "\n\n" + N),  # two paragraphs
    ("   ", "   "),
])
def test_a_policy_whose_paragraph_disagrees_with_its_text_is_refused(workspace, text_, paragraph):
    with pytest.raises(DBAPIError, match="paragraph"):
        with workspace.engine.begin() as conn:
            conn.execute(insert_policy_sql(), policy_values(50, text_, paragraph))
    assert len(policies(workspace)) == 1


def test_the_database_builds_the_paragraph_from_the_text_not_the_stored_copy(workspace):
    """Even a row written behind the guards' back cannot make an empty body acceptable."""
    without_guards(workspace, [
        "INSERT INTO notice_policies " + POLICY_COLUMNS + " VALUES (60, '', "
        f"'{N}', '', 'top', '2000-01-01', '', '', '2022-12-01')",
    ])
    for body in ("", "Без уведомления."):
        with pytest.raises(DBAPIError, match="notice"):
            insert_article(workspace, f"empty-{len(body)}", body)
    insert_article(workspace, "with-notice", N + "\n\nТекст.")


# -- fail closed --------------------------------------------------------------------------------

def test_with_no_policy_the_database_refuses_every_article(workspace):
    article = workspace.articles.create(ArticleData(headline="З", body=N + "\n\nТекст.")).article
    without_guards(workspace, ["DELETE FROM notice_policies"])
    with pytest.raises(DBAPIError, match="no notice policy"):
        insert_article(workspace, "no-policy", "Без уведомления.")
    with pytest.raises(DBAPIError, match="no notice policy"):
        with workspace.engine.begin() as conn:
            conn.execute(text("UPDATE articles SET body = 'Текст.' WHERE id = :i"), {"i": article.id})


def test_desk_check_fails_when_there_is_no_policy(workspace):
    workspace.articles.create(ArticleData(headline="З", body=N + "\n\nТекст."))
    without_guards(workspace, ["DELETE FROM notice_policies"])
    report = ComplianceService(workspace).check_archive()
    assert report.failed
    assert "no notice policy" in report.as_text().lower()


# -- the workflow's status changes --------------------------------------------------------------

def test_raw_sql_cannot_make_a_status_change_the_workflow_forbids(workspace):
    article = workspace.articles.create(ArticleData(headline="З", lede="Л", byline="Б", dateline_place="Нальчик",
                                                    body=N + "\n\nТекст.")).article
    for status in ("published", "approved", "corrected", "correction"):
        with pytest.raises(DBAPIError, match="status change"):
            with workspace.engine.begin() as conn:
                conn.execute(text("UPDATE articles SET status = :s WHERE id = :i"), {"s": status, "i": article.id})
    workspace.workflow.perform(article.id, Action.SUBMIT)
    workspace.workflow.perform(article.id, Action.APPROVE)
    workspace.workflow.perform(article.id, Action.PUBLISH)
    with pytest.raises(DBAPIError, match="status change"):
        with workspace.engine.begin() as conn:  # spike never from published
            conn.execute(text("UPDATE articles SET status = 'spiked' WHERE id = :i"), {"i": article.id})
    assert workspace.articles.get(article.id).status == "published"


# -- lookalikes the database must not take for the notice ------------------------------------------

LOOKALIKES = {
    "zero-width space inside": N.replace("МАТЕРИАЛ", "МАТЕ\u200bРИАЛ"),
    "zero-width joiner at the end": N + "\u200d",
    "decomposed Й (NFD)": N.replace("Й", "И\u0306"),
    "no-break space": N.replace("МАТЕРИАЛ ", "МАТЕРИАЛ\u00a0"),
    "double space": N.replace("МАТЕРИАЛ ", "МАТЕРИАЛ  "),
    "Latin А": N.replace("АГЕНТОМ", "AГЕНТОМ"),
    "in a code block": "```\n" + N + "\n```",
    "in an HTML comment": "<!-- " + N + " -->",
    "behind a bidi override": "\u202e" + N,
}


@pytest.mark.parametrize("variant", sorted(LOOKALIKES))
def test_raw_sql_cannot_pass_a_lookalike_notice(workspace, variant):
    with pytest.raises(DBAPIError, match="notice"):
        insert_article(workspace, "lookalike", LOOKALIKES[variant] + "\n\nТекст.")


# -- translations are of originals ------------------------------------------------------------

def test_a_translation_of_a_translation_or_of_itself_is_refused(workspace):
    original = workspace.articles.create(ArticleData(headline="Оригинал", body=N + "\n\nТекст.")).article
    translation = workspace.pairing.translate(original.id)
    chained = ("INSERT INTO articles (id, language, headline, slug, lede, body, byline, source, dateline_place, "
               "time_zone, photo, photo_caption, photo_credit, photo_source, ednote, status, word_count, "
               "created_at, updated_at, version, translated_from) VALUES (:id, 'ru', 'H', '', '', :body, '', '', "
               "'', 'Europe/Moscow', '', '', '', '', '', 'draft', 0, :now, :now, 1, :of)")
    with pytest.raises(DBAPIError, match="translation must be of an original"):
        with workspace.engine.begin() as conn:
            conn.execute(text(chained), {"id": "chain", "body": N, "now": _now(workspace), "of": translation.id})
    with pytest.raises(DBAPIError, match="translation must be of an original"):
        with workspace.engine.begin() as conn:
            conn.execute(text("UPDATE articles SET translated_from = id WHERE id = :i"), {"i": original.id})
    with pytest.raises(DBAPIError, match="translation must be of an original"):
        with workspace.engine.begin() as conn:  # the original becomes a translation of its own translation
            conn.execute(text("UPDATE articles SET translated_from = :t WHERE id = :i"),
                         {"t": translation.id, "i": original.id})
