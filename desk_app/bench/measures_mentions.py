"""Mention figures: checking a 20,000-word article against a registry, and the affected-articles
report after one entity is added to the registry of a generated archive.

``mention_check_ms`` runs in its own temporary workspace: a registry of ``REGISTRY_SIZE``
entities (persons of the corpus lexicon, so the article really mentions many of them, and
organisations) imported in one go, then ``MentionService.check_fields`` on the headline, lede
and a 20,000-word body, as the editor's underline task and every save call it.

``registry_change_s`` runs on the corpus: an admin adds one person the archive mentions often
(on a second run, changes an alias of it), then ``MentionService.affected`` lists the stored
articles that now need a label; the search index names the candidates.
"""
from __future__ import annotations

import csv
import random
import tempfile
import time
from pathlib import Path

from desk_app.bench.figures import Figure, summary

REGISTRY_SIZE = 1000
CHECKS = 15
CHANGES = 3
TYPICAL_RANK = 300
SAMPLE = 200       # settled articles read and checked afterwards, outside the timing


class Timer:
    """Collects the durations of calls, in ms."""

    def __init__(self) -> None:
        self.samples: list[float] = []

    def time(self, fn, *args):
        t0 = time.perf_counter()
        result = fn(*args)
        self.samples.append((time.perf_counter() - t0) * 1000)
        return result


def _registry_csv(path: Path, seed: int) -> list[str]:
    """A registry of corpus persons and a few organisations; returns the persons' names."""
    from desk_app.bench import corpus

    lex = corpus.lexicon(seed)
    rng = random.Random(f"registry-{seed}")
    people = list(dict.fromkeys(p.nom for p in lex.people.items))
    chosen = people[:REGISTRY_SIZE - 20]
    with open(path, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["name", "kind", "included_on"])
        for name in chosen:
            first, surname = name.split(" ", 1)
            out.writerow([f"{surname} {first}", "foreign_agent_person", "2022-01-01"])
        for n in range(20):
            word = rng.choice(("Правозащитный центр", "Фонд", "Союз", "Общество"))
            out.writerow([f"{word} «Бенч-{n}»", rng.choice(("undesirable", "foreign_agent_organisation")),
                          "2022-01-01"])
    return chosen


def check_figure(seed: int) -> Figure:
    from desk_app.bench.measures_ui import EDITOR_WORDS, _long_body
    from desk_app.services.workspace import Workspace

    with tempfile.TemporaryDirectory(prefix="desk-bench-mentions-") as tmp:
        csv_path = Path(tmp) / "registry.csv"
        _registry_csv(csv_path, seed)
        with Workspace.open(f"sqlite:///{Path(tmp) / 'mentions.sqlite3'}", user="bench") as ws:
            t0 = time.perf_counter()
            ws.registry.import_file(csv_path)
            import_s = time.perf_counter() - t0
            body, words = _long_body(EDITOR_WORDS)
            fields = [("headline", "Хроника: двадцать тысяч слов"), ("lede", "Длинный текст."), ("body", body)]
            t0 = time.perf_counter()
            first = ws.mentions.check_fields(fields)      # builds the matcher once per registry version
            build_ms = (time.perf_counter() - t0) * 1000
            timer = Timer()
            for _ in range(CHECKS):
                found = timer.time(ws.mentions.check_fields, fields)
            assert len(found) == len(first)
    s = summary(timer.samples)
    return Figure("mention_check_ms", value=s["p95"], median=s["median"], p95=s["p95"], details={
        "words": words, "registry_entities": REGISTRY_SIZE, "mentions_found": len(first),
        "unlabelled": sum(m.unlabelled for m in first), "checks": s["n"],
        "first_check_ms_with_matcher_build": round(build_ms, 1), "registry_import_s": round(import_s, 1),
        "note": "MentionService.check_fields on headline, lede and body, registry cached"})


def change_figure(ws, seed: int) -> Figure:
    """On the corpus workspace ``ws``: add (or change) one entity, then list the affected articles."""
    from dataclasses import replace

    from desk_app.bench import corpus
    from desk_app.domain.mentions.entities import Entity, EntityKind
    from desk_app.domain.workflow import Role

    people = corpus.lexicon(seed).people.items
    ws.ensure_user("bench_admin", Role.ADMIN)
    admin = ws.as_user("bench_admin")

    last: dict[str, list] = {}

    def change_and_report(person) -> tuple[float, float, float, int, str]:
        """(total s, change s, report s, affected articles, name) for one add or alias change."""
        first, surname = person.nom.split(" ", 1)
        name = f"{surname} {first}"
        t0 = time.perf_counter()
        existing = next((e for e in admin.registry.entities() if e.name == name), None)
        if existing is None:
            entity = admin.registry.add(Entity(name, EntityKind.FOREIGN_AGENT_PERSON, aliases_en=(person.en,)))
        else:
            alias = () if existing.aliases_ru else (person.nom,)
            entity = admin.registry.update(replace(existing, aliases_ru=alias))
        t1 = time.perf_counter()
        affected = admin.mentions.affected([entity.id])
        t2 = time.perf_counter()
        last["items"], last["ids"] = affected, [entity.id]
        return t2 - t0, t1 - t0, t2 - t1, len(affected), name

    # the archive's most frequent person (in about a quarter of all articles): the worst case
    rounds = [change_and_report(people[0]) for _ in range(CHANGES)]
    totals = [r[0] for r in rounds]
    s = summary(totals, digits=3)
    items = last["items"]
    settled = [a for a in items if not a.checked]
    # how often the index and the facts settle an article the full check would not list
    sample = random.Random(seed).sample(settled, min(SAMPLE, len(settled)))
    t0 = time.perf_counter()
    confirmed = admin.mentions.recheck(sample, last["ids"])
    recheck_ms = (time.perf_counter() - t0) * 1000 / max(1, len(sample))
    unknown = admin.mentions.unknown_facts()
    typical = change_and_report(people[TYPICAL_RANK])
    return Figure("registry_change_s", value=s["p95"], median=s["median"], p95=s["p95"], details={
        "entity": rounds[0][4], "affected_articles": rounds[0][3], "changes": s["n"],
        "change_s": round(sorted(r[1] for r in rounds)[len(rounds) // 2], 3),
        "report_s": round(sorted(r[2] for r in rounds)[len(rounds) // 2], 3),
        "settled_by_index_and_facts": len(settled), "read_and_checked": len(items) - len(settled),
        "settled_sample_rechecked": len(sample), "settled_sample_confirmed": len(confirmed),
        "recheck_ms_per_article": round(recheck_ms, 2), "articles_without_current_facts": unknown,
        "typical_entity": {"rank": TYPICAL_RANK, "name": typical[4], "affected_articles": typical[3],
                           "total_s": round(typical[0], 3)},
        "note": "the most frequent person of the archive: RegistryService add/update + "
                "MentionService.affected (phrase candidates from the search index; those whose label "
                "facts show no label phrase of the list outside the notice are listed unread, the "
                "rest read and checked); typical_entity: a person of rank "
                f"{TYPICAL_RANK} in the archive's Zipf-weighted list of 6,000"})
