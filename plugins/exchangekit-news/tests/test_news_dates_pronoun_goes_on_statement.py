"""A total an "It said" tells stands on the day of the statement told just before.

"The ombudsman's office said on Tuesday that 120 soldiers had come home. It called the
swap the 60th of the war. It said 5,200 Ukrainians had been freed in all": the pronoun
goes on reporting Tuesday's statement, even past a dateless sentence opened the same
way, so the total stood on Tuesday, not on the day the story is published. A sentence
that names a day of its own, or one opened by another teller, breaks the chain.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

_PUBLISHED = date(2025, 3, 15)  # a Saturday
_TUESDAY = "2025-03-11"

_LEAD = (
    "KYIV - Ukraine and Russia exchanged prisoners on Tuesday.\n\n"
    "The ombudsman's office said on Tuesday that 120 Ukrainian soldiers had come home. "
)


@settings(max_examples=15, deadline=None)
@given(
    total=st.integers(min_value=21, max_value=99).map(lambda k: k * 100 + 7),
    between=st.sampled_from(
        [
            "",
            "It called the swap the 60th of the war. ",
            "It described the exchange as the largest since the invasion. ",
            "It thanked the mediators. ",
        ]
    ),
    verb=st.sampled_from(["said", "added", "reported"]),
)
def test_news_it_said_total_stands_on_the_statement_day(
    news: News, total: int, between: str, verb: str
) -> None:
    """Whatever the total and the dateless sentence between, the day is Tuesday's."""
    result = news(
        f"{_LEAD}{between}It {verb} that {total:,} Ukrainians had been freed from captivity"
        " since 2022.\n",
        published=_PUBLISHED,
    )
    assert result.tally_day_list() == [_TUESDAY]


def test_news_a_sentence_with_a_day_of_its_own_breaks_the_chain(news: News) -> None:
    """The near miss: a sentence between that names another day is another telling."""
    result = news(
        f"{_LEAD}It reported on Friday that more lists had been sent. It said that 5,207"
        " Ukrainians had been freed from captivity since 2022.\n",
        published=_PUBLISHED,
    )
    assert _TUESDAY not in result.tally_day_list()


def test_news_another_teller_breaks_the_chain(news: News) -> None:
    """A sentence opened by another teller ends the statement told before."""
    result = news(
        f"{_LEAD}Moscow gave no figures. It said that 5,207 Ukrainians had been freed from"
        " captivity since 2022.\n",
        published=_PUBLISHED,
    )
    assert _TUESDAY not in result.tally_day_list()
