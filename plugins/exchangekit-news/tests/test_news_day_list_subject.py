"""A list of days ended by the side that acts: "On June 11, 13 and 16 Kiev received ...".

After "and <day>", a side named as a noun by any name or alias the party lexicon knows
("Ukraine", "Kyiv", "Kiev", "Moscow") is the clause's subject, so the number before it is
the list's last day. People named by nationality ("16 Ukrainians") are a count instead.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

News = Callable[..., Any]
_PUBLISHED = date(2025, 6, 20)


@pytest.mark.parametrize("side", ["Ukraine", "Kyiv", "Kiev"])
def test_a_side_by_any_alias_ends_the_list_of_days(news: News, side: str) -> None:
    """ "Kiev", an alias the registry knows, ends the list like "Ukraine" does.

    The 16 is the last listed day, never a count; the one figure over the three days
    is no one day's, so no exchange is read at all.
    """
    text = f"On June 11, 13 and 16 {side} received 30 bodies."
    counts = {str(t.count) for e in news(text, published=_PUBLISHED).exchanges for t in e.transfers}
    assert not counts


def test_a_nationality_after_the_last_number_is_counted(news: News) -> None:
    """Near miss: "16 Ukrainians" counts people; it is not a sixteenth of June."""
    text = "On June 11, 13 and 16 Ukrainians came home."
    legs = {
        (str(e.period), str(t.count))
        for e in news(text, published=_PUBLISHED).exchanges
        for t in e.transfers
    }
    assert legs == {("2025-06-13", "16")}
