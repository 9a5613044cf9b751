"""'got N of its own back': a side's own people, the particle after the object.

"Moscow got back 120 of its own" was read; with the particle split off after the
object ("got 120 of its own back") the bare "of its own" counted no one and the
side's return was lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=12, max_value=900),
    st.sampled_from(["got", "took", "brought"]),
    st.sampled_from(["Russia", "Moscow"]),
)
def test_news_own_people_back_after_the_object(
    legs: Callable[..., dict[tuple[str, str, str], Any]], count: int, verb: str, side: str
) -> None:
    found = legs(f"{side} said on Tuesday it had {verb} {count} of its own back.")
    assert str(found.get(("UKR", "RUS", "other"))) == str(count)


def test_news_own_back_after_a_handover_in_the_same_clause(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    # the harder form: the handover first, the return joined by "and" with no subject
    found = legs(
        "The ministry said Ukraine had handed over 64 Russian servicemen and got 64 of"
        " its own back on Tuesday."
    )
    assert str(found.get(("UKR", "RUS", "prisoners_of_war"))) == "64"
    # "64 of its own" names no kind of its own: the servicemen were the other side's
    assert str(found.get(("RUS", "UKR", "other"))) == "64"


def test_news_own_back_wanted_is_no_return(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    # near miss: a wish, not a handover
    assert not legs("Moscow says it wants 64 of its own back before any new talks.")
