"""A running total that names no people counts the kind its own sentence or paragraph is about.

"The latest handover returned 1,000 bodies to Ukraine, ..., and the total returned to
Ukraine has passed 27,000": the bodies the sentence itself handed over are what the bare
total goes on counting, even when prisoners came home earlier in the story.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from exchangekit import Count, PersonCategory

News = Callable[..., Any]
_DAY = date(2026, 3, 4)

# an earlier paragraph about prisoners: soldiers came home to Ukraine
_PRISONERS = (
    "Last week's swap, the 71st of the war by Kyiv's count, saw 205 Ukrainian soldiers "
    "come home and as many Russian servicemen go the other way.\n\n"
)


def test_news_a_bare_total_after_a_handover_of_bodies_counts_bodies(news: News) -> None:
    result = news(
        _PRISONERS + "What of the dead? The most recent repatriation, on February 26, brought"
        " 757 bodies back to Ukraine, and Russia got 35 in return, while the total returned"
        " to Ukraine since 2022 has now gone past 21,000, officials in Kyiv say.",
        published=_DAY,
    )
    assert ("RUS", "UKR", PersonCategory.REMAINS, Count.more_than(21_000)) in (result.tally_rows())
    assert not any(
        t.count == Count.more_than(21_000)
        for t in result.tallies
        if t.category is PersonCategory.OTHER
    )


def test_news_a_bare_total_after_a_handover_of_soldiers_is_not_of_bodies(news: News) -> None:
    """Near miss: the sentence's own handover that way is of soldiers, whatever came before."""
    result = news(
        "Ukraine has taken back the bodies of 909 soldiers this winter, in three handovers."
        "\n\nOn Friday, in the first swap since January, 84 Ukrainian servicemen came back,"
        " and the total returned to Ukraine since 2022, officials said, is now over 5,900.",
        published=_DAY,
    )
    rows = {(t.receiver.code, t.category, t.count) for t in result.tallies}
    assert ("UKR", PersonCategory.REMAINS, Count.more_than(5_900)) not in rows


# a total of bodies to Ukraine, told after a swap of people, and the other side's figure
_BODIES_THEN = (
    "Last month's swap returned 205 Ukrainians, and Russia got the same number back, with the"
    " Emirates mediating.\n\nSince the invasion, according to the headquarters in Kyiv, about"
    " 15,000 bodies have been brought back to Ukraine, most of them over the past year. Moscow"
    " has taken back {} over the same period."
)


def test_news_a_bare_total_over_the_same_period_counts_what_the_total_before_did(
    news: News,
) -> None:
    result = news(_BODIES_THEN.format("several hundred"), published=_DAY)
    rows = {(t.receiver.code, t.category, str(t.count)) for t in result.tallies}
    assert ("RUS", PersonCategory.REMAINS, "hundreds (200–999)") in rows
    assert ("RUS", PersonCategory.OTHER, "hundreds (200–999)") not in rows


def test_news_a_total_over_the_same_period_keeps_the_people_it_names(news: News) -> None:
    """Near miss: "several hundred servicemen" name their own kind, not the bodies'."""
    result = news(_BODIES_THEN.format("several hundred servicemen"), published=_DAY)
    kinds = {t.category for t in result.tallies if t.receiver.code == "RUS"}
    assert kinds == {PersonCategory.PRISONERS_OF_WAR}
