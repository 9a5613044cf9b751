"""A day on which a teller gave figures dates the telling, not a handover.

"The swap took place on Tuesday. ... Moscow did not give figures on Wednesday, saying
only that 40 servicemen had been returned": the day is when the ministry spoke, so the
40 it restates are the Tuesday swap's leg, not a second exchange on Wednesday. A day
that dates the handover itself ("40 were returned on Wednesday") stays its own.
"""

from __future__ import annotations

from datetime import date

from .conftest import read

_SWAP = (
    "KYIV, May 8 - Ukraine freed 40 Russian servicemen on Tuesday in return for 90 "
    "Ukrainian soldiers, officials said.\n\n"
)


def test_news_a_figure_restated_on_the_day_figures_were_given_is_the_swap() -> None:
    text = _SWAP + (
        "The Russian defence ministry did not give figures on Wednesday, saying only that "
        "40 servicemen had been returned to Russia."
    )
    legs = read(text, published=date(2024, 5, 8)).period_legs()
    assert {leg[0] for leg in legs} == {"2024-05-07"}


def test_news_a_handover_on_its_own_day_stays_apart() -> None:
    text = _SWAP + (
        "In a separate handover on Wednesday, another 40 servicemen were returned to Russia, "
        "the ministry said."
    )
    legs = read(text, published=date(2024, 5, 8)).period_legs()
    assert ("2024-05-08", "UKR", "RUS", "prisoners_of_war", "40") in legs
