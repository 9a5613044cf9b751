"""A "sic" flags the one figure it follows, not every figure of the same number.

When a sentence tells the same number twice and the writer marks only one of them
"sic", only that one is set right from its bracket (or left out when the bracket
gives no number); the unmarked figure is a separate count and stays as written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

Read = Callable[..., Any]

_PUBLISHED = date(2025, 4, 9)


def _legs(result: Any) -> dict[tuple[str, str], Count]:
    """Each handover of the text's exchanges as (sender, receiver) -> count."""
    return {
        (t.sender.code, t.receiver.code): t.count for e in result.exchanges for t in e.transfers
    }


def test_news_only_the_marked_handover_of_two_equal_ones_is_set_right(news: Read) -> None:
    result = news(
        "Moscow handed over 260 Ukrainian soldiers on Friday, and Kyiv returned 260 (sic; "
        "the ministry later said 206) Russian servicemen.",
        published=_PUBLISHED,
    )
    legs = _legs(result)
    assert legs[("RUS", "UKR")] == Count.exact(260)
    assert legs[("UKR", "RUS")] == Count.exact(206)


def test_news_a_marked_handover_with_no_number_leaves_its_twin_standing(news: Read) -> None:
    result = news(
        "Moscow handed over 260 Ukrainian soldiers on Friday, and Kyiv returned 260 (sic, "
        "as the bulletin printed it) Russian servicemen.",
        published=_PUBLISHED,
    )
    legs = _legs(result)
    assert legs.get(("RUS", "UKR")) == Count.exact(260)
    assert Count.exact(260) not in [c for (s, _), c in legs.items() if s == "UKR"]


def test_news_only_the_marked_loss_of_two_equal_ones_is_set_right(news: Read) -> None:
    result = news(
        "The general staff said 7,100 Russian troops had been killed since January, and "
        "the wounded numbered 7,100 (sic; a later bulletin gave 1,700).",
        published=_PUBLISHED,
    )
    assert {(c.category.value, c.count) for c in result.claims} == {
        ("killed", Count.exact(7_100)),
        ("wounded", Count.exact(1_700)),
    }


def test_news_two_equal_unmarked_handovers_both_stand(news: Read) -> None:
    """Near-miss: a plain bracket flags nothing, so both equal figures are read."""
    result = news(
        "Moscow handed over 260 Ukrainian soldiers on Friday, and Kyiv returned 260 (by the "
        "ministry's count) Russian servicemen.",
        published=_PUBLISHED,
    )
    legs = _legs(result)
    assert legs[("RUS", "UKR")] == Count.exact(260)
    assert legs[("UKR", "RUS")] == Count.exact(260)


@settings(max_examples=25)
@given(
    size=st.integers(min_value=30, max_value=900),
    right=st.integers(min_value=30, max_value=900),
)
def test_news_the_unmarked_twin_is_never_changed(news: Read, size: int, right: int) -> None:
    result = news(
        f"Moscow handed over {size} Ukrainian soldiers on Friday, and Kyiv returned {size} "
        f"(sic; the ministry later said {right}) Russian servicemen.",
        published=_PUBLISHED,
    )
    legs = _legs(result)
    assert legs[("RUS", "UKR")] == Count.exact(size)
    assert legs.get(("UKR", "RUS"), Count.exact(right)) == Count.exact(right)
