"""A ranked batch sized by a bare count that "followed" is more of the handover just told.

"Ukraine took back 1,212 bodies on Wednesday. A second batch of 1,200 followed on
Friday": the batch's count needs no noun of its own, as "a second batch of 1,200 bodies"
does not; it goes the way of the like-sized leg told before, on its own day. When both
ways are of a like size, or "followed by" makes the batch no subject, nothing is read.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


@settings(max_examples=20, deadline=None)
@given(
    first=st.integers(min_value=400, max_value=2_400),
    back=st.integers(min_value=3, max_value=60),
    rank=st.sampled_from(["second", "third", "further", "another"]),
    noun=st.sampled_from(["batch", "group", "handover"]),
    side=st.sampled_from([("Ukraine", "RUS", "UKR"), ("Russia", "UKR", "RUS")]),
)
def test_news_bare_batch_goes_the_like_sized_way(
    recap: Recap, first: int, back: int, rank: str, noun: str, side: tuple[str, str, str]
) -> None:
    name, sender, receiver = side
    other = "Russia" if name == "Ukraine" else "Ukraine"
    later = first - 17
    article = "an" if rank == "another" else "A"
    opener = "Another" if rank == "another" else f"{article} {rank}"
    legs = recap(
        f"On Tuesday {name} took back {first:,} bodies and {other} {back}. "
        f"{opener} {noun} of {later:,} followed on Thursday."
    )
    got = {(s, r, k) for _, s, r, k, c in legs if c == f"{later:,}"}
    assert got == {(sender, receiver, "remains")}


def test_news_bare_batch_with_a_list_after_it(recap: Recap) -> None:
    """A further stage named after the batch with no count of its own adds nothing."""
    legs = recap(
        "Kyiv took back 640 bodies on 3 June, and Moscow 12. A further handover of 610"
        " followed on 6 June; a third came later, of a size no one gave."
    )
    assert {(p, s, r, k, c) for p, s, r, k, c in legs if c == "610"} == {
        ("2025-06-06", "RUS", "UKR", "remains", "610")
    }


@pytest.mark.parametrize(
    "text",
    [
        # both ways of a like size: which way is not said
        "On Tuesday 70 prisoners were swapped each way. A second group of 55 followed on Friday.",
        # "followed by": the batch is not the subject of its handover
        "Ukraine received 908 bodies on Monday. A second batch of 880 followed by talks on Friday.",
        # no batch noun ranked before the count
        "Ukraine received 908 bodies on Monday. A batch of 880 followed on Friday.",
    ],
)
def test_news_bare_batch_of_unsaid_way_is_unread(recap: Recap, text: str) -> None:
    legs = recap(text)
    assert not any(c in ("55", "880") for *_, c in legs)


_MONDAY = "On Monday Ukraine took back 1,140 bodies and Russia 31. "


@pytest.mark.parametrize(
    "text",
    [
        # a schedule: the present or a participle tells of a batch still to come
        "A second batch of 1,100 follows on Thursday.",
        "A further group of 1,100 following on Thursday will end the operation.",
        # a year or a month is no day of its own after the handover told
        "Officials said a second batch of 1,100 followed in 2023.",
        # a contrary clause names a side of its own
        "Another group of 1,100 followed on Thursday, though Kyiv would not take them in.",
    ],
)
def test_news_bare_batch_not_done_or_not_next_is_unread(recap: Recap, text: str) -> None:
    legs = recap(_MONDAY + text)
    assert not any(c == "1,100" for *_, c in legs)


@pytest.mark.parametrize(
    "text",
    [
        "Another group of 1,100 followed on Thursday as Ukraine sent them back to Russia.",
        "A third batch of 1,100 followed on Thursday, the ministry said, handed to Moscow.",
    ],
)
def test_news_bare_batch_with_its_own_way_goes_that_way(recap: Recap, text: str) -> None:
    legs = recap(_MONDAY + text)
    assert {(s, r) for _, s, r, _, c in legs if c == "1,100"} == {("UKR", "RUS")}
