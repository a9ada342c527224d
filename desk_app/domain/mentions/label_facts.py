"""An article's label facts: which lists' label phrases it holds outside the notice.

Kept per article (store/label_facts.py) when it is saved, so that a registry change does not
read the bodies of the articles that merely mention a name: an article whose sure phrase of
a name matches (index_keys.py) and which holds no label phrase of the name's list anywhere
but in a notice paragraph needs a label. The matcher looks for a label in the mention's
sentence, or in a footnote line; both lie outside the notice paragraph unless the name is
mentioned in the notice itself, which the report checks once per notice text.

The facts depend on the label phrases and the notice texts: :func:`facts_key` names the
state they were computed in, and facts of another key count as unknown.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence

from desk_app.domain.mentions.entities import LabelRule, label_table
from desk_app.domain.mentions.text import normalise

PARAGRAPH_BREAK = "\n\n"     # the matcher's paragraphs (text.paragraph_bounds)


def label_patterns(rules: Sequence[LabelRule]) -> dict[str, re.Pattern[str]]:
    """One case-insensitive expression per list (group) for every phrase that labels its kinds."""
    by_group: dict[str, list[re.Pattern[str]]] = {}
    for (kind, _lang), rule in label_table(list(rules)).items():
        by_group.setdefault(kind.group, []).extend(rule.patterns())
    return {group: re.compile("|".join(dict.fromkeys(f"(?:{p.pattern})" for p in patterns)), re.IGNORECASE)
            for group, patterns in by_group.items()}


def _flat(text: str) -> str:
    return " ".join(text.split())


def facts_key(rules: Sequence[LabelRule], notices: Iterable[str]) -> str:
    """A short name for the label phrases and notice paragraphs facts are computed with."""
    patterns = label_patterns(rules)
    state = "\x1e".join([*(f"{g}\x1f{p.pattern}" for g, p in sorted(patterns.items())),
                         *sorted({_flat(n) for n in notices if n.strip()})])
    return hashlib.sha1(state.encode("utf-8")).hexdigest()[:16]


class FactFinder:
    """Computes the facts of many articles with one set of rules and notices."""

    def __init__(self, rules: Sequence[LabelRule], notices: Iterable[str]):
        self.notices = frozenset(_flat(n) for n in notices if n.strip())
        self.key = facts_key(rules, self.notices)
        self._patterns = label_patterns(rules)

    def groups(self, fields: Sequence[str]) -> str:
        """The lists whose label phrases ``fields`` hold outside notice paragraphs, as ``|a|b|``
        (``|`` alone for none), so that one list is asked with a substring test."""
        found: set[str] = set()
        for text in fields:
            if not text:
                continue
            low = normalise(text)
            if not any(p.search(low) for p in self._patterns.values()):
                continue
            for paragraph in text.split(PARAGRAPH_BREAK):
                if _flat(paragraph) in self.notices:
                    continue
                low = normalise(paragraph)
                found |= {g for g, p in self._patterns.items() if g not in found and p.search(low)}
        return "|" + "".join(f"{g}|" for g in sorted(found))
