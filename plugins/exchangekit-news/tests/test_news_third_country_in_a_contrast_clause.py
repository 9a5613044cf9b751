"""A third country in a later clause of contrast is not the receiver of the first figure.

"On Monday 52 soldiers came home, while nine volunteers who had fought for Ukraine
were flown to Qatar": the clause after ", while" (", whereas", ", but") tells of other
people, so the country they went to and the side they fought for say nothing of the
52. The people in that clause are still read as freed to the country.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]

_SETTINGS = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
_THIRD = {"Qatar": "QAT", "Saudi Arabia": "SAU", "Turkey": "TUR"}


@given(
    count=st.integers(min_value=11, max_value=3000),
    third=st.sampled_from(sorted(_THIRD)),
    joiner=st.sampled_from(["while", "whereas", "but"]),
)
@_SETTINGS
def test_the_country_of_a_contrast_clause_receives_only_its_own_people(
    recap: Recap, count: int, third: str, joiner: str
) -> None:
    text = (
        f"In Doha on Monday, {count:,} soldiers came home, {joiner} nine volunteers who "
        f"had fought for Ukraine were flown to {third}."
    )
    legs = recap(text)
    assert all(leg[4] != f"{count:,}" or leg[2] != _THIRD[third] for leg in legs)


def test_the_people_of_the_contrast_clause_still_go_to_the_country(recap: Recap) -> None:
    text = (
        "On Monday 52 soldiers came home, while nine fighters who had fought for Ukraine "
        "were flown to Qatar."
    )
    legs = recap(text)
    assert ("RUS", "QAT", "prisoners_of_war", "9") in {leg[1:] for leg in legs}
    assert not any(leg[2] == "QAT" and leg[4] == "52" for leg in legs)
