"""A place after "after" tells where the reunited were, not where their family is.

"12 Ukrainian children were reunited with their families after two years in Russia":
"in Russia" is where the children had been, so they came home to Ukraine; only an "in X"
of the reunion itself ("reunited with a parent in Russia") sends them to X.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday {n} Ukrainian children were reunited with their families after spending"
        " months in Russia.",
        "On Tuesday {n} Ukrainian children were reunited with their parents after two years"
        " in Russia.",
        "On Tuesday {n} Ukrainian teenagers were reunited with relatives following a long"
        " stay in Russia.",
    ],
)
@pytest.mark.parametrize("n", [6, 17, 33])
def test_news_reunited_after_time_in_a_place_go_home(recap: Recap, text: str, n: int) -> None:
    legs = recap(text.format(n=n))
    assert ("2025-11-18", "RUS", "UKR", "children", str(n)) in legs
    assert all(receiver != "RUS" for _, _, receiver, _, _ in legs)


def test_news_reunited_in_a_place_goes_there(recap: Recap) -> None:
    legs = recap(
        "On Tuesday nine Russian children were reunited with their parents in Russia, the"
        " ombudsman said."
    )
    assert all(receiver != "UKR" for _, _, receiver, _, _ in legs)
