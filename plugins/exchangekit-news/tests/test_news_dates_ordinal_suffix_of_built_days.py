"""A day the reader builds as an ordinal is written with the suffix English gives it.

"on the 21st of last month" is read as the day "the 21st of last month", never "the 21th":
the built text is compared with days written out elsewhere in the story, so it must be
spelled as copy spells it (21st, 22nd, 23rd, 31st; but 11th, 12th, 13th).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from exchangekit_news._mentions import find_mentions, lexicon
from exchangekit_news._tokens import split_sentences, tokenize
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import DEFAULT_REGISTRY

_LEXICON = lexicon(iter(DEFAULT_REGISTRY))

_WRITTEN = {1: "1st", 2: "2nd", 3: "3rd", 11: "11th", 12: "12th", 13: "13th", 21: "21st"}
_WRITTEN |= {22: "22nd", 23: "23rd", 24: "24th", 30: "30th", 31: "31st"}


def _date_texts(text: str) -> list[str]:
    tokens = next(iter(split_sentences(tokenize(text))))
    return [d.text for d in find_mentions(tokens, 0, len(tokens), text, _LEXICON).dates]


@settings(max_examples=20, deadline=None)
@given(day=st.sampled_from(sorted(_WRITTEN)), which=st.sampled_from(["last month", "this month"]))
def test_news_a_day_of_a_relative_month_keeps_its_suffix(day: int, which: str) -> None:
    """Whatever the day, the built text spells the ordinal as it was written."""
    written = _WRITTEN[day]
    texts = _date_texts(f"Ukraine received 40 bodies on the {written} of {which}.")
    assert f"the {written} of {which}" in texts


def test_news_the_22nd_of_last_month_dates_the_swap(news: Callable[..., Any]) -> None:
    """The built day is read back as that day of the month before publication."""
    result = news(
        "Russia handed over 40 bodies to Ukraine on the 22nd of last month.\n",
        published=date(2025, 5, 9),
    )
    assert [str(e.period) for e in result.exchanges] == ["2025-04-22"]
