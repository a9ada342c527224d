"""What each ``desk`` subcommand does; the parser lives in desk_app.cli."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

from desk_app.cli_field import COMMANDS as FIELD_COMMANDS
from desk_app.cli_output import print_json
from desk_app.domain.article_filter import ArticleFilter
from desk_app.domain.errors import InvalidInput
from desk_app.services.local import open_workspace


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(timezone.utc).isoformat() if value else None


def cmd_db(args: argparse.Namespace) -> int:
    if args.db_command == "provision":
        with open_workspace(args.db) as ws:
            for line in ws.admin.provision():
                print(line)
        print("Provisioned; add people with “desk user add NAME --role ROLE”.")
        return 0
    from desk_app.services.schema import upgrade_schema

    result = upgrade_schema(args.db)
    if result.changed:
        backup = f" (the previous file was copied to {result.backup})" if result.backup else ""
        print(f"Upgraded {result.url} from {result.before or 'empty'} to {result.after}{backup}.")
    else:
        print(f"{result.url} is up to date (schema {result.after}).")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with open_workspace(args.db) as ws:
        outcomes = ws.transfer.import_files(
            args.paths, language=args.lang, translation_of=args.translation_of,
            apply_notice=args.apply_notice,
        )
    for outcome in outcomes:
        if outcome.ok:
            extra = "".join(f" {m}" for m in outcome.messages)
            print(f"{outcome.path}: imported as {outcome.article_id}.{extra}")
        else:
            error = outcome.error or ""
            named = outcome.path in error or Path(outcome.path).name in error
            print(f"desk: {error}" if named else f"desk: {outcome.path}: {error}", file=sys.stderr)
    written = [Path(o.path).name for o in outcomes if o.ok]
    refused = [Path(o.path).name for o in outcomes if not o.ok]
    if refused:
        print(f"desk: {len(written)} of {len(outcomes)} files imported"
              + (f" ({', '.join(written)})" if written else "")
              + f"; {len(refused)} refused ({', '.join(refused)}), nothing was written for them.", file=sys.stderr)
        return 1
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with open_workspace(args.db) as ws:
        if args.output:
            written = ws.transfer.export_to(args.id, args.format, args.output)
        else:
            text = ws.transfer.export(args.id, args.format)
    if args.output:
        print(f"Wrote {' and '.join(str(p) for p in written)}.")
    else:
        sys.stdout.write(text)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise InvalidInput("--limit must be at least 1.")
    flt = ArticleFilter(statuses=tuple(args.status or ()), language=args.lang, search=args.search or "")
    with open_workspace(args.db) as ws:
        rows = ws.articles.list(flt, limit=args.limit)
    if args.json:
        print_json([{
            "id": r.id, "headline": r.headline, "language": r.language, "status": r.status,
            "byline": r.byline, "updated_at": _iso(r.updated_at), "published_at": _iso(r.published_at),
            "word_count": r.word_count, "translated_from": r.translated_from, "version": r.version,
        } for r in rows])
        return 0
    for r in rows:
        print(f"{r.id}  {r.language}  {r.status:<10} {r.updated_at:%Y-%m-%d %H:%M}Z  {r.headline}")
    if not rows:
        print("No articles match.")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_workspace(args.db) as ws:
        article = ws.articles.get(args.id)
    snap = article.snapshot()
    if args.json:
        print_json(snap)
        return 0
    for key in ("id", "headline", "language", "status", "byline", "source", "dateline_place",
                "published_at", "updated_at", "tags", "version", "translated_from"):
        print(f"{key:>16}: {snap[key] if snap[key] not in (None, []) else ''}")
    print()
    print(article.lede)
    print()
    print(article.body)
    return 0


def cmd_policy(args: argparse.Namespace) -> int:
    with open_workspace(args.db) as ws:
        if args.policy_command == "set":
            languages = tuple(x.strip() for x in args.languages.split(",") if x.strip())
            policy = ws.policy.set(args.text, placement=args.placement, age_mark=args.age_mark,
                                   outlet=args.outlet, effective_from=args.effective_from,
                                   languages=languages)
            print(f"Notice policy version {policy.version} recorded; it applies to every save "
                  f"from {policy.effective_from.isoformat()}.")
            return 0
        current = ws.policy.current()
        history = ws.policy.history()
    if args.json:
        print_json({
            "current": current.version if current else None,
            "versions": [{
                "version": p.version, "outlet": p.outlet, "text": p.text, "placement": p.placement.value,
                "age_mark": p.age_mark, "effective_from": p.effective_from.isoformat(),
                "languages": list(p.languages) or "all",
            } for p in history],
        })
        return 0
    if current is None:
        print("No notice policy is in force yet.")
    for p in history:
        mark = "in force" if current and p.version == current.version else ""
        print(f"version {p.version}  from {p.effective_from}  placement {p.placement.value}  "
              f"age mark {p.age_mark or '-'}  languages {','.join(p.languages) or 'all'}  {mark}")
        print(f"  {p.paragraph()}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from desk_app.services.compliance import ComplianceService

    with open_workspace(args.db) as ws:
        report = ComplianceService(ws).check_archive(fix=args.fix)
    if args.json:
        print_json(report.as_json())
    else:
        print(report.as_text())
    return 1 if report.failed else 0


def cmd_user(args: argparse.Namespace) -> int:
    with open_workspace(args.db) as ws:
        if args.user_command == "list":
            for login, role in ws.users():
                print(f"{login:<24} {role}")
            return 0
        password = None
        if args.password_stdin:
            password = sys.stdin.readline().rstrip("\n") or None
        elif sys.stdin.isatty() and ws.info.kind == "shared":   # server logins have passwords
            import getpass

            password = getpass.getpass(f"Password for {args.name} (empty for none): ") or None
            if password is not None and getpass.getpass("Again: ") != password:
                raise InvalidInput("The two passwords differ; nothing was changed.")
        ws.admin.add_user(args.name, args.role, password=password, display_name=args.display_name)
    print(f"{args.name} is now a {args.role}.")
    return 0


# -- translation pairing -------------------------------------------------------------


def cmd_pair(args: argparse.Namespace) -> int:
    with open_workspace(args.db) as ws:
        view = ws.pairing.pairs(ws.pairing.resolve(args.id))
    if args.json:  # one line, exactly as documented: {"original": …, "translation": …, "pairs": […]}
        print(json.dumps(view.as_json(), ensure_ascii=False))
        return 0
    original = view.original.headline if view.original is not None else "(original unavailable)"
    print(f"original    {view.original_id}  {original}")
    print(f"translation {view.translation_id}  {view.translation.headline or '(no headline yet)'}")
    if view.problem:
        print(f"note: {view.problem}")
    print()
    print(f"{'#':>3}  {'state':<13} {'source':<9} {'target':<9} text")

    def span(indices) -> str:
        if not indices:
            return "-"
        return str(indices[0]) if len(indices) == 1 else f"{indices[0]}-{indices[-1]}"

    def clip(text: str, width: int = 60) -> str:
        text = " ".join(text.split())
        return text if len(text) <= width else text[: width - 1] + "…"

    for p in view.pairs:
        print(f"{p.ordinal + 1:>3}  {p.effective_state.replace('_', ' '):<13} {span(p.source):<9} "
              f"{span(p.target):<9} {clip(p.source_text) or '-'}")
        print(f"{'':>3}  {'':<13} {'':<9} {'':<9} {clip(p.target_text) or '(not translated)'}")
    counts = ", ".join(f"{view.count(s)} {s.replace('_', ' ')}" for s in
                       ("untranslated", "draft", "translated", "reviewed", "needs_update") if view.count(s))
    print()
    print(f"{len(view.pairs)} pairs: {counts or 'none'}.")
    return 0


def cmd_glossary(args: argparse.Namespace) -> int:
    with open_workspace(args.db) as ws:
        if args.glossary_command == "add":
            entry = ws.pairing.glossary_add(args.source_term, args.target_term, args.kind, args.note)
            print(f"Added glossary entry {entry.id}: {entry.source_term} → {entry.target_term} ({entry.kind}).")
            return 0
        if args.glossary_command == "remove":
            ws.pairing.glossary_remove(args.entry_id)
            print(f"Removed glossary entry {args.entry_id}.")
            return 0
        entries = ws.pairing.glossary_list()
    if args.json:
        print_json([{"id": e.id, "ru": e.source_term, "en": e.target_term, "kind": e.kind, "note": e.note}
                     for e in entries])
        return 0
    for e in entries:
        note = f"  ({e.note})" if e.note else ""
        print(f"{e.id:>4}  {e.source_term} → {e.target_term}  [{e.kind}]{note}")
    if not entries:
        print("The glossary is empty; add terms with “desk glossary add RU EN”.")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    """The performance harness (desk_app.bench, docs/performance.md)."""
    from desk_app.bench.command import run

    return run(args)


def cmd_media(args: argparse.Namespace) -> int:
    """Photos stored in the database (desk_app.cli_media)."""
    from desk_app.cli_media import cmd_media as run

    return run(args)


def cmd_dictionary(args: argparse.Namespace) -> int:
    """The newsroom's spelling dictionary (desk_app/cli_dictionary.py)."""
    from desk_app.cli_dictionary import run

    return run(args)


COMMANDS = {
    "db": cmd_db, "import": cmd_import, "export": cmd_export, "list": cmd_list, "show": cmd_show,
    "policy": cmd_policy, "check": cmd_check, "user": cmd_user,
    "pair": cmd_pair, "glossary": cmd_glossary, "media": cmd_media,
    "bench": cmd_bench, "dictionary": cmd_dictionary,
    **FIELD_COMMANDS,
}


def _registry(args: argparse.Namespace) -> int:
    from desk_app.cli_registry import cmd_registry

    return cmd_registry(args)


COMMANDS["registry"] = _registry
