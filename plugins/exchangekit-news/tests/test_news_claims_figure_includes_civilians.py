"""A count set off as "a figure that includes civilians" counts everyone, not civilians only.

"Kyiv says 60,000 Ukrainians are missing, a number that includes civilians" names
civilians as part of the count; a sentence that names civilians otherwise keeps
only counts of civilians, so without this the whole would be dropped. A part with
its own figure ("including 2,000 civilians") is no such aside, and neither is one
that leaves civilians out ("does not include civilians", "includes the wounded but
not civilians"): those civilians are neither counted with the others nor the count.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
_DAY = date(2025, 9, 2)


def _claims(news: News, text: str) -> list[tuple[str, str, str, str]]:
    return [
        (str(c.subject), c.category.value, str(c.count), c.population.value)
        for c in news(text, published=_DAY).claims
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv says more than 55,000 Ukrainians are listed as missing, a number that "
        "includes civilians.",
        # harder: the level reached with a verb, a long subject, "which" and "as well"
        "The ministry says the count of Ukrainians registered as missing under special "
        "circumstances has exceeded 55,000, a total which includes civilians as well.",
    ],
)
def test_news_count_that_includes_civilians_counts_everyone(news: News, text: str) -> None:
    assert _claims(news, text) == [("UKR", "missing", "more than 55,000", "all")]


def test_news_civilian_part_with_its_own_figure_is_not_the_aside(news: News) -> None:
    # near miss: the civilians are counted apart, so the aside is a part, not a kind
    text = "Kyiv says more than 55,000 Ukrainians are missing, including 3,000 civilians."
    assert ("UKR", "missing", "more than 55,000", "all") not in _claims(news, text)


@pytest.mark.parametrize(
    "aside",
    [
        "a total that does not include civilians",
        "a total that has never included civilians",
        # harder: another kind is what the verb takes in, civilians are set apart by "but not"
        "a total that includes the wounded but not civilians",
        "a total that includes soldiers but not civilians",
        "though civilians who died in the shelling are not included",
        "excluding civilians",
    ],
)
def test_news_aside_that_leaves_civilians_out_gives_them_no_place(news: News, aside: str) -> None:
    # the count leaves civilians out: never everyone, never a civilian toll
    text = f"Kyiv says Russian losses have passed 640,000, {aside}, the ministry said."
    populations = {population for *_, population in _claims(news, text)}
    assert populations.isdisjoint({"all", "civilians"})


def test_news_aside_that_includes_civilians_still_counts_everyone(news: News) -> None:
    # near miss of the above: the same aside without a negation takes civilians in
    text = "Kyiv says Russian losses have passed 640,000, a total that includes civilians."
    assert _claims(news, text) == [("RUS", "total_losses", "more than 640,000", "all")]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's register of missing people now holds more than 55,000 names, the "
        "ombudsman said, a figure that includes soldiers and civilians.",
        # harder: a dated speech tag with a title, and "both" in the aside
        "The Ukrainian register of the missing, kept by the ombudsman's office, lists "
        "more than 55,000 names, his deputy told reporters in May, a number that "
        "includes both civilians and troops.",
    ],
)
def test_news_aside_after_a_speech_tag_still_counts_everyone(news: News, text: str) -> None:
    # the aside on the figure follows the tag saying who gave it
    assert [c[0::3] for c in _claims(news, text)] == [("UKR", "all")]
    assert [c[2] for c in _claims(news, text)] == ["more than 55,000"]


def test_news_speech_tag_with_a_figure_of_its_own_is_not_passed(news: News) -> None:
    # near miss: the clause after the first comma counts people of its own, so the
    # aside is not shown to be about the first figure
    text = (
        "Ukraine's register of missing people now holds more than 55,000 names, 2,000 "
        "more than the ombudsman said, a figure that includes soldiers and civilians."
    )
    assert ("UKR", "missing", "more than 55,000", "all") not in _claims(news, text)
