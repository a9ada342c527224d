"""The ``desk`` command: with no subcommand it opens the window.

Exit codes: 0 done, 1 refused or invalid input, 2 usage. Errors are one line
on stderr, never a traceback.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from desk_app.domain.errors import DeskError

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2
        self.exit(EXIT_USAGE, f"desk: {message} (see “desk --help”)\n")


class _VersionAction(argparse.Action):
    """``--version``: the version and the git commit, worked out only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from desk_app.version import version_text

        print(version_text())
        parser.exit(EXIT_OK)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="desk", description="Desk: the editorial client for Russian originals and "
                     "English translations. With no command it opens the window.")
    parser.add_argument("--db", metavar="URL", default=os.environ.get("DESK_DB"),
                        help="sqlite:///PATH or postgresql://USER@HOST:PORT/DB (default: DESK_DB, "
                             "else the local workspace in your data directory)")
    parser.add_argument("--version", action=_VersionAction, help="print the version and the git commit, then exit")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window, wait until the article list's first page is painted and exit 0 "
                             "(1 when it is not painted within a minute); for checking an installation")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True, parser_class=_Parser, metavar="ACTION")
    db_sub.add_parser("upgrade", help="bring the schema up to date (copies a local file aside first)")
    db_sub.add_parser("provision", help="PostgreSQL: create roles, grants and row-level security (admins, once)")

    user = sub.add_parser("user", help="people and their roles")
    user_sub = user.add_subparsers(dest="user_command", required=True, parser_class=_Parser, metavar="ACTION")
    user_add = user_sub.add_parser("add", help="add a person (on PostgreSQL: a login role in the role's group)")
    user_add.add_argument("name")
    user_add.add_argument("--role", required=True, choices=["correspondent", "translator", "editor", "admin"])
    user_add.add_argument("--display-name", default="")
    user_add.add_argument("--password-stdin", action="store_true",
                          help="read the new login's password from standard input (never from the command line)")
    user_sub.add_parser("list", help="list people and roles")

    imp = sub.add_parser("import", help="import Markdown files with YAML front matter")
    imp.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    imp.add_argument("--lang", choices=["ru", "en"], help="language of the files (overrides front matter)")
    imp.add_argument("--translation-of", metavar="ID", help="the files are translations of article ID")
    imp.add_argument("--apply-notice", action="store_true",
                     help="insert or restore the foreign-agent notice instead of refusing the file")

    exp = sub.add_parser("export", help="write an article as Markdown or HTML")
    exp.add_argument("id")
    exp.add_argument("--format", choices=["md", "html"], required=True)
    exp.add_argument("-o", "--output", type=Path, metavar="FILE")

    lst = sub.add_parser("list", help="list articles")
    lst.add_argument("--status", action="append", help="filter by status (repeatable)")
    lst.add_argument("--lang", choices=["ru", "en"])
    lst.add_argument("--search", metavar="Q", default="")
    lst.add_argument("--limit", type=int, default=100)
    lst.add_argument("--json", action="store_true")

    show = sub.add_parser("show", help="show one article")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")

    pol = sub.add_parser("policy", help="the foreign-agent notice policy")
    pol_sub = pol.add_subparsers(dest="policy_command", required=True, parser_class=_Parser, metavar="ACTION")
    pol_show = pol_sub.add_parser("show", help="the policy in force and its history")
    pol_show.add_argument("--json", action="store_true")
    pol_set = pol_sub.add_parser("set", help="record a new policy version (admins)")
    pol_set.add_argument("--text", required=True)
    pol_set.add_argument("--placement", choices=["top", "end"], default="top")
    pol_set.add_argument("--age-mark", default="")
    pol_set.add_argument("--outlet")
    pol_set.add_argument("--from", dest="effective_from", type=_date, metavar="DATE",
                         help="YYYY-MM-DD from which every save must carry it (default today)")
    pol_set.add_argument("--languages", default="", help="comma-separated, default all")

    chk = sub.add_parser("check", help="report stored articles whose notice is missing, altered or misplaced")
    chk.add_argument("--json", action="store_true")
    chk.add_argument("--fix", action="store_true", help="restore the notice (each fix is a revision)")
    _add_pairing_commands(sub)
    from desk_app.cli_registry import add_parser as add_registry_parser  # desk registry (mentions)

    add_registry_parser(sub, _Parser)
    from desk_app.cli_media import add_parser as add_media_parser  # desk media (photos)

    add_media_parser(sub, _Parser)
    from desk_app.cli_field import add_parsers as add_field_parsers  # desk field / sync / outbox

    add_field_parsers(sub, _Parser)
    from desk_app.bench.command import add_parser as add_bench_parser  # desk bench (performance)

    add_bench_parser(sub)
    from desk_app.cli_dictionary import add_parser as add_dictionary_parser  # desk dictionary (spelling)

    add_dictionary_parser(sub, _Parser)
    return parser


def _add_pairing_commands(sub) -> None:
    """``desk pair`` and ``desk glossary`` (translation pairing)."""
    pair = sub.add_parser("pair", help="show how a translation's paragraphs pair with its original's")
    pair.add_argument("id", help="the translation's id (or the original's, when it has exactly one translation)")
    pair.add_argument("--json", action="store_true")
    glo = sub.add_parser("glossary", help="the Russian → English glossary of names, places and terms")
    glo_sub = glo.add_subparsers(dest="glossary_command", required=True, parser_class=_Parser, metavar="ACTION")
    glo_add = glo_sub.add_parser("add", help="add a term")
    glo_add.add_argument("source_term", metavar="RU")
    glo_add.add_argument("target_term", metavar="EN")
    glo_add.add_argument("--kind", choices=["place", "person", "organisation", "term"], default="term")
    glo_add.add_argument("--note", default="")
    glo_list = glo_sub.add_parser("list", help="list the glossary")
    glo_list.add_argument("--json", action="store_true")
    glo_rm = glo_sub.add_parser("remove", help="remove an entry by its number")
    glo_rm.add_argument("entry_id", type=int, metavar="N")


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{value}” is not a date; write YYYY-MM-DD") from None


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # usage errors (2) and --help (0)
        return int(exc.code or 0)
    if args.command is None:
        return _open_window(args)
    try:
        return _dispatch(args)
    except DeskError as exc:
        print(f"desk: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("desk: interrupted; nothing more was written.", file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # never a traceback for a user
        print(f"desk: unexpected error ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}); "
              "nothing more was written — please report this.", file=sys.stderr)
        return EXIT_REFUSED


def _open_window(args: argparse.Namespace) -> int:
    """The window, after checking what Qt needs: a missing library is a sentence, never a core dump."""
    from desk_app.ui import preflight

    problem = preflight.check()
    if problem is None:
        try:
            from desk_app.ui.app import run_gui
        except ImportError as exc:              # Qt itself could not load a system library
            problem = preflight.sentence_for_import_error(exc) or f"Desk cannot start its window: {exc}."
    if problem is not None:
        print(problem, file=sys.stderr)         # a sentence that starts with "Desk"
        return EXIT_REFUSED
    return run_gui(args.db, smoke_test=args.smoke_test)


def _dispatch(args: argparse.Namespace) -> int:
    from desk_app.cli_commands import COMMANDS

    return COMMANDS[args.command](args)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
