"""RowPages: every loaded row's id and key in 24 bytes, full rows only for the recently used pages."""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from desk_app.services.articles import ArticleRow
from desk_app.ui.article_list.row_pages import RowKey, RowPages

T0 = datetime(2026, 11, 27, 12, 0, 0, 123456, tzinfo=timezone.utc)


def row(n: int, *, article_id: str | None = None, minutes: int | None = None) -> ArticleRow:
    return ArticleRow(id=article_id or str(uuid.UUID(int=n + 1)), headline=f"A{n}", language="ru", status="draft",
                      byline="", dateline_place="", updated_at=T0 - timedelta(minutes=n if minutes is None else minutes),
                      published_at=None, time_zone="Europe/Moscow", word_count=n, author_login=None,
                      translated_from=None, translation_id=None, version=1)


def filled(pages: int, per_page: int = 3, capacity: int = 2) -> RowPages:
    store = RowPages(capacity)
    for p in range(pages):
        store.append_page([row(p * per_page + i) for i in range(per_page)])
    return store


def test_only_the_most_recently_used_pages_keep_their_rows():
    store = filled(5)
    assert len(store) == 15 and store.page_count == 5
    assert store.cached_pages == [3, 4] and store.cached_rows() == 6
    assert store.row(0) is None and store.row(14).headline == "A14"
    # ids and keys stay for every row
    assert store.id_at(0) == str(uuid.UUID(int=1))
    assert store.key_at(0) == RowKey(T0, str(uuid.UUID(int=1)))
    assert store.row_of(str(uuid.UUID(int=2))) == 1
    assert store.row_of(str(uuid.UUID(int=999))) is None
    # using a page keeps it; the other one goes when a new page comes
    store.row(10)
    store.append_page([row(15)])
    assert store.cached_pages == [3, 5]


def test_keys_keep_the_microsecond_and_the_key_before_a_page_is_its_neighbours_last_row():
    store = filled(3)
    assert store.key_before(0) is None
    key = store.key_before(2)
    assert key == RowKey(T0 - timedelta(minutes=5), str(uuid.UUID(int=6)))
    assert key.updated_at.tzinfo is not None and key.updated_at.microsecond == 123456
    naive = RowPages()
    naive.append_page([row(0)._replace(updated_at=T0.replace(tzinfo=None))])
    assert naive.key_at(0).updated_at == T0


def test_ids_that_are_not_canonical_uuids_are_kept_as_they_are():
    store = RowPages()
    odd = ["imported-42", str(uuid.UUID(int=7)).upper(), "00000000-0000-0000-0000-000000000000"]
    store.append_page([row(0, article_id=odd[0]), row(1, article_id=odd[1]), row(2)])
    store.append_page([row(3, article_id=odd[2])])
    assert [store.id_at(i) for i in range(4)] == [odd[0], odd[1], str(uuid.UUID(int=3)), odd[2]]
    assert [store.row_of(i) for i in odd] == [0, 1, 3]


def test_a_page_read_again_with_other_rows_moves_the_pages_after_it():
    store = filled(3, capacity=5)
    # page 1 comes back without its first row (saved meanwhile: now at the top) and with page 2's first
    start, delta = store.replace_page(1, [row(4), row(5), row(6), row(7)])
    assert (start, delta) == (3, 1)
    assert len(store) == 10 and store.page_range(2) == (7, 3)
    assert [store.id_at(i) for i in range(3, 10)] == [str(uuid.UUID(int=n + 1)) for n in (4, 5, 6, 7, 6, 7, 8)]
    assert store.key_before(2).id == str(uuid.UUID(int=8))
    start, delta = store.replace_page(0, [])
    assert (start, delta) == (0, -3) and store.page_range(0) == (0, 0) and store.page_range(1) == (0, 4)
    assert store.row(0).headline == "A4"


def test_replacing_a_page_keeps_odd_ids_after_it_in_place():
    store = RowPages(5)
    store.append_page([row(0), row(1)])
    store.append_page([row(2, article_id="odd-2"), row(3)])
    store.replace_page(0, [row(0)])
    assert store.id_at(1) == "odd-2" and store.row_of("odd-2") == 1 and store.row(1).headline == "A2"


def test_set_row_and_forget_pages():
    store = filled(3, capacity=3)
    store.set_row(4, row(4)._replace(headline="New", updated_at=T0))
    assert store.row(4).headline == "New" and store.key_at(4).updated_at == T0
    store.forget_pages(keep=(0,))
    assert store.cached_pages == [0] and store.row(4) is None and store.id_at(4) == str(uuid.UUID(int=5))
    store.clear()
    assert len(store) == 0 and store.page_count == 0 and store.row_of(str(uuid.UUID(int=1))) is None
