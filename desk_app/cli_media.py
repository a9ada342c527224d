"""``desk media``: attach a photo to an article from the command line, remove unused photos."""
from __future__ import annotations

import argparse
from pathlib import Path

from desk_app.services.local import open_workspace


def add_parser(sub, parser_class) -> None:
    media = sub.add_parser("media", help="photos stored in the database")
    media_sub = media.add_subparsers(dest="media_command", required=True, parser_class=parser_class,
                                     metavar="ACTION")
    attach = media_sub.add_parser(
        "attach", help="strip a photo of its metadata (location, serials), store it and set it on an article")
    attach.add_argument("id", help="the article's id")
    attach.add_argument("path", type=Path, help="a JPEG, PNG, WebP or HEIC file")
    attach.add_argument("--caption", help="the photo caption")
    attach.add_argument("--credit", help="the photo credit, e.g. “Фото: Анна Петрова”")
    attach.add_argument("--source", help="the address the credit links to")
    adopt = media_sub.add_parser(
        "adopt", help="store the photos articles still name by a path on this computer (stripped) and link them")
    adopt.add_argument("--dry-run", action="store_true", help="only list what would be stored")
    prune = media_sub.add_parser(
        "prune", help="remove photos that no article and no revision uses (admins)")
    prune.add_argument("--dry-run", action="store_true", help="only list what would be removed")


def _adopt(ws, dry_run: bool) -> int:
    outcomes = ws.media.adopt_local_photos(dry_run=dry_run)
    for o in outcomes:
        if o.problem:
            print(f"{o.article_id}  {o.path}: not stored. {o.problem}")
        elif dry_run:
            print(f"{o.article_id}  {o.path}: would be stored")
        else:
            print(f"{o.article_id}  {o.path}: stored as {o.sha256[:12]}, location data removed")
    done = sum(1 for o in outcomes if not o.problem)
    problems = len(outcomes) - done
    verb = "would be stored" if dry_run else "stored"
    print(f"{done} photo(s) {verb}; {problems} kept their path.")
    return 1 if problems and not dry_run else 0


def cmd_media(args: argparse.Namespace) -> int:
    with open_workspace(args.db) as ws:
        if args.media_command == "attach":
            attached = ws.media.attach_file(args.path)
            article = ws.articles.get(args.id)
            changes = {"photo_media": attached.sha256, "photo": ""}
            for field, value in (("photo_caption", args.caption), ("photo_credit", args.credit),
                                 ("photo_source", args.source)):
                if value is not None:
                    changes[field] = value
            saved = ws.articles.save(article.copy(**changes), apply_notice=True, action="save").article
            print(f"{attached.message} Photo {attached.sha256[:12]} ({attached.width} × {attached.height}) "
                  f"set on article {saved.id} (version {saved.version}).")
            return 0
        if args.media_command == "adopt":
            return _adopt(ws, args.dry_run)
        size_before = ws.media.stored_bytes()
        report = ws.media.prune(dry_run=args.dry_run)
        size_after = ws.media.stored_bytes()
    for sha in report.removed:
        print(sha)
    if args.dry_run:
        print(f"{len(report.removed)} unused photo(s) would be removed; run without --dry-run to remove them.")
    else:
        freed = (size_before - size_after) / (1024 * 1024)
        print(f"Removed {len(report.removed)} unused photo(s), {freed:.1f} MB.")
    return 0
