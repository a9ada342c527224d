"""Row-level security on PostgreSQL with real login roles: raw SQL cannot get around the workflow."""
from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from desk_app.domain.article import ArticleData
from desk_app.domain.article_filter import ArticleFilter
from desk_app.domain.errors import NotFound
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.domain.workflow import Action
from desk_app.services.workspace import Workspace
from desk_app.store import search_pg
from desk_app.store.engine import create_desk_engine

N = DEMO_NOTICE_TEXT


@pytest.fixture(scope="module")
def secured(pg_server_url, pg_database_factory):
    """A provisioned database and four people with their own login roles."""
    tag = uuid.uuid4().hex[:6]
    url = pg_database_factory("desk_sec")
    people = {role: f"t{tag}_{role}" for role in ("cora", "corb", "tran", "edit")}
    roles = {"cora": "correspondent", "corb": "correspondent", "tran": "translator", "edit": "editor"}
    with Workspace.open(url.render_as_string(hide_password=False)) as ws:
        ws.admin.provision()
        for key, login in people.items():
            ws.admin.add_user(login, roles[key])
    urls = {key: url.set(username=login).render_as_string(hide_password=False) for key, login in people.items()}
    yield urls, people
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for login in people.values():
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))  # login roles own nothing
    admin.dispose()


def as_person(urls, key) -> Workspace:
    return Workspace.open(urls[key])


def raw(urls, key, sql, **params):
    engine = create_desk_engine(urls[key])
    try:
        with engine.begin() as conn:
            return conn.execute(text(sql), params)
    finally:
        engine.dispose()


def rows(urls, key, sql, **params) -> list:
    engine = create_desk_engine(urls[key])
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql), params).all()
    finally:
        engine.dispose()


COMPLETE = {"lede": "Лид.", "byline": "Автор", "dateline_place": "Грозный"}  # what submitting needs


def draft(ws, headline="Черновик", **fields) -> ArticleData:
    return ws.articles.create(ArticleData(headline=headline, body=N + "\n\nТекст.", **{**COMPLETE, **fields})).article


def test_the_app_connects_as_the_persons_own_role(secured):
    urls, people = secured
    with as_person(urls, "cora") as ws:
        assert ws.actor.login == people["cora"] and ws.actor.role.value == "correspondent"
    assert rows(urls, "cora", "SELECT current_user")[0][0] == people["cora"]


def test_tables_force_row_level_security_and_belong_to_the_owner_role(secured):
    urls, _ = secured
    found = dict(rows(urls, "edit", "SELECT relname, relforcerowsecurity FROM pg_class WHERE relname IN "
                                    "('articles','revisions','article_tags','users','notice_policies')"))
    assert found and all(found.values())
    owners = {r[0] for r in rows(urls, "edit", "SELECT tableowner FROM pg_tables WHERE tablename IN "
                                               "('articles','revisions')")}
    assert owners == {"desk_owner"}


def test_correspondent_cannot_approve_or_publish_by_raw_sql(secured):
    urls, _ = secured
    with as_person(urls, "cora") as ws:
        article = draft(ws)
        ws.workflow.perform(article.id, Action.SUBMIT)
    for status in ("approved", "published", "corrected"):
        with pytest.raises(DBAPIError, match="row-level security|status change"):
            raw(urls, "cora", "UPDATE articles SET status = :s WHERE id = :i", s=status, i=article.id)
    with pytest.raises(DBAPIError, match="row-level security"):
        raw(urls, "cora", "UPDATE articles SET approved_by = current_user, approved_revision = 1 WHERE id = :i",
            i=article.id)
    assert rows(urls, "edit", "SELECT status FROM articles WHERE id = :i", i=article.id)[0][0] == "submitted"


def test_correspondent_cannot_read_or_touch_another_correspondents_draft(secured):
    urls, _ = secured
    with as_person(urls, "cora") as ws:
        article = draft(ws, headline="Секретный черновик")
    assert rows(urls, "corb", "SELECT id FROM articles WHERE id = :i", i=article.id) == []
    assert rows(urls, "corb", "SELECT id FROM revisions WHERE article_id = :i", i=article.id) == []
    result = raw(urls, "corb", "UPDATE articles SET headline = 'взлом' WHERE id = :i", i=article.id)
    assert result.rowcount == 0
    with as_person(urls, "corb") as ws, pytest.raises(NotFound):
        ws.articles.get(article.id)
    assert rows(urls, "edit", "SELECT headline FROM articles WHERE id = :i", i=article.id)[0][0] == "Секретный черновик"


def test_nobody_but_the_owner_changes_history(secured):
    urls, _ = secured
    with as_person(urls, "cora") as ws:
        article = draft(ws)
    for key in ("cora", "tran", "edit"):
        with pytest.raises(DBAPIError, match="permission denied"):
            raw(urls, key, "UPDATE revisions SET note = 'rewritten' WHERE article_id = :i", i=article.id)
        with pytest.raises(DBAPIError, match="permission denied"):
            raw(urls, key, "DELETE FROM revisions WHERE article_id = :i", i=article.id)


def test_correspondent_cannot_forge_an_editorial_revision(secured):
    urls, people = secured
    with as_person(urls, "cora") as ws:
        article = draft(ws)
    with pytest.raises(DBAPIError, match="row-level security"):
        raw(urls, "cora", "INSERT INTO revisions (article_id, number, created_at, author_login, action, "
                          "from_status, to_status, note, snapshot) VALUES (:i, 99, now(), current_user, "
                          "'approve', 'submitted', 'approved', '', '{}')", i=article.id)
    with pytest.raises(DBAPIError, match="row-level security"):
        raw(urls, "cora", "INSERT INTO revisions (article_id, number, created_at, author_login, action, "
                          "from_status, to_status, note, snapshot) VALUES (:i, 98, now(), :other, "
                          "'save', 'draft', 'draft', '', '{}')", i=article.id, other=people["edit"])


def test_correspondent_cannot_write_as_someone_else_or_change_policy_or_users(secured):
    urls, people = secured
    with pytest.raises(DBAPIError, match="row-level security"):
        raw(urls, "cora", "INSERT INTO articles (id, language, body, status, created_at, updated_at, version, "
                          "author_login) VALUES (:i, 'ru', :b, 'draft', now(), now(), 1, :a)",
            i=str(uuid.uuid4()), b=N, a=people["corb"])
    with pytest.raises(DBAPIError, match="row-level security"):
        raw(urls, "cora", "INSERT INTO articles (id, language, body, status, created_at, updated_at, version, "
                          "author_login) VALUES (:i, 'ru', :b, 'published', now(), now(), 1, current_user)",
            i=str(uuid.uuid4()), b=N)
    with pytest.raises(DBAPIError, match="row-level security"):
        raw(urls, "cora", "INSERT INTO notice_policies (version, text, placement, effective_from, languages, "
                          "paragraph, created_at) VALUES (77, 'x', 'top', '2000-01-01', '', 'x', now())")
    with pytest.raises(DBAPIError, match="permission denied"):
        raw(urls, "cora", "DELETE FROM notice_policies")
    result = raw(urls, "cora", "UPDATE users SET role = 'admin' WHERE login = current_user")
    assert result.rowcount == 0
    before = rows(urls, "edit", "SELECT count(*) FROM articles")[0][0]
    assert raw(urls, "cora", "DELETE FROM articles").rowcount == 0
    assert rows(urls, "edit", "SELECT count(*) FROM articles")[0][0] == before
    with pytest.raises(DBAPIError, match="notice"):
        raw(urls, "cora", "INSERT INTO articles (id, language, body, status, created_at, updated_at, version, "
                          "author_login) VALUES (:i, 'ru', 'без уведомления', 'draft', now(), now(), 1, current_user)",
            i=str(uuid.uuid4()))


def test_translator_cannot_approve(secured):
    urls, _ = secured
    with as_person(urls, "edit") as ws:
        original = draft(ws, headline="Оригинал")
        ws.workflow.perform(original.id, Action.SUBMIT)
        ws.workflow.perform(original.id, Action.APPROVE)
    with as_person(urls, "tran") as ws:
        translation = ws.articles.create(ArticleData(
            headline="Original", language="en", body=N + "\n\nText.", translated_from=original.id,
            translation_id=original.id, **COMPLETE)).article
        ws.workflow.perform(translation.id, Action.SUBMIT)
    for status in ("approved", "published"):
        with pytest.raises(DBAPIError, match="row-level security|status change"):
            raw(urls, "tran", "UPDATE articles SET status = :s WHERE id = :i", s=status, i=translation.id)
    assert raw(urls, "tran", "UPDATE articles SET status = 'approved' WHERE id = :i", i=original.id).rowcount == 0
    with as_person(urls, "edit") as ws:
        assert ws.workflow.perform(translation.id, Action.APPROVE).status == "approved"


def test_editor_can_do_the_whole_workflow_through_the_app(secured):
    urls, _ = secured
    with as_person(urls, "cora") as ws:
        article = ws.articles.create(ArticleData(
            headline="Полный путь", lede="Лид", byline="Автор", dateline_place="Нальчик",
            body=N + "\n\nТекст.")).article
        ws.workflow.perform(article.id, Action.SUBMIT)
    with as_person(urls, "edit") as ws:
        ws.workflow.perform(article.id, Action.APPROVE)
        published = ws.workflow.perform(article.id, Action.PUBLISH)
    assert published.status == "published" and published.published_at is not None
    with as_person(urls, "corb") as ws:   # published articles are visible to everyone
        assert ws.articles.get(article.id).status == "published"


def test_only_those_who_read_everything_learn_the_search_dictionary(secured):
    """The lexemes of others' drafts are not a correspondent's to list, nor to probe through a search."""
    urls, _ = secured
    with as_person(urls, "cora") as ws:
        secret = draft(ws, headline="Источник Зарема Хамзатова").id
    with pytest.raises(DBAPIError):
        rows(urls, "corb", "SELECT lexeme FROM search_lexemes")
    with pytest.raises(DBAPIError):
        raw(urls, "corb", "INSERT INTO search_lexemes (lexeme) VALUES ('x')")
    with as_person(urls, "corb") as ws:
        with ws.unit() as s:
            assert search_pg.typed_query(s, "Хамзат") is None  # stays a prefix, which RLS confines
        assert [r.id for r in ws.articles.list(ArticleFilter(search="Хамзат"))] == []
    with as_person(urls, "edit") as ws:
        with ws.unit() as s:
            assert ":*" not in search_pg.typed_query(s, "Хамзат")
        assert [r.id for r in ws.articles.list(ArticleFilter(search="Хамзат"))] == [secret]


def test_a_photo_is_read_under_the_articles_rules_and_removed_only_by_admins(secured, tmp_path):
    from desk_app.bench.photos import camera_jpeg

    urls, people = secured
    path = tmp_path / "p.jpg"
    path.write_bytes(camera_jpeg(640, 480).data)
    with as_person(urls, "cora") as cora:
        attached = cora.media.attach_file(path)
        article = draft(cora, "С фото", photo_media=attached.sha256)
        assert cora.media.rendition(attached.sha256, "thumb").data
    sha = attached.sha256
    with as_person(urls, "corb") as corb:  # another correspondent: not her draft, not her photo
        with pytest.raises(NotFound):
            corb.media.rendition(sha)
        hidden = corb.media.list_thumbnails([article.id])   # the list's thumbnails: nothing either
        assert hidden.photos == {article.id: ""} and hidden.thumbs == {}
        assert rows(urls, "corb", "SELECT sha256 FROM media") == []
        assert rows(urls, "corb", "SELECT * FROM article_photos") == []
        # the same bytes again: nothing to insert, no error, and the reference makes it hers too
        again = corb.media.attach_file(path)
        assert again.sha256 == sha and not again.stored
        draft(corb, "Моё", photo_media=sha)
        assert corb.media.rendition(sha).data
    with as_person(urls, "edit") as edit:
        assert edit.media.rendition(sha, "web").data
        assert edit.articles.get(article.id).photo_media == sha
    for key in ("cora", "corb", "edit"):  # the policy hides the row from DELETE: nothing goes
        assert raw(urls, key, "DELETE FROM media WHERE sha256 = :s", s=sha).rowcount == 0
    assert rows(urls, "edit", "SELECT count(*) FROM media")[0][0] == 1
    with pytest.raises(DBAPIError):  # a photo under someone else's name
        raw(urls, "corb", "INSERT INTO media SELECT md5(sha256) || md5(sha256), mime, width, height, data, "
            "web_mime, web_width, web_height, web_data, thumb_mime, thumb_width, thumb_height, thumb_data, "
            "created_at, 'somebody' FROM media")
    # nor touch the photo of cora's draft
    assert raw(urls, "corb", "DELETE FROM article_photos WHERE article_id = :a", a=article.id).rowcount == 0
    with as_person(urls, "edit") as edit:
        assert edit.articles.get(article.id).photo_media == sha


def test_every_role_reads_and_adds_newsroom_words_and_removes_only_its_own(secured):
    urls, people = secured
    with as_person(urls, "cora") as cora:
        cora.spelling.add_word("сайдинг", "ru", "newsroom", like="вагон")
    with as_person(urls, "tran") as tran:
        assert tran.spelling.checker("ru").correct("сайдингами")
        tran.spelling.add_word("gabion", "en", "newsroom")
    # raw SQL cannot add in someone else's name, nor remove another person's word
    with pytest.raises(DBAPIError):
        raw(urls, "corb", "INSERT INTO spelling_words (language, word, model, added_by, added_at) "
                          "VALUES ('ru', 'фальшивка', '', :who, now())", who=people["cora"])
    assert raw(urls, "corb", "DELETE FROM spelling_words WHERE word = 'сайдинг'").rowcount == 0
    with pytest.raises(DBAPIError, match="permission denied"):
        raw(urls, "corb", "UPDATE spelling_words SET word = 'x' WHERE word = 'сайдинг'")
    with as_person(urls, "edit") as editor:
        editor.spelling.remove_newsroom_word("сайдинг", "ru")
        assert [w.word for w in editor.spelling.newsroom_words("en")] == ["gabion"]
        assert editor.spelling.newsroom_words("ru") == []
# -- issue 15: names, history, transitions -------------------------------------------------------

PINNED = "search_path=pg_catalog, public, pg_temp"
SHADOWED = {  # every table a Desk trigger, policy or function reads, as a session could fake it
    "notice_policies": ("CREATE TEMP TABLE notice_policies (LIKE public.notice_policies)",
                        "INSERT INTO pg_temp.notice_policies (version, outlet, text, age_mark, placement, "
                        "effective_from, languages, paragraph, created_at) VALUES "
                        "(999, '', 'x', '', 'top', '2000-01-01', 'zz', 'x', now())"),
    "article_tags": ("CREATE TEMP TABLE article_tags (LIKE public.article_tags)",
                     "INSERT INTO pg_temp.article_tags VALUES ('{id}', 'подделка', 0)"),
    "articles": ("CREATE TEMP TABLE articles (LIKE public.articles)", None),
    "search_lexemes": ("CREATE TEMP TABLE search_lexemes (lexeme text)", None),
    "revisions": ("CREATE TEMP TABLE revisions (LIKE public.revisions)", None),
    "users": ("CREATE TEMP TABLE users (LIKE public.users)", None),
    "pg_roles": ("CREATE TEMP TABLE pg_roles (rolname name, rolsuper boolean)",
                 "INSERT INTO pg_temp.pg_roles VALUES (session_user, true)"),
}


def test_every_desk_function_runs_with_a_pinned_search_path(secured):
    urls, _ = secured
    found = rows(urls, "edit", "SELECT p.proname, coalesce(array_to_string(p.proconfig, ';'), '') FROM pg_proc p "
                               "JOIN pg_namespace n ON n.oid = p.pronamespace "
                               "WHERE n.nspname = 'public' AND p.proname LIKE 'desk%'")
    names = {name for name, _ in found}
    assert {"desk_check_notice", "desk_policy_guard", "desk_check_status_change", "desk_can_read",
            "desk_can_edit", "desk_is_editor", "desk_add_search_lexemes", "desk_search_expand",
            "desk_sync_search_tags", "desk_notify_article", "desk_notify_lock"} <= names
    helpers = {"desk_is_editor", "desk_is_admin", "desk_is_translator", "desk_can_read", "desk_can_edit"}
    assert [name for name, config in found if PINNED not in config and name not in helpers] == []
    # the row-level security helpers stay inlinable: no pinned path, every name schema-qualified instead
    for name, source in rows(urls, "edit", "SELECT proname, prosrc FROM pg_proc WHERE proname = ANY(:n)",
                             n=sorted(helpers)):
        assert "pg_catalog.pg_has_role" in source or "public.desk_is_editor()" in source, name
        bare = source.replace("OPERATOR(pg_catalog.=)", "").replace("pg_catalog.", "").replace("public.", "")
        assert " = " not in bare and " IN " not in bare.upper().replace("NOT ", ""), name
        assert "pg_has_role(" not in source.replace("pg_catalog.pg_has_role(", ""), name


@pytest.mark.parametrize("table", sorted(SHADOWED))
def test_a_temporary_table_cannot_stand_in_for_desks_own(secured, table):
    """A session's temporary table first on its search_path fakes nothing a trigger or policy reads."""
    urls, people = secured
    create, fill = SHADOWED[table]
    article_id = str(uuid.uuid4())
    engine = create_desk_engine(urls["cora"])
    try:
        with engine.connect() as conn:
            conn.execute(text(create))
            if fill:
                conn.execute(text(fill.format(id=article_id)))
            conn.execute(text("SET search_path = pg_temp, public"))
            conn.commit()
            with pytest.raises(DBAPIError, match="notice"):
                with conn.begin():
                    conn.execute(text(
                        "INSERT INTO public.articles (id, language, body, status, created_at, updated_at, version, "
                        "author_login) VALUES (:i, 'ru', 'Без уведомления.', 'draft', now(), now(), 1, current_user)"),
                        {"i": str(uuid.uuid4())})
            with conn.begin():
                conn.execute(text(
                    "INSERT INTO public.articles (id, language, body, status, created_at, updated_at, version, "
                    "author_login) VALUES (:i, 'ru', :b, 'draft', now(), now(), 1, current_user)"),
                    {"i": article_id, "b": N + "\n\nТекст."})
                conn.execute(text("INSERT INTO public.article_tags VALUES (:i, 'настоящий', 0)"), {"i": article_id})
            with pytest.raises(DBAPIError, match="status change|row-level security"):
                with conn.begin():
                    conn.execute(text("UPDATE public.articles SET status = 'published' WHERE id = :i"),
                                 {"i": article_id})
    finally:
        engine.dispose()
    stored = rows(urls, "edit", "SELECT search_tags, status FROM articles WHERE id = :i", i=article_id)
    assert stored == [(["#настоящий"], "draft")]


def test_nobody_can_create_functions_or_operators_to_shadow_the_catalogs(secured):
    urls, _ = secured
    for sql in ("CREATE FUNCTION public.pg_has_role(name, text, text) RETURNS boolean LANGUAGE sql AS 'SELECT true'",
                "CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = name, FUNCTION = texteq)",
                "CREATE SCHEMA evil"):
        with pytest.raises(DBAPIError, match="permission denied"):
            raw(urls, "cora", sql)


def test_a_login_cannot_switch_triggers_off(secured):
    urls, _ = secured
    for sql in ("SET session_replication_role = replica",
                "ALTER TABLE articles DISABLE TRIGGER ALL",
                "ALTER TABLE articles DISABLE TRIGGER trg_articles_notice",
                "ALTER TABLE notice_policies DISABLE ROW LEVEL SECURITY",
                "DROP TRIGGER trg_articles_notice ON articles",
                "TRUNCATE notice_policies"):
        for key in ("cora", "edit"):
            with pytest.raises(DBAPIError, match="permission denied|must be owner"):
                raw(urls, key, sql)


def test_copy_cannot_bring_in_rows_past_row_level_security(secured):
    urls, _ = secured
    engine = create_desk_engine(urls["cora"])
    try:
        with engine.begin() as conn, pytest.raises(Exception, match="row-level security|not supported"):
            with conn.connection.driver_connection.cursor().copy(
                    "COPY articles (id, language, body, status, created_at, updated_at, version) FROM STDIN") as copy:
                copy.write_row([str(uuid.uuid4()), "ru", "Без уведомления.", "published", "2026-01-01", "2026-01-01", 1])
    finally:
        engine.dispose()


def test_a_correspondent_cannot_write_into_others_or_past_history(secured):
    urls, people = secured
    with as_person(urls, "corb") as ws:
        others = draft(ws, headline="Чужая", lede="Л", byline="Б", dateline_place="Грозный")
        ws.workflow.perform(others.id, Action.SUBMIT)
    with as_person(urls, "edit") as ws:
        ws.workflow.perform(others.id, Action.APPROVE)
        published = ws.workflow.perform(others.id, Action.PUBLISH)
    assert rows(urls, "cora", "SELECT id FROM articles WHERE id = :i", i=others.id)  # cora may read it
    with as_person(urls, "cora") as ws:
        own = draft(ws)
    insert = ("INSERT INTO revisions (article_id, number, created_at, author_login, action, from_status, "
              "to_status, note, snapshot) VALUES (:i, :n, now(), current_user, 'save', :s, :s, 'forged', '{}')")
    for article_id, number, status in ((others.id, published.version + 1, "published"),
                                       (own.id, 99, "draft"), (own.id, own.version + 1, "draft")):
        with pytest.raises(DBAPIError, match="row-level security"):
            raw(urls, "cora", insert, i=article_id, n=number, s=status)


@pytest.mark.parametrize("target", ["spiked", "draft", "returned"])
def test_a_correspondent_cannot_move_a_submitted_article_where_the_workflow_forbids(secured, target):
    urls, _ = secured
    with as_person(urls, "cora") as ws:
        article = draft(ws)
        ws.workflow.perform(article.id, Action.SUBMIT)
    with pytest.raises(DBAPIError, match="status change|row-level security"):
        raw(urls, "cora", "UPDATE articles SET status = :s WHERE id = :i", s=target, i=article.id)
    assert rows(urls, "edit", "SELECT status FROM articles WHERE id = :i", i=article.id)[0][0] == "submitted"


def test_a_correspondent_still_spikes_and_submits_their_own_draft_by_sql(secured):
    urls, _ = secured
    with as_person(urls, "cora") as ws:
        first, second = draft(ws), draft(ws)
    raw(urls, "cora", "UPDATE articles SET status = 'spiked' WHERE id = :i", i=first.id)
    raw(urls, "cora", "UPDATE articles SET status = 'submitted' WHERE id = :i", i=second.id)
    # unspike is an editor's: the spiked article is out of the correspondent's reach
    assert raw(urls, "cora", "UPDATE articles SET status = 'draft' WHERE id = :i", i=first.id).rowcount == 0
    assert rows(urls, "edit", "SELECT status FROM articles WHERE id = :i", i=first.id) == [("spiked",)]


def test_a_forged_policy_version_is_replaced_by_the_one_checked(secured):
    urls, _ = secured
    article_id = str(uuid.uuid4())
    raw(urls, "cora", "INSERT INTO articles (id, language, body, status, created_at, updated_at, version, "
                      "author_login, policy_version) VALUES (:i, 'ru', :b, 'draft', now(), now(), 1, current_user, 999)",
        i=article_id, b=N + "\n\nТекст.")
    assert rows(urls, "edit", "SELECT policy_version FROM articles WHERE id = :i", i=article_id) == [(1,)]


def test_security_definer_functions_are_only_desks_peoples(secured, pg_server_url):
    urls, people = secured
    outsider = f"{people['cora']}_x"
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE ROLE "{outsider}" LOGIN'))
        outsider_url = urls["cora"].replace(people["cora"] + "@", outsider + "@")
        engine = create_desk_engine(outsider_url)
        try:
            with pytest.raises(DBAPIError, match="permission denied"), engine.connect() as conn:
                conn.execute(text("SELECT * FROM desk_search_expand('вода', ARRAY['russian']::regconfig[], 5)"))
        finally:
            engine.dispose()
        assert rows(urls, "cora", "SELECT count(*) FROM desk_search_expand('вода', "
                                  "ARRAY['russian']::regconfig[], 5)")[0][0] >= 0
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP ROLE IF EXISTS "{outsider}"'))
        admin.dispose()
