"""A toll's subset ("including 716 children") is no claim beside its whole.

"at least 13,580 civilians killed, including 716 children": the children are among
the civilians, so a claim of 716 killed would stand as a rival of 13,580 for the same
side, kind and people. Only the whole is read; a part of another kind ("casualties
..., including 70,000 killed") and a figure told on its own ("the number of children
killed stands at 726") are their own claims.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "At least 11,200 civilians, among them 641 children, have been killed across "
            "Ukraine since the invasion began, the monitoring mission said in its latest "
            "update, cautioning that the real figure was far higher.",
            Count.at_least(11_200),
        ),
        (
            "The UN mission, in a note published on Friday, put the number of civilians "
            "killed in Ukraine since February 2022 at 10,400, some 530 of them children, "
            "adding that many reports were still pending.",
            Count.exact(10_400),
        ),
    ],
)
def test_news_a_subset_of_the_toll_is_not_claimed(
    news: News, found: Found, text: str, whole: Count
) -> None:
    assert found(news(text)) == {("UKR", "killed", whole)}


def test_news_each_toll_drops_its_own_subset(news: News, found: Found) -> None:
    text = (
        "Since February 2022 the monitors have confirmed that 12,000 civilians have been "
        "killed, including 600 children, and 28,000 injured, including 1,900 children, "
        "in Ukraine."
    )
    assert found(news(text)) == {
        ("UKR", "killed", Count.exact(12_000)),
        ("UKR", "wounded", Count.exact(28_000)),
    }


def test_news_a_part_of_another_kind_is_its_own_claim(news: News, found: Found) -> None:
    """Near miss: the killed inside a casualty estimate are a claim of their own kind."""
    text = (
        "A Western intelligence assessment put Ukrainian casualties at about 400,000 by the "
        "end of 2024, including some 70,000 killed."
    )
    assert ("UKR", "killed", Count.approx(70_000)) in found(news(text))


@pytest.mark.parametrize(
    "text",
    [
        "The number of children killed in Ukraine since the invasion now stands at 726, the "
        "monitoring mission said on Friday.",
        "The mission said 13,300 civilians had been killed in Ukraine. The number of children "
        "killed stands at 726, it added.",
    ],
)
def test_news_a_childrens_toll_told_on_its_own_is_read(news: News, found: Found, text: str) -> None:
    """Near miss: with no whole beside it in its sentence, the children's toll is a total."""
    assert ("UKR", "killed", Count.exact(726)) in found(news(text))


@pytest.mark.parametrize(
    "text",
    [
        "The UN human rights monitoring mission, which cannot work in occupied areas, says "
        "it has now verified the deaths of 11,800 civilians, of whom 702 were children, a "
        "count it calls a floor.",
        "Since the full-scale invasion, the monitors reported on Friday, 11,800 Ukrainian "
        "civilians have been killed, of whom 702 were children.",
    ],
)
def test_news_a_part_after_of_whom_is_a_subset_of_a_civilian_toll(
    news: News, found: Found, text: str
) -> None:
    """Children "of whom" are among the civilians: the whole is read, the part is not."""
    assert found(news(text)) == {("UKR", "killed", Count.exact(11_800))}


def test_news_civilians_of_whom_after_a_mixed_whole_are_their_own_claim(
    news: News, found: Found
) -> None:
    """Near miss: civilians among people of every kind are a count of other people."""
    text = (
        "More than 61,000 Ukrainians, the commissioner told lawmakers, are now on the "
        "register of the missing, of whom about 6,500 are civilians."
    )
    assert ("UKR", "missing", Count.approx(6_500)) in found(news(text))
