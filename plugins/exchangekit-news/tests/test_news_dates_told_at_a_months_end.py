"""A sentence opening "At the end of <month>," before its teller dates what the teller says.

"At the end of July, the ombudsman's office, in its monthly letter to families, put
the number ... at 6,930": the total stood on July's last day, not on the day of a
recap published weeks later, and "It said ..." right after goes on telling that
statement, so its count is of July too (the month: the day is not told). A total told
"in July alone" is still a span, and a fronted date before a figure dates the figure's
own clause.
"""

from __future__ import annotations

from datetime import date

from .conftest import read

_PUBLISHED = date(2026, 9, 12)  # a recap, weeks after the month it looks back on


def test_news_a_total_put_at_the_end_of_a_month_stands_on_its_last_day() -> None:
    text = (
        "At the end of July, the ombudsman's office put the number of Ukrainians freed "
        "from Russian captivity since February 2022 at 6,930, in 74 exchanges.\n"
    )
    assert read(text, published=_PUBLISHED).tally_days() == {"2026-07-31"}


def test_news_it_said_right_after_goes_on_telling_that_month() -> None:
    text = (
        "At the end of July, the ombudsman's office put the number of Ukrainians freed "
        "from Russian captivity since February 2022 at 6,930, in 74 exchanges. It said "
        "that roughly 5,800 Ukrainians, soldiers and civilians alike, were still held.\n"
    )
    assert {str(c.as_of) for c in read(text, published=_PUBLISHED).claims} == {"2026-07"}


def test_news_a_fronted_months_end_before_a_figure_is_no_saying() -> None:
    # near miss: the figure comes before the verb of saying; the month's end dates the
    # handover, and the next sentence's "It said" is not carried back to it
    text = (
        "At the end of July, 95 soldiers came home, the office said. It said that "
        "roughly 5,800 Ukrainians, soldiers and civilians alike, were still held.\n"
    )
    assert "2026-07" not in {str(c.as_of) for c in read(text, published=_PUBLISHED).claims}
