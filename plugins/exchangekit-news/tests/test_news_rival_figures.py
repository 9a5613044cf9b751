"""Rival figures: a second source's own count of the same people is kept as its own record.

"Russia said it freed 88 ...; Kyiv put it at 86": the second figure has no noun of its
own and is given by a verb of counting or stating ("counted", "reported", "gave as",
"put ... at", "is lower, at"). Each figure stays with its source, a restated figure
stays one record, and reconciliation takes either figure, never their sum.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

Legs = dict[tuple[str, str, PersonCategory], list[Count]]
P, C = PersonCategory.PRISONERS_OF_WAR, PersonCategory.CIVILIANS


def test_a_rival_count_in_the_same_sentence_is_kept_with_its_source(news: Any) -> None:
    """A clause "while Russian officials counted 61" gives a second record with its source."""
    (exchange,) = news(
        "Ukraine's ombudsman said 64 civilians were handed back by Russia on Friday, "
        "while Russian officials counted 61."
    ).exchanges
    accounts = {(t.count, t.attributed_to.name) for t in exchange.transfers if t.attributed_to}
    assert {count for count, _ in accounts} == {Count.exact(64), Count.exact(61)}
    assert len({name for _, name in accounts}) == 2
    assert all(
        (t.sender.code, t.receiver.code, t.category) == ("RUS", "UKR", C)
        for t in exchange.transfers
    )


def test_rival_counts_are_alternatives_when_totalled(news: Any) -> None:
    """Reconciliation takes a count holding either figure, not 88 + 86."""
    from exchangekit.reconcile import totals

    (exchange,) = news(
        "Russia said it freed 88 Ukrainian soldiers on Monday; Kyiv put it at 86."
    ).exchanges
    assert any("alternatives" in note for note in exchange.notes)
    assert totals([exchange], by="month", receiver="UKR").total == Count.between(86, 88)


def test_a_rival_count_in_the_next_sentence_is_kept(legs_of: Callable[..., Legs]) -> None:
    """A next sentence "Moscow put the total at 77" after Kyiv's 75 is Moscow's own figure."""
    legs = legs_of(
        "Kyiv said 75 of its prisoners of war were returned on Wednesday. "
        "Moscow put the total at 77."
    )
    assert sorted(c.best or 0 for c in legs[("RUS", "UKR", P)]) == [75, 77]


def test_a_figure_given_as_by_the_other_side_is_a_rival(legs_of: Callable[..., Legs]) -> None:
    """An aside "a figure Kyiv gave as 296" is the other side's count of the same troops."""
    legs = legs_of("Moscow said 300 of its troops came home on Sunday, a figure Kyiv gave as 296.")
    assert sorted(c.best or 0 for c in legs[("UKR", "RUS", P)]) == [296, 300]


def test_a_rival_running_total_is_kept_as_a_second_tally(news: Any) -> None:
    """Saying "Russia's ombudsman counts 4,050" after Ukraine's total since 2022: two tallies."""
    tallies = news(
        "Ukraine says 4,200 of its soldiers have been freed since 2022; "
        "Russia's ombudsman counts 4,050."
    ).tallies
    assert {t.count for t in tallies} == {Count.exact(4_200), Count.exact(4_050)}


def test_no_rival_without_a_second_source_or_where_the_direction_is_unsure(
    legs_of: Callable[..., Legs],
) -> None:
    """The same source again, a restated figure, or two directions just told: no new record."""
    same_source = legs_of(
        "Kyiv said 75 of its soldiers came home on Wednesday. Kyiv later reported 74."
    )
    assert same_source == {("RUS", "UKR", P): [Count.exact(75)]}
    restated = legs_of("Russia said it freed 88 Ukrainian soldiers on Monday; Kyiv put it at 88.")
    assert restated == {("RUS", "UKR", P): [Count.exact(88)]}
    both_ways = legs_of(
        "Russia freed 52 Ukrainian soldiers and Ukraine freed 52 Russian soldiers on Monday, "
        "Kyiv said; Moscow put the number at 50."
    )
    assert both_ways == {("RUS", "UKR", P): [Count.exact(52)], ("UKR", "RUS", P): [Count.exact(52)]}


def test_a_count_of_something_else_is_no_rival(legs_of: Callable[..., Legs]) -> None:
    """Saying "officials recorded 900 requests": the figure counts other things than the people."""
    legs = legs_of(
        "Kyiv said 120 of its soldiers came home on Friday, "
        "while Russian officials recorded 900 requests."
    )
    assert legs == {("RUS", "UKR", P): [Count.exact(120)]}


@given(
    first=st.integers(min_value=20, max_value=900),
    second=st.integers(min_value=20, max_value=900),
    verb=st.sampled_from(["put the number at", "put it at", "counted", "reported"]),
)
def test_rival_figures_give_one_record_per_distinct_figure(
    legs_of: Callable[..., Legs], first: int, second: int, verb: str
) -> None:
    """Two sources' figures for one direction: two records if they differ, one if they agree."""
    legs = legs_of(
        f"Moscow said it handed over {first} Ukrainian prisoners on Tuesday; Kyiv {verb} {second}."
    )
    assert sorted(c.best or 0 for c in legs[("RUS", "UKR", P)]) == sorted({first, second})
