"""A figureless sentence's "between X and Y" sets a span, not its first day, for what follows.

"According to both sides, between 4 May and the end of the month, handovers of the
dead went on in several rounds. Over the same period, ... 2,400 bodies": the total
covers 4 to 31 May, not the war up to 4 May. An end the rule cannot read ("and the
ceasefire") sets no day at all: the opening day alone would be a precise wrong span.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

_PUBLISHED = date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "According to both sides, between 4 May and the end of the month, handovers of "
            "the dead went on in several rounds whose sizes were not always given. Over the "
            "same period, the bodies of more than 2,400 soldiers, Kyiv's coordination "
            "headquarters said, had been brought back to Ukraine.",
            "2025-05-04/2025-05-31",
        ),
        (
            "Between 3 and 26 May, officials on both sides confirmed, the convoys crossed "
            "the border at least four times. Ukraine, over the same period, got back "
            "1,950 bodies, a spokesman said.",
            "2025-05-03/2025-05-26",
        ),
        (
            "Between 6 May and 29 May - a stretch of near-daily shelling - the lorries kept "
            "coming. In the same period, by Kyiv's count, Ukraine received 1,310 bodies.",
            "2025-05-06/2025-05-29",
        ),
    ],
)
def test_the_same_period_takes_the_span_told_before(
    news: Callable[..., Any], text: str, span: str
) -> None:
    spans = {covers for covers, receiver, _, _ in news(text, published=_PUBLISHED).tally_spans()}
    assert spans == {span}


def test_an_end_not_read_sets_no_day_of_the_span(news: Callable[..., Any]) -> None:
    text = (
        "Between 4 May and the ceasefire, handovers of the dead went on in several rounds. "
        "Over the same period, the bodies of more than 2,400 soldiers had been brought back "
        "to Ukraine, the headquarters said."
    )
    spans = {covers for covers, *_ in news(text, published=_PUBLISHED).tally_spans()}
    assert not any(s.endswith("2025-05-04") for s in spans)


def test_a_span_with_its_own_figure_is_left_to_the_rules_for_totals(
    news: Callable[..., Any],
) -> None:
    text = "Between 4 May and 27 May, Ukraine received the bodies of 2,400 soldiers, Kyiv said."
    assert news(text, published=_PUBLISHED).tally_spans() == {
        ("2025-05-04/2025-05-27", "UKR", "remains", "2,400")
    }
