"""RevisionDiffView on its own: field order, paragraphs cut at breaks, unchanged ones folded."""
from __future__ import annotations

from datetime import datetime, timezone

from desk_app.domain.textdiff import word_diff_html
from desk_app.services.articles import RevisionInfo
from desk_app.services.workflow import FieldDiff
from desk_app.ui.workflow.diff_view import RevisionDiffView, _paragraphs

WHEN = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)
OLD_INFO = RevisionInfo(2, WHEN, "cora", "save", "draft", "draft", "")
NEW_INFO = RevisionInfo(5, WHEN.replace(hour=10), "edit", "approve", "submitted", "approved", "")


def test_a_deleted_or_inserted_paragraph_stands_on_its_own():
    old = "Первый.\n\nУдалённый абзац.\n\nТретий.\n\nЧетвёртый."
    new = "Первый.\n\nТретий изменён.\n\nЧетвёртый.\n\nНовый абзац."
    paragraphs = _paragraphs(word_diff_html(old, new))
    assert [changed for _html, changed in paragraphs] == [False, True, True, False, True]
    assert paragraphs[1][0].startswith("<del") and "Удалённый абзац.</del>" in paragraphs[1][0]
    assert paragraphs[4][0].startswith("<ins") and paragraphs[4][0].endswith("Новый абзац.</ins>")


def test_joining_two_paragraphs_shows_a_struck_pilcrow():
    (only, changed), = _paragraphs(word_diff_html("Один.\n\nДва.", "Один. Два."))
    assert changed and ">¶</del>" in only


def test_fields_in_reading_order_and_unchanged_paragraphs_folded(qtbot):
    view = RevisionDiffView()
    qtbot.addWidget(view)
    body_old = "\n\n".join(f"Абзац {i}." for i in range(1, 9))
    body_new = body_old.replace("Абзац 5.", "Абзац пятый.")
    diffs = [FieldDiff("body", "Body", word_diff_html(body_old, body_new)),
             FieldDiff("status", "Status", word_diff_html("draft", "approved")),
             FieldDiff("headline", "Headline", word_diff_html("Старый заголовок", "Новый заголовок")),
             FieldDiff("byline", "Byline", word_diff_html("", "Аслан Шогенов"))]
    view.show_diff(diffs, OLD_INFO, NEW_INFO)
    text = view.toPlainText()
    assert text.index("HEADLINE") < text.index("BYLINE") < text.index("STATUS") < text.index("BODY")
    assert "4 unchanged paragraphs" in text and "3 unchanged paragraphs" in text
    assert "Абзац 1." not in text and "пятый" in text
    assert "20 Nov 2026, 12:00 MSK" in text and "20 Nov 2026, 13:00 MSK" in text
    view.set_collapse_unchanged(False)
    assert "Абзац 1." in view.toPlainText() and "unchanged paragraph" not in view.toPlainText()
    view.show_diff([], OLD_INFO, NEW_INFO)
    assert "same text, metadata and state" in view.toPlainText()
