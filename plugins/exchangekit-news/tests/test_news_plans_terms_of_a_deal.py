"""The terms of a deal are plans: "an agreement on the return of 500", "a 500-for-500 deal".

A noun of handing over after "agreement on", "accord on" or "memorandum on" names what
the deal provides, not a handover done; so does a second noun joined to it with the
preposition said again ("on the swap of the wounded and on the return of 800 bodies"),
and a noun whose figures stand before it under a verb of planning ('foresees a
"300 for 300" exchange'). The same figures in a swap carried out stay.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

Legs = Callable[..., dict[tuple[str, str, str], Any]]


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=20, max_value=9000),
    st.sampled_from(["an agreement", "a deal", "an accord", "a memorandum"]),
)
def test_news_agreement_on_a_handover_is_a_plan(legs: Legs, count: int, deal: str) -> None:
    found = legs(f"Last week's meeting ended with {deal} on the return of {count:,} bodies.")
    assert found == {}


def test_news_second_term_of_an_agreement_is_a_plan(legs: Legs) -> None:
    # the harder form: two terms, the preposition said again, an aside between them
    found = legs(
        "The negotiators in Geneva reached accords on the swap of sick captives, of"
        " those older than 60, and on the handover of 2,400 fallen soldiers to each side."
    )
    assert found == {}


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=20, max_value=9000),
    st.sampled_from(["foresees", "envisages", "agreed", "proposed"]),
)
def test_news_figures_before_a_planned_swap_are_a_plan(legs: Legs, count: int, verb: str) -> None:
    found = legs(f'The draft deal {verb} a "{count:,} for {count:,}" prisoner exchange.')
    assert found == {}


def test_news_figures_before_a_swap_done_stay(legs: Legs) -> None:
    # the near miss: a verb of happening, not of planning, before the same figures
    found = legs("On Tuesday the two sides carried out a 150-for-150 prisoner swap.")
    assert str(found.get(("RUS", "UKR", "prisoners_of_war"))) == "150"
    assert str(found.get(("UKR", "RUS", "prisoners_of_war"))) == "150"


def test_news_handover_under_an_agreement_stays(legs: Legs) -> None:
    # the near miss: the deal names the handover's ground, the verb tells it done
    found = legs("Under the agreement, Russia handed over 700 bodies to Ukraine on Friday.")
    assert str(found.get(("RUS", "UKR", "remains"))) == "700"


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=20, max_value=2000),
    st.sampled_from(
        ["an agreement was reached", "a deal has been struck", "consensus was reached"]
    ),
)
def test_news_deal_reached_in_the_passive_on_a_swap_is_a_plan(
    legs: Legs, count: int, reached: str
) -> None:
    # the passive keeps the noun of agreeing before its verb, not before "on"
    found = legs(f"After two days of talks, {reached} on a swap of {count:,} for {count:,}.")
    assert found == {}


def test_news_deal_reached_on_a_day_leaves_the_swap_after_it_done(legs: Legs) -> None:
    # near-miss: "on" dates the deal; the swap told after the semicolon took place
    found = legs(
        "The agreement was reached on Tuesday; on Friday the exchange of 300 for 300 took place."
    )
    assert len(found) == 2


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=20, max_value=2000),
    st.sampled_from(["a deal was struck", "an understanding had been reached"]),
)
def test_news_swap_told_after_a_deal_reached_on_it_is_done(
    legs: Legs, count: int, reached: str
) -> None:
    # no figure inside the "on" phrase: it names what the deal was about, not its terms
    found = legs(f"Once {reached} on the swap, {count:,} Ukrainian soldiers came home on Sunday.")
    leg = found.get(("RUS", "UKR", "prisoners_of_war"))
    assert leg is not None
    assert leg.best == count


def test_news_terms_after_a_second_phrase_stay_a_plan(legs: Legs) -> None:
    # harder: the size comes in a phrase of terms after the noun ("on the basis of ...")
    found = legs("An accord was reached on the exchange of captives on the basis of 450 for 450.")
    assert found == {}


def test_news_deal_dated_inside_its_phrase_leaves_the_swap_unread(legs: Legs) -> None:
    # near-miss: a day inside the "on" phrase may be the deal's or the swap's; read nothing
    found = legs("Once a deal was struck on the swap on Tuesday, 250 soldiers came home on Monday.")
    assert found == {}
