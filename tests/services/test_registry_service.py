"""The registry and mention checks on SQLite and PostgreSQL: import, versions, permissions,
save warnings, refused workflow steps, and the affected-articles report."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
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
    assert {m.text for a in found for m in a.mentions} == {"Льва Пономарёва", "Lev Ponomarev"}


def test_the_report_narrows_by_the_search_index(workspace, monkeypatch):
    """Candidates come from the index: an article the index does not name is never read."""
    from desk_app.store import registry as repo

    entity = ponomarev(workspace)
    article(workspace, "Лев Пономарёв выступил.")
    for n in range(5):
        article(workspace, f"Новость номер {n} без упоминаний.")
    read: list[str] = []
    original = repo.article_texts

    def spy(session, ids):
        read.extend(ids)
        return original(session, ids)

    monkeypatch.setattr(repo, "article_texts", spy)
    assert len(workspace.mentions.affected([entity.id])) == 1
    assert len(read) == 1


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
    for n in range(5):
        article(workspace, f"Лев Пономарёв выступил в {n}-й раз.")
    entity = ponomarev(workspace)
    seen: list[tuple[int, int]] = []
    assert len(workspace.mentions.affected([entity.id], progress=lambda d, t: seen.append((d, t)))) == 5
    assert seen == [(2, 5), (4, 5), (5, 5)]
    stopped = workspace.mentions.affected([entity.id], progress=lambda d, t: False)
    assert len(stopped) == 2      # the first batch, then cancelled
