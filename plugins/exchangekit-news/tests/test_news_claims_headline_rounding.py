"""A headline's "about N" over a body that bounds the figure at the same N.

"Commander says about 80,000 Russian troops killed or wounded" over "well over 80,000
Russian soldiers had been killed or wounded": the headline rounds the body's bound, and
"around 80,000" would print an interval reaching below what was said. Only the body's
"more than 80,000" is read; a headline figure the body does not bound stays.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[[Any], set[tuple[str, str, Count]]]


@pytest.mark.parametrize(
    ("headline", "body", "count"),
    [
        (
            "Commander says about 80,000 Russian troops killed or wounded",
            "The commander said on Tuesday that well over 80,000 Russian soldiers had been "
            "killed or wounded since the invasion.",
            "more than 80,000",
        ),
        # harder: "roughly" in the headline, "at least" in the body, a paragraph between
        (
            "Roughly 30,000 Russian soldiers killed, British intelligence says",
            "The assessment was published on Monday.\n\nBritish defence intelligence said "
            "at least 30,000 Russian soldiers had been killed.",
            "at least 30,000",
        ),
    ],
)
def test_news_headline_rounding_yields_to_the_body(
    news: News, found: Found, headline: str, body: str, count: str
) -> None:
    """Only the body's bound is read; the headline's "about N" is no second claim."""
    claims = found(news(f"{headline}\n\n{body}"))
    assert {c for _, _, c in claims} == {Count.parse(count)}


def test_news_headline_figure_the_body_does_not_bound_stays(news: News, found: Found) -> None:
    """Near miss: a body's bound at another number leaves the headline's figure standing."""
    text = (
        "Commander says about 80,000 Russian troops killed or wounded\n\n"
        "The commander said on Tuesday that more than 60,000 Russian soldiers had been "
        "killed or wounded since the invasion."
    )
    counts = {c for _, _, c in found(news(text))}
    assert Count.parse("about 80,000") in counts


@pytest.mark.parametrize(
    "body",
    [
        # another teller's bound, a year old
        "Russia has lost more than 80,000 soldiers killed or wounded, a British official "
        "said last year.",
        # harder: the same bound, but told in a month long past
        "The commander said in January that more than 80,000 Russian soldiers had been "
        "killed or wounded.",
    ],
)
def test_news_headline_figure_an_older_bound_leaves_standing(
    news: News, found: Found, body: str
) -> None:
    """Near miss: a body's bound told long before is no restatement of the headline's."""
    text = f"Commander says about 80,000 Russian troops killed or wounded\n\n{body}"
    counts = {c for _, _, c in found(news(text))}
    assert Count.parse("about 80,000") in counts
    assert Count.parse("more than 80,000") in counts
