"""A "when" clause closed by a later saying dates only its own figures.

Issue 8, frozen-44: "Kyiv last gave a figure in February, when Zelensky said 46,000
had died, and the study estimated ...": the month is the recalled statement's; the
study's figures past ", and" take the date the study was given when first named.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .conftest import Read


@given(
    noun=st.sampled_from(["study", "report", "assessment"]),
    verb=st.sampled_from(["estimated", "put"]),
    asides=st.integers(0, 2),
)
def test_news_study_past_a_closed_when_clause_keeps_its_own_date(
    news: Callable[..., Read], noun: str, verb: str, asides: int
) -> None:
    figure = (
        "Ukrainian losses at about 350,000"
        if verb == "put"
        else "that 350,000 Ukrainians had been killed or wounded"
    )
    text = (
        f"A {noun} by the Center for Strategic and International Studies, released in May, "
        "estimated that Russia had lost nearly 900,000 men."
        + " Neither government commented."
        * asides
        + " Kyiv's own count of its dead was last updated in January, when the president "
        f"said 43,000 soldiers had been killed, and the CSIS {noun} {verb} {figure}."
    )
    claims = news(text, published=date(2025, 6, 20)).claims
    days = {c.count.best: c.as_of.format() for c in claims}
    assert days[43_000] == "2025-01"
    assert days[350_000] == "2025-05"


@pytest.mark.parametrize(
    "text",
    [
        # no ", and" with a saying of its own: the study's figure is still in the clause
        "Kyiv last spoke of its dead in January, when the president said 43,000 soldiers "
        "had been killed and that a study estimated 350,000 killed or wounded.",
        # the document named again opens no clause of its own: "and" without a comma
        "A study by the Center for Strategic and International Studies, released in May, "
        "estimated that Russia had lost nearly 900,000 men. Kyiv last gave a count in "
        "January, when the president said 43,000 soldiers had been killed and the CSIS "
        "study estimated 350,000 killed or wounded.",
    ],
)
def test_news_figure_still_inside_the_when_clause_shares_its_month(
    news: Callable[..., Read], text: str
) -> None:
    claims = news(text, published=date(2025, 6, 20)).claims
    assert {c.as_of.format() for c in claims if c.count.best == 350_000} <= {"2025-01"}
