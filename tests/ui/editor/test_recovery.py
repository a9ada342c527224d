"""The crash recovery journal: atomic snapshots while dirty, gone after save, there after a SIGKILL."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from editor_test_helpers import UnsavedChoice, notice_of, stored_article, type_text

from desk_app.domain.article import ArticleData
from desk_app.ui.editor.recovery import Recovered, RecoveryJournal, default_directory
from desk_app.ui.settings import Options

HELPER = Path(__file__).resolve().parent / "crash_helper.py"


# -- the journal on its own -------------------------------------------------------------------

def test_write_is_atomic_and_other_sessions_see_it_as_pending(tmp_path):
    first = RecoveryJournal(tmp_path)
    data = ArticleData(headline="Черновик", body="Текст", version=4)
    path = first.write(data, workspace_url="sqlite:///w.db", base_version=4, seq=1)
    assert path is not None and path.exists()
    assert [p.name for p in tmp_path.iterdir()] == [path.name]          # no temporary file left behind
    assert first.pending() == []                                       # its own live snapshot is not "pending"
    later = RecoveryJournal(tmp_path)
    entries = later.pending()
    assert len(entries) == 1
    entry = entries[0]
    assert entry.data.body == "Текст" and entry.base_version == 4 and entry.workspace_url == "sqlite:///w.db"
    assert entry.article_id == data.id and entry.headline == "Черновик"
    later.discard(entry)
    assert later.pending() == [] and not path.exists()


def test_an_older_write_never_replaces_a_newer_one(tmp_path):
    journal = RecoveryJournal(tmp_path)
    data = ArticleData(body="new")
    journal.write(data, workspace_url="u", base_version=0, seq=5)
    assert journal.write(data.copy(body="old"), workspace_url="u", base_version=0, seq=3) is None
    journal.remove(data.id, seq=5)
    assert journal.write(data.copy(body="late"), workspace_url="u", base_version=0, seq=5) is None
    assert not journal.path_for(data.id).exists()


def test_damaged_and_foreign_files_are_skipped(tmp_path):
    (tmp_path / "abc.0123456789ab.json").write_text("{not json")
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / "x.0123456789ab.json").write_text(json.dumps({"format": 99}))
    assert RecoveryJournal(tmp_path).pending() == []


def test_snapshots_of_a_running_desk_are_not_offered(tmp_path):
    journal = RecoveryJournal(tmp_path)
    path = journal.write(ArticleData(body="live"), workspace_url="u", base_version=0)
    record = json.loads(path.read_text())
    record["pid"] = os.getppid()                  # a process that is certainly alive
    path.write_text(json.dumps(record))
    assert RecoveryJournal(tmp_path).pending() == []


def test_keep_copy_is_not_pending(tmp_path):
    journal = RecoveryJournal(tmp_path)
    kept = journal.keep_copy(ArticleData(body="mine"), workspace_url="u", reason="conflict")
    assert kept.exists() and kept.parent.name == "kept"
    assert RecoveryJournal(tmp_path).pending() == []


def test_default_directory_is_under_the_desk_data_dir(tmp_path):
    assert default_directory() == tmp_path / "data" / "recovery"   # DESK_DATA_DIR is set by tests/conftest.py


# -- the pane and the journal -------------------------------------------------------------------

@pytest.fixture
def quick(settings):
    settings.set(Options.autosave_seconds, 1)
    return settings


def test_autosave_writes_while_dirty_and_removes_after_save(quick, make_pane, ui_ws, journal, qtbot):
    pane = make_pane(ui_ws)
    pane.new_article("ru")
    target = journal.path_for(pane.article_id())
    pane.editor.setFocus()
    type_text(pane.editor, "Несохранённый текст")
    qtbot.waitUntil(target.exists, timeout=4000)
    snap = json.loads(target.read_text(encoding="utf-8"))
    assert snap["data"]["body"] == notice_of(ui_ws) + "\n\nНесохранённый текст"
    assert snap["workspace_url"] == ui_ws.info.url and snap["base_version"] == 0
    assert datetime.fromisoformat(snap["saved_at"]).tzinfo is not None
    assert pane.save()
    assert not target.exists()
    qtbot.wait(1300)                          # clean: no new snapshot
    assert not target.exists()


def test_discard_removes_the_snapshot(quick, make_pane, ui_ws, journal, qtbot):
    pane = make_pane(ui_ws)
    pane.open_article(stored_article(ui_ws))
    pane.editor.setFocus()
    type_text(pane.editor, "правка")
    pane.write_snapshot(now=True)
    target = journal.path_for(pane.article_id())
    assert target.exists()
    pane.prompter.unsaved = UnsavedChoice.DISCARD
    assert pane.maybe_close()
    assert not target.exists()
    assert not pane.is_dirty()
    assert "правка" not in pane.editor.body()


def test_restore_from_an_entry_writes_a_fresh_snapshot_first(make_pane, ui_ws, journal, tmp_path):
    old_session = RecoveryJournal(journal.directory)
    data = ArticleData(headline="После сбоя", body=notice_of(ui_ws) + "\n\nвосстановлено", version=0)
    old_session.write(data, workspace_url=ui_ws.info.url, base_version=0)
    (entry,) = journal.pending()
    pane = make_pane(ui_ws)
    pane.load_data(entry.data, dirty=True)
    journal.discard(entry)                    # what the main window does next
    assert pane.is_dirty()
    assert pane.editor.body_without_notice() == "восстановлено"
    assert journal.path_for(data.id).exists()  # this session's own snapshot survives the discard
    assert pane.save()
    assert ui_ws.articles.get(data.id).headline == "После сбоя"


@pytest.mark.subprocess
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_text_typed_before_a_sigkill_is_recovered(sqlite_url, tmp_path):
    journal_dir = tmp_path / "journal"
    text = "Печатала и тут выключили свет"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(Path(__file__).resolve().parents[3]), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.Popen([sys.executable, str(HELPER), sqlite_url, str(journal_dir), str(tmp_path / "s.ini"), text],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    try:
        line = ""
        deadline = datetime.now(timezone.utc).timestamp() + 60
        while not line.startswith("SNAPSHOT") and datetime.now(timezone.utc).timestamp() < deadline:
            line = proc.stdout.readline()
            if not line and proc.poll() is not None:
                pytest.fail("helper exited early: " + proc.stderr.read()[-2000:])
        assert line.startswith("SNAPSHOT"), "no snapshot within 60 s"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    entries: list[Recovered] = RecoveryJournal(journal_dir).pending()
    assert len(entries) == 1
    assert entries[0].data.body.endswith("\n\n" + text)
    assert entries[0].workspace_url.startswith("sqlite") and entries[0].workspace_url.endswith("desk.sqlite3")
