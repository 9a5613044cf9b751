"""A headline's figure that the body gives otherwise for the same direction yields to the body.

"Sides complete 800-for-800 swap" over "each freed 95 on Friday, the last stage"
names the whole deal in the headline and the day's stage in the body: the day's
transfers are the body's 95 each way, never 800 one way and 95 the other (which
one the headline kept used to depend on the order the two were read in).
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

Legs = set[tuple[str, str, str, str, str]]


def _directions(legs: Legs) -> dict[tuple[str, str], set[str]]:
    """The counts read for each (sender, receiver)."""
    found: dict[tuple[str, str], set[str]] = {}
    for _, sender, receiver, _, count in legs:
        found.setdefault((sender, receiver), set()).add(count)
    return found


@settings(max_examples=30, deadline=None)
@given(
    whole=st.integers(min_value=300, max_value=1200),
    stage=st.integers(min_value=20, max_value=290),
    verb=st.sampled_from(["complete", "wrap up", "finish"]),
    body=st.sampled_from(
        [
            "Russia and Ukraine each handed over {n} soldiers on Friday, the deal's last stage.",
            "Kyiv and Moscow freed {n} prisoners apiece on Friday, the final day of the swap.",
            "On Friday Kyiv got back {n} prisoners of war and Moscow received {n} of its "
            "soldiers in the final stage.",
        ]
    ),
)
def test_the_body_figure_stands_for_both_directions(
    recap: Callable[[str], Legs], whole: int, stage: int, verb: str, body: str
) -> None:
    """Each direction carries the body's stage figure; the headline's whole goes on no day."""
    text = f"Russia and Ukraine {verb} {whole}-for-{whole} swap\n\n{body.format(n=stage)}\n"
    directions = _directions(recap(text))
    assert directions == {("RUS", "UKR"): {str(stage)}, ("UKR", "RUS"): {str(stage)}}


def test_a_headline_figure_the_body_restates_is_read_once(recap: Callable[[str], Legs]) -> None:
    """Near miss: the same figure in headline and body is one figure each way."""
    text = (
        "Ukraine and Russia swap 150 prisoners each\n\n"
        "Ukraine and Russia each freed 150 prisoners of war on Friday, officials said.\n"
    )
    assert _directions(recap(text)) == {("RUS", "UKR"): {"150"}, ("UKR", "RUS"): {"150"}}


def test_a_headline_figure_the_body_gives_no_number_for_is_kept(
    recap: Callable[[str], Legs],
) -> None:
    """Near miss: a body that restates no figure leaves the headline's figure standing."""
    text = (
        "Ukraine gets back 150 prisoners\n\n"
        "Ukraine brought home its soldiers on Friday, officials said, in an exchange "
        "brokered by the UAE.\n"
    )
    assert ("2025-11-14", "RUS", "UKR", "prisoners_of_war", "150") in recap(text)


def test_a_headline_figure_of_another_kind_is_no_rival(recap: Callable[[str], Legs]) -> None:
    """Near miss: a headline's civilians and the body's soldiers are different people."""
    text = (
        "Ukraine gets back 150 civilians\n\n"
        "Ukraine and Russia each freed 95 prisoners of war on Friday, officials said.\n"
    )
    legs = recap(text)
    assert ("2025-11-14", "RUS", "UKR", "civilians", "150") in legs
    assert ("2025-11-14", "RUS", "UKR", "prisoners_of_war", "95") in legs


@settings(max_examples=20, deadline=None)
@given(
    whole=st.integers(min_value=300, max_value=990),
    stage=st.integers(min_value=20, max_value=290),
    body=st.sampled_from(
        [
            "On Friday, the last day of the deal, each side handed over {n} soldiers, the "
            "Ukrainian ombudsman said.",
            "Russia freed {n} Ukrainian soldiers on Friday, the last day of the deal, "
            "according to Kyiv.",
            "Moscow got back {n} of its troops on Friday, the final stage, officials said.",
        ]
    ),
)
def test_a_headline_whole_never_stands_beside_the_body_stage_the_other_way(
    recap: Callable[[str], Legs], whole: int, stage: int, body: str
) -> None:
    """Sourced or not, for one direction or both: each direction has the body's figure or none.

    The headline's whole deal may stand for a direction the body gives no figure for only
    if the body replaced no headline figure in the other direction either.
    """
    text = f"Kyiv and Moscow trade {whole} prisoners apiece\n\n{body.format(n=stage)}\n"
    directions = _directions(recap(text))
    assert directions
    assert all(counts == {str(stage)} for counts in directions.values())


def test_a_sourced_body_figure_each_way_replaces_the_headline_both_ways(
    recap: Callable[[str], Legs],
) -> None:
    """The body's named source gives the day's figure for both directions, not for one."""
    text = (
        "Moscow and Kyiv exchange 700 prisoners each\n\n"
        "Ukraine's human rights commissioner said 210 were released by each side on Friday.\n"
    )
    assert _directions(recap(text)) == {("RUS", "UKR"): {"210"}, ("UKR", "RUS"): {"210"}}


def test_a_headline_figure_for_one_way_stands_beside_a_body_figure_the_other_way(
    recap: Callable[[str], Legs],
) -> None:
    """Near miss: the body gives only the direction the headline did not: both are kept."""
    text = (
        "Ukraine gets back 150 prisoners\n\n"
        "Russia received 90 of its soldiers on Friday, officials said.\n"
    )
    assert _directions(recap(text)) == {("RUS", "UKR"): {"150"}, ("UKR", "RUS"): {"90"}}
