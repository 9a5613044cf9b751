"""A "who" clause saying the people were wounded gives the kind an adjective would.

Reports often put the condition of handed-over prisoners after the noun: "Kyiv also
handed over 18 Russian servicemen who were badly wounded", with an aside or a quotation
between the verb and the participle. Those are wounded prisoners, exactly like "18 badly
wounded Russian servicemen"; so are those "who were severely ill". A clause that says
something else ("who were not wounded", "who were captured in the spring") leaves the
kind alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]
TransferTuples = Callable[[Any], set[tuple[str, str, str, Count]]]
_DAY = date(2024, 11, 7)


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday Ukraine also handed over 18 Russian servicemen who were badly wounded.",
        # an aside between the auxiliary and the participle, and a quoted participle
        "On Wednesday Ukraine also handed over 18 Russian servicemen who were, according to "
        'the Russian ministry, "severely wounded".',
        "On Wednesday Ukraine also handed over 18 Russian servicemen who had been seriously "
        "injured.",
        # gravely sick, not wounded: the sick are handed over with the wounded
        "On Wednesday Ukraine also handed over, its staff said, 18 Russian servicemen who "
        "were gravely ill.",
    ],
)
def test_news_a_wounded_relative_clause_makes_wounded_prisoners(
    news: News, text: str, transfer_tuples: TransferTuples
) -> None:
    assert transfer_tuples(news(text, published=_DAY)) == {
        ("UKR", "RUS", "wounded_prisoners", Count.exact(18))
    }


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday Ukraine also handed over 18 Russian servicemen who were not wounded.",
        "On Wednesday Ukraine also handed over 18 Russian servicemen who were captured in "
        "the spring.",
        # "ill" with no word of how grave: no kind beyond prisoners is said
        "On Wednesday Ukraine also handed over 18 Russian servicemen who were ill at ease.",
        # the aside holds the word, but the clause's own predicate is another verb
        "On Wednesday Ukraine also handed over 18 Russian servicemen who were, unlike the "
        "wounded, captured in the spring.",
    ],
)
def test_news_other_relative_clauses_leave_prisoners_of_war(
    news: News, text: str, transfer_tuples: TransferTuples
) -> None:
    assert transfer_tuples(news(text, published=_DAY)) == {
        ("UKR", "RUS", "prisoners_of_war", Count.exact(18))
    }


@settings(max_examples=15, deadline=None)
@given(
    count=st.integers(min_value=2, max_value=900),
    adverb=st.sampled_from(["seriously ", "gravely ", "badly ", "severely "]),
)
def test_news_the_clause_and_the_adjective_read_alike(
    news: News, count: int, adverb: str, transfer_tuples: TransferTuples
) -> None:
    """Moving the participle from before the noun into a "who" clause keeps the kind."""
    before = f"On Wednesday Ukraine handed over {count} {adverb}wounded Russian soldiers."
    after = f"On Wednesday Ukraine handed over {count} Russian soldiers who were {adverb}wounded."
    assert transfer_tuples(news(after, published=_DAY)) == transfer_tuples(
        news(before, published=_DAY)
    )
    assert {leg[2] for leg in transfer_tuples(news(after, published=_DAY))} == {"wounded_prisoners"}


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv, which had sought their release for months, on Wednesday handed over 20 Russian "
        "prisoners and took back 12 of its servicemen who were, officials said, gravely sick.",
        "On Wednesday, in a transfer the Red Cross helped arrange, Kyiv handed over 20 Russian "
        "prisoners and got in return 12 of its own soldiers who were severely ill.",
    ],
)
def test_news_a_gravely_ill_relative_clause_makes_wounded_prisoners(
    news: News, text: str, transfer_tuples: TransferTuples
) -> None:
    """Grave illness told after the noun joins the wounded, as "seriously ill soldiers" does."""
    assert ("RUS", "UKR", "wounded_prisoners", Count.exact(12)) in transfer_tuples(
        news(text, published=_DAY)
    )


@pytest.mark.parametrize(
    "text",
    [
        # illness with no degree word may be passing, and says no condition
        "On Wednesday Kyiv handed over 20 Russian prisoners and took back 12 of its "
        "servicemen who were ill with flu.",
        # "ill-treated" tells what was done to them, not their condition
        "On Wednesday Kyiv handed over 20 Russian prisoners and took back 12 of its "
        "servicemen who were severely ill-treated in captivity.",
    ],
)
def test_news_other_illness_clauses_leave_prisoners_of_war(
    news: News, text: str, transfer_tuples: TransferTuples
) -> None:
    assert ("RUS", "UKR", "prisoners_of_war", Count.exact(12)) in transfer_tuples(
        news(text, published=_DAY)
    )
