"""Properties of the generalised claim and tally rules: any figure, side and wording reads back."""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyClaim, Count, Exchange, ExchangeTally

SIDES = {"Russian": "RUS", "Ukrainian": "UKR", "North Korean": "PRK"}
DEAD = ("killed", "dead")
HURT = ("wounded", "injured")


def read(text: str) -> list[object]:
    """Every record the parser reads in ``text``, published 23 October 2025."""
    return list(
        NewsParser().parse(
            io.StringIO(text), source="a.txt", published=date(2025, 10, 23), publisher="Desk"
        )
    )


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(min_value=100, max_value=2_000_000),
    side=st.sampled_from(sorted(SIDES)),
    dead=st.sampled_from(DEAD),
    hurt=st.sampled_from(HURT),
    joiner=st.sampled_from(["and", "or"]),
    dead_first=st.booleans(),
)
def test_news_the_dead_and_the_wounded_in_any_order_are_total_losses(
    n: int, side: str, dead: str, hurt: str, joiner: str, dead_first: bool
) -> None:
    pair = f"{dead} {joiner} {hurt}" if dead_first else f"{hurt} {joiner} {dead}"
    text = f"Analysts in Berlin wrote that {n:,} {side} troops lay {pair} in the region."
    claims = [r for r in read(text) if isinstance(r, CasualtyClaim)]
    assert [(c.subject.code, c.category.value, c.count) for c in claims] == [
        (SIDES[side], "total_losses", Count.exact(n))
    ]


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(min_value=20, max_value=20_000),
    year=st.integers(min_value=2022, max_value=2024),
    side=st.sampled_from(["Ukraine", "Russia"]),
)
def test_news_a_years_returns_are_always_a_tally_never_an_exchange(
    n: int, year: int, side: str
) -> None:
    text = f"{side} brought home {n:,} prisoners of war in {year}, officials said on Monday."
    records = read(text)
    tallies = [r for r in records if isinstance(r, ExchangeTally)]
    assert [r for r in records if isinstance(r, Exchange)] == []
    assert [(t.receiver.code, t.count) for t in tallies] == [(side[:3].upper(), Count.exact(n))]


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(min_value=20, max_value=20_000),
    mediator=st.sampled_from(["Qatar", "Turkey", "The United Arab Emirates", "The Vatican"]),
    link=st.sampled_from(["on both sides", "from both sides", "of both sides"]),
)
def test_news_a_mediators_two_way_total_is_never_one_sides_tally(
    n: int, mediator: str, link: str
) -> None:
    text = f"{mediator} said its mediation had freed {n:,} captives {link} since 2022."
    tallies = [r for r in read(text) if isinstance(r, ExchangeTally)]
    assert all((t.receiver.code, t.sender) == ("RUS+UKR", None) for t in tallies)


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(min_value=100, max_value=2_000_000),
    side=st.sampled_from(sorted(SIDES)),
    kinds=st.permutations(["killed", "wounded", "captured"]),
    joiner=st.sampled_from(["and", "or"]),
)
def test_news_a_list_of_kinds_with_the_dead_and_the_wounded_is_never_one_kind(
    n: int, side: str, kinds: list[str], joiner: str
) -> None:
    # the old code read the list's last kind ("..., wounded and captured": captured)
    listed = f"{kinds[0]}, {kinds[1]} {joiner} {kinds[2]}"
    text = f"Analysts in Berlin wrote that the war had cost {n:,} {side} troops, {listed}."
    claims = [r for r in read(text) if isinstance(r, CasualtyClaim)]
    assert [(c.subject.code, c.category.value, c.count) for c in claims] == [
        (SIDES[side], "total_losses", Count.exact(n))
    ]


@settings(max_examples=60, deadline=None)
@given(
    a=st.integers(min_value=1, max_value=9),
    b=st.integers(min_value=1, max_value=9),
    words=st.booleans(),
    head=st.sampled_from(["ratio", "proportion"]),
    hedge=st.sampled_from(["", "close to ", "about ", "roughly "]),
)
def test_news_the_terms_of_a_ratio_of_losses_never_make_a_claim(
    a: int, b: int, words: bool, head: str, hedge: str
) -> None:
    # the old code read "one to three" as claims of 1 and 3 wounded
    names = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    x, y = (names[a - 1], names[b - 1]) if words else (str(a), str(b))
    text = (
        f"The killed-to-wounded {head} among Russian troops appears {hedge}{x} to {y}, they wrote."
    )
    assert [r for r in read(text) if isinstance(r, CasualtyClaim)] == []


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(min_value=20, max_value=90_000),
    searcher=st.sampled_from([("Moscow", "RUS"), ("Kyiv", "UKR"), ("Russia", "RUS")]),
    verb=st.sampled_from(["searching for", "looking for", "seeking"]),
    noun=st.sampled_from(["people", "soldiers", "residents"]),
    lost=st.sampled_from(["whereabouts are", "fate is"]),
)
def test_news_a_searcher_counts_its_own_people_of_unknown_fate_as_missing(
    n: int, searcher: tuple[str, str], verb: str, noun: str, lost: str
) -> None:
    text = f"{searcher[0]} is still {verb} {n:,} {noun} whose {lost} unknown, officials said."
    claims = [r for r in read(text) if isinstance(r, CasualtyClaim)]
    assert [(c.subject.code, c.category.value, c.count) for c in claims] == [
        (searcher[1], "missing", Count.exact(n))
    ]


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=9_000),
    region=st.sampled_from([("Belgorod", "RUS"), ("Kursk", "RUS"), ("Kharkiv", "UKR")]),
    official=st.sampled_from(["governor", "mayor"]),
    state=st.sampled_from(["remain unaccounted for", "are still missing"]),
)
def test_news_a_regional_officials_count_of_residents_is_no_claim(
    n: int, region: tuple[str, str], official: str, state: str
) -> None:
    """A governor's or mayor's count of residents is one place's toll, not a side's claim."""
    text = f"{region[0]}'s {official} said {n:,} residents {state} after the fighting."
    assert [r for r in read(text) if isinstance(r, CasualtyClaim)] == []


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=5_000),
    side=st.sampled_from(["Russian", "North Korean"]),
    lead=st.sampled_from(["was ready to", "offered to", "said it could", "would"]),
    tail=st.sampled_from(["", " if Moscow agreed to their exchange for Ukrainians held in Russia"]),
)
def test_news_captured_people_offered_in_a_split_hand_over_are_still_held(
    n: int, side: str, lead: str, tail: str
) -> None:
    text = f"Kyiv {lead} hand {n:,} captured {side} soldiers over to their leaders{tail}."
    claims = [r for r in read(text) if isinstance(r, CasualtyClaim)]
    assert [(c.subject.code, c.category.value, c.count) for c in claims] == [
        (SIDES[side], "captured", Count.exact(n))
    ]


@settings(max_examples=20, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=5_000), side=st.sampled_from(["Russian", "North Korean"])
)
def test_news_captured_people_handed_over_or_told_before_are_no_count_held(
    n: int, side: str
) -> None:
    done = f"Kyiv handed {n:,} captured {side} soldiers over to Moscow on Friday."
    told = f"Kyiv was ready to hand the {n:,} captured {side} soldiers over."
    for text in (done, told):
        assert [r for r in read(text) if isinstance(r, CasualtyClaim)] == []


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(min_value=100, max_value=200_000),
    side=st.sampled_from(sorted(SIDES)),
    span=st.sampled_from(
        ["in a little over a month", "in just over a week", "within a week", "over a month"]
    ),
)
def test_news_a_toll_over_one_span_is_a_claim_and_a_rate_is_not(
    n: int, side: str, span: str
) -> None:
    told = f"Kyiv said that {n:,} {side} soldiers had been killed or wounded {span} of fighting."
    claims = [r for r in read(told) if isinstance(r, CasualtyClaim)]
    assert [(c.subject.code, c.category.value, c.count) for c in claims] == [
        (SIDES[side], "total_losses", Count.exact(n))
    ]
    rate = f"Kyiv said that {n:,} {side} soldiers were being killed or wounded a week."
    assert [r for r in read(rate) if isinstance(r, CasualtyClaim)] == []


@settings(max_examples=30, deadline=None)
@given(
    dead=st.integers(min_value=100, max_value=9_000),
    n=st.integers(min_value=2, max_value=900),
    held=st.sampled_from(
        ["captured by Ukraine in January remain in Ukrainian custody", "are still held in Ukraine"]
    ),
)
def test_news_captives_held_by_ukraine_in_a_passage_on_russias_ally_are_never_russian(
    dead: int, n: int, held: str
) -> None:
    ally = f"Seoul said {dead:,} North Korean soldiers had been killed. {n:,} soldiers {held}."
    claims = [r for r in read(ally) if isinstance(r, CasualtyClaim)]
    assert ("RUS", "captured") not in {(c.subject.code, c.category.value) for c in claims}
    russian = f"Kyiv said {dead:,} Russian soldiers had been killed. {n:,} soldiers {held}."
    claims = [r for r in read(russian) if isinstance(r, CasualtyClaim)]
    assert ("RUS", "captured", Count.exact(n)) in {
        (c.subject.code, c.category.value, c.count) for c in claims
    }


@settings(max_examples=30, deadline=None)
@given(
    freed=st.integers(min_value=100, max_value=9_000),
    more=st.sampled_from(["thousands", "hundreds", "2,500"]),
    people=st.sampled_from(["soldiers and civilians", "mostly civilians", "military and civilian"]),
)
def test_news_more_still_held_past_the_people_set_off_is_a_count_held(
    freed: int, more: str, people: str
) -> None:
    text = (
        f"Kyiv says {freed:,} Ukrainians have been freed since 2022, and {more} more, "
        f"{people}, are still held."
    )
    claims = [r for r in read(text) if isinstance(r, CasualtyClaim)]
    assert [(c.subject.code, c.category.value, c.count) for c in claims] == [
        ("UKR", "captured", Count.parse(more))
    ]


@settings(max_examples=30, deadline=None)
@given(
    dead=st.integers(min_value=100, max_value=9_000),
    more=st.integers(min_value=20, max_value=9_000),
    people=st.sampled_from(["mostly conscripts", "soldiers and officers", "the ministry said"]),
)
def test_news_a_bare_figure_past_its_people_set_off_keeps_its_own_verb(
    dead: int, more: int, people: str
) -> None:
    text = (
        f"Kyiv says {dead:,} Russian soldiers were killed on Monday, and {more:,} more, "
        f"{people}, were wounded."
    )
    claims = [r for r in read(text) if isinstance(r, CasualtyClaim)]
    assert ("RUS", "killed", Count.exact(more)) not in {
        (c.subject.code, c.category.value, c.count) for c in claims
    } or more == dead
    assert ("RUS", "wounded", Count.exact(more)) in {
        (c.subject.code, c.category.value, c.count) for c in claims
    }


@settings(max_examples=30, deadline=None)
@given(
    freed=st.integers(min_value=100, max_value=9_000),
    held=st.sampled_from(["several thousand", "thousands", "more than 8,000"]),
    teller=st.sampled_from(["Officials estimate", "The ombudsman believes", "Kyiv says"]),
)
def test_news_a_reported_clause_opening_on_those_still_held_counts_the_freed_sides_people(
    freed: int, held: str, teller: str
) -> None:
    after = f"{teller} that {held} remain in captivity."
    home = f"{freed:,} Ukrainians came home in 2024 in eleven exchanges. {after}"
    claims = [r for r in read(home) if isinstance(r, CasualtyClaim)]
    assert [(c.subject.code, c.category.value, c.count) for c in claims] == [
        ("UKR", "captured", Count.parse(held))
    ]
    swap = f"Kyiv got back {freed:,} of its people and Moscow 248 servicemen. {after}"
    assert [r for r in read(swap) if isinstance(r, CasualtyClaim)] == []


@settings(max_examples=30, deadline=None)
@given(
    dead=st.integers(min_value=10, max_value=9_000),
    hurt=st.integers(min_value=10, max_value=9_000),
    adjective=st.sampled_from(["", "civilian "]),
)
def test_news_injuries_counted_beside_deaths_are_the_wounded_never_the_dead(
    dead: int, hurt: int, adjective: str
) -> None:
    text = (
        f"The UN mission verified {dead:,} Ukrainian civilian deaths and {hurt:,} "
        f"{adjective}injuries in Ukraine in May."
    )
    read_back = {
        (c.subject.code, c.category.value, c.count)
        for c in read(text)
        if isinstance(c, CasualtyClaim)
    }
    assert ("UKR", "wounded", Count.exact(hurt)) in read_back
    assert hurt == dead or ("UKR", "killed", Count.exact(hurt)) not in read_back


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(min_value=100, max_value=2_000_000),
    side=st.sampled_from(["Russian", "Ukrainian"]),
    people=st.sampled_from(["servicemen", "soldiers", "troops"]),
    adjective=st.sampled_from(["", "confirmed ", "documented "]),
    verb=st.sampled_from(["has counted", "has recorded", "lists", "contained"]),
)
def test_news_deaths_of_a_sides_soldiers_count_the_dead_not_the_soldiers(
    n: int, side: str, people: str, adjective: str, verb: str
) -> None:
    # "it contained 111,387 confirmed deaths of Russian servicemen": the noun counted is
    # "deaths"; the people after "of" only say whose
    text = f"The independent count {verb} {n:,} {adjective}deaths of {side} {people}."
    claims = [r for r in read(text) if isinstance(r, CasualtyClaim)]
    assert [(c.subject.code, c.category.value, c.count) for c in claims] == [
        (SIDES[side], "killed", Count.exact(n))
    ]


def test_news_deaths_of_people_with_no_side_stay_unread() -> None:
    # no side named after "of": whose deaths they are cannot be said
    text = "The independent count has recorded 9,400 deaths of soldiers."
    assert not [r for r in read(text) if isinstance(r, CasualtyClaim)]


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(min_value=20_000, max_value=300_000),
    side=st.sampled_from(["Russian", "Ukrainian"]),
    register=st.sampled_from(["list", "database", "register"]),
    aside=st.sampled_from(["", ", compiled from obituaries and posts by relatives,"]),
)
def test_news_the_list_after_a_count_of_the_named_dead_counts_them_too(
    n: int, side: str, register: str, aside: str
) -> None:
    # "... confirmed by name has passed 137,000. The list ... contained 137,512 names":
    # the definite register is the count of the dead just told, of the same side
    text = (
        f"The number of {side} soldiers killed whose deaths have been confirmed by name has"
        f" passed {n // 1000 * 1000:,}, the outlet said on Friday. The {register}{aside}"
        f" contained {n:,} names as of October 24."
    )
    claims = [r for r in read(text) if isinstance(r, CasualtyClaim)]
    assert (SIDES[side], "killed", Count.exact(n)) in {
        (c.subject.code, c.category.value, c.count) for c in claims
    }


def test_news_the_list_after_no_count_of_the_dead_stays_unread() -> None:
    # a list of names after a count of the held, or after no count at all, is no toll
    held = (
        "Kyiv says more than 8,000 Ukrainians are held in Russia, officials said on Friday."
        " The list contained 9,120 names as of October 24."
    )
    alone = "The list contained 9,120 names as of October 24."
    for text in (held, alone):
        claims = [r for r in read(text) if isinstance(r, CasualtyClaim)]
        assert all(c.category.value != "killed" for c in claims)


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(min_value=20, max_value=20_000),
    taker=st.sampled_from([("Ukraine's", "RUS"), ("Kyiv's", "RUS"), ("Russia's", "UKR")]),
    body=st.sampled_from(["troops have", "forces have", "army has", "forces had"]),
    people=st.sampled_from(["{n} prisoners", "{n} soldiers prisoner", "{n} servicemen captive"]),
    teller=st.sampled_from(["officials said", "the ministry said", "analysts wrote"]),
)
def test_news_people_a_sides_forces_have_taken_prisoner_are_the_other_sides(
    n: int, taker: tuple[str, str], body: str, people: str, teller: str
) -> None:
    # the old code read the possessive's side as the captives' own ("Ukraine's troops have
    # taken 700 prisoners": UKR captured)
    taken = people.format(n=f"{n:,}")
    text = f"{taker[0]} {body} taken {taken}, {teller}."
    claims = [r for r in read(text) if isinstance(r, CasualtyClaim)]
    assert [(c.subject.code, c.category.value, c.count) for c in claims] == [
        (taker[1], "captured", Count.exact(n))
    ]
