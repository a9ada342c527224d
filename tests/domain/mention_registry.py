"""The registries of the mention gold sets (tests/data/mentions/), as a matcher sees them."""
from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

from desk_app.domain.mentions.entities import Entity
from desk_app.domain.mentions.forms import generate
from desk_app.domain.mentions.importing import entities_from_rows

DATA = Path(__file__).resolve().parents[1] / "data" / "mentions"


def registry_entities(directory: Path = DATA) -> list[Entity]:
    """``directory``/registry.csv, numbered from 1, with every form generated."""
    with open(directory / "registry.csv", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    entities = entities_from_rows(rows[0], enumerate(rows[1:], 2), "registry.csv")
    return [replace(e, id=i).with_forms(generate(e)) for i, e in enumerate(entities, 1)]
