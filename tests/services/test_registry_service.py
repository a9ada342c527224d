"""The registry and mention checks on SQLite and PostgreSQL: import, versions, permissions,
save warnings, refused workflow steps, and the affected-articles report."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from desk_app.domain.article import ArticleData
from desk_app.domain.errors import ConflictError, InvalidInput, PermissionDenied
from desk_app.domain.mentions.entities import Entity, EntityKind, LabelRule
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.domain.workflow import Action, Role
from desk_app.services.mentions import UnlabelledMentions

N = DEMO_NOTICE_TEXT
DATA = Path(__file__).resolve().parents[1] / "data" / "mentions"
COMPLETE = dict(headline="Заголовок", lede="Лид", byline="Автор", dateline_place="Грозный")


def article(ws, text: str, **fields) -> ArticleData:
    return ws.articles.create(ArticleData(body=N + "\n\n" + text, **{**COMPLETE, **fields})).article


def ponomarev(ws) -> Entity:
    return ws.registry.add(Entity("Пономарёв Лев Александрович", EntityKind.FOREIGN_AGENT_PERSON,
                                  aliases_en=("Lev Ponomarev",), included_on=date(2020, 12, 28)))


def test_import_adds_then_finds_nothing_new_and_records_who(workspace):
    first = workspace.registry.import_file(DATA / "registry.csv")
    assert (first.added, first.updated, first.unchanged) == (14, 0, 0)
    again = workspace.registry.import_file(DATA / "registry.csv")
    assert (again.added, again.updated, again.unchanged) == (0, 0, 14)
    history = workspace.registry.history()
    assert len(history) == 14 and {h.changed_by for h in history} == {"chief"}
    shulman = next(e for e in workspace.registry.entities() if e.number == "102")
    assert shulman.gender == "f" and "|екатериной шульман" in shulman.forms


def test_a_bad_row_imports_nothing(workspace, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("name,kind\nИванов Иван Иванович,foreign_agent_person\nПетров Пётр,шпион\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="row 3: kind “шпион” is unknown.*Nothing was imported"):
        workspace.registry.import_file(path)
    assert workspace.registry.entities() == []


def test_ministry_xlsx_with_title_lines_and_semicolon_csv(workspace, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Реестр иностранных агентов"])
    sheet.append([])
    sheet.append(["№ п/п", "Полное наименование / ФИО", "Вид", "Информационные ресурсы",
                  "Дата принятия решения о включении", "Дата принятия решения об исключении"])
    sheet.append([1, "Кравцова Анна Игоревна", "Физическое лицо", "t.me/kravtsova", "30.06.2023", None])
    sheet.append([2, "Общество «Гамма»", "Юридическое лицо", "", "01.02.2024", "01.03.2025"])
    book.save(tmp_path / "reestr.xlsx")
    result = workspace.registry.import_file(tmp_path / "reestr.xlsx")
    assert result.added == 2
    gamma = next(e for e in workspace.registry.entities() if "Гамма" in e.name)
    assert gamma.kind is EntityKind.FOREIGN_AGENT_ORGANISATION and gamma.excluded_on == date(2025, 3, 1)
    csv = tmp_path / "semi.csv"
    csv.write_text("ФИО;Тип;Дата включения\nДудь Юрий Александрович;Физическое лицо;08.04.2022\n", encoding="utf-8")
    assert workspace.registry.import_file(csv).added == 1


def test_only_admins_change_the_registry(workspace):
    workspace.ensure_user("edit", Role.EDITOR)
    editor = workspace.as_user("edit")
    with pytest.raises(PermissionDenied, match="Only an admin"):
        ponomarev(editor)
    with pytest.raises(PermissionDenied):
        editor.registry.import_file(DATA / "registry.csv")
    entity = ponomarev(workspace)
    assert [e.name for e in editor.registry.entities()] == [entity.name]   # everyone reads it


def test_every_change_is_a_new_version_and_stale_edits_are_refused(workspace, clock):
    entity = ponomarev(workspace)
    clock.advance(60)
    changed = workspace.registry.update(Entity(**{**entity.__dict__, "aliases_ru": ("Лев Пономарев",)}))
    assert changed.version == entity.version + 1
    with pytest.raises(ConflictError, match="Someone changed"):
        workspace.registry.update(entity)   # opened at the old version
    workspace.registry.remove(entity.id)
    assert workspace.registry.entities() == []
    actions = [h.action for h in workspace.registry.history(entity.id)]
    assert actions == ["remove", "update", "add"]


def test_the_history_cannot_be_rewritten_on_sqlite(workspace):
    if workspace.dialect != "sqlite":
        pytest.skip("PostgreSQL: grants (tests/store/test_registry_security.py)")
    ponomarev(workspace)
    with pytest.raises(DBAPIError, match="only be added to"), workspace.unit() as s:
        s.execute(text("UPDATE registry_changes SET changed_by = 'someone'"))


def test_saving_a_draft_warns_and_submit_is_refused_with_the_mentions(workspace):
    ponomarev(workspace)
    saved = workspace.articles.create(ArticleData(
        body=N + "\n\nНа пикет вышел Лев Пономарёв.", **COMPLETE))
    assert [m.text for m in saved.unlabelled] == ["Лев Пономарёв"]
    assert any("need a label" in m for m in saved.messages)
    with pytest.raises(UnlabelledMentions, match="Cannot submit: 1 mention.*Лев Пономарёв") as refused:
        workspace.workflow.perform(saved.article.id, Action.SUBMIT)
    assert [m.entity_name for m in refused.value.mentions] == ["Пономарёв Лев Александрович"]
    fixed = saved.article.copy()
    fixed.body = N + "\n\nНа пикет вышел Лев Пономарёв (признан иностранным агентом)."
    result = workspace.articles.save(fixed)
    assert result.unlabelled == []
    assert workspace.workflow.perform(fixed.id, Action.SUBMIT).status == "submitted"


def test_an_excluded_entity_needs_no_label(workspace, clock):
    workspace.registry.add(Entity("Гринберг Мария Львовна", EntityKind.FOREIGN_AGENT_PERSON,
                                  included_on=date(2023, 3, 3), excluded_on=date(2025, 1, 1)))
    saved = article(workspace, "Выставку открыла Мария Гринберг.")
    assert saved.id and workspace.mentions.unlabelled(saved) == []


def test_the_outlets_label_text_is_what_counts_and_what_is_inserted(workspace):
    entity = ponomarev(workspace)
    workspace.registry.set_label(LabelRule(EntityKind.FOREIGN_AGENT_PERSON, "ru",
                                           "(внесён в реестр иноагентов Минюстом)", ("внес* в реестр*",)))
    data = article(workspace, "Лев Пономарёв, внесённый в реестр, выступил.")
    assert workspace.mentions.unlabelled(data) == []
    [mention] = workspace.mentions.unlabelled(article(workspace, "Выступил Лев Пономарёв."))
    assert mention.entity_id == entity.id
    assert workspace.mentions.label_for(mention, "ru") == "(внесён в реестр иноагентов Минюстом)"


def test_scope_every_mention(workspace):
    ponomarev(workspace)
    data = article(workspace, "Лев Пономарёв (признан иностранным агентом) выступил.\n\nПономарёва перебили.")
    assert workspace.mentions.unlabelled(data) == []
    workspace.registry.set_scope("every")
    assert [m.text for m in workspace.mentions.unlabelled(data)] == ["Пономарёва"]


def test_adding_an_entity_reports_the_stored_articles_that_now_need_a_label(workspace):
    unlabelled = article(workspace, "Суд оштрафовал Льва Пономарёва на 30 тысяч рублей.")
    article(workspace, "Льва Пономарёва (признан иностранным агентом) оштрафовали.")
    article(workspace, "Пономарёва Анна получила премию.")  # a look-alike: not him
    english = article(workspace, "Lev Ponomarev spoke at the rally.", language="en")
    article(workspace, "В Махачкале нет воды.")
    entity = ponomarev(workspace)
    found = workspace.mentions.affected([entity.id])
    assert sorted(a.id for a in found) == sorted([unlabelled.id, english.id])
    assert {n for a in found for n in a.names} == {entity.name}
    rechecked = workspace.mentions.recheck(found, [entity.id])
    assert sorted(a.id for a in rechecked) == sorted([unlabelled.id, english.id])
    assert {m.text for a in rechecked for m in a.mentions} == {"Льва Пономарёва", "Lev Ponomarev"}


def _spy_reads(monkeypatch) -> list[str]:
    from desk_app.store import registry as repo

    read: list[str] = []
    original = repo.article_texts

    def spy(session, ids):
        read.extend(ids)
        return original(session, ids)

    monkeypatch.setattr(repo, "article_texts", spy)
    return read


def test_the_report_narrows_by_the_search_index_and_the_label_facts(workspace, monkeypatch):
    """Candidates come from the index; only those whose facts show a label phrase are read."""
    entity = ponomarev(workspace)
    plain = article(workspace, "Лев Пономарёв выступил.")
    elsewhere = article(workspace, "Лев Пономарёв выступил.\n\nМемориал признан иностранным агентом.")
    labelled = article(workspace, "Лев Пономарёв (признан иностранным агентом) выступил.")
    both = article(workspace, "Пономарёв не пришёл, Лев тоже.")   # both words, not the name
    for n in range(5):
        article(workspace, f"Новость номер {n} без упоминаний.")
    read = _spy_reads(monkeypatch)
    found = workspace.mentions.affected([entity.id])
    assert sorted(a.id for a in found) == sorted([plain.id, elsewhere.id])
    assert next(a for a in found if a.id == plain.id).checked is False      # settled by index and facts
    assert [m.text for m in next(a for a in found if a.id == elsewhere.id).mentions] == ["Лев Пономарёв"]
    assert both.id not in {a.id for a in found}
    assert sorted(read) == sorted([elsewhere.id, labelled.id])   # the two with a label phrase outside the notice


def test_facts_of_an_article_changed_behind_the_apps_back_are_not_trusted(workspace, monkeypatch):
    """A write that bypasses the save (raw SQL, as field sync's server function does) leaves stale
    facts: the report reads such an article instead of trusting them."""
    entity = ponomarev(workspace)
    data = article(workspace, "Лев Пономарёв выступил.")
    labelled = N + "\n\nЛев Пономарёв (признан иностранным агентом) выступил."
    with workspace.unit() as s:
        s.execute(text("UPDATE articles SET body = :b, version = version + 1 WHERE id = :id"),
                  {"b": labelled, "id": data.id})
    assert workspace.mentions.unknown_facts() == 1
    read = _spy_reads(monkeypatch)
    assert workspace.mentions.affected([entity.id]) == []
    assert read == [data.id]
    assert workspace.mentions.refresh_facts() == 1
    assert workspace.mentions.unknown_facts() == 0


def test_initials_that_are_stop_words_are_found_and_prepositions_are_not(workspace, monkeypatch):
    """"К. Ахмедов": PostgreSQL's vector has no "к" (a stop word); the facts' name pairs have."""
    entity = workspace.registry.add(Entity("Ахмедов Казбек Русланович", EntityKind.FOREIGN_AGENT_PERSON))
    initials = article(workspace, "Письмо подписал К. Ахмедов.")
    reversed_ = article(workspace, "Письмо подписали Ахмедов К. Р. и другие.")
    labelled = article(workspace, "К. Ахмедов (признан иностранным агентом) подписал письмо.")
    article(workspace, "Журналисты пришли к Ахмедову домой.")       # a preposition: no mention
    article(workspace, "Ахмедов не пришёл.")                          # a bare surname alone: no mention
    read = _spy_reads(monkeypatch)
    found = workspace.mentions.affected([entity.id])
    assert sorted(a.id for a in found) == sorted([initials.id, reversed_.id])
    assert all(a.checked is False for a in found)                     # settled by the facts, unread
    assert read == [labelled.id]


def test_initials_in_an_article_with_stale_facts_are_read(workspace, monkeypatch):
    entity = workspace.registry.add(Entity("Ахмедов Казбек Русланович", EntityKind.FOREIGN_AGENT_PERSON))
    data = article(workspace, "Журналисты пришли к Ахмедову.")     # the facts: no initials written
    # behind the app's back: the facts stay those of the old text (and SQLite's search index too)
    with workspace.unit() as s:
        s.execute(text("UPDATE articles SET body = :b, version = version + 1 WHERE id = :id"),
                  {"b": N + "\n\nЖурналисты пришли к Ахмедову. Письмо подписал К. Ахмедов.", "id": data.id})
    read = _spy_reads(monkeypatch)
    found = workspace.mentions.affected([entity.id])
    assert [a.id for a in found] == [data.id] and found[0].checked
    assert [m.text for m in found[0].mentions] == ["Ахмедову"]   # the surname before the initials
    assert read == [data.id]


def test_a_new_label_text_makes_the_facts_unknown_until_refreshed(workspace, monkeypatch):
    entity = ponomarev(workspace)
    data = article(workspace, "Лев Пономарёв, внесённый в реестр Минюстом, выступил.")
    assert [a.id for a in workspace.mentions.affected([entity.id])] == [data.id]
    workspace.registry.set_label(LabelRule(EntityKind.FOREIGN_AGENT_PERSON, "ru",
                                           "(внесён в реестр иноагентов Минюстом)", ("внес* в реестр*",)))
    assert workspace.mentions.unknown_facts() == workspace.articles.count()
    read = _spy_reads(monkeypatch)
    assert workspace.mentions.affected([entity.id]) == []     # read and checked with the new label
    assert read == [data.id]
    workspace.mentions.refresh_facts()
    assert workspace.mentions.unknown_facts() == 0
    assert workspace.mentions.affected([entity.id]) == []


def test_a_name_in_the_notice_itself_is_never_settled_by_the_facts(workspace, monkeypatch):
    """The notice names the outlet next to "иностранным агентом": were the outlet listed, a
    mention in the notice is labelled there, which the facts (notice left out) cannot see."""
    entity = workspace.registry.add(Entity("ООО «МЕМО»", EntityKind.FOREIGN_AGENT_ORGANISATION))
    article(workspace, "Сегодня без упоминаний.")
    read = _spy_reads(monkeypatch)
    assert workspace.mentions.affected([entity.id]) == []
    assert read      # read and checked, not settled


def test_check_reports_unlabelled_mentions_across_the_archive(workspace):
    from desk_app.services.compliance import ComplianceService

    ponomarev(workspace)
    bad = article(workspace, "Лев Пономарёв выступил.")
    article(workspace, "Лев Пономарёв (признан иностранным агентом) выступил.")
    report = ComplianceService(workspace).check_archive()
    assert [f.article_id for f in report.remaining] == [bad.id]
    assert "unlabelled mention" in report.remaining[0].problems
    assert "Лев Пономарёв" in report.as_text()


def test_the_report_follows_progress_and_stops_when_cancelled(workspace, monkeypatch):
    from desk_app.services import mentions as mention_service

    monkeypatch.setattr(mention_service, "BATCH", 2)
    for n in range(5):   # a label phrase in another paragraph: each is read and checked
        article(workspace, f"Лев Пономарёв выступил в {n}-й раз.\n\nМемориал признан иностранным агентом.")
    entity = ponomarev(workspace)
    seen: list[tuple[int, int]] = []
    assert len(workspace.mentions.affected([entity.id], progress=lambda d, t: seen.append((d, t)))) == 5
    assert seen == [(2, 5), (4, 5), (5, 5)]
    stopped = workspace.mentions.affected([entity.id], progress=lambda d, t: False)
    assert len(stopped) == 2      # the first batch, then cancelled


def _down_and_up(db_url, revision, before, after=lambda conn: None):
    """Downgrade to ``revision``, run ``before(conn)``, upgrade to head; ``after(conn)``'s result."""
    from alembic import command

    from desk_app.store import migrate
    from desk_app.store.engine import create_desk_engine

    engine = create_desk_engine(db_url)
    config = migrate.alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, revision)
            before(conn)
            command.upgrade(config, "head")
            return after(conn)
    finally:
        engine.dispose()


def test_the_migration_computes_the_facts_of_an_existing_archive(db_url, workspace):
    """0016–0018 on an archive saved before them: every article gets its facts, so the first
    report after the upgrade settles what it can without reading."""
    entity = ponomarev(workspace)
    plain = article(workspace, "Лев Пономарёв выступил.")
    article(workspace, "Лев Пономарёв выступил.\n\nМемориал признан иностранным агентом.")

    def before(conn):
        assert "article_label_facts" not in inspect(conn).get_table_names()

    _down_and_up(db_url, "0014", before)
    assert workspace.mentions.unknown_facts() == 0
    found = workspace.mentions.affected([entity.id])
    assert [a.id for a in found if not a.checked] == [plain.id] and len(found) == 2


def test_0017_regenerates_the_forms_and_adds_the_name_pairs(db_url, workspace, monkeypatch):
    """An archive at 0016: forms of the old generator (no initials flag) and facts without name
    pairs. After the upgrade, initials are settled from the facts, unread."""
    import json

    entity = workspace.registry.add(Entity("Ахмедов Казбек Русланович", EntityKind.FOREIGN_AGENT_PERSON))
    initials = article(workspace, "Письмо подписал К. Ахмедов.")
    article(workspace, "Журналисты пришли к Ахмедову домой.")

    def before(conn):
        assert "name_pairs" not in {c["name"] for c in inspect(conn).get_columns("article_label_facts")}
        old = [f.removeprefix("n") for f in entity.forms]
        conn.execute(text("UPDATE registry_entities SET forms = :f"), {"f": json.dumps(old)})

    forms = json.loads(_down_and_up(db_url, "0016", before,
                                    lambda conn: conn.execute(text("SELECT forms FROM registry_entities")).scalar_one()))
    assert "n|к ахмедов" in forms and "|к ахмедов" not in forms
    assert workspace.mentions.unknown_facts() == 0
    read = _spy_reads(monkeypatch)
    found = workspace.mentions.affected([entity.id])
    assert [(a.id, a.checked) for a in found] == [(initials.id, False)]
    assert read == []


def test_a_status_change_by_sql_keeps_the_facts_and_the_report_shows_it(workspace, monkeypatch):
    """PostgreSQL's trigger copies what the report lists into the facts; a change of status
    alone leaves them current (SQLite compares the version, and reads)."""
    entity = ponomarev(workspace)
    data = article(workspace, "Лев Пономарёв выступил.")
    with workspace.unit() as s:
        s.execute(text("UPDATE articles SET status = 'submitted' WHERE id = :id"), {"id": data.id})
    found = workspace.mentions.affected([entity.id])
    assert [(a.id, a.status) for a in found] == [(data.id, "submitted")]


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_an_article_inserted_by_sql_gets_stale_facts_and_is_read(workspace, monkeypatch):
    entity = workspace.registry.add(Entity("Ахмедов Казбек Русланович", EntityKind.FOREIGN_AGENT_PERSON))
    template = article(workspace, "Сегодня без упоминаний.")
    with workspace.unit() as s:
        s.execute(text(
            "INSERT INTO articles (id, language, headline, slug, lede, body, byline, source, dateline_place, "
            "time_zone, photo, photo_caption, photo_credit, photo_source, ednote, status, word_count, "
            "author_login, policy_version, created_at, updated_at, version) "
            "SELECT 'raw-1', language, 'Сырой', 'raw', lede, :body, byline, source, dateline_place, time_zone, "
            "photo, photo_caption, photo_credit, photo_source, ednote, status, word_count, author_login, "
            "policy_version, created_at, updated_at, 1 FROM articles WHERE id = :id"),
            {"id": template.id, "body": N + "\n\nПисьмо подписал К. Ахмедов, а Казбек Ахмедов промолчал."})
        stamp, headline = s.execute(text(
            "SELECT stamp, headline FROM article_label_facts WHERE article_id = 'raw-1'")).one()
    assert (stamp, headline) == (None, "Сырой")
    read = _spy_reads(monkeypatch)
    found = workspace.mentions.affected([entity.id])
    assert [a.id for a in found] == ["raw-1"] and found[0].checked
    assert read == ["raw-1"]


def test_a_damaged_headline_does_not_stop_the_report(sqlite_url, clock):
    """SQLite: the report decodes in C and, when a row holds invalid UTF-8, reads again leniently."""
    from desk_app.services.workspace import Workspace

    with Workspace.open(sqlite_url, user="chief", clock=clock) as ws:
        entity = ponomarev(ws)
        good = article(ws, "Лев Пономарёв выступил.")
        bad = article(ws, "Лев Пономарёв выступил снова.")
        with ws.engine.begin() as conn:   # the trigger copies the damaged headline into the facts
            conn.execute(text("UPDATE articles SET headline = CAST(X'D091D0B8C3' AS TEXT) WHERE id = :i"),
                         {"i": bad.id})
            conn.execute(text("UPDATE article_label_facts SET stamp = 1 WHERE article_id = :i"), {"i": bad.id})
        found = {a.id: a.headline for a in ws.mentions.affected([entity.id])}
    assert found == {good.id: "Заголовок", bad.id: "Би\ufffd"}


def test_the_report_for_every_entity_lists_an_article_once_with_each_name(workspace):
    """Two names settled in one article: one item, both names, the list in id order."""
    ponomarev(workspace)
    workspace.registry.add(Entity("Гринберг Мария Львовна", EntityKind.FOREIGN_AGENT_PERSON))
    both = article(workspace, "Лев Пономарёв и Мария Гринберг выступили.")
    one = article(workspace, "Мария Гринберг выступила.")
    article(workspace, "Без упоминаний.")
    found = workspace.mentions.affected()
    assert [a.id for a in found] == sorted([both.id, one.id])
    assert all(a.checked is False for a in found)
    names = {a.id: a.names for a in found}
    assert sorted(names[both.id]) == ["Гринберг Мария Львовна", "Пономарёв Лев Александрович"]
    assert names[one.id] == ("Гринберг Мария Львовна",)


def test_the_report_leaves_out_what_the_reader_may_not_open(workspace):
    """A correspondent is not shown another correspondent's draft, settled or not."""
    entity = ponomarev(workspace)
    workspace.ensure_user("anna", Role.CORRESPONDENT)
    workspace.ensure_user("boris", Role.CORRESPONDENT)
    anna, boris = workspace.as_user("anna"), workspace.as_user("boris")
    hers = article(anna, "Лев Пономарёв выступил.")
    his = article(boris, "Лев Пономарёв выступил.")
    assert [a.id for a in anna.mentions.affected([entity.id])] == [hers.id]
    assert [a.id for a in boris.mentions.affected([entity.id])] == [his.id]
    assert sorted(a.id for a in workspace.mentions.affected([entity.id])) == sorted([hers.id, his.id])
