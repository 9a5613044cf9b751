"""Properties of the claim rules: any figure, owner and linking word reads back as written."""

from __future__ import annotations

import io
from datetime import date

from exchangekit_news import NewsParser
from hypothesis import given, settings
from hypothesis import strategies as st

from exchangekit import CasualtyClaim, Count


def claims(text: str) -> list[CasualtyClaim]:
    """The casualty claims the parser reads in ``text``, published 23 October 2025."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2025, 10, 23), publisher="Desk"
    )
    return [item for item in items if isinstance(item, CasualtyClaim)]


OWNERS = {"Russia's": "RUS", "Russian": "RUS", "Ukraine's": "UKR", "Ukrainian": "UKR"}
NOUNS = {"losses": "total_losses", "casualties": "total_losses", "death toll": "killed"}
LINKS = {
    "have passed": Count.more_than,
    "had exceeded": Count.more_than,
    "has grown to": Count.exact,
    "stood at": Count.exact,
    "had reached": Count.exact,
}


@settings(max_examples=60, deadline=None)
@given(
    owner=st.sampled_from(sorted(OWNERS)),
    noun=st.sampled_from(sorted(NOUNS)),
    link=st.sampled_from(sorted(LINKS)),
    n=st.integers(min_value=1_000, max_value=2_000_000),
)
def test_news_a_loss_figure_after_its_noun_reads_back(
    owner: str, noun: str, link: str, n: int
) -> None:
    text = f"Officials in London said {owner} {noun} {link} {n:,} by then."
    assert [(c.subject.code, c.category.value, c.count) for c in claims(text)] == [
        (OWNERS[owner], NOUNS[noun], LINKS[link](n))
    ]


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=50_000),
    side=st.sampled_from(["Ukrainian", "Russian"]),
    where=st.sampled_from(["remain in captivity", "are held in custody", "had been captured"]),
)
def test_news_captives_read_back(n: int, side: str, where: str) -> None:
    text = f"The ombudsman said {n:,} {side} soldiers {where}."
    (claim,) = claims(text)
    assert (claim.subject.code, claim.category.value, claim.count) == (
        side[:3].upper() if side == "Russian" else "UKR",
        "captured",
        Count.exact(n),
    )


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=50_000),
    thing=st.sampled_from(["tanks", "drones", "artillery systems", "armoured vehicles"]),
)
def test_news_equipment_figures_near_losses_are_never_claims(n: int, thing: str) -> None:
    text = f"Russia's losses have passed {n:,} {thing}, the General Staff said."
    assert claims(text) == []


@settings(max_examples=40, deadline=None)
@given(
    part=st.integers(min_value=2, max_value=5_000),
    whole=st.sampled_from(["its ", "its 6,000 ", "the ", "their remaining "]),
    thing=st.sampled_from(["tanks", "artillery pieces", "combat aircraft", "armoured vehicles"]),
    side=st.sampled_from(["Russia", "Ukraine", "Moscow", "Kyiv"]),
)
def test_news_a_part_of_machines_is_never_a_claim(
    part: int, whole: str, thing: str, side: str
) -> None:
    """A figure "of its (M) tanks" counts machines lost, not people."""
    text = f"A Western assessment said {side} had lost {part:,} of {whole}{thing} by the summer."
    assert claims(text) == []


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(min_value=2, max_value=5_000),
    side=st.sampled_from(["Russia", "Ukraine", "Moscow", "Kyiv"]),
    verb=st.sampled_from(["bringing", "taking", "pushing", "raising"]),
    noun=st.sampled_from(["soldiers", "troops", "servicemen"]),
)
def test_news_soldiers_a_side_lost_stay_a_loss_whatever_verb_follows(
    n: int, side: str, verb: str, noun: str
) -> None:
    """The object of "lost" is a side's loss, never people handed over by a later verb."""
    text = f"The staff said {side} had lost {n:,} {noun} overnight, {verb} the war's toll higher."
    code = "RUS" if side in ("Russia", "Moscow") else "UKR"
    read = {(c.subject.code, c.category.value, c.count) for c in claims(text)}
    assert (code, "total_losses", Count.exact(n)) in read


@settings(max_examples=60, deadline=None)
@given(
    people=st.integers(min_value=2, max_value=50_000),
    first=st.integers(min_value=2, max_value=900),
    second=st.integers(min_value=2, max_value=900),
    things=st.sampled_from(
        [("tanks", "armoured vehicles"), ("drones", "field guns"), ("mortars", "trucks")]
    ),
    verb=st.sampled_from(["has lost", "lost", "suffered losses of"]),
)
def test_news_equipment_in_a_list_of_losses_never_counts_people(
    people: int, first: int, second: int, things: tuple[str, str], verb: str
) -> None:
    """Only the servicemen of "lost N servicemen, M tanks and K vehicles" are a claim."""
    text = (
        "Russian Defence Ministry briefing, 2 March (translated)\n\n"
        f"Over the week the enemy {verb} {people:,} servicemen, {first} {things[0]} "
        f"and {second} {things[1]}.\n"
    )
    read = {(c.subject.code, c.category.value, c.count) for c in claims(text)}
    assert read == {("UKR", "total_losses", Count.exact(people))}


SIDES = {"Russia": "Ukraine", "Ukraine": "Russia", "Moscow": "Kyiv", "Kyiv": "Moscow"}
CODES = {"Russia": "RUS", "Moscow": "RUS", "Ukraine": "UKR", "Kyiv": "UKR"}


@settings(max_examples=40, deadline=None)
@given(
    holder=st.sampled_from(sorted(SIDES)),
    verb=st.sampled_from(["is holding", "still holds", "holds", "is still holding"]),
    n=st.sampled_from(["thousands", "hundreds", "about 2,000", "more than 800"]),
    people=st.sampled_from(["civilians", "soldiers", "servicemen", "citizens"]),
)
def test_news_no_side_holds_its_own_people(holder: str, verb: str, n: str, people: str) -> None:
    """'<side> holds N of its people': the captives are the other side's, never the holder's."""
    text = f"{SIDES[holder]} says {holder} {verb} {n} of its {people}."
    subjects = {c.subject.code for c in claims(text) if c.category.value == "captured"}
    assert subjects == {CODES[SIDES[holder]]}


@settings(max_examples=40, deadline=None)
@given(
    total=st.integers(min_value=100_000, max_value=1_500_000),
    day=st.integers(min_value=100, max_value=2_000),
    link=st.sampled_from(["with {d} added", "after {d} were added", "with another {d} added"]),
    window=st.sampled_from(
        ["in the past 24 hours", "over the previous day", "during the past day"]
    ),
)
def test_news_a_day_added_to_a_total_is_a_claim_of_its_own(
    total: int, day: int, link: str, window: str
) -> None:
    text = (
        f"Kyiv's General Staff put Russian losses at {total:,}, "
        f"{link.format(d=f'{day:,}')} {window}."
    )
    read = {(c.subject.code, c.category.value, c.count) for c in claims(text)}
    assert read == {
        ("RUS", "total_losses", Count.exact(total)),
        ("RUS", "total_losses", Count.exact(day)),
    }


COUNTERS = {"RUS": ["Moscow's", "the Russian ministry's"], "UKR": ["Kyiv's", "the General Staff's"]}


@settings(max_examples=40, deadline=None)
@given(
    owner=st.sampled_from(["Russia's", "Ukraine's"]),
    count=st.sampled_from(["count", "tally", "reckoning"]),
    pick=st.integers(min_value=0, max_value=1),
    verb=st.sampled_from(["passed", "topped", "stood at"]),
    n=st.integers(min_value=10_000, max_value=1_500_000),
)
def test_news_a_whose_count_aside_never_owns_the_losses(
    owner: str, count: str, pick: int, verb: str, n: int
) -> None:
    side = OWNERS[owner]
    counter = COUNTERS["UKR" if side == "RUS" else "RUS"][pick]
    text = f"{owner} losses, by {counter} {count}, {verb} {n:,} killed and wounded by June."
    assert {c.subject.code for c in claims(text)} == {side}


NAMED_DEAD = (
    "which counts only the named {people} dead",
    "which names every confirmed {people} death",
    "that records {people} soldiers killed, by name",
)
# the linking words, and whether the register ("its list") is their subject
NAMED_COUNT_LINKS = {
    "had grown to": (Count.exact, True),
    "had reached": (Count.exact, True),
    "has passed": (Count.more_than, True),
    "has identified": (Count.exact, False),
    "has confirmed more than": (Count.more_than, False),
}


@settings(max_examples=60, deadline=None)
@given(
    side=st.sampled_from(("RUS", "UKR")),
    told=st.sampled_from(NAMED_DEAD),
    link=st.sampled_from(sorted(NAMED_COUNT_LINKS)),
    n=st.integers(min_value=1_000, max_value=500_000),
)
def test_news_a_named_count_of_the_dead_reads_back(side: str, told: str, link: str, n: int) -> None:
    """A count of one side's named dead that reaches a clause-final figure is its killed claim."""
    what = told.format(people="Russian" if side == "RUS" else "Ukrainian")
    count, register = NAMED_COUNT_LINKS[link]
    verb = f"said its list {link}" if register else link
    text = f"The volunteer site, {what}, {verb} {n:,}."
    assert {(c.subject.code, c.category.value, c.count) for c in claims(text)} == {
        (side, "killed", count(n))
    }


@settings(max_examples=40, deadline=None)
@given(
    told=st.sampled_from(NAMED_DEAD),
    held=st.sampled_from(("held in Russia", "still missing", "whose bodies were returned")),
    link=st.sampled_from(
        sorted(k for k, (_, register) in NAMED_COUNT_LINKS.items() if not register)
    ),
    n=st.integers(min_value=1_000, max_value=500_000),
)
def test_news_a_named_count_of_more_than_the_dead_is_no_death_toll(
    told: str, held: str, link: str, n: int
) -> None:
    """A named count that also tells of the held, the missing or bodies gives no killed claim."""
    what = told.format(people="Ukrainian")
    text = f"The volunteer site, {what} as well as soldiers {held}, {link} {n:,}."
    assert all(c.category.value != "killed" for c in claims(text))


HAD = {"Russia": "RUS", "Moscow": "RUS", "Ukraine": "UKR", "Kyiv": "UKR"}


@settings(max_examples=40, deadline=None)
@given(
    sides=st.sampled_from([(a, b) for a in sorted(HAD) for b in sorted(HAD) if HAD[a] != HAD[b]]),
    n=st.integers(min_value=1_000, max_value=900_000),
    m=st.integers(min_value=1_000, max_value=900_000),
    noun=st.sampled_from(["casualties", "dead"]),
)
def test_news_a_side_that_had_losses_owns_them(
    sides: tuple[str, str], n: int, m: int, noun: str
) -> None:
    first, second = sides
    # "..., while Kyiv had 70,000 casualties": the second side's own, never the first's
    text = f"The general said {first} had suffered {n:,} {noun}, while {second} had {m:,} {noun}."
    assert {(c.subject.code, c.count) for c in claims(text)} == {
        (HAD[first], Count.exact(n)),
        (HAD[second], Count.exact(m)),
    }


COMPARISONS = (
    "much as exiled reporters do for {adj} casualties",
    "like the older project on {poss} war dead",
    "in the same way others count {adj} dead",
    "just as journalists do for {poss} losses",
)
COMPARED = {"RUS": ("Russian", "Russia's"), "UKR": ("Ukrainian", "Ukraine's")}


@settings(max_examples=40, deadline=None)
@given(
    compared=st.sampled_from(sorted(COMPARED)),
    comparison=st.sampled_from(COMPARISONS),
    n=st.integers(min_value=100, max_value=90_000),
    noun=st.sampled_from(["killed", "dead", "missing"]),
)
def test_news_a_side_named_in_a_comparison_never_owns_the_next_toll(
    compared: str, comparison: str, n: int, noun: str
) -> None:
    adj, poss = COMPARED[compared]
    aside = comparison.format(adj=adj, poss=poss)
    text = (
        f"A volunteer group reads local death notices, {aside}. So far it has listed {n:,} {noun}."
    )
    assert all(c.subject.code != compared for c in claims(text))


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(min_value=1_000, max_value=500_000),
    sides=st.permutations(["Russian", "Ukrainian"]),
    keeper=st.sampled_from(["collects the names of", "names", "publishes the names of"]),
    verb=st.sampled_from(["lists", "has identified", "had documented", "counts", "records"]),
)
def test_news_a_register_of_both_sides_dead_gives_no_one_sides_claim(
    n: int, sides: list[str], keeper: str, verb: str
) -> None:
    # a register described by the dead of both sides cannot say whose its figure is
    text = f"A project that {keeper} both {sides[0]} and {sides[1]} dead {verb} about {n:,}."
    assert claims(text) == []


@settings(max_examples=40, deadline=None)
@given(
    total=st.integers(min_value=50_000, max_value=200_000),
    part=st.integers(min_value=1_000, max_value=40_000),
    side=st.sampled_from(["Russian", "Ukrainian"]),
    dead=st.sampled_from(["the dead", "the named dead", "those dead", "the confirmed fallen"]),
    copula=st.sampled_from(["were", "are"]),
    who=st.sampled_from(["men mobilised in 2022", "volunteers", "recruited from prisons"]),
    hedge=st.sampled_from(["", "More than ", "About ", "Some "]),
)
def test_news_a_part_of_the_dead_told_by_background_is_no_toll(
    total: int, part: int, side: str, dead: str, copula: str, who: str, hedge: str
) -> None:
    """ "20,000 of the dead were mobilised men" sorts the toll told before; only it is read."""
    text = (
        f"The outlet has confirmed the names of {total:,} {side} soldiers killed in the war. "
        f"{hedge}{part:,} of {dead} {copula} {who}, the team says."
    )
    assert [str(c.count) for c in claims(text)] == [f"{total:,}"]


@settings(max_examples=30, deadline=None)
@given(
    total=st.integers(min_value=50_000, max_value=200_000),
    added=st.integers(min_value=100, max_value=9_000),
    verb=st.sampled_from(["after adding", "having added", "and added"]),
)
def test_news_names_added_to_a_register_are_no_toll(total: int, added: int, verb: str) -> None:
    """ "has grown to 131,276 ... after adding 3,000 names": the increase is not the toll."""
    text = (
        f"The number of Russian soldiers confirmed killed by name has grown to {total:,}, "
        f"the outlet said, {verb} {added:,} names in two weeks."
    )
    assert [str(c.count) for c in claims(text)] == [f"{total:,}"]


def test_news_a_register_of_names_still_reads_its_size() -> None:
    text = "The outlet has recorded more than 3,000 names of Russian soldiers killed in Ukraine."
    assert [str(c.count) for c in claims(text)] == ["more than 3,000"]
