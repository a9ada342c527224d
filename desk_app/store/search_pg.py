"""PostgreSQL's lexeme dictionary: the word being typed becomes the OR of the lexemes it starts.

Design notes: docs/architecture.md, “desk_app.store.search_pg”.
"""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from desk_app.store.pg_roles import GROUPS

EXPAND_LIMIT = 64
NO_LEXEME = "\x01"  # the parser never makes a lexeme of a control character
CONFIGS = ("russian", "english", "simple")  # as the service's typed-word query stems it

LEXEMES_TABLE = 'CREATE TABLE search_lexemes (lexeme TEXT COLLATE "C" PRIMARY KEY)'
# Both functions run as their owner (the table's): people need no privileges on the table, and
# only those who may read every article can read it. The lexemes of an article someone may not
# read are not theirs to learn, so for them the word being typed stays a prefix.
# The new lexemes are added in order, so that two saves adding the same ones wait for each other
# instead of deadlocking.
ADD_LEXEMES_FUNCTION = """
CREATE OR REPLACE FUNCTION public.desk_add_search_lexemes() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    -- a save changes a paragraph: only the lexemes the old text did not have can be new
    INSERT INTO public.search_lexemes (lexeme)
    SELECT l FROM (
        SELECT unnest(tsvector_to_array(NEW.search_vector)) AS l
        EXCEPT
        SELECT unnest(tsvector_to_array(OLD.search_vector)) WHERE TG_OP = 'UPDATE'
    ) AS added
    WHERE NOT EXISTS (SELECT 1 FROM public.search_lexemes s WHERE s.lexeme = added.l)
    ORDER BY l
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$
"""
ADD_LEXEMES_PROBE = "    WHERE NOT EXISTS (SELECT 1 FROM public.search_lexemes s WHERE s.lexeme = added.l)\n"
ADD_LEXEMES_FUNCTION_0015 = ADD_LEXEMES_FUNCTION.replace(ADD_LEXEMES_PROBE, "", 1)
"""``desk_add_search_lexemes`` from migration 0015 on: without the ``NOT EXISTS`` probe, which
PL/pgSQL planned as a hash anti join over a sequential scan of the whole dictionary on every
article write (0.3 ms at 2,000 lexemes, growing with it); ``ON CONFLICT DO NOTHING`` already
skips a lexeme the dictionary holds, with one look-up in its primary key and nothing written."""
assert ADD_LEXEMES_FUNCTION_0015 != ADD_LEXEMES_FUNCTION
ADD_LEXEMES_TRIGGER = (
    "CREATE TRIGGER trg_articles_search_lexemes AFTER INSERT OR UPDATE OF headline, lede, body "
    "ON articles FOR EACH ROW EXECUTE FUNCTION desk_add_search_lexemes()"
)
FILL_LEXEMES = (
    "INSERT INTO search_lexemes (lexeme) SELECT word FROM ts_stat('SELECT search_vector FROM articles') "
    "ON CONFLICT DO NOTHING"
)
# ``desk db provision``'s groups: who reads every article (a server without them has no such limits)
READS_EVERYTHING = f"""
CASE WHEN NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = '{GROUPS["editor"]}') THEN true
     WHEN (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user) THEN true
     WHEN pg_has_role(session_user, '{GROUPS["editor"]}', 'member') THEN true
     WHEN NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = '{GROUPS["admin"]}') THEN false
     WHEN pg_has_role(session_user, '{GROUPS["admin"]}', 'member') THEN true
     ELSE false END
"""
# PL/pgSQL, whose plans are kept for the session (an SQL function's are made again at every call)
EXPAND_FUNCTION = f"""
CREATE OR REPLACE FUNCTION public.desk_search_expand(word text, configs regconfig[], cap integer)
RETURNS TABLE (most integer, stem text, covered text[])
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
#variable_conflict use_column
DECLARE
    allowed boolean := {READS_EVERYTHING.strip()};
BEGIN
    RETURN QUERY
    WITH per_config AS (
        SELECT tsvector_to_array(to_tsvector(cfg, word)) AS lexemes FROM unnest(configs) AS cfg
    ), stems AS (
        SELECT DISTINCT unnest(lexemes) AS s FROM per_config
    )
    SELECT (SELECT max(cardinality(lexemes)) FROM per_config), stems.s,
           CASE WHEN allowed THEN ARRAY(
               SELECT l.lexeme::text FROM public.search_lexemes l
               WHERE l.lexeme >= stems.s COLLATE "C" AND l.lexeme < (stems.s || chr(1114111)) COLLATE "C"
               ORDER BY l.lexeme LIMIT cap) END
    FROM stems;
END
$$
"""
# -- tags in the search vector (migration 0008) -----------------------------------------------------
TAG_MARK = "#"  # the parser never makes a lexeme that starts with it
_CONFIG = "CASE WHEN language = 'ru' THEN 'russian'::regconfig ELSE 'english'::regconfig END"
SEARCH_VECTOR_BEFORE_0008 = (
    f"setweight(to_tsvector({_CONFIG}, coalesce(headline, '')), 'A') || "
    f"setweight(to_tsvector({_CONFIG}, coalesce(lede, '')), 'B') || "
    f"to_tsvector({_CONFIG}, coalesce(body, ''))"
)
SEARCH_VECTOR = SEARCH_VECTOR_BEFORE_0008 + " || array_to_tsvector(search_tags)"
# At commit, once the tags are all written; an unchanged set (the app's reorderings) writes nothing.
SYNC_TAGS_FUNCTION = f"""
CREATE OR REPLACE FUNCTION public.desk_sync_search_tags() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    target text;
    wanted text[];
BEGIN
    FOREACH target IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.article_id END,
                                  CASE WHEN TG_OP <> 'DELETE' THEN NEW.article_id END] LOOP
        CONTINUE WHEN target IS NULL;
        SELECT coalesce(array_agg('{TAG_MARK}' || tag ORDER BY tag), '{{}}') INTO wanted
          FROM public.article_tags WHERE article_id = target;
        UPDATE public.articles SET search_tags = wanted WHERE id = target AND search_tags IS DISTINCT FROM wanted;
    END LOOP;
    RETURN NULL;
END
$$
"""
SYNC_TAGS_TRIGGER = (
    "CREATE CONSTRAINT TRIGGER trg_article_tags_search AFTER INSERT OR UPDATE OR DELETE ON article_tags "
    "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION desk_sync_search_tags()"
)


def tag_query(tag: str) -> str:
    """The tsquery (text) for articles tagged ``tag``: its lexeme in the search vector."""
    return quoted(TAG_MARK + tag)


FUNCTIONS = ("desk_add_search_lexemes()", "desk_search_expand(text, regconfig[], integer)")
_EXPAND = text("SELECT most, stem, covered FROM desk_search_expand(:word, CAST(:configs AS regconfig[]), :cap)")


def typed_query(session: Session, word: str) -> str | None:
    """``word`` as it is being typed, a tsquery (text) of the lexemes it starts; None to keep the prefix.

    Each language's stem of ``word`` (and ``word`` as typed) is a prefix;
    each becomes the OR of the dictionary's lexemes it starts, or stays a
    prefix when it starts more than ``EXPAND_LIMIT``; when no lexeme starts
    with any of them, the query is one that matches nothing. None when a
    configuration splits ``word`` into several lexemes (their prefixes
    would be ANDed: the caller's prefix query says that already).
    """
    rows = session.execute(_EXPAND, {"word": word, "configs": list(CONFIGS), "cap": EXPAND_LIMIT + 1}).all()
    if not rows or (rows[0].most or 0) > 1:
        return None
    terms: set[str] = set()
    for row in rows:
        if row.covered is None:
            return None  # not someone who may read every article
        if len(row.covered) > EXPAND_LIMIT:
            terms.add(quoted(row.stem) + ":*")
        else:  # a stem no lexeme starts with matches nothing, and adds nothing
            terms.update(quoted(lexeme) for lexeme in row.covered if lexeme.startswith(row.stem))
    if not terms:
        return quoted(NO_LEXEME)  # the word matches nothing: a lexeme no text has
    return " | ".join(sorted(terms))


def quoted(lexeme: str) -> str:
    """A lexeme as a tsquery operand: quoted, with quotes and backslashes escaped."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"
