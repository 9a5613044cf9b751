"""Document context and record assembly: when a sentence's figure must stay a record of its own."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit.reconcile import merge_duplicates, totals

News = Callable[..., Any]


def _transfers(news: News, text: str) -> Counter[tuple[str, str, str, str]]:
    """Every transfer of ``text`` as (sender, receiver, category, count), with multiplicity."""
    return Counter(
        (t.sender.code, t.receiver.code, t.category.value, str(t.count))
        for e in news(text).exchanges
        for t in e.transfers
    )


def test_a_second_source_agreeing_as_well_is_folded_into_the_first(news: News) -> None:
    text = (
        "Ukraine got back 600 soldiers from captivity on Wednesday, its coordination "
        "headquarters said, while the Russian side put the number it handed over at 600 "
        "as well."
    )
    assert _transfers(news, text)[("RUS", "UKR", "prisoners_of_war", "600")] == 1


# One figure stated by each side is one record, under the first teller (convention 13,
# the second named in a note); one side's two voices, people already counted ("all 140 ...
# it handed over"), a figure only echoed ("the same number") or the text's own voice
# beside a named source stay one record.
_ACCOUNTS = [
    (
        "Ukraine got back 600 soldiers from captivity on Wednesday, its coordination "
        "headquarters said. The Russian side said it handed over 600 Ukrainian prisoners of war.",
        ("RUS", "UKR", "prisoners_of_war", "600"),
        1,
    ),
    (
        "Kyiv said 140 of its soldiers had come home on Friday. Russia's defence ministry "
        "said it had handed over 140 Ukrainian servicemen.",
        ("RUS", "UKR", "prisoners_of_war", "140"),
        1,
    ),
    (
        "Moscow said on Monday that 62 of its servicemen had been freed from Ukrainian "
        "captivity. In Kyiv, the coordination headquarters reported that Ukraine had "
        "released 62 Russian prisoners of war.",
        ("UKR", "RUS", "prisoners_of_war", "62"),
        1,
    ),
    (
        "Kyiv said 140 soldiers had come home on Friday. President Volodymyr Zelensky "
        "wrote that 140 defenders were home.",
        ("RUS", "UKR", "prisoners_of_war", "140"),
        1,
    ),
    (
        "Kyiv said on Friday that 140 soldiers had come home. Russia's defence ministry "
        "said all 140 Ukrainians it handed over had been held since 2022.",
        ("RUS", "UKR", "prisoners_of_war", "140"),
        1,
    ),
    (
        "Kyiv said 140 soldiers had come home on Friday. Russia's defence ministry said "
        "140 Russian servicemen had been returned in exchange for the same number of "
        "Ukrainian prisoners.",
        ("RUS", "UKR", "prisoners_of_war", "140"),
        1,
    ),
    (
        "Russia's defence ministry said it had handed over 90 Ukrainian prisoners on "
        "Friday. In a later statement the ministry said 90 Ukrainian prisoners had been "
        "transferred.",
        ("RUS", "UKR", "prisoners_of_war", "90"),
        1,
    ),
    # the story's own voice, then a side's own sentence: one record each
    (
        "Russia handed over 90 Ukrainian prisoners on Friday. Kyiv said 90 of its "
        "soldiers had come home.",
        ("RUS", "UKR", "prisoners_of_war", "90"),
        1,
    ),
    (
        "Russia returned 210 Ukrainian soldiers on Monday, and Ukraine sent back 210 "
        "Russians. The Russian defence ministry, whose statement came hours later, said 210 "
        "Ukrainian prisoners had been given up.",
        ("RUS", "UKR", "prisoners_of_war", "210"),
        1,
    ),
    (
        "Ukraine and Russia each set free 72 soldiers on Tuesday. Moscow's defence ministry "
        "said 72 Russian troops had come back.",
        ("UKR", "RUS", "prisoners_of_war", "72"),
        1,
    ),
    (
        "Kyiv got back 48 marines on Sunday. Zelensky wrote on Telegram that 48 marines had "
        "returned, most of them from the Azov coast.",
        ("RUS", "UKR", "prisoners_of_war", "48"),
        1,
    ),
    # a headline's figure is the story's first statement only once the text tells it
    (
        "Ukraine gets back 48 marines\nZelensky wrote on Telegram that 48 marines had "
        "returned on Sunday, most of them from the Azov coast.",
        ("RUS", "UKR", "prisoners_of_war", "48"),
        1,
    ),
    # "..., both sides said": the side restating is one of the first figure's sources
    (
        "Ukraine and Russia each set free 72 soldiers on Tuesday, officials on both sides "
        "said. Moscow's defence ministry said 72 Russian troops had come back.",
        ("UKR", "RUS", "prisoners_of_war", "72"),
        1,
    ),
]


@pytest.mark.parametrize(("text", "leg", "records"), _ACCOUNTS)
def test_an_equal_figure_is_one_record_per_side_that_states_it(
    news: News, text: str, leg: tuple[str, str, str, str], records: int
) -> None:
    assert _transfers(news, text)[leg] == records


_SIDES = {
    "UKR": ("Kyiv said", "Ukraine's coordination headquarters said"),
    "RUS": ("Moscow said", "Russia's defence ministry said"),
}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.integers(min_value=11, max_value=4000),
    st.sampled_from(["UKR", "RUS"]),
    st.sampled_from(["UKR", "RUS"]),
)
def test_one_figure_from_either_side_is_one_record(
    news: News, n: int, first: str, second: str
) -> None:
    """Two sides stating one figure, or one side's two voices, are one record (convention 13)."""
    text = (
        f"{_SIDES[first][0]} on Friday that {n:,} Ukrainian prisoners of war had been "
        f"handed over to Ukraine. {_SIDES[second][1]} that {n:,} Ukrainian servicemen "
        "had returned to Ukraine."
    )
    assert _transfers(news, text)[("RUS", "UKR", "prisoners_of_war", f"{n:,}")] == 1


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=11, max_value=4000), st.sampled_from(["UKR", "RUS"]))
def test_a_source_restating_the_storys_figure_adds_one_record_however_often(
    news: News, n: int, side: str
) -> None:
    """The story's figure, then one source saying it twice: one record (convention 13)."""
    text = (
        f"Russia handed over {n:,} Ukrainian prisoners of war on Friday. {_SIDES[side][1]} "
        f"that {n:,} Ukrainian servicemen had returned. Later it said again that {n:,} "
        "Ukrainian servicemen had returned."
    )
    assert _transfers(news, text)[("RUS", "UKR", "prisoners_of_war", f"{n:,}")] == 1


def test_reconciliation_counts_and_merges_two_sides_equal_accounts_once(news: News) -> None:
    """One article's record of a figure both sides give adds up once and merges with another."""
    both = news(
        "Kyiv said 140 of its soldiers had come home on Friday. Russia's defence ministry "
        "said it had handed over 140 Ukrainian servicemen.",
        source="both.txt",
    ).exchanges
    wire = news("Russia returned 140 Ukrainian prisoners of war on Friday.", source="wire.txt")
    total = totals(both, by="month", receiver="UKR", category="prisoners_of_war").total
    assert total.best == 140
    merged = merge_duplicates([*both, *wire.exchanges]).exchanges
    assert len(merged) == 1
    (transfer,) = [t for t in merged[0].transfers if t.receiver.code == "UKR"]
    assert transfer.count.best == 140
    assert transfer.attributed_to is not None
    assert transfer.attributed_to.name == "Ukrainian government"
    assert any("Russian Ministry of Defence also gave 140 " in n for n in merged[0].notes)


def test_a_figure_agreeing_with_a_different_one_is_not_doubled(news: News) -> None:
    text = (
        "Ukraine recovered the bodies of 600 soldiers on Wednesday, its coordination "
        "headquarters said, and the Russian side said it had received 30 of its own, "
        "putting its total for the year at 90 as well."
    )
    assert _transfers(news, text)[("RUS", "UKR", "remains", "600")] == 1


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(min_value=11, max_value=4000))
def test_agreeing_accounts_of_any_size_are_one_record(news: News, n: int) -> None:
    text = (
        f"Ukraine got back {n:,} soldiers from captivity on Friday, its coordination "
        f"headquarters said, while the Russian side put the number it handed over at {n:,} "
        "as well."
    )
    assert _transfers(news, text)[("RUS", "UKR", "prisoners_of_war", f"{n:,}")] == 1


def test_a_later_differing_figure_marked_as_well_is_another_account_not_dropped(
    news: News,
) -> None:
    text = (
        "In Tuesday's swap 84 Ukrainian soldiers came home and 80 Russian servicemen were "
        "sent back. Russia's defence ministry, which said it had got 80 of its men back, "
        "put the number of Ukrainian prisoners of war it handed over at 80 as well."
    )
    legs = _transfers(news, text)
    assert legs[("RUS", "UKR", "prisoners_of_war", "84")] == 1
    assert legs[("RUS", "UKR", "prisoners_of_war", "80")] == 1
