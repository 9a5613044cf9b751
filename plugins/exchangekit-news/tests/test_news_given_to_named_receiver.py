"""'<giver> handed over to <side> N of its men': "its" is the receiver's.

A side hands over the people it holds, who are the receiver's own; when the receiver
is named right after the verb of giving ("transferred to Moscow 90 of its soldiers"),
"its" points to that receiver, not back to the giver. Before, the people were read
as the giver's own and sent the wrong way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

Legs = Callable[..., dict[tuple[str, str, str], Any]]


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=12, max_value=900),
    st.sampled_from([("Kyiv", "Russia", "UKR", "RUS"), ("Moscow", "Ukraine", "RUS", "UKR")]),
    st.sampled_from(["transferred", "handed over", "returned", "gave back"]),
    st.sampled_from(["soldiers", "servicemen"]),
)
def test_news_its_people_go_to_the_receiver_named_after_the_verb(
    legs: Legs, count: int, sides: tuple[str, str, str, str], verb: str, people: str
) -> None:
    giver, receiver, giver_code, receiver_code = sides
    found = legs(f"On Friday, {giver} {verb} to {receiver} {count} of its {people}.")
    assert str(found.get((giver_code, receiver_code, "prisoners_of_war"))) == str(count)
    assert (receiver_code, giver_code, "prisoners_of_war") not in found


def test_news_its_people_to_the_receiver_past_a_relative_and_a_second_group(
    legs: Legs,
) -> None:
    # the harder form: a participle on the people and a second group after "as well as"
    found = legs(
        "For its part, the Ukrainian side handed over to Moscow 64 of its troops kept in"
        " our camps, as well as 9 civilians."
    )
    assert str(found.get(("UKR", "RUS", "prisoners_of_war"))) == "64"
    assert str(found.get(("UKR", "RUS", "civilians"))) == "9"
    assert not any(key[1] == "UKR" for key in found)


def test_news_its_people_after_a_verb_of_receiving_stay_the_subjects(legs: Legs) -> None:
    # near miss: "brought back to Kyiv" is the subject's own homecoming, not a giving
    found = legs("On Friday, Ukraine brought back to Kyiv 140 of its servicemen.")
    assert str(found.get(("RUS", "UKR", "prisoners_of_war"))) == "140"
    assert ("UKR", "RUS", "prisoners_of_war") not in found
