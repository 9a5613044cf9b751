"""The other way of a running total is read past an aside on its receiver.

"In May Kyiv recovered 4,200 bodies over several stages, while Moscow, which had
asked for far more during the talks, got 61": the aside set off by commas tells
something else about Moscow; the contrast word before it still makes the 61 the
month's total of the other way, as it does with no aside at all. The words of an
aside give no cue of their own: a "back" inside one ("which had promised to send
back ...") neither makes nor unmakes the reading.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Moved = set[tuple[str, str, str]]
Split = Callable[[str], tuple[Moved, Moved]]


@pytest.mark.parametrize(
    "text",
    [
        "In May Ukraine recovered 4,200 bodies over several stages, while Russia, which"
        " had asked for far more during the long talks in Geneva, got 61.",
        "In May Ukraine recovered 4,200 bodies in several stages over the month, whereas"
        " Russia, whose negotiators had pressed for a larger figure in the talks, received 61.",
        "In May Ukraine recovered 4,200 bodies in several stages, while Russia, which had"
        " been promised a larger share under the accord signed that week, took back 61.",
    ],
)
def test_news_return_way_read_past_aside(receipts: Split, text: str) -> None:
    transfers, tallies = receipts(text)
    assert ("UKR", "remains", "4,200") in tallies
    assert ("RUS", "remains", "61") in tallies
    assert not any(count == "61" for *_, count in transfers)


def test_news_aside_alone_gives_no_return_cue(receipts: Split) -> None:
    """With no contrast word before the aside, the figure after it is no other way."""
    transfers, tallies = receipts(
        "In May Ukraine recovered 4,200 bodies in several stages. Russia, which had asked"
        " for far more during the long talks in Geneva, said 61 were missing."
    )
    assert ("UKR", "remains", "4,200") in tallies
    assert not any(count == "61" for *_, count in tallies | transfers)


@settings(max_examples=20, deadline=None)
@given(
    total=st.integers(min_value=2_101, max_value=9_000),
    back=st.integers(min_value=2, max_value=1_700),
    cue=st.sampled_from(["while", "whereas"]),
)
def test_news_return_way_past_aside_any_figures(
    receipts: Split, total: int, back: int, cue: str
) -> None:
    transfers, tallies = receipts(
        f"In May Ukraine recovered {total:,} bodies in several stages, {cue} Russia, which"
        f" had asked for far more during the long talks in Geneva, got {back:,}."
    )
    assert ("UKR", "remains", f"{total:,}") in tallies
    assert ("RUS", "remains", f"{back:,}") in tallies
    assert not transfers
