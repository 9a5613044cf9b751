"""Counted kinds listed before "went each way": "70 soldiers and 12 civilians went each way".

Each item of the list has its own number and noun; the verb after the last item moves
every item, each way. Only the last item used to be read, as if the first had no verb.
"""

from __future__ import annotations

from .conftest import read


def _legs(text: str) -> set[tuple[str, str, str, int | None]]:
    return {(s, r, k, c.best) for s, r, k, c in read(text).legs()}


def test_news_every_counted_kind_of_the_list_goes_each_way() -> None:
    # the date fronted, the source after the verb
    legs = _legs(
        "On Tuesday, at a crossing on the Belarusian border, 70 soldiers and 12 civilians "
        "went each way, Ukraine's coordination headquarters said."
    )
    assert {
        ("RUS", "UKR", "prisoners_of_war", 70),
        ("UKR", "RUS", "prisoners_of_war", 70),
        ("RUS", "UKR", "civilians", 12),
        ("UKR", "RUS", "civilians", 12),
    } <= legs


def test_news_a_list_broken_by_its_own_verb_is_not_shared() -> None:
    # near miss: "70 soldiers" has its own verb before "and", so "each way" is not its
    legs = _legs(
        "On Tuesday 70 soldiers were handed over to Ukraine and 12 civilians went each way, "
        "officials said."
    )
    assert ("UKR", "RUS", "prisoners_of_war", 70) not in legs
