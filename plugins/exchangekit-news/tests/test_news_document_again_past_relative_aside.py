"""'The same report, which ..., estimated N': the report told before dates N, past the aside."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]

_FIRST = (
    "A report published in March by a London research institute put Russian casualties at "
    "about 700,000. "
)


@pytest.mark.parametrize(
    "second",
    [
        "The same report, which draws on open sources, estimated Ukrainian casualties at "
        "about 300,000.",
        "The same report, which its authors call a floor, put Ukrainian casualties at about "
        "300,000.",
        "The same institute, which is funded by donors, estimated Ukrainian casualties at "
        "about 300,000.",
    ],
)
def test_news_a_document_named_again_past_an_aside_keeps_its_date(news: News, second: str) -> None:
    read = news(_FIRST + second, published=date(2025, 6, 14))
    dates = {c.count.best: str(c.as_of) for c in read.claims}
    assert dates == {700_000: "2025-03", 300_000: "2025-03"}


def test_news_a_document_with_an_aside_in_the_present_is_current(news: News) -> None:
    """The near miss: "puts" is the document's word now, not when it was published."""
    text = (
        _FIRST + "The report, which is updated monthly, puts Ukrainian casualties at about 300,000."
    )
    read = news(text, published=date(2025, 6, 14))
    dates = {c.count.best: str(c.as_of) for c in read.claims}
    assert dates[300_000] != "2025-03"
