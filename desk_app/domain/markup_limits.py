"""Bounds on what a body's Markdown may nest, so that rendering it takes bounded time and stack.

Python-Markdown recurses once per level of list or quote nesting (a few hundred levels exhaust the
stack) and scans a paragraph's open brackets once per bracket (thousands take seconds). No article
needs more than a handful of levels; :func:`nesting_problem` names the first bound a body exceeds,
the service refuses such a body on every write, and the renderers show one that is already stored
as plain text instead of rendering it.
"""
from __future__ import annotations

import re

from desk_app.domain.messages import translate

MAX_BLOCK_DEPTH = 16     # list or quote levels (Python-Markdown nests a list every 4 columns)
MAX_BRACKET_DEPTH = 32   # "[" still open within one paragraph
MAX_TAG_DEPTH = 64       # HTML elements still open within the body

_QUOTES = re.compile(r"[ \t]*(?:>[ \t]?)+")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)\b[^<>]*?(/?)>")
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "source", "area", "col", "embed"})


def _indent_columns(line: str) -> int:
    columns = 0
    for char in line:
        if char == " ":
            columns += 1
        elif char == "\t":
            columns += 4 - columns % 4
        else:
            break
    return columns


def nesting_problem(body: str) -> str | None:
    """One sentence naming the nesting bound ``body`` exceeds, or None when it renders in bounded time."""
    brackets = 0
    tags = 0
    for line in body.splitlines():
        if not line.strip():
            brackets = 0  # a blank line ends the paragraph: its open brackets no longer matter
            continue
        quoted = _QUOTES.match(line)
        quotes = quoted.group().count(">") if quoted else 0
        rest = line[quoted.end():] if quoted else line
        if quotes + _indent_columns(rest) // 4 > MAX_BLOCK_DEPTH:
            return (translate("Errors", "The body nests lists or quotes more than {max_block_depth} levels deep; "
                                        "flatten them and try again.").format(max_block_depth=MAX_BLOCK_DEPTH))
        opened = line.count("[")
        if brackets + opened <= MAX_BRACKET_DEPTH:  # the common case, without walking the line
            brackets = max(brackets + opened - line.count("]"), 0)
            opened = 0
        for char in line if opened else "":
            if char == "[":
                brackets += 1
                if brackets > MAX_BRACKET_DEPTH:
                    return (translate("Errors", "The body has more than {max_bracket_depth} “[” open in one "
                                                "paragraph; close or remove them and try again.").format(
                        max_bracket_depth=MAX_BRACKET_DEPTH))
            elif char == "]" and brackets:
                brackets -= 1
        for closing, name, self_closing in _TAG.findall(line) if "<" in line else ():
            if self_closing or name.lower() in _VOID:
                continue
            tags = max(tags - 1, 0) if closing else tags + 1
            if tags > MAX_TAG_DEPTH:
                return (translate("Errors", "The body nests HTML elements more than {max_tag_depth} deep; remove "
                                            "the extra tags and try again.").format(max_tag_depth=MAX_TAG_DEPTH))
    return None
