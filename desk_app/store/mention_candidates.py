"""The articles a registry change must look at, from the search index and the label facts.

For one entity, :func:`candidates` returns the articles that need a label without being read
(a form proven written, and current facts show no label phrase of the entity's list outside
the notice) and the ids of the other articles that may mention it, which the caller reads
and checks. No article body is read here (domain/mentions/index_keys.py, label_facts.py,
name_pairs.py).

- **SQLite**: FTS5 keeps every word and its position, so each form is one phrase query. A
  phrase of a form with initials also matches a preposition ("к Ахмедову"): where the
  facts are current, their name pairs tell whether it was written as initials.
- **PostgreSQL**: a phrase query re-reads the search vector of every article holding the
  words, and initials that are stop words vanish from it. So a person's name (two words or
  more) and every form with initials are answered by the facts alone: their name pairs,
  under a GIN index, and the listed columns they carry (migration 0018), with no article
  row read; a name typed in lower case leaves no pair and is left to the save's check. The
  articles whose facts are not current, which a trigger marks and a partial index finds,
  are asked for the name's words. Every other form (organisations, single words) is asked
  of the search index by its words, which the GIN index answers without re-reading.

Stale or missing facts never settle or skip an article: it is read.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Result, text
from sqlalchemy.orm import Session

from desk_app.domain.mentions.index_keys import EntityKeys
from desk_app.domain.mentions.name_pairs import form_pairs, pair_key
from desk_app.domain.stemming import stem
from desk_app.store import label_facts, search_sqlite
from desk_app.store.engine import fast_text_rows

# the bitmap of the words' matches must stay exact: a lossy page makes PostgreSQL re-read
# the search vectors on it, which is what asking for words instead of phrases avoids
WORK_MEM = "256MB"
COLUMNS = "a.id, a.headline, a.language, a.status, a.author_login, a.translated_from"


# One settled article: the database's row itself, (id, headline, language, status, author_login,
# translated_from, verdict), read by position. A named tuple built per row, or a row's attributes,
# cost a second or more when a name is in a quarter of a million articles.
Candidate = Sequence[Any]
ID, HEADLINE, LANGUAGE, STATUS, AUTHOR_LOGIN, TRANSLATED_FROM, VERDICT = range(7)


def candidates(session: Session, keys: EntityKeys, group: str, facts_key: str,
               ) -> tuple[list[Candidate], set[str]]:
    """(articles settled as needing a label, in id order; ids of the articles to read and check)
    for one entity's ``keys`` and its list ``group``. ``facts_key`` empty: settle nothing."""
    settled: list[Candidate] = []
    check: set[str] = set()
    if session.get_bind().dialect.name == "sqlite":
        # its two queries find different articles (the second leaves out what the first asks),
        # each in id order: sorting their runs takes linear time
        _sqlite(session, keys, group, facts_key, settled, check)
        found = sorted(settled, key=itemgetter(ID))
    else:
        _postgresql(session, keys, group, facts_key, settled, check)
        # one article may come from two of its queries
        found = sorted({row[ID]: row for row in settled}.values(), key=itemgetter(ID))
    if check:
        check.difference_update(row[ID] for row in found)
    return found, check


def _sort(rows: Iterable[Any], settled: list[Candidate], check: set[str]) -> None:
    """Rows of the listed columns and a verdict: True settled, False read, None neither."""
    rows = rows.all() if isinstance(rows, Result) else rows    # one fetch, not one per row
    settled += [row for row in rows if row[VERDICT]]
    check.update(row[ID] for row in rows if row[VERDICT] is not None and not row[VERDICT])


# -- SQLite --------------------------------------------------------------------------------------

def _fts_quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _fts_phrase(words: Sequence[str]) -> str:
    return "(" + " + ".join(_fts_quote(stem(w)) for w in words) + ")"


def _fts_any(forms: Iterable[Sequence[str]]) -> str:
    """One FTS5 query for any of ``forms`` as a phrase of stems (forms whose stems agree, most
    of a name's cases, are asked once)."""
    return " OR ".join(dict.fromkeys(_fts_phrase(w) for w in forms))


def _framed(pair: str) -> str:
    return f"\n{pair}\n"


def _sqlite(session: Session, keys: EntityKeys, group: str, facts_key: str,
            settled: list[Candidate], check: set[str]) -> None:
    current = label_facts.current("sqlite")
    params: dict[str, Any] = {"facts_key": facts_key, "group_like": f"%|{group}|%"}
    unlabelled = "f.label_groups NOT LIKE :group_like"
    cols = search_sqlite.USER_COLUMNS
    covered = set(keys.initials)
    if keys.sure:
        verdict = f"coalesce({current} AND {unlabelled}, 0)"
        _sort(_with_facts(session, verdict, f"{cols} : ({_fts_any(keys.sure)})", params), settled, check)
    loose = [w for w in keys.other if w not in covered]
    if loose:
        check.update(_fts_ids(session, f"{cols} : ({_fts_any(loose)})"))
    if covered:
        # a form with initials: current facts say whether it is written so, and where it is sure
        pairs = {p: f"p{n}" for n, p in enumerate(sorted({p for w in covered for p in form_pairs(w)}))}
        params.update({name: _framed(p) for p, name in pairs.items()})
        sure = [" AND ".join(f"instr(f.name_pairs, :{pairs[p]}) > 0" for p in form) for form in keys.sure_pairs
                if all(p in pairs for p in form)]
        written = " OR ".join(f"instr(f.name_pairs, :{name}) > 0" for name in pairs.values())
        verdict = (f"CASE WHEN NOT coalesce({current}, 0) THEN 0 "
                   f"WHEN {unlabelled} AND ({' OR '.join(f'({s})' for s in sure) or '0'}) THEN 1 "
                   f"WHEN {written} THEN 0 ELSE NULL END")
        match = f"{cols} : ({_fts_any(sorted(covered))})" + (
            # an article the plain forms found has its verdict from them already
            f" NOT {cols} : ({_fts_any(keys.sure)})" if keys.sure else "")
        _sort(_with_facts(session, verdict, match, params), settled, check)


def _fts_ids(session: Session, match: str) -> list[str]:
    """The ids of the articles FTS5 ``match``es, in the list's order."""
    return [row[0] for row in fast_text_rows(session, text(
        "SELECT d.article_id FROM article_fts JOIN search_docs d ON d.doc_id = article_fts.rowid "
        "WHERE article_fts MATCH :q").bindparams(q=match))]


def _with_facts(session: Session, verdict: str, match: str, params: dict[str, Any]) -> list[Any]:
    """Rows of the listed columns and ``verdict`` for the articles FTS5 ``match``es.

    FTS5 returns its documents in the list's order (by date), and probing the facts' index by
    id in that order jumps across all of it for each one. So the ids come first, are sorted,
    and are looked up in id order, which reads each page of the index once: at 1M articles,
    for a name in 260,000 of them, 2.5 s instead of 3.2 s. (A sorted subquery would do the
    same in one statement, but SQLite flattens it into the join and drops its order, and the
    ways to stop that sort more slowly than Python.)"""
    ids = sorted(_fts_ids(session, match))
    if not ids:
        return []
    return fast_text_rows(session, text(
        "SELECT j.value, f.headline, f.language, f.status, f.author_login, f.translated_from, "
        f"{verdict} FROM json_each(:ids) AS j "
        "LEFT JOIN article_label_facts f INDEXED BY ix_article_label_facts_report ON f.article_id = j.value"
    ).bindparams(ids=json.dumps(ids), **params))


# -- PostgreSQL ----------------------------------------------------------------------------------

def _yo_variants(word: str) -> list[str]:
    """PostgreSQL's dictionaries keep ё: "пономарев" is also asked as "пономарёв"."""
    return [word] + [word[:i] + "ё" + word[i + 1:] for i, ch in enumerate(word) if ch == "е"]


class _PgQuery:
    """tsquery SQL built from functions, with every word a bound parameter."""

    def __init__(self, session: Session):
        self.session = session
        self.params: dict[str, Any] = {}
        self._stop: dict[str, bool] = {}

    def param(self, value: Any) -> str:
        name = f"w{len(self.params)}"
        self.params[name] = value
        return f":{name}"

    def stopword(self, word: str) -> bool:
        """A word a Russian or English article's vector leaves out."""
        if word not in self._stop:
            row = self.session.execute(text(
                "SELECT numnode(plainto_tsquery('russian', :w)), numnode(plainto_tsquery('english', :w))"),
                {"w": word}).one()
            self._stop[word] = not (row[0] and row[1])
        return self._stop[word]

    def word(self, word: str) -> str:
        return "(" + " || ".join(f"plainto_tsquery('{cfg}'::regconfig, {self.param(v)})"
                                 for v in _yo_variants(word) for cfg in ("russian", "english", "simple")) + ")"

    def words(self, words: Sequence[str]) -> str | None:
        """Every word that is not a stop word, anywhere: the GIN index answers without re-reading."""
        asked = [self.word(w) for w in dict.fromkeys(words) if not self.stopword(w)]
        return "(" + " && ".join(asked) + ")" if asked else None


def keyed(pairs: Iterable[str]) -> list[int]:
    return sorted({pair_key(p) for p in pairs})


def _postgresql(session: Session, keys: EntityKeys, group: str, facts_key: str,
                settled: list[Candidate], check: set[str]) -> None:
    # the planner takes a search over a quarter of the archive for a sequential scan, which
    # reads every article's search vector; the GIN index answers it alone
    session.execute(text(f"SET LOCAL work_mem = '{WORK_MEM}'"))
    session.execute(text("SET LOCAL enable_seqscan = off"))
    q = _PgQuery(session)
    q.params.update({"facts_key": facts_key, "group_like": f"%|{group}|%"})
    current = label_facts.current("postgresql")
    unlabelled = "f.label_groups NOT LIKE :group_like"
    twos = sorted(form[0] for form in keys.sure_pairs if len(form) == 1)
    hits = [f"f.name_pairs && CAST({q.param(keyed(twos))} AS bigint[])"] if twos else []
    hits += [f"f.name_pairs @> CAST({q.param(keyed(form))} AS bigint[])" for form in keys.sure_pairs if len(form) > 1]
    sure = f"({' OR '.join(hits) or 'false'})"
    verdict = f"coalesce({current} AND {unlabelled} AND {sure}, false)"
    listed = "f.article_id, f.headline, f.language, f.status, f.author_login, f.translated_from"
    if keys.covered_pairs:
        # the forms the facts answer alone: where current facts hold one of their pairs
        covered = q.param(keyed(keys.covered_pairs))
        _sort(session.execute(text(
            f"SELECT {listed}, {verdict} FROM article_label_facts f "
            f"WHERE f.name_pairs && CAST({covered} AS bigint[]) AND {current}"), q.params), settled, check)
        # and, in the articles whose facts are not current (a partial index names them), their words
        words = [w for w in map(q.words, keys.covered_words) if w is not None]
        if words:
            check |= set(session.execute(text(
                "SELECT f.article_id FROM article_label_facts f JOIN articles a ON a.id = f.article_id "
                "WHERE (f.stamp IS NULL OR f.name_pairs IS NULL OR f.labels_key < :facts_key "
                f"OR f.labels_key > :facts_key) AND a.search_vector @@ ({' || '.join(words)})"), q.params).scalars())
    asked = [w for w in map(q.words, keys.words) if w is not None]
    if asked:
        # the other forms: every article holding their words (facts missing: read)
        _sort(session.execute(text(
            f"SELECT {COLUMNS}, {verdict} FROM articles a LEFT JOIN article_label_facts f ON f.article_id = a.id "
            f"WHERE a.search_vector @@ ({' || '.join(asked)})"), q.params), settled, check)
