"""Fill the unfinished messages of a .ts file with the finished translations of other .ts files.

For merging branches that each translated their own part: take the merged code's file
(``make translations`` after the merge, so every text of the code is in it), then::

    python tools/ts_merge.py desk_app/resources/i18n/desk_ru.ts ours.ts theirs.ts …

(``git show BRANCH:desk_app/resources/i18n/desk_ru.ts > theirs.ts`` gives each branch's file.)
A message is matched by context and source; plural forms are copied as they are. Messages
already finished in the target stay; the first donor that has a finished translation wins, and
a donor that disagrees with another is reported. The layout stays as lupdate wrote it.
"""
from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

CONTEXT = re.compile(r"<context>\s*<name>(?P<name>.*?)</name>(?P<body>.*?)</context>", re.DOTALL)
MESSAGE = re.compile(r"(?P<indent>[ \t]*)<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.DOTALL)
SOURCE = re.compile(r"<source>(?P<text>.*?)</source>", re.DOTALL)
TRANSLATION = re.compile(r"[ \t]*<translation(?P<attrs>[^>]*)>(?P<body>.*?)</translation>|[ \t]*<translation[^>]*/>",
                         re.DOTALL)


def finished(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> the finished <translation> element's text (as written) of ``path``."""
    found: dict[tuple[str, str], str] = {}
    for context in CONTEXT.finditer(path.read_text(encoding="utf-8")):
        for message in MESSAGE.finditer(context["body"]):
            source, translation = SOURCE.search(message["body"]), TRANSLATION.search(message["body"])
            if source is None or translation is None or translation["body"] is None:
                continue
            if "type=" in (translation["attrs"] or "") or not translation["body"].strip():
                continue
            found[(html.unescape(context["name"]), html.unescape(source["text"]))] = translation[0].strip()
    return found


def merge(target: str, donors: list[dict[tuple[str, str], str]]) -> tuple[str, int, list[str]]:
    filled, disagreements = 0, []

    def fix_context(context: re.Match) -> str:
        name = html.unescape(context["name"])

        def fix_message(message: re.Match) -> str:
            nonlocal filled
            source, translation = SOURCE.search(message["body"]), TRANSLATION.search(message["body"])
            if source is None or translation is None:
                return message[0]
            if "type=" not in (translation[0].split(">", 1)[0]):
                return message[0]                  # finished here already
            key = (name, html.unescape(source["text"]))
            offers = [donor[key] for donor in donors if key in donor]
            if not offers:
                return message[0]
            if len(set(offers)) > 1:
                disagreements.append(f"{name}: {key[1]!r}")
            filled += 1
            return message[0].replace(translation[0].strip(), offers[0], 1)

        return context[0].replace(context["body"], MESSAGE.sub(fix_message, context["body"]))

    return CONTEXT.sub(fix_context, target), filled, disagreements


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", type=Path)
    parser.add_argument("donors", type=Path, nargs="+")
    args = parser.parse_args()
    text, filled, disagreements = merge(args.target.read_text(encoding="utf-8"),
                                        [finished(donor) for donor in args.donors])
    args.target.write_text(text, encoding="utf-8")
    print(f"{filled} translations filled in {args.target}")
    for line in disagreements:
        print(f"donors disagree (the first one won): {line}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
