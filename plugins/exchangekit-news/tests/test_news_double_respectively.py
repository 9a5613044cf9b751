"""Two lists shared out over the same dates by one "respectively", and mediators' sums.

"On 3 and 10 March the mediator oversaw the return of 640 and 410 human remains to
Ukraine and of 45 and 19 to Russia, respectively": each list is paired with the dates
in order, each with its own way; "human remains" are remains; a mediator's count of
bodies handed "to the two parties combined" is a two-way sum.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=300, max_value=600),
    st.integers(min_value=620, max_value=900),
    st.integers(min_value=10, max_value=40),
    st.integers(min_value=45, max_value=90),
)
def test_news_two_lists_share_the_dates_in_order(
    recap: Callable[[str], Any], a: int, b: int, c: int, d: int
) -> None:
    found = recap(
        f"On 3 and 10 March, the mediator oversaw the handover of {a} and {b} human"
        f" remains to Ukraine and of {c} and {d} human remains to Russia, respectively."
    )
    assert found == {
        ("2025-03-03", "RUS", "UKR", "remains", str(a)),
        ("2025-03-10", "RUS", "UKR", "remains", str(b)),
        ("2025-03-03", "UKR", "RUS", "remains", str(c)),
        ("2025-03-10", "UKR", "RUS", "remains", str(d)),
    }


def test_news_two_lists_after_a_long_aside(recap: Callable[[str], Any]) -> None:
    # the harder form: an aside between the dates and the noun, "bodies" for the kind
    found = recap(
        "On 3 and 10 March, at the request of both governments and as a neutral party,"
        " the committee facilitated the handover of 640 and 410 bodies to Ukraine and of"
        " 45 and 19 bodies to the Russian Federation, respectively."
    )
    assert {(p, s, n) for p, s, _, _, n in found} == {
        ("2025-03-03", "RUS", "640"),
        ("2025-03-10", "RUS", "410"),
        ("2025-03-03", "UKR", "45"),
        ("2025-03-10", "UKR", "19"),
    }


def test_news_one_list_over_two_dates_is_not_cut_in_runs(recap: Callable[[str], Any]) -> None:
    # near miss: one list of two, two dates: the plain pairing, nothing more
    found = recap("On 3 and 10 March, Russia handed over 640 and 410 bodies, respectively.")
    assert found == {
        ("2025-03-03", "RUS", "UKR", "remains", "640"),
        ("2025-03-10", "RUS", "UKR", "remains", "410"),
    }


def test_news_bodies_handed_to_the_two_parties_combined_are_a_two_way_sum(
    news: Callable[..., Any],
) -> None:
    from datetime import date

    read = news(
        "Since 2022, the committee has facilitated the handover of more than 5,000"
        " human remains to the two parties combined.",
        published=date(2025, 3, 20),
    )
    assert not read.exchanges
    (tally,) = read.tallies
    assert tally.sender is None
    assert sorted(tally.receiver.members) == ["RUS", "UKR"]


def test_news_bodies_handed_to_one_party_are_no_two_way_sum(news: Callable[..., Any]) -> None:
    # near miss: to one party, a way; never both
    from datetime import date

    read = news(
        "Since 2022, the committee has facilitated the handover of more than 5,000"
        " bodies to Ukraine.",
        published=date(2025, 3, 20),
    )
    assert all(t.receiver.code == "UKR" for t in read.tallies)
