"""One figure over listed days, then a "respectively" list in the next sentence.

"Ukraine took back 909 bodies on 4 September, 2 October and 30 October. Moscow got
back 12, 40 and 27 respectively": the list shared out next over the days makes each
day a handover of its own, so the 909 is each day's, not a sum over them. A list of
another length, or one with months of its own, says nothing of the days, and the
figure stays unread. Every passage was written for this file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Recap = Callable[[str], Any]

_LEAD = (
    "According to the Coordination Headquarters, 909 bodies were repatriated to Ukraine"
    " on 4 September, 2 October and 30 October, the lorries crossing at night."
)


def test_news_figure_over_days_shared_out_by_the_next_sentence(recap: Recap) -> None:
    found = recap(
        f"{_LEAD} Moscow, in turn, got back the remains of 12, 40 and 27 of its"
        " servicemen respectively."
    )
    assert found == {
        ("2025-09-04", "RUS", "UKR", "remains", "909"),
        ("2025-10-02", "RUS", "UKR", "remains", "909"),
        ("2025-10-30", "RUS", "UKR", "remains", "909"),
        ("2025-09-04", "UKR", "RUS", "remains", "12"),
        ("2025-10-02", "UKR", "RUS", "remains", "40"),
        ("2025-10-30", "UKR", "RUS", "remains", "27"),
    }


def test_news_figure_over_days_with_a_later_day_of_its_own(recap: Recap) -> None:
    # the list counts the days of both figures: four shared, one the second figure's
    found = recap(
        "Kyiv, officials said, took back 800 bodies on 3 July, 7 August and 4 September,"
        " and 757 on 9 October. Russia, for its part, received 11, 20, 31 and 8 respectively."
    )
    assert {(p, c) for p, s, r, _k, c in found if r == "UKR"} >= {
        ("2025-07-03", "800"),
        ("2025-08-07", "800"),
        ("2025-09-04", "800"),
    }


def test_news_next_list_of_another_length_reads_no_day(recap: Recap) -> None:
    # near miss: two items for three days; whether 909 is each day's is not said
    found = recap(f"{_LEAD} Moscow, in turn, got back 12 and 40 of its servicemen respectively.")
    assert not {leg for leg in found if leg[4] == "909"}


def test_news_next_list_with_months_of_its_own_reads_no_day(recap: Recap) -> None:
    # near miss: the list is shared out over months the next sentence names itself
    found = recap(
        f"{_LEAD} Moscow got back 12, 40 and 27 in August, November and December respectively."
    )
    assert not {leg for leg in found if leg[4] == "909"}


def test_news_figure_months_after_stages_is_no_sum_of_them(recap: Recap) -> None:
    # 390 + 307 + 303 is 1,000, but a handover of bodies weeks later is its own
    found = recap(
        "Over three days from 23 May, 390, 307 and 303 people went each way. Weeks"
        " later, on 17 July, Kyiv received 1,000 bodies from Moscow, its negotiators said."
    )
    assert ("2025-07-17", "RUS", "UKR", "remains", "1,000") in found
    assert ("2025-05-25", "RUS", "UKR", "other", "303") in found
