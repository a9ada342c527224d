"""Translation pairing on SQLite and PostgreSQL: translate, pairs, staleness, minor edit, alignment,
the originally-published line, import alignment, memory and glossary, and the desk pair/glossary commands."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.domain.alignment import align
from desk_app.domain.article import ArticleData
from desk_app.domain.errors import InvalidInput, NotFound, PermissionDenied
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.domain.pairing_beads import PairRecord, effective_state, follow_source, pin
from desk_app.domain.segments import paragraph_hash
from desk_app.domain.workflow import Role
from desk_app.services.pairing_types import TranslationExists
from desk_app.store.guards import status_check_suspended
from desk_app.store.models import SegmentPair

GOLD = Path(__file__).resolve().parents[1] / "data" / "alignment_gold"
PUBLISHED = datetime(2022, 1, 6, 18, 33, tzinfo=timezone.utc)  # 09:33 pm MSK
LINE = ("This article was originally published on the Russian page of 24/7 Internet agency ‘Caucasian Knot’ "
        "on January 6, 2022 at 09:33 pm MSK")
RU = [
    "Авария произошла вечером 18 ноября на участке водовода длиной около 600 метров.",
    "«Вторые сутки ходим с вёдрами к роднику», — рассказала жительница Кировского района Марьям.",
    "В мэрии сообщили, что к подвозу воды привлечены 35 автоцистерн.",
    "Водоканал пообещал завершить ремонт к утру 21 ноября.",
]
EN = [
    "The accident occurred on the evening of November 18 on a section of the water main about 600 metres long.",
    "\"For the second day, we have been walking with buckets to the spring,\" said Mariam, a resident of the "
    "Kirovsky District.",
    "The mayor's office reported that 35 tank trucks have been engaged in delivering water.",
    "The water utility has promised to complete the repairs by the morning of November 21.",
]


def body(*paragraphs: str) -> str:
    return "\n\n".join((DEMO_NOTICE_TEXT, *paragraphs))


def original(ws, paragraphs=RU, **fields) -> ArticleData:
    fields.setdefault("published_at", PUBLISHED)
    data = ArticleData(language="ru", headline="Жители Махачкалы без воды", body=body(*paragraphs),
                       byline="Патимат Гасанова", dateline_place="Махачкала", tags=["Дагестан", "вода"],
                       photo="https://example.org/p.jpg", photo_caption="Очередь к цистерне",
                       photo_credit="Фото: КУ", photo_source="https://example.org/src", lede="Лид.",
                       time_zone="Asia/Yekaterinburg", **fields)
    return ws.articles.create(data).article


def translated(ws, paragraphs=RU, targets=EN, mark=True):
    """An original and a translation whose pairs are all filled (and marked translated)."""
    orig = original(ws, paragraphs)
    tr = ws.pairing.translate(orig.id)
    ws.pairing.save_targets(tr.id, targets, version=tr.version, headline="Residents without water")
    if mark:
        for k in range(len(targets)):
            ws.pairing.mark(tr.id, k, "translated")
    return orig, ws.articles.get(tr.id)


def edit(ws, article_id: str, paragraphs, **fields) -> ArticleData:
    data = ws.articles.get(article_id)
    data = data.copy(body=body(*paragraphs), **fields)
    return ws.articles.save(data).article


def states(view) -> list[str]:
    return [p.effective_state for p in view.pairs]


# -- translate ----------------------------------------------------------------------------------


def test_translate_links_copies_metadata_and_pairs_every_paragraph(workspace):
    orig = original(workspace)
    tr = workspace.pairing.translate(orig.id)
    assert tr.language == "en" and tr.status == "draft"
    assert tr.translated_from == orig.id and tr.translation_id == orig.id
    assert tr.tags == orig.tags
    assert (tr.photo, tr.photo_credit, tr.photo_source) == (orig.photo, orig.photo_credit, orig.photo_source)
    assert tr.photo_caption == ""  # a caption is text to translate
    assert tr.dateline_place == "Махачкала" and tr.time_zone == "Asia/Yekaterinburg"
    assert tr.byline == "Патимат Гасанова"
    assert tr.published_at is None and tr.headline == "" and tr.lede == ""
    # notice + originally-published line, and no source text
    assert tr.body == f"{DEMO_NOTICE_TEXT}\n\n{LINE}"
    assert not any(p[:20] in tr.body for p in RU)
    view = workspace.pairing.pairs(tr.id)
    assert [(p.source, p.target, p.state) for p in view.pairs] == [((i,), (), "untranslated") for i in range(4)]
    with workspace.unit() as s:
        rows = s.scalars(select(SegmentPair).order_by(SegmentPair.ordinal)).all()
        assert [r.source_hash for r in rows] == [paragraph_hash(p) for p in RU]
        assert [r.source_text for r in rows] == RU
    assert [r.action for r in workspace.articles.revisions(tr.id)] == ["translate"]


def test_translate_byline_setting_and_no_line_without_publication_time(workspace):
    workspace.settings.set("translation_byline", "empty")
    orig = original(workspace, published_at=None)
    tr = workspace.pairing.translate(orig.id)
    assert tr.byline == ""
    assert tr.body == DEMO_NOTICE_TEXT


def test_translate_works_on_a_published_original(workspace):
    orig = original(workspace, status="published")
    tr = workspace.pairing.translate(orig.id)
    assert workspace.articles.get(orig.id).status == "published"
    assert len(workspace.pairing.pairs(tr.id).pairs) == 4


def test_translate_refusals(workspace):
    orig = original(workspace)
    tr = workspace.pairing.translate(orig.id)
    with pytest.raises(TranslationExists) as exc:
        workspace.pairing.translate(orig.id)
    assert exc.value.existing_id == tr.id and tr.id in str(exc.value)
    with pytest.raises(InvalidInput, match="itself a translation"):
        workspace.pairing.translate(tr.id, "ru")
    with pytest.raises(InvalidInput, match="already in Russian"):
        workspace.pairing.translate(orig.id, "ru")
    with pytest.raises(InvalidInput, match="not supported"):
        workspace.pairing.translate(orig.id, "de")
    with pytest.raises(NotFound):
        workspace.pairing.translate("no-such-id")
    spiked = original(workspace, status="spiked")
    with pytest.raises(InvalidInput, match="spiked"):
        workspace.pairing.translate(spiked.id)
    for exc_info in (exc,):
        assert "\n" not in str(exc_info.value)


def test_a_spiked_translation_does_not_block_a_new_one(workspace):
    orig = original(workspace)
    first = workspace.pairing.translate(orig.id)
    workspace.workflow.perform(first.id, "spike")
    second = workspace.pairing.translate(orig.id)
    assert second.id != first.id


def test_a_correspondent_cannot_translate(workspace):
    orig = original(workspace, status="published")
    workspace.ensure_user("reporter", Role.CORRESPONDENT)
    with pytest.raises(PermissionDenied):
        workspace.as_user("reporter").pairing.translate(orig.id)


# -- pairs and marking --------------------------------------------------------------------------


def test_save_targets_fills_pairs_as_drafts_and_mark_records_who_and_when(workspace, clock):
    orig = original(workspace)
    tr = workspace.pairing.translate(orig.id)
    result = workspace.pairing.save_targets(tr.id, [EN[0], "", EN[2] + "\n\n" + "A second paragraph.", ""],
                                            version=tr.version, headline="Residents without water")
    saved = result.article
    assert saved.headline == "Residents without water"
    assert saved.body.startswith(f"{DEMO_NOTICE_TEXT}\n\n{LINE}\n\n{EN[0]}")
    assert not result.notice_fixed
    view = workspace.pairing.pairs(tr.id)
    assert [(p.source, p.target, p.effective_state) for p in view.pairs] == [
        ((0,), (0,), "draft"), ((1,), (), "untranslated"), ((2,), (1, 2), "draft"), ((3,), (), "untranslated")]
    assert view.pairs[2].target_paragraphs == (EN[2], "A second paragraph.")
    clock.advance(3600)
    view = workspace.pairing.mark(tr.id, 0, "translated")
    pair = view.pairs[0]
    assert pair.effective_state == "translated" and pair.marked_by == "chief" and pair.marked_at == clock()
    with workspace.unit() as s:
        row = s.scalars(select(SegmentPair).where(SegmentPair.ordinal == 0)).one()
        assert row.target_text == EN[0] and row.source_hash == paragraph_hash(RU[0])
    workspace.pairing.mark(tr.id, 0, "reviewed")
    assert workspace.pairing.pairs(tr.id).pairs[0].state == "reviewed"


def test_marking_an_empty_pair_or_an_unknown_state_is_refused(workspace):
    orig = original(workspace)
    tr = workspace.pairing.translate(orig.id)
    with pytest.raises(InvalidInput, match="has no translation yet"):
        workspace.pairing.mark(tr.id, 1, "translated")
    with pytest.raises(InvalidInput, match="not a state"):
        workspace.pairing.mark(tr.id, 0, "approved")
    with pytest.raises(InvalidInput, match="no pair 9"):
        workspace.pairing.mark(tr.id, 8, "draft")
    with pytest.raises(InvalidInput, match="not a translation"):
        workspace.pairing.pairs(orig.id)


def test_save_targets_with_an_old_version_is_a_conflict(workspace):
    from desk_app.domain.errors import ConflictError

    orig = original(workspace)
    tr = workspace.pairing.translate(orig.id)
    workspace.pairing.save_targets(tr.id, [EN[0], "", "", ""], version=tr.version)
    with pytest.raises(ConflictError):
        workspace.pairing.save_targets(tr.id, ["x", "", "", ""], version=tr.version)


# -- staleness ----------------------------------------------------------------------------------


def test_editing_one_original_paragraph_marks_exactly_that_pair(workspace):
    orig, tr = translated(workspace)
    before = workspace.pairing.pairs(tr.id)
    assert states(before) == ["translated"] * 4
    tr_version = workspace.articles.get(tr.id).version
    changed = RU[2].replace("35", "40")
    edit(workspace, orig.id, [RU[0], RU[1], changed, RU[3]])
    view = workspace.pairing.pairs(tr.id)
    assert states(view) == ["translated", "translated", "needs_update", "translated"]
    assert view.pairs[2].state == "translated"  # stored state untouched: staleness is computed
    assert (view.pairs[2].old_source, view.pairs[2].new_source) == (RU[2], changed)
    assert view.pairs[0].old_source is None
    assert workspace.articles.get(tr.id).version == tr_version  # nothing written to the translation
    # marking it again makes it current
    workspace.pairing.mark(tr.id, 2, "translated")
    assert states(workspace.pairing.pairs(tr.id)) == ["translated"] * 4


def test_an_inserted_or_deleted_original_paragraph_does_not_shift_the_others(workspace):
    orig, tr = translated(workspace)
    new = "Жители нескольких многоэтажек заявили, что машины к ним так и не приехали."
    edit(workspace, orig.id, [RU[0], new, RU[1], RU[2], RU[3]])
    view = workspace.pairing.pairs(tr.id)
    assert [(p.source, p.target, p.effective_state) for p in view.pairs] == [
        ((0,), (0,), "translated"), ((1,), (), "needs_update"), ((2,), (1,), "translated"),
        ((3,), (2,), "translated"), ((4,), (3,), "translated")]
    assert (view.pairs[1].old_source, view.pairs[1].new_source) == ("", new)
    assert not view.stored
    edit(workspace, orig.id, [RU[0], RU[2], RU[3]])  # paragraph 1 deleted instead
    view = workspace.pairing.pairs(tr.id)
    assert [(p.source, p.target, p.effective_state) for p in view.pairs] == [
        ((0,), (0,), "translated"), ((), (1,), "needs_update"), ((1,), (2,), "translated"),
        ((2,), (3,), "translated")]


def test_translations_of_and_outdated_translation_ids(workspace):
    orig, tr = translated(workspace)
    other_orig, other_tr = translated(workspace)
    plain = original(workspace)
    assert workspace.pairing.outdated_translation_ids([tr.id, other_tr.id, plain.id, orig.id]) == set()
    edit(workspace, orig.id, [RU[0] + " Уточнение.", RU[1], RU[2] + " Ещё.", RU[3]])
    assert workspace.pairing.outdated_translation_ids([tr.id, other_tr.id, plain.id, orig.id]) == {tr.id}
    assert workspace.pairing.outdated_translation_ids([]) == set()
    found = workspace.pairing.translations_of(orig.id)
    assert [(row.id, n) for row, n in found] == [(tr.id, 2)]
    assert workspace.pairing.translations_of(plain.id) == []


def test_translation_summaries_count_translations_and_outdated_ones(workspace):
    orig, tr = translated(workspace)
    plain = original(workspace)
    assert workspace.pairing.translation_summaries([orig.id, plain.id, tr.id]) == {orig.id: (1, 0)}
    edit(workspace, orig.id, [RU[0] + " Уточнение.", RU[1], RU[2], RU[3]])
    assert workspace.pairing.translation_summaries([orig.id, plain.id]) == {orig.id: (1, 1)}
    assert workspace.pairing.translation_summaries([]) == {}
    workspace.workflow.perform(tr.id, "spike")            # a spiked translation is not counted
    assert workspace.pairing.translation_summaries([orig.id]) == {}


def test_minor_edit_keeps_current_pairs_current(workspace):
    orig, tr = translated(workspace)
    edit(workspace, orig.id, [RU[0], RU[1], RU[2] + " Новое.", RU[3]])  # a real change: pair 2 stale
    assert states(workspace.pairing.pairs(tr.id))[2] == "needs_update"
    data = workspace.articles.get(orig.id)
    data.body = body(RU[0].replace("вечером", "вечером,"), RU[1], RU[2] + " Новое.", RU[3])
    result = workspace.pairing.minor_edit(orig.id, data)
    assert "Minor edit" in workspace.articles.revisions(orig.id)[-1].note
    view = workspace.pairing.pairs(tr.id)
    assert states(view) == ["translated", "translated", "needs_update", "translated"]  # the typo fix kept it
    assert view.pairs[0].source_paragraphs[0] == RU[0].replace("вечером", "вечером,")
    assert result.article.version == data.version + 1
    # a normal save of the same kind of change would have made the pair stale
    edit(workspace, orig.id, [RU[0], RU[1], RU[2] + " Новое.", RU[3]])
    assert states(workspace.pairing.pairs(tr.id))[0] == "needs_update"


# -- alignment ------------------------------------------------------------------------------------


def test_manual_alignment_survives_realignment(workspace):
    orig, tr = translated(workspace)
    view = workspace.pairing.merge_pairs(tr.id, 1)
    assert [(p.source, p.target, p.origin) for p in view.pairs] == [
        ((0,), (0,), "auto"), ((1, 2), (1, 2), "manual"), ((3,), (3,), "auto")]
    assert view.pairs[1].effective_state == "draft"
    view = workspace.pairing.realign(tr.id)
    assert [(p.source, p.target, p.origin) for p in view.pairs] == [
        ((0,), (0,), "auto"), ((1, 2), (1, 2), "manual"), ((3,), (3,), "auto")]
    assert states(view) == ["translated", "draft", "translated"]  # untouched pairs keep their marks
    view = workspace.pairing.split_pair(tr.id, 1)
    assert [(p.source, p.target, p.origin) for p in view.pairs] == [
        ((0,), (0,), "auto"), ((1,), (1,), "manual"), ((2,), (2,), "manual"), ((3,), (3,), "auto")]
    view = workspace.pairing.shift_boundary(tr.id, 0, "target", +1)
    assert [(p.source, p.target) for p in view.pairs][:2] == [((0,), (0, 1)), ((1,), ())]
    view = workspace.pairing.realign(tr.id)
    assert [(p.source, p.target) for p in view.pairs][:2] == [((0,), (0, 1)), ((1,), ())]


def test_alignment_edits_refused_with_one_sentence(workspace):
    orig, tr = translated(workspace)
    with pytest.raises(InvalidInput, match="last one"):
        workspace.pairing.merge_pairs(tr.id, 3)
    workspace.pairing.shift_boundary(tr.id, 0, "target", -1)  # pair 1 loses its translation to pair 2
    with pytest.raises(InvalidInput, match="single paragraph"):
        workspace.pairing.split_pair(tr.id, 0)
    with pytest.raises(InvalidInput, match="no translation paragraph"):
        workspace.pairing.shift_boundary(tr.id, 0, "target", -1)


def test_a_translation_saved_elsewhere_with_more_paragraphs_is_realigned_keeping_manual_beads(workspace):
    orig, tr = translated(workspace)
    workspace.pairing.merge_pairs(tr.id, 2)  # manual 2-2 bead
    data = workspace.articles.get(tr.id)
    extra = "Background: this is the third accident on the water main this year."
    data.body = body(LINE, EN[0], extra, EN[1], EN[2], EN[3])
    saved = workspace.articles.save(data).article
    view = workspace.pairing.pairs(tr.id)  # reading already shows a consistent alignment
    assert [(p.source, p.target) for p in view.pairs] == [((0,), (0,)), ((), (1,)), ((1,), (2,)), ((2, 3), (3, 4))]
    workspace.pairing.after_translation_saved(saved)
    view = workspace.pairing.pairs(tr.id)
    assert view.stored
    assert [p.origin for p in view.pairs] == ["auto", "auto", "auto", "manual"]
    assert states(view) == ["translated", "draft", "translated", "draft"]


def test_a_paragraph_split_in_the_editor_stays_with_its_pair(workspace):
    orig, tr = translated(workspace)
    first, second = EN[1].split(" said ")
    data = workspace.articles.get(tr.id)
    data.body = body(LINE, EN[0], first, "said " + second, EN[2], EN[3])
    workspace.articles.save(data)
    view = workspace.pairing.pairs(tr.id)
    assert [(p.source, p.target) for p in view.pairs] == [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,)), ((3,), (4,))]
    assert states(view) == ["translated"] * 4


def test_a_translation_written_in_the_editor_is_aligned_into_drafts(workspace):
    orig = original(workspace)
    tr = workspace.pairing.translate(orig.id)
    data = workspace.articles.get(tr.id)
    data.body = body(LINE, *EN)
    saved = workspace.articles.save(data).article
    view = workspace.pairing.pairs(tr.id)
    assert [(p.source, p.target) for p in view.pairs] == [((i,), (i,)) for i in range(4)]
    assert states(view) == ["draft"] * 4
    workspace.pairing.after_translation_saved(saved)
    assert workspace.pairing.pairs(tr.id).stored


def test_a_translation_without_pairs_is_aligned_when_opened(workspace):
    from desk_app.services.demo import seed_demo_articles

    seed_demo_articles(workspace)
    demo = next(r for r in workspace.articles.list() if r.language == "en")
    with workspace.unit() as s:
        assert s.scalars(select(SegmentPair)).first() is None
    shown = workspace.pairing.pairs(demo.id)
    assert not shown.stored and len(shown.pairs) == 7
    assert {p.effective_state for p in shown.pairs} == {"translated"}
    opened = workspace.pairing.prepare(demo.id)
    assert opened.stored and [p.source for p in opened.pairs] == [p.source for p in shown.pairs]
    assert not opened.original_line_stale


def test_a_translator_cannot_mark_a_published_translation(workspace):
    orig, tr = translated(workspace, mark=False)
    with workspace.unit() as s, status_check_suspended(s):
        from desk_app.store.models import Article

        s.get(Article, tr.id).status = "published"
    workspace.ensure_user("tanya", Role.TRANSLATOR)
    with pytest.raises(PermissionDenied, match="published"):
        workspace.as_user("tanya").pairing.mark(tr.id, 0, "translated")
    workspace.pairing.mark(tr.id, 0, "reviewed")  # an editor may still confirm it


# -- the originally-published line --------------------------------------------------------------


def test_the_line_follows_the_originals_time_and_the_agency_setting(workspace):
    orig, tr = translated(workspace, mark=False)
    assert LINE in workspace.articles.get(tr.id).body
    assert not workspace.pairing.pairs(tr.id).original_line_stale
    edit(workspace, orig.id, RU, published_at=datetime(2022, 1, 7, 1, 5, tzinfo=timezone(timedelta(hours=5))))
    assert workspace.pairing.pairs(tr.id).original_line_stale
    assert workspace.pairing.sync_all_for_original(orig.id) == [tr.id]
    got = workspace.articles.get(tr.id)
    assert "on January 6, 2022 at 11:05 pm MSK" in got.body and LINE not in got.body
    assert got.body.count("originally published") == 1
    assert workspace.articles.revisions(tr.id)[-1].note.startswith("Originally-published line")
    assert not workspace.pairing.sync_original_line(tr.id)  # in step: nothing saved
    workspace.settings.set("agency_name", "Caucasian Knot")
    assert workspace.pairing.sync_original_line(tr.id)
    assert "Russian page of Caucasian Knot on" in workspace.articles.get(tr.id).body
    # the paragraphs and pairs are untouched by the line
    assert [p.target for p in workspace.pairing.pairs(tr.id).pairs] == [(0,), (1,), (2,), (3,)]


# -- import alignment ---------------------------------------------------------------------------


def md(headline: str, language: str, paragraphs: list[str]) -> str:
    return f"---\nheadline: {headline}\nlanguage: {language}\n---\n\n" + "\n\n".join(paragraphs) + "\n"


def import_pair(ws, tmp_path, source, target):
    (tmp_path / "ru.md").write_text(md("Оригинал", "ru", source), encoding="utf-8")
    (tmp_path / "en.md").write_text(md("Translation", "en", target), encoding="utf-8")
    ru = ws.transfer.import_file(tmp_path / "ru.md", apply_notice=True)
    assert ru.ok, ru.error
    en = ws.transfer.import_file(tmp_path / "en.md", translation_of=ru.article_id, apply_notice=True)
    return ru, en


@pytest.mark.skipif(not (GOLD / "pair_33.json").exists(), reason="no gold alignment set")
def test_import_translation_of_aligns_like_the_gold_set(workspace, tmp_path):
    gold = json.loads((GOLD / "pair_33.json").read_text(encoding="utf-8"))
    ru, en = import_pair(workspace, tmp_path, gold["source"], gold["target"])
    assert en.ok, en.error
    assert any("Aligned to" in m for m in en.messages)
    view = workspace.pairing.pairs(en.article_id)
    assert [{"source": list(p.source), "target": list(p.target)} for p in view.pairs] == \
        [{"source": b["source"], "target": b["target"]} for b in gold["gold"]]
    assert {p.effective_state for p in view.pairs if p.target} == {"translated"}
    assert {p.marked_by for p in view.pairs if p.target} == {"chief"}
    assert {p.origin for p in view.pairs} == {"auto"}


def test_import_one_paragraph_against_forty(workspace, tmp_path):
    ru, en = import_pair(workspace, tmp_path, ["Суд в Махачкале 14 марта вынес приговор."],
                         [f"Paragraph {i} of a long background section." for i in range(40)])
    assert en.ok, en.error
    view = workspace.pairing.pairs(en.article_id)
    assert [i for p in view.pairs for i in p.source] == [0]
    assert [j for p in view.pairs for j in p.target] == list(range(40))
    assert all(p.source or p.target for p in view.pairs)


def test_import_translation_of_bad_input(workspace, tmp_path):
    (tmp_path / "en.md").write_text(md("Translation", "en", ["Text."]), encoding="utf-8")
    (tmp_path / "ru2.md").write_text(md("Перевод", "ru", ["Текст."]), encoding="utf-8")
    out = workspace.transfer.import_file(tmp_path / "en.md", translation_of="nope", apply_notice=True)
    assert not out.ok and "no article with that id" in out.error
    orig = original(workspace)
    out = workspace.transfer.import_file(tmp_path / "ru2.md", translation_of=orig.id, apply_notice=True)
    assert not out.ok and "also in Russian" in out.error
    tr = workspace.pairing.translate(orig.id)
    out = workspace.transfer.import_file(tmp_path / "en.md", translation_of=tr.id, apply_notice=True)
    assert not out.ok and "itself a translation" in out.error
    spiked = original(workspace, status="spiked")
    out = workspace.transfer.import_file(tmp_path / "en.md", translation_of=spiked.id, apply_notice=True)
    assert not out.ok and "spiked" in out.error
    for message in (out.error,):
        assert "\n" not in message and "Traceback" not in message


def test_an_original_spiked_while_its_translation_is_open(workspace):
    orig, tr = translated(workspace)
    workspace.articles.save(workspace.articles.get(orig.id).copy(status="draft"))
    workspace.workflow.perform(orig.id, "spike")
    view = workspace.pairing.pairs(tr.id)
    assert view.problem and "spiked" in view.problem
    assert states(view) == ["translated"] * 4


# -- memory and glossary --------------------------------------------------------------------------


def test_suggestions_offer_earlier_translations_of_the_paragraph_and_its_sentences(workspace, clock):
    orig, tr = translated(workspace)
    clock.advance(60)
    again = original(workspace, [RU[0], RU[2] + " Об этом сообщили в мэрии города.", "Новый абзац."])
    got = workspace.pairing.suggestions(RU[0])
    assert [(s.kind, s.target, s.translation_id) for s in got] == [("paragraph", EN[0], tr.id)]
    got = workspace.pairing.suggestions(RU[2] + " Об этом сообщили в мэрии города.")
    assert [(s.kind, s.target) for s in got] == [("sentence", EN[2])]
    assert workspace.pairing.suggestions("Новый абзац.") == []
    assert workspace.pairing.suggestions("") == []
    assert again.id  # the new original is not itself memory


def test_glossary_add_list_hits_with_inflection(workspace):
    entry = workspace.pairing.glossary_add("Махачкала", "Makhachkala", "place")
    workspace.pairing.glossary_add("Советский районный суд", "Sovetsky District Court", "organisation")
    with pytest.raises(InvalidInput, match="already has"):
        workspace.pairing.glossary_add("махачкала", "MAKHACHKALA", "place")
    with pytest.raises(InvalidInput, match="unknown"):
        workspace.pairing.glossary_add("Дагестан", "Dagestan", "country")
    assert [e.source_term for e in workspace.pairing.glossary_list()] == ["Махачкала", "Советский районный суд"]
    for text in ("Жители Махачкалы", "в Махачкале", "под Махачкалой", "Махачкала"):
        assert [e.target_term for e in workspace.pairing.glossary_hits(text)] == ["Makhachkala"], text
    hits = workspace.pairing.glossary_hits("Советского районного суда Махачкалы")
    assert [e.target_term for e in hits] == ["Sovetsky District Court", "Makhachkala"]
    workspace.pairing.glossary_remove(entry.id)
    assert workspace.pairing.glossary_hits("в Махачкале") == []
    workspace.ensure_user("reporter", Role.CORRESPONDENT)
    with pytest.raises(PermissionDenied):
        workspace.as_user("reporter").pairing.glossary_add("Нальчик", "Nalchik")


# -- the desk command ---------------------------------------------------------------------------


def cli_user(ws) -> None:
    """On PostgreSQL the command runs as the connecting login: make it a Desk admin."""
    if ws.dialect == "postgresql":
        from sqlalchemy import text

        with ws.unit() as s:
            login = s.execute(text("SELECT current_user")).scalar_one()
        ws.ensure_user(login, Role.ADMIN)


def test_desk_pair_json_and_table(workspace, db_url, capsys):
    from desk_app.cli import main

    orig, tr = translated(workspace)
    cli_user(workspace)
    edit(workspace, orig.id, [RU[0], RU[1] + " Дополнение.", RU[2], RU[3]])
    for ident in (tr.id, orig.id):
        assert main(["--db", db_url, "pair", ident, "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert out == {"original": orig.id, "translation": tr.id, "pairs": [
            {"source": [0], "target": [0], "state": "translated"},
            {"source": [1], "target": [1], "state": "needs_update"},
            {"source": [2], "target": [2], "state": "translated"},
            {"source": [3], "target": [3], "state": "translated"}]}
    assert main(["--db", db_url, "pair", tr.id]) == 0
    table = capsys.readouterr().out
    assert "needs update" in table and "4 pairs: 3 translated, 1 needs update." in table
    assert main(["--db", db_url, "pair", "nope"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("desk: ") and err.count("\n") == 1
    lonely = original(workspace)
    assert main(["--db", db_url, "pair", lonely.id]) == 1
    assert "no translation yet" in capsys.readouterr().err


def test_desk_import_translation_of_then_pair(workspace, db_url, tmp_path, capsys):
    from desk_app.cli import main

    cli_user(workspace)
    orig = original(workspace)
    (tmp_path / "en.md").write_text(md("Residents without water", "en", [EN[0], EN[1] + " " + EN[2], EN[3]]),
                                    encoding="utf-8")
    code = main(["--db", db_url, "import", str(tmp_path / "en.md"), "--translation-of", orig.id, "--apply-notice"])
    out = capsys.readouterr().out
    assert code == 0 and f"Aligned to {orig.id} in 3 pairs." in out
    translation_id = out.split("imported as ")[1].split(".")[0]
    assert main(["--db", db_url, "pair", translation_id, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["pairs"] == [
        {"source": [0], "target": [0], "state": "translated"},
        {"source": [1, 2], "target": [1], "state": "translated"},
        {"source": [3], "target": [2], "state": "translated"}]
    code = main(["--db", db_url, "import", str(tmp_path / "en.md"), "--translation-of", "nope", "--apply-notice"])
    err = capsys.readouterr().err
    assert code == 1 and "no article with that id" in err and "Traceback" not in err


def test_desk_glossary(workspace, db_url, capsys):
    from desk_app.cli import main

    cli_user(workspace)
    assert main(["--db", db_url, "glossary", "add", "Махачкала", "Makhachkala", "--kind", "place"]) == 0
    assert "Махачкала → Makhachkala" in capsys.readouterr().out
    assert main(["--db", db_url, "glossary", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [{k: v for k, v in e.items() if k != "id"} for e in listed] == [
        {"ru": "Махачкала", "en": "Makhachkala", "kind": "place", "note": ""}]
    assert main(["--db", db_url, "glossary", "list"]) == 0
    assert "[place]" in capsys.readouterr().out
    assert main(["--db", db_url, "glossary", "add", "Махачкала", "Makhachkala"]) == 1
    assert "already has" in capsys.readouterr().err


# -- the pure rules -----------------------------------------------------------------------------


def test_effective_state_rules():
    source = ["А.", "Б."]
    pair = PairRecord((0,), (0,), state="translated", **pin("А."))
    assert effective_state(pair, source) == "translated"
    assert effective_state(pair, ["А!", "Б."]) == "needs_update"
    assert effective_state(pair.with_(state="untranslated"), ["А!"]) == "untranslated"
    assert effective_state(pair, ["  А.\n"]) == "translated"  # whitespace folding


def test_follow_source_maps_replacements_of_different_sizes_by_similarity():
    old = ["Первый абзац о событии.", "Второй абзац с цитатой.", "Третий абзац."]
    pairs = [PairRecord((i,), (i,), state="translated", **pin(t)) for i, t in enumerate(old)]
    new = ["Первый абзац о событии.", "Совершенно новый текст про другое.", "Второй абзац с цитатой!", "Третий абзац."]
    followed = follow_source(pairs, new)
    assert [(p.source, p.target) for p in followed] == [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((3,), (2,))]
    assert [effective_state(p, new) for p in followed] == ["translated", "needs_update", "needs_update", "translated"]


def test_align_is_what_import_uses():
    src, tgt = RU, EN
    assert [(b.source, b.target) for b in align(src, tgt)] == [((i,), (i,)) for i in range(4)]
