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
        # the text is normalised (lower case) first: matching without IGNORECASE is several times faster
        self._patterns = {g: re.compile(p.pattern) for g, p in label_patterns(rules).items()}
        self._any = re.compile("|".join(f"(?:{p.pattern})" for p in self._patterns.values()))
        self._notice_texts = sorted({n for n in notices if n.strip()}, key=len, reverse=True)
        # every match of a phrase starts with its first word: a substring test rules most texts out
        self._anchors = sorted({re.findall(r"\w+", normalise(phrase))[0]
                                for rule in label_table(list(rules)).values()
                                for phrase in (*rule.accepted, rule.render("m"), rule.render("f"))
                                if re.search(r"\w", phrase)})

    def without_notice(self, fields: Sequence[str]) -> list[str]:
        """``fields`` with every notice paragraph's text cut out."""
        out = []
        for text in fields:
            for notice in self._notice_texts:
                if text and notice in text:
                    text = text.replace(notice, "")
            out.append(text)
        return out

    def groups(self, fields: Sequence[str]) -> str:
        """The lists whose label phrases ``fields`` hold outside the notice, as ``|a|b|`` (``|``
        alone for none), so that one list is asked with a substring test.

        The notice's text is cut out wherever it stands. Were it inside a longer paragraph, a
        label phrase of it could label a mention in the same sentence, which the facts then
        miss: that can only list an article that does not need a label, never leave one out.
        """
        text = "\n\n".join(f for f in fields if f)
        for notice in self._notice_texts:
            if notice in text:
                text = text.replace(notice, "")
        low = normalise(text)
        if not any(a in low for a in self._anchors) or not self._any.search(low):
            return "|"
        found = [g for g, p in sorted(self._patterns.items()) if p.search(low)]
        return "|" + "".join(f"{g}|" for g in found)
