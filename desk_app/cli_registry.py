"""``desk registry``: the registry of listed entities (import, list, affected articles, evaluation)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desk_app.cli_output import print_json
from desk_app.services.local import open_workspace


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    reg = sub.add_parser("registry", help="listed people and organisations whose mentions need a label")
    reg_sub = reg.add_subparsers(dest="registry_command", required=True, parser_class=parser_class,
                                 metavar="ACTION")
    imp = reg_sub.add_parser("import", help="add or update entities from a .csv or .xlsx list (admins)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--json", action="store_true")
    lst = reg_sub.add_parser("list", help="the entities, with kind, dates and aliases")
    lst.add_argument("--json", action="store_true")
    lst.add_argument("--all", action="store_true", help="also removed entries")
    aff = reg_sub.add_parser("affected", help="stored articles with unlabelled mentions")
    aff.add_argument("--entity", type=int, action="append", metavar="ID",
                     help="only mentions of this entity (repeatable; default: every listed entity)")
    aff.add_argument("--json", action="store_true")
    aff.add_argument("--mentions", action="store_true",
                     help="read every listed article and show where each unlabelled mention stands "
                          "(slower: without it, articles the search index settles are listed unread)")
    aff.add_argument("--refresh", action="store_true",
                     help="first compute missing or stale label facts (after a label text changed)")
    rm = reg_sub.add_parser("remove", help="take an entry out of matching (admins; it stays in the history)")
    rm.add_argument("entity_id", type=int, metavar="ID")
    scope = reg_sub.add_parser("scope", help="label the first mention of each entity per article, or every one")
    scope.add_argument("value", nargs="?", choices=["first", "every"])
    ev = reg_sub.add_parser("evaluate", help="precision and recall of matching on a gold file")
    ev.add_argument("file", type=Path, help="sentences with [mention]{N} marks (tests/data/mentions/)")
    ev.add_argument("--registry", type=Path, help="the registry CSV (default: registry.csv beside FILE)")
    ev.add_argument("--verbose", action="store_true", help="list every miss and false match")


def _entity_json(e: Any) -> dict[str, Any]:
    return {
        "id": e.id, "number": e.number, "name": e.name, "kind": e.kind.value, "gender": e.gender,
        "aliases_ru": list(e.aliases_ru), "aliases_en": list(e.aliases_en), "former_names": list(e.former_names),
        "resources": e.resources, "included_on": e.included_on.isoformat() if e.included_on else None,
        "excluded_on": e.excluded_on.isoformat() if e.excluded_on else None, "quoted_only": e.quoted_only,
        "version": e.version, "forms": len(e.forms),
    }


def _affected_json(items: list[Any]) -> list[dict[str, Any]]:
    return [{"id": a.id, "headline": a.headline, "language": a.language, "status": a.status,
             "checked": a.checked, "entities": list(a.names), "mentions": [{"text": m.text, "field": m.field, "start": m.start, "end": m.end,
                           "entity_id": m.entity_id, "entity": m.entity_name, "kind": m.kind.value}
                          for m in a.mentions]} for a in items]


def _print_affected(items: list[Any]) -> None:
    for a in items:
        print(f"{a.id}  {a.language}  {a.status:<10} {a.headline[:60]}")
        print(f"    {a.describe()}")
    print(f"{len(items)} stored article{'s' if len(items) != 1 else ''} need{'s' if len(items) == 1 else ''} "
          "a label next to a mention.")


def cmd_registry(args: argparse.Namespace) -> int:
    command = args.registry_command
    if command == "evaluate":
        from desk_app.services.mentions import evaluate_files

        registry = args.registry or args.file.with_name("registry.csv")
        score = evaluate_files(args.file, registry)
        text = score.as_text()
        print(text if args.verbose else text.splitlines()[-1])
        return 0
    with open_workspace(args.db) as ws:
        if command == "import":
            result = ws.registry.import_file(args.file)
            affected = ws.mentions.affected(result.entity_ids) if result.entity_ids else []
            if args.json:
                print_json({"added": result.added, "updated": result.updated, "unchanged": result.unchanged,
                             "affected": _affected_json(affected)})
            else:
                print(result.summary())
                if result.entity_ids:
                    _print_affected(affected)
            return 0
        if command == "list":
            entities = ws.registry.entities(include_removed=args.all)
            if args.json:
                print_json([_entity_json(e) for e in entities])
            else:
                for e in entities:
                    dates = (e.included_on.isoformat() if e.included_on else "?") + (
                        f" – {e.excluded_on.isoformat()}" if e.excluded_on else "")
                    aliases = "; ".join((*e.aliases_ru, *e.aliases_en))
                    print(f"{e.id:>5}  {e.kind.value:<27} {dates:<23} {e.name}"
                          + (f"  [{aliases}]" if aliases else ""))
                print(f"{len(entities)} entr{'y' if len(entities) == 1 else 'ies'}.")
            return 0
        if command == "affected":
            if args.refresh:
                ws.mentions.refresh_facts()
            items = ws.mentions.affected(args.entity, progress=None)
            if args.mentions:
                items = ws.mentions.recheck(items, args.entity)
            if args.json:
                print_json(_affected_json(items))
            else:
                _print_affected(items)
            return 1 if items else 0
        if command == "remove":
            ws.registry.remove(args.entity_id)
            print(f"Entry {args.entity_id} no longer matches; it stays in the history.")
            return 0
        if command == "scope":
            if args.value:
                ws.registry.set_scope(args.value)
            print(f"Labels are required on {ws.registry.scope().value} mention(s) of each entity per article.")
            return 0
    print(f"desk: unknown registry action {command}", file=sys.stderr)  # pragma: no cover
    return 2
