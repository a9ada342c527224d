"""``desk field init``, ``desk sync`` and ``desk outbox``: the field workspace from the command line.

``--db`` names the field workspace (a path or ``sqlite:///PATH``); without it,
``field.sqlite3`` in the data directory. ``desk sync`` exits 0 when everything
queued was sent or parked, 1 with one line when the server cannot be reached.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk_app.cli_output import print_json
from desk_app.domain.errors import InvalidInput

if TYPE_CHECKING:
    from desk_app.services.field_workspace import FieldWorkspace


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    field = sub.add_parser("field", help="a field workspace: work offline against a shared database")
    field_sub = field.add_subparsers(dest="field_command", required=True, parser_class=parser_class,
                                     metavar="ACTION")
    init = field_sub.add_parser("init", help="create a field workspace linked to a shared database")
    init.add_argument("--upstream", required=True, metavar="URL",
                      help="postgresql://LOGIN@HOST:PORT/DATABASE (your own login)")
    field_sub.add_parser("status", help="where the field workspace points and what waits to be sent")
    take = field_sub.add_parser("take", help="keep these originals (to translate) in the field workspace")
    take.add_argument("ids", nargs="+", metavar="ID")
    sync = sub.add_parser("sync", help="field workspace: send what is queued, then take in the newsroom's changes")
    sync.add_argument("--json", action="store_true", help="print the counts as JSON")
    outbox = sub.add_parser("outbox", help="field workspace: every queued operation and its state")
    outbox.add_argument("--json", action="store_true", help="print the operations as JSON")
    outbox.add_argument("--retry", action="store_true",
                        help="put operations that need attention back in the queue")


def field_path(db: str | None) -> Path:
    if not db:
        from desk_app.services.paths import data_dir

        return data_dir() / "field.sqlite3"
    if db.startswith("sqlite:///"):
        return Path(db[len("sqlite:///"):])
    if "://" in db:
        raise InvalidInput("--db names the field workspace file here (a path or sqlite:///PATH); "
                           "the shared database is its upstream (desk field init --upstream URL).")
    return Path(db)


@dataclass(frozen=True)
class _Login:
    host: str
    port: int
    database: str
    user: str


def _stored_password(upstream: Any) -> str | None:
    from desk_app.services.credentials import CredentialStore

    return CredentialStore().get(_Login(upstream.host or "localhost", upstream.port or 5432,
                                        upstream.database or "", upstream.username or ""))


def _remember_password(raw_upstream: str) -> None:
    from desk_app.services.credentials import CredentialStore
    from desk_app.services.field import clean_upstream
    from desk_app.services.field_workspace import clean_password

    password = clean_password(raw_upstream)
    if password:
        url = clean_upstream(raw_upstream)
        CredentialStore().set(_Login(url.host or "localhost", url.port or 5432, url.database or "",
                                     url.username or ""), password)


def _open(args: argparse.Namespace) -> FieldWorkspace:
    from desk_app.services.field_workspace import FieldWorkspace

    field = FieldWorkspace.open(field_path(args.db))
    field.password = _stored_password(field.link.upstream)
    return field


def cmd_field(args: argparse.Namespace) -> int:
    from desk_app.services.field_workspace import FieldWorkspace

    if args.field_command == "init":
        path = field_path(args.db)
        path.parent.mkdir(parents=True, exist_ok=True)
        with FieldWorkspace.init(path, args.upstream) as field:
            _remember_password(args.upstream)
            count = field.local.articles.count()
            print(f"Field workspace {path} is linked to {field.where()} as {field.link.login}; "
                  f"{count} of your articles are here. Work in it with “desk --db {path}”, "
                  "send with “desk sync”.")
        return 0
    if args.field_command == "take":
        with _open(args) as field:
            added = field.sync.take_along(args.ids)
        print(f"{added} originals will be taken along at the next “desk sync”.")
        return 0
    with _open(args) as field:
        status = field.sync.status()
        print(f"{field.path}: linked to {field.where()} as {field.link.login}")
        print(f"{status.queued} queued, {status.needs_attention} need attention, {status.conflicts} in conflict, "
              f"{status.notice_changed} with a changed notice")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from desk_app.services.sync import Unreachable

    with _open(args) as field:
        try:
            report = field.sync.sync()
        except Unreachable as exc:
            if args.json:
                status = field.sync.status()
                print_json({"pushed": 0, "pulled": 0, "conflicts": status.conflicts,
                             "needs_attention": status.needs_attention, "queued": status.queued})
            print(f"desk: {exc}", file=sys.stderr)
            return 1
    if args.json:
        print_json(report.as_json())
    else:
        parts = [f"{report.pushed} sent", f"{report.pulled} taken in"]
        if report.conflicts:
            parts.append(f"{report.conflicts} in conflict (open them in the window to compare)")
        if report.needs_attention:
            parts.append(f"{report.needs_attention} need attention (see “desk outbox”)")
        if report.notice_changed:
            parts.append(f"{report.notice_changed} held: the notice policy changed; apply the new notice "
                         "in the window")
        parts.append(f"{report.queued} still queued")
        print("; ".join(parts) + ".")
    return 0


def cmd_outbox(args: argparse.Namespace) -> int:
    with _open(args) as field:
        if args.retry:
            print(f"{field.sync.retry()} operations are queued again.")
            return 0
        entries = field.sync.entries()
    if args.json:
        print_json([e.as_json() for e in entries])
        return 0
    if not entries:
        print("The outbox is empty.")
        return 0
    for e in entries:
        line = f"{e.created_at:%Y-%m-%d %H:%M}  {e.state:<15} {e.kind:<10} {e.headline or e.article_id}"
        if e.attempts:
            line += f"  ({e.attempts} attempts)"
        print(line)
        if e.last_error and e.state != "sent":
            print(f"    {e.last_error}")
    return 0


COMMANDS = {"field": cmd_field, "sync": cmd_sync, "outbox": cmd_outbox}
