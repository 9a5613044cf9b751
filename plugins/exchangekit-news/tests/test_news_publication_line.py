"""A short line giving the text's own date is not a heading that sets the year of what follows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["Published 14 January 2025", "Updated 14 January 2025", "14 January 2025"]),
    st.sampled_from(["On 8 February", "On February 8"]),
)
def test_news_a_dateline_of_the_text_does_not_put_later_days_in_its_year(
    periods: Callable[..., Any], line: str, day: str
) -> None:
    text = (
        "Research Note: a year of swaps\n"
        f"{line}\n\n"
        f"{day}, 100 Ukrainian soldiers were returned from Russia.\n"
    )
    assert periods(text, date(2025, 1, 14)) == {"2024-02-08"}


def test_news_a_heading_year_still_sets_the_year_of_its_section(
    periods: Callable[..., Any],
) -> None:
    text = "A busy 2023.\n\nOn 8 February, 100 Ukrainian soldiers were returned from Russia.\n"
    assert periods(text, date(2025, 1, 14)) == {"2023-02-08"}


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["handover", "exchange", "swap"]), st.integers(min_value=2, max_value=90))
def test_news_the_day_given_to_the_same_exchange_dates_it(
    periods: Callable[..., Any], noun: str, amount: int
) -> None:
    text = (
        "Kyiv said it had got back 600 bodies from Moscow, while Russia took back the "
        f"remains of {amount} of its own soldiers in the same {noun} on Thursday."
    )
    assert periods(text, date(2025, 11, 22)) == {"2025-11-20"}


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(["peace talks in Geneva", "negotiations in Riyadh", "a summit in Doha"]),
    st.sampled_from(["last month", "in June"]),
)
def test_news_the_date_of_the_talks_that_agreed_a_handover_is_not_its_date(
    periods: Callable[..., Any], talks: str, when: str
) -> None:
    text = (
        "Kyiv said on Thursday it had received 800 bodies from Russia, the latest of "
        f"the handovers agreed at {talks} {when}."
    )
    assert periods(text, date(2025, 7, 18)) == {"2025-07-17"}


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        ["30 November 2024, 10:14", "30 November 2024 10:14", "November 30, 2024, 10:14"]
    ),
    st.integers(min_value=20, max_value=900),
)
def test_news_a_publication_line_with_a_time_is_no_live_blog_entry(
    news: Callable[..., Any], line: str, amount: int
) -> None:
    """ "30 November 2024, 10:14" over a headline dates the article, not a blog entry: the
    headline's undated figure is the body's Friday handover, told once."""
    text = (
        f"REGIONAL PAPER ONLINE\n{line}\n\n"
        f"{amount} fallen soldiers brought home; families asked to give DNA\n\n"
        f"The bodies of {amount} soldiers who died fighting for Ukraine were repatriated on "
        "Friday, the Coordination Headquarters announced.\n"
    )
    read = news(text, published=date(2024, 11, 30))
    days = {str(e.period) for e in read.exchanges for t in e.transfers}
    assert days == {"2024-11-29"}


@pytest.mark.parametrize("document", ["statement", "bulletin", "communique", "update"])
@pytest.mark.parametrize(("n", "word"), [(45, "Forty-five"), (12, "Twelve"), (130, "130")])
def test_news_a_documents_date_over_the_headline_does_not_date_its_figure(
    recap: Callable[[str], set[tuple[str, str, str, str, str]]], document: str, n: int, word: str
) -> None:
    # "HUR – statement, 7 May 2023" dates the statement; the headline's figure is the
    # exchange the text tells under it ("Yesterday, 6 May, ..."), one record, not two
    legs = recap(
        f"Defence Intelligence of Ukraine – {document}, 19 November 2025\n\n"
        f"{word} defenders return home\n\n"
        f"Yesterday, 18 November, Ukraine brought home {n} defenders from Russian captivity.\n"
    )
    assert legs == {("2025-11-18", "RUS", "UKR", "prisoners_of_war", str(n))}
