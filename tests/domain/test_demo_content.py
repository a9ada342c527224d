"""The demo articles shipped as package data in desk_app/demo/*.md."""
from __future__ import annotations

import re
from datetime import datetime
from importlib import resources
from zoneinfo import ZoneInfo

import pytest
import yaml

from desk_app.domain.article import ArticleData, validate
from desk_app.domain.workflow import missing_for_publish

REQUIRED = {"demo_key", "status", "language", "headline", "lede", "byline", "source",
            "dateline", "tags"}
OPTIONAL = {"published_at", "photo", "photo_caption", "photo_credit", "photo_source",
            "ednote", "translation_of"}
STATES = {"draft", "submitted", "approved", "published", "returned"}
ORIGIN = re.compile(
    r"^This article was originally published on the Russian page of 24/7 Internet agency "
    r"‘Caucasian Knot’ on (?P<when>[A-Z][a-z]+ \d{1,2}, \d{4} at \d{2}:\d{2} [ap]m) MSK\.?$"
)
FRONT_MATTER = re.compile(r"\A---\n(?P<meta>.*?)\n---\n(?P<body>.*)\Z", re.S)


def load_all() -> dict[str, tuple[dict, str]]:
    out: dict[str, tuple[dict, str]] = {}
    for entry in resources.files("desk_app.demo").iterdir():
        if not entry.name.endswith(".md"):
            continue
        text = entry.read_text(encoding="utf-8")
        match = FRONT_MATTER.match(text)
        assert match, f"{entry.name}: no front matter between --- lines"
        meta = yaml.safe_load(match["meta"])
        assert isinstance(meta, dict), entry.name
        out[entry.name] = (meta, match["body"])
    return out


DEMOS = load_all()
BY_KEY = {meta["demo_key"]: (meta, body) for meta, body in DEMOS.values()}


def paragraphs(body: str) -> list[str]:
    return [block.strip() for block in re.split(r"\n\s*\n", body) if block.strip()]


def as_datetime(value) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def test_a_handful_of_demos():
    assert 6 <= len(DEMOS) <= 8
    assert len(BY_KEY) == len(DEMOS), "demo_key values must be unique"


@pytest.mark.parametrize("name", sorted(DEMOS))
def test_front_matter(name):
    meta, _body = DEMOS[name]
    assert REQUIRED <= meta.keys(), f"missing {REQUIRED - meta.keys()}"
    assert meta.keys() <= REQUIRED | OPTIONAL, f"unknown {meta.keys() - REQUIRED - OPTIONAL}"
    assert name == f"{meta['demo_key']}.md"
    assert meta["language"] in {"ru", "en"}
    assert meta["status"] in STATES
    assert isinstance(meta["tags"], list) and meta["tags"]
    assert all(isinstance(t, str) and t.strip() for t in meta["tags"])
    for key in REQUIRED - {"tags"} | (OPTIONAL & meta.keys()) - {"published_at"}:
        assert isinstance(meta[key], str), f"{key} should be text"
    assert not meta.get("photo"), "demo photos are left empty"
    assert meta["headline"].strip()
    if meta["status"] != "draft":
        for key in ("lede", "byline", "source", "dateline"):
            assert meta[key].strip(), f"{key} is empty in a {meta['status']} article"
    if meta["status"] == "published":
        when = as_datetime(meta["published_at"])
        assert when.utcoffset() is not None, "published_at needs an offset"
    else:
        assert "published_at" not in meta


@pytest.mark.parametrize("name", sorted(DEMOS))
def test_body(name):
    meta, body = DEMOS[name]
    blocks = paragraphs(body)
    original = blocks[1:] if "translation_of" in meta else blocks
    assert 4 <= len(original) <= 8
    assert re.search(r"[«“\"]", body), "a quote"
    assert re.search(r"\d", body), "a number or date"
    assert any(b.startswith("## ") or b.startswith("- ") for b in blocks), "a list or subheading"
    lowered = body.lower()
    for word in ("иноагент", "иностранн", "foreign agent", "foreign-agent"):
        assert word not in lowered, "the app adds the notice itself"


@pytest.mark.parametrize("name", sorted(DEMOS))
def test_fits_the_article_rules(name):
    meta, body = DEMOS[name]
    article = ArticleData(
        language=meta["language"], headline=meta["headline"], lede=meta["lede"],
        body=body, byline=meta["byline"], source=meta["source"],
        dateline_place=meta["dateline"], tags=meta["tags"], status=meta["status"],
        published_at=as_datetime(meta["published_at"]) if "published_at" in meta else None,
        photo_caption=meta.get("photo_caption") or "", photo_credit=meta.get("photo_credit") or "",
        photo_source=meta.get("photo_source") or "", ednote=meta.get("ednote") or "",
        translated_from="original" if "translation_of" in meta else None,
    )
    assert validate(article) == []
    if meta["status"] in ("submitted", "approved", "published"):
        assert missing_for_publish(article) == []


def test_states_on_show():
    states = [meta["status"] for meta, _ in DEMOS.values()]
    assert set(states) == STATES
    returned = [meta for meta, _ in DEMOS.values() if meta["status"] == "returned"]
    assert returned and all(meta.get("ednote", "").strip() for meta in returned)
    assert sum(1 for meta, _ in DEMOS.values() if meta["language"] == "ru") >= 5


def test_exactly_one_translation_of_a_published_original():
    translations = [(meta, body) for meta, body in DEMOS.values() if meta["language"] == "en"]
    assert len(translations) == 1
    meta, body = translations[0]
    assert all(("translation_of" in m) == (m["language"] == "en") for m, _ in DEMOS.values())
    original, original_body = BY_KEY[meta["translation_of"]]
    assert original["language"] == "ru"
    assert original["status"] == "published"

    first, *rest = paragraphs(body)
    match = ORIGIN.match(first)
    assert match, f"first paragraph is not the origin line: {first!r}"
    moscow = as_datetime(original["published_at"]).astimezone(ZoneInfo("Europe/Moscow"))
    hour = moscow.strftime("%I")
    expected = (f"{moscow.strftime('%B')} {moscow.day}, {moscow.year} at "
                f"{hour}:{moscow.strftime('%M')} {'am' if moscow.hour < 12 else 'pm'}")
    assert match["when"] == expected

    # paragraph by paragraph: the same blocks, lists and headings in the same places
    source_blocks = paragraphs(original_body)
    assert len(rest) == len(source_blocks)
    for translated, source in zip(rest, source_blocks, strict=False):
        assert translated.startswith("## ") == source.startswith("## ")
        assert translated.count("\n- ") == source.count("\n- ")
        assert translated.startswith("- ") == source.startswith("- ")
    if meta["status"] == "published":
        assert as_datetime(meta["published_at"]) > as_datetime(original["published_at"])
