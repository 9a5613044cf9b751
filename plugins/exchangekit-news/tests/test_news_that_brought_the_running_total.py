"""A sentence of its own, "That brought the running total to N", after a handover.

"That" takes up the handover just told and "the running total" the total of
returns the text already gave, so the figure is that total's later value, going
the same way, standing on the handover's day. With no total told before, or a
smaller figure than it, nothing is read: the figure could be anyone's total.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import Read

_EARLIER = (
    "By the spring, the ombudsman's count of Ukrainians freed from Russian captivity "
    "stood at {before}. "
)


@settings(max_examples=20, deadline=None)
@given(
    before=st.integers(min_value=2_000, max_value=5_000),
    soldiers=st.integers(min_value=40, max_value=300),
    verb=st.sampled_from(["brought", "took", "pushed"]),
    opener=st.sampled_from(["That", "This"]),
)
def test_the_total_told_earlier_runs_on_to_the_new_figure(
    news: Callable[..., Read], before: int, soldiers: int, verb: str, opener: str
) -> None:
    """Whatever the figures, the new value goes the way of the total told before."""
    after = before + soldiers + 9
    text = (
        _EARLIER.format(before=f"{before:,}")
        + f"On 4 June, {soldiers} Ukrainian soldiers and nine civilians were freed, and "
        f"Moscow got {soldiers} of its servicemen back in return. {opener} {verb} the "
        f"running total to {after:,}."
    )
    result = news(text, published=date(2025, 7, 1))
    rows = result.tallies_as_text()
    assert ("RUS", "UKR", "other", f"{after:,}") in rows
    assert not any(count == f"{after:,}" and receiver == "RUS" for _, receiver, _, count in rows)
    # the total stood so on the day of the handover that carried it
    assert {str(t.as_of) for t in result.tallies if str(t.count) == f"{after:,}"} == {"2025-06-04"}


def test_an_aside_and_a_rank_after_the_figure(news: Callable[..., Read]) -> None:
    """The harder form: the earlier total two sentences back, a rank after the figure."""
    text = (
        "The headquarters said in March that 3,310 Ukrainians had come home since 2022. "
        "Families in Lviv held a vigil the week after. "
        "In mid-April, 117 Ukrainian defenders were released; Russia, for its part, "
        "received 117 of its own troops. This took the running total to 3,427, in the "
        "fifty-first exchange."
    )
    rows = news(text, published=date(2025, 5, 2)).tallies_as_text()
    assert ("RUS", "UKR", "other", "3,427") in rows


def test_no_total_told_before_reads_nothing(news: Callable[..., Read]) -> None:
    """With no earlier total to carry on, "the running total" names no side: no figure."""
    text = (
        "On 4 June, 130 Ukrainian soldiers were freed, and Moscow got 130 of its "
        "servicemen back in return. That brought the running total to 5,905."
    )
    result = news(text, published=date(2025, 7, 1))
    assert "5,905" not in {str(t.count) for t in result.tallies}
    assert "5,905" not in {str(c) for c in result.moved_counts()}


def test_a_smaller_figure_is_no_later_value(news: Callable[..., Read]) -> None:
    """A running total does not shrink: below the total told before, nothing is read."""
    text = (
        _EARLIER.format(before="4,800")
        + "On 4 June, 130 Ukrainian soldiers were freed, and Moscow got 130 of its "
        "servicemen back in return. That brought the running total to 2,905."
    )
    result = news(text, published=date(2025, 7, 1))
    assert "2,905" not in {str(t.count) for t in result.tallies}
