"""Posts online are hearsay only as the sentence's subject, not as what a speaker answers.

"A widely shared viral post claims Zelensky said 46,000 ..." reports a rumour; "The
president, replying to viral posts, said 46,000 ..." is the president's own claim: the
posts stand after a comma and a preposition, so they are no subject.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

Found = Callable[[Any], set[tuple[str, str, Count]]]


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky, replying to viral posts, said 43,000 Ukrainian soldiers had been killed.",
        # harder: no comma, another verb and preposition before the posts
        "Zelensky reacting to much-shared posts said 43,000 Ukrainian soldiers had been killed.",
    ],
)
def test_a_speaker_answering_posts_keeps_the_claim(news: Any, found: Found, text: str) -> None:
    """The named speaker's figure is read as a claim of Ukrainian dead."""
    assert found(news(text)) == {("UKR", "killed", Count.parse("43,000"))}


@pytest.mark.parametrize(
    "text",
    [
        "A much-shared viral post claims Zelensky said 43,000 Ukrainian soldiers had been killed.",
        "Widely circulated social media posts say 43,000 Ukrainian soldiers had been killed.",
    ],
)
def test_near_miss_posts_as_subject_stay_hearsay(news: Any, text: str) -> None:
    """Near miss: posts that are the sentence's subject give no one's claim."""
    assert news(text).claims == []
