"""A handover whose own verb says it stalled is no handover done.

"The handover of the bodies of 6,000 soldiers stalled on Saturday" and "a swap
of 90 for 90 was delayed" tell a plan held up, not people returned: no transfer
is read from them. A handover told done after its delay ("..., delayed by a
week, took place") or a direct verb of handing over still is.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]


@settings(max_examples=30, deadline=None)
@given(
    count=st.sampled_from(["6,000", "1,212", "thousands", "hundreds", "dozens"]),
    verb=st.sampled_from(
        ["stalled", "was delayed", "was suspended", "collapsed", "descended into acrimony"]
    ),
    aside=st.sampled_from(["", ", agreed at the talks last week,"]),
)
def test_a_stalled_handover_of_bodies_is_no_transfer(
    recap: Callable[[str], Legs], count: str, verb: str, aside: str
) -> None:
    """The noun's verb of stalling refuses the figure, with or without an aside between."""
    text = f"The handover of the bodies of {count} Ukrainian soldiers{aside} {verb} on Saturday.\n"
    assert recap(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "A swap of 90 soldiers for 90 was delayed on Friday after a dispute over the lists.\n",
        "An exchange of 40 prisoners on each side, brokered by the UAE, stalled on Friday.\n",
    ],
)
def test_a_stalled_swap_is_no_transfer(recap: Callable[[str], Legs], text: str) -> None:
    """A prisoner swap held up is a plan too: neither direction is read."""
    assert recap(text) == set()


def test_a_handover_done_after_its_delay_is_read(recap: Callable[[str], Legs]) -> None:
    """Near miss: a direct verb of handing over, with the delay told apart, is a transfer."""
    text = "Russia handed over 900 bodies on Friday after the handover was delayed by a week.\n"
    assert ("2025-11-14", "RUS", "UKR", "remains", "900") in recap(text)
