"""Captives an office has "information on" are a count of people held.

"The ombudsman has confirmed information on 2,300 Ukrainian civilian hostages" counts
people held now, as "Russia holds 2,300 Ukrainian civilians" does: the noun itself
(hostages, prisoners of war, captives) says they are held. With no side in its
sentence, such a count goes on with the captives the claim just before was about.
Any other noun, "about" (which as often hedges the figure), or people since freed
gives no claim, and no side named anywhere gives none either.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
Found = Callable[..., Any]

_SETTINGS = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyiv's human rights commissioner said his office had verified information on "
            "more than 2,300 Ukrainian civilian hostages.",
            ("UKR", "captured", Count.more_than(2300)),
        ),
        (
            "The coordination headquarters has data on 7,400 Ukrainian prisoners of war, "
            "its spokesman said on Tuesday.",
            ("UKR", "captured", Count.exact(7400)),
        ),
        (
            "Moscow's ombudswoman told reporters she kept records on 1,150 Russian captives.",
            ("RUS", "captured", Count.exact(1150)),
        ),
    ],
)
def test_captives_an_office_has_information_on_are_held(
    news: News, found: Found, text: str, expected: tuple[str, str, Count]
) -> None:
    assert found(news(text)) == {expected}


@given(count=st.integers(min_value=20, max_value=60000))
@_SETTINGS
def test_any_count_of_prisoners_on_record_is_read_as_written(
    news: News, found: Found, count: int
) -> None:
    text = (
        f"Ukraine's ombudsman said his office had confirmed information on {count:,} "
        "Ukrainian prisoners of war."
    )
    assert found(news(text)) == {("UKR", "captured", Count.exact(count))}


def test_hostages_on_record_go_on_with_the_captives_just_told(news: News, found: Found) -> None:
    text = (
        "The commissioner said Moscow still detains several thousand Ukrainian civilians. "
        "We have verified information on more than 1,650 civilian hostages, he added."
    )
    assert ("UKR", "captured", Count.more_than(1650)) in found(news(text))


@pytest.mark.parametrize(
    "text",
    [
        # freed since: no longer held
        "The headquarters shared information on 95 prisoners who had been freed on Friday.",
        # a noun that says nothing of captivity
        "Families of the brigade asked the army for information on 40 soldiers.",
        # "about" hedges the figure as often as it links it to "information"
        "The ombudswoman said she had information about 1,150 Russian servicemen.",
        # no side anywhere: whose prisoners they are is not said
        "Officials said they had confirmed information on more than 8,000 prisoners of war.",
    ],
)
def test_no_held_people_read_where_the_record_says_nothing_of_them(
    news: News, found: Found, text: str
) -> None:
    assert not {c for _, category, c in found(news(text)) if category == "captured"}


def test_a_capture_told_of_people_already_counted_is_no_new_count(news: News, found: Found) -> None:
    # near miss: "The three men were captured on ..." tells when, not how many are held
    text = (
        "Kyiv says Russia still holds more than 7,000 Ukrainian prisoners of war. "
        "The three men were captured near Bakhmut on March 4."
    )
    assert found(news(text)) == {("UKR", "captured", Count.more_than(7000))}
