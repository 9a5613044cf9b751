"""A figure told after four or more listed days, and a long "respectively" list next.

"The bodies of 1,000 ... were handed over on June 12, July 3, Aug. 7 and Sept. 11, and
1,011 on Oct. 9": the bare 1,011 counts the same people however many days stand
between it and the noun. The next sentence's "27, 33, 33, 40 and 52 ... respectively"
counts the people its verb moved in every item, not just the first few, and shares
them out over those five days. A list one short of the days pairs with none of them.
Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Recap = Callable[[str], Any]

_LEAD = (
    "The bodies of 1,000 fallen soldiers were handed to Ukraine on June 12, July 3,"
    " Aug. 7 and Sept. 11, and 1,011 on Oct. 9."
)


def test_news_bare_figure_after_many_days_and_a_five_item_list(recap: Recap) -> None:
    found = recap(
        f"{_LEAD} Moscow, in turn, got back 27, 33, 33, 40 and 52 of its own"
        " respectively, according to the Coordination Headquarters."
    )
    assert found == {
        ("2025-06-12", "RUS", "UKR", "remains", "1,000"),
        ("2025-07-03", "RUS", "UKR", "remains", "1,000"),
        ("2025-08-07", "RUS", "UKR", "remains", "1,000"),
        ("2025-09-11", "RUS", "UKR", "remains", "1,000"),
        ("2025-10-09", "RUS", "UKR", "remains", "1,011"),
        ("2025-06-12", "UKR", "RUS", "remains", "27"),
        ("2025-07-03", "UKR", "RUS", "remains", "33"),
        ("2025-08-07", "UKR", "RUS", "remains", "33"),
        ("2025-09-11", "UKR", "RUS", "remains", "40"),
        ("2025-10-09", "UKR", "RUS", "remains", "52"),
    }


def test_news_list_one_short_of_the_days_pairs_with_none(recap: Recap) -> None:
    # near miss: four sizes for five days; which day went without is not said
    found = recap(
        f"{_LEAD} Moscow, in turn, got back 27, 33, 40 and 52 of its own respectively,"
        " according to the Coordination Headquarters."
    )
    assert ("2025-10-09", "RUS", "UKR", "remains", "1,011") in found
    assert not any(receiver == "RUS" for _, _, receiver, *_ in found)


def test_news_list_of_no_handover_is_no_count(recap: Recap) -> None:
    # near miss: the list closes with "respectively" but no verb of handing over heads it
    found = recap(
        f"{_LEAD} The forensic teams in Kyiv, Dnipro and Lviv have identified 27, 33"
        " and 40 respectively."
    )
    assert not any(count in ("27", "33", "40") for *_, count in found)
