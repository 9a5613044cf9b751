"""Figures the parser finds but must not code as they first look: subsets, and the like.

Each rule here rejects or re-labels a figure that a looser reading would code
wrongly; the sentences are written for these tests.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from exchangekit_news import NewsParser
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from exchangekit import Count, ExchangeTally, PersonCategory

POW = PersonCategory.PRISONERS_OF_WAR
CIVILIANS = PersonCategory.CIVILIANS
REMAINS = PersonCategory.REMAINS
OTHER = PersonCategory.OTHER

Legs = dict[tuple[str, str, PersonCategory], list[Count]]


@pytest.fixture(scope="session")
def legs_of(legs_of: Callable[..., Legs]) -> Callable[[str], Legs]:
    """The shared transfer-legs helper, reading every text as published on 12 March 2024."""
    return functools.partial(legs_of, published=date(2024, 3, 12))


def tallies_of(text: str) -> Legs:
    """Every running total the parser reads in ``text``, by direction."""
    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2024, 3, 12), publisher="Desk"
    )
    found: Legs = {}
    for item in items:
        if isinstance(item, ExchangeTally):
            key = (item.sender.code, item.receiver.code, item.category)
            found.setdefault(key, []).append(item.count)
    return found


# -- a lone part of a mixed figure is a subset, not a partition


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=60, max_value=900),
    st.integers(min_value=2, max_value=40),
    st.sampled_from(["civilians", "women", "medics"]),
)
def test_news_one_part_of_a_mixed_figure_is_not_coded(
    legs_of: Callable[..., Any], whole: int, part: int, kind: str
) -> None:
    text = f"Tuesday's swap returned {whole} Ukrainians to Kyiv, {part} of them {kind}."
    assert legs_of(text) == {("RUS", "UKR", OTHER): [Count.exact(whole)]}


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=60, max_value=900), st.integers(min_value=2, max_value=40))
def test_news_two_parts_of_a_mixed_figure_partition_it(
    legs_of: Callable[..., Any], whole: int, part: int
) -> None:
    text = (
        f"Tuesday's swap returned {whole} Ukrainians to Kyiv, {part} of them civilians"
        f" and {whole - part} servicemen."
    )
    legs = legs_of(text, breakdowns="both")
    assert legs[("RUS", "UKR", CIVILIANS)] == [Count.exact(part)]
    assert legs[("RUS", "UKR", POW)] == [Count.exact(whole - part)]


def test_news_lone_part_in_other_wording(legs_of: Callable[..., Any]) -> None:
    assert legs_of(
        "Moscow got back 75 of its citizens on Sunday, nine of them conscripts, the ministry said."
    ) == {("UKR", "RUS", OTHER): [Count.exact(75)]}
    assert legs_of(
        "In the morning 120 Ukrainians came home via Belarus, 14 of them civilians, Kyiv said."
    ) == {("RUS", "UKR", OTHER): [Count.exact(120)]}


# -- "the same number of Russians" repeats the kind of the figure it repeats


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=2, max_value=900),
    st.sampled_from([("Ukrainian", "Russians", "RUS"), ("Russian", "Ukrainians", "UKR")]),
)
def test_news_the_same_number_of_a_nationality_keeps_the_kind(
    legs_of: Callable[..., Any], amount: int, sides: tuple[str, str, str]
) -> None:
    adjective, plural, other = sides
    home = "UKR" if other == "RUS" else "RUS"
    text = (
        f"On Monday {amount} {adjective} soldiers were released, and the same number of"
        f" {plural} were handed over in return."
    )
    assert legs_of(text) == {
        (other, home, POW): [Count.exact(amount)],
        (home, other, POW): [Count.exact(amount)],
    }


def test_news_the_same_number_after_a_list_repeats_each_part(legs_of: Callable[..., Any]) -> None:
    legs = legs_of(
        "Kyiv said 140 Ukrainian soldiers and 12 civilians had come back on Friday in exchange"
        " for the same number of Russians."
    )
    assert legs[("UKR", "RUS", POW)] == [Count.exact(140)]
    assert legs[("UKR", "RUS", CIVILIANS)] == [Count.exact(12)]
    assert legs[("RUS", "UKR", POW)] == [Count.exact(140)]
    assert legs[("RUS", "UKR", CIVILIANS)] == [Count.exact(12)]


def test_news_the_same_number_in_other_wording(legs_of: Callable[..., Any]) -> None:
    assert legs_of(
        "Moscow welcomed home 64 servicemen on Saturday and sent back the same number of"
        " Ukrainians."
    ) == {("UKR", "RUS", POW): [Count.exact(64)], ("RUS", "UKR", POW): [Count.exact(64)]}
    # people of no one kind are repeated as they are
    assert legs_of(
        "Ukraine got 80 of its people back, and the same number of Russians went home."
    ) == {("RUS", "UKR", OTHER): [Count.exact(80)], ("UKR", "RUS", OTHER): [Count.exact(80)]}


# -- troops sent to fight are deployed, not handed over


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=100, max_value=20_000),
    st.sampled_from(["help", "fight for", "support", "reinforce"]),
    st.sampled_from(["Russia", "Moscow", "Ukraine"]),
)
def test_news_troops_sent_to_help_a_side_are_not_a_transfer(
    legs_of: Callable[..., Any], amount: int, purpose: str, side: str
) -> None:
    text = f"Officials say the ally has sent an estimated {amount:,} men to {purpose} {side}."
    assert legs_of(text) == {}


def test_news_deployment_in_other_wording(legs_of: Callable[..., Any]) -> None:
    assert (
        legs_of(
            "About 1,500 North Korean soldiers sent to support Russia in the Kursk region had"
            " been wounded, Seoul said."
        )
        == {}
    )
    assert legs_of("Minsk is said to have sent some 800 men to assist Moscow in the spring.") == {}
    # a handover with "to" and a side is still one
    assert legs_of("On Friday Russia sent 45 Ukrainian prisoners to Ukraine.") == {
        ("RUS", "UKR", POW): [Count.exact(45)]
    }


# -- "one ... and the other" describes two people; it counts nothing


def claims_of(text: str) -> list[tuple[str, str, Count]]:
    """Every casualty claim the parser reads in ``text``: subject, category, count."""
    from exchangekit import CasualtyClaim

    items = NewsParser().parse(
        io.StringIO(text), source="a.txt", published=date(2024, 3, 12), publisher="Desk"
    )
    return [
        (c.subject.code, c.category.value, c.count) for c in items if isinstance(c, CasualtyClaim)
    ]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["wounded", "injured", "killed"]),
    st.sampled_from(["in the arm", "by shrapnel", "near the border"]),
)
def test_news_one_of_a_pair_is_not_a_count(state: str, how: str) -> None:
    text = (
        "The Ukrainian army showed two captured Russian soldiers, one"
        f" {state} {how} and the other unhurt."
    )
    assert claims_of(text) == []


def test_news_one_and_the_other_in_other_wording() -> None:
    assert claims_of("Of the two Russian pilots, one was killed and the other was captured.") == []
    # "one" alone still counts
    assert claims_of("Kyiv said one Ukrainian soldier was killed on Monday.") == [
        ("UKR", "killed", Count.exact(1))
    ]


# -- "apiece" with one receiver named shares the figure over events, not sides


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=20, max_value=900),
    st.sampled_from(["apiece", "each"]),
    st.sampled_from([("Ukraine", "RUS", "UKR"), ("Russia", "UKR", "RUS")]),
)
def test_news_apiece_with_one_receiver_is_per_handover(
    legs_of: Callable[..., Any], amount: int, word: str, side: tuple[str, str, str]
) -> None:
    name, sender, receiver = side
    text = (
        f"Two handovers, in June and in July, brought {amount} bodies {word} to {name},"
        " officials said."
    )
    assert set(legs_of(text)) == {(sender, receiver, REMAINS)}


def test_news_apiece_per_handover_in_other_wording(legs_of: Callable[..., Any]) -> None:
    legs = legs_of("In both May and August, 60 soldiers apiece were returned to Ukraine.")
    assert set(legs) == {("RUS", "UKR", POW)}
    # "each way" still names both sides
    assert set(legs_of("On Friday 60 soldiers were returned each way.")) == {
        ("RUS", "UKR", POW),
        ("UKR", "RUS", POW),
    }


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=100, max_value=2_000))
def test_news_handovers_of_n_each_are_neither_a_total_nor_per_side(
    legs_of: Callable[..., Any], amount: int
) -> None:
    text = f"Three handovers of {amount:,} each followed in the spring, the ministry said."
    assert tallies_of(text) == {}
    # no side is named, so no direction is guessed, and certainly not both
    assert len({receiver for _, receiver, _ in legs_of(text)}) <= 1


# -- a nationality or a "to" that says nothing about where people went


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=100, max_value=9_000),
    st.sampled_from(["might prove to be", "may turn out to be", "could be"]),
)
def test_news_a_guessed_nationality_does_not_decide_the_direction(
    legs_of: Callable[..., Any], amount: int, guess: str
) -> None:
    text = (
        f"The Ukrainian interior ministry said it had received {amount:,} bodies in total"
        f" and warned that some {guess} Russian."
    )
    assert set(tallies_of(text)) | set(legs_of(text)) <= {("RUS", "UKR", REMAINS)}
    assert set(tallies_of(text)) | set(legs_of(text))


def test_news_destination_words_in_other_wording(legs_of: Callable[..., Any]) -> None:
    # "to" before a verb is no destination
    assert set(legs_of("Kyiv said 40 bodies returned on Monday appear to be Russian.")) != {
        ("UKR", "RUS", REMAINS)
    }
    # an apposition on the clause speaks of other people
    assert set(
        legs_of(
            "Each exchange brought 50 people home to Kyiv, a number the Russians had insisted on."
        )
    ) == {("RUS", "UKR", OTHER)}


# -- people on their way to a handover, or only planned to go, were not moved


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=10, max_value=900),
    st.sampled_from(
        ["to an exchange", "on their way to a swap", "bound for the exchange", "to go home"]
    ),
)
def test_news_people_on_their_way_to_a_handover_were_not_moved(
    legs_of: Callable[..., Any], amount: int, where: str
) -> None:
    text = f"A Russian bus carrying {amount} Ukrainian prisoners {where} was stopped on Monday."
    assert legs_of(text) == {}


def test_news_plans_in_other_wording(legs_of: Callable[..., Any]) -> None:
    assert (
        legs_of(
            "The list agreed in March named 300 Ukrainian soldiers to be returned, but the"
            " handover was postponed."
        )
        == {}
    )
    assert (
        legs_of("A plan for a swap of 400 Russians has still not been carried out, Kyiv said.")
        == {}
    )
    # a handover that did happen still counts
    assert legs_of("On Monday 40 Ukrainian prisoners were returned to Ukraine.") == {
        ("RUS", "UKR", POW): [Count.exact(40)]
    }


# -- ratios, sizes of each of several exchanges, and "the Russians" as a side


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=2, max_value=9), st.sampled_from(["every", "each"]))
def test_news_a_ratio_is_not_a_transfer(
    legs_of: Callable[..., Any], amount: int, every: str
) -> None:
    text = f"Critics claim Kyiv frees {amount} Russians for {every} Ukrainian it gets back."
    assert legs_of(text) == {}


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=10, max_value=400),
    st.sampled_from(["exchanges that each", "swaps which each", "handovers that each"]),
)
def test_news_each_of_several_exchanges_is_neither_a_total_nor_per_side(
    legs_of: Callable[..., Any], amount: int, lead: str
) -> None:
    text = f"In March and in May, in {lead} brought home {amount} Ukrainian soldiers, Kyiv said."
    assert tallies_of(text) == {}
    assert set(legs_of(text)) == {("RUS", "UKR", POW)}


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=10, max_value=400),
    st.sampled_from([("Russians", "RUS", "UKR"), ("Ukrainians", "UKR", "RUS")]),
)
def test_news_the_russians_acting_are_a_side(
    legs_of: Callable[..., Any], amount: int, side: tuple[str, str, str]
) -> None:
    plural, receiver, sender = side
    text = f"Officials in Minsk said the {plural} had got back {amount} people on Friday."
    assert legs_of(text) == {(sender, receiver, OTHER): [Count.exact(amount)]}


def test_news_ratios_and_sides_in_other_wording(legs_of: Callable[..., Any]) -> None:
    assert legs_of("The post said two Ukrainians were handed over for each Russian.") == {}
    assert legs_of("Kyiv said on Monday the Ukrainians received 48 soldiers back.") == {
        ("RUS", "UKR", POW): [Count.exact(48)]
    }
    # people of a nationality, not the side: "among the Ukrainians freed were ..."
    assert ("RUS", "UKR", CIVILIANS) not in legs_of(
        "Ukraine got 100 soldiers back. Among the Russians freed were five civilians, Moscow said."
    )


# -- a figure given a span of time sums many handovers: a running total


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=200, max_value=9_000),
    st.sampled_from(
        [
            "Over the past two years",
            "During those seven months",
            "In the first three weeks",
            "Since the Geneva talks in March",
            "By the end of 2023",
        ]
    ),
)
def test_news_a_figure_over_a_span_is_a_running_total(
    legs_of: Callable[..., Any], amount: int, span: str
) -> None:
    text = f"{span}, Russia had returned {amount:,} Ukrainian soldiers, Kyiv said."
    assert legs_of(text) == {}
    assert tallies_of(text) == {("RUS", "UKR", POW): [Count.exact(amount)]}


def test_news_spans_in_other_wording(legs_of: Callable[..., Any]) -> None:
    assert set(
        tallies_of("With Sunday's handover, 4,300 bodies have been brought back to Ukraine.")
    ) == {("RUS", "UKR", REMAINS)}
    assert set(
        tallies_of("Moscow said it had received 310 of its soldiers over the same period.")
    ) == {("UKR", "RUS", POW)}
    # one exchange ranked against a span is still one exchange
    assert set(
        legs_of("On Friday 90 soldiers came home to Ukraine, the first swap in five months.")
    ) == {("RUS", "UKR", POW)}


# -- one side's figure told twice, once with the people's kind and once without


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=20, max_value=400))
def test_news_one_sides_figure_told_without_its_kind_is_not_a_second_figure(
    legs_of: Callable[..., Any], amount: int
) -> None:
    text = (
        f"Russia's defence ministry said {amount} Ukrainian soldiers were handed over on"
        f" Sunday.\n\nMoscow put the number it had released at {amount}."
    )
    assert legs_of(text) == {("RUS", "UKR", POW): [Count.exact(amount)]}


def test_news_same_figure_without_kind_in_other_wording(legs_of: Callable[..., Any]) -> None:
    assert legs_of(
        "On Monday 64 Ukrainian servicemen were returned. Kyiv said 64 Ukrainians came home."
    ) == {("RUS", "UKR", POW): [Count.exact(64)]}
    # told first as people of no kind: the first telling's noun decides
    assert set(
        legs_of(
            "Kyiv said 70 of its citizens came home on Monday.\n\n"
            "Russia's defence ministry said 70 Ukrainian soldiers had been handed over."
        )
    ) == {("RUS", "UKR", OTHER)}


# -- what a plan would bring about, and casualties told again as "ones"


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=50, max_value=2_000),
    st.sampled_from(["will see", "would let", "could allow", "is expected to see"]),
)
def test_news_a_plans_outcome_is_not_a_handover(
    legs_of: Callable[..., Any], amount: int, verb: str
) -> None:
    text = f"The agreement {verb} {amount:,} Ukrainian soldiers go home, officials said."
    assert legs_of(text) == {}


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=1_000, max_value=90_000), st.integers(min_value=1_000, max_value=90_000)
)
def test_news_casualties_told_again_as_ones_are_not_moved(
    legs_of: Callable[..., Any], first: int, second: int
) -> None:
    text = (
        f"The estimate handed to lawmakers listed {first:,} Russian casualties and"
        f" {second:,} Ukrainian ones."
    )
    assert legs_of(text) == {}


def test_news_outcomes_and_ones_in_other_wording(legs_of: Callable[..., Any]) -> None:
    assert legs_of("The Vatican-brokered deal would let 40 Ukrainian civilians return.") == {}
    # the outcome of a deal done is a handover
    assert set(legs_of("The deal saw 40 Ukrainian soldiers go home to Ukraine.")) == {
        ("RUS", "UKR", POW)
    }
    assert (
        legs_of("Officials counted 9,000 Ukrainian wounded and 12,000 Russian ones last month.")
        == {}
    )


# -- "and" before a nationality opens the next group of people


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=1_000, max_value=90_000), st.integers(min_value=1_000, max_value=90_000)
)
def test_news_the_next_sides_noun_is_not_this_figures(first: int, second: int) -> None:
    assume(first != second)  # Ukraine's own figure may equal Russia's by chance
    text = (
        f"Officials said Russian deaths were close to {first:,} and Ukrainian deaths close to"
        f" {second:,}."
    )
    assert all(not (s == "UKR" and c.best == first) for s, _, c in claims_of(text))


def test_news_next_sides_noun_in_other_wording() -> None:
    claims = claims_of("Moscow's dead numbered about 30,000 and Ukrainian losses about 20,000.")
    assert all(not (s == "UKR" and c.best == 30_000) for s, _, c in claims)


# -- people whose remains are held are dead, not captives


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=20, max_value=5_000), st.sampled_from(["remains", "bodies"]))
def test_news_people_whose_remains_are_held_are_not_captured(amount: int, what: str) -> None:
    text = (
        f"Officials said {amount:,} Ukrainian soldiers whose {what} are held in Russian"
        " morgues were still waiting to come home."
    )
    assert all(category != "captured" for _, category, _ in claims_of(text))


def test_news_held_remains_in_other_wording() -> None:
    assert (
        claims_of(
            "Kyiv said 250 Ukrainian soldiers whose bodies are held in Rostov"
            " have not been returned."
        )
        == []
    )
    # the living held are captives
    assert claims_of("Kyiv said 300 Ukrainian soldiers were being held in Rostov.") == [
        ("UKR", "captured", Count.exact(300))
    ]


# -- "my Ukrainian colleague" is a person of that nationality, not the side acting


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=2, max_value=300),
    st.sampled_from(
        [("Ukrainian", "Moskalkova", "UKR", "RUS"), ("Russian", "Lubinets", "RUS", "UKR")]
    ),
)
def test_news_a_colleagues_nationality_is_not_the_receiver(
    legs_of: Callable[..., Any], amount: int, people: tuple[str, str, str, str]
) -> None:
    adjective, speaker, sender, receiver = people
    text = (
        f"Thanks to talks with my {adjective} colleague, we brought home {amount} civilians,"
        f" {speaker} said."
    )
    assert set(legs_of(text)) == {(sender, receiver, CIVILIANS)}


def test_news_a_colleague_in_other_wording(legs_of: Callable[..., Any]) -> None:
    assert set(
        legs_of(
            "After months of talks with his Russian counterpart, Lubinets said, Ukraine got"
            " back 20 civilians."
        )
    ) == {("RUS", "UKR", CIVILIANS)}


# -- "N of them" counts the people the sentence before counted, with their side


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=5_000, max_value=20_000),
    st.integers(min_value=100, max_value=4_000),
    st.sampled_from([("North Korean", "PRK"), ("Russian", "RUS")]),
)
def test_news_of_them_takes_the_side_of_the_people_before(
    deployed: int, lost: int, side: tuple[str, str]
) -> None:
    adjective, code = side
    text = (
        f"Officials say some {deployed:,} {adjective} soldiers were sent to the front."
        f" Zelensky said last week that more than {lost:,} of them had been killed."
    )
    assert [s for s, _, _ in claims_of(text)] == [code]


def test_news_of_them_in_other_wording() -> None:
    claims = claims_of(
        "Seoul believes about 12,000 North Korean troops reached Kursk in the autumn. Kyiv"
        " says roughly 4,000 of them have been killed or wounded."
    )
    assert [(s, c) for s, c, _ in claims] == [("PRK", "total_losses")]


# -- children deported or taken by force are not children returned


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=1_000, max_value=30_000),
    st.sampled_from(["deported", "deported or forcibly transferred", "abducted"]),
)
def test_news_deported_children_are_not_returned(
    legs_of: Callable[..., Any], amount: int, taken: str
) -> None:
    text = f"Kyiv says the number of children {taken} to Russia has grown to {amount:,}."
    assert legs_of(text) == {}
    assert tallies_of(text) == {}


def test_news_deported_in_other_wording(legs_of: Callable[..., Any]) -> None:
    assert (
        legs_of("Officials said 9,000 children abducted by Russian forces were transferred.") == {}
    )
    # children returned still count
    assert set(tallies_of("The number of children returned to Ukraine has grown to 1,250.")) == {
        ("RUS", "UKR", PersonCategory.CHILDREN)
    }


# -- people "illegally held" were kept, not taken away: their return is a handover


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=2, max_value=60),
    st.sampled_from(["illegally held", "unlawfully detained", "illegally imprisoned"]),
    st.sampled_from(["in the Russian Federation", "in Russia", "by Russia"]),
    st.sampled_from(["returned to Ukraine", "came home", "returned home"]),
)
def test_news_people_illegally_held_who_came_home_are_handed_over(
    legs_of: Callable[..., Any], amount: int, held: str, where: str, back: str
) -> None:
    text = f"On 15 February, {amount} Ukrainian civilians {held} {where} {back}."
    assert legs_of(text) == {("RUS", "UKR", CIVILIANS): [Count.exact(amount)]}


def test_news_an_adverb_before_taken_away_still_takes_away(legs_of: Callable[..., Any]) -> None:
    # "illegally deported": no participle of holding after the adverb
    assert legs_of("Officials said 9,000 children illegally deported to Russia were listed.") == {}


# -- "together" before the verb adds several exchanges up


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=200, max_value=9_000),
    st.sampled_from(["The three handovers", "Both stages", "The May swaps, which"]),
)
def test_news_exchanges_that_together_moved_a_figure_give_a_total(
    legs_of: Callable[..., Any], amount: int, lead: str
) -> None:
    text = f"{lead} together brought {amount:,} Ukrainian soldiers home to Ukraine."
    assert legs_of(text) == {}
    assert tallies_of(text) == {("RUS", "UKR", POW): [Count.exact(amount)]}


def test_news_together_in_other_wording(legs_of: Callable[..., Any]) -> None:
    assert set(
        tallies_of("Taken over two weekends, the handovers together returned 2,400 bodies to Kyiv.")
    ) == {("RUS", "UKR", REMAINS)}
    # "together with" adds a group to the same handover
    assert set(legs_of("On Friday Russia returned 90 soldiers together with 12 civilians.")) == {
        ("RUS", "UKR", POW),
        ("RUS", "UKR", CIVILIANS),
    }


# -- ", together with ..." after a figure adds to its clause; it opens no sum


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=10, max_value=400))
def test_news_together_with_after_a_figure_is_no_sum(
    legs_of: Callable[..., Any], amount: int
) -> None:
    text = (
        f"On Tuesday {amount} Ukrainian soldiers came home, together with the body of a"
        f" volunteer, and Russia said {amount} of its servicemen went home in return."
    )
    assert tallies_of(text) == {}
    assert set(legs_of(text)) == {("RUS", "UKR", POW), ("UKR", "RUS", POW)}


def test_news_together_with_in_other_wording() -> None:
    # opening the sentence it still sums
    assert set(tallies_of("Together with Friday's group, 697 Ukrainians have come home.")) == {
        ("RUS", "UKR", OTHER)
    }
    assert (
        tallies_of(
            "Kyiv got back 40 soldiers, together with two priests, and Moscow said it had"
            " received 40 of its servicemen."
        )
        == {}
    )


@settings(max_examples=20, deadline=None)
@given(
    st.integers(min_value=100, max_value=2_000),
    st.sampled_from([("Ukraine", "RUS", "UKR"), ("Russia", "UKR", "RUS")]),
)
def test_news_handovers_that_each_moved_people_to_one_side_are_per_event(
    legs_of: Callable[..., Any], amount: int, side: tuple[str, str, str]
) -> None:
    name, sender, receiver = side
    text = f"In May and June the handovers each brought {amount:,} bodies to {name}."
    assert set(legs_of(text)) == {(sender, receiver, REMAINS)}


def test_news_each_before_the_figure_in_other_wording(legs_of: Callable[..., Any]) -> None:
    # no receiver named: "each" still shares the figure between the sides
    assert set(legs_of("The two sides each released 100 prisoners on Friday.")) == {
        ("RUS", "UKR", POW),
        ("UKR", "RUS", POW),
    }
    assert set(
        legs_of("Both transfers, in March and in April, each returned 64 soldiers to Ukraine.")
    ) == {("RUS", "UKR", POW)}


@settings(max_examples=25, deadline=None)
@given(
    side=st.sampled_from(["Ukraine", "Russia", "Kyiv"]),
    aux=st.sampled_from(["has", "had", "have"]),
    count=st.sampled_from(['"hundreds"', "hundreds", "300", '"dozens"']),
    adjective=st.sampled_from(["Russian ", "Ukrainian ", ""]),
    head=st.sampled_from(["prisoners", "captives"]),
    tail=st.sampled_from([" in the region", " during the incursion", ""]),
)
def test_news_a_side_that_has_taken_prisoners_captured_them(
    news: Callable[..., Any],
    side: str,
    aux: str,
    count: str,
    adjective: str,
    head: str,
    tail: str,
) -> None:
    """ "Ukraine says it has taken "hundreds" of Russian prisoners": a capture, no handover."""
    of = " of " if not count[-1].isdigit() else " "
    result = news(f"{side} says it {aux} taken {count}{of}{adjective}{head}{tail}.")
    assert result.exchanges == []
