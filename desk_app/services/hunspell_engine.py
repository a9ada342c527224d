"""Hunspell with the dictionaries shipped inside Desk (``desk_app/resources/dictionaries``).

Each engine also takes in Desk's base newsroom word list of its language
(``newsroom_<language>.txt`` there: North Caucasus places and first names and
a few utilities words the upstream dictionaries lack), every word with the
affix flags of its model entry so that its inflected forms pass too.

One :class:`HunspellEngine` per language. Loading the Russian dictionary takes
about a third of a second, so engines are made once per process by a
:class:`SpellEngines` the caller owns (not a global). Calls into Hunspell hold
a lock: the editor checks in a worker thread while the GUI thread asks for
suggestions or adds a word.
"""
from __future__ import annotations

import threading
from importlib import resources
from pathlib import Path

from hunspell import Hunspell

from desk_app.domain.spelling import parse_word_list

__all__ = ["DICTIONARIES", "HunspellEngine", "SpellEngines", "base_word_list", "dictionary_dir"]

DICTIONARIES = {"ru": "ru_RU", "en": "en_US"}
"""Article language → the Hunspell dictionary that checks it."""


def dictionary_dir() -> Path:
    return Path(str(resources.files("desk_app") / "resources" / "dictionaries"))


def base_word_list(language: str, directory: Path | None = None) -> list[tuple[str, str]]:
    """(word, model) of the base newsroom list of ``language``; empty when the directory has none."""
    path = (directory or dictionary_dir()) / f"newsroom_{language}.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    return parse_word_list(text)


class HunspellEngine:
    """One loaded dictionary: spell, suggest, and words added at run time."""

    def __init__(self, language: str, directory: Path | None = None, *, base_words: bool = True):
        if language not in DICTIONARIES:
            raise ValueError(f"There is no spelling dictionary for language {language!r}.")
        self.language = language
        self._lock = threading.Lock()
        self._hunspell = Hunspell(DICTIONARIES[language], hunspell_data_dir=str(directory or dictionary_dir()))
        for word, model in base_word_list(language, directory) if base_words else []:
            if not model or not self.add_with_affix(word, model):
                self.add(word)

    def spell(self, word: str) -> bool:
        with self._lock:
            try:
                return bool(self._hunspell.spell(word))
            except UnicodeEncodeError:  # a character the dictionary's encoding cannot hold
                return False

    def suggest(self, word: str) -> list[str]:
        with self._lock:
            try:
                return list(self._hunspell.suggest(word))
            except UnicodeEncodeError:
                return []

    def stems(self, word: str) -> list[str]:
        with self._lock:
            try:
                return list(self._hunspell.stem(word))
            except UnicodeEncodeError:
                return []

    def entry_for(self, word: str) -> str | None:
        """The dictionary entry (lemma) behind ``word``: itself when listed, else its first listed stem."""
        with self._lock:
            try:
                if not self._hunspell.spell(word):
                    return None
                stems = list(self._hunspell.stem(word))
            except UnicodeEncodeError:
                return None
        if word in stems:
            return word
        for stem in stems:
            if stem[:1].lower() == word[:1].lower():  # the same word's lemma, not a prefix-stripped root
                return str(stem)
        return None

    def add(self, word: str) -> None:
        with self._lock:
            self._hunspell.add(word)

    def add_with_affix(self, word: str, model: str) -> bool:
        """Add ``word`` with the affix flags of the dictionary entry ``model``; False when ``model`` has no entry.

        Hunspell copies the flags only from an entry of the .dic file (a lemma
        such as *вагон*, not an inflected form such as *вагонами*) and says
        nothing when there is none, so the entry is looked for first.
        """
        with self._lock:
            if not self._hunspell.spell(model) or model not in self._hunspell.stem(model):
                return False
            self._hunspell.add_with_affix(word, model)
            return bool(self._hunspell.spell(word))

    def remove(self, word: str) -> None:
        with self._lock:
            self._hunspell.remove(word)


class SpellEngines:
    """The engines of one process, loaded on first use (each costs up to 0.4 s and ~30 MB)."""

    def __init__(self, directory: Path | None = None):
        self._directory = directory
        self._engines: dict[str, HunspellEngine] = {}
        self._lock = threading.Lock()

    def get(self, language: str) -> HunspellEngine | None:
        """The engine for ``language``, or None when Desk has no dictionary for it."""
        if language not in DICTIONARIES:
            return None
        with self._lock:
            engine = self._engines.get(language)
            if engine is None:
                engine = self._engines[language] = HunspellEngine(language, self._directory)
            return engine
