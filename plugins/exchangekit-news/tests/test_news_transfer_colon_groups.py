"""A group named before a colon and spelled out after it: "the wounded were swapped too: 31 for 15".

When a clause moves a group it names by kind ("the wounded", "the bodies") and a colon
then gives each side's number, the numbers are that group's, of its kind, one per
direction. A contrast word with only a word of manner ("though unevenly:") does not
part the list from its clause, and the group is not a breakdown of a figure told
earlier in the sentence for another verb.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]
Recap = Callable[[str], Legs]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 8 March 120 prisoners were freed by each side, and the wounded were exchanged "
            "too, though unequally: 19 Ukrainians for 7 Russians.",
            {
                ("2025-03-08", "UKR", "RUS", "prisoners_of_war", "120"),
                ("2025-03-08", "RUS", "UKR", "prisoners_of_war", "120"),
                ("2025-03-08", "RUS", "UKR", "wounded_prisoners", "19"),
                ("2025-03-08", "UKR", "RUS", "wounded_prisoners", "7"),
            },
        ),
        (
            "On 2 May the badly wounded were swapped too, if lopsidedly: 14 Ukrainians for "
            "9 Russians.",
            {
                ("2025-05-02", "RUS", "UKR", "wounded_prisoners", "14"),
                ("2025-05-02", "UKR", "RUS", "wounded_prisoners", "9"),
            },
        ),
        (
            "On 11 June the dead were handed back as well, though lopsidedly: 800 "
            "bodies went to Ukraine and 30 to Russia.",
            {
                ("2025-06-11", "RUS", "UKR", "remains", "800"),
                ("2025-06-11", "UKR", "RUS", "remains", "30"),
            },
        ),
    ],
)
def test_group_spelled_out_after_colon(recap: Recap, text: str, expected: Legs) -> None:
    assert expected <= recap(text)


def test_group_of_a_clause_that_moved_no_one_keeps_no_kind(recap: Recap) -> None:
    text = "The wounded, officials said, were treated in Lviv: 31 Ukrainians came home on 4 May."
    assert ("2025-05-04", "RUS", "UKR", "other", "31") in recap(text)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    each=st.integers(min_value=100, max_value=400),
    ours=st.integers(min_value=5, max_value=60),
    theirs=st.integers(min_value=5, max_value=60),
)
def test_unequal_pair_after_colon_is_never_each_way(
    recap: Recap, each: int, ours: int, theirs: int
) -> None:
    """An uneven pair after the colon goes one number each way, never one number both ways."""
    if ours == theirs or each in (ours, theirs):
        return
    text = (
        f"On 6 April {each} prisoners were freed by each side, and the wounded were "
        f"exchanged as well: {ours} Ukrainians for {theirs} Russians."
    )
    legs = {(s, r, n) for _, s, r, _, n in recap(text)}
    assert ("RUS", "UKR", str(ours)) in legs
    assert ("UKR", "RUS", str(theirs)) in legs
    assert ("UKR", "RUS", str(ours)) not in legs


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    n=st.integers(min_value=11, max_value=900),
    first=st.sampled_from(
        [("Ukrainian", "UKR", "Russian", "RUS"), ("Russian", "RUS", "Ukrainian", "UKR")]
    ),
    aside=st.sampled_from(["", ", its officials said,", " – the ministry said –"]),
    opener=st.sampled_from(["the final group crossed", "the buses reached the border"]),
)
def test_news_a_verbless_pair_after_a_colon_sends_each_side_its_own(
    recap: Recap, n: int, first: tuple[str, str, str, str], aside: str, opener: str
) -> None:
    mine, home, theirs, other = first
    text = (
        "The two countries swapped prisoners again this week. "
        f"On 14 November {opener}: {n} {mine} soldiers{aside} in return for {n} {theirs} "
        "marines."
    )
    assert recap(text) == {
        ("2025-11-14", other, home, "prisoners_of_war", str(n)),
        ("2025-11-14", home, other, "prisoners_of_war", str(n)),
    }


def test_news_a_verbless_pair_after_a_proposal_gives_its_first_side_nothing(
    recap: Recap,
) -> None:
    text = "Kyiv proposed a new deal: 300 Ukrainian soldiers in return for 300 Russian ones."
    assert not {leg for leg in recap(text) if leg[2] == "UKR"}
