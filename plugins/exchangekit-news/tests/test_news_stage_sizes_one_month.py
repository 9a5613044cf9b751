"""Sizes listed after "in N stages [that month,] of", all dated by one month.

"Kyiv got bodies back in three rounds that month, of 410, 410 and 530": each size is
a handover of its own in that month, even when two sizes are equal, never one figure
with the others dropped as rival accounts of it. A plan, a list with a unit after it,
or "of which the largest was ..." sizes no stage.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

PUBLISHED = date(2025, 11, 20)


def _stages(read: Any) -> list[tuple[str, str, str, str, str]]:
    """Every transfer read, one per exchange and way (equal ones kept apart), sorted."""
    return sorted(
        (str(e.period), t.sender.code, t.receiver.code, t.category.value, str(t.count))
        for e in read.exchanges
        for t in e.transfers
    )


def _listed(sizes: list[int]) -> str:
    return ", ".join(str(n) for n in sizes[:-1]) + f" and {sizes[-1]}"


@settings(max_examples=15, deadline=None)
@given(
    st.lists(st.integers(min_value=150, max_value=990), min_size=2, max_size=4),
    st.sampled_from([("April", "04"), ("July", "07"), ("September", "09")]),
    st.sampled_from(["stages", "rounds", "phases"]),
)
def test_news_each_listed_stage_is_a_handover_of_the_month(
    news: Callable[..., Any], sizes: list[int], month: tuple[str, str], plural: str
) -> None:
    words = {2: "two", 3: "three", 4: "four"}[len(sizes)]
    read = news(
        f"In {month[0]}, Moscow returned bodies in {words} {plural} that month, of"
        f" {_listed(sizes)}, a Ukrainian official said.",
        published=PUBLISHED,
    )
    assert _stages(read) == sorted(
        (f"2025-{month[1]}", "RUS", "UKR", "remains", str(n)) for n in sizes
    )


def test_news_equal_stage_sizes_stay_two_handovers(news: Callable[..., Any]) -> None:
    # the harder form: the month after the plural, the receiver as subject, two equal sizes
    read = news(
        "Kyiv took back its dead in three phases in March, of 640, 640 and 705, the ministry said.",
        published=PUBLISHED,
    )
    assert _stages(read) == [
        ("2025-03", "RUS", "UKR", "remains", "640"),
        ("2025-03", "RUS", "UKR", "remains", "640"),
        ("2025-03", "RUS", "UKR", "remains", "705"),
    ]


def test_news_other_way_sizes_fewer_than_the_stages_stay_unread(
    news: Callable[..., Any],
) -> None:
    # two sizes back for three stages: which stage each belongs to is not told
    read = news(
        "In May, Russia returned bodies in three stages that month, of 210, 330 and 415,"
        " and Ukraine sent back 12 and 9.",
        published=PUBLISHED,
    )
    assert _stages(read) == [
        ("2025-05", "RUS", "UKR", "remains", "210"),
        ("2025-05", "RUS", "UKR", "remains", "330"),
        ("2025-05", "RUS", "UKR", "remains", "415"),
    ]


def test_news_stage_list_near_misses(news: Callable[..., Any]) -> None:
    # one stage ranked, not a list of sizes
    read = news(
        "In May Russia returned bodies in four stages that month, of which the largest was 1,170.",
        published=PUBLISHED,
    )
    assert _stages(read) == []
    # a plan: nothing done yet
    read = news(
        "Russia will hand over bodies in three stages in May, of 500, 650 and 700, officials said.",
        published=PUBLISHED,
    )
    assert _stages(read) == []
    # a unit after the sizes: distances, not people
    read = news(
        "In May, Russia returned bodies in three stages that month, of 20, 35 and 40"
        " kilometres each.",
        published=PUBLISHED,
    )
    assert _stages(read) == []


def test_news_undated_stage_list_reads_no_stage(news: Callable[..., Any]) -> None:
    # no day nor month for the stages: none is put on the day of the story, not even
    # the first size alone, with or without the total before the stages
    for text in (
        "Ukraine took back 870 bodies in three stages of 140, 500 and 230, officials said.",
        "Ukraine took back bodies in three stages of 140, 500 and 230, officials said.",
    ):
        read = news(text, published=PUBLISHED)
        assert all(count not in {"140", "500", "230"} for *_, count in _stages(read))
