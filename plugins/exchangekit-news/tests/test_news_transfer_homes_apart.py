"""Groups of both sides' people named apart under a subject of both sides: each goes home."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

OTHER = PersonCategory.OTHER
WOUNDED = PersonCategory.WOUNDED_PRISONERS

_BOTH_SUBJECTS = st.sampled_from(
    ["Each side", "Either side", "Russia and Ukraine each", "Kyiv and Moscow each", "Both sides"]
)
_RELEASED = st.sampled_from(["released", "freed", "handed over"])


@settings(max_examples=30, deadline=None)
@given(
    st.integers(min_value=2, max_value=400),
    st.integers(min_value=2, max_value=400),
    _BOTH_SUBJECTS,
    _RELEASED,
)
def test_news_each_side_freeing_two_nationalities_sends_each_group_home(
    legs_of: Callable[..., Any], ukrainians: int, russians: int, subject: str, verb: str
) -> None:
    # "Each side released 31 Ukrainians and 15 Russians": never 31 both ways
    assume(ukrainians != russians)
    text = f"On Saturday, {subject} {verb} {ukrainians} Ukrainians and {russians} Russians."
    assert legs_of(text) == {
        ("RUS", "UKR", OTHER): [Count.exact(ukrainians)],
        ("UKR", "RUS", OTHER): [Count.exact(russians)],
    }


def test_news_each_side_freeing_one_mixed_group_stays_a_figure_per_side(
    legs_of: Callable[..., Any],
) -> None:
    # one figure of both nationalities together is still every side's count
    text = "On Saturday, each side handed over 95 Ukrainians and Russians."
    assert legs_of(text) == {
        ("RUS", "UKR", OTHER): [Count.exact(95)],
        ("UKR", "RUS", OTHER): [Count.exact(95)],
    }


@settings(max_examples=30, deadline=None)
@given(
    st.integers(min_value=2, max_value=90),
    st.integers(min_value=2, max_value=90),
    st.sampled_from(
        [
            "On April 19, 246 went each way; both sides also released a small number of "
            "wounded, {u} Ukrainians and {r} Russians.",
            "On April 19, 246 went each way, plus wounded ({u} Ukrainians, {r} Russians).",
            "On April 19, 246 went each way. Both sides also released some injured, "
            "{u} Ukrainians and {r} Russians.",
        ]
    ),
)
def test_news_nationalities_apposed_to_the_wounded_are_wounded_prisoners_going_home(
    legs_of: Callable[..., Any], ukrainians: int, russians: int, wording: str
) -> None:
    assume(ukrainians != russians)
    legs = legs_of(wording.format(u=ukrainians, r=russians))
    assert legs[("RUS", "UKR", WOUNDED)] == [Count.exact(ukrainians)]
    assert legs[("UKR", "RUS", WOUNDED)] == [Count.exact(russians)]


def test_news_a_wounded_toll_before_nationalities_is_not_their_kind(
    legs_of: Callable[..., Any],
) -> None:
    # "wounded" is the noun of a figure of its own, not a head the list spells out
    legs = legs_of("Russia said 380,000 wounded, 31 Ukrainians and 15 Russians were freed.")
    assert all(kind is not WOUNDED for (_, _, kind) in legs)


@settings(max_examples=30, deadline=None)
@given(
    st.integers(min_value=20, max_value=400),
    st.integers(min_value=20, max_value=400),
    st.integers(min_value=20, max_value=400),
    st.sampled_from(["servicemen", "soldiers"]),
    st.sampled_from(["", " from each side"]),
)
def test_news_bracketed_parts_of_a_day_figure_are_no_handovers_of_their_own(
    legs_of: Callable[..., Any], soldiers: int, civilians: int, later: int, noun: str, tail: str
) -> None:
    # "390 each way on Friday, 23 May (270 servicemen and 120 civilians), and 307 servicemen
    # each way on Saturday, 24 May": the bracket breaks down the 390; the later item is
    # its own day's figure, both ways
    whole = soldiers + civilians
    assume(later not in (whole, soldiers, civilians))
    text = (
        f"{whole} persons were exchanged each way on Friday, 23 May ({soldiers} {noun} and "
        f"{civilians} civilians{tail}), and {later} {noun} each way on Saturday, 24 May."
    )
    legs = legs_of(text)
    counts = {c for found in legs.values() for c in found}
    assert Count.exact(soldiers) not in counts
    assert Count.exact(civilians) not in counts
    assert legs[("RUS", "UKR", OTHER)] == [Count.exact(whole)]
    assert legs[("UKR", "RUS", OTHER)] == [Count.exact(whole)]
    assert legs[("RUS", "UKR", PersonCategory.PRISONERS_OF_WAR)] == [Count.exact(later)]
    assert legs[("UKR", "RUS", PersonCategory.PRISONERS_OF_WAR)] == [Count.exact(later)]


def test_news_a_bracket_whose_figures_do_not_add_up_is_read_as_before(
    legs_of: Callable[..., Any],
) -> None:
    # parts that do not sum to the figure before them are no breakdown of it
    text = "On Friday 390 people were exchanged each way (and 20 civilians came home to Ukraine)."
    legs = legs_of(text)
    assert legs[("RUS", "UKR", PersonCategory.CIVILIANS)] == [Count.exact(20)]


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=2, max_value=400),
    st.sampled_from(["another", "a further", ""]),
    st.sampled_from(["a list of", "the names list of", "a register of"]),
)
def test_news_the_people_a_handed_list_names_are_not_handed_over(
    legs_of: Callable[..., Any], n: int, more: str, document: str
) -> None:
    # "handed her counterpart a list of another 87 Kursk residents": the list moved
    text = (
        f"Moskalkova said she had handed her Ukrainian counterpart {document} {more} {n} "
        "Kursk residents who remain in Ukraine."
    ).replace("  ", " ")
    assert legs_of(text) == {}


@settings(max_examples=30, deadline=None)
@given(
    st.integers(min_value=100, max_value=400),
    st.integers(min_value=2, max_value=90),
    st.integers(min_value=2, max_value=90),
    st.sampled_from(["from each side", "each way", "on each side"]),
)
def test_news_wounded_of_one_side_added_to_a_per_side_swap_go_home_only(
    legs_of: Callable[..., Any], each: int, ukrainians: int, russians: int, per_side: str
) -> None:
    # "246 prisoners from each side, plus 31 wounded Ukrainians returned by Russia and 15
    # wounded Russians returned by Ukraine": the agent of "returned by" is the sender, and
    # each group goes one way (the 31 was once read both ways, the 15 lost)
    assume(ukrainians != russians)
    text = (
        f"The Easter exchange was larger: {each} prisoners {per_side}, plus {ukrainians} "
        f"wounded Ukrainians returned by Russia and {russians} wounded Russians returned by "
        "Ukraine."
    )
    legs = legs_of(text)
    assert legs[("RUS", "UKR", WOUNDED)] == [Count.exact(ukrainians)]
    assert legs[("UKR", "RUS", WOUNDED)] == [Count.exact(russians)]


def test_news_unnamed_parts_of_a_per_side_swap_still_go_both_ways(
    legs_of: Callable[..., Any],
) -> None:
    # parts of no side after a per-side figure split what each side gave
    legs = legs_of("Each side freed 390 people, 270 soldiers and 120 civilians.", breakdowns="both")
    assert legs[("RUS", "UKR", PersonCategory.CIVILIANS)] == [Count.exact(120)]
    assert legs[("UKR", "RUS", PersonCategory.CIVILIANS)] == [Count.exact(120)]
