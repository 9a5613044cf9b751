"""Figures a neighbouring clause must not take, and exchanges told again as a sum or a span.

A figure is the subject of its own clause's verb, not of the next one's; a swap said to be close
did not happen; a count over two dates or over "the year" sums many handovers; a sum of daily
stages the text tells one by one is those stages counted again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Read = Any

_GENERATED = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


NOTHING = [
    # a swap said to be near, or denied by "none"
    "Last autumn, aides said an exchange involving several hundred people was close, "
    "but none took place before the winter.",
    "Kyiv said in May that a swap of about 400 prisoners was near; no exchange took place.",
    # "bringing to N": the figure before it is not that verb's subject
    "Investigators are looking into the shooting of six Ukrainian marines who had surrendered "
    "near Robotyne, bringing to 40 the cases under review.",
    # a process only begun: the whole amount has not moved
    "Moscow says it has begun returning the remains of 3,000 soldiers under the new accord.",
    "Kyiv said it had started handing over 250 captured conscripts as part of the deal.",
    # people who "were among" a group counted elsewhere
    "Regional officials said 12 residents of Sumy region were among those released.",
    "Nine civilians from the town, the mayor said, were among the people freed this week.",
]


@pytest.mark.parametrize("sentence", NOTHING)
def test_sentence_yields_no_transfer(news: Callable[..., Read], sentence: str) -> None:
    """A near swap, a count raised, a process begun or a part of a group moves no one."""
    result = news(sentence)
    assert [t for e in result.exchanges for t in e.transfers] == []
    assert result.claims == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Kyiv by then held thousands of Russian conscripts, and on 5 March, after weeks of "
        "talks, 90 went each way.",
        "Russia was keeping hundreds of Ukrainian marines, and in early March, at the border, "
        "90 went each way.",
    ],
)
def test_a_held_figure_is_not_the_next_clauses_subject(
    news: Callable[..., Read], sentence: str
) -> None:
    """A figure the clause before holds is its object; ", and on <day>, N went" is a new clause."""
    assert news(sentence).ways_as_text() == {("UKR", "RUS", "90"), ("RUS", "UKR", "90")}


@_GENERATED
@given(
    held=st.sampled_from(["hundreds of", "thousands of", "some 600", "more than 2,000"]),
    opener=st.sampled_from(["on 5 March", "in April", "last Friday", "that spring"]),
    aside=st.sampled_from(["after long talks", "in Belarus", "with Emirati help"]),
    amount=st.integers(min_value=10, max_value=99),
)
def test_a_held_count_never_crosses_a_fronted_clause(
    news: Callable[..., Read], held: str, opener: str, aside: str, amount: int
) -> None:
    """Whatever the words, the count held before ", and <phrase>, N went each way" moves no one."""
    sentence = (
        f"Ukraine was holding {held} Russian conscripts, and {opener}, {aside}, "
        f"{amount} went each way."
    )
    counts = {count for _, _, count in news(sentence).ways_as_text()}
    assert counts <= {str(amount)}


def test_a_list_with_a_dated_part_stays_a_list(news: Callable[..., Read]) -> None:
    """ "108 women, among them civilians and soldiers, on the 17th, and 32 soldiers" lists two."""
    result = news(
        "Ukraine said it had recovered 96 women, some of them medics and soldiers, on 17 "
        "October, and 28 soldiers on 6 October."
    )
    assert {count for _, _, count in result.ways_as_text()} == {"96", "28"}


STAGES = (
    "Russia and Ukraine finished the 700-for-700 exchange agreed in Geneva, completed over "
    "three days. On 3 June, 300 prisoners were exchanged for 300. On 4 June, 250 prisoners "
    "were swapped for 250. On 5 June, 150 prisoners were exchanged for 150."
)


def test_a_sum_of_daily_stages_is_not_another_exchange(news: Callable[..., Read]) -> None:
    """A figure equal to the sum of stages told on consecutive days is those stages again."""
    counts = {count for _, _, count in news(STAGES).ways_as_text()}
    assert counts == {"300", "250", "150"}


def test_a_figure_of_another_kind_on_a_stage_day_is_its_own(news: Callable[..., Read]) -> None:
    """ "11 Ukrainians ..., and on 2 August 12 defenders and 23 civilians": 23 is no sum of
    stages, whose kinds (people of no told kind, then defenders) are not all civilians."""
    text = (
        "On 1 August, 11 Ukrainians were returned, and on 2 August 12 defenders and 23 civilians."
    )
    assert {count for _, _, count in news(text).ways_as_text()} == {"11", "12", "23"}


def test_monthly_swaps_that_happen_to_add_up_are_all_kept(news: Callable[..., Read]) -> None:
    """Swaps months apart are not stages: 50 and 100 in two months leave a later 150 alone."""
    text = (
        "On 8 January, 50 prisoners were exchanged for 50. On 9 February, 100 prisoners were "
        "exchanged for 100. On 11 March, 150 prisoners were exchanged for 150."
    )
    counts = {count for _, _, count in news(text).ways_as_text()}
    assert counts == {"50", "100", "150"}


@pytest.mark.parametrize(
    ("sentence", "covers"),
    [
        ("Kyiv says 480 soldiers came home between 2 May and 30 June.", "2025-05-02/2025-06-30"),
        (
            "The monitors say 640 Ukrainian civilians came home between March and May.",
            "2025-03-01/2025-05-31",
        ),
        ("The agency says 1,310 Ukrainians were released during the year.", None),
    ],
)
def test_a_count_over_a_span_is_a_running_total(
    news: Callable[..., Read], sentence: str, covers: str | None
) -> None:
    """ "between X and Y" or "during the year": many handovers summed, not one exchange."""
    result = news(sentence)
    assert result.exchanges == []
    assert len(result.tallies) == 1
    if covers is not None:
        assert str(result.tallies[0].covers) == covers


def test_an_absolute_clause_keeps_its_destination(news: Callable[..., Read]) -> None:
    """ ", with a similar number heading to Russia": that "to Russia" is not the figure's."""
    result = news(
        "About 300 Ukrainian soldiers were freed over the spring, with a roughly equal "
        "number heading to Russia."
    )
    assert ("RUS", "UKR") in {(s, r) for s, r, _ in result.ways_as_text()}


@_GENERATED
@given(
    amount=st.integers(min_value=50, max_value=5_000),
    region=st.sampled_from((("Kursk", "RUS"), ("Kharkiv", "UKR"), ("Belgorod", "RUS"))),
    fate=st.sampled_from(("remained unaccounted for", "were still listed as missing")),
    second=st.sampled_from(
        (
            "the region had received requests from 2,500 families",
            "the office had handed over lists of names",
            "families had been sent forms",
        )
    ),
)
def test_news_a_second_reported_clause_keeps_its_verb_from_the_figure_before(
    news: Any, amount: int, region: tuple[str, str], fate: str, second: str
) -> None:
    # "said that around 1,000 residents remained unaccounted for and that the region had
    # received requests": "and that" opens a clause of its own, so its verb of getting
    # moves no one of the first clause; the figure, one region's missing, is no claim.
    text = (
        f"The governor said that {amount:,} residents of the {region[0]} region {fate} "
        f"and that {second}."
    )
    result = news(text)
    assert result.ways_as_text() == set()
    missing = {
        (getattr(c.subject, "code", None), c.count.best)
        for c in result.claims
        if c.category.value == "missing"
    }
    assert missing == set()
