"""The handover as the subject of its verb: "the swap brought back 224 soldiers, Kyiv said".

An event moves no one of its own, so the people it brought back came home to
the side of the one who tells it; with no side telling it, nothing is read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

POW = PersonCategory.PRISONERS_OF_WAR
CIVILIANS = PersonCategory.CIVILIANS
REMAINS = PersonCategory.REMAINS

_TELLERS = {"Ukraine's defence ministry": "UKR", "Russia's defence ministry": "RUS"}


def _other(code: str) -> str:
    return "RUS" if code == "UKR" else "UKR"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Friday's swap, the third this spring, brought back 88 marines and four "
            "civilians, Russia's defence ministry said.",
            {("UKR", "RUS", POW): [Count.exact(88)], ("UKR", "RUS", CIVILIANS): [Count.exact(4)]},
        ),
        (
            "The latest handover, which had been put off twice over the lists, brought back "
            "317 soldiers, Ukraine's defence ministry said.",
            {("RUS", "UKR", POW): [Count.exact(317)]},
        ),
        (
            "The repatriation, on March 9, brought back 640 bodies, Ukrainian officials said.",
            {("RUS", "UKR", REMAINS): [Count.exact(640)]},
        ),
        (
            # the particle after the counted people: "brought 230 people home"
            "The previous exchange, on 2 May, brought 57 people home, Ukraine's defence "
            "ministry said.",
            {("RUS", "UKR", PersonCategory.OTHER): [Count.exact(57)]},
        ),
        (
            "Tuesday's handover brought 64 sailors back; according to Russia's defence "
            "ministry, more are to follow.",
            {("UKR", "RUS", POW): [Count.exact(64)]},
        ),
        (
            # a side does the bringing back: the event is only where it happened
            "In the swap, Russia brought back 88 marines, Ukraine's defence ministry said.",
            {("UKR", "RUS", POW): [Count.exact(88)]},
        ),
    ],
)
def test_news_event_subject_brings_back_to_the_tellers_side(
    legs_of: Callable[..., Any], text: str, expected: dict[Any, list[Count]]
) -> None:
    assert legs_of(text) == expected


def test_news_event_subject_with_no_teller_reads_nothing(legs_of: Callable[..., Any]) -> None:
    # no side tells it and none is named: the receiver cannot be told
    text = "The latest handover, which had been put off twice, brought back 317 soldiers."
    assert legs_of(text) == {}


_FILLERS = st.sampled_from(
    [
        "",
        ", which had been delayed for weeks,",
        ", on the 14th,",
        ", the fifth since the summer,",
        ", which mediators in the Gulf had arranged,",
    ]
)


@settings(max_examples=40, deadline=None)
@given(
    event=st.sampled_from(["swap", "exchange", "handover", "delivery"]),
    filler=_FILLERS,
    figure=st.integers(min_value=2, max_value=900),
    teller=st.sampled_from([*_TELLERS, None]),
    form=st.sampled_from(["brought back {} soldiers", "brought {} soldiers home"]),
)
def test_news_event_subject_never_yields_an_unjustified_receiver(
    legs_of: Callable[..., Any],
    event: str,
    filler: str,
    figure: int,
    teller: str | None,
    form: str,
) -> None:
    # the receiver is the teller's own side, and with no teller there is none at all
    said = f", {teller} said" if teller else ""
    _home_to_teller(
        legs_of(f"The latest {event}{filler} {form.format(figure)}{said}."), teller, figure
    )


def _home_to_teller(got: object, teller: str | None, figure: int) -> None:
    """The legs read are the figure going to the teller's side, or none with no teller."""
    if teller is None:
        assert got == {}
    else:
        home = _TELLERS[teller]
        assert got == {(_other(home), home, POW): [Count.exact(figure)]}


@pytest.mark.parametrize(
    "between",
    [
        "",
        # a side's handing over that nobody confirmed says no way for the bodies to go
        " The statement did not say whether Ukraine had returned any Russian bodies.",
        # nor does one that asks how many it handed over
        " It did not say how many Russian bodies Ukraine had returned.",
    ],
)
def test_news_event_subject_of_bodies_goes_the_storys_way(
    legs_of: Callable[..., Any], between: str
) -> None:
    # told by no side, the bodies an earlier handover brought back went the story's way
    text = (
        "Moscow handed the remains of 620 soldiers over to Ukraine on Friday."
        f"{between} The handover before it, on Oct. 3, brought back 488 bodies, "
        "officials said then."
    )
    assert legs_of(text) == {("RUS", "UKR", REMAINS): [Count.exact(620), Count.exact(488)]}


@pytest.mark.parametrize(
    ("text", "home"),
    [
        # a passive "returned/freed from captivity": out of it, home to the teller's side
        (
            "The last round came on 3 March, when, Russia's defence ministry says, 64 marines "
            "were returned from captivity.",
            "RUS",
        ),
        ("Ukraine's ombudsman reported that 31 civilians had been freed from captivity.", "UKR"),
        # an intransitive "returned" right after the people counted: they came back
        ("Kyiv says that 212 servicemen, most of them from the navy, returned on Sunday.", "UKR"),
        ("Moscow's negotiator said 57 of its conscripts returned safely.", "RUS"),
        # a side telling that people "were returned" with nowhere else named: they came home
        ("Kyiv said 40 soldiers were returned.", "UKR"),
    ],
)
def test_news_people_returned_with_no_side_named_went_home_to_the_teller(
    legs_of: Callable[..., Any], text: str, home: str
) -> None:
    read = legs_of(text)
    assert read
    assert {(sender, receiver) for sender, receiver, _ in read} == {(_other(home), home)}


@pytest.mark.parametrize(
    "text",
    [
        "The Red Cross said 64 marines were returned from captivity on Tuesday.",
        "The monitors said that 212 servicemen returned on Sunday.",
        "Among those returned, the ombudsman said, were 12 men held since 2022.",
        "Officials said 40 soldiers were returned.",
    ],
)
def test_news_people_returned_with_no_side_to_go_home_to_read_nothing(
    legs_of: Callable[..., Any], text: str
) -> None:
    # a teller of no side, a participle ("those returned") or a passive with no
    # captivity left behind names no receiver: nothing is guessed
    assert legs_of(text) == {}


@settings(max_examples=40, deadline=None)
@given(
    event=st.sampled_from(["swap", "exchange", "handover", "return", "Qatar-mediated return"]),
    when=st.sampled_from(["In October 2024", "On 2 May,", "In mid-March", "On Friday"]),
    figure=st.integers(min_value=2, max_value=900),
    teller=st.sampled_from([*_TELLERS, None]),
)
def test_news_event_subject_after_a_leading_date_brings_back_to_the_teller(
    legs_of: Callable[..., Any], event: str, when: str, figure: int, teller: str | None
) -> None:
    # the preposition of a leading date ("In October 2024 a return brought back") does
    # not make the event a place: it is still the subject, and still moves no one itself
    said = f", {teller} said" if teller else ""
    _home_to_teller(
        legs_of(f"{when} a {event} brought back {figure} soldiers{said}."), teller, figure
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date's preposition is skipped, not the event's own: "in the return" is a
        # place and Russia, the subject, is who brought them back
        (
            "In October 2024, in the return, Russia brought back 10 soldiers, Ukraine's "
            "defence ministry said.",
            {("UKR", "RUS", POW): [Count.exact(10)]},
        ),
        # "return" as a verb, or an event whose people are counted before the verb
        (
            "In May the soldiers agreed to return, and a week later brought back 10 "
            "wounded comrades, Ukraine's defence ministry said.",
            {},
        ),
        (
            "In May the return of 40 soldiers brought back hope, Ukraine's defence ministry said.",
            {},
        ),
    ],
)
def test_news_return_that_is_no_subject_event_is_not_read_as_one(
    legs_of: Callable[..., Any], text: str, expected: dict[Any, list[Count]]
) -> None:
    assert legs_of(text) == expected


@settings(max_examples=40, deadline=None)
@given(
    first=st.integers(min_value=2, max_value=400),
    second=st.integers(min_value=2, max_value=400),
    teller=st.sampled_from(list(_TELLERS)),
    verb=st.sampled_from(["returned", "brought back"]),
    aside=st.sampled_from(["", ", in April,", ", at Easter in April,"]),
)
def test_news_the_one_before_that_returned_goes_home_to_the_teller(
    legs_of: Callable[..., Any], first: int, second: int, teller: str, verb: str, aside: str
) -> None:
    # "the one before that" stands for the exchange named first, an active "returned"
    # after an event subject brings home like "brought back"
    text = (
        f"The last exchange, in May, brought {first} people home, and the one before "
        f"that{aside} {verb} {second} soldiers, {teller} said."
    )
    home = _TELLERS[teller]
    got = legs_of(text)
    assert got[(_other(home), home, POW)] == [Count.exact(second)]
    assert {(s, r) for s, r, _ in got} == {(_other(home), home)}


@pytest.mark.parametrize(
    "text",
    [
        # a relative "the one who/that returned" names an actor, not the event
        "The last exchange brought 45 people home, and the one who returned 106 soldiers "
        "was Russia, Ukraine's defence ministry said.",
        # a passive "was returned" is no event's doing
        "The exchange in April was returned 106 soldiers, Ukraine's defence ministry said.",
        # no teller and no side: nowhere to be home
        "The last exchange brought 45 people home, and the one before that returned 106 soldiers.",
    ],
)
def test_news_returned_with_no_event_subject_is_not_sent_home(
    legs_of: Callable[..., Any], text: str
) -> None:
    assert all(Count.exact(106) not in counts for counts in legs_of(text).values())


@settings(max_examples=40, deadline=None)
@given(
    event=st.sampled_from(["the swap", "this operation", "the exchange", "the handover"]),
    teller=st.sampled_from(list(_TELLERS)),
    figure=st.integers(min_value=2, max_value=900),
    verb=st.sampled_from(["had returned", "returned", "brought back", "had brought back"]),
    opening=st.sampled_from(
        ["said that", "said on Friday that", "said that, as agreed in Istanbul,"]
    ),
)
def test_news_event_subject_of_a_reported_clause_brings_back_to_the_teller(
    legs_of: Callable[..., Any], event: str, teller: str, figure: int, verb: str, opening: str
) -> None:
    # "Kyiv's ministry said that these operations had returned ...": the reported clause
    # opens after "that", so the speaker before it is no subject that sent the people
    _home_to_teller(
        legs_of(f"{teller} {opening} {event} {verb} {figure} soldiers."), teller, figure
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side is the subject of its own clause: it gave the people back
        (
            "Ukraine's defence ministry said that Russia had returned 40 soldiers.",
            {("RUS", "UKR", POW): [Count.exact(40)]},
        ),
        # a speaker set off in an aside does not open the clause the verb is in
        (
            "Russia, the ministry said, returned 40 soldiers in the swap.",
            {("RUS", "UKR", POW): [Count.exact(40)]},
        ),
    ],
)
def test_news_a_side_subject_of_a_reported_clause_still_sends(
    legs_of: Callable[..., Any], text: str, expected: dict[Any, list[Count]]
) -> None:
    assert legs_of(text) == expected


@pytest.mark.parametrize(
    ("teller", "home"),
    [("Kyiv's interior ministry", "UKR"), ("Moscow's defence ministry", "RUS")],
)
def test_news_a_reported_event_subjects_running_total_is_the_tellers(
    news: Callable[..., Any], teller: str, home: str
) -> None:
    # "added on Friday that, counting the earlier handovers, such operations have so far
    # brought back the remains of ...": a running total of the teller's own side
    text = (
        f"{teller} said on Friday that, counting the earlier handovers, such "
        "operations had so far brought back the remains of more than 3,800 people since "
        "the war started."
    )
    assert {(t.receiver.code, t.category, t.count) for t in news(text).tallies} == {
        (home, REMAINS, Count.parse("more than 3,800"))
    }


@settings(max_examples=30, deadline=None)
@given(
    giver=st.sampled_from([("Moscow", "Kyiv"), ("Russia", "Ukraine"), ("Ukraine", "Russia")]),
    told=st.integers(min_value=300, max_value=900),
    later=st.integers(min_value=2, max_value=290),
    asked=st.sampled_from(
        [
            "It did not say how many bodies {0} had returned.",
            "Officials would not say how many of the dead {0} had handed back.",
            "Nobody said how many of the remains {0} had sent back.",
        ]
    ),
)
def test_news_a_question_of_how_many_never_turns_the_storys_bodies_round(
    legs_of: Callable[..., Any],
    giver: tuple[str, str],
    told: int,
    later: int,
    asked: str,
) -> None:
    # "It did not say how many Russian bodies Ukraine had returned": asked, not told; the
    # next handover told with no side keeps the story's way (it once went the other way)
    sender, receiver = giver
    text = (
        f"{sender} handed the remains of {told} soldiers over to {receiver} on Friday. "
        f"{asked.format(receiver)} The previous repatriation, in December, brought "
        f"{later} bodies home."
    )
    codes = {"Moscow": "RUS", "Russia": "RUS", "Kyiv": "UKR", "Ukraine": "UKR"}
    way = (codes[sender], codes[receiver])
    assert legs_of(text) == {(*way, REMAINS): [Count.exact(told), Count.exact(later)]}
