"""A date in an event phrase after "respectively" is no item of the list it shares out.

"On 6 March, 140 Ukrainians and 128 Russians, respectively, were freed, despite the
shelling on 2 March of the crossing point" is one swap of 6 March: "despite (after,
amid) the shelling" brings in an event of its own, so its day is not paired with the
second figure (which was dated 2 March, the first figure 6 March). Two dates listed
together still pair with two figures ("on 2 May and 9 June ... 40 and 55 respectively").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Recap = Callable[..., set[tuple[str, str, str, str, str]]]


@pytest.mark.parametrize(
    "text",
    [
        "On 6 March, 140 Ukrainians and 128 Russian soldiers, respectively, were freed, "
        "despite the shelling on 2 March of the crossing point.",
        "On 6 March, 140 Ukrainians and 128 Russian soldiers, respectively, came home, "
        "after a delay on 2 March at the border.",
        "The swap came on 6 March: 140 Ukrainians and 128 Russian soldiers, respectively, "
        "were released, amid the fighting on 2 March near the crossing.",
    ],
)
def test_news_the_date_of_an_event_phrase_leaves_the_pair_on_its_day(
    recap: Recap, text: str
) -> None:
    assert {leg[0] for leg in recap(text)} == {"2025-03-06"}


def test_news_dates_listed_together_still_pair_with_the_figures(recap: Recap) -> None:
    # near-miss: "respectively" shares two figures over two days written as one list
    text = "On 2 May and 9 June, Russia freed 40 and 55 soldiers respectively."
    assert recap(text) == {
        ("2025-05-02", "RUS", "UKR", "prisoners_of_war", "40"),
        ("2025-06-09", "RUS", "UKR", "prisoners_of_war", "55"),
    }
