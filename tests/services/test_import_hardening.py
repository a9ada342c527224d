"""Hostile files at import and hostile fields at every write: refused fast, one line each, nothing half-done."""
from __future__ import annotations

import time
from datetime import datetime, timezone

import pytest

from desk_app.cli import main
from desk_app.domain.article import ArticleData, normalise_tags
from desk_app.domain.errors import InvalidInput
from desk_app.domain.frontmatter import parse_article
from desk_app.domain.markup_limits import nesting_problem
from desk_app.domain.notice import DEMO_NOTICE_TEXT
from desk_app.domain.rendering import render_markdown

N = DEMO_NOTICE_TEXT


def article_file(front: str, body: str = "Текст.") -> str:
    return f"---\n{front}\n---\n\n{N}\n\n{body}\n"


# -- YAML ------------------------------------------------------------------------------------

ALIAS_BOMB = "\n".join(
    ["a: &a [x, x, x, x, x, x, x, x, x]"]
    + [f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
       f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]" for i in range(8)]
    + ["headline: boom"]
)


@pytest.mark.parametrize("front,message", [
    (ALIAS_BOMB, "alias"),
    ("headline: H\ntags: [" + ", ".join(f"t{i}" for i in range(100_000)) + "]", "limit|values"),
    ("headline: H\ntags:\n" + "\n".join(f"  - t{i}" for i in range(3_000)), "values"),
    ("headline: H\nx: " + "[" * 50 + "]" * 50, "levels"),
    ("headline: H\ntags: [" + ", ".join(f"t{i}" for i in range(31)) + "]", "at most 30 tags"),
])
def test_hostile_front_matter_is_refused_fast(front, message):
    started = time.perf_counter()
    with pytest.raises(InvalidInput, match=message):
        parse_article(article_file(front))
    assert time.perf_counter() - started < 10  # minutes before the limits; generous for a loaded machine


@pytest.mark.parametrize("value", ["yes", "no", "on", "off", "null", "~", "1e3", "0x1F", "2022-01-06", "12:30"])
def test_scalars_are_kept_as_written(value):
    data, _ = parse_article(article_file(f"headline: {value}\nbyline: {value}\ntags: [{value}]"))
    assert (data.headline, data.byline, data.tags) == (value, value, [value])


def test_a_five_thousand_digit_number_is_text():
    data, _ = parse_article(article_file("headline: " + "9" * 5000))
    assert data.headline == "9" * 5000   # the service then refuses it as too long, with a sentence


@pytest.mark.parametrize("value,message", [
    ("2022-13-01T10:00:00+03:00", "not an ISO 8601 time"),
    ("0001-01-01T00:00:00+14:00", "outside the years"),
    ("9999-12-31T23:59:59-14:00", "outside the years"),
    ("2022-01-06T21:33:00", "no UTC offset"),
    ("9" * 5000, "too long"),
])
def test_bad_publication_times_get_a_sentence(value, message):
    with pytest.raises(InvalidInput, match=message):
        parse_article(article_file(f"headline: H\npublished_at: {value}"))


def test_normalising_many_tags_is_linear():
    tags = [f"Тег {i}" for i in range(100_000)] + ["тег 1"]
    started = time.perf_counter()
    assert len(normalise_tags(tags)) == 100_000
    assert time.perf_counter() - started < 10  # quadratic took minutes


# -- every write: dates, direction controls -----------------------------------------------------

@pytest.mark.parametrize("field", ["headline", "lede", "byline", "source", "dateline_place", "photo_caption",
                                   "photo_credit", "slug", "ednote"])
@pytest.mark.parametrize("control", ["\u202e", "\u202a", "\u2066", "\u2069"])
def test_direction_controls_are_refused_in_headline_and_metadata(workspace, field, control):
    with pytest.raises(InvalidInput, match="text-direction"):
        workspace.articles.create(ArticleData(body=N + "\n\nТекст.", **{field: f"Суд {control}ловец"}))


def test_direction_controls_are_refused_in_tags(workspace):
    with pytest.raises(InvalidInput, match="text-direction"):
        workspace.articles.create(ArticleData(headline="Суд", body=N + "\n\nТекст.", tags=["\u202eгеТ"]))


@pytest.mark.parametrize("when", [datetime(9999, 1, 1, tzinfo=timezone.utc), datetime(1, 1, 2, tzinfo=timezone.utc),
                                  datetime(2100, 1, 1, tzinfo=timezone.utc)])
def test_publication_times_are_bounded(workspace, when):
    with pytest.raises(InvalidInput, match="outside the years"):
        workspace.articles.create(ArticleData(headline="Суд", body=N + "\n\nТекст.", published_at=when))


# -- nesting: refused on write, rendered in bounded time when already stored ---------------------

DEEP = {
    "nested list": "\n".join("    " * i + "- x" for i in range(400)),
    "nested quotes": ">" * 200 + " x",
    "open brackets": "[" * 5000 + "x",
    "nested brackets": "[" * 3000 + "x" + "]" * 3000,
    "nested divs": "<div>" * 5000 + "x" + "</div>" * 5000,
}


@pytest.mark.parametrize("kind", sorted(DEEP))
def test_deep_nesting_is_refused_on_write_and_rendered_fast_when_stored(workspace, kind):
    with pytest.raises(InvalidInput, match="nests|open in one paragraph"):
        workspace.articles.create(ArticleData(headline="Суд", body=N + "\n\n" + DEEP[kind]))
    started = time.perf_counter()
    html = render_markdown(DEEP[kind])
    assert time.perf_counter() - started < 10  # tens of seconds before the bounds
    assert "<div>" not in html and "x" in html


def test_ordinary_markdown_is_within_the_bounds():
    body = "\n".join(["> цитата", "", "- пункт", "    - подпункт", "        - ещё", "", "[ссылка](https://x.org) [1]",
                      "<div><p>html</p></div>", "", "    код с отступом"])
    assert nesting_problem(body) is None


# -- import: one line per file, and a summary of what was written ---------------------------------

def test_each_file_gets_its_own_result_and_the_summary_lists_both(tmp_path, capsys, sqlite_url):
    files = {
        "good1.md": article_file("headline: Первая"),
        "month13.md": article_file("headline: H\npublished_at: 2022-13-01T10:00:00+03:00"),
        "digits.md": article_file("headline: " + "9" * 5000),
        "deep.md": article_file("headline: H\nx: " + "[" * 50 + "]" * 50),
        "year1.md": article_file("headline: H\npublished_at: 0001-01-01T00:00:00+14:00"),
        "bomb.md": article_file(ALIAS_BOMB),
        "good2.md": article_file("headline: Вторая"),
    }
    paths = []
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
        paths.append(str(tmp_path / name))
    code = main(["--db", sqlite_url, "import", *paths])
    out, err = capsys.readouterr()
    assert code == 1
    assert "unexpected" not in err.lower() and "Traceback" not in err
    assert sum("imported as" in line for line in out.splitlines()) == 2
    refused = [line for line in err.splitlines() if line.startswith("desk: ") and ".md:" in line]
    assert len(refused) == 5 and all(len(line) < 400 for line in refused)
    summary = err.strip().splitlines()[-1]
    assert "2 of 7 files imported (good1.md, good2.md)" in summary
    assert "5 refused (month13.md, digits.md, deep.md, year1.md, bomb.md)" in summary
