"""Document context and record assembly: when a sentence's figure must stay a record of its own."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


def _transfers(news: News, text: str) -> Counter[tuple[str, str, str, str]]:
    """Every transfer of ``text`` as (sender, receiver, category, count), with multiplicity."""
    return Counter(
        (t.sender.code, t.receiver.code, t.category.value, str(t.count))
        for e in news(text).exchanges
        for t in e.transfers
    )


def test_a_second_source_agreeing_as_well_is_its_own_account(news: News) -> None:
    text = (
        "Ukraine recovered the bodies of 600 soldiers on Wednesday, its coordination "
        "headquarters said, while the Russian side put the number it handed over at 600 "
        "as well."
    )
    assert _transfers(news, text)[("RUS", "UKR", "remains", "600")] == 2


def test_the_same_figure_repeated_without_agreement_stays_one_record(news: News) -> None:
    text = (
        "Ukraine recovered the bodies of 600 soldiers on Wednesday, its coordination "
        "headquarters said. The Russian side said it handed over the bodies of 600 soldiers."
    )
    assert _transfers(news, text)[("RUS", "UKR", "remains", "600")] == 1


def test_a_figure_agreeing_with_a_different_one_is_not_doubled(news: News) -> None:
    text = (
        "Ukraine recovered the bodies of 600 soldiers on Wednesday, its coordination "
        "headquarters said, and the Russian side said it had received 30 of its own, "
        "putting its total for the year at 90 as well."
    )
    assert _transfers(news, text)[("RUS", "UKR", "remains", "600")] == 1


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=11, max_value=4000))
def test_agreeing_accounts_of_any_size_are_both_kept(news: News, n: int) -> None:
    text = (
        f"Ukraine took back the bodies of {n:,} soldiers on Friday, its coordination "
        f"headquarters said, while the Russian side put the number it handed over at {n:,} "
        "as well."
    )
    assert _transfers(news, text)[("RUS", "UKR", "remains", f"{n:,}")] == 2


def test_a_later_differing_figure_marked_as_well_is_another_account_not_dropped(
    news: News,
) -> None:
    text = (
        "In Tuesday's swap 84 Ukrainian soldiers came home and 80 Russian servicemen were "
        "sent back. Russia's defence ministry, which said it had got 80 of its men back, "
        "put the number of Ukrainian prisoners of war it handed over at 80 as well."
    )
    legs = _transfers(news, text)
    assert legs[("RUS", "UKR", "prisoners_of_war", "84")] == 1
    assert legs[("RUS", "UKR", "prisoners_of_war", "80")] == 1
