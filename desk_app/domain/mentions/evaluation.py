"""Precision and recall of the matcher on a gold file (tests/data/mentions/sentences.txt).

Each non-comment line is one text; ``[words]{N}`` marks a mention of entity number N and
``{N+}`` one that carries its label; a literal ``\\n`` stands for a line break. A found
mention is right when it names the marked entity and overlaps the marked words (a finding
points the editor at the place; "обществе «Мемориал»" marked and «Мемориал» found is a hit).
Each marked mention is matched by at most one finding.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from desk_app.domain.mentions.matcher import Matcher, Scope

_MARK = re.compile(r"\[([^\]]+)\]\{([^}+]+)(\+?)\}")
_TRIM = "«»“”„\"'*\\ "


@dataclass(frozen=True)
class Gold:
    text: str
    mentions: tuple[tuple[str, int, int, bool], ...]   # (entity number, start, end, labelled)


def parse_gold(source: str) -> list[Gold]:
    out = []
    for raw in source.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        line = raw.replace("\\n", "\n")
        text, marks, pos = [], [], 0
        length = 0
        for m in _MARK.finditer(line):
            text.append(line[pos:m.start()])
            length += m.start() - pos
            words = m.group(1)
            marks.append((m.group(2).strip(), length, length + len(words), bool(m.group(3))))
            text.append(words)
            length += len(words)
            pos = m.end()
        text.append(line[pos:])
        out.append(Gold("".join(text), tuple(marks)))
    return out


def _key(text: str, start: int, end: int) -> tuple[int, int]:
    span = text[start:end]
    lead = len(span) - len(span.lstrip(_TRIM))
    trail = len(span) - len(span.rstrip(_TRIM))
    return start + lead, end - trail


@dataclass
class Score:
    texts: int = 0
    gold: int = 0
    found: int = 0
    correct: int = 0
    label_right: int = 0
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)
    wrong_labels: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    @property
    def label_accuracy(self) -> float:
        return self.label_right / self.correct if self.correct else 1.0

    def as_text(self) -> str:
        lines = [f"missed: {m}" for m in self.misses] + [f"false: {f}" for f in self.false]
        lines += [f"label: {w}" for w in self.wrong_labels]
        lines.append(f"{self.texts} texts, {self.gold} marked mentions, {self.found} found, "
                     f"{self.correct} right: precision {self.precision:.3f}, recall {self.recall:.3f}, "
                     f"label state right for {self.label_accuracy:.3f} of the found")
        return "\n".join(lines)


def evaluate(matcher: Matcher, gold: list[Gold], numbers: dict[int | None, str]) -> Score:
    """``numbers`` maps an entity id to its number in the gold file."""
    score = Score()
    for item in gold:
        score.texts += 1
        expected = [(n, *_key(item.text, s, e), lab) for n, s, e, lab in item.mentions]
        score.gold += len(expected)
        found = [(numbers.get(m.entity_id, "?"), *_key(item.text, m.start, m.end), m.labelled)
                 for m in matcher.check([("body", item.text)], Scope.EVERY)]
        score.found += len(found)
        unmatched = list(expected)
        for number, start, end, labelled in found:
            words = item.text[start:end]
            hit = next((g for g in unmatched if g[0] == number and g[1] < end and start < g[2]), None)
            if hit is None:
                score.false.append(f"{words} ({number}): {item.text!r}")
                continue
            unmatched.remove(hit)
            score.correct += 1
            if hit[3] == labelled:
                score.label_right += 1
            else:
                score.wrong_labels.append(f"{words} ({number}) labelled={labelled}: {item.text!r}")
        for number, start, end, _labelled in unmatched:
            score.misses.append(f"{item.text[start:end]} ({number}): {item.text!r}")
    return score
