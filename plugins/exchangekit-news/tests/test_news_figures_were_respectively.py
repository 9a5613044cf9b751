"""A later swap's bare pair opened by "respectively": "the figures were, respectively, N and M".

"On 4 March Kyiv got back 150 prisoners and Moscow 140, and on 9 February the numbers
were, respectively, 120 and 110": the word only says the pair keeps the order of the
two directions told before it, as "the figures were 120 and 110" does; it shares no
figures out over the sentence's dates, so the first pair keeps its own day. Every
passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]


@pytest.mark.parametrize("word", [", respectively, ", " respectively "])
@pytest.mark.parametrize("subject", ["figures", "numbers"])
def test_news_respectively_before_a_bare_pair(recap: Recap, word: str, subject: str) -> None:
    found = recap(
        "On 4 March Kyiv got back 150 prisoners and Moscow 140, and on 9 February"
        f" the {subject} were{word}120 and 110."
    )
    assert found == {
        ("2025-03-04", "RUS", "UKR", "prisoners_of_war", "150"),
        ("2025-03-04", "UKR", "RUS", "prisoners_of_war", "140"),
        ("2025-02-09", "RUS", "UKR", "prisoners_of_war", "120"),
        ("2025-02-09", "UKR", "RUS", "prisoners_of_war", "110"),
    }


# "respectively" before the pair, and closing it in a sentence of its own
_RESPECTIVE_LATER = [
    "In July Russia returned {home:,} bodies and Ukraine {back}, and in September the figures"
    " were, respectively, {later_home:,} and {later_back}.",
    "In July Russia returned {home:,} bodies and Ukraine {back}. In September the figures"
    " were {later_home:,} and {later_back} respectively.",
]


@pytest.mark.parametrize("template", _RESPECTIVE_LATER)
@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=2_200, max_value=9_000),
    st.integers(min_value=2, max_value=90),
    st.integers(min_value=2_200, max_value=9_000),
    st.integers(min_value=2, max_value=90),
)
def test_news_respectively_pair_keeps_the_order_before(
    recap: Recap, template: str, home: int, back: int, later_home: int, later_back: int
) -> None:
    found = recap(
        template.format(home=home, back=back, later_home=later_home, later_back=later_back)
    )
    assert found == {
        ("2025-07", "RUS", "UKR", "remains", f"{home:,}"),
        ("2025-07", "UKR", "RUS", "remains", f"{back:,}"),
        ("2025-09", "RUS", "UKR", "remains", f"{later_home:,}"),
        ("2025-09", "UKR", "RUS", "remains", f"{later_back:,}"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March Kyiv got back 150 prisoners, and on 9 February the figures were,"
        " respectively, 120 and 110.",
        "On 4 March Kyiv got back 150 prisoners. On 9 April the figures were 120 and 110"
        " respectively.",
    ],
)
def test_news_respectively_pair_after_one_way_is_not_read(recap: Recap, text: str) -> None:
    # near miss: no pair told before, so "respectively" has no order to keep
    found = recap(text)
    assert {count for *_rest, count in found} <= {"150"}
