"""A size given "on each of three days" (or "a day for three days") is no one swap's size.

"In May, 280 prisoners went each way on each of three days" tells three handovers on
days it does not name, 280 each; reading one swap of 280 dated May would be wrong, so
none is read. A size on one day of several ("on the first of three days") keeps it.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange


def sizes(text: str) -> set[int]:
    """Every count of a transfer read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 7, 1), publisher="Desk"
    )
    return {
        t.count.best or 0 for item in items if isinstance(item, Exchange) for t in item.transfers
    }


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=20, max_value=1_500).filter(lambda n: not 1800 <= n <= 2100),
    days=st.sampled_from(["two", "three", "four", "3"]),
    form=st.sampled_from(
        [
            "on each of {d} days",
            "on each of {d} consecutive days",
            "on each of the {d} days",
            "a day for {d} days",
        ]
    ),
)
def test_a_size_repeated_over_days_is_no_one_swap(n: int, days: str, form: str) -> None:
    """Whatever the size and the count of days, no one swap of that size is read."""
    text = f"In May, both sides freed {n:,} prisoners {form.format(d=days)}."
    assert n not in sizes(text)


def test_people_each_way_on_each_of_days() -> None:
    """The form with "each way" and plain people."""
    text = "In March, 280 people went each way on each of three days."
    assert 280 not in sizes(text)


def test_each_day_of_a_swap() -> None:
    """ "on each day of the three-day swap": each day's size, not the swap's."""
    text = "Both sides released 150 prisoners on each day of the three-day swap in June."
    assert 150 not in sizes(text)


def test_the_first_of_several_days_keeps_its_size() -> None:
    """Near miss: the size of one day's handover is read."""
    text = "On Friday, the first of three days of exchanges, both sides freed 390 prisoners."
    assert 390 in sizes(text)


def test_a_sum_over_days_is_not_refused_by_this_rule() -> None:
    """Near miss: "each of" after the figure that names no days leaves it alone."""
    text = "Both sides freed 390 prisoners on Friday, each of them a soldier."
    assert 390 in sizes(text)


def test_a_later_figure_on_each_of_days_leaves_the_first_its_day() -> None:
    """Near miss: "and 100 on each of the two days before" is the later figure's, so the
    first figure, with a day of its own, is still read."""
    for first, text in (
        (
            420,
            "Moscow freed 420 Ukrainian soldiers on Friday and 80 on each of the two days before.",
        ),
        (1_150, "Kyiv got back 1,150 bodies on Monday and 300 on each of three days after."),
        (260, "Both sides freed 260 prisoners on Sunday, and 40 on each of the next two days."),
    ):
        found = sizes(text)
        assert first in found, text
        assert not found - {first}, text
