"""A count of captives told as what "the number (of people) held by X" is."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exchangekit import Count

News = Callable[..., Any]


def captured(read: Any) -> set[tuple[str, Count]]:
    """(side, count) of every claim of people captured."""
    return {
        (str(getattr(c.subject, "code", c.subject)), c.count)
        for c in read.claims
        if c.category.value == "captured"
    }


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Officials said the number of civilians held by Russia was about 1,800.",
            Count.approx(1_800),
        ),
        (
            "The number of Ukrainian prisoners held by Moscow is in the hundreds, a Red "
            "Cross official said.",
            Count.order_of_magnitude(200, 999),
        ),
        (
            'The envoy added that the number held by Russia remains "in the thousands".',
            Count.order_of_magnitude(2_000, 9_999),
        ),
        (
            "Kyiv's ombudsman has put the overall number of civilians held by Russia at "
            "more than 3,000.",
            Count.more_than(3_000),
        ),
    ],
)
def test_news_the_number_held_by_one_side_counts_the_others_captives(
    news: News, text: str, count: Count
) -> None:
    """The people held by Russia are Ukraine's captives, whatever verb links the number."""
    assert ("UKR", count) in captured(news(text))


def test_news_a_number_of_things_is_no_captives(news: News) -> None:
    """ "the number of checkpoints held by Russia is 40" counts no people."""
    assert not captured(news("The number of checkpoints held by Russia is 40, the army said."))


@pytest.mark.parametrize(
    ("text", "side", "count"),
    [
        (
            'The ombudsman\'s estimate of Ukrainians still held in Russia – "at least 9,500" '
            "– was repeated on Monday.",
            "UKR",
            Count.at_least(9_500),
        ),
        (
            "Kyiv's count of Russian servicemen in Ukrainian custody – 1,400 – keeps rising.",
            "RUS",
            Count.exact(1_400),
        ),
        (
            "The ombudsman's tally of Russians in Ukrainian hands is about 950, Moscow says.",
            "RUS",
            Count.approx(950),
        ),
        (
            "Moscow's estimate of the Ukrainians it holds – 6,000 – was given in March.",
            "UKR",
            Count.exact(6_000),
        ),
    ],
)
def test_news_an_estimate_of_people_held_set_off_or_linked_counts_captives(
    news: News, text: str, side: str, count: Count
) -> None:
    """ "the estimate (count, tally) of <people> held", its figure linked or between dashes."""
    assert captured(news(text)) == {(side, count)}


@pytest.mark.parametrize(
    "text",
    [
        "The estimate of checkpoints held by Russia – 40 – has not changed.",
        'The estimate of the cost of holding them – "no less than 7,000" – has not moved.',
    ],
)
def test_news_an_estimate_of_things_set_off_by_dashes_is_no_captives(news: News, text: str) -> None:
    assert not captured(news(text))


@given(
    people=st.sampled_from([("Ukrainians", "Russia", "UKR"), ("Russians", "Ukraine", "RUS")]),
    head=st.sampled_from(["number", "estimate", "count"]),
    still=st.sampled_from(["", "still ", "now "]),
    value=st.integers(min_value=120, max_value=20_000),
)
def test_news_the_people_a_number_held_counts_are_its_side_never_the_holder(
    news: News, people: tuple[str, str, str], head: str, still: str, value: int
) -> None:
    """The side of "the number of Ukrainians held by Russia" is Ukraine's, not Russia's."""
    nationality, holder, side = people
    text = f"Officials said the {head} of {nationality} {still}held by {holder} is {value:,}."
    assert captured(news(text)) == {(side, Count.exact(value))}


@pytest.mark.parametrize(
    ("text", "side", "count"),
    [
        (
            "Moscow was holding roughly 6,500 Ukrainian troops, the agency said, and added "
            "that the coming swap hinged on the Kremlin's goodwill.",
            "UKR",
            Count.approx(6_500),
        ),
        (
            "Her office said Kyiv holds about 900 Russian servicemen and that a further "
            "exchange had been promised for the spring.",
            "RUS",
            Count.approx(900),
        ),
        (
            "Ministers believe more than 4,000 Ukrainians, medics included, are in Russian "
            "captivity, though the real figure may be higher.",
            "UKR",
            Count.more_than(4_000),
        ),
        (
            "Roughly 600 Russians, officers included, are held in Ukrainian custody, the "
            "ombudsman said.",
            "RUS",
            Count.approx(600),
        ),
    ],
)
def test_news_people_held_stay_captives_past_an_aside_or_a_swap_named_later(
    news: News, text: str, side: str, count: Count
) -> None:
    """ "X is holding N" with a swap in a later clause, and "N, civilians included, are in
    captivity", count captives: the swap's verb is not theirs, the aside not their verb."""
    read = news(text)
    assert (side, count) in captured(read)
    assert not read.exchanges


@given(
    people=st.sampled_from([("Russia", "Ukrainian", "UKR"), ("Ukraine", "Russian", "RUS")]),
    verb=st.sampled_from(["is holding", "was holding", "holds"]),
    swap=st.sampled_from(["exchange", "swap", "prisoner exchange"]),
    value=st.integers(min_value=120, max_value=20_000),
)
def test_news_people_a_side_holds_never_become_a_swap_named_after_them(
    news: News, people: tuple[str, str, str], verb: str, swap: str, value: int
) -> None:
    """The people a side holds are its captives, whatever swap a later clause plans."""
    holder, nationality, side = people
    text = (
        f"The agency said {holder} {verb} around {value:,} {nationality} prisoners of war, "
        f"and that the next {swap} would depend on the other side."
    )
    read = news(text)
    assert captured(read) == {(side, Count.approx(value))}
    assert not read.exchanges


@pytest.mark.parametrize(
    ("text", "side", "count"),
    [
        (
            "Kyiv's ombudsman believes some 9,000 Ukrainian civilians are in Russian custody. "
            "Moscow has so far admitted holding only about 2,100 of them.",
            "UKR",
            Count.approx(2_100),
        ),
        (
            "Officials in Kyiv say the general staff is holding roughly 640 of those, most of "
            "them conscripts taken in the autumn.",
            "RUS",
            Count.approx(640),
        ),
        (
            "Of the marines missing since the siege, Russia is detaining at least 370 of them "
            "in camps in the Rostov region, the brigade says.",
            "UKR",
            Count.at_least(370),
        ),
    ],
)
def test_news_a_part_a_side_holds_of_people_named_before_is_a_count_of_captives(
    news: News, text: str, side: str, count: Count
) -> None:
    """ "Moscow admits holding 2,100 of them": the part is the holder's captives, the other
    side's people, not a part of a group moved."""
    read = news(text)
    assert (side, count) in captured(read)
    assert not read.exchanges


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Kyiv says Russia holds thousands of its civilians; church groups say at least 25 "
            "clergy of several faiths have been detained in the occupied south since 2022.",
            Count.at_least(25),
        ),
        (
            "Rights monitors believe some 40 Ukrainian clergymen of various churches have been "
            "jailed by the occupation authorities.",
            Count.approx(40),
        ),
    ],
)
def test_news_clergy_detained_or_jailed_are_counted_captives(
    news: News, text: str, count: Count
) -> None:
    """A participle of detention after people (clergy, a civilian calling) counts captives."""
    assert ("UKR", count) in captured(news(text))


def test_news_a_part_held_by_no_named_side_is_no_claim(news: News) -> None:
    """ "the camp is holding 640 of them": no side holds them, so no side is guessed."""
    assert not captured(news("Officials say the camp is holding roughly 640 of them."))


@given(
    people=st.sampled_from([("Moscow", "UKR"), ("Kyiv", "RUS")]),
    verb=st.sampled_from(["is holding", "has admitted holding", "holds", "is detaining"]),
    pronoun=st.sampled_from(["them", "those"]),
    value=st.integers(min_value=120, max_value=20_000),
)
def test_news_a_part_a_side_holds_is_never_the_holders_own_people(
    news: News, people: tuple[str, str], verb: str, pronoun: str, value: int
) -> None:
    """ "X holds about N of them" counts the other side's captives, never X's own."""
    holder, side = people
    text = f"Officials said {holder} {verb} about {value:,} of {pronoun}."
    assert captured(news(text)) == {(side, Count.approx(value))}


@pytest.mark.parametrize(
    ("text", "side", "count"),
    [
        (
            "The governor said 340 Ukrainians had come home since the spring, and that about "
            "2,000 more, according to the regional register, were still held.",
            "UKR",
            Count.approx(2_000),
        ),
        (
            "Moscow's ombudsman said that 120 Russian conscripts had been brought back and that "
            "900 more, according to her office's lists, remain in Ukrainian captivity.",
            "RUS",
            Count.exact(900),
        ),
    ],
)
def test_news_an_according_to_aside_never_cuts_a_count_from_its_verb(
    news: News, text: str, side: str, count: Count
) -> None:
    """ "N more, according to the register, were still held": the aside tells the source,
    and the verb after it is still the people's."""
    assert (side, count) in captured(news(text))


@pytest.mark.parametrize(
    ("text", "side", "count"),
    [
        (
            "The ombudsman said 120 residents of the border district had come back; she "
            "said that the Ukrainian side still held 64 more.",
            "RUS",
            64,
        ),
        (
            "Kyiv said 1,300 soldiers had come home this year, and that Russia still holds "
            "6,000 more, by its count.",
            "UKR",
            6000,
        ),
    ],
)
def test_news_more_people_a_side_still_holds_are_the_other_sides_captives(
    news: News, text: str, side: str, count: int
) -> None:
    # "X still held N more": a holding verb, a bare figure and "more"; X holds the other side's
    assert (side, Count.exact(count)) in captured(news(text))


@pytest.mark.parametrize(
    "text",
    [
        "The shelter held 40 more than last winter.",
        "The stadium held 2,000 more after the stands were rebuilt.",
    ],
)
def test_news_more_held_by_no_side_is_no_captives(news: News, text: str) -> None:
    assert captured(news(text)) == set()


_ASKED_HELD = (
    ("Ukrainians", "Russian", "UKR"),
    ("Ukrainian soldiers", "Russian", "UKR"),
    ("Russians", "Ukrainian", "RUS"),
)


@given(
    amount=st.integers(min_value=100, max_value=30_000),
    held=st.sampled_from(_ASKED_HELD),
    verb=st.sampled_from(("remained", "are", "were still")),
    answer=st.sampled_from(
        (
            "; officials put the number at {n}.",
            "; earlier this year officials put the number at {n}, counting civilians.",
            ", but his office put the figure at {n}.",
        )
    ),
)
def test_news_the_number_an_indirect_question_asks_of_is_held_by_the_captor_it_names(
    news: News, amount: int, held: tuple[str, str, str], verb: str, answer: str
) -> None:
    # "He did not say how many Ukrainians remained in Russian captivity; officials put the
    # number at more than 2,500": the number put after the question is the one it asked.
    text = f"He did not say how many {held[0]} {verb} in {held[1]} captivity" + answer.format(
        n=f"{amount:,}"
    )
    assert captured(news(text)) == {(held[2], Count.exact(amount))}


@pytest.mark.parametrize(
    "text",
    [
        # no captor named: whose captivity is not said
        "He did not say how many Ukrainians remained in captivity; officials put the number "
        "at 2,500.",
        # a question about bodies handed over asks no captives
        "He did not say how many bodies were returned; officials put the number at 900.",
        # the number of something else
        "He did not say how many Ukrainians remained in Russian captivity; the number of "
        "tanks lost was put at 3,000.",
    ],
)
def test_news_an_indirect_question_with_no_captor_or_other_number_gives_no_captives(
    news: News, text: str
) -> None:
    assert captured(news(text)) == set()


@given(
    amount=st.integers(min_value=200, max_value=30_000),
    held=st.sampled_from(
        (
            ("Ukrainian prisoners of war", "the Russian Federation", "UKR"),
            ("Russian servicemen", "Ukraine", "RUS"),
            ("Ukrainian civilians", "Russia", "UKR"),
        )
    ),
    link=st.sampled_from(
        (
            "whose number, according to our data, still exceeds {n}",
            "whose number Kyiv puts at {n}",
            "whose number stands at {n}",
        )
    ),
    tail=st.sampled_from(
        (
            " when those missing under special circumstances are included",
            " if the missing are counted as well",
        )
    ),
)
def test_news_whose_number_counts_the_held_people_it_hangs_on(
    news: News, amount: int, held: tuple[str, str, str], link: str, tail: str
) -> None:
    # "all Ukrainian prisoners of war held by the Russian Federation, whose number ... still
    # exceeds 10,000 when those missing ... are included": the captives, not the missing.
    text = (
        f"The ombudsman called for access to all {held[0]} held by {held[1]}, "
        + link.format(n=f"{amount:,}")
        + tail
        + "."
    )
    result = news(text)
    assert {getattr(c.subject, "code", None) for c in result.claims} == {held[2]}
    assert {c.category.value for c in result.claims} == {"captured"}


@pytest.mark.parametrize(
    "text",
    [
        # no one held: the number of a relative clause on other people
        "The ombudsman thanked the families of Ukrainian soldiers, whose number exceeds 10,000.",
        # "whose" with no count after it
        "Ukrainian prisoners held by Russia, whose families number 10,000, protested.",
    ],
)
def test_news_whose_number_of_people_not_held_gives_no_captives(news: News, text: str) -> None:
    assert captured(news(text)) == set()


@given(
    sides=st.sampled_from([("Kyiv", "Russian", "UKR"), ("Moscow", "Ukrainian", "RUS")]),
    told=st.sampled_from(["had brought back", "now had back", "had got back", "had received"]),
    freed=st.integers(min_value=120, max_value=5_000),
    held=st.integers(min_value=6_000, max_value=20_000),
    quoted=st.booleans(),
)
def test_news_the_rest_that_remained_held_beside_a_total_freed_are_captives(
    news: News, sides: tuple[str, str, str], told: str, freed: int, held: int, quoted: bool
) -> None:
    """ "Kyiv said it now had back 2,235 citizens ..., and that "more than 10,000" remained
    in Russian hands": those who remained are still held when told, not freed."""
    speaker, holder, side = sides
    rest = f'"more than {held:,}"' if quoted else f"more than {held:,}"
    text = (
        f"{speaker} said it {told} {freed:,} citizens since the start of the invasion, and"
        f" that {rest} remained in {holder} hands."
    )
    assert captured(news(text)) == {(side, Count.more_than(held))}


@pytest.mark.parametrize(
    "text",
    [
        "Fifty civilians remained in Russian custody until they were returned on Friday.",
        "Fifty civilians who had remained in Russian custody were returned on Friday.",
    ],
)
def test_news_people_who_remained_held_until_a_handover_are_no_captives(
    news: News, text: str
) -> None:
    """People who remained held until the handover the sentence tells of are held no more."""
    assert not captured(news(text))


HOLDERS = {"Russia": "RUS", "Moscow": "RUS", "Ukraine": "UKR", "Kyiv": "UKR"}
PEOPLE_OF = {"RUS": ("Russians", "Russian soldiers"), "UKR": ("Ukrainians", "Ukrainian soldiers")}


@given(
    holders=st.sampled_from(
        [(a, b) for a in sorted(HOLDERS) for b in sorted(HOLDERS) if HOLDERS[a] != HOLDERS[b]]
    ),
    verbs=st.sampled_from([("held", "had"), ("holds", "has"), ("was holding", "had")]),
    link=st.sampled_from(["while", "whereas", "and"]),
    quoted=st.booleans(),
    kind=st.integers(min_value=0, max_value=1),
    first=st.integers(min_value=100, max_value=20_000),
    second=st.integers(min_value=100, max_value=20_000),
)
def test_news_a_second_sides_had_stands_for_the_first_clauses_held(
    news: News,
    holders: tuple[str, str],
    verbs: tuple[str, str],
    link: str,
    quoted: bool,
    kind: int,
    first: int,
    second: int,
) -> None:
    """'Russia held "6,465" Ukrainians while Ukraine had "1,348" Russians': both are held."""
    a, b = holders
    held, had = verbs
    q = '"' if quoted else ""
    first_people = PEOPLE_OF[HOLDERS[b]][kind]
    second_people = PEOPLE_OF[HOLDERS[a]][kind]
    text = (
        f"Putin said {a} {held} {q}{first:,}{q} {first_people} {link} "
        f"{b} {had} {q}{second:,}{q} {second_people}."
    )
    assert captured(news(text)) == {
        (HOLDERS[b], Count.exact(first)),
        (HOLDERS[a], Count.exact(second)),
    }


@pytest.mark.parametrize(
    "text",
    [
        # the people are the "had" side's own: "had" is no holding of them
        "Putin said Russia held 6,465 Ukrainians while Ukraine had 1,348 Ukrainian soldiers.",
        # no holding verb before: "had" keeps its own sense
        "Putin said Russia freed 6,465 Ukrainians while Ukraine had 1,348 Russian soldiers.",
        # no people by nationality: whose the 1,348 are cannot be said
        "Putin said Russia held 6,465 Ukrainians while Ukraine had 1,348.",
    ],
)
def test_news_a_had_that_cannot_stand_for_held_reads_no_captives(news: News, text: str) -> None:
    assert ("RUS", Count.exact(1_348)) not in captured(news(text))
    assert ("UKR", Count.exact(1_348)) not in captured(news(text))


@given(
    people=st.sampled_from([("Russian", "Ukrainians", "UKR"), ("Ukrainian", "Russians", "RUS")]),
    believed=st.sampled_from(["believed", "thought", "said", "known", "estimated"]),
    by=st.sampled_from(["", " by officials", " by Kyiv"]),
    held=st.sampled_from(["in {} captivity", "held in {} custody", "in {} hands"]),
    swap=st.sampled_from(["the pace of exchanges", "the next swap", "the exchange"]),
    value=st.integers(min_value=120, max_value=20_000),
)
def test_news_people_believed_to_be_held_are_captives_not_a_swap(
    news: News,
    people: tuple[str, str, str],
    believed: str,
    by: str,
    held: str,
    swap: str,
    value: int,
) -> None:
    """ "Families of the 8,000 Ukrainians believed by Kyiv to be in Russian captivity" count
    captives held now, whatever exchange the sentence names after them."""
    captor, nationality, side = people
    text = (
        f"Families of the roughly {value:,} {nationality} {believed}{by} to be "
        f"{held.format(captor)} say {swap} is too slow."
    )
    read = news(text)
    assert captured(read) == {(side, Count.approx(value))}
    assert not read.exchanges


@pytest.mark.parametrize(
    "text",
    [
        "Families of the 800 Ukrainians believed to be dead say the exchange is too slow.",
        "Russia freed 90 Ukrainians believed to be civilians in the exchange, officials said.",
    ],
)
def test_news_people_believed_to_be_other_than_held_are_no_captives(news: News, text: str) -> None:
    """A participle of reckoning with no captivity after "to be" tells no captives."""
    assert not captured(news(text))
