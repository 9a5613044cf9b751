"""A handover told before a source's aside, and the total in the source's relative clause.

"On Monday, Kyiv took back 1,200 bodies, according to the headquarters, which said the
total it had received since 2022 had now passed 15,000": the relative clause hangs on
the source named in the aside, so its perfect and its "since" tell of the total it
gives, not of the 1,200, which stays one handover; the total is of the handover's kind.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

Receipts = set[tuple[str, str, str]]


@settings(max_examples=25, deadline=None)
@given(
    handed=st.integers(min_value=300, max_value=1_500),
    total=st.integers(min_value=5_000, max_value=30_000),
    day=st.sampled_from(["On Monday", "On Tuesday", "Last Friday"]),
    source=st.sampled_from(
        [
            "according to the Coordination Headquarters, which said",
            "according to Ukrainian officials, who said",
            "the interior ministry said, which added that",
        ]
    ),
)
def test_the_handover_before_the_aside_stays_a_handover(
    receipts: Callable[[str], tuple[Receipts, Receipts]],
    handed: int,
    total: int,
    day: str,
    source: str,
) -> None:
    """The handover is a transfer, never a tally, whatever the relative clause totals."""
    text = (
        f"{day}, Ukraine received {handed:,} bodies, {source} the total it had received"
        f" since June 2023 had now topped {total:,}."
    )
    transfers, tallies = receipts(text)
    assert ("UKR", "remains", f"{handed:,}") in transfers
    assert all(count != f"{handed:,}" for *_, count in tallies)


def test_the_relative_total_takes_the_handovers_kind(
    receipts: Callable[[str], tuple[Receipts, Receipts]],
) -> None:
    """The total the source gives is of bodies, as the handover it follows."""
    text = (
        "On Tuesday, Ukraine received 850 bodies, according to the Coordination"
        " Headquarters, which said the total it had received since June 2023 had now"
        " topped 12,000."
    )
    _, tallies = receipts(text)
    assert tallies == {("UKR", "remains", "more than 12,000")}


def test_an_aside_before_the_figures_own_verb_still_counts_its_span(
    receipts: Callable[[str], tuple[Receipts, Receipts]],
) -> None:
    """Near miss: a subject's aside is skipped to its own perfect verb and "since"."""
    transfers, tallies = receipts(
        "More than 5,000 Ukrainians, according to the ombudsman, have been returned since 2022."
    )
    assert not transfers
    assert tallies == {("UKR", "other", "more than 5,000")}
