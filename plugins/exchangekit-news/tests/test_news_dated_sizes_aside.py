"""Sizes of exchanges listed day by day in a dash aside before the verb that moved them.

"Over the spring, in two exchanges - 60 on 3 April and 85 on 19 April - Kyiv got
back its men": the aside right after "<N> exchanges" sizes each of them on its own
day, so each figure is one exchange (not a sum of them), and the people and the
direction are those of the clause after the closing dash. When the clause's object
names people of several kinds, the sizes count people of no one kind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from exchangekit_news._mentions import dated_asides
from exchangekit_news._tokens import SentenceWords, tokenize
from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=20, max_value=150),
    st.integers(min_value=160, max_value=300),
    st.sampled_from(["swaps", "exchanges", "rounds"]),
    st.sampled_from(["\u2014", "-", "\u2013"]),
    st.booleans(),
)
def test_news_dated_sizes_aside_each_figure_is_one_exchange(
    recap: Callable[[str], Any], first: int, second: int, plural: str, dash: str, of: bool
) -> None:
    lead = "of " if of else ""
    found = recap(
        f"In two {plural} {dash} {lead}{first} on 3 April and {lead}{second} on 19 April"
        f" {dash} Kyiv got back its soldiers."
    )
    assert found == {
        ("2025-04-03", "RUS", "UKR", "prisoners_of_war", str(first)),
        ("2025-04-19", "RUS", "UKR", "prisoners_of_war", str(second)),
    }


def test_news_dated_sizes_aside_harder_form_mixed_people_and_a_weekday(
    recap: Callable[[str], Any],
) -> None:
    # the harder form: a span between the noun and the dash, "of" before each size, a
    # weekday for the last one, a perfect tense and an object of several kinds
    found = recap(
        "In three rounds this autumn - of 31 on 2 October, of 58 on 24 October and of 77"
        " on Saturday - Ukraine has got back marines, pilots and a few civilians."
    )
    assert found == {
        ("2025-10-02", "RUS", "UKR", "other", "31"),
        ("2025-10-24", "RUS", "UKR", "other", "58"),
        ("2025-11-15", "RUS", "UKR", "other", "77"),
    }


def test_news_stage_sizes_over_soldiers_and_civilians_are_of_no_one_kind(
    recap: Callable[[str], Any],
) -> None:
    # "in three stages of ..." (read before) with an object of two kinds: no longer
    # counted as soldiers alone
    found = recap(
        "In three stages of 40, 65 and 70, on 3, 8 and 9 July respectively, Ukraine"
        " brought home servicemen and civilians."
    )
    assert {leg[3] for leg in found} == {"other"}


def test_news_dated_sizes_aside_near_misses(recap: Callable[[str], Any]) -> None:
    # a plan: the verb after the aside is not told done
    assert (
        recap("In two swaps — 60 on 3 April and 85 on 19 April — Kyiv will get back soldiers.")
        == set()
    )
    # a unit after each number: distances, not people
    found = recap(
        "In two exchanges — 60 km on 3 April and 85 km on 19 April — Ukraine moved soldiers."
    )
    assert all(count not in ("60", "85") for *_, count in found)
    # the number word says three, the aside lists two: not the sizes of those swaps
    found = recap("In three swaps — 60 on 3 April and 85 on 19 April — Kyiv got back its soldiers.")
    assert all(count not in ("60", "85") for *_, count in found)
    # no noun of exchanges before the dash: an aside on something else
    found = recap("In the spring — 60 on 3 April and 85 on 19 April — Kyiv got back its soldiers.")
    assert all(count not in ("60", "85") for *_, count in found)


# -- one reading of the aside on every path (review findings 9, 10 and 14) ---------------


def _asides(text: str) -> list[tuple[str, str, list[str]]]:
    """The asides of dated sizes found in ``text`` as (opening, close, sizes) texts."""
    tokens = tokenize(text)
    words = SentenceWords.of(tokens, 0, len(tokens))
    return [
        (tokens[a.opening].text, tokens[a.close].text, [tokens[n].text for n, _ in a.items])
        for a in dated_asides(tokens, 0, len(tokens), words.norm)
    ]


@settings(max_examples=20, deadline=None)
@given(
    st.lists(st.sampled_from(["", "of "]), min_size=2, max_size=2),
    st.lists(st.sampled_from(["", " soldiers", " servicemen"]), min_size=2, max_size=2),
    st.sampled_from(["\u2014", "-", "\u2013"]),
)
def test_news_dated_sizes_aside_reads_bare_and_counted_sizes_alike(
    recap: Callable[[str], Any], ofs: list[str], nouns: list[str], dash: str
) -> None:
    # a size with its own noun ("72 soldiers on 5 May") or without one, after "of" or
    # not: the same two exchanges, each of its own day, whichever rule reads the figure
    text = (
        f"In two swaps {dash} {ofs[0]}72{nouns[0]} on 5 May and {ofs[1]}96{nouns[1]} on"
        f" 21 May {dash} Ukraine got back its soldiers."
    )
    assert _asides(text) == [(dash, dash, ["72", "96"])]
    assert recap(text) == {
        ("2025-05-05", "RUS", "UKR", "prisoners_of_war", "72"),
        ("2025-05-21", "RUS", "UKR", "prisoners_of_war", "96"),
    }


def test_news_dated_sizes_aside_harder_form_counted_sizes_sent_away(
    recap: Callable[[str], Any],
) -> None:
    # the harder form: words between the noun and the dash, three sizes of which only
    # some name their people, a weekday, and the sending side as the subject
    found = recap(
        "Across three handovers in the summer - 40 marines on 2 July, of 55 on 19 July"
        " and 70 servicemen on Friday - Kyiv handed over Russian soldiers."
    )
    assert found == {
        ("2025-07-02", "UKR", "RUS", "prisoners_of_war", "40"),
        ("2025-07-19", "UKR", "RUS", "prisoners_of_war", "55"),
        ("2025-11-14", "UKR", "RUS", "prisoners_of_war", "70"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a verb inside the aside: a clause of its own, not a list of sizes
        "In two swaps — 60 soldiers were freed on 3 April and 85 on 19 April — Kyiv got back"
        " its men.",
        # the number word says three, the aside sizes two
        "In three swaps — 60 soldiers on 3 April and 85 soldiers on 19 April — Kyiv got back"
        " its men.",
        # a comma, not a dash, ends the list: no aside the verb stands after
        "In two swaps — 60 soldiers on 3 April and 85 soldiers on 19 April, Kyiv got back its men.",
        # a hyphen joined to its words is no dash
        "In two swaps-60 soldiers on 3 April and 85 soldiers on 19 April-Kyiv got back its men.",
        # a unit after a number: a distance, not a size
        "In two swaps — 60 km on 3 April and 85 soldiers on 19 April — Kyiv got back its men.",
        # no plural noun of exchanges before the dash
        "In the spring — 60 soldiers on 3 April and 85 soldiers on 19 April — Kyiv got back"
        " its men.",
        # one size alone: an aside on one exchange
        "In two swaps — 60 soldiers on 3 April — Kyiv got back its men.",
    ],
)
def test_news_dated_sizes_aside_near_misses_find_no_aside(text: str) -> None:
    assert _asides(text) == []


def test_news_dated_sizes_aside_near_misses_read_nothing_as_sizes(
    recap: Callable[[str], Any],
) -> None:
    # the plan after an aside of counted sizes: nothing done, nothing read
    assert (
        recap(
            "In two swaps — 60 soldiers on 3 April and 85 soldiers on 19 April — Kyiv will get"
            " back its men."
        )
        == set()
    )
    # the number word disagrees with the list: no size is read as one swap's
    found = recap(
        "In three swaps — 60 soldiers on 3 April and 85 soldiers on 19 April — Kyiv got back"
        " its men."
    )
    assert all(count not in ("60", "85") for *_, count in found)


def test_news_dated_sizes_aside_two_asides_in_one_sentence() -> None:
    # each aside is found once, the second after the first closes
    text = (
        "In two swaps — 60 on 3 April and 85 on 19 April — Kyiv got back soldiers, and in two"
        " handovers – 30 on 4 May and 20 on 9 May – it sent back Russians."
    )
    assert _asides(text) == [
        ("\u2014", "\u2014", ["60", "85"]),
        ("\u2013", "\u2013", ["30", "20"]),
    ]
