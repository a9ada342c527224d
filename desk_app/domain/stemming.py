"""Stemming for full-text search on SQLite (FTS5 has no Russian stemmer).

Each word is stemmed by its script: Cyrillic words with the Snowball Russian
stemmer, Latin words with the Snowball English stemmer. Index text and query
text go through the same function, so "протестующих" and "протест" meet at
"протест", "protesters" and "protest" at "protest".
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

_WORD = re.compile(r"\w+", re.UNICODE)


@cache
def _stemmer(language: str) -> Any:
    """Snowball's stemmer, loaded on first use (the package imports all its 30 languages: ~40 ms of a start)."""
    import snowballstemmer

    return snowballstemmer.stemmer(language)


def _is_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    word = word.casefold().replace("ё", "е")
    if word.isdigit():
        return word
    stemmed: str = _stemmer("russian" if _is_cyrillic(word) else "english").stemWord(word)
    return stemmed


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text)
    return [m.group() for m in _WORD.finditer(text) if "_" not in m.group()]


def stemmed_text(text: str) -> str:
    """Index form of a text: its stems separated by spaces."""
    return " ".join(stem(w) for w in words(text))


def fts5_query(query: str, *, prefix_last: bool = True) -> str | None:
    """An FTS5 MATCH expression for a user's query (all words must match).

    Every word is stemmed and quoted, so FTS5 operators typed by a user are
    taken as words. The last word is matched as a prefix while the user types.
    Returns None when the query has no words.
    """
    tokens = words(query)
    if not tokens:
        return None
    parts = []
    for i, token in enumerate(tokens):
        s = stem(token).replace('"', "")
        if not s:
            continue
        if prefix_last and i == len(tokens) - 1 and not query.rstrip().endswith((" ", ".")):
            parts.append(f'"{s}"*')
        else:
            parts.append(f'"{s}"')
    return " AND ".join(parts) if parts else None
