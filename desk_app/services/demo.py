"""Demo articles for a new local workspace (written for the project; see desk_app/demo)."""
from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

from desk_app.domain.article import Status
from desk_app.domain.frontmatter import parse_article

if TYPE_CHECKING:
    from desk_app.services.workspace import Workspace


def demo_files() -> list[tuple[str, str]]:
    folder = resources.files("desk_app.demo")
    return sorted((entry.name, entry.read_text(encoding="utf-8"))
                  for entry in folder.iterdir() if entry.name.endswith(".md"))


def seed_demo_articles(workspace: Workspace) -> list[str]:
    """Create the demo articles (originals first, then translations); returns their ids."""
    parsed = []
    for name, text in demo_files():
        data, extra = parse_article(text)
        parsed.append((name, data, extra))
    parsed.sort(key=lambda item: item[2].get("translation_of") is not None)
    ids: dict[str, str] = {}
    created = []
    for name, data, extra in parsed:
        data.status = str(extra.get("status") or Status.DRAFT.value)
        original_key = extra.get("translation_of")
        if original_key:
            original_id = ids[original_key]
            data.translated_from = original_id
            data.translation_id = original_id
        result = workspace.articles.create(data, apply_notice=True, action="demo",
                                           note=f"Demo article {name}")
        ids[str(extra.get("demo_key") or name)] = result.article.id
        created.append(result.article.id)
    return created
