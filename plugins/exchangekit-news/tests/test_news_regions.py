"""Sides told by a region: its people held, brought home, or home from captivity."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import Count

from .conftest import claim_triples

News = Callable[..., Any]


def _moved(read: Any) -> set[tuple[str, str, str]]:
    """(sender, receiver, count) of every transfer and stated tally read."""
    legs = {
        (t.sender.code, t.receiver.code, str(t.count)) for e in read.exchanges for t in e.transfers
    }
    return legs | {
        (getattr(t.sender, "code", ""), getattr(t.receiver, "code", ""), str(t.count))
        for t in read.tallies
    }


def _held(read: Any) -> set[tuple[str, Count]]:
    """(side, count) of every claim of people captured."""
    return _claimed(read, "captured")


def _claimed(read: Any, category: str) -> set[tuple[str, Count]]:
    """(side, count) of every claim of ``category``."""
    return {(side, count) for side, kind, count in claim_triples(read) if kind == category}


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "Forty-five Bryansk residents still remain on Ukrainian soil, and talks about "
            "bringing them back are under way, the commissioner said.",
            ("RUS", "45"),
        ),
        (
            "By her count 70 Belgorod residents remain on Ukrainian territory, and the "
            "work on their return goes on.",
            ("RUS", "70"),
        ),
        (
            "Eighteen residents of the Kharkiv region remain in Russia; efforts to secure "
            "their release continue, the governor said.",
            ("UKR", "18"),
        ),
    ],
)
def test_news_people_who_remain_on_the_other_sides_land_are_held_not_moved(
    news: News, text: str, held: tuple[str, str]
) -> None:
    """Return words after "remain in Ukraine" tell of a hope, not a handover; the people
    of one region held are that region's count, no side's claim."""
    result = news(text)
    assert _moved(result) == set()
    assert _held(result) == set()


@pytest.mark.parametrize(
    ("text", "leg"),
    [
        (
            "Since last spring, officials said, 64 children from the Kherson region "
            "have been brought back.",
            ("RUS", "UKR", "64"),
        ),
        ("On Sunday, 23 Belgorod residents came home, officials said.", ("UKR", "RUS", "23")),
        (
            "Ukraine said on Monday that 31 residents of the Kursk region had gone home.",
            ("UKR", "RUS", "31"),
        ),
        (
            "Since 2023, 90 soldiers from the Volyn region have come home from captivity.",
            ("RUS", "UKR", "90"),
        ),
    ],
)
def test_news_people_of_one_sides_region_go_home_to_that_side(
    news: News, text: str, leg: tuple[str, str, str]
) -> None:
    """The region in the people's own noun group says whose home it is, over the speaker."""
    assert _moved(news(text)) == {leg}


@pytest.mark.parametrize(
    "text",
    [
        "Forty people came back from Kursk on Monday.",  # where they were, not whose
        "Ukraine said 25 Kursk residents were handed over on Monday.",  # no home said
    ],
)
def test_news_a_region_outside_the_people_or_without_home_gives_no_side(
    news: News, text: str
) -> None:
    """Only the people's own words name their home; a place they left names nobody's."""
    assert _moved(news(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Three medics from Poltava among those back from captivity",
        "Two soldiers from the Sumy region were among those home from captivity on Friday.",
    ],
)
def test_news_people_home_from_captivity_are_no_captured_claim(news: News, text: str) -> None:
    """ "From captivity" is where freed people came from, not where they are."""
    assert _held(news(text)) == set()


_REGIONS = st.sampled_from(
    [("Kursk", "RUS", "Ukrainian"), ("Belgorod", "RUS", "Ukrainian"), ("Sumy", "UKR", "Russian")]
)
_AFTER = st.sampled_from(
    [
        "and work on their return is continuing",
        "and efforts to return them go on",
        "and talks on their release continue",
    ]
)


@settings(max_examples=30, deadline=None)
@given(region=_REGIONS, after=_AFTER, count=st.integers(min_value=2, max_value=900))
def test_news_people_remaining_held_never_become_a_handover(
    news: News, region: tuple[str, str, str], after: str, count: int
) -> None:
    """People who "remain on <the other side's> territory" are held by it, never moved;
    one region's residents held are no side's claim."""
    name, _, other = region
    result = news(f"About {count} {name} residents remain on {other} territory, {after}.")
    assert _moved(result) == set()
    assert _held(result) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Eleven residents of the frontier districts return home — mayor (translated from Russian)",
        "Fourteen residents of border villages come home – statement (translated from Ukrainian)",
    ],
)
def test_news_a_language_translated_from_names_no_side(news: News, text: str) -> None:
    """ "Translated from Russian" tells the text's language, not where people went."""
    assert _moved(news(text)) == set()


def _missing(read: Any) -> set[tuple[str, int]]:
    """(side, best count) of every claim of people missing."""
    return {(side, count.best) for side, count in _claimed(read, "missing")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Drones struck the Belgorod region overnight. Speaking later, the governor said "
            "37 residents remained unaccounted for.",
            set(),
        ),
        (
            "Sixty Sumy residents were evacuated last week. On Tuesday the governor said that "
            "the whereabouts of 52 residents of border villages were unknown.",
            set(),
        ),
        # no region named: whose governor is unknown
        (
            "The governor said that the whereabouts of 52 residents of border villages "
            "were unknown.",
            set(),
        ),
        # regions of both sides named: no one region to point back to
        (
            "Fighting raged in the Kharkiv and Belgorod regions. The governor said that the "
            "whereabouts of 52 residents were unknown.",
            set(),
        ),
    ],
)
def test_news_a_governor_of_no_named_region_counts_the_region_told_before(
    news: News, text: str, expected: set[tuple[str, int]]
) -> None:
    """ "The governor" counts the residents of one region: a local count, never a claim."""
    assert {m for m in _missing(news(text)) if m[0] in ("RUS", "UKR")} == expected


_DISTRICT_PEOPLE = st.sampled_from(
    [
        ("residents of the Sudzha district", "RUS"),
        ("residents of the Kursk district", "RUS"),
        ("residents of the Kharkiv district", "UKR"),
    ]
)
_TAKEN_ASIDES = st.sampled_from(
    [
        "taken to {other} during the occupation of part of the region by {adj} troops",
        "forcibly taken to {other} during the fighting in the area last year",
        "held in {other} for many months after the first weeks of the fighting there",
    ]
)
_HOMES = st.sampled_from(["returned home", "have returned home", "returned to their homeland"])


@settings(max_examples=30, deadline=None)
@given(
    people=_DISTRICT_PEOPLE,
    aside=_TAKEN_ASIDES,
    home=_HOMES,
    count=st.integers(min_value=2, max_value=90),
)
def test_news_district_people_past_a_long_taken_aside_go_home_to_their_side(
    news: News, people: tuple[str, str], aside: str, home: str, count: int
) -> None:
    """A district's people past ", taken to ... ," going home go to its region's side."""
    words, side = people
    other, adj = ("Ukraine", "Ukrainian") if side == "RUS" else ("Russia", "Russian")
    said = aside.format(other=other, adj=adj)
    read = news(f"{count} {words}, {said}, {home} on Wednesday, the governor said.")
    assert _moved(read) == {(other[:3].upper(), side, str(count))}


def test_news_a_long_relative_clause_closed_before_the_verb_keeps_its_subject(
    news: News,
) -> None:
    """A relative clause past the usual reach still ends at the comma before "returned"."""
    read = news(
        "Eleven residents of the Sudzha district, who had lived for well over a year in "
        "Ukrainian-held territory after Kyiv's troops moved them out when they pushed "
        "across the border, returned to their homes on Wednesday, according to the "
        "regional governor."
    )
    assert _moved(read) == {("UKR", "RUS", "11")}


@pytest.mark.parametrize(
    "text",
    [
        # no verb of handing over straight after the long clause: not read
        "Eleven residents of the Sudzha district, who had lived for well over a year in "
        "Ukrainian-held territory after Kyiv's troops moved them out when they pushed "
        "across the border, have asked the Red Cross for help.",
        # the aside is taken away, and the people stay taken: no one moved
        "Nine residents of the Sudzha district, taken to Ukraine during the occupation of "
        "part of the region, remain in Sumy region.",
    ],
)
def test_news_a_taken_aside_without_a_homecoming_moves_no_one(news: News, text: str) -> None:
    """A long aside skipped reaches only a verb of handing over; others stay unread."""
    assert _moved(news(text)) == set()


@settings(max_examples=30, deadline=None)
@given(
    head=st.sampled_from(
        ["citizens of the Russian Federation", "Russian citizens", "Russian nationals"]
    ),
    renamed=st.sampled_from(
        [
            "residents of the Kursk region",
            "residents of the Kursk region who had been illegally detained by the Kyiv "
            "regime during the invasion of the region by Ukrainian armed formations",
            "civilians from the Belgorod region who had been held since last year",
        ]
    ),
    count=st.sampled_from(["eight", "12", "nine"]),
    verb=st.sampled_from(["were returned to Russia", "were returned home", "came home"]),
)
def test_news_an_aside_renaming_the_people_gives_their_kind_and_keeps_their_verb(
    news: News, head: str, renamed: str, count: str, verb: str
) -> None:
    """ "eight citizens, residents of ... who ..., were returned": civilians, home to Russia."""
    read = news(f"In addition, {count} {head}, {renamed}, {verb}.")
    legs = {
        (t.sender.code, t.receiver.code, t.category.value)
        for e in read.exchanges
        for t in e.transfers
    }
    assert legs == {("UKR", "RUS", "civilians")}


@pytest.mark.parametrize(
    "text",
    [
        # a count opens the aside: a listed second group, not the people renamed
        "Russia returned 90 soldiers, 20 residents of the Kursk region among them, Kyiv said.",
        # the aside renames the people, but nothing is handed over after it
        "Eight Russian citizens, residents of the Kursk region, remain in Sumy region.",
    ],
)
def test_news_a_renaming_aside_adds_no_handover_of_its_own(news: News, text: str) -> None:
    """The renaming aside only passes the people to their own verb; it moves no one itself."""
    read = news(text)
    counts = {str(t.count) for e in read.exchanges for t in e.transfers}
    assert counts.isdisjoint({"20", "8"})


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from([("Belgorod", "RUS"), ("Kursk", "RUS")]),
    st.sampled_from([("Mariupol", "UKR"), ("Kharkiv", "UKR"), ("Kherson", "UKR")]),
    st.integers(min_value=20, max_value=900),
    st.integers(min_value=1000, max_value=9000),
    st.sampled_from(["in occupied {place}, where", "in {place},", "in parts of {place}, where"]),
)
def test_news_a_place_named_before_a_civilian_toll_says_whose_civilians(
    news: News,
    before: tuple[str, str],
    place: tuple[str, str],
    n: int,
    m: int,
    where: str,
) -> None:
    # "parts of occupied Mariupol, where ... thousands of civilians died" after a Belgorod
    # toll: the civilians of the place named, not of the side the toll before was about
    opener = where.format(place=place[0])
    read = news(
        f"The governor of the {before[0]} region said that {n} residents of the region had"
        f" been killed since 2022. The figures exclude deaths {opener} local officials have"
        f" estimated {m:,} civilians died in 2022 alone."
    )
    triples = claim_triples(read)
    assert ("RUS", "killed", Count.exact(m)) not in triples
    assert (place[1], "killed", Count.exact(m)) in triples


def test_news_a_civilian_toll_naming_no_place_keeps_the_side_told_before(news: News) -> None:
    read = news(
        "The governor of the Belgorod region said that 230 residents of the region had been"
        " killed since 2022. Local officials have estimated 40 civilians died in 2022 alone."
    )
    assert ("RUS", "killed", Count.exact(40)) in claim_triples(read)


_RUS_REGIONS = [("Kursk", "RUS"), ("Belgorod", "RUS"), ("Bryansk", "RUS")]
_UKR_REGIONS = [("Sumy", "UKR"), ("Kharkiv", "UKR"), ("Chernihiv", "UKR")]


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(_RUS_REGIONS + _UKR_REGIONS),
    st.sampled_from(_UKR_REGIONS),
    st.integers(min_value=12, max_value=900),
    st.sampled_from(["residents", "civilians"]),
    st.sampled_from(["were returned in several groups", "have been brought back"]),
)
def test_news_residents_of_the_region_are_of_the_region_whose_residents_were_counted(
    news: News,
    home: tuple[str, str],
    elsewhere: tuple[str, str],
    n: int,
    noun: str,
    verb: str,
) -> None:
    # "the region" refers back to the region whose residents the text counted, not to the
    # side of a later speaker or the last region named in passing
    read = news(
        f"Nine {home[0]} {noun} came home on Thursday, the governor said. Ukraine's ombudsman"
        f" confirmed that Ukrainian citizens had come home too, including a woman detained in"
        f" the {elsewhere[0]} region. Earlier, {n} {noun} of the region {verb} since"
        " December, the regional ombudsman said."
    )
    received = {r for _, r, c in _moved(read) if c == str(n)}
    assert received == {home[1]}


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(_RUS_REGIONS),
    st.sampled_from(_UKR_REGIONS),
    st.integers(min_value=12, max_value=900),
    st.booleans(),
)
def test_news_residents_of_the_region_stay_unread_when_regions_of_both_sides_were_named(
    news: News, russian: tuple[str, str], ukrainian: tuple[str, str], n: int, swap: bool
) -> None:
    # regions of both sides named and none's residents counted: "the region" is not
    # settled, and the side last heard speaking is no answer
    first, second = (ukrainian, russian) if swap else (russian, ukrainian)
    read = news(
        f"Troops crossed into the {first[0]} region in August, and many people were evacuated"
        f" to the {second[0]} region. Ukraine's ombudsman Dmytro Lubinets confirmed that"
        f" Ukrainian citizens had come home through Belarus on Thursday. Earlier, {n} residents"
        " of the region were returned in several groups between December and March."
    )
    assert {c for _, _, c in _moved(read)}.isdisjoint({str(n)})


def test_news_residents_of_the_region_named_in_the_same_sentence(news: News) -> None:
    read = news(
        "Russia's ombudsman spoke on Monday. The Sumy regional council says 96 residents of the"
        " region have been brought back since the invasion."
    )
    assert {r for _, r, c in _moved(read) if c == "96"} == {"UKR"}


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(_RUS_REGIONS + _UKR_REGIONS + [("Sudzha", "RUS")]),
    st.sampled_from(["district", "region", "oblast"]),
    st.integers(min_value=12, max_value=900),
    st.sampled_from(["have now been returned home", "have come home"]),
)
def test_news_a_places_kind_after_its_name_stays_in_the_people_noun_group(
    news: News, place: tuple[str, str], kind: str, n: int, verb: str
) -> None:
    # "84 Sudzha district residents have been returned home": the place and its kind
    # qualify the residents, whose home is the place's side
    read = news(f"According to the governor, {n} {place[0]} {kind} residents {verb} since spring.")
    assert {r for _, r, c in _moved(read) if c == str(n)} == {place[1]}


_COUNTRIES = {"RUS": ["of the Russian Federation", "of Russia"], "UKR": ["of Ukraine"]}


@settings(max_examples=30, deadline=None)
@given(
    region=st.sampled_from(_RUS_REGIONS + _UKR_REGIONS),
    count=st.integers(min_value=2, max_value=900),
    which=st.integers(min_value=0, max_value=1),
    aside=st.sampled_from(
        [
            "who had been evacuated to the other side in the course of hostilities and"
            " expressed the wish to return",
            "who had been held on the other side",
        ]
    ),
)
def test_news_a_region_followed_by_its_country_still_ends_the_noun_group(
    news: News, region: tuple[str, str], count: int, which: int, aside: str
) -> None:
    """ "residents of the Kursk region of the Russian Federation, who ...": the country
    after the region belongs to the people's noun group, so the verb after the aside is
    theirs."""
    name, home = region
    countries = _COUNTRIES[home]
    country = countries[which % len(countries)]
    other = "UKR" if home == "RUS" else "RUS"
    text = (
        f"In addition, {count} residents of the {name} region {country}, {aside}, were"
        f" transferred to their home side on Monday."
    )
    assert _moved(news(text)) == {(other, home, str(count))}


@settings(max_examples=30, deadline=None)
@given(
    region=st.sampled_from([("Poltava", "UKR"), ("Sumy", "UKR"), ("Belgorod", "RUS")]),
    people=st.sampled_from(["servicemen", "soldiers", "fighters"]),
    state=st.sampled_from(["are currently listed as missing", "are missing", "remain missing"]),
    count=st.integers(min_value=20, max_value=9_000),
)
def test_news_people_from_the_region_are_a_local_count(
    news: News, region: tuple[str, str], people: str, state: str, count: int
) -> None:
    """ "1,400 servicemen from the region are listed as missing" after a text naming one
    side's region counts that region's people: a local count, no claim."""
    name, _ = region
    text = (
        f"The {name} regional military administration held a briefing. "
        f"The administration says {count:,} {people} from the region {state}."
    )
    assert _missing(news(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The administration says 1,400 servicemen from the region are listed as missing.",
        "Fighting raged in the Kharkiv and Belgorod regions. Officials say 1,400 servicemen "
        "from the region are missing.",
        "Drones struck the Sumy region. Officials say 1,400 servicemen from the Donetsk "
        "region are missing.",
    ],
)
def test_news_people_from_a_region_of_no_known_side_stay_unsided(news: News, text: str) -> None:
    """With no region named, regions of both sides, or one of no known side, no side is read."""
    assert not {m for m in _missing(news(text)) if m[0] in ("RUS", "UKR")}


@settings(max_examples=30, deadline=None)
@given(
    region=st.sampled_from(_RUS_REGIONS + _UKR_REGIONS),
    border=st.sampled_from(["border", "frontier", "frontline"]),
    place=st.sampled_from(["area", "areas", "district", "districts", "region"]),
    count=st.integers(min_value=2, max_value=900),
    aside=st.sampled_from(["who had been held in {}", "who were taken into {} last year"]),
)
def test_news_people_of_a_regions_border_area_are_of_the_region(
    news: News, region: tuple[str, str], border: str, place: str, count: int, aside: str
) -> None:
    """ "residents of the Kursk border area, who ...": the border strip is still the region,
    so the noun group ends after it and the verb after the aside is the residents'."""
    name, home = region
    other = "UKR" if home == "RUS" else "RUS"
    held_in = aside.format("Ukraine" if other == "UKR" else "Russia")
    text = (
        f"On Sunday {count} residents of the {name} {border} {place} {held_in} returned"
        f" to {'Russia' if home == 'RUS' else 'Ukraine'}."
    )
    assert _moved(news(text)) == {(other, home, str(count))}


def test_news_residents_of_a_border_area_who_stay_away_move_nowhere(news: News) -> None:
    """People of a border area said to remain on the other side are not handed over."""
    text = (
        "Some 40 residents of the Belgorod border districts who fled to Ukraine remain there,"
        " the governor said on Friday."
    )
    assert {(s, r) for s, r, _ in _moved(news(text))} == set()
