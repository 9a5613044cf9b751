"""The side that lost is the loss verb's subject, past an aside of quoting (b23-d).

"X said that Ukraine had lost, and I'm quoting, more than 300,000": the aside
splits the verb from its object; the losses are Ukraine's, not the side of the
speaker who opens the sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "The Russian minister said in March that Ukraine had lost, and I'm quoting, "
            '"more than 250,000" killed and wounded.',
            "UKR",
        ),
        (
            "Kyiv said in March that Russia had lost, and I am quoting the general, "
            "more than 120,000 killed.",
            "RUS",
        ),
        # the aside a speech verb's: the sentence's opener still loses nothing
        (
            "The Russian minister said last winter that Ukraine had lost, as he put it, "
            '"more than 200,000" killed and wounded.',
            "UKR",
        ),
        # harder: the speaker's own side is named first and the quote opens on words
        (
            "Moscow's defence chief said that Ukraine had lost, and I quote, "
            '"over 250,000" killed and wounded.',
            "UKR",
        ),
    ],
)
def test_news_loss_after_a_quoting_aside_is_the_verbs_subject(
    news: News, text: str, subject: str
) -> None:
    """The claim's subject is the side before "had lost", not the sentence's opener."""
    subjects = {str(c.subject.code) for c in news(text).claims}
    assert subjects == {subject}


def test_news_opening_side_that_suffered_losses_keeps_them(news: News) -> None:
    """With no other side before the loss words, the opening side still owns the toll."""
    text = (
        "North Korean units, of whom thousands went to the front, have suffered heavy "
        "losses, according to Kyiv, which said that around 2,000 had been killed or wounded."
    )
    assert {str(c.subject.code) for c in news(text).claims} == {"PRK"}
