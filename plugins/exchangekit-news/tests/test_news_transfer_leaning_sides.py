"""A side leant to before the noun ("55 pro-Russian fighters"): the noun still names the people.

"pro-<side>" modifies the noun as a nationality does, alone or after one ("Russian and
pro-Russian fighters"); it says nothing of whose the people are, so the way they went
comes from the verb as before.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Recap = Callable[[str], set[tuple[str, str, str, str, str]]]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from(
        [
            ("fighters", "prisoners_of_war"),
            ("soldiers", "prisoners_of_war"),
            ("civilians", "civilians"),
        ]
    ),
    st.sampled_from(["pro-Russian", "Russian and pro-Russian", "pro-Moscow"]),
)
def test_news_a_leaning_side_before_the_noun_keeps_the_nouns_kind(
    recap: Recap, amount: int, noun: tuple[str, str], leaning: str
) -> None:
    """ "handed over 55 Russian and pro-Russian fighters": prisoners of war, to Russia."""
    word, kind = noun
    found = recap(f"On 21 September Ukraine handed over {amount} {leaning} {word} to Russia.")
    assert {leg[1:] for leg in found} == {("UKR", "RUS", kind, str(amount))}


def test_news_leaning_people_still_held_move_nowhere(recap: Recap) -> None:
    """ "Ukraine still holds 55 pro-Russian fighters": no one was handed over."""
    assert not recap("On 21 September Ukraine still held 55 pro-Russian fighters.")


def test_news_leaning_people_of_no_kind_stay_of_no_kind(recap: Recap) -> None:
    """ "55 pro-Russian activists": the noun names no kind, so neither does the side."""
    found = recap("On 21 September Ukraine handed over 55 pro-Russian activists to Russia.")
    assert {leg[3] for leg in found} <= {"other"}
