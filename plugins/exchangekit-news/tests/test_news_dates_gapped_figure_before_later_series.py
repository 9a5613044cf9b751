"""A gapped figure of a dated clause keeps that day when a later clause lists other months.

"on 14 February, 757 bodies were brought back to Ukraine and 43 to Russia, and similar
handovers ... followed in March and again in late April": the 43 is the gapped second
half of the clause the day opens; the months of ", and similar handovers followed"
date those later handovers, never the 43, which would put it in the wrong month. A
figure whose own list of months follows it ("757 bodies in February, in March and
again in April") still has each month.
"""

from __future__ import annotations

from datetime import date

from .conftest import read

_PUBLISHED = date(2025, 10, 23)


def test_news_a_gapped_figure_keeps_the_day_of_its_clause() -> None:
    text = (
        "Repatriations went on through the spring: on 14 February, 757 bodies were brought "
        "back to Ukraine and 43 to Russia, and similar handovers, of several hundred and of "
        "a few dozen, followed in March and again in late April.\n"
    )
    assert read(text, published=_PUBLISHED).period_legs() == {
        ("2025-02-14", "RUS", "UKR", "remains", "757"),
        ("2025-02-14", "UKR", "RUS", "remains", "43"),
    }


def test_news_a_figure_with_its_own_list_of_months_keeps_each() -> None:
    # near miss: "again" after the figure's own months repeats it at each of them
    text = "Ukraine received 757 bodies in February, in March and again in April.\n"
    assert {leg[0] for leg in read(text, published=_PUBLISHED).period_legs()} == {
        "2025-02",
        "2025-03",
        "2025-04",
    }
