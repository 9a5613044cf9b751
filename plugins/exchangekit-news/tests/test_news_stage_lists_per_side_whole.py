"""Stages that split a per-side whole, and a stage said after to have held civilians.

"The sides freed 600 captives each, in three rounds of 250, 200 and 150 on 2, 3 and 4
June respectively": sizes adding up exactly to a figure told per side say each stage
went both ways; a day told before the list ("after talks on 20 May") sets the scene
when the days after the list are one per stage. "The first round included civilians"
in the next sentence makes that round, and the per-side whole, people of no one kind.
Sizes that do not add up to the per-side figure are read as nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
PUBLISHED = date(2025, 6, 20)
OPENING = "Russia and Ukraine held talks in Geneva."


def _both_ways(day: str, kind: str, count: str) -> set[tuple[str, str, str, str, str]]:
    return {(day, "RUS", "UKR", kind, count), (day, "UKR", "RUS", kind, count)}


def _tallies(news: News, text: str) -> set[tuple[str, str, str]]:
    return {
        (t.receiver.code, t.category.value, str(t.count))
        for t in news(text, published=PUBLISHED).tallies
    }


def test_stages_that_split_a_per_side_whole_go_both_ways(news: News) -> None:
    text = (
        f"{OPENING} After talks on 20 May, the sides freed 600 captives each, in three rounds "
        "of 250, 200 and 150 on 2, 3 and 4 June respectively."
    )
    assert news(text, published=PUBLISHED).period_legs() == (
        _both_ways("2025-06-02", "prisoners_of_war", "250")
        | _both_ways("2025-06-03", "prisoners_of_war", "200")
        | _both_ways("2025-06-04", "prisoners_of_war", "150")
    )


def test_a_round_said_next_to_have_held_civilians_is_of_no_one_kind(news: News) -> None:
    # harder: the per-side whole after a colon, the civilians named in the next sentence
    text = (
        f"{OPENING} It was the biggest swap of the year: 600 prisoners each, released in "
        "three rounds of 250, 200 and 150 on 2, 3 and 4 June respectively. The second round "
        "included civilians from both sides."
    )
    legs = news(text, published=PUBLISHED).period_legs()
    assert _both_ways("2025-06-03", "other", "200") <= legs
    assert _both_ways("2025-06-02", "prisoners_of_war", "250") <= legs
    assert not any(kind == "prisoners_of_war" and count == "200" for *_, kind, count in legs)
    assert ("UKR", "prisoners_of_war", "600") not in _tallies(news, text)


def test_sizes_that_do_not_add_up_to_the_per_side_figure_read_nothing(news: News) -> None:
    # near miss: 250 + 200 + 100 is not 600, so the list is no split of the whole
    text = (
        f"{OPENING} The sides freed 600 captives each, in three rounds of 250, 200 and 100 "
        "on 2, 3 and 4 June respectively."
    )
    assert not any(
        count in ("250", "200", "100")
        for *_, count in news(text, published=PUBLISHED).period_legs()
    )


def test_a_round_that_included_wounded_keeps_its_kind(news: News) -> None:
    # near miss: "included" without civilians says nothing of a mix
    text = (
        f"{OPENING} The sides freed 600 captives each, in three rounds of 250, 200 and 150 "
        "on 2, 3 and 4 June respectively. The first round included the seriously wounded."
    )
    assert (
        _both_ways("2025-06-02", "prisoners_of_war", "250")
        <= news(text, published=PUBLISHED).period_legs()
    )


@settings(max_examples=10, deadline=None)
@given(sizes=st.lists(st.integers(min_value=20, max_value=400), min_size=3, max_size=3))
@example(sizes=[20, 20, 40])  # the last stage equals the two before: still a stage, no sum
@example(sizes=[100, 100, 100])
def test_a_split_per_side_whole_gives_every_size_both_ways(news: News, sizes: list[int]) -> None:
    listed = f"{sizes[0]}, {sizes[1]} and {sizes[2]}"
    # days of one and two digits: their order is the list's, not the text's sort order
    text = (
        f"{OPENING} The sides freed {sum(sizes)} captives each, in three rounds of {listed} "
        "on 8, 9 and 10 June respectively."
    )
    legs = news(text, published=PUBLISHED).period_legs()
    for day, size in zip(("2025-06-08", "2025-06-09", "2025-06-10"), sizes, strict=True):
        assert _both_ways(day, "prisoners_of_war", str(size)) <= legs


def test_the_ordinal_round_is_counted_in_the_lists_order_across_digit_counts(news: News) -> None:
    # "9 June" sorts after "10 June" as text: the first round is still the one on the 9th
    text = (
        f"{OPENING} The sides freed 600 captives each, in three rounds of 250, 200 and 150 "
        "on 9, 10 and 11 June respectively. The first round included civilians."
    )
    legs = news(text, published=PUBLISHED).period_legs()
    assert _both_ways("2025-06-09", "other", "250") <= legs
    assert _both_ways("2025-06-10", "prisoners_of_war", "200") <= legs
    assert _both_ways("2025-06-11", "prisoners_of_war", "150") <= legs


def test_only_the_named_round_of_equal_rounds_held_civilians(news: News) -> None:
    # harder: equal sizes, so only the round's day tells the rounds apart
    text = (
        f"{OPENING} The sides freed 300 captives each, in three rounds of 100, 100 and 100 "
        "on 2, 3 and 4 June respectively. The third round included civilians."
    )
    legs = news(text, published=PUBLISHED).period_legs()
    assert _both_ways("2025-06-04", "other", "100") <= legs
    assert _both_ways("2025-06-02", "prisoners_of_war", "100") <= legs
    assert _both_ways("2025-06-03", "prisoners_of_war", "100") <= legs


def test_stages_of_a_swap_only_agreed_are_no_done_exchanges(news: News) -> None:
    # a deal: "agreed to swap ... each" and "are to free ... each" are plans, read as nothing
    for verb in ("have agreed to swap", "are to free", "agreed on Monday to hand over"):
        text = (
            f"{OPENING} The sides {verb} 600 captives each, in three rounds of 250, 200 and "
            "150 on 22, 23 and 24 June."
        )
        assert news(text, published=PUBLISHED).period_legs() == set(), verb


def test_stages_of_a_swap_agreed_and_then_done_are_read(news: News) -> None:
    # near miss: "agreed" of the talks, then a finite verb of handing over, is done
    text = (
        f"{OPENING} As agreed, the sides freed 600 captives each, in three rounds of 250, 200 "
        "and 150 on 2, 3 and 4 June respectively."
    )
    assert (
        _both_ways("2025-06-03", "prisoners_of_war", "200")
        <= news(text, published=PUBLISHED).period_legs()
    )
