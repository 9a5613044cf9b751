"""The side whose attack caused a toll is not the toll's teller, and a joined toll has no one kind.

"... were killed in the shelling by the Russian Federation, a spokesman said": the side
after "attack of" or "shelling by" is who struck, and the sideless teller set off by a
comma after it ("the monitors", "a spokesman") is who told; the claim is the relaying
publisher's, never the attacker's own word. A toll of civilians "killed or injured" in
one figure counts the dead and the hurt together, so it is no count of the dead alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyCategory

News = Callable[..., Any]

_DAY = date(2026, 3, 9)


def _claims(news: News, text: str) -> list[tuple[str, CasualtyCategory, str, str | None]]:
    return [
        (c.subject.code, c.category, str(c.count), getattr(c.claimant.party, "code", None))
        for c in news(text, published=_DAY).claims
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Since the spring of 2022, 2,340 civilians have been killed as a result of the armed "
        "aggression of the Russian Federation, the observers said.",
        "Since the spring of 2022, 2,340 civilians have been killed in the shelling by "
        "Russia, a spokesman said.",
        "Since the spring of 2022, 2,340 civilians have been killed in strikes by the "
        "Russian Federation, the rights group said.",
    ],
)
def test_news_the_attacker_before_a_sideless_teller_is_no_claimant(news: News, text: str) -> None:
    found = _claims(news, text)
    assert found
    assert all(party != "RUS" for *_, party in found)
    assert all(side == "UKR" for side, *_ in found)


def test_news_a_named_teller_after_the_attacker_still_tells(news: News) -> None:
    """Near-miss: a teller the lexicon knows keeps the claim its own."""
    text = (
        "Since the spring of 2022, 2,340 civilians have been killed as a result of the armed "
        "aggression of the Russian Federation, the UN monitors said."
    )
    assert [party for *_, party in _claims(news, text)] == [None]


def test_news_a_side_that_tells_its_own_losses_is_still_the_claimant(news: News) -> None:
    """Near-miss: "the defence ministry of the Russian Federation said" is Russia's word."""
    text = (
        "Over the winter, 640 Russian servicemen were killed, the defence ministry of the "
        "Russian Federation said."
    )
    assert _claims(news, text) == [("RUS", CasualtyCategory.KILLED, "640", "RUS")]


@pytest.mark.parametrize("joined", ["killed or injured", "killed and wounded", "injured or killed"])
def test_news_civilians_killed_or_injured_in_one_figure_are_no_count_of_the_dead(
    news: News, joined: str
) -> None:
    text = f"Since the spring of 2022, 2,340 civilians have been {joined} in Russian attacks."
    found = _claims(news, text)
    assert found == [("UKR", CasualtyCategory.TOTAL_LOSSES, "2,340", None)]


def test_news_civilians_killed_alone_stay_the_dead(news: News) -> None:
    """Near-miss: with no second kind the figure is the dead."""
    text = "Since the spring of 2022, 2,340 civilians have been killed in Russian attacks."
    assert _claims(news, text) == [("UKR", CasualtyCategory.KILLED, "2,340", None)]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    teller=st.sampled_from(["the monitors", "the observers", "a spokesman", "officials"]),
    cause=st.sampled_from(
        ["the armed attack of", "the shelling by", "attacks by", "the aggression of"]
    ),
    count=st.integers(min_value=20, max_value=90_000),
)
def test_news_an_attacker_never_tells_the_toll_of_its_attacks(
    news: News, teller: str, cause: str, count: int
) -> None:
    text = (
        f"Since the spring of 2022, {count:,} civilians were killed as a result of {cause} "
        f"the Russian Federation, {teller} said."
    )
    found = _claims(news, text)
    assert found
    assert all(party != "RUS" for *_, party in found)
