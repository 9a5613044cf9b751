"""Each side's own account of one swap, told in two clauses with their own tellers.

"Moscow said 84 of its troops had been handed back; Kyiv, for its part, said 84
defenders had returned home": the clause before is Russia's account of its own people,
so Kyiv's "returned home" is a homecoming to Ukraine, not a leg whose way is unknown.
When the same teller goes on ("Moscow also said 80 had come home"), those coming home
may be either side's, and no way is read for them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

News = Callable[..., Any]
PUBLISHED = date(2025, 10, 23)


def test_news_other_tellers_homecoming_goes_to_its_side(news: News) -> None:
    read = news(
        "On 3 March, Moscow said 84 of its troops had been handed back; Kyiv, for its part, "
        "said 84 defenders had returned home.",
        published=PUBLISHED,
    )
    assert read.period_legs() == {
        ("2025-03-03", "UKR", "RUS", "prisoners_of_war", "84"),
        ("2025-03-03", "RUS", "UKR", "prisoners_of_war", "84"),
    }


def test_news_other_tellers_separate_group_comes_home_too(news: News) -> None:
    read = news(
        "On 3 March the Russian defence ministry said 84 of its soldiers had been returned; "
        "Ukraine's Coordination Headquarters said 84 servicemen and, in a separate group, "
        "five civilians had come home.",
        published=PUBLISHED,
    )
    assert ("2025-03-03", "RUS", "UKR", "prisoners_of_war", "84") in read.period_legs()
    assert ("2025-03-03", "RUS", "UKR", "civilians", "5") in read.period_legs()
    assert ("2025-03-03", "UKR", "RUS", "civilians", "5") not in read.period_legs()


def test_news_same_tellers_homecoming_stays_unplaced(news: News) -> None:
    # near-miss: one teller for both clauses; who came home it does not say
    read = news(
        "On 3 March, Moscow said it had handed back 84 prisoners; Moscow also said 80 had "
        "come home.",
        published=PUBLISHED,
    )
    assert read.period_legs() == {("2025-03-03", "RUS", "UKR", "prisoners_of_war", "84")}
