"""A side named before ", which" does the verb of the relative: "to Ukraine, which sent 26 back".

The bare number the relative's verb moves counts the people of the main clause, going
the other way; "sent N back" keeps its particle after the object.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=200, max_value=999),
    st.integers(min_value=5, max_value=90),
    st.sampled_from(["sent {n} back", "handed back {n}", "returned {n}"]),
)
def test_news_which_after_the_receiver_sends_the_other_way(
    recap: Callable[[str], Any], first: int, second: int, verb: str
) -> None:
    found = recap(
        f"On 4 March, Russia handed over {first} bodies to Ukraine, which {verb.format(n=second)}."
    )
    assert found == {
        ("2025-03-04", "RUS", "UKR", "remains", str(first)),
        ("2025-03-04", "UKR", "RUS", "remains", str(second)),
    }


def test_news_which_after_a_nominal_subject(recap: Callable[[str], Any]) -> None:
    # the harder form: no side as the main subject, the handover itself does the verb
    found = recap(
        "The third repatriation of the month, on 4 March, brought 640 bodies to Ukraine,"
        " which sent 31 back."
    )
    assert ("2025-03-04", "UKR", "RUS", "remains", "31") in found


def test_news_which_not_after_a_side_reads_no_way(recap: Callable[[str], Any]) -> None:
    # near miss: "which" stands for the handover, not a side; no way is guessed for 31
    found = recap("On 4 March Russia handed over 640 bodies, which took 31 hours to unload.")
    assert all(count != "31" for *_, count in found)
