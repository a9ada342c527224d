"""The article pane, the metadata panel, the pairing page, the conflict dialog and the registry dialog in
Russian: no English word is left on them (proper names and key names aside), and switching back to
English brings every text back as it was, without building the widgets again.

Texts the user typed or the article holds (field values, the body, table cells with paragraphs)
are never translated and are not looked at; what is looked at: labels, buttons, tooltips,
placeholders, group titles, tab names, headers, combo items, actions and status lines.

``DESK_WRITE_SCREENSHOTS=1`` also writes docs/screenshots/ru-pairing.png and ru-metadata.png.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from desk_app.domain.article import ArticleData
from desk_app.domain.mentions.entities import Entity, EntityKind
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.ui.editor.fields import ZoneCombo
from desk_app.ui.i18n import LanguageSwitcher

ROOT = Path(__file__).resolve().parents[3]
TS = ROOT / "desk_app" / "resources" / "i18n" / "desk_ru.ts"
SCREENSHOTS = ROOT / "docs" / "screenshots"

ALLOWED = {  # proper names, formats, protocols and key names that stay Latin in Russian too
    "Desk", "Markdown", "https", "http", "mailto", "UTC", "JPEG", "PNG", "WebP", "HEIC", "NUL",
    "Ctrl", "Shift", "Alt", "Enter", "Return", "Esc", "F7", "F8",
}
_TAG = re.compile(r"<[^>]+>")
_ENTITY = re.compile(r"&[a-z]+;")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")

PARAGRAPHS = ["Авария произошла вечером 18 ноября на участке водовода длиной около 600 метров.",
              "В мэрии Махачкалы сообщили, что к подвозу воды привлечены 35 автоцистерн."]


@pytest.fixture
def language(qapp, tmp_path):
    """``language("ru")`` switches the interface; English again (and the old default locale) afterwards."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(tmp_path / "desk_ru.qm")], check=True)
    switcher = LanguageSwitcher(qapp, qm_dir=tmp_path)
    locale = QLocale()

    def switch(code: str) -> None:
        assert switcher.apply(code)
        QApplication.processEvents()   # Qt posts LanguageChange to the top-level widgets

    yield switch
    switcher.apply("en")
    QApplication.processEvents()
    QLocale.setDefault(locale)
    switcher.deleteLater()


def ui_texts(root: QWidget, skip: tuple[QWidget, ...] = ()) -> list[str]:
    """Every interface text ``root`` and its children carry (not the values typed or stored)."""
    texts: list[str] = []
    skipped = [w for s in skip for w in (s, *s.findChildren(QWidget))]
    for w in (root, *root.findChildren(QWidget)):
        if any(w is s for s in skipped) or isinstance(w, QMenu):   # menus: a toolbar's overflow, built on demand
            continue
        texts += [w.toolTip(), w.statusTip(), w.accessibleName()]
        for action in w.actions():
            texts += [action.text(), action.iconText(), action.toolTip(), action.statusTip()]
        if w.isWindow():
            texts.append(w.windowTitle())
        if isinstance(w, QLabel):
            texts.append(w.text())
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            texts.append(w.placeholderText())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QComboBox) and not isinstance(w, ZoneCombo):   # zones are IANA names
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractSpinBox):
            texts.append(w.text())          # the publication time: the month's name
        if isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            model = w.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
    return [t for t in texts if t]


def english_words(texts: list[str]) -> list[str]:
    found = []
    for text in texts:
        plain = _ENTITY.sub(" ", _TAG.sub(" ", text))
        found += [f"{word} (in {text!r})" for word in _LATIN_WORD.findall(plain) if word not in ALLOWED]
    return found


def cells(view: QAbstractItemView, column: int) -> list[str]:
    model = view.model()
    return [str(model.index(r, column).data() or "") for r in range(model.rowCount())]


@pytest.fixture
def opened_pane(make_pane, ui_ws):
    article = ui_ws.articles.create(ArticleData(
        language="ru", headline="Махачкала без воды", lede="", byline="",
        body="\n\n".join([DEMO_NOTICE_TEXT, *PARAGRAPHS]),
        published_at=datetime(2026, 12, 3, 11, 0, tzinfo=timezone.utc))).article
    pane = make_pane(ui_ws)
    assert pane.open_article(article.id)
    return pane


@pytest.fixture
def pairing_page(qtbot, ui_ws, sync_tasks, settings):
    from desk_app.ui.pairing.page import PairingPage
    from desk_app.ui.pairing.view import PairingView

    original = ui_ws.articles.create(ArticleData(language="ru", headline="Жители без воды", lede="Лид.",
                                                 body="\n\n".join([DEMO_NOTICE_TEXT, *PARAGRAPHS]))).article
    translation = ui_ws.pairing.translate(original.id)
    page = PairingPage()
    view = PairingView(ui_ws, sync_tasks, settings)
    page.set_view(view)
    qtbot.addWidget(page)
    page.resize(1300, 720)
    page.show()
    qtbot.waitExposed(page)
    view.open_translation(translation.id)
    view.table.setCurrentIndex(view.model.index(view.model.FIRST_PAIR_ROW, 2))
    return page


def conflict_case(ws, clock):
    from desk_app.domain.errors import ConflictError
    from desk_app.domain.workflow import Role
    from desk_app.services.conflicts import ConflictService

    ws.ensure_user("anna", Role.EDITOR, "Анна Петрова")
    anna = ws.as_user("anna")
    article = ws.articles.create(ArticleData(headline="Махачкала без воды", lede="Лид.",
                                             body="\n\n".join([DEMO_NOTICE_TEXT, *PARAGRAPHS]))).article
    mine, theirs = ws.articles.get(article.id), anna.articles.get(article.id)
    clock.advance(300)
    theirs.body = theirs.body.replace("вечером", "утром")
    theirs.lede = "Их лид."
    anna.articles.save(theirs)
    mine.body = mine.body.replace("вечером", "поздно вечером")
    mine.lede = "Мой лид."
    with pytest.raises(ConflictError) as info:
        ws.articles.save(mine)
    return ConflictService(ws).prepare(mine, info.value)


def registry_dialog(qtbot, ws, tasks):
    from desk_app.ui.registry.dialog import RegistryDialog

    dialog = RegistryDialog(ws, tasks)
    qtbot.addWidget(dialog)
    dialog.find_affected(None)
    return dialog


def test_the_article_pane_and_its_metadata_panel_speak_russian_and_back(opened_pane, language, qtbot):
    pane = opened_pane
    content = (pane.editor, pane.preview.browser)     # the article itself
    english = ui_texts(pane, content)
    assert "Headline" in english and "Dateline and credits" in english and "Preview" in english

    language("ru")
    russian = ui_texts(pane, content)
    assert english_words(russian) == []
    assert pane.metadata.status.text() == "Черновик"
    assert pane.metadata.language.currentText() == "Русский"
    assert pane.area.counts.text().startswith("Слов: ")
    assert "лид" in pane.metadata.missing.text() and "автор" in pane.metadata.missing.text()
    assert "дек" in pane.metadata.when.text()       # the month named in Russian, the time in the article's zone
    assert "14:00" in pane.metadata.when.text()     # 11:00 UTC in Moscow

    language("en")
    assert ui_texts(pane, content) == english
    assert "Dec" in pane.metadata.when.text()
    if os.environ.get("DESK_WRITE_SCREENSHOTS"):
        language("ru")
        pane.metadata_scroll.setFixedHeight(pane.metadata.sizeHint().height() + 4)
        qtbot.wait(50)
        pane.metadata.grab().save(str(SCREENSHOTS / "ru-metadata.png"))


def test_the_pairing_page_speaks_russian_and_back(pairing_page, language, qtbot):
    page = pairing_page
    view = page.view
    english = ui_texts(page)
    assert "Translation pairing" in english and "Mark translated" in english

    language("ru")
    russian = ui_texts(page)
    assert english_words(russian) == []
    assert english_words(cells(view.table, 0)) == []           # the badges
    assert view.model.headerData(1, Qt.Orientation.Horizontal) == "Оригинал (Русский, только чтение)"
    assert view.side_panel.title.text().startswith("Пара 1")
    if os.environ.get("DESK_WRITE_SCREENSHOTS"):
        qtbot.wait(50)
        page.grab().save(str(SCREENSHOTS / "ru-pairing.png"))

    language("en")
    assert ui_texts(page) == english
    assert cells(view.table, 0)[:3] == ["Headline", "Lede", "Untranslated"]


def test_a_conflict_dialog_and_the_registry_dialog_are_built_in_russian(qtbot, ui_ws, clock, sync_tasks, language):
    from desk_app.ui.conflict.dialog import ConflictDialog

    ui_ws.registry.add(Entity("Пономарёв Лев Александрович", EntityKind.FOREIGN_AGENT_PERSON,
                              included_on=date(2020, 12, 28)))
    case = conflict_case(ui_ws, clock)
    english_conflict = ui_texts(ConflictDialog(case))
    english_registry = ui_texts(registry_dialog(qtbot, ui_ws, sync_tasks))

    language("ru")
    conflict = ConflictDialog(case)
    qtbot.addWidget(conflict)
    assert conflict.fields_view.topLevelItem(0).text(0) == "Лид"
    registry = registry_dialog(qtbot, ui_ws, sync_tasks)
    assert cells(registry.table, 1) == ["Иноагент: физическое лицо"]
    assert english_words(ui_texts(conflict, (conflict.theirs_view, conflict.mine_view, conflict.merge_edit))) == []
    assert english_words(ui_texts(registry)) == []
    assert english_words(cells(registry.history, 2)) == []      # what each change did

    language("en")
    assert ui_texts(ConflictDialog(case)) == english_conflict
    assert ui_texts(registry_dialog(qtbot, ui_ws, sync_tasks)) == english_registry


def test_the_read_only_banner_is_worded_again_on_a_switch(make_pane, ui_ws, language):
    pane = make_pane(ui_ws)
    pane.load_data(ArticleData(headline="Махачкала без воды", status="published", version=1,
                               body="\n\n".join([DEMO_NOTICE_TEXT, *PARAGRAPHS])))
    english = pane.banner_label.text()
    assert pane.is_read_only() and "published" in english

    language("ru")
    assert "опубликована" in pane.banner_label.text()
    assert english_words([pane.banner_label.text()]) == []

    language("en")
    assert pane.banner_label.text() == english
