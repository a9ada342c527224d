"""The personal spelling dictionary: one JSON file in the user's configuration directory.

Words a person wants for themselves only (their own name, a hobby's terms)
live beside their settings, not in the shared workspace. The file is replaced
atomically, so a crash while saving leaves the previous list intact.
"""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_config_dir

__all__ = ["PersonalDictionary", "PersonalWord", "personal_dictionary_path"]

_VERSION = 1


def personal_dictionary_path() -> Path:
    return Path(user_config_dir("Desk", appauthor=False)) / "spelling" / "personal.json"


@dataclass(frozen=True)
class PersonalWord:
    language: str
    word: str
    model: str = ""


class PersonalDictionary:
    """Words kept in a file; a damaged file reads as empty and is left for the user to inspect."""

    def __init__(self, path: Path | None = None):
        self.path = path or personal_dictionary_path()
        self._words: list[PersonalWord] | None = None
        self.problem = ""

    def words(self, language: str | None = None) -> list[PersonalWord]:
        if self._words is None:
            self._words = self._read()
        return [w for w in self._words if language is None or w.language == language]

    def has(self, language: str, word: str) -> bool:
        return any(w.word == word for w in self.words(language))

    def add(self, entry: PersonalWord) -> None:
        words = self.words()
        if self.problem:
            raise OSError(f"{self.path} could not be read ({self.problem}); fix or remove it first")
        self._write([*words, entry])
        self._words = [*words, entry]

    def remove(self, language: str, word: str) -> bool:
        words = self.words()
        kept = [w for w in words if not (w.language == language and w.word == word)]
        if len(kept) == len(words):
            return False
        self._write(kept)
        self._words = kept
        return True

    def _read(self) -> list[PersonalWord]:
        self.problem = ""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return [PersonalWord(str(w["language"]), str(w["word"]), str(w.get("model", "")))
                    for w in raw["words"]]
        except FileNotFoundError:
            return []
        except (OSError, ValueError, KeyError, TypeError) as exc:
            self.problem = str(exc) or type(exc).__name__
            return []

    def _write(self, words: list[PersonalWord]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = {"version": _VERSION,
                   "words": [{"language": w.language, "word": w.word, "model": w.model} for w in words]}
        fd, tmp = tempfile.mkstemp(prefix=".personal-", suffix=".json", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(payload, f, ensure_ascii=False, indent=1)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
