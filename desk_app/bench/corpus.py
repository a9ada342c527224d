"""A deterministic archive of Russian originals and English translations (the articles only).

``generate_chunk(seed, size, index)`` returns the articles of one chunk; the
same seed always gives the same archive, whatever the order chunks are made
in, so chunks can be generated in worker processes. Each chunk covers a
slice of the twenty years, so rows come in roughly the order a real archive
received them.

Every body begins with the canonical notice paragraph; ~30 % of Russian
originals have an English translation (``translated_from``/``translation_id``
as the service writes them); states are spread like an archive's (mostly
published, the recent weeks still in the workflow); each article has the
revision the service would have recorded; the SQLite search text is built
with :func:`desk_app.domain.stemming.stemmed_text`, exactly as
:func:`desk_app.store.search.reindex` builds it. Writing the archive into a
database, and caching it, is :mod:`desk_app.bench.load`.
"""
from __future__ import annotations

import bisect
import json
import math
import random
import re
import uuid
from dataclasses import dataclass, fields
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from desk_app.bench import vocabulary as V
from desk_app.domain.article import ArticleData, count_words
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.domain.slug import slugify, transliterate
from desk_app.domain.stemming import stemmed_text

GENERATOR_VERSION = 1   # bump when the generated content changes (the schema head is in the key too)
DEFAULT_SEED = 20261127
CHUNK = 1000
NOTICE_PARAGRAPH = DEMO_NOTICE_TEXT + "\n\n"
START = datetime(2006, 12, 1, tzinfo=timezone.utc)
END = datetime(2026, 11, 20, tzinfo=timezone.utc)
BENCH_EDITOR = "bench_editor"
SOURCE_RU = "Корреспондент «Кавказского узла»"
SOURCE_EN = "Caucasian Knot correspondent"

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
    return GeneratedArticle(row=row, tags=tags, revision=revision)


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
    return out


def bench_users(seed: int) -> list[BenchUser]:
    return list(lexicon(seed).users)


