"""A source's aside opening an aside of parts: "among whom, according to X, are ...".

"110 citizens, among whom, according to the authorities, are 72 sailors and 38
servicemen, have come home": the comma after "among whom" opens the source's aside, not
the end of the parts' aside, so the verb after the parts is the whole's and the whole is
read. A source's aside after the parts ("among them six women, according to X,") is the
sentence's own and still ends the parts' aside where it did.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=40, max_value=200),
    st.sampled_from(["among whom", "among them"]),
    st.sampled_from(["the ombudsman", "the regional authorities of Kherson"]),
)
def test_news_whole_read_past_a_source_aside_in_its_parts(
    recap: Callable[[str], Any], whole: int, opener: str, source: str
) -> None:
    verb = " are" if opener == "among whom" else ""
    found = recap(
        f"{whole} Ukrainian citizens, {opener}, according to {source},{verb} 12 women who"
        " had been held in Russia since the spring and several medics, came home on Friday."
    )
    assert ("RUS", "UKR", "other", str(whole)) in {(s, r, k, c) for _, s, r, k, c in found}


def test_news_whole_read_past_a_long_part_and_a_speaker(recap: Callable[[str], Any]) -> None:
    # the harder form: parts of two kinds, a relative inside one, a speaker at the end
    found = recap(
        "Ninety Russian nationals, among whom, according to officials in Donetsk, are 51"
        " civilian seamen who had been detained at the port in March and 39 soldiers, have"
        " returned home after their release by Kyiv, the region's leader said on Monday."
    )
    moved = {(s, r, k, c) for _, s, r, k, c in found}
    assert ("UKR", "RUS", "other", "90") in moved
    assert not any(s == "RUS" for s, _, _, _ in moved)


def test_news_source_aside_after_the_parts_still_closes_them(
    recap: Callable[[str], Any],
) -> None:
    # near miss: the source's aside follows the parts; the parts' aside closed before it
    found = recap("Forty Ukrainians, among them six women, according to the ombudsman, came home.")
    assert ("RUS", "UKR", "other", "40") in {(s, r, k, c) for _, s, r, k, c in found}
