"""Incremental preview rendering gives exactly the whole render, and re-renders only what changed."""
from __future__ import annotations

import threading

from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.domain.markdown_blocks import IncrementalMarkdown, split_groups
from desk_app.domain.rendering import render_markdown

WORDS = st.sampled_from([
    "Кизляр", "суд", "**приговор**", "*тихо*", "`код`", "[ссылка](https://example.org)", "court",
    "a&b", "1.", "-", ">", "#", "*", "|", "---", "===", "\\*", "  ", "&amp;", "x_y_z",
    "![фото](/tmp/x.png)", "![remote](http://example.org/a.png)",
])
LINE = st.lists(WORDS, min_size=1, max_size=6).map(" ".join)
INDENT = st.sampled_from(["", "", "", " ", "  ", "   ", "    ", "\t", "        "])
BLANK = st.sampled_from(["", "", " ", "\t", "   "])


@st.composite
def blocks(draw) -> str:
    """One Markdown block, including the kinds that continue the block before them."""
    kind = draw(st.sampled_from(
        ["para", "para", "heading", "setext", "list", "olist", "quote", "code", "table", "rule", "lazy"]))
    lines = draw(st.lists(LINE, min_size=1, max_size=3))
    if kind == "heading":
        return "#" * draw(st.integers(1, 6)) + " " + lines[0]
    if kind == "setext":
        return lines[0] + "\n" + draw(st.sampled_from(["===", "---", "-"]))
    if kind == "list":
        marker = draw(st.sampled_from(["-", "*", "+"]))
        return "\n".join(f"{draw(INDENT)}{marker} {line}" for line in lines)
    if kind == "olist":
        return "\n".join(f"{draw(INDENT)}{n}. {line}" for n, line in enumerate(lines, 1))
    if kind == "quote":
        return "\n".join(f"{draw(INDENT)[:3]}> {line}" for line in lines)
    if kind == "code":
        return "\n".join(f"    {line}" for line in lines)
    if kind == "table":
        return "| a | b |\n|---|---|\n" + "\n".join(f"| {line} | x |" for line in lines)
    if kind == "rule":
        return draw(st.sampled_from(["***", "* * *", "---", "___", "- - -"]))
    if kind == "lazy":
        return "\n".join(draw(INDENT) + line for line in lines)
    return "\n".join(lines)


@st.composite
def documents(draw) -> str:
    parts = draw(st.lists(blocks(), min_size=1, max_size=25))
    out = []
    for part in parts:
        out.append(part)
        out.append("\n".join(draw(BLANK) for _ in range(draw(st.integers(1, 3)))))
    text = "\n".join(out)
    return text.replace("\n", "\r\n") if draw(st.booleans()) else text


@settings(max_examples=400)
@given(documents())
def test_the_incremental_render_is_the_whole_render(text):
    whole = render_markdown(text)
    assert IncrementalMarkdown(render_markdown, mean_blocks=1)(text) == whole  # every safe cut taken
    assert IncrementalMarkdown(render_markdown)(text) == whole


@settings(max_examples=200)
@given(documents(), documents(), st.data())
def test_an_edit_renders_like_a_fresh_whole_render(first, second, data):
    renderer = IncrementalMarkdown(render_markdown, mean_blocks=data.draw(st.sampled_from([1, 2, 16])))
    renderer(first)
    cut = data.draw(st.integers(0, len(first)))
    edited = first[:cut] + second + first[cut:]
    assert renderer(edited) == render_markdown(edited)
    assert renderer(first) == render_markdown(first)


def _long_body(paragraphs: int = 400) -> str:
    return "\n\n".join(
        f"Абзац {n}: жители села сообщили корреспонденту о перебоях с водой и газом, **сказал** глава."
        if n % 7 else f"## Часть {n}\n\n- пункт {n}\n- ещё один\n\n> цитата {n}"
        for n in range(paragraphs))


def test_typing_in_one_paragraph_re_renders_a_few_groups_only():
    body = _long_body()
    renderer = IncrementalMarkdown(render_markdown)
    renderer(body)
    groups = split_groups(body)
    assert groups is not None and len(groups) > 10
    edited = body.replace("Абзац 200:", "Абзац 200 (дополнено):")
    assert renderer(edited) == render_markdown(edited)
    assert 1 <= renderer.rendered_groups <= 2
    assert renderer(edited) == render_markdown(edited)
    assert renderer.rendered_groups == 0


def test_a_pasted_paragraph_in_the_middle_does_not_re_render_the_rest():
    body = _long_body()
    renderer = IncrementalMarkdown(render_markdown)
    renderer(body)
    at = body.index("Абзац 150:")
    edited = body[:at] + "Новый абзац из буфера обмена.\n\n" + body[at:]
    assert renderer(edited) == render_markdown(edited)
    assert renderer.rendered_groups <= 2


def test_groups_never_start_inside_a_list_a_quote_or_code():
    body = "Абзац.\n\n- один\n\n- два\n\n> цитата\n\n> ещё\n\n    код\n\n    ещё код\n\nКонец."
    for group in split_groups(body * 40, mean_blocks=1):
        first = group.lstrip("\n")
        assert not first.startswith(("-", ">", " ")), group


def test_document_wide_constructs_are_rendered_whole():
    renderer = IncrementalMarkdown(render_markdown)
    for text in (
        "[ссылка][1]\n\n" + _long_body(50) + "\n\n[1]: https://example.org",
        "```\nкод\n\nс пустой строкой\n```\n\n" + _long_body(50),
        "<div>\n\n" + _long_body(50) + "\n\n</div>",
        "текст <!--\n\nскрыто\n\n--> текст\n\n" + _long_body(50),
        "      \n\nКизляр\n",   # an indented line of spaces: python-markdown makes it an empty code block
    ):
        assert split_groups(text) is None
        assert renderer(text) == render_markdown(text)
        assert renderer.rendered_groups == 1


def test_empty_and_blank_bodies():
    renderer = IncrementalMarkdown(render_markdown)
    for text in ("", "\n\n", " \t \n", "\r\n\r\n"):
        assert renderer(text) == render_markdown(text) == ""


def test_concurrent_refreshes_each_get_their_own_text():
    renderer = IncrementalMarkdown(render_markdown)
    texts = [_long_body(120).replace("Абзац 60:", f"Абзац 60 ({n}):") for n in range(6)]
    results: dict[int, str] = {}

    def work(n: int) -> None:
        results[n] = renderer(texts[n])

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(results[n] == render_markdown(texts[n]) for n in range(6))
