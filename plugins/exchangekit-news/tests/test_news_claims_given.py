"""Casualty totals a speaker "gives": "gave the total as N", "gave a toll of N"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv's army command said Russian losses had passed 900,000 since 2022. "
            "On Sunday the command gave the total as 912,450.",
            ("RUS", "total_losses", Count.exact(912_450)),
        ),
        (
            "Ukraine says Russian casualties have passed 600,000. "
            "Its general staff gave the total as 604,210 in its morning bulletin.",
            ("RUS", "total_losses", Count.exact(604_210)),
        ),
        (
            "The general staff said Russia's losses had reached 730,000 on Friday. "
            "A day later, it put the tally as 733,000.",
            ("RUS", "total_losses", Count.exact(733_000)),
        ),
    ],
)
def test_news_a_total_given_as_a_figure_is_a_claim(
    found: Callable[..., Any], news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    assert expected in found(news(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said the swap freed 95 soldiers. It gave the total as 3,000.",
        "The budget was discussed on Monday. The ministry gave the total as 4,000 hryvnias.",
    ],
)
def test_news_a_total_given_without_losses_is_no_claim(
    found: Callable[..., Any], news: News, text: str
) -> None:
    assert found(news(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia's defence ministry gave a death toll of 5,937 in September 2022.",
            ("RUS", "killed", Count.exact(5_937)),
        ),
        (
            "Ukraine's army command gives an estimate of 1,200 Russian soldiers killed in "
            "the battle.",
            ("RUS", "killed", Count.exact(1_200)),
        ),
        (
            "Moscow's defence ministry gave a toll of 6,100 dead in its only update that year.",
            ("RUS", "killed", Count.exact(6_100)),
        ),
    ],
)
def test_news_a_toll_a_speaker_gives_is_a_claim_by_that_speaker(
    found: Callable[..., Any], news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    read = news(text)
    assert expected in found(read)
    assert all(c.claimant.kind.value != "media" for c in read.claims)


def test_news_giving_back_people_is_still_a_handover(found: Callable[..., Any], news: News) -> None:
    read = news("Russia gave back 95 soldiers and received 95 in return.")
    assert found(read) == set()
    assert len(read.exchanges) == 1
