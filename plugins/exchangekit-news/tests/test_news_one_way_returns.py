"""A handover told as one way only never gains a way back from a later echo.

"Nine civilians were also released, with nothing given in return" rules out a return
leg; a later "Russia got back the same number of its soldiers" must not repeat the nine
the other way. An echo after a handover with no such denial is still read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

_DENIALS = [
    "They were freed unilaterally",
    "They came back without anything in return",
    "They were released with no exchange",
    "Kyiv gave nothing in return for them",
    "They were let go without any swap",
]


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=3, max_value=60), st.sampled_from(_DENIALS))
def test_news_denied_return_gains_no_way_back(
    recap: Callable[[str], Any], count: int, denial: str
) -> None:
    found = recap(
        f"On 14 November Moscow released {count} Ukrainian civilians. {denial}."
        " The mediators were thanked by both sides."
        " The Russian side received the same number of its servicemen."
    )
    assert ("2025-11-14", "RUS", "UKR", "civilians", str(count)) in found
    assert not any(sender == "UKR" for _, sender, _, _, _ in found)


def test_news_denial_in_the_handover_sentence_itself(recap: Callable[[str], Any]) -> None:
    # harder form: the denial inside the sentence that counts, the echo two sentences on
    found = recap(
        "Belarusian mediators said 17 Ukrainian women held since 2022 had been handed back"
        " to Kyiv on 14 November, with no prisoner exchange of any kind in return."
        " Their families met them at the border."
        " Russia, for its part, got back the same number of its own people."
    )
    assert not any(sender == "UKR" for _, sender, _, _, _ in found)


def test_news_echo_after_an_undenied_handover_is_read(recap: Callable[[str], Any]) -> None:
    # near miss: "without" denies a delay, not a return; the echo is the way back
    found = recap(
        "On 14 November Moscow released 40 Ukrainian prisoners of war."
        " They crossed the border without delay."
        " The Russian side received the same number of its servicemen."
    )
    assert ("2025-11-14", "UKR", "RUS", "prisoners_of_war", "40") in found


def test_news_denial_of_another_kind_leaves_the_echo(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    # the denial is of a swap of the living; the dead handed back still have an echo
    found = legs(
        "On 3 June Moscow handed 48 bodies to Kyiv, with no exchange of prisoners this time."
        " The same number of Russian bodies were handed over to Russia."
    )
    assert str(found.get(("RUS", "UKR", "remains"))) == "48"
    assert str(found.get(("UKR", "RUS", "remains"))) == "48"


def test_news_denial_of_earlier_swaps_leaves_the_echo(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    # "no exchange had happened for weeks" speaks of the stretch before, not this swap
    found = legs(
        "No exchange had happened for weeks, but on 3 June Ukraine brought home 72 soldiers"
        " from Russian captivity. The same number of Russian soldiers were handed over to"
        " Russia."
    )
    assert str(found.get(("UKR", "RUS", "prisoners_of_war"))) == "72"


def test_news_denial_of_the_same_kind_still_holds(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    # near miss: the denial names the kind moved, so no way back is read
    found = legs(
        "On 3 June Moscow handed 48 bodies to Kyiv, with no exchange of remains in return."
        " The same number of Russian bodies were handed over to Russia."
    )
    assert str(found.get(("RUS", "UKR", "remains"))) == "48"
    assert ("UKR", "RUS", "remains") not in found


def test_news_echo_of_children_as_civilians_is_read(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    # a child is a civilian: "the same number of civilians" may repeat a figure of children
    found = legs(
        "On 3 June 120 Ukrainian soldiers were freed from Russian captivity. Six children"
        " were also brought back to Ukraine. The same number of Russian civilians were"
        " handed over to Russia."
    )
    assert str(found.get(("UKR", "RUS", "civilians"))) == "6"


def test_news_echo_of_children_as_bodies_is_not_read(
    legs: Callable[..., dict[tuple[str, str, str], Any]],
) -> None:
    # near miss: a body is not a child, so the echo of another kind repeats nothing
    found = legs(
        "On 3 June 120 Ukrainian soldiers were freed from Russian captivity. Six children"
        " were also brought back to Ukraine. The same number of Russian bodies were"
        " handed over to Russia."
    )
    assert ("UKR", "RUS", "remains") not in found
