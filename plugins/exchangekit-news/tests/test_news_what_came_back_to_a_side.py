"""A clause opened by "What came back to <side>" sends its figures to that side.

"What went back to Russia was the remains of 40 soldiers, according to Ukraine's
ombudsman" names the side the people went to before the figures; the source named
after them is who told it, not where they went (the figures were sent to the
source's side). Another verb of handing over before the figure ends the reading.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Recap = Callable[..., set[tuple[str, str, str, str, str]]]


@pytest.mark.parametrize(
    ("text", "way"),
    [
        (
            "On 4 May, what went back to Russia was the remains of 40 soldiers, according "
            "to Ukraine's ombudsman.",
            ("UKR", "RUS"),
        ),
        (
            "What came back to Russia on 4 May was the bodies of 40 soldiers, according to "
            "Ukraine's coordination headquarters.",
            ("UKR", "RUS"),
        ),
        (
            "What came home to Ukraine on 4 May differed: the bodies of 40 soldiers, "
            "according to Russia's defence ministry.",
            ("RUS", "UKR"),
        ),
    ],
)
def test_news_the_side_what_came_back_to_receives_the_figures(
    recap: Recap, text: str, way: tuple[str, str]
) -> None:
    assert {leg[1:3] for leg in recap(text)} == {way}


def test_news_another_verb_before_the_figure_keeps_its_own_way(recap: Recap) -> None:
    # near-miss: the figure is the object of a verb of its own after the head
    text = "What came back to Russia on 4 May was little: Ukraine received 40 bodies."
    assert {leg[1:3] for leg in recap(text)} == {("RUS", "UKR")}


_COUNTS = st.integers(min_value=2, max_value=20_000).filter(lambda n: not 1800 <= n <= 2100)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(n=_COUNTS, side=st.sampled_from([("Russia", "Ukraine's"), ("Ukraine", "Russia's")]))
def test_news_the_named_side_gets_the_figure_whoever_tells_it(
    recap: Recap, n: int, side: tuple[str, str]
) -> None:
    goal, teller = side
    text = (
        f"What came back to {goal} on 4 May was the bodies of {n:,} soldiers, according to "
        f"{teller} officials."
    )
    code = "RUS" if goal == "Russia" else "UKR"
    assert {leg[2] for leg in recap(text)} == {code}
