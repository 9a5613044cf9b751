"""Figures a text refutes are no claims (b23-d).

"Kyiv has not admitted losing 900,000": the verb of admitting is negated, so the
gerund's figure is no one's count.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

News = Callable[..., Any]


@pytest.mark.parametrize(
    "text",
    [
        "No, Kyiv has not admitted losing 900,000 soldiers.",
        "Moscow has never acknowledged losing more than 80,000 men in the offensive.",
        # harder: contracted negation, a quote around the figure
        'The ministry didn\'t admit losing "half a million troops", the analyst said.',
    ],
)
def test_news_figure_after_a_negated_admission_is_no_claim(news: News, text: str) -> None:
    """A gerund under a negated verb of admitting gives no claim."""
    assert news(text).claims == []


def test_news_admitted_losing_stays_a_claim(news: News) -> None:
    """Without the negation, admitting a loss is a claim of it."""
    claims = news("Kyiv admitted in March losing 46,000 soldiers.").claims
    assert [(c.subject.code, c.count.best) for c in claims] == [("UKR", 46_000)]
