"""A part of a whole is not another handover, nor a running total (b29-k).

"the same number" after "90 Ukrainians, among them 25 civilians" repeats the whole,
not the part named with "among them"; "The sailors who came home, 40 in all, had been
held since 2022" sizes a group of one handover told before, not a total since 2022.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]


def _legs(read: Any) -> set[tuple[str, str, int]]:
    return {
        (t.sender.code, t.receiver.code, t.count.best) for e in read.exchanges for t in e.transfers
    }


@pytest.mark.parametrize(
    "text",
    [
        "Ninety Ukrainians, among them 25 civilians, came home on Tuesday, Kyiv said, "
        "while Moscow said it had got back the same number of its soldiers.",
        # harder: "including" and a source between the part and the echo
        "Kyiv said 90 of its citizens, including 25 civilians, had been freed on Tuesday; "
        "Russia's defence ministry said the same number of Russian servicemen came back.",
    ],
)
def test_news_same_number_after_a_part_repeats_the_whole(news: News, text: str) -> None:
    """Russia gets 90, never the 25 named as a part of Ukraine's 90."""
    legs = _legs(news(text))
    assert ("UKR", "RUS", 90) in legs
    assert ("UKR", "RUS", 25) not in legs


def test_news_same_number_after_a_plain_figure_repeats_it(news: News) -> None:
    """Near miss: with no part named, the figure before is the one repeated."""
    text = (
        "Kyiv said 25 civilians came home on Tuesday, and Moscow said it got back "
        "the same number of its citizens."
    )
    assert ("UKR", "RUS", 25) in _legs(news(text))


@settings(max_examples=15, deadline=None)
@given(whole=st.integers(min_value=40, max_value=400), part=st.integers(min_value=2, max_value=39))
def test_news_echo_never_takes_the_part(news: News, whole: int, part: int) -> None:
    """Whatever the sizes, the echo of "N people, among them M civilians" is N."""
    text = (
        f"{whole} Ukrainians, among them {part} civilians, came home on Tuesday, Kyiv said, "
        "while Moscow said it had got back the same number of its soldiers."
    )
    to_russia = {c for s, r, c in _legs(news(text)) if r == "RUS"}
    assert part not in to_russia


@pytest.mark.parametrize(
    "text",
    [
        "Seventy Ukrainians returned home on Thursday in an exchange of prisoners, "
        "Zelensky said. The soldiers who came home, 40 in all, had mostly been held "
        "since 2022.",
        # harder: a source inside the aside, two years, a semicolon after
        "Seventy Ukrainians returned home on Thursday in an exchange of prisoners, "
        "Zelensky said. The servicemen who returned, 40 in all according to the army, "
        "had been held since 2022 and 2023; two were ill.",
    ],
)
def test_news_in_all_sizing_a_group_told_is_no_running_total(news: News, text: str) -> None:
    """No tally of 40 since 2022."""
    assert all(str(y.count) != "40" for y in news(text).tallies)


def test_news_in_all_of_a_dated_group_stays_a_total(news: News) -> None:
    """Near miss: a group dated by a month ("returned in May") sums that month's handovers."""
    text = (
        "The bodies handed to Ukraine in May, more than 3,000 in total, are still "
        "being identified by forensic teams."
    )
    assert "more than 3,000" in {str(y.count) for y in news(text).tallies}


@pytest.mark.parametrize(
    "text",
    [
        "In last week's handover, the lab found remains of three soldiers among those "
        "sent to Ukraine.",
        # harder: a hedge on the figure, "them" for the group, a clause after
        "Investigators identified at least four foreign fighters among them after the "
        "bodies were handed to Ukraine on Monday, officials said.",
    ],
)
def test_news_one_figure_among_those_moved_is_no_handover(news: News, text: str) -> None:
    """A share counted "among those sent" is no transfer of its own."""
    assert _legs(news(text)) == set()


def test_news_parts_listed_among_those_coming_back_stay_parts(news: News) -> None:
    """Near miss: two parts listed together split one side's group; they are still read."""
    text = (
        "Friday's stage involved 210 on each side, 150 soldiers and 60 civilians among "
        "those coming back to Ukraine."
    )
    legs = _legs(news(text, breakdowns="both"))
    assert {("RUS", "UKR", 150), ("RUS", "UKR", 60)} <= legs
