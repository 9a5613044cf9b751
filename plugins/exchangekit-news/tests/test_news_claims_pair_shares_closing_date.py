"""A date closing "N killed and M injured in <month>" dates both figures of the pair.

"The monitors released their figures on 6 May. They counted 150 civilians killed and
600 injured in April": April is the month both figures count, so the first of the
pair is not dated by the release told just before. A figure set against an earlier
one ("..., up from about 125,000 in July") still leaves the later date to that one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

News = Callable[..., Any]

_OUT = "The UN monitoring mission in Ukraine released its new figures on 6 May. "


def test_news_a_pair_of_figures_shares_the_month_closing_it(news: News) -> None:
    text = _OUT + "It counted 150 civilians killed and 600 injured in April."
    assert news(text).claim_days_by_count_text() == {"150": "2025-04", "600": "2025-04"}


def test_news_a_pair_without_the_release_before_reads_the_same(news: News) -> None:
    text = "The UN mission in Ukraine counted 150 civilians killed and 600 injured in April."
    assert news(text).claim_days_by_count_text() == {"150": "2025-04", "600": "2025-04"}


def test_news_a_figure_set_against_an_earlier_one_keeps_the_release_day(news: News) -> None:
    text = (
        "The BBC's Russian service, working with Mediazona, published its latest count on "
        "Monday. The number of Russian soldiers whose deaths it has confirmed by name has now "
        "passed 140,000, it says, up from about 125,000 in July."
    )
    assert news(text).claim_days_by_count_text()["more than 140,000"] == "2025-10-20"
