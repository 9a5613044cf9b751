""" "The same number" whose people are named by their army is still the passive's subject.

"The same number of prisoners of war of the armed forces of Ukraine were then handed over
to the Ukrainian side": "of the armed forces of Ukraine" says whose soldiers they
are and lengthens the subject, but the verb is still theirs, so the number told before
went to Kyiv. A verb in another clause, past a comma, is not theirs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

News = Callable[..., Any]

_FIRST = "Today 120 Russian servicemen returned home from captivity. "


def _legs(read: Any) -> list[tuple[str, str, int]]:
    return sorted(
        (t.sender.code, t.receiver.code, t.count.best) for e in read.exchanges for t in e.transfers
    )


def test_news_same_number_named_by_army_goes_to_the_side_after_to(news: News) -> None:
    """ "the same number of prisoners of war of the armed forces of Ukraine were handed"."""
    text = _FIRST + (
        "Under the deal, the same number of prisoners of war of the armed forces of "
        "Ukraine were then handed over to the Ukrainian side."
    )
    assert _legs(news(text)) == [("RUS", "UKR", 120), ("UKR", "RUS", 120)]


def test_news_same_number_before_a_comma_is_not_the_subject(news: News) -> None:
    """Near miss: ", officials said, who were handed over": the clause past the comma."""
    text = _FIRST + (
        "The same number of prisoners of war of the armed forces of Ukraine remain in "
        "Russian camps, officials said, and a list was handed over to the Kiev side."
    )
    assert _legs(news(text)) == [("UKR", "RUS", 120)]
