"""An adverb of time between a bare total and its participle: "the total now freed".

"the number now returned since 2022 is N", "the total so far brought home stands at
N": "now", "already" or "so far" only says the count is up to date; the participle
after it still names the people handed over, so the figure is a running total, as
it is without the adverb. A participle of no handover ("the number now held") and a
handover still to come ("the number now due to be freed") give no total.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import Read


@settings(max_examples=20, deadline=None)
@given(
    total=st.integers(min_value=1_500, max_value=9_000),
    adverb=st.sampled_from(["now", "already", "so far"]),
    head=st.sampled_from(["total", "number"]),
    participle=st.sampled_from(["returned", "freed", "brought home"]),
)
def test_the_adverb_leaves_the_running_total(
    news: Callable[..., Read], total: int, adverb: str, head: str, participle: str
) -> None:
    """Whatever the adverb and participle, the figure is Ukraine's running total."""
    text = (
        f"Kyiv's ombudsman told reporters on Monday that the {head} {adverb} {participle} "
        f"from Russian captivity since the invasion was {total:,}."
    )
    rows = news(text, published=date(2025, 6, 4)).tallies_as_text()
    assert ("RUS", "UKR", "other", f"{total:,}") in rows


def test_in_words_after_a_spoken_aside(news: Callable[..., Read]) -> None:
    """The harder form: a spoken figure in words, the teller before the total."""
    text = (
        "HOST: Ukraine's ombudsman told viewers on Friday the total now returned home "
        "since 2022 is three thousand, one hundred and eight."
    )
    rows = news(text, published=date(2025, 6, 4)).tallies_as_text()
    assert ("RUS", "UKR", "other", "3,108") in rows


def test_held_or_still_to_come_is_no_total(news: Callable[..., Read]) -> None:
    """ "now held" moves no one and "now due to be freed" is to come: no total read."""
    for text in (
        "Kyiv's ombudsman said on Monday that the number now held in Russian prisons was 6,210.",
        "Kyiv's ombudsman said on Monday that the number now due to be freed under the "
        "deal was 1,210.",
    ):
        result = news(text, published=date(2025, 6, 4))
        assert not result.tallies, text
        assert not result.exchanges, text
