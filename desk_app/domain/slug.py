"""URL slugs from headlines, Russian or English.

Cyrillic is transliterated with the scheme of the Russian international
passport (Order of the Federal Migration Service No. 320 of 2012, the ICAO
Doc 9303 table used since 2013), with two common readability tweaks used by
Yandex-style slugs: ``ъ`` is dropped (the passport scheme writes ``ie``) and
``ё`` is ``e``. So: ж→zh, х→kh, ц→ts, ч→ch, ш→sh, щ→shch, ю→yu, я→ya, й→y (the
passport scheme writes ``i``; ``y`` reads better in URLs), ь→"".

A few Ukrainian/Belarusian letters are covered too (і, ї, є, ґ, ў). Other
accented Latin letters lose their accents (é→e, ß→ss, ø→o); everything else that
is not an ASCII letter or digit separates words.
"""
from __future__ import annotations

import re
import unicodedata

__all__ = ["TRANSLIT", "slugify", "transliterate"]

TRANSLIT: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # neighbours
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
}

# Letters that NFKD does not decompose into ASCII base + accent.
_SPECIAL_LATIN: dict[str, str] = {
    "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "þ": "th",
    "ł": "l", "ı": "i", "ħ": "h", "ŧ": "t", "ŀ": "l", "ĸ": "k",
}

# Apostrophes inside words are dropped rather than splitting the word
# ("Let's" -> "lets", "O’Brien" -> "obrien").
_APOSTROPHES = re.compile(r"(?<=\w)['’ʼ`](?=\w)")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def transliterate(text: str) -> str:
    """Lowercase ASCII rendering of ``text`` (unknown characters become spaces)."""
    out: list[str] = []
    for ch in text.lower():
        if ch in TRANSLIT:
            out.append(TRANSLIT[ch])
            continue
        if ch in _SPECIAL_LATIN:
            out.append(_SPECIAL_LATIN[ch])
            continue
        if ch.isascii():
            out.append(ch)
            continue
        decomposed = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in decomposed if not unicodedata.combining(c))
        # decomposed Cyrillic letters (e.g. й = и + breve) go through the table
        if base and all(c.isascii() or c in TRANSLIT for c in base):
            out.append("".join(TRANSLIT.get(c, c) for c in base.lower()))
        else:
            out.append(" ")
    return "".join(out)


def slugify(headline: str, max_length: int = 120) -> str:
    """A lowercase ASCII slug with hyphens, at most ``max_length`` characters.

    The slug is cut at a word boundary; a single word longer than the limit is
    cut at the limit. A headline with no letters or digits gives "".
    """
    if not headline or max_length <= 0:
        return ""
    text = unicodedata.normalize("NFC", headline)
    text = _APOSTROPHES.sub("", text)
    words = [w for w in _NON_ALNUM.split(transliterate(text)) if w]
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            if not slug:
                slug = word[:max_length]
            break
        slug = candidate
    return slug
