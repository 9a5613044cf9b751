"""Sentences a careful reader would take no transfer or claim from: plans, offers, ratios, money.

Every sentence here is the kind a stranger's article carries next to its real figures; each must
yield nothing, so that the parser never publishes a number a journalist could not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Read = Any

NOTHING = [
    # "be able to" done only in its past: a future, a hope or a denial moves no one
    "Kyiv says it will be able to return 40 soldiers once the lists are agreed.",
    "Ukraine hopes to be able to bring home 60 marines before the winter.",
    "Kyiv was not able to return the 40 soldiers it had expected on Monday.",
    # "possible to return" done only in its past: a present, a future or a denial is no return
    "Kyiv says it is possible to return 45 civilians if the lists are agreed.",
    "The ombudswoman said it would be possible to bring back 70 marines in spring.",
    "Kyiv said it was not possible to return the 45 civilians on Monday.",
    # a relative clause with a verb of its own and a main verb that is not a handover
    "The 34 children who were deported to Russia and returned to Ukraine met reporters.",
    "Of the 34 teenagers who were taken to Russia, none has been brought back yet.",
    # a named deal with nothing saying it happened
    'The "420 for 420", proposed by Kyiv in March, was turned down by Moscow.',
    'The "420 for 420" deal was followed by talks on a larger exchange.',
    # plans, offers, readiness, expectation, agreement to act
    "Moscow says it is ready to return another 1,000 bodies next month if Kyiv agrees.",
    "Ukraine has offered to swap 300 captured Russian soldiers for its own defenders.",
    "Officials said 500 prisoners could be exchanged as early as next week.",
    "Russia proposed handovers of 640 bodies to Ukraine in March and of 757 in May.",
    "The losses in the border clashes were 40 on each side, the governor said.",
    "The next exchange, involving around 200 servicemen on each side, is expected on Friday.",
    "Both sides agreed to trade 1,200 prisoners in the coming weeks, negotiators said.",
    "The Kremlin proposed handing over 6,000 bodies of fallen Ukrainian soldiers.",
    "Russia plans to release 90 Ukrainian prisoners of war in the next swap.",
    "A second stage would see a further 390 civilians freed, the ministry said.",
    "Kyiv hopes to bring home 1,000 defenders before the winter.",
    "Moscow is prepared to hand over 2,000 bodies, a spokesman told reporters.",
    "The ombudsman said a swap of 200 for 200 might happen soon.",
    "Kyiv intends to return 500 Russian prisoners in exchange for its own.",
    "The exchange, if it goes ahead, would free 300 people from each side.",
    "Talks in Geneva discussed the release of up to 1,000 civilians.",
    "Ukraine is seeking to free a further 300 soldiers held in Russian prisons.",
    "Moscow proposes to exchange 1,000 prisoners for 1,000, Medinsky said.",
    "Russia suggested a swap of 500 POWs, which Ukraine rejected.",
    "Kyiv floated an exchange of 250 wounded captives at the talks.",
    "Moscow has promised the return of 500 Ukrainian soldiers.",
    "Lubinets said Ukraine was negotiating the return of 40 children.",
    "Kyiv now has 600 Russian prisoners ready for exchange, an official said.",
    "The two delegations are discussing a swap of 300 wounded captives.",
    "Zelensky said he was counting on the return of 1,000 defenders.",
    "Russia put forward an exchange of 1,000 prisoners.",
    "Kyiv awaits the return of 300 soldiers taken at Avdiivka.",
    "Negotiators in Riyadh agreed on an exchange of 250 for 250.",
    "Negotiators in Geneva have agreed an exchange of 250 captives on each side.",
    "The two governments settled on the release of 80 civilians apiece.",
    # a yes-no question asserts no handover
    "VERIFIED: Has Kyiv really sent home 2,000 Russian conscripts this year?",
    "Were 450 captives freed at the Belarusian border on Sunday, as bloggers claim?",
    # the name of a deal, not a handover: "the 'N for N' swap", "the N-for-N deal"
    "DAY THREE of the '800 for 800' prisoner swap",
    "A final round next week would complete the 600-for-600 exchange, officials said.",
    'In Doha the mediators brokered the "300 for 300" swap held in the spring.',
    # demands and the terms of a deal
    "Russia demanded that Ukraine hand over 600 soldiers captured in Kursk.",
    "The agreement provides for the release of 1,000 prisoners on each side.",
    "Rights groups called for the return of 300 civilians held in occupied towns.",
    "The Kremlin insists that Kyiv release 90 of its men first.",
    # a mandative subjunctive: a bare "be" under a verb of proposing or asking
    "The Kremlin suggested to the mediators that 800 captured Ukrainians be swapped next month.",
    "Kyiv's envoy urged Moscow at the talks that the 300 wounded servicemen be released first.",
    "The ombudsman requested, through the Red Cross, that 45 detained civilians be sent home.",
    # a verb told of an uncounted part of the figure, in a partitive relative
    "The offensive netted more than 900 enemy soldiers, some of whom were later handed back.",
    "Rights groups documented 2,300 detained civilians, a few of whom have since been freed.",
    "Kyiv says it holds 1,500 Russian conscripts, many of them already traded in swaps.",
    # people counted as held now, beside a verb of freeing told of others
    "Kyiv, citing men freed in earlier swaps, says 650 of its medics are held in Russian jails.",
    # delays, refusals, denials, demands
    "The swap of 84 prisoners was postponed on Wednesday after a last-minute dispute.",
    "Ukraine was due to receive 120 POWs on Monday, but the exchange did not take place.",
    "Kyiv denied that it had received 150 bodies from the Russian side on Tuesday.",
    "Officials did not confirm reports that 60 bodies had been repatriated.",
    "Zelensky again called for an all-for-all exchange of prisoners.",
    # a swap whose own clause is a plan, inside a sentence that says it fell through
    "The handover, in which 140 Ukrainians were to be traded for as many Russians, was scrapped.",
    "Officials said the swap, at which 75 captives were due to be exchanged for 75, collapsed.",
    "The exchange, under which 60 Russians would be swapped for 60 Ukrainians, never happened.",
    # the terms of a deal, and people whose own relative clause makes their handover a plan
    "The accord foresaw the repatriation of 2,500 bodies from each side by August.",
    "Kyiv still awaits news of the 700 soldiers on each side whose exchange was agreed in May.",
    "The 90 civilians whose return had been promised were still in Russia, relatives said.",
    # people on their way to a swap, not yet swapped
    "The trucks were taking 48 Russian conscripts to a planned prisoner exchange.",
    "A coach carrying 30 Ukrainian captives to the border swap was stopped at a checkpoint.",
    # money, distances, ages, years, equipment, staff, calls, strikes
    "The government set aside 25 million hryvnias for families of soldiers back from captivity.",
    "The bus carrying the freed men travelled 300 kilometres to Chernihiv.",
    "The youngest of those released was 19 and the oldest 61 years old.",
    "Some had been held since 2022, when the town fell.",
    "Ukraine received 40 armoured vehicles from its allies last month.",
    "The centre has 90 employees working on the cases of missing soldiers.",
    "The hotline received 2,500 calls from relatives in a single week.",
    "Ukrainian drones struck 12 targets overnight.",
    "Ukraine released a video showing 2 captured North Korean soldiers in a Kyiv hospital.",
    "Kyiv handed over a list of 500 names of soldiers it wants back.",
    "The ministry released the names of 46 prisoners it says are held in Taganrog.",
    # army sizes, rates, shares, ratios
    "Russia's army now counts about 600,000 troops in Ukraine, Kyiv estimates.",
    "Losses run at roughly 1,000 soldiers a day, according to the general staff.",
    "About 40% of those freed needed hospital treatment.",
    "For every Ukrainian returned, roughly two Russians were handed back, an analyst said.",
    "Moscow got back three captives for each Ukrainian it released, the analyst wrote.",
    "For every single soldier Kyiv freed, Russia sent home about four of its own.",
    # deported children, two-way totals
    "Ukraine says nearly 20,000 children have been deported to Russia since 2022.",
    "In all, 410 people changed hands on Saturday.",
    # people sent to both sides at once: a sum of the two directions
    "Through Vatican mediation, nine teenagers were brought back to relatives in Ukraine "
    "and Russia, the envoy said on Tuesday.",
    "Fourteen detained civilians went home to Russia and to Ukraine under the accord.",
    "Some 60 elderly residents were reunited with their families in Ukraine and in Russia.",
    # a part fronted by "among ... were": counted in a handover told as a whole
    "Among those handed back to Russia were also six residents of the Belgorod region, "
    "who had been detained during the raid, the governor said.",
    "Among the Ukrainians brought home from captivity on Saturday were 14 border guards.",
    # a participle of moving that only narrows people whose own verb is a later perfect
    "By its count, more than 400 Ukrainians freed this year had been held for over a year, "
    "the charity said.",
    "Doctors said about 500 soldiers returned in the spring have been treated for tuberculosis.",
    # ... or a later state of people freed before: rehabilitation, treatment still going on
    "The general told the board that 310 Russian servicemen released in March had "
    "completed their rehabilitation, without saying more.",
    "Some 75 Ukrainian marines freed over the summer had finished their treatment and "
    "rejoined their brigade, the navy said.",
    "About 40 Ukrainian civilians exchanged last week are still being cared for in a "
    "Chernihiv hospital, the ombudsman said.",
    # troops sent to fight, not handed over
    "Minsk has sent about 2,000 troops to Russia for joint drills, officials said.",
    "Seoul's spies say the North sent another 4,000 troops to Russia over the winter.",
    # the people a report talked to: its sample, not a count of returns
    "The study draws on interviews with 63 Ukrainian servicemen freed in swaps last year.",
    "Researchers surveyed 120 civilians released by Russia since 2023, the report says.",
    "Investigators questioned 35 Ukrainian soldiers returned in the May exchanges.",
    # ... nor a count of captives held or lost
    "Researchers spoke to 17 Russian POWs held by Ukraine for the report.",
    "The monitors say they have interviewed 180 Ukrainian prisoners held by Russia.",
    "The team talked with 30 Ukrainian servicemen in Russian captivity during a visit.",
    "The negotiators are working toward the return of about 500 detainees, an official said.",
    # "got" with "in return" or "in the first ..." that gets things, not people
    "Kyiv got 30 armoured vehicles in return for the grain, the minister said.",
    "The army got 40 tanks in the first delivery of Western aid last spring.",
    "The ruling party got 12 seats in the first round of the regional vote.",
    # what usually happens: a rate of handovers, not a handover or a total
    "Moscow gets back far fewer of its dead, normally a few dozen on each occasion.",
    "Every few months a column of lorries brings several hundred bodies across the line.",
    "At each handover Kyiv typically receives about 900 remains and sends back a few dozen.",
    "Once a fortnight, the two sides meet at the border and Russia returns 40 captives.",
    # a threshold in a relative clause after an ordinal ranks an event; it counts no one
    "That made it the fourth of the year at which Moscow took back 40 or fewer of its dead.",
    "It was only the second swap since 2022 in which Kyiv recovered 300 or more soldiers.",
]


def _yield(result: Read) -> list[object]:
    """Every transfer leg and claim the parser took from one sentence."""
    legs: list[object] = [t for e in result.exchanges for t in e.transfers]
    return legs + list(result.claims)


@pytest.mark.parametrize("sentence", NOTHING)
def test_sentence_yields_no_transfer_or_claim(news: Callable[..., Read], sentence: str) -> None:
    """A plan, offer, ratio or non-people number gives neither a transfer nor a claim."""
    assert _yield(news(sentence)) == []


def test_suggested_swap_is_a_plan(news: Callable[..., Read]) -> None:
    """A swap someone only suggested or put forward has not happened."""
    assert _yield(news("Moscow suggested an exchange of 700 prisoners last week.")) == []
    assert _yield(news("Ukraine offered a swap of 90 captured conscripts on Monday.")) == []


def test_suggestion_does_not_hide_a_later_handover(news: Callable[..., Read]) -> None:
    """A suggestion earlier in the sentence leaves a handover that did happen in place."""
    result = news("Russia suggested the swap, and on Monday it returned 150 Ukrainian soldiers.")
    legs = {
        (t.sender.code, t.receiver.code, str(t.count))
        for e in result.exchanges
        for t in e.transfers
    }
    assert legs == {("RUS", "UKR", "150")}


def test_per_side_figure_is_not_a_ratio(news: Callable[..., Read]) -> None:
    """ "100 for each side" names the sides: both legs are counts, not a ratio."""
    result = news("On Saturday Russia and Ukraine swapped 100 prisoners for each side.")
    legs = {
        (t.sender.code, t.receiver.code, str(t.count))
        for e in result.exchanges
        for t in e.transfers
    }
    assert legs == {("RUS", "UKR", "100"), ("UKR", "RUS", "100")}


# Generated sentences: a few dozen are enough, and the news fixture holds no state between them.
_GENERATED = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_GENERATED
@given(
    many=st.integers(min_value=2, max_value=9),
    owner=st.sampled_from(["Ukrainian", "Russian", "soldier", "prisoner"]),
)
def test_ratio_never_counts_people(news: Callable[..., Read], many: int, owner: str) -> None:
    """Whatever the numbers, a figure set against "for every <person>" is a rate, not a count."""
    words = ["two", "three", "four", "five", "six", "seven", "eight", "nine"][many - 2]
    sentence = f"For every {owner} freed, {words} captives were handed back to the other side."
    assert _yield(news(sentence)) == []


def test_demand_leaves_a_reported_handover_alone(news: Callable[..., Read]) -> None:
    """ "said that" is not a demand, and a call for talks does not govern a later handover."""
    told = news("Officials said that Russia handed over 300 Ukrainian soldiers on Friday.")
    assert [str(t.count) for e in told.exchanges for t in e.transfers] == ["300"]
    after = news("After Kyiv called for talks, Russia returned 120 soldiers on Monday.")
    assert [str(t.count) for e in after.exchanges for t in e.transfers] == ["120"]


def test_a_released_record_leaves_people_released_alone(news: Callable[..., Read]) -> None:
    """A handover told with a video beside it is still read; only the record itself is not."""
    result = news("Russia released 40 Ukrainian prisoners on Friday, a video showed.")
    assert [str(t.count) for e in result.exchanges for t in e.transfers] == ["40"]


@_GENERATED
@given(
    side=st.sampled_from(["Kyiv's", "Moscow's", "The ministry's", "Ukraine's"]),
    record=st.sampled_from(["figure", "estimate", "data", "report", "statistics"]),
    link=st.sampled_from(
        [", released in February,", " released in February", ", released on Monday,"]
    ),
    count=st.integers(min_value=2, max_value=9_000),
)
def test_a_released_figure_is_no_transfer(
    news: Callable[..., Read], side: str, record: str, link: str, count: int
) -> None:
    """A statistic, report or estimate "released" is published, not people freed."""
    sentence = f"{side} own {record}{link} was {count:,} dead."
    assert [t for e in news(sentence).exchanges for t in e.transfers] == []


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Russia released 101 prisoners in February.", "101"),
        ("The figures show Russia released 40 Ukrainian soldiers on Friday.", "40"),
        ("A report said Russia had released 40 Ukrainian soldiers on Friday.", "40"),
    ],
)
def test_people_released_after_a_record_word_stay_read(
    news: Callable[..., Read], sentence: str, count: str
) -> None:
    """Only a record named right before "released" unmakes it: people released stay read."""
    assert [str(t.count) for e in news(sentence).exchanges for t in e.transfers] == [count]


def test_a_plan_beside_a_done_swap_leaves_the_done_one(news: Callable[..., Read]) -> None:
    """Only a plan's own verb unmakes its figures: a swap that was done keeps both sides."""
    result = news(
        "In the swap, which Kyiv had long sought, 75 Ukrainians were traded for 75 Russians."
    )
    legs = {
        (t.sender.code, t.receiver.code, str(t.count))
        for e in result.exchanges
        for t in e.transfers
    }
    assert legs == {("RUS", "UKR", "75"), ("UKR", "RUS", "75")}


@_GENERATED
@given(
    noun=st.sampled_from(["swap", "exchange", "handover"]),
    plan=st.sampled_from(["were to be", "were due to be", "would be", "were supposed to be"]),
    verb=st.sampled_from(["exchanged", "swapped", "traded"]),
    people=st.sampled_from(["Ukrainians", "prisoners", "Russian soldiers", "captives"]),
    fate=st.sampled_from(["was called off", "did not take place", "was cancelled", "fell through"]),
    amount=st.integers(min_value=2, max_value=999),
)
def test_a_planned_swap_never_yields_a_transfer(
    news: Callable[..., Read], noun: str, plan: str, verb: str, people: str, fate: str, amount: int
) -> None:
    """Whatever the words, a swap whose people were only to be exchanged moved nobody."""
    sentence = f"The {noun}, in which {amount} {people} {plan} {verb} for {amount}, {fate}."
    assert _yield(news(sentence)) == []


@_GENERATED
@given(
    amount=st.integers(min_value=20, max_value=2000),
    noun=st.sampled_from(["swap", "exchange", "handover", "deal"]),
    written=st.sampled_from(["{n}-for-{n}", "'{n} for {n}'", '"{n} for {n}"']),
    frame=st.sampled_from(
        [
            "Officials met again to discuss the {pair} {noun}.",
            "The second stage of the {pair} {noun} began at dawn.",
            "Critics said the {pair} {noun} left many families waiting.",
            # told done only by what follows: a plan or a stall after the name is not that
            "The {pair} {noun}, proposed by Kyiv, was rejected.",
            "The {pair} {noun}, held up by disputes over the lists, may come in spring.",
            "Then came talk of the {pair} {noun}, agreed in principle only.",
        ]
    ),
)
def test_a_named_deal_never_yields_a_transfer(
    news: Callable[..., Read], amount: int, noun: str, written: str, frame: str
) -> None:
    """Whatever its size or spelling, "the N-for-N swap" names a deal: no one is handed over."""
    pair = written.format(n=f"{amount:,}")
    assert _yield(news(frame.format(pair=pair, noun=noun))) == []


@pytest.mark.parametrize(
    ("sentence", "legs"),
    [
        # a handover told beside the deal's name is still read
        (
            "On the second day of the '700 for 700' swap, 250 Ukrainian soldiers came home.",
            {("RUS", "UKR", "250")},
        ),
        # a hyphenated pair with a participle of doing after its noun: a swap carried out
        (
            "Kyiv said the next round could exceed the 500-for-500 swap completed in April.",
            {("RUS", "UKR", "500"), ("UKR", "RUS", "500")},
        ),
        # a rank by size sets the named deal among the swaps counted
        (
            "Of the eight swaps this year, the biggest was the '450 for 450' exchange in July.",
            {("RUS", "UKR", "450"), ("UKR", "RUS", "450")},
        ),
        # an indefinite pair sizes a swap told as done
        (
            "On Friday the sides carried out a 90-for-90 swap brokered by Qatar.",
            {("RUS", "UKR", "90"), ("UKR", "RUS", "90")},
        ),
        # a wh-question takes the handover as given, and a question beside it asks nothing of it
        (
            "Why did Moscow hand back 60 Ukrainian sailors on Tuesday?",
            {("RUS", "UKR", "60")},
        ),
        (
            "Will the talks go on? On Monday Kyiv freed 45 Russian soldiers.",
            {("UKR", "RUS", "45")},
        ),
        # "the agreed swap" names the deal that then took place
        (
            "The agreed swap of 300 for 300 took place on Friday at the border.",
            {("RUS", "UKR", "300"), ("UKR", "RUS", "300")},
        ),
    ],
)
def test_a_handover_beside_a_deal_is_kept(
    news: Callable[..., Read], sentence: str, legs: set[tuple[str, str, str]]
) -> None:
    """Only the deal's name and the deal struck are no handover: a swap done is still read."""
    result = news(sentence)
    assert {
        (t.sender.code, t.receiver.code, str(t.count))
        for e in result.exchanges
        for t in e.transfers
    } == legs


def test_a_relative_plan_leaves_the_peoples_own_done_verb(news: Callable[..., Read]) -> None:
    """ "whose return had been delayed" tells its history; the people's own verb was done."""
    result = news(
        "The 120 soldiers whose return had been delayed for weeks were finally handed over "
        "to Ukraine on Friday."
    )
    assert [(t.receiver.code, str(t.count)) for e in result.exchanges for t in e.transfers] == [
        ("UKR", "120")
    ]


def test_a_closed_partitive_relative_leaves_the_main_verb(news: Callable[..., Read]) -> None:
    """ "..., some of whom had been held, came home": the verb after it is the figure's."""
    result = news(
        "Sixty-two Ukrainians, some of whom had been held in Donetsk for years, crossed back "
        "into Ukraine on Tuesday."
    )
    assert [(t.receiver.code, str(t.count)) for e in result.exchanges for t in e.transfers] == [
        ("UKR", "62")
    ]


@_GENERATED
@given(
    amount=st.integers(min_value=20, max_value=9999),
    part=st.sampled_from(["some", "many", "most", "a few", "several", "none"]),
    link=st.sampled_from(["whom", "them"]),
    verb=st.sampled_from(["were later exchanged", "have since been freed", "were handed back"]),
)
def test_a_part_of_a_figure_is_never_its_transfer(
    news: Callable[..., Read], amount: int, part: str, link: str, verb: str
) -> None:
    """Whatever the words, a verb told of "some of whom" moves no counted number of people."""
    sentence = f"The offensive netted {amount} Russian soldiers, {part} of {link} {verb}."
    assert _yield(news(sentence)) == []


@_GENERATED
@given(
    asked=st.sampled_from(["proposed", "suggested", "demanded", "requested", "insisted"]),
    amount=st.integers(min_value=2, max_value=9999),
    people=st.sampled_from(["prisoners of war", "civilians", "wounded soldiers", "soldiers"]),
    verb=st.sampled_from(["exchanged", "returned", "handed over", "released"]),
)
def test_a_subjunctive_never_yields_a_transfer(
    news: Callable[..., Read], asked: str, amount: int, people: str, verb: str
) -> None:
    """Whatever the numbers, people someone asked "be exchanged" were not moved."""
    sentence = f"Moscow {asked} to Kyiv that {amount} Ukrainian {people} be {verb} soon."
    assert _yield(news(sentence)) == []


@_GENERATED
@given(
    amount=st.integers(min_value=2, max_value=99999),
    people=st.sampled_from(["soldiers", "soldiers and civilians", "defenders", "sailors"]),
    state=st.sampled_from(["are in Russian captivity", "are held in Russia", "is in custody"]),
)
def test_a_count_of_captives_now_is_never_a_transfer(
    news: Callable[..., Read], amount: int, people: str, state: str
) -> None:
    """Whatever the numbers, people said to be in captivity now were not moved.

    They are still held: at most a count of Ukraine's captives, never a transfer.
    """
    sentence = f"Families of those already released say {amount} Ukrainian {people} {state}."
    read = news(sentence)
    assert [t for e in read.exchanges for t in e.transfers] == []
    assert {(c.subject.code, c.category.value) for c in read.claims} <= {("UKR", "captured")}


@_GENERATED
@given(
    amount=st.integers(min_value=2, max_value=9999),
    people=st.sampled_from(["children", "civilians", "detainees", "prisoners"]),
    verb=st.sampled_from(["were returned", "went home", "were reunited with their families"]),
    places=st.sampled_from(
        ["in Russia and Ukraine", "to Ukraine and to Russia", "in Ukraine and in Russia"]
    ),
)
def test_people_sent_to_both_sides_are_never_one_sides_transfer(
    news: Callable[..., Read], amount: int, people: str, verb: str, places: str
) -> None:
    """A number that went to both sides at once is no one side's receipt."""
    sentence = f"Officials said {amount} {people} {verb} {places} on Monday."
    assert _yield(news(sentence)) == []


def test_one_sides_return_beside_the_others_verb_is_kept(news: Callable[..., Read]) -> None:
    """ "returned to Ukraine and Russia received 30": the second side opens its own clause."""
    result = news("Thirty soldiers were returned to Ukraine and Russia got back 30 of its own.")
    assert {(t.receiver.code, str(t.count)) for e in result.exchanges for t in e.transfers} == {
        ("UKR", "30"),
        ("RUS", "30"),
    }


@_GENERATED
@given(
    whole=st.integers(min_value=20, max_value=400),
    part=st.integers(min_value=2, max_value=19),
    people=st.sampled_from(["civilians", "women", "medics", "chaplains"]),
    verb=st.sampled_from(["came home", "were freed", "returned to Ukraine"]),
)
def test_a_part_named_with_including_is_never_its_own_transfer(
    news: Callable[..., Read], whole: int, part: int, people: str, verb: str
) -> None:
    """ "N Ukrainians, including M civilians, came home for N Russians": M is among the N."""
    sentence = (
        f"{whole} Ukrainians, including {part} {people}, {verb} in exchange for {whole} Russians."
    )
    counts = {str(t.count) for e in news(sentence).exchanges for t in e.transfers}
    assert str(part) not in counts


def test_troops_sent_in_a_swap_are_still_handed_over(news: Callable[..., Read]) -> None:
    """ "sent 40 captured troops to Russia in exchange for 40": a handover, not a deployment."""
    result = news(
        "Kyiv sent 40 captured Russian troops to Russia on Friday in exchange for 40 Ukrainians."
    )
    assert ("RUS", "40") in {
        (t.receiver.code, str(t.count)) for e in result.exchanges for t in e.transfers
    }


def test_a_perfect_that_moves_them_again_keeps_the_return(news: Callable[..., Read]) -> None:
    """ "200 prisoners released on Friday have been flown home": still the handover."""
    result = news("Some 200 Ukrainian prisoners released on Friday have been flown home to Kyiv.")
    assert [t.count.best for e in result.exchanges for t in e.transfers] == [200]


def _legs(result: Read) -> set[tuple[str, str, str]]:
    """(receiver, category, count) of every transfer leg read."""
    return {
        (t.receiver.code, t.category.value, str(t.count))
        for e in result.exchanges
        for t in e.transfers
    }


@_GENERATED
@given(
    soldiers=st.integers(min_value=20, max_value=400),
    civilians=st.integers(min_value=2, max_value=19),
    verb=st.sampled_from(["crossed back from Belarus on Friday", "came home", "were freed"]),
    mirror=st.sampled_from(
        [
            "Moscow said it got back the same number of its own people",
            "Russia took back an equal number of its citizens",
            "the Russian side received the same number of people in return",
        ]
    ),
)
def test_the_other_sides_same_number_never_takes_one_sides_split(
    news: Callable[..., Read], soldiers: int, civilians: int, verb: str, mirror: str
) -> None:
    """ "N Ukrainians, A of them soldiers and B civilians, ..., and Russia the same number":
    the Russian leg is the whole N; the split was told of the Ukrainians only."""
    whole = soldiers + civilians
    sentence = (
        f"{whole} Ukrainians, {soldiers} of them soldiers and {civilians} civilians, {verb}, "
        f"and {mirror}."
    )
    to_russia = {(c, n) for r, c, n in _legs(news(sentence)) if r == "RUS"}
    assert to_russia <= {("other", str(whole))}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kyiv said 150 soldiers and 62 civilians came home on Monday, and Russia got back the "
        "same number of people.",
        "On Monday 150 soldiers and 62 civilians came home to Ukraine; Moscow took back the same "
        "number of its citizens.",
    ],
)
def test_the_same_number_of_people_after_two_kinds_never_repeats_the_last(
    news: Callable[..., Read], sentence: str
) -> None:
    """People of no one kind after "A soldiers and B civilians" are both together, not B.

    With no sum stated for them, the other side's leg is left unread.
    """
    legs = _legs(news(sentence))
    assert {r for r, _, _ in legs} == {"UKR"}


def test_a_sum_stated_after_the_same_number_of_people_is_read_as_people_of_no_kind(
    news: Callable[..., Read],
) -> None:
    """Only a sum the sentence states after the phrase ("410 in all") goes the other way,
    as people of no one kind; each listed kind still goes its own way.
    """
    legs = _legs(
        news(
            "The ministry said 370 soldiers and 40 civilians were handed over to Kyiv, and that "
            "Moscow got back the same number of people in return, 410 in all."
        )
    )
    assert legs == {
        ("UKR", "prisoners_of_war", "370"),
        ("UKR", "civilians", "40"),
        ("RUS", "other", "410"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        # a second figure said in words, with "the same split", keeps the parts both ways
        "Kyiv says 212 Ukrainians, 150 of them soldiers and 62 civilians, are home, and Moscow, "
        "which also says it got back 212 people, reports the same split for its side.",
        # a nationality after "A soldiers and B civilians" repeats each part, each of its kind
        "On Monday 150 soldiers and 62 civilians came home to Ukraine in exchange for the same "
        "number of Russians.",
    ],
)
def test_a_split_the_other_side_shares_is_kept(news: Callable[..., Read], sentence: str) -> None:
    """Where the text gives the other side the same parts, each part still goes both ways."""
    assert {("RUS", "prisoners_of_war", "150"), ("RUS", "civilians", "62")} <= _legs(
        news(sentence, breakdowns="both")
    )


@_GENERATED
@given(
    loss=st.sampled_from(["losses", "casualties", "deaths", "fatalities", "death toll"]),
    count=st.integers(min_value=2, max_value=900),
    sides=st.sampled_from(["each way", "on each side", "in each direction", "per side"]),
)
def test_losses_per_side_never_move_anyone(
    news: Callable[..., Read], loss: str, count: int, sides: str
) -> None:
    """ "The losses that day were 40 on each side" counts the dead, not a swap's size."""
    result = news(f"The {loss} in the fighting on Tuesday were {count} {sides}.")
    assert [t for e in result.exchanges for t in e.transfers] == []


@_GENERATED
@given(
    amount=st.integers(min_value=2, max_value=9999),
    verb=st.sampled_from(["interviewed", "spoke to", "questioned", "talked with"]),
    held=st.sampled_from(["Russian POWs held by Ukraine", "Ukrainian prisoners held by Russia"]),
)
def test_people_talked_to_are_never_a_count_held(
    news: Callable[..., Read], amount: int, verb: str, held: str
) -> None:
    """The people a monitor talked to are its sample, whatever their number or side."""
    assert _yield(news(f"The mission also {verb} {amount} {held}.")) == []


@_GENERATED
@given(
    many=st.integers(min_value=20, max_value=3000),
    verb=st.sampled_from(["captured", "seized", "taken prisoner"]),
    head=st.sampled_from(["a figure", "a number", "a total"]),
    hope=st.sampled_from(
        ["Kyiv hopes to cut with a new swap", "officials want to trade in the next exchange"]
    ),
)
def test_restated_capture_count_is_no_handover(
    news: Callable[..., Read], many: int, verb: str, head: str, hope: str
) -> None:
    """A capture count restated by "a figure ..." that names a swap stays a count of captures."""
    held = (
        f"Russian forces have {verb} {many} Ukrainian soldiers"
        if verb != "taken prisoner"
        else (f"Russian forces have taken {many} Ukrainian soldiers prisoner")
    )
    result = news(f"Moscow says {held}, {head} {hope}.")
    assert [t for e in result.exchanges for t in e.transfers] == []


def test_a_rate_leaves_the_dated_handover_beside_it(news: Callable[..., Read]) -> None:
    """Only the present verb that says how often is a rate: a dated handover told past stays."""
    result = news(
        "Russia usually gets back a few dozen bodies. On Tuesday Russia received 41 bodies, "
        "and each time, the Red Cross was present."
    )
    legs = {
        (t.sender.code, t.receiver.code, str(t.count))
        for e in result.exchanges
        for t in e.transfers
    }
    assert legs == {("UKR", "RUS", "41")}


def _assert_moves_and_totals_nobody(result: Read) -> None:
    """The parser took neither a transfer leg nor a running total from the text."""
    assert [t for e in result.exchanges for t in e.transfers] == []
    assert result.tallies == []


@_GENERATED
@given(
    amount=st.integers(min_value=20, max_value=5000),
    side=st.sampled_from(["Ukraine", "Russia", "Kyiv", "Moscow"]),
    verb=st.sampled_from(["receives", "gets back", "hands over", "returns", "brings home"]),
    people=st.sampled_from(["bodies", "prisoners of war", "captives", "servicemen"]),
    how_often=st.sampled_from(
        [
            "{s} {v} {n} {p} each time.",
            "Every few weeks {s} {v} {n} {p}.",
            "Once a month, {s} {v} about {n} {p}.",
            "{s} usually {v} {n} {p}.",
            "{s} typically {v} some {n} {p} per handover.",
        ]
    ),
)
def test_a_rate_of_handovers_never_yields_a_transfer(
    news: Callable[..., Read], amount: int, side: str, verb: str, people: str, how_often: str
) -> None:
    """Whatever the words, a present verb that says how often moves nobody on any day."""
    sentence = how_often.format(s=side, v=verb, n=f"{amount:,}", p=people)
    _assert_moves_and_totals_nobody(news(sentence[0].upper() + sentence[1:]))


@_GENERATED
@given(
    amount=st.integers(min_value=5, max_value=3000),
    rank=st.sampled_from(["second", "third", "fifth", "eighth"]),
    bound=st.sampled_from(["or fewer", "or more", "or less"]),
    frame=st.sampled_from(
        [
            "It was the {r} handover at which Russia received {n} {b} bodies.",
            "This was the {r} exchange in which Ukraine got back {n} {b} prisoners.",
            "Friday's was the {r} transfer since June where Kyiv returned {n} {b} remains.",
        ]
    ),
)
def test_a_ranked_threshold_never_yields_a_figure(
    news: Callable[..., Read], amount: int, rank: str, bound: str, frame: str
) -> None:
    """Whatever the numbers, "the Nth ... at which X got N or fewer" moves and totals nobody."""
    _assert_moves_and_totals_nobody(news(frame.format(r=rank, n=f"{amount:,}", b=bound)))


def test_a_threshold_outside_a_ranking_is_still_read(news: Callable[..., Read]) -> None:
    """Only the ranking relative clause drops the figure: a dated handover's floor stays."""
    result = news("On Friday Russia received 30 or more bodies in the fifth handover.")
    assert [str(t.count) for e in result.exchanges for t in e.transfers] == ["at least 30"]


# What became of people freed before, told by their own verb after the participle.
_LATER_STATES = [
    "had completed their rehabilitation",
    "had finished medical treatment",
    "have since rejoined their units",
    "are still being treated in hospital",
]


@_GENERATED
@given(
    side=st.sampled_from(["Russian", "Ukrainian"]),
    noun=st.sampled_from(["servicemen", "marines", "soldiers", "civilians"]),
    moved=st.sampled_from(["freed", "released", "exchanged", "returned", "swapped"]),
    state=st.sampled_from(_LATER_STATES),
    many=st.integers(min_value=11, max_value=900),
)
def test_a_later_state_of_people_moved_before_is_never_a_transfer(
    news: Callable[..., Read], side: str, noun: str, moved: str, state: str, many: int
) -> None:
    """People a participle says were moved before, told in a later state of their own
    ("310 servicemen freed in March had completed their rehabilitation"), are no handover."""
    sentence = f"The ministry said that {many} {side} {noun} {moved} in March {state}."
    assert _yield(news(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "legs"),
    [
        (
            "The 140 Russian servicemen freed on Friday had been flown home by evening.",
            {("UKR", "RUS", "140")},
        ),
        (
            "The 90 Ukrainian soldiers freed in the swap have been taken to Chernihiv.",
            {("RUS", "UKR", "90")},
        ),
        (
            "The 60 Ukrainian civilians freed by Russia on Monday had arrived in Chernihiv.",
            {("RUS", "UKR", "60")},
        ),
    ],
)
def test_people_moved_again_after_the_participle_are_still_read(
    news: Callable[..., Read], sentence: str, legs: set[tuple[str, str, str]]
) -> None:
    """A later verb that moves the people again still tells of the handover."""
    assert {
        (t.sender.code, t.receiver.code, str(t.count))
        for e in news(sentence).exchanges
        for t in e.transfers
    } == legs


_REPATRIATION = (
    "KYIV — The bodies of 400 soldiers were repatriated to Ukraine on Friday, police said. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Forensic teams have so far identified about 2,400 of the bodies repatriated since "
        "2023, the police said.",
        "The laboratory has by now examined 3,000 of the remains handed over since the spring.",
        "Military hospitals have treated more than 900 of the soldiers freed since 2022.",
    ],
)
def test_work_on_people_already_back_is_no_total(
    receipts: Callable[..., Any], sentence: str
) -> None:
    """People a verb of work (identifying, examining, treating) counts among those returned
    are its workload, not a running total of returns."""
    assert receipts(_REPATRIATION + sentence) == ({("UKR", "remains", "400")}, set())


@_GENERATED
@given(
    total=st.integers(min_value=1_000, max_value=9_000),
    part=st.integers(min_value=11, max_value=900),
    noun=st.sampled_from(["civilians", "children", "women"]),
    moved=st.sampled_from(["returned", "freed", "brought back"]),
    how=st.sampled_from(
        ["outside the framework of exchanges", "through Qatari mediation", "without a swap"]
    ),
)
def test_a_part_of_a_running_total_goes_its_way_and_is_no_exchange(
    receipts: Callable[..., Any], total: int, part: int, noun: str, moved: str, how: str
) -> None:
    """An "including" part of a total of returns, with its own participle and no day, is
    counted in the total: never a handover of its own, never a total going the other way."""
    transfers, tallies = receipts(
        f"KYIV — Since 2022, {total:,} citizens of Ukraine have been returned from captivity, "
        f"including {part} {noun} {moved} {how}, the ombudsman said."
    )
    assert transfers == set()
    assert all(receiver == "UKR" for receiver, _, _ in tallies)


@_GENERATED
@given(
    st.sampled_from(["Kyiv", "Moscow", "Ukraine's army", "The Russian ministry"]),
    st.sampled_from(
        [
            "does not hold",
            "doesn't hold",
            "has not counted",
            "did not record",
            "has never confirmed",
        ]
    ),
    st.sampled_from(["thousands of", "500", "more than 1,200", "about 3,000"]),
    st.sampled_from(["enemy dead", "Russian dead", "Ukrainian dead", "killed soldiers"]),
)
def test_a_toll_a_negated_verb_takes_is_no_claim(
    news: Callable[..., Read], found: Any, who: str, verb: str, count: str, people: str
) -> None:
    """ "Kyiv says it does not hold thousands of Russian dead": what is denied is no count."""
    assert found(news(f"{who} says it {verb} {count} {people}.")) == set()


def test_the_same_toll_told_without_negation_stays_a_claim(
    news: Callable[..., Read], found: Any
) -> None:
    assert found(news("The Russian ministry says it has counted 500 Ukrainian dead."))


@_GENERATED
@given(
    st.sampled_from(["The plane was carrying", "A bus took", "A convoy was transporting"]),
    st.integers(min_value=2, max_value=900),
    st.sampled_from(["captured Ukrainian servicemen", "Russian prisoners", "Ukrainian civilians"]),
    st.sampled_from(["an exchange", "a swap", "the exchange", "the planned swap"]),
)
def test_people_moved_for_an_exchange_are_not_exchanged(
    news: Callable[..., Read], vehicle: str, amount: int, people: str, purpose: str
) -> None:
    """ "a plane carrying 65 captured servicemen to Belgorod for an exchange": the trip's aim."""
    sentence = f"{vehicle} {amount} {people} to the border for {purpose} on Wednesday."
    assert _yield(news(sentence)) == []


def test_people_handed_over_in_an_exchange_are_still_exchanged(news: Callable[..., Read]) -> None:
    result = news("Russia handed over 65 Ukrainian prisoners for the exchange on Friday.")
    assert [(t.sender.code, str(t.count)) for e in result.exchanges for t in e.transfers] == [
        ("RUS", "65")
    ]


@_GENERATED
@given(
    st.sampled_from(["Russia", "Ukraine", "Moscow", "Kyiv"]),
    st.sampled_from(["has not lost", "hasn't lost", "did not lose", "has never lost"]),
    st.sampled_from(['"{n}"', "“{n}”"]),
    st.sampled_from(["two million soldiers", "300,000 troops", "more than 500,000 men"]),
)
def test_a_quoted_toll_a_negated_verb_takes_is_no_claim(
    news: Callable[..., Read], found: Any, who: str, verb: str, quoted: str, toll: str
) -> None:
    """'No, Russia has not lost "two million soldiers"': the quote opened before the figure
    does not hide the negation."""
    text = f"FACT CHECK: No, {who} {verb} {quoted.format(n=toll)} in the war."
    assert found(news(text)) == set()


def test_a_quoted_toll_without_negation_stays_a_claim(
    news: Callable[..., Read], found: Any
) -> None:
    assert found(news('Kyiv says Russia has lost "300,000 soldiers" in the war.'))


@_GENERATED
@given(
    st.sampled_from(["Ukraine", "Russia", "Kyiv", "Moscow"]),
    st.sampled_from(["had lost", "had really lost", "had suffered"]),
    st.sampled_from(["a million men", "200,000 soldiers", "more than 500,000 casualties"]),
    st.sampled_from(["there would be no front line", "it would have run out of troops"]),
)
def test_a_toll_in_an_unreal_if_clause_is_no_claim(
    news: Callable[..., Read], found: Any, who: str, verb: str, toll: str, then: str
) -> None:
    """ "If Ukraine had lost a million men, there would be no front line": a supposed loss,
    denied by its "would", is no count anyone gives."""
    assert found(news(f"That is not serious. If {who} {verb} {toll}, {then}.")) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said Russia had lost 300,000 soldiers, which would mean a huge toll.",
        "Zelensky said Russia had lost 300,000 soldiers and would lose more.",
    ],
)
def test_a_past_perfect_toll_without_if_stays_a_claim(
    news: Callable[..., Read], found: Any, text: str
) -> None:
    assert found(news(text))


@_GENERATED
@given(
    carried=st.integers(min_value=5, max_value=90),
    extra=st.integers(min_value=1, max_value=20),
    who=st.sampled_from(["Moscow", "Russia", "Russia's defence ministry"]),
    where=st.sampled_from(["on board", "aboard"]),
    died=st.sampled_from(["had died", "died", "had been killed", "were killed"]),
)
def test_people_on_board_who_died_are_never_handed_over(
    news: Callable[..., Read], carried: int, extra: int, who: str, where: str, died: str
) -> None:
    # "carrying 65 Ukrainian prisoners to an exchange and that all 74 people on board had
    # died": the craft's toll, not people handed over; "on board" does not part them from
    # their verb of dying
    text = (
        f"{who} said the plane had been carrying {carried} Ukrainian prisoners to an exchange"
        f" and that all {carried + extra} people {where} {died}."
    )
    counts = {t.count.best for e in news(text).exchanges for t in e.transfers}
    assert carried + extra not in counts


def test_people_handed_over_on_board_a_bus_stay_handed_over(news: Callable[..., Read]) -> None:
    text = "Russia handed over 40 Ukrainian prisoners on board a bus on Friday."
    counts = {t.count.best for e in news(text).exchanges for t in e.transfers}
    assert counts == {40}


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(["hundreds of", "300", "dozens of", "about 250"]),
    st.sampled_from(["had", "now had", "held", "still holds", "has"]),
    st.sampled_from(["Kyiv", "Moscow", "Ukraine"]),
    st.sampled_from(
        ["and exchanges came faster", "and swaps resumed", "and the exchange followed"]
    ),
)
def test_people_held_before_a_clause_of_exchanges_move_no_one(
    legs_of: Callable[..., Any], figure: str, having: str, side: str, clause: str
) -> None:
    """ "Kyiv now had hundreds of captured Russian conscripts, and exchanges came faster"."""
    text = f"{side} {having} {figure} captured Russian conscripts, {clause}."
    assert legs_of(text) == {}


def test_people_moved_before_a_clause_of_exchanges_are_still_read(
    legs_of: Callable[..., Any],
) -> None:
    """A verb of moving, not of having, still takes the figure: "received 300 soldiers, and"."""
    assert legs_of("Ukraine received 300 soldiers, and exchanges came faster.") != {}


@_GENERATED
@given(
    side=st.sampled_from(["Russia", "Moscow", "Kyiv", "Russian officials", "The ministry"]),
    verb=st.sampled_from(["received", "returned", "evacuated", "rescued", "handed over"]),
    marks=st.sampled_from([('"', '"'), ("“", "”"), ("‘", "’")]),
    amount=st.integers(min_value=2, max_value=900_000),
    people=st.sampled_from(["children", "civilians", "soldiers", "Ukrainians"]),
)
def test_a_scare_quoted_handover_is_never_a_transfer(
    news: Callable[..., Read],
    side: str,
    verb: str,
    marks: tuple[str, str],
    amount: int,
    people: str,
) -> None:
    """'Russia says it "received" 700,000 children': a verb quoted alone is a contested word."""
    opening, closing = marks
    text = f"{side} said it had {opening}{verb}{closing} {amount:,} {people} on Sunday."
    assert _yield(news(text)) == []


def test_a_quoted_statement_of_a_handover_is_still_read(news: Callable[..., Read]) -> None:
    """Quote marks that enclose more than the verb are a quotation, not a contested word."""
    told = news('Russia said it had "returned 300 Ukrainian soldiers" on Sunday.')
    assert [str(t.count) for e in told.exchanges for t in e.transfers] == ["300"]
    plain = news('Russia said it had returned 300 Ukrainian soldiers on Sunday, calling it "fair".')
    assert [str(t.count) for e in plain.exchanges for t in e.transfers] == ["300"]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(["at most", "up to", "no more than"]),
    st.sampled_from(["a few dozen", "dozens of", "several hundred", "a few hundred"]),
    st.sampled_from(["Ukraine", "Kyiv"]),
    st.integers(min_value=200, max_value=2000),
)
def test_an_upper_bound_on_a_vague_count_reads_no_figure(
    receipts: Callable[..., Any], bound: str, vague: str, side: str, amount: int
) -> None:
    # "receiving at most a few dozen Russian remains": the bound caps a guess with no
    # number, so the vague figure is left unread while the exact one stays
    sentence = (
        f"{side} took back {amount:,} bodies on Monday, while handing over {bound} {vague}"
        " Russian remains in exchange."
    )
    transfers, _ = receipts(sentence)
    assert [count for _, _, count in transfers] == [f"{amount:,}"]


def test_an_upper_bound_on_a_number_keeps_its_bound(receipts: Callable[..., Any]) -> None:
    transfers, _ = receipts(
        "Ukraine took back 1,000 bodies on Monday, while handing over at most 30 Russian remains."
    )
    assert sorted(count for _, _, count in transfers) == ["1,000", "at most 30"]


@settings(
    deadline=None, max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(("Has", "Did", "Have")),
    st.sampled_from(("Russia", "Ukraine")),
    st.sampled_from(("a million", "500,000", "nearly 90,000")),
    st.sampled_from(("", "Fact check: ")),
)
def test_news_a_figure_in_a_yes_no_question_is_asked_not_claimed(
    news: Callable[..., Any], aux: str, side: str, figure: str, label: str
) -> None:
    """ "Fact check: Has Russia really lost 'a million soldiers killed'?": no one claims it."""
    verb = "lost" if aux != "Did" else "lose"
    assert news(f'{label}{aux} {side} really {verb} "{figure} soldiers killed"?').claims == []


@settings(
    deadline=None, max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(("Posts", "Viral posts", "Social media posts", "Messages")),
    st.sampled_from(("say", "claim", "said")),
    st.integers(100, 999),
)
def test_news_what_posts_online_say_is_hearsay_not_a_claim(
    news: Callable[..., Any], posts: str, verb: str, thousands: int
) -> None:
    text = (
        f'{posts} shared widely on X {verb} that "Russia has lost {thousands},000 soldiers killed".'
    )
    assert news(text).claims == []


@pytest.mark.parametrize(
    "text",
    [
        "How many soldiers has Russia lost? Kyiv says 900,000 Russian soldiers have been killed.",
        "The ministry said in posts on Telegram that 900,000 Russian soldiers had been killed.",
    ],
)
def test_news_answers_and_ministry_posts_stay_claims(news: Callable[..., Any], text: str) -> None:
    assert len(news(text).claims) == 1


_SWAP_SCENE = (
    "A mother's vigil after another swap\n\n"
    "When a swap is announced she refreshes the channel of the Coordination Headquarters "
    "every few minutes. Her son disappeared near Kurakhove in November 2023. "
)


@settings(max_examples=25, deadline=None)
@given(
    count=st.sampled_from(["Two", "Three", "Five", "12"]),
    people=st.sampled_from(["men", "soldiers", "former prisoners", "Ukrainian marines"]),
    freed=st.sampled_from(["were released from captivity", "had been freed", "were swapped"]),
    when=st.sampled_from(["last year", "in the spring", "in 2024", ""]),
    spoke=st.sampled_from(["told her", "said", "told reporters"]),
)
def test_people_who_were_freed_and_speak_are_witnesses_not_a_handover(
    news: Callable[..., Read], count: str, people: str, freed: str, when: str, spoke: str
) -> None:
    """ "Two men who were released last year told her ...": the figure counts speakers."""
    sentence = f"{count} {people} who {freed} {when} {spoke} they had seen him in Taganrog."
    result = news(_SWAP_SCENE + " ".join(sentence.split()))
    assert _yield(result) == []
    assert list(result.tallies) == []


def test_people_freed_before_a_speech_tag_are_still_handed_over(
    news: Callable[..., Read],
) -> None:
    """A handover told as the main clause, with a tag of speaking after it, stays."""
    result = news("Russia released 40 Ukrainian soldiers on Monday, officials told reporters.")
    assert [str(t.count) for e in result.exchanges for t in e.transfers] == ["40"]


@_GENERATED
@given(
    amount=st.integers(min_value=2, max_value=9999),
    between=st.sampled_from(["", "another ", "a further ", "some ", "about ", "more than "]),
    document=st.sampled_from(["list", "register", "names"]),
    people=st.sampled_from(["Kursk residents", "civilians", "children", "prisoners"]),
    giver=st.sampled_from(["Moskalkova", "The ombudsman", "Kyiv", "Moscow"]),
)
def test_a_document_handed_over_never_moves_its_entries(
    news: Callable[..., Read], amount: int, between: str, document: str, people: str, giver: str
) -> None:
    """ "She handed her counterpart a list of another 87 residents": a list moved, no one."""
    head = "a list of names" if document == "names" else f"a {document}"
    sentence = (
        f"{giver} said she had handed her counterpart {head} of {between}{amount:,} {people} "
        "held on the other side."
    )
    read = news(sentence)
    assert [t for e in read.exchanges for t in e.transfers] == []


@_GENERATED
@given(
    soldiers=st.integers(min_value=20, max_value=400),
    civilians=st.integers(min_value=2, max_value=19),
    joined=st.sampled_from(["sergeants", "officers", "sailors"]),
    nationality=st.sampled_from([("Ukrainians", "UKR"), ("Russians", "RUS")]),
    verb=st.sampled_from(["had been returned", "were freed", "came home"]),
)
def test_parts_listed_after_a_joined_noun_are_never_their_own_transfer(
    news: Callable[..., Read],
    soldiers: int,
    civilians: int,
    joined: str,
    nationality: tuple[str, str],
    verb: str,
) -> None:
    """ "230 Ukrainians, including 224 soldiers and sergeants and six civilians": the six are
    listed with the 224, a part of the 230, never a handover of their own (once the wrong way)."""
    people, home = nationality
    whole = soldiers + civilians
    sentence = (
        f"The president said {whole} {people}, including {soldiers} soldiers and {joined} and "
        f"{civilians} civilians, {verb}."
    )
    legs = {(t.receiver.code, str(t.count)) for e in news(sentence).exchanges for t in e.transfers}
    assert legs == {(home, str(whole))}


@_GENERATED
@given(
    bodies=st.integers(min_value=20, max_value=900),
    noun=st.sampled_from(["repatriations", "handovers", "the December repatriation"]),
    state=st.sampled_from(
        ["are still waiting for a match", "are still unidentified", "have not been named"]
    ),
)
def test_bodies_from_earlier_handovers_still_unidentified_are_no_transfer(
    news: Callable[..., Read], bodies: int, noun: str, state: str
) -> None:
    """ "about 300 bodies from earlier repatriations are still waiting for a match": the
    handover says where the bodies came from; the figure counts what the lab still holds."""
    text = (
        "Ukraine received 757 bodies from Russia on Friday. "
        f"About {bodies} bodies from {noun} {state}, the lab said."
    )
    counts = {str(t.count) for e in news(text).exchanges for t in e.transfers}
    assert counts == {"757"}


@_GENERATED
@given(
    captured=st.integers(min_value=20, max_value=2000),
    captor=st.sampled_from([("Ukrainian forces", "RUS"), ("Russian troops", "UKR")]),
    aside=st.sampled_from(
        [
            'describing them as an "exchange fund" to bring their own people home',
            "who could later be exchanged",
            "calling them a reserve for future swaps",
        ]
    ),
)
def test_people_captured_are_never_handed_over_by_a_swap_named_after_them(
    news: Callable[..., Read], captured: int, captor: tuple[str, str], aside: str
) -> None:
    """ "Zelensky said Ukrainian forces had captured 594 Russian servicemen, describing them
    as an 'exchange fund'": a capture, never a handover (once read as one, to Russia)."""
    forces, held = captor
    people = "Russian servicemen" if held == "RUS" else "Ukrainian soldiers"
    read = news(f"The president said {forces} had captured {captured} {people}, {aside}.")
    assert [t for e in read.exchanges for t in e.transfers] == []
