"""Give the plural messages of a .ts file their plural forms back after ``pyside6-lupdate``.

pyside6-lupdate (6.11) reads ``translate("Ctx", "%n articles", None, n)`` as an ordinary message:
it marks a message as plural only when the count is a number literal, and on the next run it
drops the plural forms a translator wrote ("Removed plural forms …"). ``make translations``
therefore keeps a copy of the .ts file before lupdate and runs this afterwards::

    python tools/ts_plurals.py desk_app/resources/i18n/desk_ru.ts --previous /tmp/desk_ru.ts

Every message whose source holds ``%n`` (or ``%Ln``) becomes ``numerus="yes"`` with the language's forms
(three for Russian: one, few, many); forms written before are kept, missing ones stay
unfinished. The rest of the file is left exactly as lupdate wrote it.
"""
from __future__ import annotations

import argparse
import html
import re
from pathlib import Path

FORMS = {"ru": 3, "en": 2}
MESSAGE = re.compile(r"(?P<indent>[ \t]*)<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.DOTALL)
CONTEXT = re.compile(r"<context>\s*<name>(?P<name>.*?)</name>(?P<body>.*?)</context>", re.DOTALL)
SOURCE = re.compile(r"<source>(?P<text>.*?)</source>", re.DOTALL)
TRANSLATION = re.compile(r"(?P<indent>[ \t]*)<translation(?P<attrs>[^>]*)>(?P<body>.*?)</translation>|"
                         r"(?P<indent2>[ \t]*)<translation(?P<attrs2>[^>]*)/>", re.DOTALL)
FORM = re.compile(r"<numerusform>(.*?)</numerusform>", re.DOTALL)


def plural_forms(path: Path) -> dict[tuple[str, str], tuple[list[str], bool]]:
    """(context, source) -> (forms, finished) of the plural messages in ``path``."""
    found: dict[tuple[str, str], tuple[list[str], bool]] = {}
    if not path.is_file():
        return found
    for context in CONTEXT.finditer(path.read_text(encoding="utf-8")):
        for message in MESSAGE.finditer(context["body"]):
            source, translation = SOURCE.search(message["body"]), TRANSLATION.search(message["body"])
            if source is None or translation is None or "numerus" not in message["attrs"]:
                continue
            forms = FORM.findall(translation["body"] or "")
            finished = "unfinished" not in (translation["attrs"] or translation["attrs2"] or "")
            found[(html.unescape(context["name"]), html.unescape(source["text"]))] = (forms, finished)
    return found


def restore(text: str, previous: dict[tuple[str, str], tuple[list[str], bool]], count: int) -> str:
    def fix_context(context: re.Match) -> str:
        name = html.unescape(context["name"])

        def fix_message(message: re.Match) -> str:
            source = SOURCE.search(message["body"])
            if source is None or not ("%n" in source["text"] or "%Ln" in source["text"]):
                return message[0]
            forms, finished = previous.get((name, html.unescape(source["text"])), ([], False))
            forms = (forms + [""] * count)[:count]
            finished = finished and all(forms)
            indent = message["indent"]
            attrs = message["attrs"] if "numerus" in message["attrs"] else message["attrs"] + ' numerus="yes"'
            lines = "".join(f"{indent}        <numerusform>{form}</numerusform>\n" for form in forms)
            state = "" if finished else ' type="unfinished"'
            translation = f"{indent}    <translation{state}>\n{lines}{indent}    </translation>"
            body = TRANSLATION.sub(lambda _m: translation, message["body"], count=1)
            return f"{indent}<message{attrs}>{body}</message>"

        return context[0].replace(context["body"], MESSAGE.sub(fix_message, context["body"]))

    return CONTEXT.sub(fix_context, text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", type=Path)
    parser.add_argument("--previous", type=Path, help="the .ts file as it was before lupdate")
    args = parser.parse_args()
    text = args.ts.read_text(encoding="utf-8")
    language = re.search(r'<TS[^>]*language="([a-z]+)', text)
    count = FORMS.get(language.group(1) if language else "", 2)
    previous = plural_forms(args.previous) if args.previous else {}
    args.ts.write_text(restore(text, previous, count), encoding="utf-8")


if __name__ == "__main__":
    main()
