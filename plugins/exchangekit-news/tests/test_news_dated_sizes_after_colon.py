"""A colon after a handover opens a list of its dated sizes, "900 on 2 May, 909 on 16 May".

Each item, a bare number and "on" a day up to the sentence's end, sizes one handover of
the people the head names: the object of its verb ("Kyiv took back its dead in three
rounds:") or the noun the head opens on before its participle ("Bodies returned to
Ukraine:"). A head that counts people itself, a number of rounds that is not the number
of items, or a head that tells no handover done leaves the list unread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory


def test_news_participle_head_after_its_people(news: Callable[..., Any]) -> None:
    legs = news(
        "Bodies returned to Ukraine: 900 on 2 May, 909 on 16 May."
    ).legs_by_category_with_period()
    assert legs == [
        ("RUS", "UKR", PersonCategory.REMAINS, Count.parse("900"), "2025-05-02"),
        ("RUS", "UKR", PersonCategory.REMAINS, Count.parse("909"), "2025-05-16"),
    ]


def test_news_verb_head_with_counted_rounds(news: Callable[..., Any]) -> None:
    legs = news(
        "Kyiv took back its dead in three rounds: 640 on 4 April, 212 on 19 April "
        "and 1,003 on 2 May."
    ).legs_by_category_with_period()
    assert legs == [
        ("RUS", "UKR", PersonCategory.REMAINS, Count.parse("640"), "2025-04-04"),
        ("RUS", "UKR", PersonCategory.REMAINS, Count.parse("212"), "2025-04-19"),
        ("RUS", "UKR", PersonCategory.REMAINS, Count.parse("1,003"), "2025-05-02"),
    ]


def test_news_sender_head_of_remains(news: Callable[..., Any]) -> None:
    legs = news(
        "Remains handed to Russia: 30 on 2 May and 41 on 16 May."
    ).legs_by_category_with_period()
    assert legs == [
        ("UKR", "RUS", PersonCategory.REMAINS, Count.parse("30"), "2025-05-02"),
        ("UKR", "RUS", PersonCategory.REMAINS, Count.parse("41"), "2025-05-16"),
    ]


def test_news_rounds_miscounted_are_unread(news: Callable[..., Any]) -> None:
    # near-miss: "two rounds" but three items: the list is not the rounds told
    result = news(
        "Russia handed over bodies in two rounds: 900 on 2 May, 909 on 16 May and 1,000 on 30 May."
    )
    assert result.exchanges == []


def test_news_head_not_done_is_unread(news: Callable[..., Any]) -> None:
    # near-miss: a handover still expected is no list of handovers done
    result = news("Bodies are expected to be returned to Ukraine: 900 on 2 May, 909 on 16 May.")
    assert result.exchanges == []


def test_news_head_not_opened_by_its_verb_is_unread(news: Callable[..., Any]) -> None:
    # near-miss: "Not yet returned" lists no handover
    result = news("Not yet returned to Ukraine: 900 on 2 May, 909 on 16 May.")
    assert result.exchanges == []


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=2, max_value=1_700), st.integers(min_value=2, max_value=1_700))
def test_news_colon_sizes_any_figures(news: Callable[..., Any], a: int, b: int) -> None:
    """Whatever the sizes, each goes to the head's side on its own day, as remains."""
    legs = news(
        f"Bodies returned to Ukraine: {a:,} on 3 June and {b:,} on 24 June."
    ).legs_by_category_with_period()
    assert legs == [
        ("RUS", "UKR", PersonCategory.REMAINS, Count.parse(f"{a:,}"), "2025-06-03"),
        ("RUS", "UKR", PersonCategory.REMAINS, Count.parse(f"{b:,}"), "2025-06-24"),
    ]


def test_news_plural_handovers_itemised_by_day(news: Callable[..., Any]) -> None:
    # the plural noun before the colon names the handovers each dated item is one of; the
    # way is the story's, told in the sentence before
    legs = news(
        "Moscow transferred 4,000 bodies. The handovers took place in stages: "
        "1,500 bodies on 11 June, 1,300 on 13 June and 1,200 more on 14 June."
    ).legs_by_category_with_period()
    assert ("RUS", "UKR", PersonCategory.REMAINS, Count.parse("1,500"), "2025-06-11") in legs
    assert ("RUS", "UKR", PersonCategory.REMAINS, Count.parse("1,300"), "2025-06-13") in legs
    assert ("RUS", "UKR", PersonCategory.REMAINS, Count.parse("1,200"), "2025-06-14") in legs


def test_news_plural_handovers_without_days_stay_a_pattern(news: Callable[..., Any]) -> None:
    # near-miss: items with no day of their own do not say which handover each was
    legs = news(
        "Moscow transferred 4,000 bodies. The handovers took place in stages: "
        "1,500 bodies, 1,300 and 1,200."
    ).legs_by_category_with_period()
    assert all(count != Count.parse("1,500") for *_, count, _ in legs)
