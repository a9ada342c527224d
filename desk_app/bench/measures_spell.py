"""Spelling figures: speed on a 20,000-word article, false flags and caught typos.

* ``spell_article_ms``: :meth:`SpellChecker.misspelt` over the editor bench's
  20,000-word Russian article, its verdict cache emptied before every round
  (so every distinct word goes to Hunspell); the dictionary is loaded first
  and its load time reported apart.
* ``keystroke_spell_p99_ms``: the editor bench's keystrokes (``keystroke_p99_ms``,
  measured with checking on, as a user has it), under the issue's name; failed
  when checking was off (``DESK_BENCH_SPELLING=off``) or never became ready.
* ``spell_false_flag_pct``: of the words checked in the demo articles
  (desk_app/demo: headline, lede, body, the notice skipped), the share flagged —
  every word there is spelt as published, so each flag is a false one.
* ``spell_missed_typo_pct``: of the typos in tests/data/spelling (single-letter
  substitutions, deletions, insertions and transpositions of words from the demo
  articles, written by :func:`write_typos`), the share not flagged.

``python -m desk_app.bench.measures_spell`` prints the quality numbers;
``--write-typos DIR`` writes the typo lists again (deterministic).
"""
from __future__ import annotations

import os
import random
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

from desk_app.bench.figures import FAILED, OK, Figure, summary

ROUNDS = 7
ALPHABETS = {"ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "en": "abcdefghijklmnopqrstuvwxyz"}
KINDS = ("substitution", "deletion", "insertion", "transposition")
TYPOS_PER_KIND = 150
TYPO_DIR = Path(__file__).resolve().parents[2] / "tests" / "data" / "spelling"


def _engines():
    from desk_app.services.hunspell_engine import SpellEngines

    return SpellEngines()


def spell_article_figure(words_wanted: int = 20_000) -> Figure:
    from desk_app.bench.corpus import NOTICE_PARAGRAPH
    from desk_app.bench.measures_ui import _long_body
    from desk_app.domain.spelling import text_words
    from desk_app.services.spelling import SpellChecker

    body, words = _long_body(words_wanted)
    engines = _engines()
    t0 = time.perf_counter()
    engines.get("ru")
    engines.get("en")
    load_ms = (time.perf_counter() - t0) * 1000
    checker = SpellChecker("ru", engines.get)
    samples, cpu, flagged = [], [], 0
    for _ in range(ROUNDS):
        checker.forget()
        t0, c0 = time.perf_counter(), time.process_time()
        flagged = len(checker.misspelt(body, NOTICE_PARAGRAPH.strip()))
        samples.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    s = summary(samples)
    return Figure("spell_article_ms", value=s["p95"], median=s["median"], p95=s["p95"],
                  details={"words": words, "checked_words": sum(1 for _ in text_words(body)),
                           "flagged": flagged, "rounds": ROUNDS, "dictionary_load_ms": round(load_ms, 1),
                           "cpu_ms_median": summary(cpu)["median"],
                           "load_average": [round(x, 2) for x in os.getloadavg()],
                           "note": "verdict cache emptied before each round; in a worker thread in the editor"})


def keystroke_spell_figure(typed: Figure) -> Figure:
    """``keystroke_p99_ms`` as ``keystroke_spell_p99_ms``, provided spell checking was on while typing."""
    spelling = str(typed.details.get("spell_checking", "off"))
    if typed.status == OK and not spelling.startswith("on"):
        return Figure("keystroke_spell_p99_ms", status=FAILED,
                      reason=f"spell checking was {spelling} while typing (DESK_BENCH_SPELLING unset?)")
    return replace(typed, key="keystroke_spell_p99_ms",
                   details={**typed.details, "load_average": [round(x, 2) for x in os.getloadavg()]})


def demo_texts() -> list[tuple[str, str, str]]:
    """(file, language, text to check) of every demo article: headline, lede and body."""
    from desk_app.domain.frontmatter import parse_article
    from desk_app.services.demo import demo_files

    out = []
    for name, text in demo_files():
        data, _extra = parse_article(text)
        out.append((name, data.language, "\n\n".join((data.headline, data.lede, data.body))))
    return out


def false_flags(engines=None) -> dict[str, dict]:
    """Per language: words checked, words flagged, the flagged words."""
    from desk_app.domain.notice import DEMO_NOTICE_TEXT
    from desk_app.domain.spelling import text_words
    from desk_app.services.spelling import SpellChecker

    engines = engines or _engines()
    checked: Counter[str] = Counter()
    flagged: dict[str, list[str]] = {}
    for _name, language, text in demo_texts():
        checker = SpellChecker(language, engines.get)
        for w in text_words(text, DEMO_NOTICE_TEXT):
            checked[language] += 1
            if not checker.correct(w.text):
                flagged.setdefault(language, []).append(w.text)
    return {lang: {"words": checked[lang], "flagged": len(flagged.get(lang, [])),
                   "pct": round(100 * len(flagged.get(lang, [])) / checked[lang], 2),
                   "flagged_words": sorted(set(flagged.get(lang, [])))} for lang in checked}


def _edit(word: str, kind: str, alphabet: str, rng: random.Random) -> str:
    i = rng.randrange(len(word))
    if kind == "substitution":
        return word[:i] + rng.choice([c for c in alphabet if c != word[i]]) + word[i + 1:]
    if kind == "deletion":
        return word[:i] + word[i + 1:]
    if kind == "insertion":
        return word[:i] + rng.choice(alphabet) + word[i:]
    i = min(i, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def make_typos(language: str, seed: int = 16) -> list[tuple[str, str, str]]:
    """(typo, word, kind): single-letter edits of words of the demo articles (lower case, 4+ letters)."""
    from desk_app.domain.spelling import text_words

    alphabet = ALPHABETS[language]
    vocabulary = sorted({w.text.lower() for _n, lang, text in demo_texts() if lang == language
                         for w in text_words(text) if len(w.text) >= 4 and w.text.isalpha()
                         and all(c in alphabet for c in w.text.lower())})
    rng = random.Random(f"{language}-{seed}")
    out = []
    for kind in KINDS:
        seen: set[str] = set()
        while len(seen) < TYPOS_PER_KIND:
            word = rng.choice(vocabulary)
            typo = _edit(word, kind, alphabet, rng)
            if typo != word and typo not in seen:
                seen.add(typo)
                out.append((typo, word, kind))
    return out


def write_typos(directory: Path = TYPO_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for language in ALPHABETS:
        path = directory / f"typos_{language}.tsv"
        lines = ["typo\tword\tkind"] + ["\t".join(row) for row in make_typos(language)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def read_typos(language: str, directory: Path = TYPO_DIR) -> list[tuple[str, str, str]]:
    lines = (directory / f"typos_{language}.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [tuple(line.split("\t")) for line in lines if line]  # type: ignore[misc]


def caught_typos(engines=None, directory: Path = TYPO_DIR) -> dict[str, dict]:
    """Per language: typos, typos flagged, and the ones that passed (most are other real words)."""
    from desk_app.services.spelling import SpellChecker

    engines = engines or _engines()
    out = {}
    for language in ALPHABETS:
        checker = SpellChecker(language, engines.get)
        typos = read_typos(language, directory)
        missed = [(typo, word) for typo, word, _kind in typos if checker.correct(typo)]
        out[language] = {"typos": len(typos), "caught": len(typos) - len(missed),
                         "pct": round(100 * (len(typos) - len(missed)) / len(typos), 2), "missed": missed}
    return out


def base_list_typos(engines=None, seed: int = 1) -> dict[str, dict]:
    """Per language: one edit of each kind of every base-list word (4+ letters), and how many are flagged.

    Says whether the base newsroom word list hides typos of the names it adds.
    """
    from desk_app.services.hunspell_engine import base_word_list
    from desk_app.services.spelling import SpellChecker

    engines = engines or _engines()
    out = {}
    for language, alphabet in ALPHABETS.items():
        checker = SpellChecker(language, engines.get)
        rng = random.Random(seed)
        typos = [t for word, _model in base_word_list(language) if len(word) >= 4
                 for kind in KINDS if (t := _edit(word, kind, alphabet, rng)) != word]
        caught = sum(1 for t in typos if not checker.correct(t))
        out[language] = {"typos": len(typos), "caught": caught, "pct": round(100 * caught / len(typos), 1)}
    return out


def quality_figures() -> dict[str, Figure]:
    engines = _engines()
    flags = false_flags(engines)
    typos = caught_typos(engines)
    words = sum(v["words"] for v in flags.values())
    flagged = sum(v["flagged"] for v in flags.values())
    total = sum(v["typos"] for v in typos.values())
    caught = sum(v["caught"] for v in typos.values())
    return {
        "spell_false_flag_pct": Figure("spell_false_flag_pct", value=round(100 * flagged / words, 2),
                                       median=round(100 * flagged / words, 2),
                                       details={lang: {k: v[k] for k in ("words", "flagged", "pct", "flagged_words")}
                                                for lang, v in flags.items()}),
        "spell_missed_typo_pct": Figure("spell_missed_typo_pct", value=round(100 * (total - caught) / total, 2),
                                        median=round(100 * (total - caught) / total, 2),
                                        details={lang: {"typos": v["typos"], "caught_pct": v["pct"],
                                                        "missed": v["missed"]} for lang, v in typos.items()}),
    }


def main(argv: list[str]) -> int:
    if argv[:1] == ["--write-typos"]:
        for path in write_typos(Path(argv[1]) if len(argv) > 1 else TYPO_DIR):
            print(f"wrote {path}")
        return 0
    flags, typos = false_flags(), caught_typos()
    for lang, v in flags.items():
        print(f"{lang}: false flags {v['flagged']} of {v['words']} words = {v['pct']} % "
              f"({', '.join(v['flagged_words'])})")
    for lang, v in typos.items():
        print(f"{lang}: caught typos {v['caught']} of {v['typos']} = {v['pct']} % "
              f"(passed: {', '.join(f'{t}←{w}' for t, w in v['missed'])})")
    for lang, v in base_list_typos().items():
        print(f"{lang}: typos of base-list words caught {v['caught']} of {v['typos']} = {v['pct']} %")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
