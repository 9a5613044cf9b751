"""A day told after a further group ("and another 50 were freed on Tuesday") is that group's.

"Both sides freed 90 prisoners, and another 50 each were freed on Tuesday": Tuesday dates
the further 50, a later handover, not the 90 told before them. A day told after the
first figure with no further group between keeps dating it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

News = Callable[..., Any]

# the fixture publishes on Thursday 23 October 2025: Tuesday is the 21st


def periods_by_size(news: News, text: str) -> dict[int, set[str]]:
    """The periods of the exchanges read in ``text``, by the sizes of their transfers."""
    found: dict[int, set[str]] = {}
    for exchange in news(text).exchanges:
        for t in exchange.transfers:
            found.setdefault(t.count.best or 0, set()).add(str(exchange.period))
    return found


@settings(max_examples=20, deadline=None)
@given(
    first=st.integers(min_value=60, max_value=400),
    more=st.integers(min_value=10, max_value=55),
    further=st.sampled_from(["another {m} each", "a further {m} each", "another {m}"]),
    day=st.sampled_from(["on Tuesday", "on Oct. 21"]),
)
def test_the_further_groups_day_does_not_date_the_first(
    news: News, first: int, more: int, further: str, day: str
) -> None:
    """Whatever the sizes and the day, the first group is not dated to the later day."""
    text = f"Both sides freed {first} prisoners, and {further.format(m=more)} were freed {day}."
    assert "2025-10-21" not in periods_by_size(news, text).get(first, set())


def test_the_day_after_one_group_dates_it(news: News) -> None:
    """Near miss: no further group between, the day dates the figure before it."""
    text = "Both sides freed 90 prisoners, and the exchange was completed on Tuesday."
    assert periods_by_size(news, text)[90] == {"2025-10-21"}


def test_a_second_object_of_the_same_verb_shares_the_day(news: News) -> None:
    """Near miss: "and another 40 bodies on Tuesday" has no verb of its own, so the
    day after it is the whole handover's, the first figure's as well."""
    text = "Kyiv brought home 120 soldiers and another 40 bodies on Tuesday."
    found = periods_by_size(news, text)
    assert found[120] == {"2025-10-21"}
    assert found[40] == {"2025-10-21"}
