"""Another teller that "puts" the figure at a number gives it as of the telling.

"London said this week that losses had topped 600,000. Kyiv puts the total at
630,000": the present tense holds when the text is written, not in the week the
first teller spoke. In the past tense ("Kyiv put the total at") the second figure
goes with the first one's statement.
"""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import read

SUNDAY = date(2024, 9, 15)
FIRST = (
    "The British defence ministry said this week that Russian casualties had probably "
    "topped 600,000 since February 2022. "
)


@pytest.mark.parametrize("verb", ["puts", "estimates"])
def test_news_rival_in_the_present_is_of_the_telling(verb: str) -> None:
    text = (
        FIRST
        + f"Ukraine's General Staff, which includes the wounded, {verb} the total at 630,000.\n"
    )
    assert read(text, published=SUNDAY).claim_days_of(630000) == {"2024-09-15"}


def test_news_rival_in_the_past_keeps_the_statement_date() -> None:
    # near miss: "put" in the past goes with the week the first figure was told in
    text = FIRST + "Ukraine's General Staff put the total at 630,000.\n"
    assert read(text, published=SUNDAY).claim_days_of(630000) == {"2024-W37"}
