"""A handover told in an "if" or "unless" clause is a condition, not a handover done.

"Moscow said it would free 30 more prisoners if Kyiv freed 30 too" asserts no
handover by Kyiv, whatever the tense of "freed". A handover told before the condition
("Kyiv freed 90 on Friday, and if Moscow agrees, more will follow") is still done.
"""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news.parser import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Exchange


def sizes(text: str) -> set[int]:
    """Every count of a transfer read in ``text``."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 7, 1), publisher="Desk"
    )
    return {
        t.count.best or 0 for item in items if isinstance(item, Exchange) for t in item.transfers
    }


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=10, max_value=1_500).filter(lambda n: not 1800 <= n <= 2100),
    conjunction=st.sampled_from(["if", "unless"]),
    subject=st.sampled_from(["Kyiv", "the Ukrainian side", "Ukraine"]),
    verb=st.sampled_from(["freed", "released", "handed over"]),
)
def test_the_handover_of_a_condition_is_not_read(
    n: int, conjunction: str, subject: str, verb: str
) -> None:
    """Whatever the size, the side and the verb, the condition's handover is none."""
    text = (
        f"Moscow said it would hand back more prisoners {conjunction} {subject} {verb} "
        f"{n:,} Russian soldiers first."
    )
    assert n not in sizes(text)


def test_a_fronted_condition() -> None:
    """The condition opening the sentence."""
    text = "If Russia returned 500 bodies, Kyiv would hand back 40 of its own."
    assert sizes(text) == set()


def test_a_handover_before_the_condition_is_done() -> None:
    """Near miss: the handover in the main clause before "if" is read."""
    text = "Kyiv freed 90 Russian prisoners on Friday, and if Moscow agrees, more will follow."
    assert 90 in sizes(text)
