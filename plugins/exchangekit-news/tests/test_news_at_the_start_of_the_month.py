"""A figure told "at the start of the month" is of the report's month, not its 1st.

"An assessment published at the start of the month" came out on some early day the
text does not settle, so the month is the date to give. "By the start of the month"
is a bound: the count as it stood on the 1st.
"""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import read

REPORT = date(2025, 9, 17)


@pytest.mark.parametrize(
    "text",
    [
        "In an update published at the start of the month, the British defence ministry "
        "said 48,000 Russian soldiers had been killed.\n",
        "The British defence ministry said at the start of the month that 48,000 Russian "
        "soldiers had been killed.\n",
    ],
)
def test_news_told_at_the_start_of_the_month_is_the_month(text: str) -> None:
    assert read(text, published=REPORT).claim_days_of(48000) == {"2025-09"}


def test_news_by_the_start_of_the_month_is_its_first_day() -> None:
    # near miss: "by" bounds the count at the month's first day
    text = (
        "The British defence ministry said 48,000 Russian soldiers had been killed by the "
        "start of the month.\n"
    )
    assert read(text, published=REPORT).claim_days_of(48000) == {"2025-09-01"}
