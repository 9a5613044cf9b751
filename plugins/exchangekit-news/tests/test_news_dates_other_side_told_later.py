"""A side's later telling, in the pluperfect, of an exchange told a day or two before.

"On Tuesday Russia got back 24 of its dead. Kyiv confirmed on Wednesday it had received
909 bodies": the exchange told before moved no one Kyiv's way, and the pluperfect looks
back from Wednesday's telling, so the 909 are that exchange's other side, dated Tuesday.
A telling in the simple past, a handover marked as separate, or one told too many days
later keeps the day it was told, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

_PUBLISHED = date(2025, 3, 20)  # a Thursday
DatedLegs = Callable[[str, date], set[tuple[str, str, str, str]]]
_DAYS = {"Monday": "2025-03-17", "Tuesday": "2025-03-18", "Wednesday": "2025-03-19"}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    day=st.sampled_from(["Monday", "Tuesday"]),
    teller=st.sampled_from(["The Ukrainian side", "Kyiv", "Ukraine's coordination headquarters"]),
    verb=st.sampled_from(["confirmed", "said"]),
    back=st.integers(min_value=10, max_value=60),
    bodies=st.integers(min_value=300, max_value=1_200),
)
def test_news_the_missing_side_told_later_takes_the_exchange_day(
    dated_legs: DatedLegs, day: str, teller: str, verb: str, back: int, bodies: int
) -> None:
    text = (
        f"On {day} Russia got back {back} of its dead in a handover at the border. "
        f"{teller} {verb} on Wednesday it had received {bodies:,} bodies."
    )
    assert (_DAYS[day], "RUS", "UKR", f"{bodies:,}") in dated_legs(text, _PUBLISHED)


def test_news_the_missing_side_of_a_prisoner_swap(dated_legs: DatedLegs) -> None:
    """The harder form: living prisoners, the telling's "that" clause passive."""
    text = (
        "Ukraine freed 30 Russian soldiers on Monday, the ministry in Moscow said. "
        "Kyiv confirmed on Wednesday that 32 Ukrainians had come home."
    )
    assert ("2025-03-17", "RUS", "UKR", "32") in dated_legs(text, _PUBLISHED)


def test_news_a_simple_past_telling_keeps_its_day(dated_legs: DatedLegs) -> None:
    """Near-miss: no pluperfect, no look back: the day it was told stays."""
    text = (
        "On Tuesday Russia got back 24 of its dead in a handover at the border. "
        "The Ukrainian side confirmed on Wednesday it received 909 bodies."
    )
    assert ("2025-03-19", "RUS", "UKR", "909") in dated_legs(text, _PUBLISHED)


def test_news_a_separate_handover_keeps_its_day(dated_legs: DatedLegs) -> None:
    """Near-miss: a handover told as separate is not the other side of the one before."""
    text = (
        "On Tuesday Russia got back 24 of its dead in a handover at the border. "
        "The Ukrainian side said on Wednesday it had received 909 bodies in a separate handover."
    )
    assert ("2025-03-19", "RUS", "UKR", "909") in dated_legs(text, _PUBLISHED)
    assert ("2025-03-18", "RUS", "UKR", "909") not in dated_legs(text, _PUBLISHED)


def test_news_a_telling_too_many_days_later_keeps_its_day(dated_legs: DatedLegs) -> None:
    """Near-miss: four days on, the telling is no account of that exchange."""
    text = (
        "On Saturday Russia got back 24 of its dead. "
        "The Ukrainian side confirmed on Wednesday it had received 909 bodies."
    )
    assert ("2025-03-19", "RUS", "UKR", "909") in dated_legs(text, _PUBLISHED)
    assert ("2025-03-15", "RUS", "UKR", "909") not in dated_legs(text, _PUBLISHED)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    clause=st.sampled_from(
        [
            "of soldiers who had been killed near the front",
            "of fighters who had died in the south",
            "which had been identified by their tags",
        ]
    ),
    bodies=st.integers(min_value=300, max_value=1_200),
)
def test_news_a_had_outside_the_handover_verb_keeps_the_day_told(
    dated_legs: DatedLegs, clause: str, bodies: int
) -> None:
    """Near-miss: "had" in a clause about the dead, not on "received": the telling's day."""
    text = (
        "On Tuesday Russia got back 24 of its dead in a handover at the border. "
        f"Kyiv said on Wednesday it received {bodies:,} bodies {clause}."
    )
    assert ("2025-03-19", "RUS", "UKR", f"{bodies:,}") in dated_legs(text, _PUBLISHED)


def test_news_a_pluperfect_handover_with_an_adverb_still_looks_back(dated_legs: DatedLegs) -> None:
    """The harder form: an adverb between "had" and the verb keeps the look back to Tuesday."""
    text = (
        "On Tuesday Russia got back 24 of its dead in a handover at the border. "
        "Kyiv said on Wednesday that it had already received 650 bodies."
    )
    assert ("2025-03-18", "RUS", "UKR", "650") in dated_legs(text, _PUBLISHED)
