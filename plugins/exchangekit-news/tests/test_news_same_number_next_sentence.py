"""'The same number' in the sentence after a handover: a receiver before it, a kind after it.

"Today 120 of our citizens came home. In return, Kyiv handed over to Russia the same
number of Russian servicemen": the receiver told between the verb and the phrase leaves
the verb the phrase's own, and the phrase's own noun gives the kind of the people sent
back, its number the one told before.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import moves


def moved(text: str) -> set[tuple[str, str, str, int]]:
    """(sender, receiver, category, count) of every transfer read in ``text``."""
    return moves(text, published=date(2025, 10, 2))


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=11, max_value=900),
    verb=st.sampled_from(["transferred", "handed over", "returned"]),
    receiver=st.sampled_from(["Russia", "the Russian Federation", "Moscow"]),
)
def test_a_receiver_between_verb_and_echo(n: int, verb: str, receiver: str) -> None:
    """Whatever the figure, verb and receiver, the way back gets the figure and its kind."""
    text = (
        f"KYIV, 2 October - Today {n} of our citizens returned to Ukraine from Russian "
        f"captivity. In return, the Ukrainian side {verb} to {receiver} the same number "
        "of Russian prisoners of war."
    )
    assert ("UKR", "RUS", "prisoners_of_war", n) in moved(text)
    assert ("UKR", "RUS", "other", n) not in moved(text)


def test_the_echo_of_people_of_no_kind_keeps_the_whole() -> None:
    """Near miss: "the same number of people" names no kind, so the whole's kind stays."""
    text = (
        "KYIV, 2 October - Today 88 of our citizens returned to Ukraine from Russian "
        "captivity. In return, Ukraine handed over to Russia the same number of people."
    )
    assert ("UKR", "RUS", "other", 88) in moved(text)


def test_a_planned_echo_with_a_receiver_moves_no_one() -> None:
    """Near miss: the same words with a verb not done are no handover."""
    text = (
        "KYIV, 2 October - Today 75 of our citizens returned to Ukraine from Russian "
        "captivity. Ukraine said it would hand over to Russia the same number of Russian "
        "prisoners of war next week."
    )
    assert not any(s == "UKR" for s, _, _, _ in moved(text))


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=11, max_value=900),
    m=st.integers(min_value=2, max_value=10),
    dash=st.sampled_from(["\u2014", "\u2013", "-"]),
    tail=st.sampled_from(["as well as {m} residents of the Bryansk region.", "the ministry said."]),
)
def test_the_figure_set_off_by_dashes_after_the_echo_is_its_own(
    n: int, m: int, dash: str, tail: str
) -> None:
    """ "the same number of Russian servicemen — 146 —": the figure the dashes set off
    after the phrase is the one sent, of the phrase's kind."""
    text = (
        f"KYIV, 2 October - Today our defenders came home from Russian captivity. In turn,"
        f" Kyiv handed over to Russia the same number of Russian servicemen {dash} {n}"
        f" {dash} {tail.format(m=m)}"
    )
    assert ("UKR", "RUS", "prisoners_of_war", n) in moved(text)


def test_a_planned_echo_with_a_figure_set_off_by_dashes_moves_no_one() -> None:
    """A handover still to come, its figure set off by dashes, sends no one yet."""
    text = (
        "KYIV, 2 October - Kyiv will hand over to Russia the same number of Russian"
        " servicemen \u2014 146 \u2014 once the lists are agreed, the ombudsman said."
    )
    assert not {leg for leg in moved(text) if leg[3] == 146}


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=11, max_value=900),
    m=st.integers(min_value=2, max_value=10),
    joint=st.sampled_from(["and", "as well as", ", as well as"]),
    receiver=st.sampled_from(["to Russia ", ""]),
    people=st.sampled_from(["Russian servicemen", "Russian prisoners of war", "its prisoners"]),
)
def test_a_figure_joined_to_the_echo_is_a_second_object(
    n: int, m: int, joint: str, receiver: str, people: str
) -> None:
    """ "handed over the same number of Russian servicemen and eight civilians": the echo
    repeats the figure told before, and the figure joined to it goes the same way."""
    text = (
        f"KYIV, 2 October - Today {n} of our defenders returned home from Russian captivity."
        f" In turn, the Ukrainian side handed over {receiver}the same number of {people}"
        f"{'' if joint.startswith(',') else ' '}{joint} {m} residents of the Belgorod region."
    )
    read = moved(text)
    assert ("UKR", "RUS", "prisoners_of_war", n) in read
    assert ("UKR", "RUS", "civilians", m) in read


def test_a_figure_joined_to_a_planned_echo_moves_no_one() -> None:
    """A handover still to come sends neither the echo's figure nor the one joined to it."""
    text = (
        "KYIV, 2 October - Today 120 of our defenders returned home from Russian captivity."
        " In turn, the Ukrainian side will hand over the same number of Russian servicemen"
        " and eight residents of the Belgorod region once the lists are agreed."
    )
    assert not {leg for leg in moved(text) if leg[0] == "UKR"}


def test_a_figure_opening_a_clause_of_its_own_after_the_echo_is_not_sent() -> None:
    """ "... the same number of Russian servicemen and 300 more are still held": the figure
    after "and" has its own verb, so it is no object of the handing over."""
    text = (
        "KYIV, 2 October - Today 120 of our defenders returned home from Russian captivity."
        " In turn, Kyiv handed over the same number of Russian servicemen and 300 more are"
        " still held in Ukraine."
    )
    assert not {leg for leg in moved(text) if leg[3] == 300}


# Sentences of detail an official statement may put between a homecoming and its other way.
_DETAIL = [
    "Among them are marines who held the port city for weeks.",
    "The youngest is 21 years old and the oldest is 64.",
    "Several of them had spent more than two years in a camp near the border.",
    "They will be examined by doctors and then taken to a rehabilitation centre.",
    "We thank our partners for their help in making the exchange possible.",
    "Families will be called by our staff within a day.",
    "In total, 5,870 Ukrainians have come home since the invasion began.",
    "Work on bringing the rest of our people home goes on every day.",
]


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=11, max_value=900),
    between=st.integers(min_value=6, max_value=len(_DETAIL)),
    opening=st.sampled_from(["In return", "In exchange"]),
    verb=st.sampled_from(["transferred to Russia", "handed over"]),
)
def test_in_return_reaches_past_a_statements_details(
    n: int, between: int, opening: str, verb: str
) -> None:
    """ "In return, ... the same number" answers the homecoming told before the details."""
    text = (
        f"Today, {n} of our defenders came home from Russian captivity.\n\n"
        + " ".join(_DETAIL[:between])
        + f"\n\n{opening}, the Ukrainian side {verb} the same number of Russian prisoners of war."
    )
    assert moved(text) == {
        ("RUS", "UKR", "prisoners_of_war", n),
        ("UKR", "RUS", "prisoners_of_war", n),
    }


def test_in_return_after_a_running_total_alone_moves_no_one() -> None:
    """Near miss: with no handover told, only a running total, "the same number" repeats none."""
    text = (
        "In total, 5,870 Ukrainians have come home since the invasion began, officials said. "
        + " ".join(_DETAIL[:6])
        + "\n\nIn return, the Ukrainian side handed over the same number of Russian soldiers."
    )
    assert moved(text) == set()


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=900),
    kind=st.sampled_from([("civilians", "civilians"), ("Ukrainian soldiers", "prisoners_of_war")]),
    verb=st.sampled_from(["were handed over", "were returned", "was transferred"]),
    receiver=st.sampled_from(["Ukraine", "Kyiv", "the Ukrainian side"]),
)
def test_an_echo_as_the_subject_of_a_passive_goes_where_its_to_says(
    n: int, kind: tuple[str, str], verb: str, receiver: str
) -> None:
    """ "N civilians went back to Russia. The same number of X were handed over to Kyiv"."""
    noun, category = kind
    first = "civilians" if category == "civilians" else "Russian soldiers"
    text = (
        f"On Thursday {n} {first} were returned to Russia, the ministry said. "
        f"The same number of {noun} {verb} to {receiver} in the same exchange, it added."
    )
    assert ("RUS", "UKR", category, n) in moved(text)


def test_a_planned_or_denied_echo_as_a_passive_subject_moves_no_one() -> None:
    for told in ("will be handed over", "were not handed over", "were to be handed over"):
        text = (
            "On Thursday 40 civilians were returned to Russia. "
            f"The same number of civilians {told} to Ukraine."
        )
        assert not any(receiver == "UKR" for _, receiver, _, _ in moved(text)), told


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=900),
    own=st.sampled_from(
        [
            "in March 2023",
            "in a separate swap last year",
            "in another exchange",
            "on 14 February",
            "in an earlier handover",
        ]
    ),
)
def test_an_echo_with_a_handover_of_its_own_is_not_the_way_back(n: int, own: str) -> None:
    """The echo's own date, or "separate"/"another", tells some other exchange."""
    text = (
        f"On Thursday {n} civilians were returned to Russia. "
        f"The same number of Ukrainian civilians were handed over to Kyiv {own}."
    )
    assert not any(receiver == "UKR" for _, receiver, _, _ in moved(text)), own


@settings(max_examples=10, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=900),
    body=st.sampled_from(["prosecutors", "courts", "security service", "investigators"]),
    side=st.sampled_from(["Kyiv", "Ukraine"]),
)
def test_an_echo_handed_to_a_body_of_a_side_is_no_swap_leg(n: int, body: str, side: str) -> None:
    """ "handed over to Kyiv's prosecutors": to an institution, not across the line."""
    text = (
        f"On Thursday {n} civilians were returned to Russia. "
        f"The same number of civilians were handed over to {side}'s {body} for trial."
    )
    assert not any(receiver == "UKR" for _, receiver, _, _ in moved(text)), body


def test_an_echo_on_the_day_told_before_is_still_the_way_back() -> None:
    """Near miss: the echo naming the earlier day again (or "the same day") is that swap."""
    for own in ("on Thursday", "the same day"):
        text = (
            "On Thursday 40 civilians were returned to Russia. "
            f"The same number of civilians were handed over to Kyiv {own}."
        )
        assert ("RUS", "UKR", "civilians", 40) in moved(text), own


def test_a_wounded_figure_after_a_comma_and_as_well_as_goes_with_the_echo() -> None:
    """ "received the same number of its servicemen, as well as 15 wounded, whose ...": the
    comma before "as well as" does not part the figure from the echo it is joined to."""
    text = (
        "KYIV, 2 October - On the eve of the holiday 140 Ukrainian defenders came home. The"
        " Russian side, for its part, received the same number of its servicemen, as well as"
        " 15 wounded, whose state, our doctors said, needed urgent care."
    )
    read = moved(text)
    assert ("UKR", "RUS", "prisoners_of_war", 140) in read
    assert ("UKR", "RUS", "wounded_prisoners", 15) in read
