"""One side's leg told in other words: a side owning a count, a side's own figure, "N others"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from exchangekit import Count, PersonCategory

from .conftest import Legs

POW = PersonCategory.PRISONERS_OF_WAR
CIVILIANS = PersonCategory.CIVILIANS
OTHER = PersonCategory.OTHER
REMAINS = PersonCategory.REMAINS
SIDES = {"Ukraine": "UKR", "Kyiv": "UKR", "Russia": "RUS", "Moscow": "RUS"}


def _other(code: str) -> str:
    return "RUS" if code == "UKR" else "UKR"


def _exact(legs: dict[tuple[str, str, PersonCategory], int | list[int]]) -> Legs:
    return {
        key: [Count.exact(n) for n in (value if isinstance(value, list) else [value])]
        for key, value in legs.items()
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side owning the count its copula gives: the people that side got back
        (
            "The swap was lopsided in the end; Moscow's side was 64 people, among them "
            "a dozen seamen from a grain ship.",
            {("UKR", "RUS", OTHER): 64},
        ),
        (
            "On Ukraine's side they were 212 soldiers and 35 civilians, the ombudsman "
            "wrote on Sunday evening.",
            {("RUS", "UKR", POW): 212, ("RUS", "UKR", CIVILIANS): 35},
        ),
        (
            "In Saturday's swap, Kyiv's side was 48 civilians and 90 marines, the "
            "headquarters said.",
            {("RUS", "UKR", CIVILIANS): 48, ("RUS", "UKR", POW): 90},
        ),
        (
            "It was not an even trade: on Russia's side, it was 41 servicemen; Kyiv took back 57.",
            {("UKR", "RUS", POW): 41, ("RUS", "UKR", POW): 57},
        ),
        # a source's figure for its own side: the way home to that source, of no one kind
        (
            "Both sides got back 133 servicemen, Moscow said, with Qatar mediating; Kyiv "
            "put the figure for its side at 140, saying seven medics had joined the group.",
            {("RUS", "UKR", POW): 133, ("UKR", "RUS", POW): 133, ("RUS", "UKR", OTHER): 140},
        ),
        (
            "Ukraine got back 600 bodies and Russia 35, Kyiv said; Moscow put the figure "
            "for its own side at 38.",
            {("RUS", "UKR", REMAINS): 600, ("UKR", "RUS", REMAINS): [35, 38]},
        ),
        (
            "The two sides swapped 88 prisoners each, Moscow's ministry said; Kyiv gave the "
            "number for its own side as 91.",
            {("RUS", "UKR", POW): 88, ("UKR", "RUS", POW): 88, ("RUS", "UKR", OTHER): 91},
        ),
        # a bare rival count with a participle of moving: a count of people of no kind
        (
            "Moscow said it had set free 118 Ukrainian marines, and Kyiv counted 121 returned.",
            {("RUS", "UKR", POW): 118, ("RUS", "UKR", OTHER): 121},
        ),
        # a side's number of its nationals "home": its way home, the kind of the swap told
        (
            "Moscow's defence ministry said 150 Russian servicemen had come back, and that "
            "150 Ukrainian prisoners of war had been handed over in return. Ukraine's "
            "coordination headquarters confirmed the swap, putting the number of Ukrainians "
            "home at 162.",
            {("RUS", "UKR", POW): [150, 162], ("UKR", "RUS", POW): 150},
        ),
        # "putting their number at N": the uncounted people the one verb before moved
        (
            "Women from the occupied south who had been held for months came back to "
            "Ukraine through Belarus on Monday, the ombudsman said, putting their number at 31.",
            {("RUS", "UKR", OTHER): 31},
        ),
        (
            "Civilians detained during the incursion were handed over to Russia at the "
            "border on Friday, Moscow's commissioner said, putting their number at 17.",
            {("UKR", "RUS", CIVILIANS): 17},
        ),
        # a side's own defenders returned with no agent came home to that side
        (
            "Kyiv said the bodies of 57 defenders had been returned near Sumy.",
            {("RUS", "UKR", REMAINS): 57},
        ),
        (
            "Moscow said 19 defenders were returned on Friday, after a year in captivity.",
            {("UKR", "RUS", POW): 19},
        ),
        # a side's defenders returned "to" or "by" someone: the side named says the way
        (
            "Kyiv said 30 defenders had been returned to Russia by mistake.",
            {("UKR", "RUS", POW): 30},
        ),
        # "and N others" after people named a long way before
        (
            "Kyiv took back 75 of its border guards captured near the coast and 12 "
            "others, the office said.",
            {("RUS", "UKR", POW): 75, ("RUS", "UKR", OTHER): 12},
        ),
        # people of no side who came home in a later sentence: the side last heard
        # telling of the exchanges, when no one-way handover went the other way
        (
            "Kyiv's ombudsman said 20 Ukrainian civilians were freed in March. In late May, "
            "31 people came home through Belarus, several of them teachers.",
            {("RUS", "UKR", CIVILIANS): 20, ("RUS", "UKR", OTHER): 31},
        ),
        (
            "The defence ministry in Moscow said 40 Russian soldiers were freed in March. "
            "On 3 May, 25 came home, many of them conscripts.",
            {("UKR", "RUS", POW): [40, 25]},
        ),
        (
            "Zelensky said 70 Ukrainian marines were freed in a swap on 9 January. On 12 March, "
            "44 servicemen came home near Sumy, some of them from the border guard.",
            {("RUS", "UKR", POW): [70, 44]},
        ),
        # a handover to the other side told before: home is not known
        (
            "Moscow said on Monday that Russia handed over 40 Ukrainians in March. On 3 May, "
            "25 came home.",
            {("RUS", "UKR", OTHER): 40},
        ),
        (
            "Kyiv said 100 Ukrainians had been freed. Russia's ministry said it had handed over "
            "50 Russians. On 3 May, 25 came home.",
            {("RUS", "UKR", OTHER): 100, ("UKR", "RUS", OTHER): 50},
        ),
        # no speaker of a known side: nothing
        ("In March, 30 came home. On 3 May, 25 came home.", {}),
    ],
)
def test_news_a_sides_leg_told_in_other_words(
    legs_of: Callable[..., Legs],
    text: str,
    expected: dict[tuple[str, str, PersonCategory], int | list[int]],
) -> None:
    assert legs_of(text) == _exact(expected)


@pytest.mark.parametrize(
    "text",
    [
        "On Russia's side, the losses were 700 soldiers, the general staff said.",
        "Under the draft deal, Ukraine's side would be 500 prisoners.",
        "Ukraine's side was 3 km from the crossing point on Tuesday.",
        "The army shot down 14 drones over the sea and 6 others, the ministry said.",
        "Kyiv counted 40 wounded after the strike, and Moscow counted 12 killed.",
        "Officials in Kyiv now put the number of Ukrainians home at 3,100.",
        "Kyiv's side is 900 prisoners, the negotiator said of the list sent to the mediators.",
        "On Moscow's side are 150 killed and 420 wounded, a military blogger wrote.",
        "Soldiers may come back to Ukraine next month, officials said, putting their number at 44.",
        "The strike killed civilians in the port on Sunday, officials said, putting their number "
        "at 12.",
        "Kyiv hopes 64 soldiers will be freed in the next swap.",
        "Kyiv denied that 64 soldiers had been freed on Tuesday.",
    ],
)
def test_news_a_side_or_an_other_not_moved_is_no_transfer(
    legs_of: Callable[..., Legs], text: str
) -> None:
    assert legs_of(text) == {}


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(sorted(SIDES)),
    st.integers(min_value=2, max_value=2000),
    st.sampled_from(["was", "is"]),
    st.sampled_from(["people", "prisoners", "civilians"]),
)
def test_news_a_sides_own_count_goes_to_that_side(
    legs_of: Callable[..., Legs], side: str, amount: int, copula: str, noun: str
) -> None:
    text = f"After the exchange, {side}'s side {copula} {amount:,} {noun}, officials said."
    got = legs_of(text)
    code = SIDES[side]
    assert {(s, r) for s, r, _ in got} == {(_other(code), code)}
    assert [c for counts in got.values() for c in counts] == [Count.exact(amount)]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(sorted(SIDES)),
    st.integers(min_value=2, max_value=2000),
    st.sampled_from(["were freed", "were released", "had been freed", "have been released"]),
    st.sampled_from(["women", "soldiers", "people"]),
)
def test_news_people_set_free_by_no_one_named_went_home_to_the_speaker(
    legs_of: Callable[..., Legs], side: str, amount: int, verb: str, noun: str
) -> None:
    text = f"{side} said {amount:,} {noun} {verb} in the latest swap, the third this year."
    code = SIDES[side]
    got = legs_of(text)
    assert {(s, r) for s, r, _ in got} == {(_other(code), code)}


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(sorted(SIDES)),
    st.integers(min_value=2, max_value=2000),
    st.sampled_from(["would be", "could be", "will be"]),
)
def test_news_a_sides_planned_count_is_no_transfer(
    legs_of: Callable[..., Legs], side: str, amount: int, modal: str
) -> None:
    text = f"Under the proposal, {side}'s side {modal} {amount:,} prisoners."
    assert legs_of(text) == {}


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(sorted(SIDES)),
    st.sampled_from(["Ukrainian", "Russian"]),
    st.integers(min_value=2, max_value=900),
    st.integers(min_value=2, max_value=90),
    st.sampled_from(["had been returned", "were returned", "were freed"]),
    st.sampled_from(["as well as", "along with", "together with"]),
)
def test_news_people_added_after_a_passive_go_the_way_of_its_subject(
    legs_of: Callable[..., Legs],
    speaker: str,
    nationality: str,
    soldiers: int,
    civilians: int,
    verb: str,
    joiner: str,
) -> None:
    """ "N <nationals> had been returned, as well as M civilians": both went home to one side."""
    text = (
        f"{speaker} said {soldiers:,} {nationality} servicemen {verb}, {joiner} "
        f"{civilians:,} civilians."
    )
    home = "UKR" if nationality == "Ukrainian" else "RUS"
    assert {(s, r) for s, r, _ in legs_of(text)} == {(_other(home), home)}


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(sorted(SIDES)),
    st.sampled_from(sorted(SIDES)),
    st.integers(min_value=2, max_value=900),
    st.integers(min_value=2, max_value=90),
    st.sampled_from(["were handed back to", "were returned to", "were sent back to"]),
    st.sampled_from(["as well as", "along with", "together with", "plus"]),
)
def test_news_people_added_after_a_passive_to_a_side_go_there_whoever_speaks(
    legs_of: Callable[..., Legs],
    speaker: str,
    home: str,
    soldiers: int,
    civilians: int,
    verb: str,
    joiner: str,
) -> None:
    """ "X said 185 servicemen were handed back to Moscow, along with 20 civilians": both
    went to Moscow; the speaker, whichever side, is not the subject of the handing."""
    text = (
        f"{speaker} said {soldiers:,} servicemen {verb} {home}, {joiner} {civilians:,} civilians."
    )
    code = SIDES[home]
    assert legs_of(text) == _exact(
        {(_other(code), code, POW): soldiers, (_other(code), code, CIVILIANS): civilians}
    )


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(sorted(SIDES)),
    st.integers(min_value=2, max_value=900),
    st.sampled_from(["came home", "were freed", "came back"]),
    st.booleans(),
)
def test_news_a_homecoming_of_no_side_never_goes_against_a_handover_told_before(
    legs_of: Callable[..., Legs], side: str, amount: int, verb: str, handed_first: bool
) -> None:
    """Home is the teller's side only while no one-way handover told before went elsewhere."""
    code = SIDES[side]
    own, others = ("Ukrainian", "Russians") if code == "UKR" else ("Russian", "Ukrainians")
    told = f"{side} said it had handed over 12 {others} in March."
    heard = f"{side} said 12 {own} soldiers had been freed in March."
    text = f"{told if handed_first else heard} On 3 May, {amount + 12:,} {verb}."
    got = {(s, r, c) for (s, r, _), counts in legs_of(text).items() for c in counts}
    later = {(s, r) for s, r, c in got if c == Count.exact(amount + 12)}
    assert later == (set() if handed_first else {(_other(code), code)})


SPEAKERS = {
    "Russia's negotiator": "RUS",
    "the Russian defence ministry": "RUS",
    "Ukraine's ombudsman": "UKR",
    "the Ukrainian coordination headquarters": "UKR",
}


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(sorted(SPEAKERS)),
    st.integers(min_value=100, max_value=2000),
    st.integers(min_value=2, max_value=99),
    st.sampled_from(["handed over", "returned", "sent back"]),
    st.sampled_from(["received", "taken back"]),
    st.booleans(),
)
def test_news_a_handed_over_and_received_pair_is_told_from_the_speakers_side(
    legs_of: Callable[..., Legs],
    speaker: str,
    sent: int,
    got: int,
    send: str,
    receive: str,
    lead: bool,
) -> None:
    # a lead naming the opposite way must not turn the speaker's pair round
    side = SPEAKERS[speaker]
    before = f"{_name(_other(side))} has returned 61 bodies to {_name(side)}. " if lead else ""
    text = (
        f"{before}The last stage, on Monday, saw {sent:,} bodies {send} and {got} {receive}, "
        f"{speaker} said."
    )
    legs = legs_of(text)
    assert legs.get((side, _other(side), REMAINS)) == [Count.exact(sent)]
    assert Count.exact(got) in legs.get((_other(side), side, REMAINS), [])


def _name(code: str) -> str:
    return "Ukraine" if code == "UKR" else "Russia"


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine has returned 61 bodies to Russia. The last stage, on Monday, saw 500 bodies "
        "handed over and 20 received.",
        "The last stage, on Monday, saw 500 bodies handed over and 20 received, the mediator said.",
    ],
)
def test_news_a_handed_over_and_received_pair_with_no_side_speaking_gives_no_way(
    legs_of: Callable[..., Legs], text: str
) -> None:
    legs = legs_of(text)
    assert not any(Count.exact(n) in counts for counts in legs.values() for n in (500, 20))


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(sorted(SIDES)),
    st.sampled_from(sorted(SIDES)),
    st.integers(min_value=200, max_value=2000),
    st.integers(min_value=2, max_value=150),
    st.sampled_from(
        [
            ("handed over", "received", "bodies", REMAINS),
            ("returned", "got back", "bodies", REMAINS),
            ("freed", "took back", "soldiers", POW),
        ]
    ),
    st.sampled_from(["said", "says", "reported"]),
)
def test_news_a_speech_tag_between_joined_verbs_is_not_their_subject(
    legs_of: Callable[..., Legs],
    side: str,
    speaker: str,
    sent: int,
    back: int,
    wording: tuple[str, str, str, PersonCategory],
    said: str,
) -> None:
    """ "Russia handed over 600 bodies, Kyiv said, and received 30": Russia received them."""
    give, get, noun, category = wording
    text = f"On 11 June {side} {give} {sent:,} {noun}, {speaker} {said}, and {get} {back}."
    code = SIDES[side]
    assert legs_of(text) == {
        (code, _other(code), category): [Count.exact(sent)],
        (_other(code), code, category): [Count.exact(back)],
    }


@settings(max_examples=40, deadline=None)
@given(
    before=st.sampled_from(
        [
            "Moscow says 500 of its soldiers are missing.",
            "A project has found 30,000 Russian soldiers killed by name.",
            "Russia's ministry said 200 of its troops were freed.",
        ]
    ),
    # never the figure of the sentence before, which is not the defenders' and goes its own way
    amount=st.integers(min_value=20, max_value=900).filter(lambda n: n not in (200, 500)),
    told=st.sampled_from(
        [
            "The exchanges of bodies have brought home the remains of {n} defenders this year.",
            "In all, {n} defenders have been brought home this year.",
        ]
    ),
)
@example(
    before="Moscow says 500 of its soldiers are missing.",
    amount=62,
    told="The remains of {n} defenders had been returned this year, officials said.",
)
def test_news_defenders_of_no_stated_side_go_home_to_ukraine(
    news: Callable[..., object], before: str, amount: int, told: str
) -> None:
    """ "brought home the remains of hundreds of defenders": Ukraine's word for its own
    soldiers, whatever side the sentence before spoke of ("60 defenders were freed", with
    no home and no remains, stays of no side: see the recap tests)."""
    read = news(f"{before} {told.format(n=amount)}")
    counts = [
        *read.tallies,  # type: ignore[attr-defined]
        *(t for e in read.exchanges for t in e.transfers),  # type: ignore[attr-defined]
    ]
    assert {t.receiver.code for t in counts if str(t.count) == str(amount)} == {"UKR"}


def test_news_defenders_a_possessive_names_keep_that_side(news: Callable[..., object]) -> None:
    read = news("Russia returned 50 soldiers on Friday. Moscow said 30 of its defenders came home.")
    received = {
        (t.receiver.code, str(t.count))
        for e in read.exchanges  # type: ignore[attr-defined]
        for t in e.transfers
    }
    assert ("UKR", "30") not in received


@settings(max_examples=30, deadline=None)
@given(
    stayed=st.sampled_from(["Ukraine", "Russia"]),
    amount=st.integers(min_value=2, max_value=900),
    people=st.sampled_from(["civilians", "residents", "people"]),
    clause=st.sampled_from(
        [
            "who had spent months in {side}",
            "who had been held in {side}",
            "that had lived in {side} since the autumn",
            "who had been detained by {side}",
            "who were held by {side} for a year",
        ]
    ),
    teller=st.sampled_from(
        ["the regional administration's press service reported", "officials said"]
    ),
)
def test_news_people_home_from_where_they_had_stayed_go_to_the_other_side(
    legs_of: Callable[..., Legs], stayed: str, amount: int, people: str, clause: str, teller: str
) -> None:
    where = SIDES[stayed]
    text = f"{amount} {people} {clause.format(side=stayed)} have returned home, {teller}."
    legs = legs_of(text)
    assert {(s, r) for s, r, _ in legs} == {(where, _other(where))}


@settings(max_examples=30, deadline=None)
@given(
    captors=st.sampled_from(["Russian", "Ukrainian"]),
    amount=st.integers(min_value=2, max_value=900),
    clause=st.sampled_from(
        [
            "who were detained by {adj} troops",
            "who had been captured by the {adj} army",
            "that were deported by {adj} forces",
        ]
    ),
    teller=st.sampled_from(["", ", officials said", ", Russia's ombudsman said"]),
)
def test_news_people_home_from_their_captors_go_to_the_other_side(
    legs_of: Callable[..., Legs], captors: str, amount: int, clause: str, teller: str
) -> None:
    """ "Twenty civilians who were detained by Russian troops returned home": the agent's
    nationality is the captors', not the people's, so they went home to the other side."""
    held = "RUS" if captors == "Russian" else "UKR"
    text = f"{amount} civilians {clause.format(adj=captors)} returned home on Friday{teller}."
    assert {(s, r) for s, r, _ in legs_of(text)} == {(held, _other(held))}


def test_news_an_agents_nationality_is_not_the_peoples(legs_of: Callable[..., Legs]) -> None:
    # greeted by troops: no side of the people is told, so no way is guessed from them
    text = "Twenty civilians who were greeted by Russian troops returned home on Friday."
    assert ("UKR", "RUS") not in {(s, r) for s, r, _ in legs_of(text)}


@settings(max_examples=30, deadline=None)
@given(
    count=st.integers(min_value=2, max_value=60),
    holder=st.sampled_from(["Russian forces", "Ukrainian forces"]),
    noun=st.sampled_from(["foreign nationals", "foreigners", "foreign fighters"]),
    tail=st.sampled_from(["", ", who were flown to Riyadh", " and flown out separately"]),
)
def test_news_foreigners_freed_by_a_side_go_to_no_side_inferred(
    legs_of: Callable[..., Legs], count: int, holder: str, noun: str, tail: str
) -> None:
    # freed from one side, people of neither side need not go to the other: cannot say
    # (told "flown to Riyadh", foreign fighters go there: test_news_transfer_third_receivers)
    text = (
        f"Separately, Saudi Arabia said it had mediated the release of {count} {noun} "
        f"captured by {holder}{tail}."
    )
    assert not {r for _, r, _ in legs_of(text)} & {"UKR", "RUS"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a receiver told in words is read as ever
        ("Russia handed over 10 foreign nationals to Ukraine.", {("RUS", "UKR", OTHER): 10}),
        # the dead go to the side they fought for
        (
            "In addition, the Russian side transferred to Ukraine the remains of 3 foreign "
            "volunteers who fought in the ranks of the Defence Forces.",
            {("RUS", "UKR", REMAINS): 3},
        ),
    ],
)
def test_news_foreigners_with_a_receiver_told_are_still_read(
    legs_of: Callable[..., Legs],
    text: str,
    expected: dict[tuple[str, str, PersonCategory], int | list[int]],
) -> None:
    assert legs_of(text) == _exact(expected)


@settings(max_examples=25, deadline=None)
@given(
    side=st.sampled_from([("Russian", "RUS"), ("Ukrainian", "UKR")]),
    amount=st.integers(min_value=2, max_value=999),
    noun=st.sampled_from(["soldiers", "fighters", "servicemen"]),
    force=st.sampled_from(["army", "armed forces", "military"]),
)
def test_news_people_from_a_sides_army_are_that_sides(
    legs_of: Callable[..., Legs], side: tuple[str, str], amount: int, noun: str, force: str
) -> None:
    """ "144 fighters from the Russian army had been returned": the force says whose they are."""
    text = f"Officials said {amount} {noun} from the {side[0]} {force} had been returned."
    assert set(legs_of(text)) == {(_other(side[1]), side[1], POW)}


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 144 prisoners from Russia had been returned.",
        "Officials said 144 soldiers from Russian captivity had been returned.",
    ],
)
def test_news_people_from_a_place_name_no_side(legs_of: Callable[..., Legs], text: str) -> None:
    """ "from Russia" is where they came from, not whose they are: no side, nothing read."""
    assert legs_of(text) == {}


@settings(max_examples=15, deadline=None)
@given(
    st.integers(min_value=2, max_value=400),
    st.integers(min_value=2, max_value=400),
    st.sampled_from(["Both sides", "The two sides", "Both countries"]),
    st.sampled_from(["released", "freed", "handed over"]),
    st.sampled_from(["", " soldiers", " servicemen"]),
)
def test_news_groups_of_two_sides_people_go_home_apart(
    recap: Callable[[str], set[tuple[str, str, str, str, str]]],
    ours: int,
    theirs: int,
    subject: str,
    verb: str,
    noun: str,
) -> None:
    """ "Both sides released 31 Ukrainians and 15 Russians": each group to its own side only."""
    ukr = f"{ours} Ukrainian{noun}" if noun else f"{ours} Ukrainians"
    rus = f"{theirs} Russian{noun}" if noun else f"{theirs} Russians"
    found = recap(f"On 19 April {subject} {verb} {ukr} and {rus}.")
    moved = {(leg[1], leg[2], leg[4]) for leg in found}
    assert ("RUS", "UKR", str(ours)) in moved
    assert ("UKR", "RUS", str(theirs)) in moved
    assert ("UKR", "RUS", str(ours)) not in moved or ours == theirs
    assert ("RUS", "UKR", str(theirs)) not in moved or ours == theirs


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from([("Zelensky", "Ukrainians", "UKR"), ("Moscow", "Russians", "RUS")]),
    st.integers(min_value=20, max_value=400),
    st.integers(min_value=2, max_value=19),
    st.sampled_from(["soldiers", "soldiers and sergeants", "servicemen and officers"]),
    st.sampled_from(["had been returned", "were freed", "were handed back"]),
)
def test_news_a_list_after_the_verbs_colon_goes_one_way(
    legs_of: Callable[..., Legs],
    teller: tuple[str, str, str],
    soldiers: int,
    civilians: int,
    military: str,
    verb: str,
) -> None:
    """ "230 Ukrainians had been returned: 224 soldiers and six civilians": every item after
    the colon went home with the whole; the subject of a passive sends no one (the civilians
    were once read the wrong way round)."""
    speaker, people, home = teller
    whole = soldiers + civilians
    text = (
        f"{speaker} said {whole} {people} {verb}: {soldiers} {military} and {civilians} civilians."
    )
    assert {(s, r) for s, r, _ in legs_of(text)} == {(_other(home), home)}


@settings(max_examples=30, deadline=None)
@given(
    side=st.sampled_from(list(SIDES)),
    given_verb=st.sampled_from(["handed over", "returned", "sent back"]),
    got_verb=st.sampled_from(["received", "got back", "taken back"]),
    aux=st.sampled_from(["had", "has", "had so far", "has also"]),
    sent=st.integers(min_value=300, max_value=9_000),
    got=st.integers(min_value=2, max_value=99),
)
def test_news_a_verb_after_and_and_its_auxiliary_keeps_the_first_verbs_subject(
    news: Callable[..., Any],
    side: str,
    given_verb: str,
    got_verb: str,
    aux: str,
    sent: int,
    got: int,
) -> None:
    # "Russia had handed over 7,000 bodies and had received 78": the subject of "had
    # received" is Russia's; the 78 once went from Russia, the wrong way. A handover or a
    # running total ("had so far"), it goes to that side
    home = SIDES[side]
    got_aux = aux.split()[0]
    read = news(f"{side} {aux} {given_verb} {sent:,} bodies and {got_aux} {got_verb} {got}.")
    moved = {
        t.receiver.code for e in read.exchanges for t in e.transfers if t.count == Count.exact(got)
    }
    summed = {t.receiver.code for t in read.tallies if t.count == Count.exact(got)}
    assert moved | summed == {home}


@settings(max_examples=30, deadline=None)
@given(
    actor=st.sampled_from(["Russian", "Ukrainian"]),
    amount=st.integers(min_value=2, max_value=900),
    clause=st.sampled_from(
        [
            "who suffered from the actions of the {adj} armed forces",
            "who died at the hands of {adj} troops",
            "who had lived through the shelling of {adj} units",
        ]
    ),
)
def test_news_whose_deeds_people_suffered_is_not_their_side(
    legs_of: Callable[..., Legs], actor: str, amount: int, clause: str
) -> None:
    """ "civilians who suffered from the actions of the Ukrainian armed forces" says who
    acted on them, as "by" does, not that they are Ukrainian: no way home is read from it."""
    acted = "RUS" if actor == "Russian" else "UKR"
    text = f"Officials said {amount} civilians {clause.format(adj=actor)} were returned."
    assert (_other(acted), acted) not in {(s, r) for s, r, _ in legs_of(text)}


def test_news_whose_deeds_leaves_a_stated_receiver_read(legs_of: Callable[..., Legs]) -> None:
    text = (
        "Kyiv said 40 civilians who suffered from the shelling of Russian troops were "
        "returned to Ukraine."
    )
    assert legs_of(text) == _exact({("RUS", "UKR", CIVILIANS): 40})


@settings(max_examples=30, deadline=None)
@given(
    side=st.sampled_from(["Russia", "Ukraine"]),
    soldiers=st.integers(min_value=2, max_value=400),
    civilians=st.integers(min_value=2, max_value=200),
    aside=st.sampled_from(
        [
            "including residents of the border region who suffered from the shelling",
            "among them two priests who had been held since 2022",
            "including people detained in occupied areas of the south in 2022",
        ]
    ),
    teller=st.sampled_from(["the defence ministry says", "officials said that"]),
)
def test_news_a_quote_closes_the_aside_before_the_verb(
    legs_of: Callable[..., Legs],
    side: str,
    soldiers: int,
    civilians: int,
    aside: str,
    teller: str,
) -> None:
    """'"270 servicemen and 120 civilians, including residents who ..." were returned from
    territory controlled by Kyiv': the quotation ends the aside, and the verb after the
    closing mark, with its "from", is every listed figure's."""
    own = "RUS" if side == "Russia" else "UKR"
    adj = "Russian" if side == "Russia" else "Ukrainian"
    holder = "Kyiv" if own == "RUS" else "Moscow"
    text = (
        f'In the first stage, {teller} "{soldiers} {adj} servicemen and {civilians} '
        f'civilians, {aside}" were returned from territory controlled by {holder}.'
    )
    assert legs_of(text) == _exact(
        {(_other(own), own, POW): soldiers, (_other(own), own, CIVILIANS): civilians}
    )


def test_news_a_quote_with_no_verb_after_it_moves_no_one(legs_of: Callable[..., Legs]) -> None:
    # the closing mark ends the aside, but "had been in custody" hands no one over
    text = (
        'The ministry said "120 civilians, including residents of border villages" had been '
        "in Russian custody."
    )
    assert legs_of(text) == {}
