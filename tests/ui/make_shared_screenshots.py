"""Screenshots of the main window on a shared PostgreSQL: an article someone else is editing, and a
conflict raised by a real conflicting save.

Run from the project root, best under a virtual X server of a fixed size::

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tests/ui/make_shared_screenshots.py [OUT_DIR]

OUT_DIR defaults to docs/screenshots. The server is DESK_TEST_PG_URL (default
postgresql://postgres@127.0.0.1:5432/test); the script creates a database "newsroom" (refusing to
touch one it did not create), provisions it, adds five people with login roles of their own, and
drops all of it again. Nothing touches your settings: the window's data and settings live in a
temporary folder. ``tests/ui/test_window_shared.py`` runs this into a temporary folder.

1. being-edited.png — the editor Елена Морозова on the shared workspace; Патимат Гасанова holds the
   edit lock of the open article: the read-only banner with "Take over", the "being edited by …"
   badge in the list, and the status bar with the server and ● connected.
2. conflict-in-window.png — Елена edits Аслан Шогенов's article while he saves his own changes from
   his Desk; her Save raises the conflict dialog over the window.
"""
from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/test"
MSK = ZoneInfo("Europe/Moscow")

PEOPLE = {  # login: (role, display name)
    "e.morozova": ("editor", "Елена Морозова"),
    "p.gasanova": ("correspondent", "Патимат Гасанова"),
    "a.shogenov": ("correspondent", "Аслан Шогенов"),
    "i.samoylenko": ("correspondent", "Ирина Самойленко"),
    "d.wilson": ("translator", "David Wilson"),
}


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def at(self, hour: int, minute: int) -> Clock:
        self.now = datetime.now(MSK).replace(hour=hour, minute=minute, second=0, microsecond=0).astimezone(
            timezone.utc)
        return self


def demo(name: str, **changes):
    from desk_app.domain.frontmatter import parse_article

    text = (resources.files("desk_app.demo") / name).read_text(encoding="utf-8")
    data, _extra = parse_article(text)
    values = dict(status="draft", published_at=None, translated_from=None, translation_id=None)
    values.update(changes)
    return data.copy(**values)


def _settle(app, ms: int = 400) -> None:
    import time

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def _wait(app, condition, timeout: float = 15.0) -> None:
    import time

    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.01)


def _type_after(editor, anchor: str, typed: str) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    found = editor.document().find(anchor)
    cursor = editor.textCursor()
    cursor.setPosition(found.selectionEnd())
    editor.setTextCursor(cursor)
    editor.setFocus()
    for ch in typed:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def _replace(editor, old: str, new: str) -> None:
    found = editor.document().find(old)
    editor.setTextCursor(found)
    editor.textCursor().insertText(new)


def make_screenshots(out_dir: Path, workdir: Path, server_url: str | None = None, *,
                     database: str = "newsroom", suffix: str = "") -> tuple[Path, Path]:
    """Build the newsroom, drive the window, save the two pictures; everything is dropped afterwards."""
    os.environ["DESK_DATA_DIR"] = str(workdir / "data")
    os.environ["XDG_CONFIG_HOME"] = str(workdir / "config")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from desk_app.domain.workflow import Action
    from desk_app.services.credentials import CredentialStore
    from desk_app.services.local import open_workspace
    from desk_app.services.paths import data_dir
    from desk_app.services.profiles import ConnectionProfile
    from desk_app.services.workspace import Workspace
    from desk_app.ui.app import configure_application
    from desk_app.ui.editor.dialogs import Prompter, UnsavedChoice
    from desk_app.ui.editor.recovery import RecoveryJournal
    from desk_app.ui.settings import Settings
    from desk_app.ui.tasks import TaskRunner
    from desk_app.ui.window.main_window import MainWindow

    app = QApplication.instance()
    if app is None:                 # run as a script: Desk's own style and font, as users see it
        app = QApplication([])
        configure_application(app)
    out_dir.mkdir(parents=True, exist_ok=True)
    server = make_url(server_url or os.environ.get("DESK_TEST_PG_URL", DEFAULT_PG)).set(drivername="postgresql+psycopg")
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    logins = {login + suffix: spec for login, spec in PEOPLE.items()}
    editor = "e.morozova" + suffix
    with admin.connect() as conn:
        if conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": database}).first():
            raise SystemExit(f"A database “{database}” exists on {server.host}; drop it first or choose another.")
        conn.execute(text(f'CREATE DATABASE "{database}"'))
    url = server.set(database=database)
    clients: list = []
    window = tasks = None
    try:
        with Workspace.open(url.render_as_string(hide_password=False)) as root:
            root.admin.provision()
            for login, (role, name) in logins.items():
                root.admin.add_user(login, role, display_name=name)
        clock = Clock(datetime.now(timezone.utc))

        def client(login: str) -> Workspace:
            ws = Workspace.open(url.set(username=login), run_migrations=False, clock=clock)
            clients.append(ws)
            return ws

        people = {login: client(login) for login in logins}
        gasanova, shogenov = people["p.gasanova" + suffix], people["a.shogenov" + suffix]

        def create(ws, data, hour, minute):
            clock.at(hour, minute)
            return ws.articles.create(data.copy(author_login=""), apply_notice=True).article

        samoylenko, wilson = people["i.samoylenko" + suffix], people["d.wilson" + suffix]
        elena = people[editor]
        water = create(gasanova, demo("makhachkala-water.md"), 9, 12)
        stavropol = create(samoylenko, demo("stavropol-landfill-protest.md"), 10, 5)
        nalchik = create(shogenov, demo("nalchik-heating-court.md"), 10, 48)
        chegem = create(shogenov, demo("chegem-road-reopened.md"), 11, 30)
        create(gasanova, demo("derbent-carpet-festival.md"), 12, 17)
        kislovodsk = create(gasanova, demo("kislovodsk-by-election.md", byline="Патимат Гасанова"), 13, 26)
        clock.at(9, 31)
        gasanova.workflow.perform(water.id, Action.SUBMIT)
        clock.at(9, 38)
        elena.workflow.perform(water.id, Action.APPROVE)
        elena.workflow.perform(water.id, Action.PUBLISH)
        clock.at(11, 41)
        shogenov.workflow.perform(chegem.id, Action.SUBMIT)
        clock.at(12, 52)
        shogenov.workflow.perform(nalchik.id, Action.SUBMIT)
        clock.at(13, 44)
        wilson.articles.create(demo("makhachkala-water-en.md", translated_from=water.id, author_login=""),
                               apply_notice=True)
        clock.at(13, 50)
        samoylenko.locks.expiry = timedelta(hours=12)
        samoylenko.locks.acquire(stavropol.id)
        clock.at(13, 58)
        draft = gasanova.articles.get(kislovodsk.id)
        draft.lede = ("Дополнительные выборы в городскую думу Кисловодска по одномандатному округу № 7 "
                      "пройдут 14 марта 2027 года; выдвижение кандидатов начнётся 10 января.")
        draft.tags = [*draft.tags, "выборы"] if "выборы" not in draft.tags else draft.tags
        gasanova.articles.save(draft, apply_notice=True)
        clock.at(14, 2)
        gasanova.locks.expiry = timedelta(hours=12)     # she keeps typing for the whole shoot
        gasanova.locks.acquire(kislovodsk.id)

        # Елена's Desk: started on the local workspace, then File → Connect to shared database
        settings = Settings(workdir / "config" / "Desk" / "Desk.ini")
        tasks = TaskRunner()
        window = MainWindow(open_workspace(None), tasks, settings, journal=RecoveryJournal(data_dir() / "recovery"))
        window.shared.credentials = CredentialStore(_NoKeyring())
        window.resize(1540, 940)
        window.move(30, 30)
        window.show()
        window.start()
        _settle(app)
        host = "localhost" if server.host in ("127.0.0.1", "::1", None) else server.host
        profile = ConnectionProfile(name="Редакция", host=host, port=server.port or 5432, database=database,
                                    user=editor, sslmode="prefer")
        window.shared.open_shared(profile, "")
        _wait(app, lambda: window.workspace.info.kind == "shared")
        _wait(app, lambda: window.status.connection_state == "connected")
        model = window.list_panel.model
        _wait(app, lambda: model.row_of(kislovodsk.id) is not None)
        window.splitter.setSizes([640, 900])
        window.pane.splitter.setSizes([520, 380])
        window.open_article(kislovodsk.id)
        _wait(app, lambda: window.pane.is_read_only() and window.pane.banner_button.isVisible())
        _wait(app, lambda: model.badges(model.row_of(kislovodsk.id)) != [])
        _wait(app, lambda: model.badges(model.row_of(stavropol.id)) != [])
        _settle(app, 1200)
        window.status.clearMessage()
        _settle(app, 300)
        being_edited = out_dir / "being-edited.png"
        window.grab().save(str(being_edited))

        # a real conflict: Елена edits Аслан's article while he saves his own changes
        window.open_article(nalchik.id)
        _wait(app, lambda: window.pane.article_id() == nalchik.id and not window.pane.is_read_only())
        _wait(app, lambda: window.shared.keeper is not None and window.shared.keeper.lock is not None)
        pane = window.pane
        _replace(pane.editor, "Зимой дети спали в куртках", "Всю зиму дети спали в куртках")
        _type_after(pane.editor, "представитель жильцов Залина Кушхова", ", юрист по образованию")
        clock.now = datetime.now(timezone.utc)
        theirs = shogenov.articles.get(nalchik.id)
        theirs.body = (theirs.body
                       .replace("Зимой дети спали в куртках", "Зимой дети спали в куртках и шапках")
                       .replace("Следующее заседание назначено на 9 декабря.",
                                "Следующее заседание назначено на 9 декабря, на нём выступит эксперт."))
        shogenov.articles.save(theirs, apply_notice=True)
        _settle(app, 800)
        pane.prompter = Prompter(pane)
        pane.prompter.ask_unsaved = lambda _headline: UnsavedChoice.DISCARD
        conflict_png = out_dir / "conflict-in-window.png"
        shot: dict[str, bool] = {}

        def capture() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or dialog.objectName() != "conflictDialog":
                QTimer.singleShot(100, capture)
                return
            dialog.resize(1180, 790)
            dialog.move(window.x() + (window.width() - 1180) // 2, window.y() + 92)
            _settle(app, 600)
            _compose(window, dialog).save(str(conflict_png))
            shot["done"] = True
            dialog.all_theirs_button.click()
            dialog.merge_button.click()

        QTimer.singleShot(200, capture)
        window.save()
        _wait(app, lambda: shot.get("done", False))
        _settle(app, 300)
    finally:
        if window is not None:
            window.pane.prompter.ask_unsaved = lambda _headline: UnsavedChoice.DISCARD
            window.close()
            tasks.wait(10_000)
            app.processEvents()
            window.workspace.close()
        for ws in clients:
            ws.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
            for login in logins:
                conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        admin.dispose()
    return being_edited, conflict_png


def _compose(window, dialog):
    """The window, dimmed, with the dialog over it in a plain frame (a virtual X server has no window manager
    to draw one)."""
    from PySide6.QtCore import QPoint, QRect, Qt
    from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap

    base, front = window.grab(), dialog.grab()
    at = dialog.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
    title_h = 30
    canvas = QPixmap(base.size())
    canvas.fill(Qt.GlobalColor.white)
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.drawPixmap(0, 0, base)
    painter.fillRect(canvas.rect(), QColor(20, 24, 31, 70))                   # the window waits behind
    frame = QRect(at.x() - 1, at.y() - title_h - 1, front.width() + 2, front.height() + title_h + 2)
    for spread in range(1, 13):                                               # a soft shadow
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, max(2, 16 - spread)))
        painter.drawRoundedRect(frame.adjusted(-spread, -spread + 3, spread, spread + 3), 8, 8)
    painter.fillRect(QRect(frame.x(), frame.y(), frame.width(), title_h + 1), QColor("#e4e7eb"))
    font = QFont(window.font())
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#2c3642"))
    painter.drawText(QRect(frame.x(), frame.y(), frame.width(), title_h + 1), Qt.AlignmentFlag.AlignCenter,
                     dialog.windowTitle())
    painter.drawPixmap(at, front)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor("#8c96a1"), 1))
    painter.drawRect(frame.adjusted(0, 0, -1, -1))
    painter.end()
    return canvas


class _NoKeyring:
    """A keyring backend that has nothing (the screenshots need no password)."""

    priority = 1

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        pass

    def delete_password(self, service, username):
        pass


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    with tempfile.TemporaryDirectory() as tmp:
        for path in make_screenshots(target, Path(tmp)):
            print(path)
