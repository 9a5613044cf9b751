"""Corrections that name the newsroom's first account in other words withdraw its figure.

"We first wrote that ...", "UPDATE 2 had said ..." and "An earlier version of this
story, published on May 3, said ..." tell an error being set right, never a handover.
"We first reported on Friday that ..." outside a correction still reads, and a
correction in one entry of a live blog leaves the entries below it alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import read

_DAY = date(2025, 5, 4)
_STORY = (
    "Russia's defence ministry said it had handed over the bodies of 900 servicemen and"
    " received the bodies of 35 Russian soldiers on Sunday.\n\n"
)


@pytest.mark.parametrize("adverb", ["first", "initially", "originally"])
@pytest.mark.parametrize("n", [16, 41])
def test_news_what_we_first_wrote_in_a_correction_is_no_transfer(adverb: str, n: int) -> None:
    notice = (
        f"A correction: in the 10:15 entry we {adverb} wrote that Russia had received {n}"
        f" servicemen. The ministry's figure is {n - 3}."
    )
    legs = read(notice + "\n", published=_DAY).legs_as_text()
    assert all(count != str(n) for _, _, _, count in legs)


def test_news_what_we_first_reported_outside_a_correction_still_reads() -> None:
    legs = read(
        "We first wrote on Sunday that 40 Ukrainian soldiers came home from Russian captivity.",
        published=_DAY,
    ).legs_as_text()
    assert ("RUS", "UKR", "prisoners_of_war", "40") in legs


@pytest.mark.parametrize("said", ["had said", "said", "reported"])
def test_news_what_a_numbered_update_said_is_no_transfer(said: str) -> None:
    notice = f"UPDATE 2 {said} Russia got back 63 soldiers; the ministry's own figure was 36."
    legs = read(_STORY + notice + "\n", published=_DAY).legs_as_text()
    assert all(count != "63" for _, _, _, count in legs)
    assert ("RUS", "UKR", "remains", "900") in legs


def test_news_an_earlier_version_published_on_a_day_is_withdrawn() -> None:
    notice = "An earlier version of this story, published on May 3, said 128 Ukrainians came home."
    legs = read(_STORY + notice + "\n", published=_DAY).legs_as_text()
    assert all(count != "128" for _, _, _, count in legs)
    assert ("RUS", "UKR", "remains", "900") in legs


def test_news_a_correction_entry_leaves_the_entries_below_it_alone() -> None:
    blog = (
        "21:05\n"
        "A correction: in the 18:30 entry we first wrote that Russia had received 66"
        " soldiers. The ministry's figure is 61.\n\n"
        "18:30\n"
        "Russia's defence ministry says 61 Russian soldiers were returned from Ukraine."
        " It says the same number of Ukrainian prisoners were handed over.\n"
    )
    legs = read(blog, published=_DAY).legs_as_text()
    assert ("UKR", "RUS", "prisoners_of_war", "61") in legs
    assert ("RUS", "UKR", "prisoners_of_war", "61") in legs
    assert all(count != "66" for _, _, _, count in legs)
