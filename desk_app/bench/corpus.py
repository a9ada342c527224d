"""A deterministic archive of Russian originals and English translations, and its bulk loaders.

``generate_chunk(seed, size, index)`` returns the articles of one chunk; the
same seed always gives the same archive, whatever the order chunks are made
in, so chunks are generated in worker processes while the main process
writes. Each chunk covers a slice of the twenty years, so rows are stored in
roughly the order a real archive received them.

Every body begins with the canonical notice paragraph; ~30 % of Russian
originals have an English translation (``translated_from``/``translation_id``
as the service writes them); states are spread like an archive's (mostly
published, the recent weeks still in the workflow); each article has the
revision the service would have recorded. The SQLite search rows are built
with :func:`desk_app.domain.stemming.stemmed_text`, exactly as
:func:`desk_app.store.search.reindex` builds them.

Loading: SQLite gets executemany in large transactions with the journal and
syncs off for the load only (triggers stay on, so the notice check runs on
every row); PostgreSQL gets ``COPY`` through psycopg, with the secondary
indexes built after the data and the notice compliance checked once over the
table. Both corpora are cached (see :func:`corpus_key`) and reused.
"""
from __future__ import annotations

import bisect
import json
import math
import multiprocessing
import os
import random
import re
import shutil
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path

from desk_app.bench import vocabulary as V
from desk_app.domain.article import ArticleData, count_words
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.domain.slug import slugify, transliterate
from desk_app.domain.stemming import stemmed_text
from desk_app.store.search_sqlite import FILL_TERMS, facets, rebuild_sql

GENERATOR_VERSION = 1   # bump when the generated content changes (the schema head is in the key too)
DEFAULT_SEED = 20261127
CHUNK = 1000
NOTICE_PARAGRAPH = DEMO_NOTICE_TEXT + "\n\n"
START = datetime(2006, 12, 1, tzinfo=timezone.utc)
END = datetime(2026, 11, 20, tzinfo=timezone.utc)
BENCH_EDITOR = "bench_editor"
SOURCE_RU = "Корреспондент «Кавказского узла»"
SOURCE_EN = "Caucasian Knot correspondent"

ARTICLE_COLUMNS = (
    "id", "language", "headline", "slug", "lede", "body", "byline", "source", "dateline_place",
    "time_zone", "photo", "photo_caption", "photo_credit", "photo_source", "ednote", "status",
    "word_count", "author_login", "translated_from", "translation_id", "policy_version",
    "approved_revision", "approved_by", "approved_at", "created_at", "updated_at", "published_at",
    "version",
)
REVISION_COLUMNS = ("article_id", "number", "created_at", "author_login", "action", "from_status",
                    "to_status", "note", "snapshot")
USER_COLUMNS = ("login", "display_name", "role", "active", "created_at")


# ---------------------------------------------------------------------------------------------
# The lexicon: entities with their forms, weighted like news (a few frequent, a long tail)

@dataclass(frozen=True)
class Person:
    female: bool
    nom: str
    gen: str
    acc: str
    surname: str
    en: str
    en_surname: str


@dataclass(frozen=True)
class Village:
    nom: str
    en: str


@dataclass(frozen=True)
class BenchUser:
    login: str
    display_ru: str
    display_en: str
    role: str


class _Weighted:
    """Zipf-weighted choice over a sequence (rank 1 the most frequent)."""

    def __init__(self, items, exponent: float = 1.0):
        self.items = list(items)
        total, cum = 0.0, []
        for rank in range(1, len(self.items) + 1):
            total += 1.0 / rank ** exponent
            cum.append(total)
        self._cum = cum
        self._total = total

    def pick(self, rng: random.Random):
        return self.items[bisect.bisect_left(self._cum, rng.random() * self._total)]

    def index(self, rng: random.Random) -> int:
        return bisect.bisect_left(self._cum, rng.random() * self._total)


def _title_en(text: str) -> str:
    return "-".join(part.capitalize() for part in transliterate(text).split("-"))


def _en_name(text: str) -> str:
    return " ".join(_title_en(w) for w in text.split())


def _first_gen(name: str, female: bool) -> str:
    if name.endswith("ья"):
        return name[:-1] + "и"
    if name.endswith("ия"):
        return name[:-1] + "и"
    if name.endswith("а"):
        return name[:-1] + ("и" if name[-2] in "гкхжшчщ" else "ы")
    if female:
        return name
    if name.endswith(("й", "ь")):
        return name[:-1] + "я"
    return name + "а"


def _first_acc(name: str, female: bool) -> str:
    if not female:
        return _first_gen(name, female)  # animate masculine: accusative = genitive
    if name.endswith("я"):
        return name[:-1] + "ю"
    if name.endswith("а"):
        return name[:-1] + "у"
    return name


def _surname_acc(surname: str, female: bool) -> str:
    if not surname.endswith(("ов", "ев", "ин", "ёв", "ова", "ева", "ина")):
        return surname
    return surname[:-1] + "у" if female else surname + "а"


def _surname_forms(surname: str, female: bool) -> tuple[str, str]:
    if not surname.endswith(("ов", "ев", "ин", "ёв")):
        return surname, surname  # indeclinable (Куадже)
    if female:
        return surname + "а", surname + "ой"
    return surname, surname + "а"


class Lexicon:
    """Everything the templates draw from, built once per seed."""

    def __init__(self, seed: int):
        rng = random.Random(f"lexicon-{seed}")
        towns = list(V.TOWNS)
        self.towns = _Weighted(towns, 1.05)
        self.regions = _Weighted(V.REGIONS, 0.9)
        self.orgs = _Weighted(V.ORGS, 0.8)
        topics = list(V.TOPICS)
        rng.shuffle(topics)
        self.topics = _Weighted(topics, 1.0)
        self.quotes = V.QUOTES
        people = []
        for _ in range(6000):
            female = rng.random() < 0.4
            first = rng.choice(V.FEMALE_NAMES if female else V.MALE_NAMES)
            surname_m = rng.choice(V.SURNAMES)
            surname, surname_gen = _surname_forms(surname_m, female)
            people.append(Person(
                female=female, nom=f"{first} {surname}", gen=f"{_first_gen(first, female)} {surname_gen}",
                acc=f"{_first_acc(first, female)} {_surname_acc(surname, female)}",
                surname=surname, en=f"{_en_name(first)} {_en_name(surname)}", en_surname=_en_name(surname),
            ))
        self.people = _Weighted(people, 0.9)
        villages, seen = [], set()
        while len(villages) < 3000:
            parts = [rng.choice(V.VILLAGE_SYLLABLES) for _ in range(rng.choice((2, 2, 3)))]
            if rng.random() < 0.3:
                cut = 1 if len(parts) == 2 else rng.choice((1, 2))
                name = "".join(parts[:cut]).capitalize() + "-" + "".join(parts[cut:]).capitalize()
            else:
                name = "".join(parts).capitalize()
            prefix = rng.choice(V.VILLAGE_PREFIXES)
            if name in seen:
                continue
            seen.add(name)
            villages.append(Village(prefix + name, V.VILLAGE_PREFIX_EN.get(prefix, "") + _title_en(name)))
        self.villages = _Weighted(villages, 0.7)
        self.users = _users(rng)
        self.correspondents = _Weighted([u for u in self.users if u.role == "correspondent"], 0.8)
        self.translators = _Weighted([u for u in self.users if u.role == "translator"], 0.6)
        self.editors = [u for u in self.users if u.role == "editor"]
        self.sentences = [(_compile(ru), _compile(en)) for ru, en in V.SENTENCES]
        self.quote_sentences = [i for i, (ru, _) in enumerate(V.SENTENCES) if "{Q}" in ru]
        self.plain_sentences = [i for i, (ru, _) in enumerate(V.SENTENCES) if "{Q}" not in ru]
        self.sentence_pick = _Weighted(self.plain_sentences, 0.4)
        self.headlines = [(_compile(ru), _compile(en)) for ru, en in V.HEADLINES]
        tags_ru = ([t[0] for t in V.TOWNS] + [r[0] for r in V.REGIONS] + [d[0] for d in V.DESK_TAGS]
                   + [t[0] for t in topics[:70]])
        tags_en = ([t[3] for t in V.TOWNS] + [r[3] for r in V.REGIONS] + [d[1] for d in V.DESK_TAGS]
                   + [t[3] for t in topics[:70]])
        self.tag_pool = {"ru": tags_ru, "en": tags_en}
        self.topic_tag = {id(t): i for i, t in enumerate(topics[:70])}
        self.desk_tags = _Weighted(range(len(V.DESK_TAGS)), 0.7)


def _users(rng: random.Random) -> list[BenchUser]:
    users, logins = [], set()
    plan = [("correspondent", 40), ("translator", 12), ("editor", 8), ("admin", 2)]
    for role, count in plan:
        made = 0
        while made < count:
            female = rng.random() < 0.45
            first = rng.choice(V.FEMALE_NAMES if female else V.MALE_NAMES)
            surname, _ = _surname_forms(rng.choice(V.SURNAMES), female)
            login = (transliterate(first)[0] + transliterate(surname)).replace("-", "")[:63]
            if login in logins:
                continue
            logins.add(login)
            users.append(BenchUser(login, f"{first} {surname}", f"{_en_name(first)} {_en_name(surname)}", role))
            made += 1
    users.append(BenchUser(BENCH_EDITOR, "Редактор бенчмарка", "Benchmark editor", "editor"))
    return users


@lru_cache(maxsize=4)
def lexicon(seed: int) -> Lexicon:
    return Lexicon(seed)


# ---------------------------------------------------------------------------------------------
# Templates

_SLOT = re.compile(r"\{(\w)(?:\.(\w))?(?::(\w+))?\}|\[([^|\]]*)\|([^\]]*)\]")


def _compile(template: str) -> tuple:
    """A template as literal strings and slot tuples (letter, form, counted-noun key) or (m, f) pairs."""
    parts: list = []
    pos = 0
    for m in _SLOT.finditer(template):
        if m.start() > pos:
            parts.append(template[pos:m.start()])
        if m.group(1):
            parts.append((m.group(1), m.group(2) or "", m.group(3) or ""))
        else:
            parts.append((m.group(4), m.group(5)))
        pos = m.end()
    if pos < len(template):
        parts.append(template[pos:])
    return tuple(parts)


def _plural_ru(n: int, forms: tuple[str, str, str]) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return forms[0]
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return forms[1]
    return forms[2]


def _num_ru(n: int) -> str:
    return f"{n:,}".replace(",", "\u00a0") if n >= 10_000 else str(n)


def _num_en(n: int) -> str:
    return f"{n:,}"


_RANGES = {"год": (1, 25), "мес": (1, 18), "день": (1, 30), "час": (1, 12), "проц": (2, 95),
           "км": (2, 120), "сел": (2, 14), "шк": (3, 40), "маш": (2, 60)}


class _Article:
    """The per-article context: its main town, topic, person, village, and time."""

    __slots__ = ("lex", "rng", "town", "region", "topic", "person", "village", "when", "values")

    def __init__(self, lex: Lexicon, rng: random.Random, when: datetime):
        self.lex, self.rng, self.when = lex, rng, when
        self.town = lex.towns.pick(rng)
        self.region = lex.regions.pick(rng)
        self.topic = lex.topics.pick(rng)
        self.person = lex.people.pick(rng)
        self.village = lex.villages.pick(rng)

    def slots(self) -> dict:
        """Values for one sentence: the article's own entities most of the time."""
        rng, lex = self.rng, self.lex
        r = rng.random
        days_back = int(r() * 40)
        day = self.when - timedelta(days=days_back)
        return {
            "P": self.town if r() < 0.6 else lex.towns.pick(rng),
            "R": self.region if r() < 0.7 else lex.regions.pick(rng),
            "T": self.topic if r() < 0.55 else lex.topics.pick(rng),
            "F": self.person if r() < 0.35 else lex.people.pick(rng),
            "O": lex.orgs.pick(rng),
            "V": self.village if r() < 0.7 else lex.villages.pick(rng),
            "N": r(), "M": r(),
            "D": (day.day, day.month),
            "Y": self.when.year - (0 if r() < 0.7 else int(r() * 6)),
            "Q": rng.randrange(len(lex.quotes)),
            "U": rng.randrange(len(V.UTILITIES)),
        }


def _number(fraction: float, key: str) -> int:
    lo, hi = _RANGES.get(key, (2, 3000))
    if key in _RANGES:
        return lo + int(fraction * (hi - lo + 1))
    return int(math.exp(math.log(lo) + fraction * (math.log(hi) - math.log(lo))))


def render(parts: tuple, slots: dict, lang: str, lex: Lexicon) -> str:
    out: list[str] = []
    person: Person = slots["F"]
    for part in parts:
        if type(part) is str:
            out.append(part)
            continue
        if len(part) == 2:  # gendered ending, Russian
            out.append(part[1] if person.female else part[0])
            continue
        letter, form, key = part
        value = slots[letter]
        if letter == "P" or letter == "R":
            out.append(value[3] if lang == "en" else value[{"": 0, "g": 1, "l": 2}[form]])
        elif letter == "T":
            if lang == "en":
                out.append(value[3])
            elif form == "o":
                loc = value[2]
                out.append(("об " if loc[0] in "аоуэиАОУЭИ" else "о ") + loc)
            elif form == "l":
                out.append(value[2])
            else:
                out.append(value[1] if form == "g" else value[0])
        elif letter == "F":
            if lang == "en":
                out.append(person.en_surname if form == "s" else person.en)
            else:
                out.append(person.surname if form == "s" else person.gen if form == "g"
                           else person.acc if form == "a" else person.nom)
        elif letter == "O":
            out.append(value[2] if lang == "en" else value[1] if form == "g" else value[0])
        elif letter == "V":
            if lang == "en":
                out.append(f"the village of {value.en}")
            else:
                out.append({"": "село ", "g": "села ", "l": "в селе "}[form] + value.nom)
        elif letter in ("N", "M"):
            n = _number(value, key)
            forms = V.COUNTED[key]
            if lang == "en":
                out.append(f"{_num_en(n)} {forms[3] if n == 1 else forms[4]}")
            else:
                out.append(f"{_num_ru(n)} {_plural_ru(n, forms[:3])}")
        elif letter == "D":
            day, month = value
            out.append(f"{V.MONTHS_EN[month - 1]} {day}" if lang == "en" else f"{day} {V.MONTHS_RU[month - 1]}")
        elif letter == "U":
            out.append(V.UTILITIES[value][1 if lang == "en" else 0])
        elif letter == "Y":
            out.append(str(value))
        elif letter == "Q":
            out.append(lex.quotes[value][1 if lang == "en" else 0])
    text = "".join(out)
    return text[0].upper() + text[1:]


# ---------------------------------------------------------------------------------------------
# Articles

@dataclass
class GeneratedArticle:
    """One article as the loaders write it: its row, tags, revision and search text."""

    row: dict
    tags: list[str]
    revision: dict
    fts_headline: str = ""
    fts_text: str = ""
    plan: list = field(default_factory=list, repr=False)

    @property
    def id(self) -> str:
        return self.row["id"]


def _plan_body(ctx: _Article, words_wanted: int) -> list[tuple[str, list]]:
    """Paragraph kinds and their sentences' (template index, slots), until enough words."""
    lex, rng = ctx.lex, ctx.rng
    plan: list[tuple[str, list]] = []
    words = 0
    while words < words_wanted:
        if len(plan) >= 3 and rng.random() < 0.07:
            plan.append(("h", [rng.randrange(len(V.SUBHEADINGS))]))
            words += 3
            continue
        if rng.random() < 0.16:
            sentences = [(rng.choice(lex.quote_sentences), ctx.slots())]
        else:
            sentences = [(lex.sentence_pick.pick(rng), ctx.slots()) for _ in range(1 + int(rng.random() * 3))]
        plan.append(("b" if rng.random() < 0.04 else "p", sentences))
        words += 14 * len(sentences)
    return plan


def _render_body(plan, lang: str, lex: Lexicon) -> str:
    paragraphs = []
    for kind, sentences in plan:
        if kind == "h":
            paragraphs.append("## " + V.SUBHEADINGS[sentences[0]][1 if lang == "en" else 0])
            continue
        rendered = [render(lex.sentences[i][1 if lang == "en" else 0], slots, lang, lex) for i, slots in sentences]
        if kind == "b":
            rendered[0] = f"**{rendered[0]}**"
        paragraphs.append(" ".join(rendered))
    return "\n\n".join(paragraphs)


def _status(rng: random.Random, age_days: float) -> str:
    r = rng.random()
    if age_days > 45:
        return ("published" if r < 0.925 else "spiked" if r < 0.955 else "corrected" if r < 0.985
                else "correction" if r < 0.99 else "draft")
    return ("published" if r < 0.55 else "draft" if r < 0.70 else "submitted" if r < 0.82
            else "approved" if r < 0.88 else "returned" if r < 0.93 else "spiked" if r < 0.97 else "correction")


PUBLISHED_STATES = ("published", "corrected", "correction")
# ArticleData.snapshot()'s keys, in its order (a test checks they stay the same)
_SNAPSHOT_FIELDS = tuple(f.name for f in fields(ArticleData))


def _dt(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _make(lex: Lexicon, rng: random.Random, *, lang: str, when: datetime, ctx: _Article, plan, headline_plan,
          lede_plan, author: BenchUser, status: str, original: dict | None, now: datetime,
          photo: bool) -> GeneratedArticle:
    article_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    en = lang == "en"
    hi, hslots = headline_plan
    headline = render(lex.headlines[hi][1 if en else 0], hslots, lang, lex)
    lede = " ".join(render(lex.sentences[i][1 if en else 0], s, lang, lex) for i, s in lede_plan)
    text = _render_body(plan, lang, lex)
    created = when
    if original is not None:
        created = original["created_at"] + timedelta(hours=1 + rng.random() * 40)
        published_ru = original["published_at"] or original["created_at"]
        msk = published_ru + timedelta(hours=3)
        text = (f"This article was originally published on the Russian page of 24/7 Internet agency "
                f"‘Caucasian Knot’ on {V.MONTHS_EN[msk.month - 1]} {msk.day}, {msk.year} at "
                f"{msk:%I:%M} {'am' if msk.hour < 12 else 'pm'} MSK\n\n" + text)
    created = min(created, now - timedelta(minutes=5))
    published = None
    if status in PUBLISHED_STATES:
        published = created + timedelta(minutes=10 + rng.random() * 360)
        updated = published + (timedelta(days=rng.random() * 30) if rng.random() < 0.1 else timedelta(0))
    else:
        updated = created + timedelta(minutes=rng.random() * 600)
    updated = min(updated, now)
    if published is not None:
        published = min(published, updated)
    town = ctx.town
    pool = lex.tag_pool[lang]
    tags = [pool[len(V.TOWNS) + V.REGIONS.index(ctx.region)], town[3] if en else town[0],
            pool[len(V.TOWNS) + len(V.REGIONS) + lex.desk_tags.index(rng)]]
    topic_tag = lex.topic_tag.get(id(ctx.topic))
    if topic_tag is not None and rng.random() < 0.7:
        tags.append(pool[len(V.TOWNS) + len(V.REGIONS) + len(V.DESK_TAGS) + topic_tag])
    if rng.random() < 0.3:
        tags.append(pool[len(V.TOWNS) + len(V.REGIONS) + lex.desk_tags.index(rng)])
    tags = list(dict.fromkeys(tags))
    editor = lex.editors[rng.randrange(len(lex.editors))]
    body = NOTICE_PARAGRAPH + text
    row = {
        "id": article_id, "language": lang, "headline": headline, "slug": slugify(headline), "lede": lede,
        "body": body, "byline": author.display_en if en else author.display_ru,
        "source": SOURCE_EN if en else SOURCE_RU, "dateline_place": town[3] if en else town[0],
        "time_zone": "Europe/Moscow",
        "photo": f"https://images.example.org/{created:%Y/%m}/{article_id[:8]}.jpg" if photo else "",
        "photo_caption": (f"{town[3]}, {V.MONTHS_EN[created.month - 1]} {created.day}, {created.year}." if en
                          else f"{town[0]}, {created.day} {V.MONTHS_RU[created.month - 1]} {created.year} года."
                          ) if photo else "",
        "photo_credit": ("Photo by the Caucasian Knot correspondent" if en
                         else "Фото корреспондента «Кавказского узла»") if photo else "",
        "photo_source": "", "ednote": "", "status": status,
        "word_count": count_words(text), "author_login": author.login,
        "translated_from": original["id"] if original is not None else None,
        "translation_id": original["translation_id"] if original is not None else article_id,
        "policy_version": 1,
        "approved_revision": 1 if published is not None or status == "approved" else None,
        "approved_by": editor.login if published is not None or status == "approved" else None,
        "approved_at": (published or updated) if published is not None or status == "approved" else None,
        "created_at": created, "updated_at": updated, "published_at": published, "version": 1,
    }
    snapshot = {name: row.get(name) for name in _SNAPSHOT_FIELDS}
    snapshot.update(id=article_id, tags=tags, version=1)
    for name in ("published_at", "created_at", "updated_at"):
        snapshot[name] = _dt(snapshot[name])
    revision = {
        "article_id": article_id, "number": 1, "created_at": created, "author_login": author.login,
        "action": "create", "from_status": None, "to_status": status, "note": "",
        "snapshot": json.dumps(snapshot, ensure_ascii=False),
    }
    return GeneratedArticle(row=row, tags=tags, revision=revision, plan=plan)


def chunk_count(size: int) -> int:
    return max(1, -(-size // CHUNK))


def generate_chunk(seed: int, size: int, index: int, *, with_search: bool = True,
                   now: datetime | None = None) -> list[GeneratedArticle]:
    """The articles of chunk ``index`` (originals before their translations)."""
    lex = lexicon(seed)
    rng = random.Random(f"{seed}-{size}-{index}")
    chunks = chunk_count(size)
    wanted = min(CHUNK, size - index * CHUNK)
    now = now or END
    span = (now - START).total_seconds()
    t0 = START.timestamp() + span * index / chunks
    t1 = START.timestamp() + span * (index + 1) / chunks
    out: list[GeneratedArticle] = []
    while len(out) < wanted:
        when = datetime.fromtimestamp(int(t0 + rng.random() * (t1 - t0)), timezone.utc)
        ctx = _Article(lex, rng, when)
        words_wanted = int(min(500, max(60, rng.lognormvariate(math.log(170), 0.55))))
        plan = _plan_body(ctx, words_wanted)
        headline_plan = (rng.randrange(len(lex.headlines)), ctx.slots())
        lede_plan = [(lex.sentence_pick.pick(rng), ctx.slots()) for _ in range(1 + (rng.random() < 0.4))]
        age = (now - when).total_seconds() / 86400
        status = _status(rng, age)
        english_original = rng.random() < 0.08
        photo = rng.random() < 0.35
        author = lex.correspondents.pick(rng)
        original = _make(lex, rng, lang="en" if english_original else "ru", when=when, ctx=ctx, plan=plan,
                         headline_plan=headline_plan, lede_plan=lede_plan, author=author, status=status,
                         original=None, now=now, photo=photo)
        out.append(original)
        if not english_original and len(out) < wanted and rng.random() < 0.30:
            t_status = status if status in PUBLISHED_STATES or status == "spiked" else (
                "draft" if rng.random() < 0.6 else "submitted")
            translation = _make(lex, rng, lang="en", when=when, ctx=ctx, plan=plan, headline_plan=headline_plan,
                                lede_plan=lede_plan, author=lex.translators.pick(rng), status=t_status,
                                original=original.row, now=now, photo=photo)
            out.append(translation)
    if with_search:
        for art in out:
            art.fts_headline = stemmed_text(art.row["headline"])
            art.fts_text = stemmed_text("\n".join((art.row["lede"], art.row["body"], " ".join(art.tags))))
    for art in out:
        art.plan = []
    return out


def bench_users(seed: int) -> list[BenchUser]:
    return list(lexicon(seed).users)


@dataclass
class ChunkRows:
    """One chunk ready for a loader: SQLite parameter tuples, or PostgreSQL COPY text."""

    count: int
    articles: list | bytes
    tags: list | bytes
    revisions: list | bytes
    fts: list


def chunk_rows(seed: int, size: int, index: int, dialect: str) -> ChunkRows:
    """Chunk ``index`` formatted for ``dialect`` (done in the worker, so the writer only writes)."""
    chunk = generate_chunk(seed, size, index, with_search=dialect == "sqlite")
    if dialect == "sqlite":
        return ChunkRows(
            len(chunk),
            [_article_tuple(a.row, _sqlite_time) for a in chunk],
            [(a.id, tag, i) for a in chunk for i, tag in enumerate(a.tags)],
            [_revision_tuple(a.revision, _sqlite_time) for a in chunk],
            [(_doc_id(a.row), a.id, a.fts_headline, a.fts_text,
              facets(a.row["status"], a.row["language"], a.row["author_login"], a.tags)) for a in chunk],
        )
    return ChunkRows(
        len(chunk),
        "".join(_copy_line(_article_tuple(a.row, _pg_time)) for a in chunk).encode(),
        "".join(_copy_line((a.id, tag, i)) for a in chunk for i, tag in enumerate(a.tags)).encode(),
        "".join(_copy_line(_revision_tuple(a.revision, _pg_time)) for a in chunk).encode(),
        [],
    )


_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def _copy_line(values: tuple) -> str:
    """One line of PostgreSQL's COPY text format."""
    out = []
    for v in values:
        if v is None:
            out.append("\\N")
        elif isinstance(v, str):
            out.append(v.translate(_COPY_ESCAPES))
        else:
            out.append(str(v))
    return "\t".join(out) + "\n"


_EPOCH = datetime(2000, 1, 1, tzinfo=timezone.utc)


def _doc_id(row: dict) -> int:
    """A search document id that sorts like (updated_at, id): microseconds, then the id's first 12 bits.

    The app numbers documents by placing them between neighbours
    (store/search_sqlite.py); a bulk load can compute the same order
    directly. ``build_sqlite`` checks the order and renumbers if two
    articles ever shared a microsecond and an id prefix.
    """
    micros = (row["updated_at"] - _EPOCH) // timedelta(microseconds=1)
    return (micros << 12) | int(row["id"][:3], 16)


def _pg_time(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def iter_chunks(seed: int, size: int, dialect: str, *, workers: int | None = None) -> Iterator[ChunkRows]:
    """All chunks in order, made by ``workers`` processes (0: in this process)."""
    count = chunk_count(size)
    workers = default_workers() if workers is None else workers
    if workers <= 0 or count < 4:
        for i in range(count):
            yield chunk_rows(seed, size, i, dialect)
        return
    ctx = multiprocessing.get_context("spawn" if os.name == "nt" else "fork")
    with ctx.Pool(workers) as pool:
        jobs = [(seed, size, i, dialect) for i in range(count)]
        yield from pool.imap(_chunk_job, jobs, chunksize=1)


def _chunk_job(args) -> ChunkRows:
    return chunk_rows(*args)


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


# ---------------------------------------------------------------------------------------------
# Cache

def bench_dir() -> Path:
    override = os.environ.get("DESK_BENCH_DIR")
    return Path(override) if override else Path.home() / ".cache" / "desk-bench"


def corpus_key(size: int, seed: int, head: str) -> str:
    return f"n{size}-s{seed}-h{head}-g{GENERATOR_VERSION}"


def sqlite_corpus_path(size: int, seed: int, head: str, directory: Path | None = None) -> Path:
    return (directory or bench_dir()) / f"corpus-{corpus_key(size, seed, head)}.sqlite3"


def pg_database_name(size: int, seed: int, head: str) -> str:
    return f"desk_bench_{corpus_key(size, seed, head)}".replace("-", "_").lower()


@dataclass
class LoadReport:
    backend: str
    location: str
    size: int
    seconds: float
    reused: bool
    upgraded: bool = False   # derived from the corpus of an older schema by the migrations


Progress = Callable[[int, int], None]


# ---------------------------------------------------------------------------------------------
# SQLite

def _sqlite_time(value: datetime | None) -> str | None:
    """SQLAlchemy's SQLite storage format for UTCDateTime (naive UTC, microseconds)."""
    if value is None:
        return None
    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")


_TIME_COLUMNS = {"created_at", "updated_at", "published_at", "approved_at"}


def _article_tuple(row: dict, fmt) -> tuple:
    return tuple(fmt(row[c]) if c in _TIME_COLUMNS else row[c] for c in ARTICLE_COLUMNS)


def _revision_tuple(rev: dict, fmt) -> tuple:
    return tuple(fmt(rev[c]) if c == "created_at" else rev[c] for c in REVISION_COLUMNS)


def ensure_sqlite_corpus(size: int, seed: int = DEFAULT_SEED, *, directory: Path | None = None,
                         progress: Progress | None = None, workers: int | None = None) -> LoadReport:
    """The cached SQLite corpus for (size, seed, schema head), generated when missing."""
    from desk_app.store.migrate import head_revision

    head = head_revision()
    path = sqlite_corpus_path(size, seed, head, directory)
    if path.exists():
        return LoadReport("sqlite", str(path), size, 0.0, True)
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    part = path.with_suffix(".part")
    older = _older_sqlite_corpus(size, seed, head, path.parent)
    if older is not None:
        # the same archive under an older schema: upgrade it as `desk db upgrade` would
        remove_cached(part)
        older.rename(part)
        try:
            _migrate(f"sqlite:///{part}")
        except BaseException:
            remove_cached(part)
            raise
        report_upgrade = True
    else:
        build_sqlite(part, size, seed, progress=progress, workers=workers)
        report_upgrade = False
    part.rename(path)
    return LoadReport("sqlite", str(path), size, time.perf_counter() - started, False, upgraded=report_upgrade)


def _older_sqlite_corpus(size: int, seed: int, head: str, directory: Path) -> Path | None:
    from desk_app.store.migrate import _known_revisions

    known = _known_revisions() - {head}
    for candidate in sorted(directory.glob(f"corpus-n{size}-s{seed}-h*-g{GENERATOR_VERSION}.sqlite3")):
        revision = candidate.name.split("-h", 1)[1].split("-g", 1)[0]
        if revision in known:
            return candidate
    return None


def _migrate(url: str) -> None:
    """Bring a corpus to the newest schema with Desk's migrations (no backup copy: it is a cache)."""
    from alembic import command

    from desk_app.store.engine import create_desk_engine
    from desk_app.store.migrate import alembic_config

    engine = create_desk_engine(url)
    config = alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    finally:
        engine.dispose()


def build_sqlite(path: Path, size: int, seed: int, *, progress: Progress | None = None,
                 workers: int | None = None) -> None:
    """Migrate a new SQLite file at ``path`` and bulk-load the corpus into it."""
    for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        extra.unlink(missing_ok=True)
    _migrate(f"sqlite:///{path}")
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -1000000")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        # Secondary indexes are built once after the data (the same SQL the migrations ran).
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name IN ('articles', 'article_tags', 'revisions')").fetchall()
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        users = bench_users(seed)
        created = _sqlite_time(START - timedelta(days=30))
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO users (login, display_name, role, active, created_at) VALUES (?, ?, ?, 1, ?)",
            [(u.login, u.display_ru, u.role, created) for u in users])
        conn.execute("COMMIT")
        art_sql = (f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
                   f"VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))})")
        rev_sql = (f"INSERT INTO revisions ({', '.join(REVISION_COLUMNS)}) "
                   f"VALUES ({', '.join('?' * len(REVISION_COLUMNS))})")
        done, pending = 0, 0
        conn.execute("BEGIN")
        for rows in iter_chunks(seed, size, "sqlite", workers=workers):
            conn.executemany(art_sql, rows.articles)
            conn.executemany("INSERT INTO article_tags (article_id, tag, position) VALUES (?, ?, ?)", rows.tags)
            conn.executemany(rev_sql, rows.revisions)
            conn.executemany("INSERT INTO search_docs (doc_id, article_id) VALUES (?, ?)",
                             [(d, a) for d, a, _, _, _ in rows.fts])
            conn.executemany("INSERT INTO article_fts (rowid, headline, text, facets) VALUES (?, ?, ?, ?)",
                             [(d, h, t, f) for d, _, h, t, f in rows.fts])
            done += rows.count
            pending += rows.count
            if pending >= 50_000:
                conn.execute("COMMIT")
                conn.execute("BEGIN")
                pending = 0
            if progress:
                progress(done, size)
        conn.execute("COMMIT")
        for _, sql in indexes:
            conn.execute(sql)
        conn.execute("BEGIN")
        if search_order_broken(conn):
            for sql in rebuild_sql():  # also fills search_terms
                conn.execute(sql)
        else:
            for sql in FILL_TERMS:
                conn.execute(sql)
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def search_order_broken(conn: sqlite3.Connection) -> bool:
    """Whether any two search documents are numbered against the order of (updated_at, id)."""
    return bool(conn.execute(
        "SELECT count(*) FROM (SELECT d.doc_id, lag(d.doc_id) OVER (ORDER BY a.updated_at, a.id) AS prev "
        "FROM search_docs d JOIN articles a ON a.id = d.article_id) WHERE prev >= doc_id").fetchone()[0])


# ---------------------------------------------------------------------------------------------
# PostgreSQL

def default_pg_admin_url() -> str:
    return os.environ.get("DESK_BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


def _pg_connect(url: str, **kw):
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return psycopg.connect(host=u.host or "127.0.0.1", port=u.port or 5432, user=u.username,
                           password=u.password, dbname=u.database, **kw)


def pg_url_for(admin_url: str, database: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(admin_url).set(database=database).render_as_string(hide_password=False)


_PG_MARKER = "bench.corpus"


def ensure_pg_corpus(size: int, seed: int = DEFAULT_SEED, *, admin_url: str | None = None,
                     progress: Progress | None = None, workers: int | None = None) -> LoadReport:
    """The cached PostgreSQL corpus database, generated when missing or incomplete."""
    from desk_app.store.migrate import head_revision

    admin_url = admin_url or default_pg_admin_url()
    head = head_revision()
    name = pg_database_name(size, seed, head)
    key = corpus_key(size, seed, head)
    with _pg_connect(admin_url, autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
    url = pg_url_for(admin_url, name)
    if exists:
        try:
            with _pg_connect(url) as conn:
                marker = conn.execute("SELECT value FROM workspace_settings WHERE key = %s",
                                      (_PG_MARKER,)).fetchone()
            if marker and marker[0] == key:
                return LoadReport("postgresql", url, size, 0.0, True)
        except Exception:  # noqa: BLE001 - an unfinished corpus is rebuilt
            pass
    started = time.perf_counter()
    older = _older_pg_corpus(admin_url, size, seed, head)
    with _pg_connect(admin_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if older is not None:
            # the same archive under an older schema: upgrade it as `desk db upgrade` would
            admin.execute(f'ALTER DATABASE "{older}" RENAME TO "{name}"')
        else:
            admin.execute(f'CREATE DATABASE "{name}"')
    _migrate(url)
    if older is None:
        build_pg(url, size, seed, progress=progress, workers=workers)
    with _pg_connect(url, autocommit=True) as conn:
        conn.execute("INSERT INTO workspace_settings (key, value) VALUES (%s, %s) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (_PG_MARKER, key))
        if older is not None:
            conn.execute("ANALYZE")
    return LoadReport("postgresql", url, size, time.perf_counter() - started, False, upgraded=older is not None)


def _older_pg_corpus(admin_url: str, size: int, seed: int, head: str) -> str | None:
    from desk_app.store.migrate import _known_revisions

    names = {pg_database_name(size, seed, r): r for r in _known_revisions() - {head}}
    with _pg_connect(admin_url, autocommit=True) as admin:
        found = [r[0] for r in admin.execute("SELECT datname FROM pg_database").fetchall() if r[0] in names]
    for name in found:
        try:
            with _pg_connect(pg_url_for(admin_url, name)) as conn:
                marker = conn.execute("SELECT value FROM workspace_settings WHERE key = %s", (_PG_MARKER,)).fetchone()
            if marker and marker[0] == corpus_key(size, seed, names[name]):
                return name
        except Exception:  # noqa: BLE001 - an unfinished corpus is not used
            continue
    return None


def build_pg(url: str, size: int, seed: int, *, progress: Progress | None = None,
             workers: int | None = None) -> None:
    """COPY the corpus into a migrated, empty PostgreSQL database; then index, check and analyse it."""
    with _pg_connect(url) as conn:
        conn.execute("SET maintenance_work_mem = '1GB'")
        # Triggers (notice check, NOTIFY, foreign keys) are off for the COPY only; the notice
        # compliance they would have checked is verified over the whole table afterwards.
        conn.execute("SET session_replication_role = replica")
        indexes = conn.execute(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = 'public' "
            "AND i.tablename IN ('articles', 'article_tags', 'revisions') AND NOT EXISTS ("
            "SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)").fetchall()
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        users = bench_users(seed)
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO users (login, display_name, role, active, created_at) VALUES (%s, %s, %s, true, %s)",
                [(u.login, u.display_ru, u.role, START - timedelta(days=30)) for u in users])
        conn.commit()
        done = 0
        for rows in iter_chunks(seed, size, "postgresql", workers=workers):
            with conn.cursor() as cur:
                with cur.copy(f"COPY articles ({', '.join(ARTICLE_COLUMNS)}) FROM STDIN") as copy:
                    copy.write(rows.articles)
                with cur.copy("COPY article_tags (article_id, tag, position) FROM STDIN") as copy:
                    copy.write(rows.tags)
                with cur.copy(f"COPY revisions ({', '.join(REVISION_COLUMNS)}) FROM STDIN") as copy:
                    copy.write(rows.revisions)
            done += rows.count
            if done % 50_000 < CHUNK or done == size:
                conn.commit()
            if progress:
                progress(done, size)
        conn.commit()
        for _, sql in indexes:
            conn.execute(sql)
        conn.commit()
        bad = conn.execute(
            "SELECT count(*) FROM articles a, notice_policies p WHERE p.version = 1 "
            "AND left(a.body, length(p.paragraph) + 2) <> p.paragraph || E'\\n\\n'").fetchone()[0]
        if bad:
            raise RuntimeError(f"{bad} generated articles lack the notice; the generator is broken")
    with _pg_connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


def remove_cached(path: Path) -> None:
    for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if extra.is_dir():
            shutil.rmtree(extra)
        else:
            extra.unlink(missing_ok=True)
