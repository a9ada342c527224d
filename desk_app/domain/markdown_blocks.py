"""Re-render only the part of a long Markdown body that changed.

The preview of a 20,000-word article is refreshed after every typing pause.
Rendering the whole body each time (python-markdown, then nh3) takes 100–250 ms
on the agency's laptops; typing changes one paragraph. :class:`IncrementalMarkdown`
cuts the body into groups of blocks, keeps the HTML of each group from the last
refresh and renders only the groups whose text changed.

The result must be exactly :func:`~desk_app.domain.rendering.render_markdown`'s.
python-markdown parses a document as blocks separated by blank lines, and a few
block types look at the block before them (a list continues a list, a quote
continues a quote, indented text continues code or a list item, blank lines are
added to a code block). So a group may only end where the next block cannot be
read as part of the one before:

* the next block starts at column 0 with a character that starts a paragraph,
  heading, rule or table (not a space, ``>``, or a list marker), and
* the previous block's last line is not indented.

Some constructs reach across the whole document: reference link definitions,
fenced code (a fence may enclose blank lines) and raw HTML blocks (an HTML block
may too). A body with any of them is rendered whole, as before: correct first,
fast where it is safe. Everything else renders the same either way, which the
tests check against the whole render on generated documents.
"""
from __future__ import annotations

import re
import threading
import zlib
from collections.abc import Callable

__all__ = ["IncrementalMarkdown", "split_groups"]

# Constructs that make a document unsafe to cut (see the module docstring).
_WHOLE_DOCUMENT = re.compile(
    r"^[ ]{0,3}\[[^\]]*\]:"      # a reference definition
    r"|```|~~~"                   # a fence, wherever it is
    r"|<[A-Za-z/!?]"              # raw HTML, a comment or an autolink
    r"|^(?:[ ]{4,}|[ ]{0,3}\t)[ \t]*$",  # an indented line of only spaces: python-markdown may
    re.MULTILINE,                         # make it a code block where a cut would drop it
)
# A block that may start a group: not indented, not a quote, not a list item.
_LIST_ITEM = re.compile(r"(?:\d+[.)]|[*+-])(?:[ \t]|$)")
_STARTS_PARAGRAPH_SET = frozenset(" \t>")

GROUP_MEAN_BLOCKS = 16
"""About one safe cut in this many is a group boundary (chosen by the block's text, so an edit
moves only boundaries next to it)."""
GROUP_MAX_CHARS = 12_000
"""A group this long ends at the next safe cut whatever the text."""


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _may_start_group(line: str) -> bool:
    return bool(line) and line[0] not in _STARTS_PARAGRAPH_SET and not _LIST_ITEM.match(line)


def split_groups(markdown_text: str, mean_blocks: int = GROUP_MEAN_BLOCKS) -> list[str] | None:
    """The body cut into groups that render independently, or None when it must be rendered whole.

    Joining the groups' renders with a newline gives the render of the whole body. With
    ``mean_blocks=1`` every safe cut is taken (the tests use it to check the rule).
    """
    text = _normalise(markdown_text)
    if _WHOLE_DOCUMENT.search(text):
        return None
    groups: list[str] = []
    current: list[str] = []      # lines of the group being built
    size = 0                     # characters in ``current``
    block_start = 0              # index in ``current`` where the block being read started
    blank_run = False
    last_text_line = ""
    for line in text.split("\n"):
        blank = line.strip(" \t") == ""
        if blank:
            blank_run = bool(current)
        else:
            if blank_run and _may_start_group(line) and not last_text_line[:1].isspace():
                if _ends_group(current[block_start:], mean_blocks) or size >= GROUP_MAX_CHARS:
                    groups.append(_strip_blank_tail(current))
                    current, size = [], 0
                block_start = len(current)
            blank_run = False
            last_text_line = line
        current.append(line)
        size += len(line) + 1
    if current:
        groups.append(_strip_blank_tail(current))
    return [g for g in groups if g.strip(" \t\n")]


def _ends_group(block: list[str], mean_blocks: int) -> bool:
    return zlib.crc32("\n".join(block).encode("utf-8", "surrogatepass")) % mean_blocks == 0


def _strip_blank_tail(lines: list[str]) -> str:
    end = len(lines)
    while end and lines[end - 1].strip(" \t") == "":
        end -= 1
    return "\n".join(lines[:end])


class IncrementalMarkdown:
    """Renders a body like ``render(text)`` but reuses the HTML of groups that did not change.

    Keeps the groups of the last call only, so its memory is about one article's HTML.
    Thread-safe: the preview renders on a worker thread and a newer refresh may start
    before an older one has finished.
    """

    def __init__(self, render: Callable[[str], str], mean_blocks: int = GROUP_MEAN_BLOCKS):
        self._render = render
        self._mean_blocks = mean_blocks
        self._cache: dict[str, str] = {}
        self._lock = threading.Lock()
        self.rendered_groups = 0   # groups rendered by the last call (the rest came from the cache)

    def __call__(self, markdown_text: str) -> str:
        groups = split_groups(markdown_text, self._mean_blocks)
        with self._lock:
            if groups is None:
                self._cache = {}
                self.rendered_groups = 1
                return self._render(markdown_text)
            fresh: dict[str, str] = {}
            rendered = 0
            for group in groups:
                if group in fresh:
                    continue
                html = self._cache.get(group)
                if html is None:
                    html = self._render(group)
                    rendered += 1
                fresh[group] = html
            self._cache = fresh
            self.rendered_groups = rendered
            return "\n".join(h for h in (fresh[g] for g in groups) if h)
