"""A part of a total that is "likely to have been killed" is a count of the dead.

"roughly 700,000 killed and wounded, of which 150,000 to 200,000 are likely to have
been killed": the judgment ("are likely to") stands between the part and its verb of
loss, which still names the part's kind. A part whose verb is no loss stays unread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from exchangekit import Count

TOTAL = (
    "Russian casualties are huge. The institute's central estimate, revised in May, is "
    "roughly 700,000 killed and wounded, of which 150,000 to 200,000 are likely to have been"
)


def test_news_part_likely_to_have_been_killed_is_read(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    """The part past the hedge is the total's killed."""
    read = found(news(f"{TOTAL} killed."))
    assert ("RUS", "killed", Count.parse("150,000 to 200,000")) in read
    assert ("RUS", "total_losses", Count.parse("roughly 700,000")) in read


def test_news_part_likely_moved_is_no_claim(
    news: Callable[..., Any], found: Callable[[Any], set[tuple[str, str, Count]]]
) -> None:
    """Near miss: "likely to have been rotated home" names no loss."""
    read = found(news(f"{TOTAL} rotated home."))
    assert {kind for _, kind, _ in read} == {"total_losses"}
