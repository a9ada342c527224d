"""Spell checking in an article's language, and the newsroom's and one's own dictionaries.

:class:`SpellingService` belongs to a workspace: its checkers know the
Hunspell dictionary of the language, the newsroom dictionary stored in the
workspace database (everyone who opens it gets the words) and the personal
dictionary in the user's configuration directory. A word may be added "like"
a listed word, and then every form Hunspell derives from that word's affix
flags is correct too (*габион* like *вагон*: *габионами*, *габионов*…).
Names in the mention registry (people and organisations, with the declined
forms the registry generates) are correct when written with a capital.

Loading a dictionary takes up to 0.4 s: callers on a GUI thread ask for a
checker from a worker (:meth:`SpellingService.checker`), after which checking
is fast and thread-safe.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from desk_app.domain.errors import DatabaseUnavailable, InvalidInput, NotFound, PermissionDenied
from desk_app.domain.mentions.forms import parse_form
from desk_app.domain.messages import translate
from desk_app.domain.spelling import WORD_MAX, Word, is_single_word, line_spans, name_key, names_of, script_of, tries
from desk_app.domain.workflow import Role
from desk_app.services.hunspell_engine import DICTIONARIES, HunspellEngine, SpellEngines
from desk_app.services.spelling_personal import PersonalDictionary, PersonalWord
from desk_app.store import registry as registry_store
from desk_app.store import spelling as store

if TYPE_CHECKING:
    from desk_app.services.context import WorkspaceContext

__all__ = ["AddedWord", "Scope", "SpellChecker", "SpellingService", "StoredWord"]

StoredWord = store.StoredWord
Scope = Literal["newsroom", "personal"]
_SCRIPTS = {"ru": "cyrillic", "en": "latin"}
_LABELS = {"ru": "Russian", "en": "English"}


@dataclass(frozen=True)
class AddedWord:
    word: str
    language: str
    scope: Scope
    model: str          # the listed word whose forms it takes ("" for this form only)


class SpellChecker:
    """Checks words of one article language; words in the other alphabet go to that language's dictionary."""

    def __init__(self, language: str, engine_for: Callable[[str], HunspellEngine | None]):
        self.language = language
        self._engine_for = engine_for
        self._known: dict[str, bool] = {}
        self.names: frozenset[str] = frozenset()
        """Name words (:func:`name_key`) accepted with a capital: the mention registry's (set by the service)."""
        self.generation = 0
        """Goes up whenever a word becomes correct or incorrect (results of an older generation are stale)."""

    def forget(self) -> None:
        self._known = {}
        self.generation += 1

    def _engine(self, word: str) -> HunspellEngine | None:
        script = script_of(word)
        if script == _SCRIPTS.get(self.language) or not script:
            return self._engine_for(self.language)
        other = next((lang for lang, s in _SCRIPTS.items() if s == script), None)
        return self._engine_for(other) if other is not None else None

    def correct(self, word: str) -> bool:
        known = self._known
        verdict = known.get(word)
        if verdict is None:
            engine = self._engine(word)
            verdict = (engine is None or any(all(engine.spell(p) for p in parts) for parts in tries(word))
                       or self._is_name(word))
            known[word] = verdict
        return verdict

    def _is_name(self, word: str) -> bool:
        names = self.names
        return (bool(names) and word[:1].isupper()
                and (name_key(word) in names or all(name_key(p) in names for p in word.split("-"))))

    def misspelt_in_line(self, line: str, in_fence: bool = False) -> tuple[list[Word], bool]:
        """The misspelt words of one line and whether the next line is inside a fenced code block."""
        spans, fence = line_spans(line, in_fence)
        return [Word(a, b, t) for a, b, t in spans if not self.correct(t)], fence

    def misspelt(self, text: str, notice: str | None = None) -> list[Word]:
        """Every misspelt word of a Markdown body (offsets into ``text``), the notice skipped."""
        notice_lines = {line.strip() for line in notice.splitlines() if line.strip()} if notice else set()
        out: list[Word] = []
        offset = 0
        in_fence = False
        correct, known = self.correct, self._known
        for line in text.split("\n"):
            if not (notice_lines and line.strip() in notice_lines):
                spans, in_fence = line_spans(line, in_fence)
                for a, b, t in spans:
                    verdict = known.get(t)
                    if not (verdict if verdict is not None else correct(t)):
                        out.append(Word(a + offset, b + offset, t))
            offset += len(line) + 1
        return out

    def suggest(self, word: str, limit: int = 8) -> list[str]:
        engine = self._engine(word)
        if engine is None:
            return []
        plain = word.replace("’", "'")
        found = [s.replace("'", "’") if "’" in word else s for s in engine.suggest(plain)]
        return list(dict.fromkeys(found))[:limit]


class SpellingService:
    """The workspace's spelling: checkers per language, the newsroom and the personal dictionary."""

    def __init__(self, workspace: WorkspaceContext, *, personal: PersonalDictionary | None = None,
                 engines: SpellEngines | None = None):
        self._ws = workspace
        self.personal = personal or PersonalDictionary()
        self._engines = engines or SpellEngines()
        self._loaded: dict[str, int] = {}       # language → id of the newest newsroom word applied
        self._ready: dict[str, HunspellEngine] = {}   # engines loaded with both dictionaries' words
        self._checkers: dict[str, SpellChecker] = {}
        self._names: tuple[int, frozenset[str]] | None = None   # (registry version, name words)
        self._lock = threading.RLock()

    @staticmethod
    def languages() -> list[str]:
        return list(DICTIONARIES)

    # -- checkers ----------------------------------------------------------------
    def checker(self, language: str) -> SpellChecker | None:
        """The checker of ``language`` (None when Desk has no dictionary for it). Slow the first time."""
        if language not in DICTIONARIES:
            return None
        with self._lock:
            checker = self._checkers.get(language)
            if checker is None:
                checker = self._checkers[language] = SpellChecker(language, self._engine)
                if self._names is None:
                    self._read_names()
                checker.names = self._names[1] if self._names is not None else frozenset()
            for other in DICTIONARIES:  # both alphabets are checked in every article
                self._engine(other)
            return checker

    def _engine(self, language: str) -> HunspellEngine | None:
        ready = self._ready.get(language)      # the fast path: no lock once loaded (checking never waits)
        if ready is not None:
            return ready
        with self._lock:
            engine = self._engines.get(language)
            if engine is None:
                return None
            if language not in self._loaded:
                self._loaded[language] = 0
                for entry in self.personal.words(language):
                    _apply(engine, entry.word, entry.model)
                try:
                    new = self._newsroom_after(language)
                except DatabaseUnavailable:   # offline: check with the rest; refresh() brings the words later
                    new = []
                self._apply_newsroom(language, engine, new)
            self._ready[language] = engine
            return engine

    def _newsroom_after(self, language: str) -> list[StoredWord]:
        with self._ws.unit() as s:
            return store.words_after(s, language, self._loaded.get(language, 0))

    def _apply_newsroom(self, language: str, engine: HunspellEngine, new: list[StoredWord]) -> bool:
        applied = False
        for entry in new:
            if entry.id > self._loaded.get(language, 0):
                _apply(engine, entry.word, entry.model)
                self._loaded[language] = entry.id
                applied = True
        return applied

    def _read_names(self, known_version: int | None = None) -> bool:
        """Read the registry's name words unless its version is ``known_version``; True when they were read."""
        try:
            with self._ws.unit() as s:
                version = registry_store.version(s)
                if version == known_version:
                    return False
                entities = registry_store.entities(s)
        except DatabaseUnavailable:   # offline: names arrive with a later refresh
            return False
        phrases = [p for e in entities for p in (e.name, *e.aliases_ru, *e.aliases_en, *e.former_names)]
        phrases += [" ".join(parse_form(f)[1]) for e in entities for f in e.forms]
        self._names = (version, names_of(phrases))
        return True

    def refresh(self) -> bool:
        """Take in newsroom words others added since and registry changes; True when there were any.

        Checkers then forget their verdicts. An unreachable database is no error here:
        checking goes on with the words already known.
        """
        try:
            fetched = {language: self._newsroom_after(language) for language in list(self._loaded)}  # no lock held
        except DatabaseUnavailable:
            return False
        names_changed = bool(self._checkers) and self._read_names(self._names[0] if self._names else None)
        changed = False
        with self._lock:
            if names_changed and self._names is not None:
                changed = True
                for checker in self._checkers.values():
                    checker.names = self._names[1]
            for language, new in fetched.items():
                engine = self._ready.get(language)
                if engine is not None and self._apply_newsroom(language, engine, new):
                    changed = True
            if changed:
                for checker in self._checkers.values():
                    checker.forget()
        return changed

    # -- adding and removing -------------------------------------------------------
    def add_word(self, word: str, language: str, scope: Scope, *, like: str = "") -> AddedWord:
        """Add ``word`` to the newsroom or the personal dictionary, optionally inflected like a listed word."""
        word, like = word.strip(), like.strip()
        if language not in DICTIONARIES:
            raise InvalidInput(translate("Errors", "Desk has no spelling dictionary for “{language}”; use Russian "
                                                   "or English.").format(language=language))
        if not is_single_word(word):
            raise InvalidInput(translate("Errors", "Add one word of at most {word_max} letters at a time (hyphens "
                                                   "and apostrophes may join its parts).").format(word_max=WORD_MAX))
        engine = self._engine(language)
        assert engine is not None
        model = ""
        if like:
            found = engine.entry_for(like) if is_single_word(like) else None
            if found is None:
                raise InvalidInput(translate("Errors", "“{like}” is not in the {language} dictionary; give a listed "
                                                       "word that changes the same way (for a noun, one with the "
                                                       "same ending and gender).").format(
                    like=like, language=_LABELS[language]))
            model = found
        if scope == "newsroom":
            with self._ws.unit() as s:
                stored = store.add_word(s, language, word, model, self._ws.actor.login, self._ws.clock())
            if stored is None:
                self.refresh()
                raise InvalidInput(translate("Errors", "“{word}” is already in the newsroom dictionary.").format(
                    word=word))
        elif scope == "personal":
            if self.personal.has(language, word):
                raise InvalidInput(translate("Errors", "“{word}” is already in your personal dictionary.").format(
                    word=word))
            try:
                self.personal.add(PersonalWord(language, word, model))
            except OSError as exc:
                raise InvalidInput(translate("Errors", "Your personal dictionary could not be saved: "
                                                       "{problem}.").format(
                    problem=exc)) from None
        else:
            raise InvalidInput(translate("Errors", "Unknown dictionary “{scope}”; use newsroom or personal.").format(
                scope=scope))
        new = self._newsroom_after(language) if scope == "newsroom" else []
        with self._lock:
            if scope == "newsroom":
                self._apply_newsroom(language, engine, new)
            else:
                _apply(engine, word, model)
            for checker in self._checkers.values():
                checker.forget()
        return AddedWord(word, language, scope, model)

    def newsroom_words(self, language: str) -> list[StoredWord]:
        with self._ws.unit() as s:
            return store.words_after(s, language)

    def remove_newsroom_word(self, word: str, language: str) -> None:
        """Remove a word; whoever added it may, and editors may remove any."""
        with self._ws.unit() as s:
            found = store.find_word(s, language, word)
            if found is None:
                raise NotFound(translate("Errors", "“{word}” is not in the newsroom dictionary.").format(word=word))
            if found.added_by != self._ws.actor.login and self._ws.actor.role not in (Role.EDITOR, Role.ADMIN):
                raise PermissionDenied(translate("Errors", "Only {added_by} or an editor may remove “{word}”.").format(
                    added_by=found.added_by or 'its author', word=word))
            if not store.remove_word(s, found.id):
                raise PermissionDenied(translate("Errors", "The database did not let you remove “{word}”; ask an "
                                                           "editor.").format(word=word))
        self._reload(language)

    def remove_personal_word(self, word: str, language: str) -> None:
        try:
            removed = self.personal.remove(language, word)
        except OSError as exc:
            raise InvalidInput(translate("Errors", "Your personal dictionary could not be saved: {problem}.").format(
                problem=exc)) from None
        if not removed:
            raise NotFound(translate("Errors", "“{word}” is not in your personal dictionary.").format(word=word))
        self._reload(language)

    def _reload(self, language: str) -> None:
        """Hunspell cannot take a word back cleanly (removing marks it forbidden): load the dictionary afresh."""
        with self._lock:
            self._engines = SpellEngines()
            self._loaded.clear()
            self._ready = {}
            for checker in self._checkers.values():
                checker.forget()


def _apply(engine: HunspellEngine, word: str, model: str) -> None:
    if not model or not engine.add_with_affix(word, model):
        engine.add(word)
