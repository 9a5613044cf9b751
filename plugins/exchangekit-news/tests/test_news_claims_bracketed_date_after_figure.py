"""A date alone in brackets right after a claim's figure dates the claim.

'Kyiv's latest count of servicemen held by Russia is "more than 7,000" (February
2026)': a brief written in April cites the figure with the month it was given, so the
claim stands as of February, not as of the brief. Brackets holding more than the date
("(a figure Moscow disputes, February 2026)") or a date set off elsewhere are not this.
"""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import read

_PUBLISHED = date(2026, 4, 22)


@pytest.mark.parametrize(
    "text",
    [
        "The latest figure Kyiv has given for its servicemen in Russian captivity, which "
        'the brief could not check, is "more than 7,000" (February 2026).\n',
        "Kyiv puts the number of its servicemen held by Russia at more than 7,000 (February "
        "2026), a figure Moscow disputes.\n",
    ],
)
def test_news_a_bracketed_month_after_the_figure_dates_it(text: str) -> None:
    claims = read(text, published=_PUBLISHED).claims
    assert [str(c.as_of) for c in claims] == ["2026-02"]


def test_news_brackets_holding_more_than_a_date_do_not_date_the_figure() -> None:
    # near miss: the bracket tells of another telling, not of the figure's month alone
    text = (
        "The latest figure Kyiv has given for its servicemen in Russian captivity is more "
        "than 7,000 (up from 6,000 in February 2026).\n"
    )
    assert "2026-02" not in {str(c.as_of) for c in read(text, published=_PUBLISHED).claims}
