"""A correction that says a piece misstated a figure withdraws what the piece said.

- 'A story published on Friday under the headline "Kyiv gets back 310 soldiers in
  record swap" misstated the number of people who came home': the headline's figure
  is the error the correction names, not a handover, however long the aside naming
  the piece. "Our report wrongly stated ..." is the same form.
- Near miss: "The report said Moscow had wrongly held 40 civilians, who were freed
  on Friday" is no correction; its figure is still read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]
_PUBLISHED = date(2024, 3, 11)


@settings(max_examples=15, deadline=None)
@given(
    n=st.integers(30, 900),
    piece=st.sampled_from(["A story", "An article", "Our report"]),
    verb=st.sampled_from(["misstated", "misreported", "wrongly gave"]),
)
def test_news_a_misstating_piece_s_headline_is_withdrawn(
    news: News, n: int, piece: str, verb: str
) -> None:
    text = (
        f'{piece} published on Friday under the headline "Kyiv gets back {n} soldiers '
        f'in record swap" {verb} the number of people who came home.'
    )
    assert str(n) not in news(text, published=_PUBLISHED).moved_count_texts()


@pytest.mark.parametrize(
    "text",
    [
        # harder: a correction label first, the figure in the piece's own words
        "Correction: The article, first posted on Saturday morning and shared widely, "
        "incorrectly reported that Russia had handed 410 prisoners to Ukraine.",
        "This headline mistakenly stated that 410 bodies were returned to Ukraine on Friday.",
    ],
)
def test_news_misstated_in_harder_forms(news: News, text: str) -> None:
    assert "410" not in news(text, published=_PUBLISHED).moved_count_texts()


def test_news_a_report_of_wrongful_holding_is_no_correction(news: News) -> None:
    # near miss: "wrongly" is about the holding, and the piece is not the subject
    text = (
        "Russia handed 40 civilians to Ukraine on Friday; the report said Moscow had "
        "wrongly held them for years."
    )
    assert "40" in news(text, published=_PUBLISHED).moved_count_texts()
