"""``desk dictionary``: the newsroom's spelling dictionary from the command line (kept out of cli.py)."""
from __future__ import annotations

import argparse

LANGUAGES = ("ru", "en")


def add_parser(sub, parser_class: type[argparse.ArgumentParser]) -> None:
    d = sub.add_parser("dictionary", help="the newsroom's spelling dictionary (shared by the workspace)")
    d_sub = d.add_subparsers(dest="dictionary_command", required=True, parser_class=parser_class, metavar="ACTION")
    add = d_sub.add_parser("add", help="add a word everyone in the workspace gets")
    add.add_argument("word")
    add.add_argument("--lang", choices=LANGUAGES, required=True)
    add.add_argument("--like", default="", metavar="WORD",
                     help="a listed word it is inflected like (габион --like вагон accepts габионами)")
    listing = d_sub.add_parser("list", help="list the words")
    listing.add_argument("--lang", choices=LANGUAGES)
    listing.add_argument("--json", action="store_true")
    rm = d_sub.add_parser("remove", help="remove a word (its author or an editor)")
    rm.add_argument("word")
    rm.add_argument("--lang", choices=LANGUAGES, required=True)


def run(args: argparse.Namespace) -> int:
    from desk_app.cli_output import print_json
    from desk_app.services.local import open_workspace

    with open_workspace(args.db) as ws:
        if args.dictionary_command == "add":
            added = ws.spelling.add_word(args.word, args.lang, "newsroom", like=args.like)
            like = f", inflected like “{added.model}”" if added.model else ""
            print(f"Added “{added.word}” to the newsroom dictionary ({added.language}{like}).")
            return 0
        if args.dictionary_command == "remove":
            ws.spelling.remove_newsroom_word(args.word, args.lang)
            print(f"Removed “{args.word}” from the newsroom dictionary ({args.lang}).")
            return 0
        words = [w for lang in ([args.lang] if args.lang else LANGUAGES) for w in ws.spelling.newsroom_words(lang)]
    if args.json:
        print_json([{"language": w.language, "word": w.word, "like": w.model, "added_by": w.added_by}
                    for w in words])
        return 0
    for w in words:
        like = f"  (like {w.model})" if w.model else ""
        print(f"{w.language}  {w.word}{like}  — {w.added_by or '?'}")
    if not words:
        print("The newsroom dictionary is empty; add words with “desk dictionary add WORD --lang ru”.")
    return 0
