"""Irrecoverable losses: the dead and the missing, never the wounded who recover.

"Irrecoverable losses" is the military term for soldiers who will not come back to
their unit: the killed and the missing (some tellers add the captured or the
invalided). It is no total of killed and wounded, so a figure for it is read as
killed or missing; "irrecoverable and sanitary losses" together are all losses. A
definition set off by dashes before "are estimated at" ("losses - killed and
missing, ... badly wounded ... - are estimated at N") is an aside, not the kind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv's intelligence agency said the irrecoverable losses of the Russian army "
            "had passed 200,000 soldiers.",
            ("RUS", "killed_or_missing", Count.more_than(200_000)),
        ),
        (
            "The think tank put Ukraine's irrecoverable losses at about 90,000 by the spring.",
            ("UKR", "killed_or_missing", Count.approx(90_000)),
        ),
        # harder: the kind defined between dashes, wounded named inside the aside
        (
            "Of the Russian casualties, the irrecoverable losses - the killed and the "
            "missing, and men too badly wounded ever to fight again - are estimated at "
            "roughly 160,000.",
            ("RUS", "killed_or_missing", Count.approx(160_000)),
        ),
    ],
)
def test_news_irrecoverable_losses_are_killed_or_missing(
    found: Callable[..., Any], news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    assert found(news(text)) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near-miss: irrecoverable and sanitary losses together are all losses
        (
            "Moscow said Ukraine's irrecoverable and sanitary losses together had "
            "exceeded 300,000 this year.",
            ("UKR", "total_losses", Count.more_than(300_000)),
        ),
        # near-miss: plain losses stay total losses
        (
            "Kyiv said Russian losses had passed 700,000.",
            ("RUS", "total_losses", Count.more_than(700_000)),
        ),
    ],
)
def test_news_other_losses_keep_their_kind(
    found: Callable[..., Any], news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    assert found(news(text)) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukrainian losses - many of them listed as missing - are estimated at about "
            "70,000, the report said.",
            ("UKR", "total_losses", Count.approx(70_000)),
        ),
        (
            "Russian casualties - most of them wounded - were put at about 400,000 by the "
            "think tank.",
            ("RUS", "total_losses", Count.approx(400_000)),
        ),
        (
            "Ukrainian casualties \u2014 killed, wounded and captured \u2014 are estimated at "
            "about 400,000, the report said.",
            ("UKR", "total_losses", Count.approx(400_000)),
        ),
    ],
)
def test_news_an_aside_between_dashes_before_a_valuing_verb_is_no_kind(
    found: Callable[..., Any], news: News, text: str, expected: tuple[str, str, Count]
) -> None:
    """A spaced hyphen stands for a dash; the head before the aside names the kind."""
    assert found(news(text)) == {expected}


@given(st.integers(min_value=2_200, max_value=900_000))
def test_news_irrecoverable_losses_never_read_as_wounded_or_total(news: News, n: int) -> None:
    text = (
        f"The irrecoverable losses of the Russian forces - killed and missing, with the "
        f"badly wounded - are estimated at about {n:,}."
    )
    kinds = {(c.subject.code, c.category.value, c.count) for c in news(text).claims}
    assert kinds == {("RUS", "killed_or_missing", Count.parse(f"about {n:,}"))}
