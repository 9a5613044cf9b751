"""A later swap's bare pair closed by "respectively": "the figures were N and M respectively".

"On 2 April, 310 Ukrainians came home and Russia took back 290 soldiers. On 30 April
the numbers were 140 and 125 respectively": the word after the pair says, as the word
before it does, that the pair keeps the order of the two directions told just before.
The bare figures name no kind of people; they take the kind of the pair before only
when its two legs were of one kind, and are people of no stated kind otherwise. The
property over generated sizes stands with the word-before form in
``test_news_figures_were_respectively.py``. Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]


@pytest.mark.parametrize("subject", ["figures", "numbers"])
@pytest.mark.parametrize(
    "after", [".", ", a week after talks in Geneva.", "; both sides confirmed."]
)
def test_news_respectively_after_a_bare_pair(recap: Recap, subject: str, after: str) -> None:
    found = recap(
        "On 4 March Kyiv got back 150 prisoners and Moscow 140. On 9 April"
        f" the {subject} were 120 and 110 respectively{after}"
    )
    assert found == {
        ("2025-03-04", "RUS", "UKR", "prisoners_of_war", "150"),
        ("2025-03-04", "UKR", "RUS", "prisoners_of_war", "140"),
        ("2025-04-09", "RUS", "UKR", "prisoners_of_war", "120"),
        ("2025-04-09", "UKR", "RUS", "prisoners_of_war", "110"),
    }


def test_news_bare_pair_after_legs_of_two_kinds_names_no_kind(recap: Recap) -> None:
    # the pair before was of two kinds: the bare figures do not take either one's kind
    found = recap(
        "On 2 April, 310 civilians returned to Ukraine and Russia took back 290 soldiers. Three"
        " weeks later, on 23 April, the numbers were 140 and 125 respectively."
    )
    assert ("2025-04-23", "RUS", "UKR", "other", "140") in found
    assert ("2025-04-23", "UKR", "RUS", "other", "125") in found
    assert not {leg for leg in found if leg[0] == "2025-04-23" and leg[3] != "other"}
