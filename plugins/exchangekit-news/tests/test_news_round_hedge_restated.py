"""A hedged round figure said again without its hedge stays hedged.

"About 800 bodies were returned ... 800 bodies were received": the round number
repeated bare adds no precision, so the record keeps "about 800". A later figure off
the round number ("812 bodies") is a figure of its own and is read as told.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

from .conftest import transfer_legs


@settings(max_examples=20, deadline=None)
@given(
    hundreds=st.integers(min_value=2, max_value=12),
    hedge=st.sampled_from(["About", "Some", "Around", "Roughly"]),
)
def test_the_bare_round_number_keeps_the_hedge(hundreds: int, hedge: str) -> None:
    """Whatever the round number and hedge word, the first telling's hedge is kept."""
    n = hundreds * 100
    text = (
        f"{hedge} {n:,} bodies were handed over to Ukraine on Tuesday, officials in Kyiv "
        f"said. The reintegration ministry confirmed later that {n:,} bodies had been "
        "received and would be identified."
    )
    legs = transfer_legs(text)
    assert legs[("RUS", "UKR", PersonCategory.REMAINS)] == [Count.approx(n)]


def test_a_figure_off_the_round_number_sizes_it() -> None:
    """Near miss: "812" after "about 800" is no repeat of the round number: read exactly."""
    text = (
        "About 800 bodies were handed over to Ukraine on Tuesday, officials in Kyiv said. "
        "The reintegration ministry confirmed later that 812 bodies had been received."
    )
    legs = transfer_legs(text)
    assert Count.exact(812) in legs[("RUS", "UKR", PersonCategory.REMAINS)]
