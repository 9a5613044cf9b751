"""A third country another group went to is not where the figure's foreigners went.

"Russia freed eight foreign nationals under an agreement by which four Ukrainian
officers were flown to Turkey": the relative clause has its own subject, so Turkey is
the officers' and not the foreigners' receiver. With no country of their own told, the
foreigners are not read at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import moves

_DAY = date(2025, 6, 20)


@pytest.mark.parametrize(
    "text",
    [
        "In March, Russia freed eight foreign nationals under an agreement by which four "
        "Ukrainian officers were also flown to Turkey.",
        "In March, Russia freed eight foreign nationals in a deal in which four Ukrainian "
        "officers were sent to Turkey.",
    ],
)
def test_news_another_groups_country_receives_none_of_the_figure(text: str) -> None:
    assert not any(receiver == "TUR" and n == 8 for _, receiver, _, n in moves(text, _DAY))


def test_news_the_figures_own_country_is_still_its_receiver() -> None:
    # near miss: the foreigners' own "to Saudi Arabia" comes before the other clause
    text = (
        "In March, Russia freed eight foreign nationals to Saudi Arabia under an agreement "
        "in which four Ukrainian officers went to Turkey."
    )
    assert ("RUS", "SAU", "other", 8) in moves(text, _DAY)
