"""Service figures on one backend: search and filters, count, open, save — each against raw SQL.

The raw baselines are what a programmer would write by hand on a plain DB-API
connection (``sqlite3`` or ``psycopg``) for the same schema: on SQLite the
FTS5 ``MATCH`` joined to the articles (from schema 0005: walked in rowid
order, with the filters as facet terms of the same expression), on
PostgreSQL one ``@@`` on the tsvector; the same filters, order and limit,
and the same stemmed query. Each measured call is interleaved with its
baseline so that both see the same caches; the first results of both are
compared, and a mismatch is reported in the figure's details.
"""
from __future__ import annotations

import random
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from desk_app.bench.figures import Figure, summary
from desk_app.domain.article_filter import ArticleFilter
from desk_app.domain.stemming import fts5_query
from desk_app.store import search, search_pg, search_sqlite
from desk_app.store.search import pg_plain, pg_prefix_parts

PAGE = 200
DAY = timedelta(days=1)
NOW = datetime(2026, 11, 20, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Query:
    label: str
    flt: ArticleFilter


def queries(correspondent: str | None = None, village: str | None = None) -> list[Query]:
    """The mix: Russian words and stems, English words, prefixes being typed, with and without filters."""
    f = ArticleFilter
    pub = ("published",)
    out = [
        # Russian, one or two words, inflected as people type them
        Query("ru town", f(search="Нальчик")),
        Query("ru town inflected", f(search="Махачкале")),
        Query("ru topic", f(search="водоснабжение")),
        Query("ru topic genitive", f(search="отопления")),
        Query("ru common word", f(search="суд")),
        Query("ru verdict", f(search="приговор")),
        Query("ru hunger strike", f(search="голодовку")),
        Query("ru two words", f(search="задержание активистов")),
        Query("ru searches", f(search="обыски")),
        Query("ru landfill", f(search="мусорный полигон")),
        Query("ru small town", f(search="Кизляр")),
        Query("ru surname", f(search="Евлоев")),
        Query("ru surname feminine", f(search="Магомедова")),
        Query("ru injured", f(search="пострадали")),
        Query("ru rally in town", f(search="митинг Назрань")),
        Query("ru flood", f(search="паводок")),
        Query("ru resort", f(search="Теберда")),
        Query("ru name and verdict", f(search="Кодзоев приговор")),
        Query("ru acronym", f(search="ЕСПЧ")),
        Query("ru abduction", f(search="похищение")),
        # prefixes while typing
        Query("ru prefix town", f(search="Махачк")),
        Query("ru prefix topic", f(search="водосн")),
        Query("ru prefix resort", f(search="Кисло")),
        Query("ru prefix org", f(search="прокур")),
        Query("ru prefix two words", f(search="уголовное де")),
        # English
        Query("en word", f(search="court")),
        Query("en town", f(search="Makhachkala")),
        Query("en two words", f(search="water supply")),
        Query("en plural", f(search="detainees")),
        Query("en phrase", f(search="hunger strike")),
        Query("en town and topic", f(search="Nalchik heating")),
        Query("en landfill", f(search="landfill")),
        Query("en surname", f(search="Magomedov")),
        Query("en region", f(search="Chechnya")),
        Query("en prefix", f(search="Vladik")),
        Query("en no hits", f(search="avalanche Elbrus")),
        # search and filters
        Query("ru word + published", f(search="суд", statuses=pub)),
        Query("ru town + ru", f(search="Нальчик", language="ru")),
        Query("en word + en + published", f(search="court", language="en", statuses=pub)),
        Query("ru topic + tag", f(search="водоснабжение", tag="ЖКХ")),
        Query("en town + tag", f(search="Grozny", tag="human rights")),
        Query("ru word + workflow states", f(search="митинг", statuses=("draft", "submitted"))),
        Query("ru town + same tag", f(search="Дербент", tag="Дербент")),
        Query("ru word + year", f(search="суд", date_from=datetime(2015, 1, 1, tzinfo=timezone.utc),
                                  date_to=datetime(2016, 1, 1, tzinfo=timezone.utc))),
        # filters alone
        Query("all", f()),
        Query("drafts", f(statuses=("draft",))),
        Query("submitted", f(statuses=("submitted",))),
        Query("submitted + approved", f(statuses=("submitted", "approved"))),
        Query("english", f(language="en")),
        Query("tag ru", f(tag="Нальчик")),
        Query("tag en", f(tag="court")),
        Query("spiked", f(statuses=("spiked",))),
        Query("last 30 days", f(date_from=NOW - 30 * DAY)),
        Query("one year", f(date_from=datetime(2012, 1, 1, tzinfo=timezone.utc),
                            date_to=datetime(2013, 1, 1, tzinfo=timezone.utc))),
    ]
    if village:
        out.append(Query("ru village", f(search=village)))
    if correspondent:
        out.append(Query("author", f(author=correspondent)))
        out.append(Query("author + search", f(author=correspondent, search="суд")))
    return out


# ---------------------------------------------------------------------------------------------
# Raw SQL

RAW_COLUMNS = ("id", "headline", "language", "status", "byline", "dateline_place", "updated_at", "published_at",
               "time_zone", "word_count", "author_login", "translated_from", "translation_id", "version")


def _sqlite_time(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")


def raw_expression(raw: RawConnection, flt: ArticleFilter) -> str | None:
    """The FTS5 expression for ``flt``, a long last prefix expanded through ``search_terms`` by hand."""
    expression = search.sqlite_expression(search=flt.search, statuses=flt.statuses, language=flt.language,
                                          author=flt.author, tag=flt.tag)
    if not expression or not flt.search.strip():
        return expression
    m = re.search(r'"([^"]*)"\*', expression)  # the word being typed (facets are never prefixes)
    if m and len(m.group(1)) > search_sqlite.PREFIX_INDEXED:
        prefix = m.group(1)
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        found = [r[0] for r in raw.rows("SELECT term FROM search_terms WHERE term >= ? AND term < ? LIMIT 101",
                                        [prefix, upper])]
        if 0 < len(found) <= 100:
            ors = "(" + " OR ".join(f'"{t}"' for t in found) + ")"
            expression = expression.replace(f'"{prefix}"*', ors, 1)
    return expression


def raw_typed(raw: RawConnection, word: str) -> str | None:
    """PostgreSQL: the word being typed as the OR of the dictionary's lexemes it starts, by hand.

    Each configuration's stem of ``word`` becomes its lexemes from
    ``search_lexemes`` (schema 0007 on), or stays a prefix past 64 of them;
    None (keep the prefixes) before 0007 or when a stem splits in two.
    """
    if not raw.has_lexemes:
        return None
    stems = raw.rows("SELECT tsvector_to_array(to_tsvector(c::regconfig, %s)) FROM unnest(%s::text[]) c",
                     [word, ["russian", "english", "simple"]])
    if any(len(found) > 1 for (found,) in stems):
        return None
    terms = set()
    for stem in {found[0] for (found,) in stems if found}:
        lexemes = [r[0] for r in raw.rows('SELECT lexeme FROM search_lexemes WHERE lexeme >= %s COLLATE "C" '
                                          'AND lexeme < (%s || chr(1114111)) COLLATE "C" ORDER BY lexeme LIMIT 65',
                                          [stem, stem])]
        if not lexemes or len(lexemes) > 64:
            terms.add(search_pg.quoted(stem) + ":*")
        else:
            terms.update(search_pg.quoted(x) for x in lexemes if x.startswith(stem))
    return " | ".join(sorted(terms)) if terms else None


def raw_sql(dialect: str, flt: ArticleFilter, *, count: bool = False,
            fts_route: bool = False, expression: str | None = None,
            raw: RawConnection | None = None) -> tuple[str, list]:
    """The hand-written query for ``flt`` (default sort) and its parameters.

    ``fts_route`` (SQLite, schema 0005 on): a search, a tag or several
    states go to the FTS5 index, whose rowids follow (updated_at, id) and
    which carries the facets; date limits are then given as rowid limits by
    :func:`raw_rows`/:func:`raw_count`, which complete the SQL.
    """
    sqlite = dialect == "sqlite"
    mark = "?" if sqlite else "%s"
    if sqlite and fts_route:
        if count:
            return "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?", [expression]
        cols = ", ".join(f"a.{c}" for c in RAW_COLUMNS)
        return (f"SELECT {cols} FROM article_fts CROSS JOIN search_docs d ON d.doc_id = article_fts.rowid "
                f"CROSS JOIN articles a ON a.id = d.article_id WHERE article_fts MATCH ?", [expression])
    where, params = [], []
    source = "articles a"
    if flt.search.strip():
        if sqlite:
            expr = fts5_query(flt.search)
            if expr is not None:
                # driven by the full-text index (CROSS JOIN fixes SQLite's join order)
                source = ("article_fts CROSS JOIN search_docs d ON d.doc_id = article_fts.rowid "
                          "CROSS JOIN articles a ON a.id = d.article_id")
                where.append("article_fts MATCH ?")
                params.append(expr)
        else:
            parts = pg_prefix_parts(flt.search)
            typed, typed_params = "", []
            if parts is not None:
                earlier, last = parts
                expanded = raw_typed(raw, last.removesuffix(":*")) if raw is not None else None
                if expanded is not None:
                    typed, typed_params = "CAST(%s AS tsquery)", [expanded]
                else:
                    typed = "(to_tsquery('russian', %s) || to_tsquery('english', %s) || to_tsquery('simple', %s))"
                    typed_params = [last, last, last]
                if earlier:
                    typed = f"((plainto_tsquery('russian', %s) || plainto_tsquery('english', %s)) && {typed})"
                    typed_params = [earlier, earlier, *typed_params]
            if typed and pg_plain(flt.search):
                q = typed
                params += typed_params
            else:
                q = "websearch_to_tsquery('russian', %s) || websearch_to_tsquery('english', %s)"
                params += [flt.search, flt.search]
                if typed:
                    q += f" || {typed}"
                    params += typed_params
            tag_in_vector = bool(flt.tag) and raw is not None and raw.has_search_tags
            if tag_in_vector:  # schema 0008 on: the tag is a lexeme of the same vector
                q = f"({q}) && %s::tsquery"
                params.append(search_pg.tag_query(flt.tag))
            where.append(f"a.search_vector @@ ({q})")
    if flt.statuses:
        where.append(f"a.status IN ({', '.join(mark for _ in flt.statuses)})")
        params += list(flt.statuses)
    if flt.language:
        where.append(f"a.language = {mark}")
        params.append(flt.language)
    if flt.author:
        where.append(f"a.author_login = {mark}")
        params.append(flt.author)
    if flt.tag and not (flt.search.strip() and not sqlite and raw is not None and raw.has_search_tags):
        where.append(f"EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id AND t.tag = {mark})")
        params.append(flt.tag)
    for value, op in ((flt.date_from, ">="), (flt.date_to, "<")):
        if value is not None:
            where.append(f"a.updated_at {op} {mark}")
            params.append(_sqlite_time(value) if sqlite else value)
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    if count:
        return f"SELECT count(*) FROM {source}{clause}", params
    cols = ", ".join(f"a.{c}" for c in RAW_COLUMNS)
    return (f"SELECT {cols} FROM {source}{clause} "
            f"ORDER BY a.updated_at DESC, a.id DESC LIMIT {PAGE}", params)


def fts_route(raw: RawConnection, flt: ArticleFilter) -> bool:
    """Whether the schema (0005 on, documents in order) lets SQLite answer ``flt`` from FTS5 alone."""
    if raw.dialect != "sqlite" or not raw.ordered_documents:
        return False
    if not (flt.search.strip() or flt.tag or len(flt.statuses) > 1):
        return False
    expression = search.sqlite_expression(search=flt.search, statuses=flt.statuses, language=flt.language,
                                          author=flt.author, tag=flt.tag)
    return bool(expression)


def _rowid_limits(raw: RawConnection, flt: ArticleFilter) -> tuple[str, list] | None:
    """The date filters as FTS5 rowid limits (SQL and parameters); None when no article is in range."""
    sql, params = [], []
    if flt.date_from is not None:
        low = raw.rows("SELECT d.doc_id FROM articles a JOIN search_docs d ON d.article_id = a.id "
                       "WHERE a.updated_at >= ? ORDER BY a.updated_at, a.id LIMIT 1", [_sqlite_time(flt.date_from)])
        if not low:
            return None
        sql.append(" AND article_fts.rowid >= ?")
        params.append(low[0][0])
    if flt.date_to is not None:
        high = raw.rows("SELECT d.doc_id FROM articles a JOIN search_docs d ON d.article_id = a.id "
                        "WHERE a.updated_at < ? ORDER BY a.updated_at DESC, a.id DESC LIMIT 1",
                        [_sqlite_time(flt.date_to)])
        if not high:
            return None
        sql.append(" AND article_fts.rowid <= ?")
        params.append(high[0][0])
    return "".join(sql), params


def raw_rows(raw: RawConnection, flt: ArticleFilter) -> list:
    """The first page by hand-written SQL on the plain connection."""
    route = fts_route(raw, flt)
    sql, params = raw_sql(raw.dialect, flt, fts_route=route, expression=raw_expression(raw, flt) if route else None,
                          raw=raw)
    if route:
        limits = _rowid_limits(raw, flt)
        if limits is None:
            return []
        sql = f"{sql}{limits[0]} ORDER BY article_fts.rowid DESC LIMIT {PAGE}"
        params = params + limits[1]
    return raw.rows(sql, params)


def raw_count(raw: RawConnection, flt: ArticleFilter) -> int:
    route = fts_route(raw, flt)
    sql, params = raw_sql(raw.dialect, flt, count=True, fts_route=route,
                          expression=raw_expression(raw, flt) if route else None, raw=raw)
    if route:
        limits = _rowid_limits(raw, flt)
        if limits is None:
            return 0
        sql, params = sql + limits[0], params + limits[1]
    return raw.scalar(sql, params)


class RawConnection:
    """A plain DB-API connection to the same database, configured like Desk's engine."""

    def __init__(self, url: str, dialect: str):
        self.dialect = dialect
        self.has_lexemes = self.has_search_tags = False
        if dialect == "sqlite":
            from desk_app.store.engine import normalise_url, sqlite_path

            self.conn = sqlite3.connect(str(sqlite_path(normalise_url(url))), isolation_level=None,
                                        check_same_thread=False)
            for pragma in ("foreign_keys = ON", "busy_timeout = 5000", "journal_mode = WAL",
                           "synchronous = NORMAL"):
                self.conn.execute(f"PRAGMA {pragma}")
            self.ordered_documents = bool(self.conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE name = 'search_meta'").fetchone()[0]) and bool(
                self.conn.execute("SELECT value FROM search_meta WHERE name = 'doc_order'").fetchone()[0])
        else:
            from desk_app.bench.load import _pg_connect

            self.conn = _pg_connect(url, autocommit=True)
            self.ordered_documents = False
            self.has_lexemes = self.conn.execute("SELECT to_regclass('search_lexemes')").fetchone()[0] is not None
            self.has_search_tags = bool(self.conn.execute(
                "SELECT count(*) FROM information_schema.columns WHERE table_name = 'articles' "
                "AND column_name = 'search_tags'").fetchone()[0])

    def rows(self, sql: str, params) -> list:
        return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params):
        return self.conn.execute(sql, params).fetchone()[0]

    def write(self, statements: list[tuple[str, list]]) -> None:
        """The statements in one transaction."""
        if self.dialect == "sqlite":
            self.conn.execute("BEGIN")
            for sql, params in statements:
                self.conn.execute(sql, params)
            self.conn.execute("COMMIT")
        else:
            with self.conn.transaction():
                for sql, params in statements:
                    self.conn.execute(sql, params)

    def close(self) -> None:
        self.conn.close()


# ---------------------------------------------------------------------------------------------
# Measuring

def measure(url: str, dialect: str, groups: list[str], *, rounds: int = 3, seed: int = 1) -> dict[str, Figure]:
    from desk_app.bench.corpus import BENCH_EDITOR
    from desk_app.services.workspace import Workspace

    ws = Workspace.open(url, user=BENCH_EDITOR)
    raw = RawConnection(url, dialect)
    out: dict[str, Figure] = {}
    try:
        if dialect == "postgresql":
            out["_pg_version"] = raw.scalar("SHOW server_version", [])
            out["_pg_version"] = f"PostgreSQL {out['_pg_version']}"
        if "search" in groups:
            out.update(search_figures(ws, raw, rounds=rounds, seed=seed))
        if "open" in groups:
            out.update(open_figures(ws, raw, seed=seed))
        if "save" in groups:
            out.update(save_figures(ws, raw, dialect, seed=seed))
        if "registry" in groups:
            from desk_app.bench.measures_mentions import change_figure

            out["registry_change_s"] = change_figure(ws, seed)
        if "photo" in groups:
            from desk_app.bench.measures_photo import photo_figures

            out.update(photo_figures(ws, raw, _sample_ids, seed=seed))
    finally:
        raw.close()
        ws.close()
    return out


def _ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def _a_correspondent(raw: RawConnection) -> str | None:
    mark = "?" if raw.dialect == "sqlite" else "%s"
    row = raw.rows(f"SELECT login FROM users WHERE role = {mark} ORDER BY login LIMIT 1", ["correspondent"])
    return row[0][0] if row else None


def search_figures(ws, raw: RawConnection, *, rounds: int = 3, seed: int = 1) -> dict[str, Figure]:
    from desk_app.bench.corpus import lexicon

    mix = queries(_a_correspondent(raw), lexicon(seed).villages.items[0].nom)
    service, baseline, counts, raw_counts = [], [], [], []
    per_query: dict[str, dict] = {}
    mismatches = []
    for q in mix:
        # warm-up, and the results compared
        got = [r.id for r in ws.articles.list(q.flt, limit=PAGE)]
        want = [r[0] for r in raw_rows(raw, q.flt)]
        n = ws.articles.count(q.flt)
        n_raw = raw_count(raw, q.flt)
        if got != want or n != n_raw:
            mismatches.append(q.label)
        s_times, r_times, c_times, rc_times = [], [], [], []
        for i in range(rounds):
            pair = [("s", None), ("r", None)] if i % 2 == 0 else [("r", None), ("s", None)]
            for kind, _ in pair:
                t0 = time.perf_counter()
                if kind == "s":
                    ws.articles.list(q.flt, limit=PAGE)
                    s_times.append(_ms(t0))
                else:
                    raw_rows(raw, q.flt)
                    r_times.append(_ms(t0))
            t0 = time.perf_counter()
            ws.articles.count(q.flt)
            c_times.append(_ms(t0))
            t0 = time.perf_counter()
            raw_count(raw, q.flt)
            rc_times.append(_ms(t0))
        service += s_times
        baseline += r_times
        counts += c_times
        raw_counts += rc_times
        per_query[q.label] = {"service_ms": round(sorted(s_times)[len(s_times) // 2], 2),
                              "raw_ms": round(sorted(r_times)[len(r_times) // 2], 2),
                              "count_ms": round(sorted(c_times)[len(c_times) // 2], 2),
                              "matches": n}
    s, r, c, rc = summary(service), summary(baseline), summary(counts), summary(raw_counts)
    slowest = sorted(per_query.items(), key=lambda kv: -kv[1]["service_ms"])[:5]
    search = Figure("search_p95_ms", value=s["p95"], median=s["median"], p95=s["p95"],
                    details={"queries": len(mix), "samples": s["n"], "max": s["max"],
                             "results_match_raw": not mismatches, "mismatches": mismatches,
                             "slowest": dict(slowest), "per_query": per_query})
    ratio = Figure("search_ratio", value=round(s["p95"] / r["p95"], 2),
                   median=round(s["median"] / r["median"], 2), p95=round(s["p95"] / r["p95"], 2),
                   details={"raw_median_ms": r["median"], "raw_p95_ms": r["p95"],
                            "service_median_ms": s["median"], "service_p95_ms": s["p95"]})
    count = Figure("count_p95_ms", value=c["p95"], median=c["median"], p95=c["p95"],
                   details={"raw_median_ms": rc["median"], "raw_p95_ms": rc["p95"],
                            "ratio_p95": round(c["p95"] / rc["p95"], 2) if rc["p95"] else None})
    return {"search_p95_ms": search, "search_ratio": ratio, "count_p95_ms": count}


def _sample_ids(raw: RawConnection, k: int, seed: int) -> list[str]:
    if raw.dialect == "sqlite":
        top = raw.scalar("SELECT max(rowid) FROM articles", [])
        rng = random.Random(seed)
        ids = []
        while len(ids) < k:
            row = raw.rows("SELECT id FROM articles WHERE rowid = ?", [rng.randint(1, top)])
            if row:
                ids.append(row[0][0])
        return ids
    rows = raw.rows("SELECT id FROM articles TABLESAMPLE BERNOULLI (1) REPEATABLE (%s) LIMIT %s", [seed, k])
    return [r[0] for r in rows]


def open_figures(ws, raw: RawConnection, *, seed: int = 1, k: int = 150) -> dict[str, Figure]:
    mark = "?" if raw.dialect == "sqlite" else "%s"
    ids = _sample_ids(raw, k, seed)
    service, baseline = [], []
    for i, article_id in enumerate(ids):
        order = ("s", "r") if i % 2 == 0 else ("r", "s")
        for kind in order:
            t0 = time.perf_counter()
            if kind == "s":
                ws.articles.get(article_id)
                service.append(_ms(t0))
            else:
                raw.rows(f"SELECT * FROM articles WHERE id = {mark}", [article_id])
                raw.rows(f"SELECT tag FROM article_tags WHERE article_id = {mark} ORDER BY position", [article_id])
                baseline.append(_ms(t0))
    s, r = summary(service), summary(baseline)
    return {"open_p95_ms": Figure("open_p95_ms", value=s["p95"], median=s["median"], p95=s["p95"],
                                  details={"samples": s["n"], "max": s["max"], "raw_median_ms": r["median"],
                                           "raw_p95_ms": r["p95"]})}


def _draft(rng: random.Random, ws, seed: int):
    """A realistic Russian draft (from the corpus generator) as the editor would create it."""
    from desk_app.bench import corpus

    chunk = corpus.generate_chunk(seed, 10_000, rng.randrange(10), with_search=False)
    art = next(a for a in chunk if a.row["language"] == "ru")
    data = ws.articles.new_draft("ru")
    data.headline = art.row["headline"]
    data.lede = art.row["lede"]
    data.body = art.row["body"]
    data.byline = art.row["byline"]
    data.dateline_place = art.row["dateline_place"]
    data.tags = list(art.tags)
    return data


def save_figures(ws, raw: RawConnection, dialect: str, *, seed: int = 1, k: int = 30,
                 saves_each: int = 4) -> dict[str, Figure]:
    """Create ``k`` drafts, save each ``saves_each`` times (an edited paragraph), remove them after."""
    mark = "?" if dialect == "sqlite" else "%s"
    rng = random.Random(seed)
    created, creates, service, baseline = [], [], [], []
    try:
        for _ in range(k):
            data = _draft(rng, ws, seed)
            t0 = time.perf_counter()
            result = ws.articles.create(data)
            creates.append(_ms(t0))
            created.append(result.article.id)
        for round_ in range(saves_each):
            for article_id in created:
                data = ws.articles.get(article_id)
                paragraphs = data.body.split("\n\n")
                i = 1 + rng.randrange(len(paragraphs) - 1)
                paragraphs[i] += f" Дополнение {round_}."
                data.body = "\n\n".join(paragraphs)
                t0 = time.perf_counter()
                saved = ws.articles.save(data).article
                service.append(_ms(t0))
                # the raw write: the same row, the same kind of change, one transaction
                body = saved.body + " ."
                now = datetime.now(timezone.utc)
                stamp = _sqlite_time(now) if dialect == "sqlite" else now
                t0 = time.perf_counter()
                raw.write([(f"UPDATE articles SET body = {mark}, updated_at = {mark}, version = version + 1 "
                            f"WHERE id = {mark} AND version = {mark}", [body, stamp, article_id, saved.version])])
                baseline.append(_ms(t0))
    finally:
        if created:
            marks = ", ".join(mark for _ in created)
            raw.write([(f"DELETE FROM articles WHERE id IN ({marks})", created)])
    s, r, c = summary(service), summary(baseline), summary(creates)
    key = "save_p95_ms_sqlite" if dialect == "sqlite" else "save_p95_ms_pg"
    return {
        key: Figure(key, value=s["p95"], median=s["median"], p95=s["p95"],
                    details={"samples": s["n"], "max": s["max"], "create_median_ms": c["median"],
                             "create_p95_ms": c["p95"], "raw_update_median_ms": r["median"],
                             "raw_update_p95_ms": r["p95"]}),
        "save_ratio": Figure("save_ratio", value=round(s["p95"] / r["p95"], 2),
                             median=round(s["median"] / r["median"], 2), p95=round(s["p95"] / r["p95"], 2),
                             details={"raw_median_ms": r["median"], "raw_p95_ms": r["p95"]}),
    }


__all__ = ["Query", "RawConnection", "measure", "queries", "raw_sql"]
